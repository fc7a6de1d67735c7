import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
    isEmptySet, setOf, sharedValue, someValue, uncovered,
    type MeasureDomain, type MeasureTest, type Operator,
} from '../../server/src/validation/playbook-measure-sets.js';

/** The meaning of one test, written directly from the operator: the oracle. */
function holds(test: MeasureTest, value: number | string): boolean {
    if ('values' in test) {
        return test.values.includes(value as string);
    }
    const v = value as number;
    switch (test.operator) {
        case '>': return v > test.amount;
        case '>=': return v >= test.amount;
        case '<': return v < test.amount;
        case '<=': return v <= test.amount;
    }
}

/**
 * Every value that can behave differently: for counts each whole number up to past the largest
 * threshold; for amounts every quarter, since thresholds are multiples of a half and a quarter
 * therefore lies strictly between any two of them.
 */
function samplePoints(tests: readonly MeasureTest[], domain: MeasureDomain): Array<number | string> {
    if (domain.kind === 'values') {
        return [...domain.values];
    }
    const top = Math.max(0, ...tests.map(t => ('amount' in t ? t.amount : 0))) + 2;
    const step = domain.kind === 'count' ? 1 : 0.25;
    return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}

const operator = fc.constantFrom<Operator>('>', '>=', '<', '<=');
const VALUES = ['public', 'internal', 'personal', 'special'];

interface Case {
    domain: MeasureDomain;
    criteria: Array<{ test: MeasureTest; level: number }>;
}

const numericCase = (kind: 'count' | 'amount'): fc.Arbitrary<Case> => fc.record({
    domain: fc.constant({ kind } as MeasureDomain),
    criteria: fc.array(fc.record({
        test: fc.record({
            operator,
            amount: kind === 'count' ? fc.integer({ min: 0, max: 12 }) : fc.integer({ min: 0, max: 24 }).map(n => n / 2),
        }) as fc.Arbitrary<MeasureTest>,
        level: fc.integer({ min: 0, max: 2 }),
    }), { maxLength: 5 }),
});

const valuesCase: fc.Arbitrary<Case> = fc.record({
    domain: fc.constant({ kind: 'values', values: VALUES } as MeasureDomain),
    criteria: fc.array(fc.record({
        test: fc.subarray(VALUES, { minLength: 1 }).map(values => ({ values })) as fc.Arbitrary<MeasureTest>,
        level: fc.integer({ min: 0, max: 2 }),
    }), { maxLength: 5 }),
});

const anyCase = fc.oneof(numericCase('count'), numericCase('amount'), valuesCase);

describe('measure sets against a brute-force evaluation (property-based)', () => {
    it('two criteria of different levels share a value exactly when brute force finds one, and the example is shared', () => {
        fc.assert(fc.property(anyCase, ({ domain, criteria }) => {
            const points = samplePoints(criteria.map(c => c.test), domain);
            for (const [i, a] of criteria.entries()) {
                for (const b of criteria.slice(i + 1)) {
                    const brute = points.some(v => holds(a.test, v) && holds(b.test, v));
                    const shared = sharedValue(setOf(a.test, domain), setOf(b.test, domain), domain);
                    assert.equal(shared !== undefined, brute, `${JSON.stringify(a.test)} and ${JSON.stringify(b.test)}`);
                    if (shared !== undefined) {
                        assert.ok(holds(a.test, shared) && holds(b.test, shared), `example ${shared}`);
                    }
                }
            }
        }), { numRuns: 2000 });
    });

    it('a gap exists exactly when brute force finds an uncovered value, and the example is uncovered', () => {
        fc.assert(fc.property(anyCase, ({ domain, criteria }) => {
            const points = samplePoints(criteria.map(c => c.test), domain);
            const brute = points.some(v => criteria.every(c => !holds(c.test, v)));
            const gaps = uncovered(criteria.map(c => setOf(c.test, domain)), domain);
            assert.equal(!isEmptySet(gaps), brute);
            const example = someValue(gaps, domain);
            if (example !== undefined) {
                assert.ok(criteria.every(c => !holds(c.test, example)), `example ${example}`);
                assert.ok(typeof example === 'string' || example >= 0);
            }
        }), { numRuns: 2000 });
    });

    it('every gap value is uncovered and every value outside the gaps is covered', () => {
        fc.assert(fc.property(numericCase('amount'), ({ domain, criteria }) => {
            const gaps = uncovered(criteria.map(c => setOf(c.test, domain)), domain);
            assert.equal(gaps.kind, 'intervals');
            if (gaps.kind !== 'intervals') return;
            for (const v of samplePoints(criteria.map(c => c.test), domain) as number[]) {
                const inGap = gaps.intervals.some(g => (g.loOpen ? v > g.lo : v >= g.lo) && (g.hiOpen ? v < g.hi : v <= g.hi));
                assert.equal(inGap, criteria.every(c => !holds(c.test, v)), `value ${v}`);
            }
        }), { numRuns: 1000 });
    });

    it('the boundary cases of the issue: "> 1000" against "<= 1000" is fine, ">= 1000" against "<= 1000" is not', () => {
        const count: MeasureDomain = { kind: 'count' };
        assert.equal(sharedValue(setOf({ operator: '>', amount: 1000 }, count), setOf({ operator: '<=', amount: 1000 }, count), count), undefined);
        assert.equal(sharedValue(setOf({ operator: '>=', amount: 1000 }, count), setOf({ operator: '<=', amount: 1000 }, count), count), 1000);
        assert.ok(isEmptySet(uncovered([setOf({ operator: '>', amount: 1000 }, count), setOf({ operator: '<=', amount: 1000 }, count)], count)));
        const gap = uncovered([setOf({ operator: '>', amount: 1000 }, count), setOf({ operator: '<', amount: 1000 }, count)], count);
        assert.equal(someValue(gap, count), 1000);
    });
});
