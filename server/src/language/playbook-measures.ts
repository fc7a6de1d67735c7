import type { Comparison, Measure } from './generated/ast.js';
import type { ComparisonModel, MeasureKind } from '../../../protocol/src/playbook-model-response.js';

/** What a measure holds; a measure with a value list is `values`. */
export function measureKind(measure: Measure): MeasureKind {
    return measure.kind ?? 'values';
}

/** The amount a comparison's literal stands for: a number, a percentage without its sign, or a duration in seconds. */
export function comparisonAmount(comparison: Comparison): number | undefined {
    if (comparison.number !== undefined) return comparison.number;
    if (comparison.percent !== undefined) return Number(comparison.percent.slice(0, -1));
    return comparison.duration;
}

/** The kind of literal a comparison compares with, to check it against the measure's kind. */
export function comparisonLiteralKind(comparison: Comparison): 'number' | 'percent' | 'duration' | 'values' {
    if (comparison.operator === undefined) return 'values';
    if (comparison.percent !== undefined) return 'percent';
    return comparison.duration !== undefined ? 'duration' : 'number';
}

/** The comparison as written (`users-affected > 1000`), with its spacing normalised. */
export function comparisonText(comparison: Comparison): string {
    return comparison.$cstNode?.text.replace(/\s+/g, ' ').trim() ?? comparison.measure.$refText;
}

/** The comparison in the resolved model. */
export function comparisonModel(comparison: Comparison): ComparisonModel {
    const amount = comparisonAmount(comparison);
    return {
        measure: comparison.measure.$refText,
        ...(comparison.operator !== undefined ? { operator: comparison.operator } : {}),
        ...(amount !== undefined ? { amount } : {}),
        ...(comparison.operator === undefined ? { values: [...comparison.values] } : {}),
    };
}
