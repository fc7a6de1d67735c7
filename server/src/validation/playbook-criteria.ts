import type { Comparison, Measure } from '../language/generated/ast.js';
import { comparisonAmount, comparisonLiteralKind, measureKind } from '../language/playbook-measures.js';
import { formatDuration } from '../language/durations.js';
import type { MeasureDomain, MeasureTest } from './playbook-measure-sets.js';

/** The values a measure can take, for the set reasoning of playbook-measure-sets.ts. */
export function measureDomain(measure: Measure): MeasureDomain {
    const kind = measureKind(measure);
    if (kind === 'values') return { kind: 'values', values: [...measure.values] };
    return kind === 'count' ? { kind: 'count' } : { kind: 'amount' };
}

/** What is wrong with a comparison, if anything: the ground of `measure-mismatch`. */
export type ComparisonProblem =
    | { problem: 'not-compared' }
    | { problem: 'wrong-literal'; kind: 'count' | 'percent' | 'duration' }
    | { problem: 'not-a-list' }
    | { problem: 'unknown-value'; index: number };

/** The first problem of a comparison whose measure resolved, or undefined when it fits its measure. */
export function comparisonProblem(comparison: Comparison, measure: Measure): ComparisonProblem | undefined {
    const kind = measureKind(measure);
    const literal = comparisonLiteralKind(comparison);
    if (kind === 'values') {
        if (literal !== 'values') return { problem: 'not-compared' };
        const index = comparison.values.findIndex(v => !measure.values.includes(v));
        return index >= 0 ? { problem: 'unknown-value', index } : undefined;
    }
    if (literal === 'values') return { problem: 'not-a-list' };
    const fits = kind === 'count' ? literal === 'number' && Number.isInteger(comparison.number)
        : kind === 'percent' ? literal === 'percent' : literal === 'duration';
    return fits ? undefined : { problem: 'wrong-literal', kind };
}

/** The comparison as a test on its measure, when it resolves and fits. */
export function measureTest(comparison: Comparison): { measure: Measure; test: MeasureTest } | undefined {
    const measure = comparison.measure.ref;
    if (!measure || comparisonProblem(comparison, measure)) return undefined;
    if (comparison.operator === undefined) return { measure, test: { values: [...comparison.values] } };
    const amount = comparisonAmount(comparison);
    return amount === undefined ? undefined : { measure, test: { operator: comparison.operator, amount } };
}

/** A value of a measure as a reader writes it: `1000`, `5%`, `15m`, `personal`. */
export function formatMeasureValue(measure: Measure, value: string | number): string {
    if (typeof value === 'string') return value;
    const kind = measureKind(measure);
    if (kind === 'percent') return `${value}%`;
    if (kind === 'duration') return Number.isInteger(value) && value > 0 ? formatDuration(value) : `${value}s`;
    return String(value);
}
