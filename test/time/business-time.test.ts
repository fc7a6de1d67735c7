import { strict as assert } from 'node:assert';
import type { CalendarModel } from '../../protocol/src/playbook-time-model.js';
import { addBusinessTime } from '../../server/src/time/business-time.js';

const warsaw: CalendarModel = {
    name: 'warsaw-office', timezone: 'Europe/Warsaw',
    hours: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '17:00' }],
    holidays: [{ date: '2026-12-24', last: '2026-12-26' }],
};
const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number | undefined): string => new Date(ms ?? 0).toISOString();

describe('business time', () => {
    it('counts business hours only inside the calendar, across a weekend', () => {
        // Friday 2026-11-27 15:00 Warsaw (14:00Z) + 4 business hours: 2 on Friday, 2 on Monday from 09:00.
        assert.equal(iso(addBusinessTime(at('2026-11-27T14:00:00Z'), { amount: 4, unit: 'business-hours' }, warsaw)), '2026-11-30T10:00:00.000Z');
    });

    it('counts business days over holidays, keeping the time of day', () => {
        // Wednesday 2026-12-23 10:00 Warsaw + 1 business day: 24-26 are holidays, 27 is Sunday: Monday the 28th.
        assert.equal(iso(addBusinessTime(at('2026-12-23T09:00:00Z'), { amount: 1, unit: 'business-days' }, warsaw)), '2026-12-28T09:00:00.000Z');
    });

    it('starts counting at the next opening when started outside hours', () => {
        // Saturday: the count starts Monday 09:00; 2 business hours later is 11:00 Warsaw.
        assert.equal(iso(addBusinessTime(at('2026-11-28T12:00:00Z'), { amount: 2, unit: 'business-hours' }, warsaw)), '2026-11-30T10:00:00.000Z');
    });

    it('keeps local office hours across a clock change, and says never for a calendar that never opens', () => {
        // Friday 2026-03-27 16:00 CET (15:00Z) + 2 business hours: 1 on Friday, 1 on Monday 30 March from 09:00 CEST (07:00Z).
        assert.equal(iso(addBusinessTime(at('2026-03-27T15:00:00Z'), { amount: 2, unit: 'business-hours' }, warsaw)), '2026-03-30T08:00:00.000Z');
        assert.equal(addBusinessTime(at('2026-03-27T15:00:00Z'), { amount: 1, unit: 'business-days' }, { name: 'never', hours: [], holidays: [] }), undefined);
    });

    it('uses Monday to Friday 09:00-17:00 UTC without a calendar', () => {
        assert.equal(iso(addBusinessTime(at('2026-11-27T16:00:00Z'), { amount: 2, unit: 'business-hours' })), '2026-11-30T10:00:00.000Z');
    });
});
