import { strict as assert } from 'node:assert';
import { check } from '../helpers/validation.js';

describe('no-activation-authority', () => {
    it('reports a trigger nobody may activate', async () => {
        assert.deepEqual(await check('playbook p {\n  trigger quake { category natural-disaster }\n}', 'no-activation-authority'), [{
            code: 'no-activation-authority', severity: 'warning', range: '2:11-2:16',
            message: 'Nobody may activate trigger "quake". Add "activated by <role or person>" or "activated automatically".',
        }]);
    });

    it('near miss: someone may activate it, or it activates automatically', async () => {
        assert.deepEqual(await check('playbook p {\n  trigger a { activated by commander }\n  trigger b { activated automatically }\n}', 'no-activation-authority'), []);
    });
});

describe('review-overdue', () => {
    const text = 'playbook p {\n  reviewed 2026-08-01 every 90d\n}';

    it('reports a review whose interval ran out before today, on the date', async () => {
        assert.deepEqual(await check(text, 'review-overdue', { today: '2026-11-23' }), [{
            code: 'review-overdue', severity: 'warning', range: '2:12-2:22',
            message: 'Playbook "p" was due for review on 2026-10-30 (today is 2026-11-23). Review it and update the "reviewed" date.',
        }]);
    });

    it('near miss: due today is not overdue yet; no interval, no due date', async () => {
        assert.deepEqual(await check(text, 'review-overdue', { today: '2026-10-30' }), []);
        assert.deepEqual(await check('playbook p {\n  reviewed 2020-01-01\n}', 'review-overdue'), []);
    });
});

describe('drill-overdue', () => {
    it('reports a drill past its cadence, and one that never ran', async () => {
        const text = 'playbook p {\n  drill tabletop "Game day" every 1w last 2026-11-01\n  drill surprise every 90d\n}';
        assert.deepEqual(await check(text, 'drill-overdue'), [
            {
                code: 'drill-overdue', severity: 'warning', range: '2:43-2:53',
                message: 'The tabletop "Game day" drill was due on 2026-11-08 (today is 2026-11-23). Run it and update its "last" date.',
            },
            {
                code: 'drill-overdue', severity: 'warning', range: '3:9-3:17',
                message: 'The surprise drill has no date recorded: nothing shows that it ever ran. Run it, or if it ran, record the day with "last YYYY-MM-DD".',
            },
        ]);
    });

    it('near miss: within its cadence on the injected day; an impossible date is left to invalid-date', async () => {
        const text = 'playbook p {\n  drill tabletop every 1w last 2026-11-01\n}';
        assert.deepEqual(await check(text, 'drill-overdue', { today: '2026-11-08' }), []);
        assert.deepEqual(await check('playbook p {\n  drill tabletop every 1w last 2020-02-30\n}', 'drill-overdue'), []);
    });
});
