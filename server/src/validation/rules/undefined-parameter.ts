import type { AstNode } from 'langium';
import { isParameter, type Playbook } from '../../language/generated/ast.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { responseRuleMessages as m } from '../rule-messages-response.js';
import { contentsOf } from '../../workspace/playbook-document-walk.js';

/** The texts responders read that may hold `{name}` placeholders, by node type. */
const TEXTS: Readonly<Record<string, readonly string[]>> = {
    Step: ['title'],
    Check: ['text'],
    Decision: ['question'],
    Procedure: ['title'],
    CommunicationRule: ['template'],
    SubTeam: ['task', 'channelAddress'],
    Review: ['assessments', 'followUps'],
};

/** `{name}`: a name between braces, spelt as names are (letters of any script, digits, `_`, `-`). */
const PLACEHOLDER = /\{([\p{L}_][\p{L}\p{N}_-]*)\}/gu;

/** undefined-parameter: a `{name}` placeholder in a text must name a parameter of the playbook. */
export const undefinedParameterRule = defineRule({
    id: 'undefined-parameter',
    defaultLevel: 'error',
    checks: { Playbook: checkPlaybook },
});

function checkPlaybook(playbook: Playbook, ctx: RuleContext): void {
    const parameters = new Set(playbook.elements.filter(isParameter).map(p => p.name));
    for (const node of contentsOf(playbook)) {
        for (const property of TEXTS[node.$type] ?? []) {
            texts(node, property).forEach((text, index) => {
                for (const match of text.matchAll(PLACEHOLDER)) {
                    if (!parameters.has(match[1]!)) {
                        report(ctx.accept, undefinedParameterRule, m.undefinedParameter({ name: match[1]! }), { node, property: property as never, ...(Array.isArray(value(node, property)) ? { index } : {}) });
                    }
                }
            });
        }
    }
}

function value(node: AstNode, property: string): unknown {
    return (node as unknown as Record<string, unknown>)[property];
}

function texts(node: AstNode, property: string): string[] {
    const v = value(node, property);
    return (Array.isArray(v) ? v : [v]).filter((t): t is string => typeof t === 'string');
}
