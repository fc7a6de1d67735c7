/**
 * Who of a rotation is on call at a given moment, for the runner: the one computation of
 * server/src/time/on-call.ts (layers, hand-offs, restrictions, overrides, calendars, each in its
 * own zone, with the clock-change rule of server/src/time/zoned-clock.ts), over the model's calendars.
 */
import type { PlaybookModel, RotationModel } from '../../../protocol/src/playbook-model-types.js';
import { onCallAt as computeOnCall, type OnCall } from '../../../server/src/time/on-call.js';
import type { CalendarLookup } from '../../../server/src/time/weekly-windows.js';

export type { LayerOnCall, OnCall } from '../../../server/src/time/on-call.js';

/** Looks the model's calendars up by name. */
export function calendarLookup(model: Pick<PlaybookModel, 'calendars'>): CalendarLookup {
    const calendars = new Map((model.calendars ?? []).map(calendar => [calendar.name, calendar]));
    return name => calendars.get(name);
}

/** Who of `rotation` is on call at `at` (milliseconds since the epoch), and until when. */
export function onCallAt(rotation: RotationModel, at: number, calendars?: CalendarLookup): OnCall {
    return computeOnCall(rotation, at, calendars);
}
