/**
 * `playbook export --format mermaid`: the action plan as a Mermaid flowchart (phases as
 * subgraphs, decisions as diamonds with their answers on the edges, forks, joins and loops as
 * the runner reads them), then each escalation path as a Mermaid timeline. Mermaid renders it
 * wherever Markdown goes (GitHub, GitLab, wikis), so a reviewer sees the flow as a picture.
 */
import type { DiagramText } from '../../../protocol/src/playbook-diagram-messages.js';
import type { EscalationPathModel, FlowItemModel, PartyRef, PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import { flowGraph } from '../../../runner/src/engine/playbook-flow.js';
import { formatDuration } from '../../../server/src/language/durations.js';

/**
 * Text inside a quoted Mermaid label. Mermaid reads `#name;` as an entity, so `"`, `#`, `<`, `>`
 * and `&` are written as entities, and line breaks as spaces.
 */
export function mermaidLabel(text: string): string {
    return text.replace(/[\r\n]+/g, ' ').replace(/[#"<>&]/g, c => `#${c.codePointAt(0)};`);
}

/** The flowchart and the timelines of one playbook, as one Markdown-free Mermaid text per diagram. */
export function mermaidDiagrams(model: PlaybookModel): { flow: string; escalations: Array<{ name: string; text: string }> } {
    return { flow: flowchart(model), escalations: model.escalations.map(path => ({ name: path.name, text: timeline(model, path) })) };
}

/** The diagrams as the VS Code Diagram view draws them: the flow, then each escalation path. */
export function mermaidDiagramTexts(model: PlaybookModel): DiagramText[] {
    const { flow, escalations } = mermaidDiagrams(model);
    return [{ kind: 'flow', name: model.title ?? model.name, text: flow }, ...escalations.map(e => ({ kind: 'escalation' as const, name: e.name, text: e.text }))];
}

/** All diagrams as one Markdown document with a fenced `mermaid` block per diagram. */
export function mermaidMarkdown(model: PlaybookModel): string {
    const { flow, escalations } = mermaidDiagrams(model);
    const blocks = [flow, ...escalations.map(e => e.text)].map(text => `\`\`\`mermaid\n${text}\n\`\`\``);
    return blocks.join('\n\n');
}

function flowchart(model: PlaybookModel): string {
    const graph = flowGraph(model);
    const id = new Map(graph.order.map((item, i) => [item.name, `n${i + 1}`]));
    const lines = ['flowchart TD', `  start(["${mermaidLabel(model.title ?? model.name)}"])`];
    for (const [p, phase] of model.phases.entries()) {
        if (phase.items.length === 0) continue;
        lines.push(`  subgraph phase${p + 1}["${mermaidLabel(phase.title ?? phase.name)}"]`);
        for (const item of phase.items) lines.push(`    ${id.get(item.name)}${shape(item)}`);
        lines.push('  end');
    }
    const followed = new Set<string>();
    const entries = graph.order.filter(item => (graph.waitsFor.get(item.name) ?? []).length === 0 && (graph.jumpsIn.get(item.name) ?? []).length === 0);
    for (const item of entries) lines.push(`  start --> ${id.get(item.name)}`);
    for (const item of graph.order) {
        for (const before of graph.waitsFor.get(item.name) ?? []) {
            lines.push(`  ${id.get(before)} --> ${id.get(item.name)}`);
            followed.add(before);
        }
        if (item.kind !== 'decision') continue;
        const at = graph.index.get(item.name)!;
        for (const branch of item.branches) {
            const target = branch.target !== undefined ? id.get(branch.target) : undefined;
            if (target === undefined) continue;
            // A branch that goes back is a loop: dotted, so the eye reads the forward flow first.
            const back = graph.index.get(branch.target!)! <= at;
            lines.push(`  ${id.get(item.name)} ${back ? '-.' : '--'} "${mermaidLabel(branch.label)}" ${back ? '.->' : '-->'} ${target}`);
            followed.add(item.name);
        }
    }
    const ends = graph.order.filter(item => !followed.has(item.name));
    if (ends.length > 0) {
        lines.push('  done(["Resolved"])');
        for (const item of ends) lines.push(`  ${id.get(item.name)} --> done`);
    }
    return lines.join('\n');
}

function shape(item: FlowItemModel): string {
    const facts = [item.owner, item.timeboxSeconds !== undefined ? formatDuration(item.timeboxSeconds) : undefined].filter(f => f !== undefined);
    const detail = facts.length > 0 ? `<br/>${mermaidLabel(facts.join(' · '))}` : '';
    if (item.kind === 'decision') return `{"${mermaidLabel(item.question ?? item.name)}${detail}"}`;
    return `["${mermaidLabel(item.title ?? item.name)}${detail}"]`;
}

/**
 * An escalation path as a timeline: one period per level at the time since the page, then the
 * repeats and the path that takes over. Mermaid's timeline reads `:` as a separator, so the
 * texts use a look-alike instead.
 */
function timeline(model: PlaybookModel, path: EscalationPathModel): string {
    const text = (s: string) => s.replace(/[\r\n]+/g, ' ').replace(/:/g, '∶').replace(/[#;]/g, ' ');
    const lines = ['timeline', `  title ${text(path.title ?? path.name)}`];
    for (const level of path.levels) {
        lines.push(`  ${formatDuration(level.atSeconds)} : level ${level.number} : ${level.notify.map(r => text(partyName(model, r))).join(', ')}`);
    }
    const last = path.levels.at(-1);
    if (last && path.repeat > 0) lines.push(`  then : repeat ${path.repeat}×`);
    if (path.then !== undefined) lines.push(`  after : ${text(path.then)}`);
    return lines.join('\n');
}

function partyName(model: PlaybookModel, ref: PartyRef): string {
    const list = ref.kind === 'person' ? model.people : ref.kind === 'team' ? model.teams : ref.kind === 'rotation' ? model.rotations : model.roles;
    return list.find(p => p.name === ref.name)?.title ?? ref.name;
}
