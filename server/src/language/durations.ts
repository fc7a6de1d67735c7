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

/** Writes seconds back in the canonical short form, largest unit first: 5400 -> `1h30m`. */
export function formatDuration(seconds: number): string {
    if (seconds <= 0) {
        return '0m';
    }
    let rest = Math.round(seconds);
    let text = '';
    for (const [unit, size] of Object.entries(UNIT_SECONDS)) {
        const amount = Math.floor(rest / size);
        if (amount > 0) {
            text += `${amount}${unit}`;
            rest -= amount * size;
        }
    }
    return text;
}
