import { strict as assert } from 'node:assert';
import { HOUR, MINUTE, offsetAt } from '../../server/src/time/zoned-clock.js';

/** The offset of `zone` at `at` (ms), asked of Intl directly: the oracle for the cached answer. */
const formats = new Map<string, Intl.DateTimeFormat>();
function intlOffset(at: number, zone: string): number {
    let format = formats.get(zone);
    if (!format) {
        format = new Intl.DateTimeFormat('en-US', {
            timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
        });
        formats.set(zone, format);
    }
    const parts = format.formatToParts(new Date(at));
    const part = (type: string) => Number(parts.find(p => p.type === type)!.value);
    return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour') % 24, part('minute'), part('second')) - at;
}

describe('zone offsets', () => {
    it('change at the instant the clocks change, in both directions', () => {
        // Warsaw: 29 March 2026 at 01:00 UTC to summer time, 25 October at 01:00 UTC back.
        assert.equal(offsetAt(Date.UTC(2026, 2, 29, 0, 59, 59), 'Europe/Warsaw'), HOUR);
        assert.equal(offsetAt(Date.UTC(2026, 2, 29, 1, 0, 0), 'Europe/Warsaw'), 2 * HOUR);
        assert.equal(offsetAt(Date.UTC(2026, 9, 25, 0, 59, 59), 'Europe/Warsaw'), 2 * HOUR);
        assert.equal(offsetAt(Date.UTC(2026, 9, 25, 1, 0, 0), 'Europe/Warsaw'), HOUR);
        // Lord Howe changes by half an hour; Kathmandu is 5:45 ahead all year.
        assert.equal(offsetAt(Date.UTC(2026, 3, 4, 14, 59), 'Australia/Lord_Howe') - offsetAt(Date.UTC(2026, 3, 4, 15, 0), 'Australia/Lord_Howe'), 30 * MINUTE);
        assert.equal(offsetAt(Date.UTC(2026, 6, 1), 'Asia/Kathmandu'), 5 * HOUR + 45 * MINUTE);
    });

    it('agree with the platform at every 13 minutes of a year, across the changes of several zones', () => {
        for (const zone of ['Europe/Warsaw', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Taipei']) {
            for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2027, 0, 1); at += 13 * MINUTE) {
                if (offsetAt(at, zone) !== intlOffset(at, zone)) {
                    assert.fail(`${zone} at ${new Date(at).toISOString()}: ${offsetAt(at, zone)} instead of ${intlOffset(at, zone)}`);
                }
            }
        }
    });
});
