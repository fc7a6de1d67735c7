import { strict as assert } from 'node:assert';
import { reduceRun } from '../../runner/src/engine/playbook-run.js';
import type { RunEvent } from '../../protocol/src/playbook-run-store.js';
import { findings, validateFiles } from '../helpers/validation.js';
import { modelFrom } from './helpers.js';

// "In a major incident, form the response team": a step only some levels need.
const TEXT = `playbook p "P" {
  role lead "Lead" { section command }
  person ana "Ana" { phone "+48 600 100 200" }
  assign lead to ana
  severity major "Major" { respond within 15m resolve within 1d }
  severity minor "Minor" { respond within 4h resolve within 2d }
  phase a {
    step receive "Receive the report" owner lead
    step form-team "Form the response team" owner lead during major
    step resolve "Resolve" owner lead
  }
}`;

const T0 = Date.parse('2026-11-23T10:00:00Z');

describe('a step limited to some severities (`during major`)', () => {
    it('is carried in the model and parses with its severities linked', async () => {
        const model = await modelFrom({ 'p.playbook': TEXT });
        const step = model.phases[0]!.items.find(i => i.name === 'form-team');
        assert.deepEqual(step?.kind === 'step' ? step.severities : 'no step', ['major']);
        const [document] = await validateFiles({ 'p.playbook': TEXT });
        assert.deepEqual(findings(document!, 'linking-error'), []);
    });

    it('is not needed at another level: the run goes past it, and needs it again when the level rises', async () => {
        const model = await modelFrom({ 'p.playbook': TEXT });
        const at = (minutes: number) => T0 + minutes * 60_000;
        const minor: RunEvent[] = [{ type: 'start', at: at(0), severity: 'minor' }, { type: 'step-done', at: at(1), item: 'receive' }];
        const status = (events: RunEvent[]) => Object.fromEntries(Object.entries(reduceRun(model, events).items).map(([name, item]) => [name, item.status]));
        assert.deepEqual(status(minor), { receive: 'done', 'form-team': 'bypassed', resolve: 'ready' });
        assert.deepEqual(status([...minor, { type: 'severity-changed', at: at(2), severity: 'major' }]), { receive: 'done', 'form-team': 'ready', resolve: 'waiting' });
        // Before a level is set, the step may be needed: it counts as any other.
        assert.deepEqual(status([{ type: 'start', at: at(0) }, { type: 'step-done', at: at(1), item: 'receive' }]), { receive: 'done', 'form-team': 'ready', resolve: 'waiting' });
    });
});
