import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { formatPlaybookText } from '../../server/src/lsp/format-text.js';
import { createPlaybookLspServices } from '../../server/src/lsp/playbook-lsp-module.js';

/**
 * The quick fixes of the gap rules (issue 15), of the people and time rules (issue 13) and of the
 * response rules (issue 14), each
 * tried on the rule's invalid sample (or a small text) with the sample organisation: the fix is
 * offered with the expected title, and once its edits are applied and the files validated again,
 * that finding is gone and the text still parses.
 */
const root = path.resolve(import.meta.dirname, '../..');
const ORG_FILES = ['people', 'teams', 'roles'].map(name => `samples/org/${name}.playbook`);
const SYNTAX = new Set(['parsing-error', 'lexing-error', 'linking-error']);
const codeOf = (d: Diagnostic) => String(d.code ?? (d.data as { code?: string } | undefined)?.code);

/** Builds the organisation and the files; returns the services, the documents by name and the fixes at the first `code` finding of `file`. */
async function build(files: Record<string, string>) {
    const { shared, Playbook } = createPlaybookLspServices(EmptyFileSystem);
    const documents: Record<string, LangiumDocument> = {};
    for (const [name, text] of Object.entries(files)) {
        documents[name] = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/workspace/${name}`));
        shared.workspace.LangiumDocuments.addDocument(documents[name]);
    }
    await shared.workspace.DocumentBuilder.build(Object.values(documents), { validation: true });
    return { Playbook, documents };
}

interface Case {
    code: string;
    /** An invalid sample, or a text of its own checked with the organisation. */
    file: string;
    text?: string;
    /** The title of the fix applied (the preferred one when there is one). */
    title: string;
    /** The titles offered, in order, when the test pins them. */
    titles?: string[];
}

const IMPORTS = 'import "../org/people.playbook"\nimport "../org/teams.playbook"\nimport "../org/roles.playbook"\n';

const CASES: Case[] = [
    { code: 'missing-response-target', file: 'samples/invalid/missing-response-target.playbook', title: 'Add "resolve within 4h"' },
    {
        code: 'missing-response-target', file: 'samples/invalid/targets.playbook', title: 'Add "respond within 5m" and "resolve within 2h"',
        text: `${IMPORTS}playbook targets {\n  severity sev1 "Down" {\n    respond within 5m\n    resolve within 2h\n  }\n  severity sev2 "Slow"\n}\n`,
    },
    { code: 'escalation-dead-end', file: 'samples/invalid/escalation-dead-end.playbook', title: 'Add "repeat 2"', titles: ['Add "repeat 2"'] },
    {
        code: 'escalation-dead-end', file: 'samples/invalid/paths.playbook', title: 'Continue into escalation path "exec-path" when nobody answers',
        titles: ['Add "repeat 2"', 'Continue into escalation path "exec-path" when nobody answers'],
        text: `${IMPORTS}playbook paths {\n  severity sev1 "Down" { escalation first-path }\n  escalation first-path { level 1 notify sre-primary }\n  escalation exec-path {\n    level 1 notify commander\n    repeat 1\n  }\n}\n`,
    },
    { code: 'review-incomplete', file: 'samples/invalid/review-incomplete.playbook', title: 'Make "commander" the owner' },
    {
        code: 'review-incomplete', file: 'samples/invalid/review-due.playbook', title: 'Add "within 5d"', titles: ['Add "within 5d"'],
        text: `${IMPORTS}playbook review-due {\n  review "Post-incident" owner commander {\n    assess "What went well"\n  }\n}\n`,
    },
    { code: 'drill-without-cadence', file: 'samples/invalid/drill-without-cadence.playbook', title: 'Add "every 52w"' },
    { code: 'comms-without-owner', file: 'samples/invalid/comms-without-owner.playbook', title: 'Make "commander" the owner' },
    {
        code: 'unknown-timezone', file: 'samples/invalid/unknown-timezone.playbook', title: 'Change to "Europe/Warsaw"',
        titles: ['Change to "Europe/Warsaw"', 'Change to "Europe/Berlin"', 'Change to "Europe/Paris"'],
    },
    {
        code: 'unknown-timezone', file: 'samples/invalid/zone-typo.playbook', title: 'Change to "Europe/Warsaw"', titles: ['Change to "Europe/Warsaw"'],
        text: `${IMPORTS}person ola "Ola" {\n  phone "+48 600 100 300"\n  timezone "Europe/Warsw"\n}\n`,
    },
    {
        code: 'contact-unverifiable', file: 'samples/invalid/contacts.playbook', title: 'Change to "+48 22 555 0123"', titles: ['Change to "+48 22 555 0123"'],
        text: `${IMPORTS}person desk "Desk" {\n  phone "0048 (22) 555 0123"\n}\nassign scribe to desk\n`,
    },
    {
        code: 'contact-unverifiable', file: 'samples/invalid/mail.playbook', title: 'Change to "desk@example.com"',
        text: `${IMPORTS}person desk "Desk" {\n  phone "+48 22 555 0123"\n  email "mailto:desk@example.com"\n}\nassign scribe to desk\n`,
    },
    {
        code: 'contact-unverifiable', file: 'samples/invalid/status.playbook', title: 'Change to "https://status.example.com"',
        text: `${IMPORTS}playbook status {\n  channel page status-page "status.example.com" owner comms\n}\n`,
    },
    { code: 'no-backup', file: 'samples/invalid/no-backup.playbook', title: 'Back up "safety-officer" with "alice"' },
    {
        code: 'channel-backup', file: 'samples/invalid/channels.playbook', title: 'Fall back from "room" to "bridge"',
        titles: ['Fall back from "room" to "bridge"', 'Fall back from "room" to "side-room"'],
        text: `${IMPORTS}playbook channels {\n  severity sev1 "Down" { respond within 5m resolve within 1h }\n  channel room chat "#room" owner commander\n  channel side-room chat "#side" owner commander backup bridge\n  channel bridge phone "+48 22 555 0100" owner commander backup room\n  notify responders via room every 30m owner commander\n}\n`,
    },
    { code: 'designator-unheld', file: 'samples/invalid/designator-unheld.playbook', title: 'Assign "site-lead" to rotation "sre-primary"' },
    { code: 'no-designation-pool', file: 'samples/invalid/no-designation-pool.playbook', title: 'Add "designated by commander"' },
    { code: 'no-designation-pool', file: 'samples/invalid/no-designation-pool.playbook', title: 'Add "volunteers"' },
    { code: 'relief-without-successor', file: 'samples/invalid/relief-without-successor.playbook', title: 'Back up "search-lead" with "sre-primary"' },
    { code: 'rotation-without-owner', file: 'samples/invalid/rotation-without-owner.playbook', title: 'Make "sam" the owner', titles: ['Make "sam" the owner', 'Make "priya" the owner'] },
    { code: 'override-outside-rotation', file: 'samples/invalid/override-outside-rotation.playbook', title: 'Add "marek" to the members of rotation "facilities-on-call"' },
    {
        code: 'override-outside-rotation', file: 'samples/invalid/replaced.playbook', title: 'Remove "for dana" (the substitute takes the first layer)',
        text: `${IMPORTS}rotation pair "Pair" {\n  members sam, priya\n  owner commander\n  override sam for dana from 2026-12-24 to 2026-12-26 "Swap"\n}\n`,
    },
    { code: 'unqualified-holder', file: 'samples/invalid/unqualified-holder.playbook', title: 'Record that "sam" is qualified "forensics-certified"' },
    { code: 'unset-parameter', file: 'samples/invalid/unset-parameter.playbook', title: 'Add "asked"', titles: ['Add "asked"'] },
    { code: 'criteria-gap', file: 'samples/invalid/criteria-gap.playbook', title: 'Add "otherwise sev1"', titles: ['Add "otherwise sev1"', 'Add "otherwise sev3"'] },
];

describe('quick fixes of the gap, people and time rules: applied, the finding is gone', function () {
    this.timeout(120_000);
    const org = Object.fromEntries(ORG_FILES.map(name => [name, readFileSync(path.join(root, name), 'utf8')]));

    for (const c of CASES) {
        it(`${c.code}: "${c.title}"`, async () => {
            const files = { ...org, [c.file]: c.text ?? readFileSync(path.join(root, c.file), 'utf8') };
            const { Playbook, documents } = await build(files);
            const document = documents[c.file]!;
            const before = (document.diagnostics ?? []).filter(d => codeOf(d) === c.code);
            assert.ok(before.length > 0, `no ${c.code} finding`);
            const actions = (await Playbook.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() }, range: before[0]!.range, context: { diagnostics: [before[0]!] },
            }) ?? []) as CodeAction[];
            const fixes = actions.filter(a => !a.title.startsWith('Fix all'));
            if (c.titles) assert.deepEqual(fixes.map(f => f.title), c.titles);
            const fix = fixes.find(f => f.title === c.title);
            assert.ok(fix?.edit?.changes, `no fix "${c.title}" among ${JSON.stringify(fixes.map(f => f.title))}`);
            const after = { ...files };
            for (const [uri, edits] of Object.entries(fix.edit.changes)) {
                const name = Object.keys(documents).find(n => documents[n]!.uri.toString() === uri)!;
                after[name] = TextDocument.applyEdits(documents[name]!.textDocument as TextDocument, edits);
            }
            // A fix keeps a file in the canonical layout when it was in it.
            for (const name of Object.keys(fix.edit.changes).map(uri => Object.keys(documents).find(n => documents[n]!.uri.toString() === uri)!)) {
                if (await formatPlaybookText(files[name]!) === files[name]) {
                    assert.equal(await formatPlaybookText(after[name]!), after[name], `${name} is no longer formatted`);
                }
            }
            const again = await build(after);
            for (const [name, doc] of Object.entries(again.documents)) {
                assert.deepEqual((doc.diagnostics ?? []).filter(d => SYNTAX.has(codeOf(d))).map(d => d.message), [], `${name} no longer parses`);
            }
            const left = (again.documents[c.file]!.diagnostics ?? []).filter(d => codeOf(d) === c.code);
            assert.equal(left.length, before.length - 1, JSON.stringify(left.map(d => d.message)));
        });
    }

    it('source.fixAll.playbook corrects a misspelt zone and assigns an unheld designator, and leaves chosen values alone', async () => {
        const text = `${IMPORTS}person ola "Ola" {\n  phone "+48 600 100 300"\n  timezone "Europe/Warsw"\n}\nplaybook fix-all {\n  role liaison "Liaison" {\n    designated by site-lead\n  }\n  role site-lead "Site lead" { duty "Alice walks the site" }\n  severity sev1 "Down" { escalation org-path }\n  escalation org-path { level 1 notify liaison }\n}\n`;
        const name = 'samples/invalid/fix-all.playbook';
        const { Playbook, documents } = await build({ ...org, [name]: text });
        const document = documents[name]!;
        const [action] = (await Playbook.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], only: ['source.fixAll'] },
        }) ?? []) as CodeAction[];
        const fixed = TextDocument.applyEdits(document.textDocument as TextDocument, action!.edit!.changes![document.uri.toString()]!);
        assert.match(fixed, /timezone "Europe\/Warsaw"/);
        assert.match(fixed, /assign site-lead to alice/, 'the holder the evidence singles out');
        assert.match(fixed, /escalation org-path \{ level 1 notify liaison \}/, 'the dead end is left to the writer');
    });
});
