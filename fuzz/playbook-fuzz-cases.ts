import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mutate, REFLOW, type TokenSpan } from './playbook-fuzz-mutations.js';
import { caseSeed, FuzzRandom } from './playbook-fuzz-random.js';

/** The repository root, found from this file so that the fuzzer runs from any directory. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where failing inputs are kept; the suite replays every file here. */
export const REGRESSIONS_DIR = path.join(ROOT, 'fuzz', 'regressions');

/** One generated input: which seed and index made it, what was done to which sample, and the text. */
export interface FuzzCase {
    index: number;
    base: string;
    applied: string[];
    text: string;
}

function playbooksIn(dir: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
        if (entry.isFile() && entry.name.endsWith('.playbook')) {
            const full = path.join(entry.parentPath, entry.name);
            files[path.relative(ROOT, full)] = readFileSync(full, 'utf8');
        }
    }
    return files;
}

/** The samples the fuzzer mutates: every playbook of samples/, valid and invalid, and the hostile-text fixture. */
export function loadSeeds(): Record<string, string> {
    return { ...playbooksIn(path.join(ROOT, 'samples')), ...playbooksIn(path.join(ROOT, 'test', 'robustness', 'fixtures')) };
}

/** The organisation files every case is checked against, so that names resolve as in real use. */
export function loadOrganisation(): Record<string, string> {
    return playbooksIn(path.join(ROOT, 'samples', 'org'));
}

/** The kept regression inputs, by file name. */
export function loadRegressions(): Record<string, string> {
    try {
        return Object.fromEntries(readdirSync(REGRESSIONS_DIR).filter(f => f.endsWith('.playbook')).sort()
            .map(f => [f, readFileSync(path.join(REGRESSIONS_DIR, f), 'utf8')]));
    } catch {
        return {};
    }
}

/**
 * Case `index` of the run with `seed`: a sample, then one to three mutations (or, one time in
 * five, only re-spacing, so that formatting is tested on valid input too). Deterministic.
 */
export function generateCase(
    seed: number, index: number, seeds: Record<string, string>, keywords: readonly string[],
    tokenize: (text: string) => TokenSpan[], scale: number,
): FuzzCase {
    const random = new FuzzRandom(caseSeed(seed, index));
    const names = Object.keys(seeds).sort();
    const base = random.pick(names);
    const original = seeds[base]!;
    if (random.chance(0.2)) {
        const text = REFLOW.apply({ text: original, tokens: tokenize(original), keywords, random, scale });
        return { index, base, applied: [REFLOW.name], text };
    }
    const { text, applied } = mutate(original, random, keywords, tokenize, scale);
    return { index, base, applied, text };
}
