/**
 * Relief timers for the runner: a role that says `relieve after 4h check-in every 1h` is due for
 * hand-over 4 hours after its holder took it, and checks in every hour meanwhile. Pure arithmetic
 * on instants, so that the runner counts down from its own events and a fake clock tests it.
 */
import type { RoleModel } from '../../../protocol/src/playbook-model-types.js';
import type { Instant } from './zoned-clock.js';

type Relief = NonNullable<RoleModel['relief']>;

export interface ReliefStatus {
    /** When the holder is to be relieved. */
    dueAt: Instant;
    /** True once `dueAt` has passed: the runner prompts a hand-over. */
    due: boolean;
    /** The next check-in, before `dueAt`; absent without a cadence or when relief is due first. */
    nextCheckIn?: Instant;
}

/** Where a holder who took the role at `since` stands at `now`. */
export function reliefStatus(relief: Relief, since: Instant, now: Instant): ReliefStatus {
    const dueAt = since + relief.afterSeconds * 1000;
    const every = (relief.checkInEverySeconds ?? 0) * 1000;
    const result: ReliefStatus = { dueAt, due: now >= dueAt };
    if (every > 0) {
        const next = since + (Math.floor(Math.max(0, now - since) / every) + 1) * every;
        if (next < dueAt) {
            result.nextCheckIn = next;
        }
    }
    return result;
}
