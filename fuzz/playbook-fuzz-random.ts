/**
 * A small seeded random source (mulberry32): the same seed gives the same cases on every
 * machine, so a failing case can be named by its seed and index and replayed.
 */
export class FuzzRandom {
    private state: number;

    constructor(seed: number) {
        this.state = seed >>> 0;
    }

    /** A float in [0, 1). */
    next(): number {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }

    /** An integer in [0, bound). */
    int(bound: number): number {
        return Math.floor(this.next() * Math.max(0, bound));
    }

    /** An integer in [low, high]. */
    between(low: number, high: number): number {
        return low + this.int(high - low + 1);
    }

    /** One element of a non-empty list. */
    pick<T>(items: readonly T[]): T {
        if (items.length === 0) {
            throw new Error('FuzzRandom.pick needs at least one item.');
        }
        return items[this.int(items.length)]!;
    }

    /** True with the given probability. */
    chance(probability: number): boolean {
        return this.next() < probability;
    }
}

/** Mixes a run's seed and a case's index into the seed of that case, so each case replays alone. */
export function caseSeed(seed: number, index: number): number {
    return mix((mix(seed) + index) >>> 0);
}

/** A 32-bit finaliser (murmur3's): nearby inputs give unrelated outputs. */
function mix(value: number): number {
    let h = value >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
    return (h ^ (h >>> 16)) >>> 0;
}
