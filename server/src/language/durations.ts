/** Durations are written `30s`, `10m`, `1h30m`, `2d`, `1w`; the AST holds them in seconds. */

const UNIT_SECONDS: Readonly<Record<string, number>> = { w: 604_800, d: 86_400, h: 3_600, m: 60, s: 1 };
const PART = /(\d+)([wdhms])/g;

/** Converts duration text such as `1h30m` to seconds; returns undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
    if (!/^(\d+[wdhms])+$/.test(text)) {
        return undefined;
    }
    let seconds = 0;
    for (const [, amount, unit] of text.matchAll(PART)) {
        seconds += Number(amount) * (UNIT_SECONDS[unit!] ?? 0);
    }
    return seconds;
}

/**
 * Writes seconds in the largest unit that holds them whole, as people write durations and as
 * every export, hover and message shows them: 5400 -> `90m`, 7776000 -> `90d` (not `12w6d`),
 * 1209600 -> `2w`. It reads back to the same seconds (parseDuration).
 */
export function formatDuration(seconds: number): string {
    if (seconds <= 0) {
        return '0m';
    }
    const whole = Math.round(seconds);
    const [unit, size] = Object.entries(UNIT_SECONDS).find(([, s]) => whole % s === 0)!;
    return `${whole / size}${unit}`;
}
