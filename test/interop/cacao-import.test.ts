import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import type { FlowItemModel, PlaybookModel } from '../../protocol/src/playbook-model-types.js';
import { toCacao } from '../../interop/src/cacao/cacao-export.js';
import { CacaoImportError, fromCacao } from '../../interop/src/cacao/cacao-import.js';
import { writePlaybook } from '../../interop/src/playbook-writer.js';
import { modelFrom, sampleModel } from '../runner/helpers.js';
import { validateFiles } from '../helpers/validation.js';

const options = { modified: new Date('2026-11-30T08:15:00.000Z'), toolVersion: '0.0.0-test' };

/** What a round trip must keep of each item: kind, name, title, owner, time box, order, checks, branches. */
function items(model: PlaybookModel): Array<Partial<FlowItemModel>> {
    return model.phases.flatMap(p => p.items.map(i => ({ ...i, phase: p.name })));
}

/** The errors and warnings `playbook check` would give for an imported text, as `code line:col`. */
async function findings(text: string): Promise<string[]> {
    const [document] = await validateFiles({ 'imported.playbook': text });
    return (document!.diagnostics ?? []).map(d => `${String(d.code)} ${d.range.start.line + 1}:${d.range.start.character + 1}`);
}

describe('CACAO 2.0 import', () => {
    for (const file of readdirSync('samples/playbooks').filter(f => f.endsWith('.playbook'))) {
        it(`gives samples/playbooks/${file} back from its export: every step, decision, agent and time box`, async () => {
            const model = await sampleModel(`playbooks/${file}`);
            const back = fromCacao(JSON.parse(JSON.stringify(toCacao(model, options))));
            assert.deepEqual(items(back), items(model));
            assert.deepEqual(back.phases.map(p => [p.name, p.title]), model.phases.map(p => [p.name, p.title]));
            assert.deepEqual(back.roles, model.roles);
            assert.deepEqual(back.people, model.people);
            assert.deepEqual(back.escalations, model.escalations);
            assert.deepEqual(back.severities, model.severities);
            // And the text it writes reads back as the same playbook.
            const reread = await modelFrom({ 'p.playbook': writePlaybook(back) });
            assert.deepEqual(items(reread), items(model));
            assert.deepEqual(reread.communications.map(c => c.id), model.communications.map(c => c.id));
        });
    }

    it('imports SOARCA\'s manual-command example: the action as a step owned by a role for its agent', async () => {
        const model = fromCacao(JSON.parse(readFileSync('test/fixtures/cacao/examples/soarca-manual-playbook.json', 'utf8')));
        assert.equal(model.title, 'Example manual');
        assert.deepEqual(items(model).map(i => [i.kind, i.name, i.owner]), [['step', 'manual', 'soarca-manual-capability']]);
        assert.deepEqual((items(model)[0] as { checks: string[] }).checks, ['prepare Falcon for hyperspeed jump']);
        const text = writePlaybook(model);
        // The source names no severity, trigger or escalation, and nobody holds the role: reported, located.
        assert.deepEqual((await findings(text)).filter(f => !f.startsWith('missing-') && !f.startsWith('unassigned-role')), []);
        assert.ok((await findings(text)).some(f => f.startsWith('unassigned-role')));
    });

    it('imports SOARCA\'s flow-control example: if, while and switch as decisions, and parses clean', async () => {
        const model = fromCacao(JSON.parse(readFileSync('test/fixtures/cacao/examples/soarca-flow-control.json', 'utf8')));
        const decisions = items(model).filter(i => i.kind === 'decision') as Array<Extract<FlowItemModel, { kind: 'decision' }>>;
        assert.deepEqual(decisions.map(d => d.question), ['__ifStepVariable__:value', '__whileStepVariable__:value <= 10', '__switchStepVariable__:value']);
        assert.deepEqual(decisions[0]!.branches.map(b => b.label), ['yes', 'no']);
        assert.deepEqual(decisions[2]!.branches.map(b => b.label), ['0', 'default']);
        // The two actions are shared by several branches: each is written once, and every branch goes to it.
        const steps = items(model).filter(i => i.kind === 'step').map(i => i.name);
        assert.deepEqual(steps, ['run-some-caldera-command', 'run-another-caldera-command']);
        assert.equal(decisions[1]!.branches[0]!.target, 'run-another-caldera-command');
        const found = await findings(writePlaybook(model));
        assert.deepEqual(found.filter(f => /^(parsing|lexing|linking)-error/.test(f)), []);
    });

    it('writes a while loop as a decision before the body and a check after it that goes back', () => {
        const id = (type: string, n: number) => `${type}--00000000-0000-4000-8000-00000000000${n}`;
        const model = fromCacao({
            type: 'playbook', name: 'Loop', workflow_start: id('start', 1), workflow: {
                [id('start', 1)]: { type: 'start', on_completion: id('while-condition', 2) },
                [id('while-condition', 2)]: { type: 'while-condition', condition: 'Hosts still beaconing?', on_true: id('action', 3), on_completion: id('action', 4) },
                [id('action', 3)]: { type: 'action', name: 'Isolate the next host', on_completion: id('end', 5) },
                [id('action', 4)]: { type: 'action', name: 'Report', on_completion: id('end', 6) },
                [id('end', 5)]: { type: 'end' },
                [id('end', 6)]: { type: 'end' },
            },
        });
        assert.deepEqual(items(model).map(i => [i.name, i.kind, i.after]), [
            ['hosts-still-beaconing', 'decision', []],
            ['isolate-the-next-host', 'step', []],
            // After the body, written just before it: the language's default order, no `after` needed.
            ['hosts-still-beaconing-again', 'decision', []],
            ['report', 'step', ['hosts-still-beaconing', 'hosts-still-beaconing-again']],
        ]);
        const again = items(model)[2] as Extract<FlowItemModel, { kind: 'decision' }>;
        assert.deepEqual(again.branches, [{ label: 'yes', target: 'isolate-the-next-host' }]);
    });

    it('says where the input is not a CACAO playbook', () => {
        assert.throws(() => fromCacao([]), (e: unknown) => e instanceof CacaoImportError && e.where === '/');
        assert.throws(() => fromCacao({ type: 'playbook', workflow: {}, workflow_start: 'start--x' }),
            (e: unknown) => e instanceof CacaoImportError && e.where === '/workflow_start' && /names no step/.test(e.message));
        assert.throws(() => fromCacao({ type: 'playbook', workflow: { 'start--a': { type: 'start', on_completion: 'action--b' } }, workflow_start: 'start--a' }),
            (e: unknown) => e instanceof CacaoImportError && e.where === '/workflow/action--b');
    });
});
