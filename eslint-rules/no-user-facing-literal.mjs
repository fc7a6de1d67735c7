// ESLint rule: a user-facing sentence lives in a message catalogue (docs/l10n.md), never in code.
//
// What counts as a user-facing literal: a string or template literal in product code whose text
// reads as prose: at least three words of two or more letters, separated by spaces. Identifiers,
// paths, glob patterns, CLI flags, DSL keywords and format ids have no spaces between words, so
// they pass. Not checked: catalogue files (`*messages*.ts`, their translations), import and export
// sources, property keys, string literal types, and the argument of `new Error(...)` (an internal
// error is a bug report for developers; the CLI prefixes it "internal error").
// Snippet bodies (text with `${1:…}` tab stops) are playbook source inserted into the user's
// file, not messages: their placeholder words are selected and overwritten as one tabs through.
// A literal that is text but not for people (a regular expression's source, a generated file's
// fixed header) goes in the rule's `allow` option with the reason beside it.

const PROSE = /[\p{L}]{2,}\s+[\p{L}]{2,}\s+[\p{L}]{2,}/u;

/** @type {import('eslint').Rule.RuleModule} */
export default {
    meta: {
        type: 'problem',
        docs: { description: 'User-facing sentences belong in a message catalogue (docs/l10n.md)' },
        schema: [{
            type: 'object',
            properties: { allow: { type: 'array', items: { type: 'object', properties: { text: { type: 'string' }, reason: { type: 'string' } }, required: ['text', 'reason'] } } },
            additionalProperties: false,
        }],
        messages: { literal: 'User-facing text "{{text}}" belongs in a message catalogue (docs/l10n.md: how to add a message).' },
    },
    create(context) {
        const filename = context.filename.replaceAll('\\', '/');
        if (/messages[^/]*\.ts$/.test(filename) || /\/generated\//.test(filename)) {
            return {};
        }
        const allowed = new Set((context.options[0]?.allow ?? []).map(entry => entry.text));
        const exempt = node => {
            const parent = node.parent;
            if (!parent) {
                return false;
            }
            switch (parent.type) {
                case 'ImportDeclaration': case 'ExportNamedDeclaration': case 'ExportAllDeclaration': case 'ImportExpression':
                case 'TSLiteralType': case 'TSExternalModuleReference':
                    return true;
                case 'Property': case 'PropertyDefinition': case 'MethodDefinition':
                    return parent.key === node && !parent.computed;
                case 'NewExpression':
                    return parent.callee.type === 'Identifier' && /Error$/.test(parent.callee.name);
                default:
                    return false;
            }
        };
        const check = (node, text) => {
            if (PROSE.test(text) && !/\$\{\d+:/.test(text) && !allowed.has(text) && !exempt(node)) {
                context.report({ node, messageId: 'literal', data: { text: text.length > 60 ? `${text.slice(0, 57)}...` : text } });
            }
        };
        return {
            Literal(node) {
                if (typeof node.value === 'string') {
                    check(node, node.value);
                }
            },
            TemplateLiteral(node) {
                check(node, node.quasis.map(quasi => quasi.value.cooked ?? '').join('{}'));
            },
        };
    },
};
