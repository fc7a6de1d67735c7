import { strict as assert } from 'node:assert';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver';
import { CHOOSE_FIX_COMMAND, type ChooseFixArguments } from '../../protocol/src/playbook-commands.js';
import { formatPlaybookText } from '../../server/src/lsp/format-text.js';
import { createPlaybookLspServices } from '../../server/src/lsp/playbook-lsp-module.js';

/** Eight people, a team and a rotation: more holders than the light bulb shows. */
const ORG = `person ana "Ana" { phone "1" }
person ben "Ben" { phone "2" }
person cleo "Cleo" { phone "3" }
person dev "Dev" { phone "4" }
person eve "Eve" { phone "5" }
person finn "Finn" { phone "6" }
person gus "Gus" { phone "7" }
person hana "Hana" { phone "8" }
team facilities "Facilities" { members gus, hana }
rotation ops-on-call "Ops on-call" { members ana, ben }
role commander "Incident commander" { section command }
role quartermaster "Quartermaster" { section logistics }
assign commander to ana backup ben
assign quartermaster to facilities backup gus
`;

const codeOf = (d: Diagnostic) => String(d.code ?? (d.data as { code?: string } | undefined)?.code);

/** Builds the organisation and a playbook; returns the playbook's document and the services' code-action answer. */
async function actionsFor(text: string, params: { code?: string; only?: string[]; at?: number }) {
    const { shared, Playbook } = createPlaybookLspServices(EmptyFileSystem);
    const docs = [['org.playbook', ORG], ['test.playbook', text]].map(([name, content]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(content!, URI.file(`/workspace/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(docs, { validation: true });
    const document = docs[1]!;
    const diagnostics = (document.diagnostics ?? []).filter(d => params.code === undefined || codeOf(d) === params.code);
    const request: CodeActionParams = {
        textDocument: { uri: document.uri.toString() },
        range: diagnostics[params.at ?? 0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: params.only ? [] : diagnostics.slice(params.at ?? 0, (params.at ?? 0) + 1), ...(params.only ? { only: params.only } : {}) },
    };
    const actions = (await Playbook.lsp.CodeActionProvider!.getCodeActions(document, request) ?? []) as CodeAction[];
    return { document, diagnostics, actions };
}

function apply(document: LangiumDocument, action: CodeAction): string {
    return TextDocument.applyEdits(document.textDocument as TextDocument, action.edit?.changes?.[document.uri.toString()] ?? []);
}

const NIGHT_WATCH = [
    'playbook alarm "Night alarm" {',
    '  owner commander',
    '  role night-watch "Night watch" {',
    '    section logistics',
    '    duty "Walks the building when an alarm fires"',
    '  }',
    '  phase identify {',
    '    step walk "Walk to the alarm" owner night-watch within 15m',
    '  }',
    '}',
    '',
].join('\n');

describe('the unassigned-role quick fix, ranked', () => {
    it('offers five holders ranked by evidence, the holder of a role of the same section first, then "Choose…"', async () => {
        const { actions } = await actionsFor(NIGHT_WATCH, { code: 'unassigned-role' });
        const fixes = actions.filter(a => !a.title.startsWith('Fix all'));
        assert.equal(fixes.length, 6);
        assert.equal(fixes[0]!.title, 'Assign "night-watch" to team "facilities"');
        assert.equal(fixes[0]!.isPreferred, true);
        // Next: gus (backup of the logistics role), then who holds or backs up any role, then the others, in written order.
        assert.deepEqual(fixes.slice(1, 5).map(a => a.title), [
            'Assign "night-watch" to person "gus"', 'Assign "night-watch" to person "ana"', 'Assign "night-watch" to person "ben"',
            'Assign "night-watch" to person "cleo"',
        ]);
        const choose = fixes[5]!;
        assert.equal(choose.title, 'Choose who holds "night-watch"…');
        assert.equal(choose.command?.command, CHOOSE_FIX_COMMAND);
        const choice = choose.command?.arguments?.[0] as ChooseFixArguments;
        assert.deepEqual(choice.items.map(i => i.label), ['dev', 'eve', 'finn', 'hana', 'ops-on-call']);
        assert.equal(choice.items[4]!.description, 'rotation: Ops on-call');
    });

    it('inserts the assignment right after the role\'s definition, formatted', async () => {
        const { document, actions } = await actionsFor(NIGHT_WATCH, { code: 'unassigned-role' });
        const text = apply(document, actions[0]!);
        assert.equal(text, NIGHT_WATCH.replace('    duty "Walks the building when an alarm fires"\n  }\n', '    duty "Walks the building when an alarm fires"\n  }\n  assign night-watch to facilities\n'));
        assert.equal(await formatPlaybookText(text), text);
        // The picker's items carry the same kind of edit.
        const choice = actions[5]!.command?.arguments?.[0] as ChooseFixArguments;
        const hana = apply(document, { title: '', edit: choice.items.find(i => i.label === 'hana')!.edit });
        assert.match(hana, / {2}\}\n {2}assign night-watch to hana\n {2}phase identify/);
    });

    it('ranks first whom the role\'s duties name', async () => {
        const { actions } = await actionsFor(NIGHT_WATCH.replace('when an alarm fires', 'with Eve when an alarm fires'), { code: 'unassigned-role' });
        assert.equal(actions[0]!.title, 'Assign "night-watch" to person "eve"');
    });

    it('prefers no holder when the evidence does not single one out', async () => {
        const { actions } = await actionsFor(NIGHT_WATCH.replace('    section logistics\n', ''), { code: 'unassigned-role' });
        assert.deepEqual(actions.filter(a => a.isPreferred).map(a => a.title), []);
    });
});

describe('fixing all problems of a file', () => {
    const TWO_ROLES = NIGHT_WATCH.replace('  phase identify {', '  role runner "Runner" { section logistics }\n  phase identify {')
        .replace('within 15m\n', 'within 15m\n    step call "Call the runner" owner runner\n');

    it('"Fix all of this kind in the file" assigns every unassigned role at once', async () => {
        const { document, diagnostics, actions } = await actionsFor(TWO_ROLES, { code: 'unassigned-role' });
        assert.equal(diagnostics.length, 2);
        const all = actions.find(a => a.title === 'Fix all "unassigned-role" problems in this file');
        assert.ok(all, actions.map(a => a.title).join(', '));
        const text = apply(document, all);
        assert.match(text, /\n {2}\}\n {2}assign night-watch to facilities\n/);
        assert.match(text, /\n {2}role runner "Runner" \{ section logistics \}\n {2}assign runner to facilities\n/);
    });

    it('a role used twice is marked at both uses, each offering the fix; fixing all writes one assignment', async () => {
        const twice = NIGHT_WATCH.replace('within 15m\n', 'within 15m\n    step report "Report the alarm" owner night-watch\n');
        const { document, diagnostics, actions } = await actionsFor(twice, { code: 'unassigned-role' });
        assert.deepEqual(diagnostics.map(d => d.range.start.line + 1), [8, 9]);
        assert.equal(actions[0]!.title, 'Assign "night-watch" to team "facilities"');
        const atSecond = await actionsFor(twice, { code: 'unassigned-role', at: 1 });
        assert.equal(atSecond.actions[0]!.title, 'Assign "night-watch" to team "facilities"');
        assert.equal(apply(atSecond.document, atSecond.actions[0]!), apply(document, actions[0]!));
        const all = actions.find(a => a.title === 'Fix all "unassigned-role" problems in this file');
        assert.ok(all);
        assert.equal(apply(document, all).match(/assign night-watch to/g)?.length, 1);
        const onSave = await actionsFor(twice, { only: ['source.fixAll'] });
        assert.equal(apply(onSave.document, onSave.actions[0]!).match(/assign night-watch to/g)?.length, 1);
    });

    it('source.fixAll.playbook applies the preferred fix of each auto-fixable problem and never deletes', async () => {
        const withMore = TWO_ROLES.replace('  phase identify {', '  severity sev1 "Worst"\n  role unused-clerk "Clerk"\n  assign unused-clerk to ana\n  phase identify {');
        const { document, actions } = await actionsFor(withMore, { only: ['source.fixAll'] });
        assert.deepEqual(actions.map(a => [a.title, a.kind]), [['Fix all auto-fixable playbook problems', 'source.fixAll.playbook']]);
        const text = apply(document, actions[0]!);
        assert.match(text, /assign night-watch to facilities/);
        assert.match(text, /severity sev1 "Worst" \{\n {4}escalation sev1-escalation\n {2}\}/);
        assert.match(text, /role unused-clerk "Clerk"/, 'the unused role is kept: removing it is never automatic');
        // Asked for quick fixes only, the same request gives no source action.
        const quick = await actionsFor(withMore, { only: ['quickfix'] });
        assert.equal(quick.actions.filter(a => a.kind === 'source.fixAll.playbook').length, 0);
    });
});
