import { AstUtils, CstUtils, isAstNode, isReference, type AstNode } from 'langium';

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

/**
 * What a parse decided, where it is written too: every node's type, place in its container,
 * range, text and values (references as their text and range), then every CST node's offsets,
 * range and text, in order. Two trees dump the same exactly when a consumer can tell them apart
 * by nothing (an edit applied in place against a parse of the new text).
 */
export function dumpTree(root: AstNode): unknown[] {
    const out: unknown[] = [];
    for (const node of AstUtils.streamAst(root)) {
        const values: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(node)) {
            if (!key.startsWith('$')) {
                values[key] = Array.isArray(value) ? value.map(placedValue) : placedValue(value);
            }
        }
        out.push({ type: node.$type, property: node.$containerProperty, index: node.$containerIndex, range: node.$cstNode?.range, text: node.$cstNode?.text, values });
    }
    if (root.$cstNode) {
        for (const cst of CstUtils.streamCst(root.$cstNode)) {
            out.push([cst.offset, cst.end, cst.range, cst.hidden, cst.text]);
        }
    }
    return out;
}

function placedValue(value: unknown): unknown {
    if (isReference(value)) {
        return { ref: value.$refText, at: value.$refNode?.range };
    }
    return isAstNode(value) ? `<${value.$type}>` : value;
}
