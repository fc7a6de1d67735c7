import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import type { CacaoPlaybook } from '../../interop/src/cacao/cacao-types.js';
import { toCacao } from '../../interop/src/cacao/cacao-export.js';
import { sampleModel, modelFrom } from '../runner/helpers.js';
import { referenceErrors, schemaErrors } from './cacao-schema.js';

const MODIFIED = new Date('2026-11-30T08:15:00.123Z');
const options = { modified: MODIFIED, toolVersion: '0.0.0-test' };

describe('CACAO 2.0 export', () => {
    for (const file of readdirSync('samples/playbooks').filter(f => f.endsWith('.playbook'))) {
        it(`exports samples/playbooks/${file} as a playbook the OASIS schemas accept, with every reference defined`, async () => {
            const cacao = toCacao(await sampleModel(`playbooks/${file}`), options);
            assert.deepEqual(schemaErrors(cacao), []);
            assert.deepEqual(referenceErrors(cacao), []);
        });
    }

    it('maps steps to manual actions with the owner role as agent and the time box as timeout in milliseconds', async () => {
        const cacao = toCacao(await sampleModel('playbooks/service-outage.playbook'), options);
        const acknowledge = Object.values(cacao.workflow).find(s => s.name === 'Acknowledge the page and join the war room')!;
        assert.equal(acknowledge.type, 'action');
        assert.equal(acknowledge.timeout, 5 * 60_000);
        assert.deepEqual(acknowledge.commands, [
            { type: 'manual', command: 'Acknowledge the page and join the war room' },
            { type: 'manual', command: 'Page acknowledged' },
            { type: 'manual', command: 'War room opened' },
        ]);
        assert.equal(cacao.agent_definitions![acknowledge.agent!]!.type, 'group');
        assert.equal(cacao.created, '2026-11-30T08:15:00.123Z');
        assert.equal(cacao.spec_version, 'cacao-2.0');
    });

    it('turns a yes/no decision into an if-condition whose branches name the steps they go to', async () => {
        const cacao = toCacao(await sampleModel('playbooks/service-outage.playbook'), options);
        const decision = Object.values(cacao.workflow).find(s => s.type === 'if-condition')!;
        assert.equal(decision.condition, 'Was there a deploy or config change in the last 2 hours?');
        assert.equal(cacao.workflow[decision.on_true!]!.name, 'Roll back the last change');
        assert.equal(cacao.workflow[decision.on_false!]!.name, 'Diagnose with the subject matter experts');
    });

    it('turns labelled answers into a switch-condition on a declared variable, and several followers into a parallel step', async () => {
        const model = await modelFrom({
            'p.playbook': `role lead "Lead"
playbook p {
  phase one {
    step a "A" owner lead
    decide how "How bad?" owner lead {
      "Contained" goto b
      "Spreading" goto c
      "Unknown" goto c
    }
    step b "B" owner lead
    step c "C" owner lead after how
    step d "D" owner lead after b
    step e "E" owner lead after b
  }
}`,
        });
        const cacao = toCacao(model, options);
        assert.deepEqual(schemaErrors(cacao), []);
        assert.deepEqual(referenceErrors(cacao), []);
        const sw = Object.values(cacao.workflow).find(s => s.type === 'switch-condition')!;
        assert.equal(sw.switch, '__decision_2_answer__');
        assert.deepEqual(Object.keys(sw.cases!), ['Contained-1', 'Spreading-2', 'Unknown-3']);
        assert.ok(cacao.playbook_variables!['__decision_2_answer__']);
        const b = Object.values(cacao.workflow).find(s => s.name === 'B')!;
        const fork = cacao.workflow[b.on_completion!]!;
        assert.equal(fork.type, 'parallel');
        assert.deepEqual(fork.next_steps!.map(id => cacao.workflow[id]!.name), ['D', 'E']);
    });

    it('gives the same ids on every export, so two exports of one file differ only where the file does', async () => {
        const model = await sampleModel('playbooks/data-breach.playbook');
        assert.deepEqual(Object.keys(toCacao(model, options).workflow), Object.keys(toCacao(model, options).workflow));
        assert.match(toCacao(model, options).id, /^playbook--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });

    it('is rejected by the schema checker when a required property is missing (the check can fail)', async () => {
        const cacao = toCacao(await sampleModel('playbooks/service-outage.playbook'), options) as unknown as Record<string, unknown>;
        delete cacao.workflow_start;
        assert.ok(schemaErrors(cacao).some(e => e.includes('workflow_start')));
    });
});

describe('the CACAO schema check itself', () => {
    it('reports what is not standard CACAO in SOARCA\'s published examples: its own agent types, a reference with no name', () => {
        const read = (file: string) => JSON.parse(readFileSync(`test/fixtures/cacao/examples/${file}`, 'utf8')) as CacaoPlaybook;
        assert.deepEqual(schemaErrors(read('soarca-manual-playbook.json')), [
            "/external_references/0: must have required property 'name'",
            '/agent_definitions: must NOT have unevaluated properties',
            '/agent_definitions: must NOT have unevaluated properties',
        ]);
        assert.deepEqual(schemaErrors(read('soarca-flow-control.json')), ['/agent_definitions: must NOT have unevaluated properties']);
        assert.deepEqual(referenceErrors(read('soarca-flow-control.json')), []);
    });

    it('rejects a property a command does not have, and a step naming a missing step', async () => {
        const cacao = toCacao(await sampleModel('playbooks/service-outage.playbook'), options);
        const [id, action] = Object.entries(cacao.workflow).find(([, s]) => s.type === 'action')!;
        (action.commands![0] as unknown as Record<string, unknown>).shell = 'bash';
        action.on_completion = 'end--00000000-0000-4000-8000-000000000000';
        assert.ok(schemaErrors(cacao).some(e => /commands\/0: must NOT have unevaluated properties/.test(e)));
        assert.deepEqual(referenceErrors(cacao), [`${id} names the missing step end--00000000-0000-4000-8000-000000000000`]);
    });
});
