import { strict as assert } from 'node:assert';
import { reliefStatus } from '../../server/src/time/relief.js';

const H = 3_600_000;

describe('relief timers', () => {
    it('counts down to the hand-over and to each check-in', () => {
        const relief = { afterSeconds: 4 * 3600, checkInEverySeconds: 3600 };
        assert.deepEqual(reliefStatus(relief, 0, 0), { dueAt: 4 * H, due: false, nextCheckIn: H });
        assert.deepEqual(reliefStatus(relief, 0, H), { dueAt: 4 * H, due: false, nextCheckIn: 2 * H });
        assert.deepEqual(reliefStatus(relief, 0, 3.5 * H), { dueAt: 4 * H, due: false });
        assert.deepEqual(reliefStatus(relief, 0, 4 * H), { dueAt: 4 * H, due: true });
    });

    it('has no check-ins without a cadence, and is due at once for a holder who took over long ago', () => {
        assert.deepEqual(reliefStatus({ afterSeconds: 60 }, 1000, 1000 + 59_999), { dueAt: 61_000, due: false });
        assert.deepEqual(reliefStatus({ afterSeconds: 60 }, 1000, 10 * H), { dueAt: 61_000, due: true });
    });
});
