/** The simulator's output: JSON for tools, Markdown for people (docs/simulate.md). */
import { say } from '../playbook-runner-strings.js';
import { escapeMarkdown } from '../../../escaping/src/markdown.js';
import type { SimCheck } from './playbook-sim-script.js';
import type { SimResult } from './playbook-simulation.js';

/** The result as JSON: `{ playbook, startedAt, steps, escalations, communications, timeline, expectations }`. */
export function simulationJson(result: SimResult): string {
    return JSON.stringify(result, null, 2);
}

/** A check as written in a script: `ready: [rollback]`, `state: { diagnose: not-taken }`. */
export function checkText(check: SimCheck): string {
    switch (check.kind) {
        case 'ready':
        case 'not-ready': return `${check.kind}: [${check.steps.join(', ')}]`;
        case 'state': return `state: { ${check.states.map(s => `${s.step}: ${s.state}`).join(', ')} }`;
        case 'paged': return `paged: [${check.parties.join(', ')}]`;
        case 'due': return `due: [${check.audiences.join(', ')}]`;
        case 'severity': return `severity: ${check.level}`;
        case 'holder': return `holder: { ${check.holders.map(h => `${h.role}: ${h.holder}`).join(', ')} }`;
        case 'sub-teams': return `sub-teams: [${check.names.join(', ')}]`;
        case 'relief-due': return `relief-due: [${check.roles.join(', ')}]`;
    }
}

/** The result as Markdown: steps, escalation, updates, the timeline and each expectation's verdict. */
export function simulationMarkdown(result: SimResult): string {
    const md = escapeMarkdown;
    const lines = [`# ${md(say('simReportTitle', { playbook: result.playbook }))}`, '', say('simReportStart', { start: result.startedAt }), ''];
    lines.push(`## ${say('simReportSteps')}`, '', ...Object.entries(result.steps).map(([step, state]) => `- ${md(step)}: ${state}`), '');
    lines.push(`## ${say('simReportEscalation')}`, '');
    lines.push(...(result.escalations.length === 0 ? [say('simReportNoFiring')] : result.escalations.map(f =>
        `- ${md(say('simReportFiring', { at: f.at, level: f.level, pass: f.pass, path: f.path, notify: [...f.notify, ...f.people.filter(p => !f.notify.includes(p))].join(', ') }))}`)), '');
    lines.push(`## ${say('simReportComms')}`, '');
    for (const c of result.communications) {
        const state = c.due ? say('simReportCommDue', { at: c.dueAt ?? '0m' }) : c.dueAt !== null ? say('simReportCommNext', { at: c.dueAt }) : say('simReportCommWaiting');
        lines.push(`- ${md(say('simReportComm', { audience: c.audience, channels: c.channels.join(', ') || '-', state }))}`);
    }
    lines.push('', `## ${say('simReportTimeline')}`, '', ...result.timeline.map(e => `- ${e.at}: ${md(e.text)}`), '');
    lines.push(`## ${say('simReportExpectations')}`, '');
    for (const v of result.expectations) {
        const verdict = v.ok ? say('simReportHeld') : `**${say('simReportFailed')}**: ${md(v.message ?? '')}`;
        lines.push(`- ${say('simReportExpectation', { line: v.line, at: v.at, check: `\`${checkText(v.check)}\``, verdict })}`);
    }
    lines.push('', simulationSummary(result), '');
    return lines.join('\n');
}

/** One line: how many expectations held or failed. */
export function simulationSummary(result: SimResult): string {
    const failed = result.expectations.filter(v => !v.ok).length;
    return failed === 0 ? say('simSummaryOk', { count: result.expectations.length }) : say('simSummaryFailed', { failed, count: result.expectations.length });
}
