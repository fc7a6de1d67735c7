import { strict as assert } from 'node:assert';
import type { RotationModel } from '../../protocol/src/playbook-model-types.js';
import { onCallAt } from '../../runner/src/engine/playbook-rotation.js';

const at = (iso: string): number => Date.parse(iso);
const sre: RotationModel = {
    name: 'sre', members: ['sam', 'priya', 'piotr'], coverage: '24x7',
    handoff: { everySeconds: 604_800, day: 'monday', time: '09:00', timezone: 'Europe/Warsaw', from: '2026-01-05' },
};

describe('rotation on call', () => {
    it('hands off at 09:00 Warsaw time on the anchor Monday (08:00 UTC in winter)', () => {
        assert.equal(onCallAt(sre, at('2026-01-05T07:59:59Z')).member, 'piotr');
        const first = onCallAt(sre, at('2026-01-05T08:00:00Z'));
        assert.equal(first.member, 'sam');
        assert.equal(first.until, at('2026-01-12T08:00:00Z'));
        assert.equal(onCallAt(sre, at('2026-01-12T07:59:00Z')).member, 'sam');
        assert.equal(onCallAt(sre, at('2026-01-12T08:00:00Z')).member, 'priya');
    });

    it('keeps the wall-clock hour across a daylight-saving change (07:00 UTC in summer)', () => {
        // Europe switches to summer time on 2026-03-29; twelve weeks after the anchor Sam's turn comes again.
        assert.equal(onCallAt(sre, at('2026-03-30T06:59:00Z')).member, 'piotr');
        assert.equal(onCallAt(sre, at('2026-03-30T07:00:00Z')).member, 'sam');
        assert.equal(onCallAt(sre, at('2026-03-23T08:30:00Z')).until, at('2026-03-30T07:00:00Z'));
    });

    it('computes the hand-off in the rotation zone, whatever the machine zone', () => {
        const taipei: RotationModel = {
            name: 'tpe', members: ['陳志明', '林美玲'],
            handoff: { everySeconds: 86_400, time: '08:00', timezone: 'Asia/Taipei', from: '2026-11-20' },
        };
        // 08:00 in Taipei is 00:00 UTC: the 2026-11-23 hand-off is the fourth one (index 3: 林美玲).
        assert.equal(onCallAt(taipei, at('2026-11-22T23:59:00Z')).member, '陳志明');
        assert.equal(onCallAt(taipei, at('2026-11-23T00:00:00Z')).member, '林美玲');
        assert.equal(onCallAt(taipei, at('2026-11-23T00:00:00Z')).timezone, 'Asia/Taipei');
    });

    it('finds the first hand-off day on or after the anchor date', () => {
        const rotation: RotationModel = { ...sre, handoff: { ...sre.handoff!, from: '2026-01-01' } }; // a Thursday
        assert.equal(onCallAt(rotation, at('2026-01-04T12:00:00Z')).member, 'piotr');
        assert.equal(onCallAt(rotation, at('2026-01-05T08:00:00Z')).member, 'sam');
    });

    it('says nobody is on call outside business hours, and flags a missing anchor', () => {
        const office: RotationModel = { ...sre, coverage: 'business-hours' };
        const saturday = onCallAt(office, at('2026-11-21T12:00:00Z'));
        assert.equal(saturday.covered, false);
        assert.equal(saturday.member, undefined);
        assert.equal(onCallAt(office, at('2026-11-23T10:00:00Z')).covered, true);
        const unanchored: RotationModel = { ...sre, handoff: { everySeconds: 604_800, day: 'monday', time: '09:00', timezone: 'Europe/Warsaw' } };
        assert.equal(onCallAt(unanchored, at('2026-11-23T10:00:00Z')).anchorAssumed, true);
    });

    it('falls back to UTC for an unknown zone instead of failing', () => {
        const odd: RotationModel = { ...sre, handoff: { ...sre.handoff!, timezone: 'Mars/Olympus' } };
        const result = onCallAt(odd, at('2026-01-05T09:00:00Z'));
        assert.equal(result.timezone, 'UTC');
        assert.equal(result.member, 'sam');
    });
});
