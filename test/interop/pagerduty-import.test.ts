import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromPagerDuty, PagerDutyImportError } from '../../interop/src/pagerduty/pagerduty-import.js';
import { calendarLookup, onCallAt } from '../../runner/src/engine/playbook-rotation.js';
import { validateFiles } from '../helpers/validation.js';
import { modelFrom } from '../runner/helpers.js';

const HOUR = 3_600_000;
const EXPORT = JSON.parse(readFileSync('test/fixtures/pagerduty/api-examples-export.json', 'utf8')) as {
    schedules: Array<{ name: string; final_schedule: { rendered_schedule_entries: Array<{ start: string; end: string; user: { id: string } }> } }>;
};

describe('PagerDuty import', () => {
    it('turns the API\'s examples into an organisation file with no errors', async () => {
        const text = fromPagerDuty(EXPORT);
        assert.match(text, /^person earline-greenholt "Earline Greenholt" \{\n {2}email "125\.greenholt\.earline@graham\.name"\n {2}phone "\+1 5555551234"\n {2}timezone "America\/Lima"\n\}/m);
        assert.match(text, /^team engineering "Engineering" \{\n {2}members jane-doe\n\}/m);
        assert.match(text, /^ {4}handoff every 1d at 20:00 "America\/New_York" from 2015-11-06$/m);
        assert.match(text, /^ {4}only 08:00 to 17:00 "America\/New_York"$/m);
        assert.match(text, /^escalation another-escalation-policy "Another Escalation Policy" \{\n {2}level 1 notify kyler-kuhn, daily-engineering-rotation\n {2}repeat 2\n\}/m);
        const [document] = await validateFiles({ 'org/pagerduty.playbook': text });
        const errors = (document!.diagnostics ?? []).filter(d => d.severity === 1).map(d => `${String(d.code)}: ${d.message}`);
        assert.deepEqual(errors, []);
    });

    it('computes who is on call from the imported rotation as PagerDuty rendered it (final schedule), hour by hour', async () => {
        const model = await modelFrom({
            'org/pagerduty.playbook': fromPagerDuty(EXPORT),
            'p.playbook': 'playbook p {\n  escalation e { level 1 notify daily-engineering-rotation }\n}',
        });
        const rotation = model.rotations.find(r => r.name === 'daily-engineering-rotation')!;
        const entries = EXPORT.schedules[0]!.final_schedule.rendered_schedule_entries;
        assert.ok(entries.length > 0);
        for (const entry of entries) {
            const start = Date.parse(entry.start);
            const end = Date.parse(entry.end);
            for (let at = start; at < end; at += HOUR) {
                assert.equal(onCallAt(rotation, at, calendarLookup(model)).member, 'earline-greenholt', new Date(at).toISOString());
            }
            // Outside the layer's 08:00-17:00 restriction nobody is on call, as PagerDuty shows.
            assert.equal(onCallAt(rotation, start - HOUR, calendarLookup(model)).member, undefined);
            assert.equal(onCallAt(rotation, end, calendarLookup(model)).member, undefined);
        }
    });

    it('writes later layers first (they take precedence), weekly restrictions as days, overrides in the schedule\'s zone', async () => {
        const text = fromPagerDuty({
            users: [{ id: 'U1', name: 'Ana' }, { id: 'U2', name: 'Bo' }, { id: 'U3', name: 'Cy' }],
            schedules: [{
                id: 'S1', name: 'Primary', time_zone: 'Europe/Warsaw',
                schedule_layers: [
                    { name: 'Base', rotation_virtual_start: '2026-01-05T09:00:00+01:00', rotation_turn_length_seconds: 604800, users: [{ user: { id: 'U1' } }, { user: { id: 'U2' } }] },
                    {
                        name: 'Weekend', rotation_virtual_start: '2026-01-03T00:00:00+01:00', rotation_turn_length_seconds: 172800, users: [{ user: { id: 'U3' } }],
                        restrictions: [{ type: 'weekly_restriction', start_day_of_week: 5, start_time_of_day: '18:00:00', duration_seconds: 216000 }],
                    },
                ],
                overrides: [{ start: '2026-12-24T00:00:00+01:00', end: '2026-12-27T00:00:00+01:00', user: { id: 'U2' } }],
            }],
        });
        assert.match(text, /layer weekend "Weekend" \{\n {4}members cy\n {4}handoff every 2d at 00:00 "Europe\/Warsaw" from 2026-01-03\n {4}only friday 18:00 to 00:00 "Europe\/Warsaw"\n {4}only saturday to sunday "Europe\/Warsaw"\n {4}only monday 00:00 to 06:00 "Europe\/Warsaw"\n {2}\}\n {2}layer base "Base"/);
        assert.match(text, /override bo from 2026-12-24 00:00 to 2026-12-27 00:00/);
        const [document] = await validateFiles({ 'org.playbook': text });
        assert.deepEqual((document!.diagnostics ?? []).filter(d => d.severity === 1).map(d => d.message), []);
    });

    it('says where the export is not one', () => {
        assert.throws(() => fromPagerDuty({ services: [] }), (e: unknown) => e instanceof PagerDutyImportError && e.where === '/');
        assert.throws(() => fromPagerDuty({ users: [{ name: 'no id' }] }), (e: unknown) => e instanceof PagerDutyImportError && e.where === '/users/0');
        assert.throws(() => fromPagerDuty({ schedules: [{ id: 'S', schedule_layers: [{ rotation_virtual_start: 'soon', rotation_turn_length_seconds: 60, users: [] }] }] }),
            (e: unknown) => e instanceof PagerDutyImportError && e.where === '/schedules/0/schedule_layers/0/rotation_virtual_start');
    });
});
