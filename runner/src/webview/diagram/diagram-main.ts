/**
 * The "Diagram" view's browser entry (bundled by esbuild with the parts of Mermaid it draws:
 * flowcharts and timelines): draws what the extension sends, the playbook's flow and each
 * escalation path, under the page's strict policy (diagram-csp.ts), and says what it drew.
 */
import mermaid from 'mermaid';
import { negotiateLocale, setActiveLocale } from '../../../../l10n/src/index.js';
import type { DiagramHostMessage, DiagramText, DiagramWebviewMessage } from '../../../../protocol/src/playbook-diagram-messages.js';
import { say } from '../../playbook-runner-strings.js';
import { h } from '../playbook-dom.js';
import { adoptSvg, letScriptStyleUnder } from './diagram-csp.js';

declare function acquireVsCodeApi(): { postMessage(message: DiagramWebviewMessage): void };

const api = acquireVsCodeApi();
// The page speaks VS Code's display language, which the extension writes in <html lang>.
setActiveLocale(negotiateLocale([document.documentElement.lang]));
const nonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce ?? '';
letScriptStyleUnder(nonce);
const dark = document.body.classList.contains('vscode-dark') || document.body.classList.contains('vscode-high-contrast');
// Labels as SVG text, not HTML in foreignObject: nothing from the playbook is ever parsed as HTML.
// The dagre layout: the bundle leaves ELK out (scripts/bundle.mjs).
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', htmlLabels: false, layout: 'dagre', flowchart: { htmlLabels: false }, theme: dark ? 'dark' : 'default' });

/** Each message replaces what is shown; a drawing overtaken by a newer message is dropped. */
let generation = 0;

function titleOf(diagram: DiagramText): string {
    return diagram.kind === 'flow' ? say('diagramFlowTitle', { playbook: diagram.name }) : say('diagramEscalationTitle', { path: diagram.name });
}

async function show(message: DiagramHostMessage): Promise<void> {
    const mine = ++generation;
    const root = document.getElementById('diagrams')!;
    if (message.type === 'problem') {
        root.replaceChildren(h('p', { role: 'alert' }, message.message));
        return;
    }
    const sections: HTMLElement[] = [];
    const failed: string[] = [];
    for (const [index, diagram] of message.diagrams.entries()) {
        const title = titleOf(diagram);
        let body: Element;
        try {
            const { svg } = await mermaid.render(`diagram-${mine}-${index}`, diagram.text);
            body = h('figure', { class: 'diagram' }, adoptSvg(svg, nonce) as unknown as Node);
        } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            failed.push(`${diagram.kind} ${diagram.name}: ${reason}`);
            body = h('p', { role: 'alert' }, say('diagramFailed', { message: reason }));
        }
        if (mine !== generation) return;
        sections.push(h('section', { 'aria-label': title }, h('h2', {}, title), body));
    }
    if (message.diagrams.length === 0) sections.push(h('p', {}, say('diagramNone')));
    root.replaceChildren(...sections);
    api.postMessage({ type: 'rendered', drawn: message.diagrams.length - failed.length, failed });
}

window.addEventListener('message', (event: MessageEvent<DiagramHostMessage>) => void show(event.data));
api.postMessage({ type: 'ready' });
