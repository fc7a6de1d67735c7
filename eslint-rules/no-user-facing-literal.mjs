import { readFileSync } from 'node:fs';

// ESLint rule: a user-facing text lives in a message catalogue (docs/l10n.md), never in code.
//
// Two ways a literal is user-facing (docs/l10n.md, "Lint"):
// 1. Anywhere, a string or template literal whose text reads as words: two or more words of two
//    or more letters separated by white space ("Run playbook", "Nobody holds the role").
//    Identifiers, paths, globs, CLI flags, keywords, ids and CSS classes have no spaces between
//    words, so they pass.
// 2. Where the text goes straight to a person, any literal holding a word of two or more letters,
//    one word included ("Run", "Done"): the text arguments of VS Code's `window.showXxxMessage`,
//    `showInputBox`, `showQuickPick`, `setStatusBarMessage`, `createOutputChannel` and
//    `createWebviewPanel` (its title); a `label`, `title`, `description`, `detail`, `tooltip`,
//    `placeholder`, `placeHolder`, `prompt` or `message` property; an assignment to a DOM
//    node's `textContent`, `innerText`, `title`, `placeholder`, `alt` or `ariaLabel`;
//    `setAttribute('title' | 'placeholder' | 'alt' | 'aria-label' | 'aria-description', …)`;
//    `document.createTextNode(…)`; and the argument of a thrown error of the product's own error
//    classes (`new XxxError(…)` other than JavaScript's built-in ones), whose message the CLI
//    and the extension show.
//
// Not user-facing (the allow-list, kept small; each entry says why):
// - by place: catalogue files (`*messages*.ts`, `*-strings*.ts` and their translations),
//   generated code, import and export sources, property keys, string literal types, the
//   argument of a built-in `new Error(…)`/`TypeError`/`RangeError` (an internal error is a bug
//   report for developers; the CLI prefixes it "internal error"), class lists (`classList.add`,
//   `className`: CSS classes), and log lines (`console.*`, `connection.console.*`, an output
//   channel's `appendLine`: logs for developers, read in English with the stack traces);
// - markup: HTML and XML tags with their attributes (`<meta name="color-scheme" …>`, JUnit's
//   `<testcase classname="playbook" …>`); the text between tags is still checked;
// - playbook source: a text made only of the language's keywords (read from
//   grammar/playbook.langium) and placeholders, such as `respond within ${…}` written by a quick fix;
// - by shape, in the places of way 2: a text that is an id or keyword, one lower-case token
//   with optional `.`, `-`, `_`, `/` or `:` separators (`playbook.run`, `unassigned-role`,
//   `escalation`); the language's keywords are the same in every locale;
// - snippet bodies (text with `${1:…}` tab stops): playbook source inserted into the user's
//   file, not messages;
// - by text, the rule's `allow` option in eslint.config.mjs: each entry a text with its reason.

const WORDS = /[\p{L}]{2,}\s+[\p{L}]{2,}/u;
const WORD = /[\p{L}]{2,}/u;
const ID_OR_KEYWORD = /^[\p{Ll}\d._\-/:{}]+$/u;
/** An HTML or XML tag with its attributes: markup, not text (the text between tags is still checked). */
const TAG = /<[!?/]?[A-Za-z][^<>]*(>|$)/g;

/** The language's keywords, read from its grammar: playbook source written by code (`respond within 15m`) is the same in every locale. */
const KEYWORDS = new Set([...readFileSync(new URL('../grammar/playbook.langium', import.meta.url), 'utf8').matchAll(/'([a-z][a-z-]*)'/g)].map(match => match[1]));

/** A text made only of keywords and placeholders (`{}` where a template has an expression). */
function isPlaybookSource(text) {
    const tokens = text.replace(/\{[^{}]*\}/g, ' ').split(/[\s()"',;]+/).filter(token => token !== '');
    return tokens.length > 0 && tokens.every(token => KEYWORDS.has(token) || !/\p{L}{2,}/u.test(token));
}

const SHOW_CALLS = /^(show(Information|Warning|Error)Message|showInputBox|showQuickPick|setStatusBarMessage|createOutputChannel|createWebviewPanel)$/;
const TEXT_PROPERTIES = new Set(['label', 'title', 'description', 'detail', 'tooltip', 'placeholder', 'placeHolder', 'prompt', 'message']);
const DOM_TEXT_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'placeholder', 'alt', 'ariaLabel']);
const TEXT_ATTRIBUTES = new Set(['title', 'placeholder', 'alt', 'aria-label', 'aria-description']);
const BUILT_IN_ERRORS = new Set(['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError']);
const LOG_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'appendLine']);

function memberName(node) {
    if (node?.type !== 'MemberExpression') return undefined;
    if (!node.computed && node.property.type === 'Identifier') return node.property.name;
    if (node.property.type === 'Literal' && typeof node.property.value === 'string') return node.property.value;
    return undefined;
}

function calleeName(call) {
    return call.callee.type === 'Identifier' ? call.callee.name : memberName(call.callee);
}

/** The expression the literal stands for: through `a ? 'x' : 'y'`, `a ?? 'x'`, `a || 'x'` and `'x' as T`. */
function valueOf(node) {
    let current = node;
    while (current.parent && (current.parent.type === 'ConditionalExpression' && current.parent.test !== current
        || current.parent.type === 'LogicalExpression'
        || current.parent.type === 'TSAsExpression' || current.parent.type === 'TSSatisfiesExpression' || current.parent.type === 'TSNonNullExpression')) {
        current = current.parent;
    }
    return current;
}

/** `console.log(…)`, `connection.console.info(…)`, `channel.appendLine(…)`: a log line. */
function isLogCall(call) {
    const method = memberName(call.callee);
    if (!method || !LOG_METHODS.has(method)) return false;
    const object = call.callee.object;
    return method === 'appendLine' || (object.type === 'Identifier' && object.name === 'console') || memberName(object) === 'console';
}

/** Whether `node`, a literal, is exempt by its place (see the header). */
function exemptByPlace(node) {
    const parent = node.parent;
    if (!parent) return false;
    switch (parent.type) {
        case 'ImportDeclaration': case 'ExportNamedDeclaration': case 'ExportAllDeclaration': case 'ImportExpression':
        case 'TSLiteralType': case 'TSExternalModuleReference': case 'TSEnumMember':
            return true;
        case 'Property': case 'PropertyDefinition': case 'MethodDefinition':
            if (parent.key === node && !parent.computed) return true;
            break;
        default:
            break;
    }
    const value = valueOf(node);
    const holder = value.parent;
    switch (holder?.type) {
        case 'Property':
            // `{ class: 'card problem' }`: CSS classes of the runner's DOM helper.
            if (holder.value === value && !holder.computed && ['class', 'className'].includes(holder.key.type === 'Identifier' ? holder.key.name : holder.key.value)) return true;
            break;
        default:
            break;
    }
    if (holder?.type === 'NewExpression' && holder.callee.type === 'Identifier' && BUILT_IN_ERRORS.has(holder.callee.name)) return true;
    if (holder?.type === 'CallExpression' && holder.arguments.includes(value)) {
        const method = memberName(holder.callee);
        if (isLogCall(holder)) return true;
        if (method && /^(add|remove|toggle|contains|replace)$/.test(method) && memberName(holder.callee.object) === 'classList') return true;
    }
    if (holder?.type === 'AssignmentExpression' && holder.right === value && memberName(holder.left) === 'className') return true;
    return false;
}

/** Whether the literal's text goes straight to a person (way 2 of the header). */
function inTextPlace(node) {
    const value = valueOf(node);
    const holder = value.parent;
    if (!holder) return false;
    if (holder.type === 'CallExpression' && holder.arguments.includes(value)) {
        const name = calleeName(holder);
        if (name && SHOW_CALLS.test(name)) {
            // createWebviewPanel(viewType, title, …): only the title is text.
            return name !== 'createWebviewPanel' || holder.arguments.indexOf(value) === 1;
        }
        if (name === 'createTextNode') return true;
        if (name === 'setAttribute' && holder.arguments.indexOf(value) === 1) {
            const attribute = holder.arguments[0];
            return attribute.type === 'Literal' && TEXT_ATTRIBUTES.has(attribute.value);
        }
        return false;
    }
    if (holder.type === 'NewExpression' && holder.arguments.includes(value)) {
        return holder.callee.type === 'Identifier' && /Error$/.test(holder.callee.name) && !BUILT_IN_ERRORS.has(holder.callee.name);
    }
    if (holder.type === 'Property' && holder.value === value && !holder.computed) {
        const key = holder.key.type === 'Identifier' ? holder.key.name : holder.key.value;
        return TEXT_PROPERTIES.has(key);
    }
    if (holder.type === 'AssignmentExpression' && holder.right === value) {
        const name = memberName(holder.left);
        return name !== undefined && (DOM_TEXT_PROPERTIES.has(name) || TEXT_PROPERTIES.has(name));
    }
    return false;
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
    meta: {
        type: 'problem',
        docs: { description: 'User-facing texts belong in a message catalogue (docs/l10n.md)' },
        schema: [{
            type: 'object',
            properties: { allow: { type: 'array', items: { type: 'object', properties: { text: { type: 'string' }, reason: { type: 'string' } }, required: ['text', 'reason'], additionalProperties: false } } },
            additionalProperties: false,
        }],
        messages: { literal: 'User-facing text "{{text}}" belongs in a message catalogue (docs/l10n.md: how to add a message).' },
    },
    create(context) {
        const filename = context.filename.replaceAll('\\', '/');
        if (/(messages[^/]*|-strings[^/]*)\.ts$/.test(filename) || /\/generated\//.test(filename)) {
            return {};
        }
        const allowed = new Set((context.options[0]?.allow ?? []).map(entry => entry.text));
        const check = (node, text) => {
            if (allowed.has(text) || /\$\{\d+:/.test(text) || exemptByPlace(node)) return;
            const prose = text.replace(TAG, ' ');
            if (isPlaybookSource(prose)) return;
            const words = WORDS.test(prose);
            const word = !words && WORD.test(prose) && !ID_OR_KEYWORD.test(prose.trim()) && inTextPlace(node);
            if (words || word) {
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
