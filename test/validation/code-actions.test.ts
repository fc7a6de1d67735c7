import { strict as assert } from 'node:assert';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { createPlaybookLspServices } from '../../server/src/lsp/playbook-lsp-module.js';
import { formatPlaybookText } from '../../server/src/lsp/format-text.js';

const ORG = `person alice "Alice" { phone "1" }
team ops "Ops" { members alice }
team nobody "Nobody"
role commander "Incident commander" { section command }
role scribe "Scribe"
assign commander to alice backup ops
`;

/** Builds the organisation and one playbook with the LSP services; returns the playbook's document and the fixes for `code`. */
async function fixesFor(text: string, code: string): Promise<{ document: LangiumDocument; actions: CodeAction[] }> {
    const { shared, Playbook } = createPlaybookLspServices(EmptyFileSystem);
    const docs = [['org.playbook', ORG], ['test.playbook', text]].map(([name, content]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(content!, URI.file(`/workspace/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(docs, { validation: true });
    const document = docs[1]!;
    const diagnostics = (document.diagnostics ?? []).filter((d: Diagnostic) => (d.code ?? (d.data as { code?: string })?.code) === code);
    assert.equal(diagnostics.length, 1, `expected one ${code} diagnostic`);
    const actions = await Playbook.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostics[0]!.range, context: { diagnostics },
    });
    return { document, actions: (actions ?? []) as CodeAction[] };
}

const applied: string[] = [];

/** The text after applying one action's edits (remembered, to check below that it is formatted). */
function apply(document: LangiumDocument, action: CodeAction): string {
    const edits = action.edit?.changes?.[document.uri.toString()] ?? [];
    const text = TextDocument.applyEdits(document.textDocument as TextDocument, edits);
    applied.push(text);
    return text;
}

describe('quick fixes', () => {
    it('assign an unassigned role: one action per person, team and rotation with members, after the last assignment', async () => {
        const before = [
            'playbook p {',
            '  role lead',
            '  assign lead to alice',
            '  phase a {',
            '    step s owner scribe',
            '  }',
            '}',
        ].join('\n');
        const { document, actions } = await fixesFor(before, 'unassigned-role');
        assert.deepEqual(actions.map(a => a.title), ['Assign "scribe" to person "alice"', 'Assign "scribe" to team "ops"']);
        assert.equal(apply(document, actions[1]!), [
            'playbook p {',
            '  role lead',
            '  assign lead to alice',
            '  assign scribe to ops',
            '  phase a {',
            '    step s owner scribe',
            '  }',
            '}',
        ].join('\n'));
    });

    it('assign an unassigned role in a playbook with no assignment: at the top of the playbook', async () => {
        const before = 'playbook p {\n    phase a {\n      step s owner scribe\n    }\n}';
        const { document, actions } = await fixesFor(before, 'unassigned-role');
        assert.equal(apply(document, actions[0]!), 'playbook p {\n    assign scribe to alice\n    phase a {\n      step s owner scribe\n    }\n}');
    });

    it('assign a role the organisation relies on: an organisation-wide assignment next to the role', async () => {
        const before = 'role duty-officer "Duty officer"\nchannel hotline phone "+1" owner duty-officer';
        const { document, actions } = await fixesFor(before, 'unassigned-role');
        assert.equal(apply(document, actions[0]!), 'role duty-officer "Duty officer"\nassign duty-officer to alice\nchannel hotline phone "+1" owner duty-officer');
    });

    it('create an escalation path for a trigger, inside its block', async () => {
        const before = 'playbook p {\n  severity sev1\n  trigger alert {\n    otherwise sev1\n    activated by commander\n  }\n}';
        const { document, actions } = await fixesFor(before, 'missing-escalation');
        assert.equal(apply(document, actions[0]!), [
            'playbook p {',
            '  severity sev1',
            '  trigger alert {',
            '    otherwise sev1',
            '    activated by commander',
            '    escalation alert-escalation',
            '  }',
            '  escalation alert-escalation {',
            '    level 1 notify commander',
            '  }',
            '}',
        ].join('\n'));
    });

    it('create an escalation path skeleton and link it from the severity', async () => {
        const before = [
            'playbook p {',
            '  severity sev1 "Down" {',
            '    respond within 5m',
            '  }',
            '  severity sev2',
            '}',
        ].join('\n');
        const { document, actions } = await fixesFor(before.replace('  severity sev2\n', ''), 'missing-escalation');
        assert.deepEqual(actions.map(a => a.title), ['Create escalation path "sev1-escalation" and link it']);
        assert.equal(apply(document, actions[0]!), [
            'playbook p {',
            '  severity sev1 "Down" {',
            '    respond within 5m',
            '    escalation sev1-escalation',
            '  }',
            '  escalation sev1-escalation {',
            '    level 1 notify commander',
            '  }',
            '}',
        ].join('\n'));
    });

    it('create an escalation path for a severity written without a block', async () => {
        const { document, actions } = await fixesFor('playbook p {\n  owner alice\n  severity sev1 "Down"\n}', 'missing-escalation');
        assert.equal(apply(document, actions[0]!), [
            'playbook p {',
            '  owner alice',
            '  severity sev1 "Down" {',
            '    escalation sev1-escalation',
            '  }',
            '  escalation sev1-escalation {',
            '    level 1 notify alice',
            '  }',
            '}',
        ].join('\n'));
    });

    it('add an owner to a channel, the commander first', async () => {
        const { document, actions } = await fixesFor('playbook p {\n  channel room chat "#r"\n  notify responders via room on start\n}', 'channel-owner');
        assert.deepEqual(actions.map(a => a.title), ['Make "commander" the owner of this channel', 'Make "scribe" the owner of this channel']);
        assert.equal(apply(document, actions[0]!), 'playbook p {\n  channel room chat "#r" owner commander\n  notify responders via room on start\n}');
    });

    it('create a missing definition for an unresolved reference', async () => {
        const role = await fixesFor('playbook p {\n  channel room chat "#r" owner duty-officer\n}', 'linking-error');
        assert.deepEqual(role.actions.map(a => a.title), ['Create role "duty-officer"']);
        assert.equal(apply(role.document, role.actions[0]!), 'playbook p {\n  channel room chat "#r" owner duty-officer\n  role duty-officer "duty-officer"\n}');
        const step = await fixesFor('playbook p {\n  phase a {\n    step one after zero\n  }\n}', 'linking-error');
        assert.equal(apply(step.document, step.actions[0]!), 'playbook p {\n  phase a {\n    step one after zero\n    step zero "zero"\n  }\n}');
    });

    it('remove an unused definition with its assignments', async () => {
        const before = 'playbook p {\n  role clerk "Clerk"\n  assign clerk to alice\n  phase a {\n    step s owner commander\n  }\n}';
        const { document, actions } = await fixesFor(before, 'unused-definition');
        assert.deepEqual(actions.map(a => a.title), ['Remove the unused role "clerk"']);
        assert.equal(apply(document, actions[0]!), 'playbook p {\n  phase a {\n    step s owner commander\n  }\n}');
    });

    it('leave every file in the canonical format (the formatter changes nothing)', async () => {
        assert.ok(applied.length >= 8);
        for (const text of applied.filter(t => !t.includes('    phase a {\n      step'))) {
            // The test texts have no final line break, which the formatter adds.
            assert.equal(await formatPlaybookText(`${text}\n`), `${text}\n`);
        }
    });
});
