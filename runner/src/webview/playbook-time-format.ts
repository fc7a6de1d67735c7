/** Clock times and countdowns for people, in the runner's locale and the viewer's zone. */
import { activeLocale, type Locale } from '../../../l10n/src/index.js';
import { humanDuration, say } from '../playbook-runner-strings.js';

// One format everywhere, with its zone, so that a time read aloud on a bridge call is unambiguous.
// One formatter per locale: the responder may switch the language while the page runs.
const clocks = new Map<Locale, Intl.DateTimeFormat>();

/** A moment as the viewer's wall-clock time, with the day and the zone: `Mon 23 Nov, 10:05 UTC`, `11月23日週一 上午10:05 [UTC]`, `pon., 23 lis, 10:05 UTC`. */
export function clockTime(ms: number): string {
    const locale = activeLocale();
    let clock = clocks.get(locale);
    if (!clock) {
        clock = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
        clocks.set(locale, clock);
    }
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
