/**
 * The one "did you mean" of the project: CLI options and commands, rule ids in the
 * configuration and in suppression comments, time zones, all suggest through `closest`.
 */

/**
 * The candidate nearest to a misspelt word, if one is close enough to be a plausible typo:
 * up to a third of the word may be wrong (at least one character), compared without case;
 * a candidate that starts with the whole word also counts (`unassigned` for `unassigned-role`,
 * `--form` for `--format`).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
    const lower = word.toLowerCase();
    let best: string | undefined;
    let bestDistance = Infinity;
    let prefixed: string | undefined;
    for (const candidate of candidates) {
        const other = candidate.toLowerCase();
        const distance = editDistance(lower, other);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
        if (prefixed === undefined && lower.length >= 4 && other.startsWith(lower) && other !== lower) {
            prefixed = candidate;
        }
    }
    if (best !== undefined && bestDistance <= Math.max(1, Math.floor(word.length / 3))) {
        return best;
    }
    return prefixed;
}

/** Levenshtein distance with adjacent transpositions (optimal string alignment), for typo hints. */
export function editDistance(a: string, b: string): number {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) {
        rows[0]![j] = j;
    }
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                value = Math.min(value, rows[i - 2]![j - 2]! + 1);
            }
            rows[i]![j] = value;
        }
    }
    return rows[a.length]![b.length]!;
}
