import v8 from 'node:v8';

/**
 * Keeps the CLI's young generation at about 16 MB a semi-space, where V8 would let it double up
 * to 64. A check keeps almost everything it builds until its report, so a larger young
 * generation holds more to copy and little more garbage: capped, the peak memory of a 100k-line
 * check falls from 410-425 MB to about 290, of 1,000 files from 400-410 MB to about 290, for
 * the same time (docs/performance.md, fifth sitting). Kept at its first size (1 MB) from the
 * start instead, a 1,000-file check took 5-10 % longer.
 *
 * V8 fixes the semi-spaces' limits when the process starts; what a process can change on
 * itself is their growth factor, and 1 stops the growth. The check asks before parsing each
 * file: the growth stops once the young generation has reached the size, or before a file
 * whose parse alone (one block the process cannot interrupt) would grow it to the limit.
 * Only the `playbook` process enables this (bin.ts): the CLI's code also runs inside the tests
 * and the benchmark, whose heaps are theirs.
 */
const SEMI_SPACES_BYTES = 2 * 16 * 1024 * 1024;
/** A text this long (a 30,000-line file) grows the young generation to its limit while it is parsed. */
const LARGE_TEXT = 1024 * 1024;

let state: 'off' | 'growing' | 'stopped' = 'off';

/** Lets this process cap its young generation (see above); the `playbook` process only. */
export function capYoungGeneration(): void {
    if (state === 'off') {
        state = 'growing';
    }
}

/** Called before a file of `length` characters is parsed. */
export function beforeParse(length: number): void {
    if (state !== 'growing') {
        return;
    }
    const young = v8.getHeapSpaceStatistics().find(space => space.space_name === 'new_space');
    if (length >= LARGE_TEXT || (young !== undefined && young.space_size >= SEMI_SPACES_BYTES)) {
        // The flag exists in the V8 of every Node.js the CLI runs on (22.12 and later); an
        // unknown one would print an error.
        v8.setFlagsFromString('--semi-space-growth-factor=1');
        state = 'stopped';
    }
}
