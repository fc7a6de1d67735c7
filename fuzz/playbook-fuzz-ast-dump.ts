import { isAstNode, isReference, type AstNode } from 'langium';

/**
 * What a file means, without where it is written: node types, names, values and the text of
 * every reference, in order. Positions, CST nodes and resolved targets are left out, so a
 * reformatted file dumps the same as the original exactly when its meaning is unchanged.
 */
export function dumpMeaning(node: AstNode): unknown {
    const out: Record<string, unknown> = { $type: node.$type };
    for (const [key, value] of Object.entries(node)) {
        if (!key.startsWith('$')) {
            out[key] = dumpValue(value);
        }
    }
    return out;
}

function dumpValue(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(dumpValue);
    }
    if (isReference(value)) {
        return { ref: value.$refText };
    }
    if (isAstNode(value)) {
        return dumpMeaning(value);
    }
    return value;
}
