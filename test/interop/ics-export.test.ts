import * as assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { icsFeed, text } from '../../interop/src/ics/ics-export.js';
import { onCallAt } from '../../runner/src/engine/playbook-rotation.js';
import { calendarLookup } from '../../runner/src/engine/playbook-rotation.js';
import { modelFrom, sampleModel } from '../runner/helpers.js';

const HOUR = 3_600_000;
const now = new Date('2026-10-01T00:00:00Z');

interface Shift { start: number; end: number; summary: string; description: string }

/** The feed's events as read by ical.js, an iCalendar implementation of its own. */
function shifts(feed: string): Shift[] {
    const calendar = new ICAL.Component(ICAL.parse(feed));
    return calendar.getAllSubcomponents('vevent').map(component => {
        const event = new ICAL.Event(component);
        return { start: event.startDate.toJSDate().getTime(), end: event.endDate.toJSDate().getTime(), summary: event.summary, description: event.description };
    });
}

describe('on-call calendar export (iCalendar)', () => {
    it('has, for every hour of 8 weeks across the October clock changes, the event of the person the runner says is on call', async () => {
        const model = await sampleModel('playbooks/service-outage.playbook');
        assert.ok(model.rotations.length > 0, 'the sample names a rotation');
        // 2026-10-25 Europe and 2026-11-01 America change their clocks inside these weeks.
        const feed = icsFeed(model, { from: '2026-10-05', weeks: 8, now, toolVersion: 'test' });
        const start = Date.parse('2026-10-05T00:00:00Z');
        for (const rotation of model.rotations) {
            const title = rotation.title ?? rotation.name;
            const events = shifts(feed).filter(s => s.summary.endsWith(`on call: ${title}`));
            let checked = 0;
            for (let at = start; at < start + 8 * 7 * 24 * HOUR; at += HOUR) {
                const expected = onCallAt(rotation, at, calendarLookup(model)).member;
                const found = events.filter(e => e.start <= at && at < e.end);
                if (expected === undefined) {
                    assert.deepEqual(found, [], `${rotation.name} at ${new Date(at).toISOString()}`);
                    continue;
                }
                const person = model.people.find(p => p.name === expected);
                assert.equal(found.length, 1, `${rotation.name} at ${new Date(at).toISOString()}`);
                assert.equal(found[0]!.summary, `${person?.title ?? expected} on call: ${title}`);
                checked++;
            }
            assert.ok(checked > 0);
        }
    });

    it('puts the holder\'s contacts in the description and escapes text as RFC 5545 says', async () => {
        const model = await modelFrom({
            'p.playbook': `person ana "Ana; Kowalska, SRE" { phone "+48 600 000 000" email "ana@example.com" }
person bo "Bo" { phone "+48 600 000 001" }
rotation r "Primary, EU" {
  members ana, bo
  handoff every 1w on monday at 09:00 "Europe/Warsaw" from 2026-10-05
}
playbook p {
  escalation e { level 1 notify r }
}`,
        });
        const feed = icsFeed(model, { from: '2026-10-05', weeks: 2, now, toolVersion: 'test' });
        assert.match(feed, /SUMMARY:Ana\\; Kowalska\\, SRE on call: Primary\\, EU\r\n/);
        assert.ok(feed.split('\r\n').every(line => Buffer.byteLength(line) <= 75));
        // Before the first hand-off (Monday 09:00 in Warsaw) the turn is the last member's.
        const [before, ana, bo] = shifts(feed);
        assert.equal(before!.summary, 'Bo on call: Primary, EU');
        assert.equal(new Date(ana!.start).toISOString(), '2026-10-05T07:00:00.000Z'); // 09:00 in Warsaw, summer time
        assert.equal(ana!.description, 'Ana; Kowalska, SRE answers for Primary, EU.\nphone: +48 600 000 000\nemail: ana@example.com');
        assert.equal(new Date(bo!.start).toISOString(), '2026-10-12T07:00:00.000Z');
        assert.equal(text('a\\b;c,d\ne'), 'a\\\\b\\;c\\,d\\ne');
    });
});
