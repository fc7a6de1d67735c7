import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import rule from '../../eslint-rules/no-user-facing-literal.mjs';

/**
 * The lint rule that keeps user-facing text in the catalogues (docs/l10n.md, "Lint"): prose of
 * two words anywhere, one word where text goes straight to a person, and the small allow-list of
 * what is not for people (ids, keywords, CSS classes, markup, log lines, built-in errors).
 */
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const reported = (code: string, text: string, filename = 'client/src/x.ts') => ({ code, filename, errors: [{ messageId: 'literal', data: { text } }] });

tester.run('playbook/no-user-facing-literal', rule, {
    valid: [
        // ids, keywords, paths and flags, even where text would go
        { code: `vscode.window.showQuickPick(items, { placeHolder: 'playbook.run' });`, filename: 'client/src/x.ts' },
        { code: `const item = { label: 'unassigned-role' };`, filename: 'server/src/x.ts' },
        { code: `node.title = '/workflow_start';`, filename: 'runner/src/x.ts' },
        // playbook source made of the language's keywords, snippets
        { code: 'const text = `respond within ${d}`;', filename: 'server/src/x.ts' },
        { code: "const body = 'step ${1:name} \"${2:Title}\" { owner ${3:role} }';", filename: 'server/src/x.ts' },
        // CSS classes, markup, log lines, built-in errors, property keys, types, imports
        { code: `h('p', { class: 'card problem' }, text); el.classList.add('pill severity'); el.className = 'owner muted';`, filename: 'runner/src/x.ts' },
        { code: 'const page = `<meta name="color-scheme" content="light dark">`;', filename: 'runner/src/x.ts' },
        { code: `console.warn('the store could not be read'); connection.console.info('server ready now'); channel.appendLine('started the server');`, filename: 'client/src/x.ts' },
        { code: `throw new Error('this cannot happen here');`, filename: 'cli/src/x.ts' },
        { code: `const o = { 'two words': 1 }; type T = 'two words'; import x from 'two words';`, filename: 'cli/src/x.ts' },
        // catalogue files and the allow option
        { code: `export const m = { a: 'Nobody holds the role' };`, filename: 'server/src/messages.ts' },
        { code: `export const m = { a: 'Nobody holds it' };`, filename: 'runner/src/playbook-runner-strings.pl.ts' },
        { code: `const name = 'Incident Playbooks';`, filename: 'client/src/x.ts', options: [{ allow: [{ text: 'Incident Playbooks', reason: 'product name' }] }] },
    ],
    invalid: [
        // two words anywhere, in every component
        reported(`const a = 'Run playbook';`, 'Run playbook', 'server/src/x.ts'),
        reported(`const a = 'two events share an id';`, 'two events share an id', 'runner/src/engine/x.ts'),
        reported('const a = `Held by ${x} people`;', 'Held by {} people', 'cli/src/x.ts'),
        // one word where text goes to a person
        reported(`vscode.window.showInformationMessage('Saved');`, 'Saved'),
        { code: `vscode.window.showErrorMessage(ok ? 'Done' : 'Failed');`, filename: 'client/src/x.ts', errors: [{ messageId: 'literal', data: { text: 'Done' } }, { messageId: 'literal', data: { text: 'Failed' } }] },
        reported(`const pick = { label: 'Run', detail: x };`, 'Run'),
        reported(`node.textContent = 'Overdue';`, 'Overdue', 'runner/src/x.ts'),
        reported(`button.setAttribute('aria-label', 'Close');`, 'Close', 'runner/src/x.ts'),
        reported(`parent.append(document.createTextNode('Done'));`, 'Done', 'runner/src/x.ts'),
        reported(`vscode.window.createWebviewPanel('playbook.runner', 'Runner', column);`, 'Runner'),
        // the product's own errors reach people; text between tags is text
        reported(`throw new CacaoImportError('/', 'Unexpected');`, 'Unexpected', 'interop/src/x.ts'),
        reported('const page = `<h1>Nothing to run</h1>`;', '<h1>Nothing to run</h1>', 'runner/src/x.ts'),
    ],
});
