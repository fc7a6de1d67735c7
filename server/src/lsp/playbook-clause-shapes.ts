import { AstUtils, GrammarAST } from 'langium';

/**
 * The shape of a clause as the grammar writes it, e.g. `handoff every <duration> [on <weekday>]
 * [at <time>] ["timezone"] [from <date>]`: keywords as written, values as `<kind>`, strings as
 * `"feature"`, optional parts in brackets, repetitions with `…`, a block as `{ … }`. Derived from
 * grammar/playbook.langium, so that completion documentation and signature help follow the
 * grammar as it grows instead of a second description of it.
 */
export interface ClauseShape {
    /** The grammar rule the clause belongs to. */
    rule: string;
    /** The word keyword the clause starts with. */
    head: string;
    /** True when the clause is a whole rule (a definition such as `severity` or `handoff`), not a clause inside one. */
    wholeRule: boolean;
    /** The parts, in order: the head with its mandatory values first, then each further part. */
    parts: ClausePart[];
}

/** One part of a clause: the text and the grammar elements it stands for. */
export interface ClausePart {
    label: string;
    elements: GrammarAST.AbstractElement[];
}

/**
 * The clause a grammar element belongs to: the innermost group headed by a word keyword, or a
 * flag keyword on its own (`critical`, `standby`).
 */
export function clauseOf(element: GrammarAST.AbstractElement): ClauseShape | undefined {
    // Langium types a keyword's container narrowly; in a parser rule it is any element.
    const container: unknown = element.$container;
    const flag = GrammarAST.isKeyword(element) && GrammarAST.isAssignment(container) && container.operator === '?=';
    const flagRule = flag ? AstUtils.getContainerOfType(element, GrammarAST.isParserRule) : undefined;
    if (GrammarAST.isKeyword(element) && flagRule) {
        return { rule: flagRule.name, head: element.value, wholeRule: false, parts: [{ label: element.value, elements: [element] }] };
    }
    for (let at: GrammarAST.AbstractElement | undefined = element; at; at = GrammarAST.isAbstractElement(at.$container) ? at.$container : undefined) {
        if (isWordHeaded(at)) {
            const head = at.elements[0] as GrammarAST.Keyword;
            const rule = AstUtils.getContainerOfType(at, GrammarAST.isParserRule);
            if (!rule) {
                return undefined;
            }
            return { rule: rule.name, head: head.value, wholeRule: rule.definition === at, parts: partsOf(at.elements) };
        }
    }
    return undefined;
}

/**
 * The whole clause an element stands in, for signature help: the outermost clause around it
 * that is not a definition with a block (inside `severity s { … }` that is the clause under the
 * cursor; in `handoff every 1w on …` the whole hand-off).
 */
export function outerClauseOf(element: GrammarAST.AbstractElement): ClauseShape | undefined {
    let found: ClauseShape | undefined;
    for (let at: GrammarAST.AbstractElement | undefined = element; at; at = GrammarAST.isAbstractElement(at.$container) ? at.$container : undefined) {
        if (!isWordHeaded(at)) {
            continue;
        }
        const clause = clauseOf(at)!;
        if (clause.parts.some(p => p.label.endsWith('{ … }') || p.label.endsWith('{ … }]'))) {
            break;
        }
        found = clause;
    }
    return found ?? clauseOf(element);
}

function isWordHeaded(element: GrammarAST.AbstractElement): element is GrammarAST.Group {
    const head = GrammarAST.isGroup(element) ? element.elements[0] : undefined;
    return GrammarAST.isKeyword(head) && /^\w/.test(head.value);
}

/** The whole shape as one line. */
export function shapeText(shape: ClauseShape): string {
    return shape.parts.map(p => p.label).join(' ');
}

/** Splits a group's elements into parts: a new part at each keyword and at each optional or repeated element. */
function partsOf(elements: readonly GrammarAST.AbstractElement[]): ClausePart[] {
    const parts: ClausePart[] = [];
    for (const element of elements) {
        if (GrammarAST.isKeyword(element) && element.value === '{') {
            // A block: its clauses have shapes of their own.
            const group: unknown = element.$container;
            const optional = GrammarAST.isGroup(group) && group.cardinality !== undefined;
            parts.push({ label: optional ? '[{ … }]' : '{ … }', elements: [element] });
            break;
        }
        const label = render(element);
        const last = parts.at(-1);
        const startsPart = element.cardinality !== undefined || GrammarAST.isKeyword(element) || !last || isBlockGroup(element);
        if (isBlockGroup(element)) {
            parts.push({ label: element.cardinality === undefined ? '{ … }' : '[{ … }]', elements: [element] });
            break;
        }
        if (startsPart) {
            parts.push({ label, elements: [element] });
        } else {
            last.label = `${last.label} ${label}`;
            last.elements.push(element);
        }
    }
    return parts;
}

/** A group that opens a block: `('{' … '}')?`. */
function isBlockGroup(element: GrammarAST.AbstractElement): boolean {
    return GrammarAST.isGroup(element) && GrammarAST.isKeyword(element.elements[0]) && element.elements[0].value === '{';
}

function render(element: GrammarAST.AbstractElement): string {
    const text = renderBare(element);
    switch (element.cardinality) {
        case '?': return `[${text}]`;
        case '*': return `[${text}]…`;
        case '+': return `${text}…`;
        default: return text;
    }
}

function renderBare(element: GrammarAST.AbstractElement): string {
    if (GrammarAST.isKeyword(element)) {
        return element.value;
    }
    if (GrammarAST.isGroup(element)) {
        return element.elements.map(render).join(' ').replace(/ ,/g, ',');
    }
    if (GrammarAST.isAlternatives(element)) {
        return `(${element.elements.map(render).join(' | ')})`;
    }
    if (GrammarAST.isAssignment(element)) {
        if (element.operator === '?=') {
            return render(element.terminal);
        }
        return value(element.terminal, element.feature);
    }
    return value(element, 'value');
}

/** A value's placeholder: `<person>` for a reference, `"title"` for a string, `<duration>`, a short list of keywords as `(a | b)`. */
function value(element: GrammarAST.AbstractElement, feature: string): string {
    if (GrammarAST.isCrossReference(element)) {
        return `<${kebab(element.type.ref?.name ?? feature)}>`;
    }
    if (GrammarAST.isAlternatives(element) || GrammarAST.isKeyword(element)) {
        return renderBare(element);
    }
    const rule = GrammarAST.isRuleCall(element) ? element.rule.ref : undefined;
    if (!rule) {
        return `<${kebab(feature)}>`;
    }
    if (rule.name === 'STRING') {
        return `"${kebab(feature)}"`;
    }
    if (rule.name === 'Name') {
        return `<${kebab(feature)}>`;
    }
    if (rule.name === 'INT' || rule.name === 'DECIMAL') {
        return '<number>';
    }
    if (GrammarAST.isParserRule(rule) && GrammarAST.isAlternatives(rule.definition) && rule.definition.elements.length <= 3
        && rule.definition.elements.every(GrammarAST.isKeyword)) {
        return renderBare(rule.definition);
    }
    return `<${kebab(rule.name)}>`;
}

function kebab(name: string): string {
    return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}
