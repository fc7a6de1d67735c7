/**
 * Completion and hover latency of the language server's providers, in-process (no protocol
 * overhead): on the largest sample with the sample organisation, and on a generated playbook
 * of about 10,000 lines. Two figures per request: on a built document (what a request costs by
 * itself) and after one keystroke (the changed file re-parsed and linked, then the request:
 * the server answers completion at the Linked state, before validation), which is what an
 * author waits for while typing; and the time until the edit is fully validated (diagnostics).
 * Prints medians and the 95th percentile.
 *
 *   node_modules/.bin/node --import tsx scripts/measure-lsp-latency.ts
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DocumentState, EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import { setTextDocument } from 'langium/test';
import { createPlaybookLspServices } from '../server/src/lsp/playbook-lsp-module.js';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = 30;

/** A playbook of about `lines` lines: phases of steps owned by shared roles, chained with `after`. */
function generatePlaybook(lines: number): string {
    const out = ['playbook generated "Generated" {', '  owner commander', '  severity sev1 "Worst" {', '    respond within 15m', '    escalation big-path', '  }'];
    out.push('  escalation big-path {', '    level 1 notify sre-primary', '    level 2 after 10m notify commander', '  }');
    const roles = ['commander', 'deputy', 'tech-lead', 'comms', 'scribe'];
    let step = 0;
    for (let phase = 0; out.length < lines - 2; phase++) {
        out.push(`  phase phase-${phase} "Phase ${phase}" {`);
        for (let i = 0; i < 20; i++, step++) {
            const after = step > 0 ? ` after step-${step - 1}` : '';
            out.push(`    step step-${step} "Step ${step}" owner ${roles[step % roles.length]} within 30m${after} {`);
            out.push(`      check "Check ${step}"`, '    }');
        }
        out.push('  }');
    }
    out.push('}', '');
    return out.join('\n');
}

function quantiles(samples: number[]): string {
    const sorted = [...samples].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`;
}

async function measure(label: string, files: Record<string, string>, target: string): Promise<void> {
    const { shared, Playbook } = createPlaybookLspServices(EmptyFileSystem);
    const documents: Record<string, LangiumDocument> = {};
    for (const [name, text] of Object.entries(files)) {
        documents[name] = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/bench/${name}`));
        shared.workspace.LangiumDocuments.addDocument(documents[name]);
    }
    const started = performance.now();
    await shared.workspace.DocumentBuilder.build(Object.values(documents), { validation: true });
    const buildMs = performance.now() - started;
    const document = documents[target]!;
    const text = document.textDocument.getText();
    // The last `owner <role>` of the file: completion right after `owner `, hover on the role.
    const ownerAt = text.lastIndexOf(' owner ') + ' owner '.length;
    const params = { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(ownerAt) };
    const completion: number[] = [];
    const hover: number[] = [];
    let items = 0;
    let hoverText = '';
    for (let i = 0; i < RUNS; i++) {
        let t = performance.now();
        items = (await Playbook.lsp.CompletionProvider!.getCompletion(document, params))?.items.length ?? 0;
        completion.push(performance.now() - t);
        t = performance.now();
        const h = await Playbook.lsp.HoverProvider!.getHoverContent(document, { ...params, position: { ...params.position, character: params.position.character + 1 } });
        hover.push(performance.now() - t);
        hoverText = typeof h?.contents === 'object' && 'value' in h.contents ? h.contents.value.split('\n')[0]! : '';
    }
    // One keystroke: a space typed at the end of the file is a real change that keeps it valid.
    const typing: number[] = [];
    const validated: number[] = [];
    for (let i = 1; i <= Math.min(RUNS, 10); i++) {
        const t = performance.now();
        setTextDocument(shared, TextDocument.create(document.uri.toString(), 'playbook', i, text + ' '.repeat(i)));
        // The server answers completion once the changed document is linked; validation runs on afterwards.
        const linked = new Promise<void>(resolve => {
            const listener = shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Linked, linkedDocument => {
                if (linkedDocument.uri.toString() === document.uri.toString()) {
                    listener.dispose();
                    resolve();
                }
            });
        });
        const build = shared.workspace.DocumentBuilder.update([document.uri], []);
        await linked;
        await Playbook.lsp.CompletionProvider!.getCompletion(shared.workspace.LangiumDocuments.getDocument(document.uri)!, params);
        typing.push(performance.now() - t);
        await build;
        validated.push(performance.now() - t);
    }
    const lines = text.split('\n').length;
    console.log(`${label}: ${lines} lines in ${target}, workspace of ${Object.keys(files).length} files built in ${buildMs.toFixed(0)} ms`);
    console.log(`  completion (${items} items):         ${quantiles(completion)}`);
    console.log(`  hover ("${hoverText}"): ${quantiles(hover)}`);
    console.log(`  edit -> linked -> completion:       ${quantiles(typing)}`);
    console.log(`  edit -> fully validated:            ${quantiles(validated)}`);
}

const organisation = Object.fromEntries(readdirSync(path.join(root, 'samples/org')).map(f => [`org/${f}`, readFileSync(path.join(root, 'samples/org', f), 'utf8')]));
const playbooks = readdirSync(path.join(root, 'samples/playbooks')).map(f => path.join('samples/playbooks', f));
const largest = playbooks.sort((a, b) => statSync(path.join(root, b)).size - statSync(path.join(root, a)).size)[0]!;
await measure('largest sample', { ...organisation, [path.basename(largest)]: readFileSync(path.join(root, largest), 'utf8') }, path.basename(largest));
await measure('generated', { ...organisation, 'generated.playbook': generatePlaybook(10_000) }, 'generated.playbook');
