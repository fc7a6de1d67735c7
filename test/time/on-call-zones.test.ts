import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { DateTime } from 'luxon';
import type { RotationModel } from '../../protocol/src/playbook-model-types.js';
import { onCallAt } from '../../server/src/time/on-call.js';

/**
 * On call across clock changes, checked against luxon (an independent time-zone implementation)
 * for every zone the samples name and a list of zones with awkward changes, every hour of two
 * years and at every hand-off: the documented rule (docs/language.md, "Time zones and clock
 * changes") is that a repeated wall time means its first instant and a skipped one moves
 * forward by the gap, as luxon's `getPossibleOffsets` and its gap handling let us state.
 */
const AWKWARD_ZONES = [
    'UTC', 'Europe/London', 'Europe/Dublin', 'America/New_York', 'America/St_Johns', 'America/Havana',
    'America/Santiago', 'America/Asuncion', 'Asia/Beirut', 'Africa/Cairo', 'Asia/Kolkata', 'Asia/Tehran',
    'Australia/Lord_Howe', 'Pacific/Chatham', 'Antarctica/Troll', 'America/Sao_Paulo', 'Pacific/Apia',
];

function sampleZones(): string[] {
    const zones = new Set<string>();
    const walk = (dir: string): void => {
        for (const entry of readdirSync(dir)) {
            const file = path.join(dir, entry);
            if (statSync(file).isDirectory()) walk(file);
            else if (file.endsWith('.playbook')) {
                for (const match of readFileSync(file, 'utf8').matchAll(/"([A-Z][A-Za-z]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?)"/g)) {
                    zones.add(match[1]!);
                }
            }
        }
    };
    walk(path.resolve('samples'));
    return [...zones];
}

interface Shape {
    label: string;
    everySeconds: number;
    day?: 'sunday' | 'monday';
    time: string;
}

const SHAPES: Shape[] = [
    { label: 'daily at midnight', everySeconds: 86_400, time: '00:00' },
    { label: 'weekly on Sunday at 02:30', everySeconds: 604_800, day: 'sunday', time: '02:30' },
    { label: 'every 4 hours from 02:00', everySeconds: 14_400, time: '02:00' },
];
const MEMBERS = ['ana', 'ben', 'cai'];
const FROM = '2025-12-29';
const START = Date.parse('2026-01-01T00:00:00Z');
const END = Date.parse('2028-01-01T00:00:00Z');

/** The hand-off instants by the documented rule, computed with luxon only. */
function luxonHandoffs(zone: string, shape: Shape): number[] {
    let anchor = DateTime.fromISO(`${FROM}T${shape.time}`, { zone: 'UTC' });
    if (shape.day) {
        const wanted = shape.day === 'sunday' ? 7 : 1;
        anchor = anchor.plus({ days: (wanted - anchor.weekday + 7) % 7 });
    }
    const result: number[] = [];
    for (let k = 0; ; k++) {
        const wall = anchor.plus({ seconds: k * shape.everySeconds });
        const local = DateTime.fromObject(
            { year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute },
            { zone },
        );
        const instant = Math.min(...local.getPossibleOffsets().map(d => d.toMillis()));
        result.push(instant);
        if (instant > END + 8 * 86_400_000) return result;
    }
}

/** Before the first hand-off the last member is on call (the turn before the first). */
function expected(handoffs: number[], at: number): { member: string; until: number } {
    let k = -1;
    while (k + 1 < handoffs.length && handoffs[k + 1]! <= at) k++;
    return { member: MEMBERS[(k + 3) % 3]!, until: handoffs[k + 1]! };
}

describe('on call across clock changes, against luxon', function () {
    this.timeout(10 * 60_000);
    const zones = [...new Set([...sampleZones(), ...AWKWARD_ZONES])];

    it('knows the zones the samples name', () => {
        assert.ok(zones.includes('Europe/Warsaw') && zones.includes('Asia/Taipei') && zones.includes('America/Los_Angeles'));
    });

    for (const zone of zones) {
        it(`${zone}: every hour of two years and every hand-off agree, and "until" is always later`, () => {
            const mismatches: string[] = [];
            for (const shape of SHAPES) {
                const rotation: RotationModel = {
                    name: 'r', members: MEMBERS,
                    handoff: { everySeconds: shape.everySeconds, time: shape.time, timezone: zone, from: FROM, ...(shape.day ? { day: shape.day } : {}) },
                };
                const handoffs = luxonHandoffs(zone, shape);
                const moments = new Set<number>();
                for (let at = START; at < END; at += 3_600_000) moments.add(at);
                for (const h of handoffs) {
                    if (h >= START && h < END) {
                        moments.add(h - 1);
                        moments.add(h);
                    }
                }
                for (const at of moments) {
                    const want = expected(handoffs, at);
                    const got = onCallAt(rotation, at);
                    if (got.member !== want.member || got.until !== want.until || !(got.until! > at)) {
                        mismatches.push(`${shape.label} at ${new Date(at).toISOString()}: ${got.member} until ${new Date(got.until ?? 0).toISOString()}, want ${want.member} until ${new Date(want.until).toISOString()}`);
                    }
                }
            }
            assert.deepEqual(mismatches.slice(0, 5), []);
        });
    }
});
