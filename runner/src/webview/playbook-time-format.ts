/** Clock times and countdowns for people, in the viewer's locale and zone. */
import { humanDuration, say } from '../playbook-runner-strings.js';

// One format everywhere, with its zone, so that a time read aloud on a bridge call is unambiguous.
const clock = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });

/** A moment as the viewer's wall-clock time, with the day and the zone: `Mon 23 Nov, 10:05 UTC`. */
export function clockTime(ms: number): string {
    return clock.format(new Date(ms));
}

/** `12m 05s left` or `overdue by 3m 10s`. */
export function countdown(dueAt: number, now: number): string {
    return dueAt >= now ? say('countdownLeft', { duration: humanDuration(dueAt - now) }) : say('countdownOverdue', { duration: humanDuration(now - dueAt) });
}

/** A span the clock tick keeps current: a countdown to `dueAt` (or, with `since`, the time elapsed since it). */
export function liveTime(at: number, now: number, mode: 'countdown' | 'elapsed' = 'countdown'): HTMLSpanElement {
    const span = document.createElement('span');
    span.dataset.live = mode;
    span.dataset.at = String(at);
    updateLiveTime(span, now);
    return span;
}

/** Rewrites a live span for `now`. */
export function updateLiveTime(span: HTMLElement, now: number): void {
    const at = Number(span.dataset.at);
    if (span.dataset.live === 'elapsed') {
        span.textContent = humanDuration(now - at);
        return;
    }
    span.textContent = countdown(at, now);
    span.classList.toggle('overdue', at < now);
}
