import { strict as assert } from 'node:assert';
import type { PlaybookModel, RotationModel } from '../../protocol/src/playbook-model-types.js';
import { calendarLookup, onCallAt } from '../../runner/src/engine/playbook-rotation.js';

const at = (iso: string): number => Date.parse(iso);
const model: Pick<PlaybookModel, 'calendars'> = {
    calendars: [{
        name: 'office', timezone: 'Europe/Warsaw',
        hours: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '17:00' }],
        holidays: [{ date: '2026-12-24', last: '2026-12-26' }],
    }],
};
const desk: RotationModel = {
    name: 'desk', members: [],
    layers: [
        { name: 'day', members: ['alice', 'bob'], handoff: { everySeconds: 604_800, day: 'monday', time: '09:00', timezone: 'Europe/Warsaw', from: '2026-01-05' }, restrictions: [{ calendar: 'office' }] },
        { name: 'night', members: ['carol', 'dave'], handoff: { everySeconds: 86_400, time: '17:00', timezone: 'Europe/Warsaw', from: '2026-01-05' }, restrictions: [] },
    ],
    overrides: [{ substitute: 'erin', replaced: 'alice', start: '2026-12-21T00:00', end: '2026-12-22T00:00', reason: 'Swap' }],
};

describe('on call with layers, calendars and overrides (runner)', () => {
    it('the first layer answers in office hours, the second outside them and on holidays', () => {
        const calendars = calendarLookup(model);
        const monday = onCallAt(desk, at('2026-11-23T10:00:00Z'), calendars);
        assert.equal(monday.member, 'alice');
        assert.equal(monday.layer, 'day');
        assert.equal(monday.until, at('2026-11-23T16:00:00Z'));
        assert.deepEqual(monday.layers.map(l => l.member), ['alice', 'dave']);
        assert.equal(onCallAt(desk, at('2026-11-23T16:00:00Z'), calendars).layer, 'night');
        assert.equal(onCallAt(desk, at('2026-12-24T10:00:00Z'), calendars).layer, 'night');
    });

    it('an override replaces the person it names for its days, and says so', () => {
        const swapped = onCallAt(desk, at('2026-12-21T10:00:00Z'), calendarLookup(model));
        assert.equal(swapped.member, 'erin');
        assert.equal(swapped.override?.reason, 'Swap');
        assert.equal(onCallAt(desk, at('2026-12-22T10:00:00Z'), calendarLookup(model)).member, 'alice');
    });
});
