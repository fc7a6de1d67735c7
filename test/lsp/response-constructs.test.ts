import { strict as assert } from 'node:assert';
import type { CompletionList } from 'vscode-languageserver';
import { expectCompletion, expectHover, parseHelper } from 'langium/test';
import { createLspServices, ORGANISATION } from './lsp-services.js';

/** Hover and completion for the constructs of issue 14: measures, criteria, parameters, procedures, sub-teams, communication. */
const PLAYBOOK = `playbook p "P" {
  measure <|>users "Users affected" count
  measure data of public, personal
  param <|>region "Region" text default "eu"
  severity sev1 { declared paging none }
  trigger t { when <|>users > 10 then <|>sev1  activated automatically }
  procedure <|>handover "Shift change" when "The shift ends" { step brief owner commander }
  sub-team <|>cell "Forensics cell" { leader commander  task "Image hosts" }
}`;

describe('issue 14 constructs in the editor', () => {
    const services = createLspServices();
    const hover = expectHover(services);
    const complete = expectCompletion(services);
    before(async () => {
        await parseHelper(services)(ORGANISATION, { documentUri: 'file:///workspace/org.playbook' });
    });

    async function labelsAt(text: string): Promise<string[]> {
        let labels: string[] = [];
        await complete({ text, index: 0, assert: (list: CompletionList) => { labels = list.items.map(i => i.label); }, disposeAfterCheck: true });
        return labels;
    }

    it('hover explains a measure, where it is defined and where a criterion uses it', async () => {
        await hover({ text: PLAYBOOK, index: 0, hover: '**Measure** `users`: Users affected\n\nA count: a whole number from 0.' });
        await hover({ text: PLAYBOOK, index: 2, hover: '**Measure** `users`: Users affected\n\nA count: a whole number from 0.' });
    });

    it('hover explains a parameter, a procedure, a sub-team, and a non-paging declared severity', async () => {
        await hover({ text: PLAYBOOK, index: 1, hover: '**Parameter** `region`: Region\n\nParameter of type text; texts use it as a placeholder in braces.\n\nDefault: eu' });
        await hover({ text: PLAYBOOK, index: 4, hover: '**Procedure** `handover`: Shift change\n\nCan be started at any moment of the incident; 1 step.\n\nWhen: The shift ends' });
        await hover({ text: PLAYBOOK, index: 5, hover: /^\*\*Sub-team\*\* `cell`: Forensics cell\n\n.*\n\nLeader: `commander`\n\nTask: Image hosts$/ });
        await hover({ text: PLAYBOOK, index: 3, hover: /The declarer may pick this level when declaring the incident\.\n\nNon-paging: a ticket, nobody is paged\./ });
    });

    it('hover on a keyword shows its grammar rule\'s documentation', async () => {
        await hover({ text: 'playbook p { severities { <|>only rise } }', index: 0, hover: /^\*\*only\*\*: How the playbook's severity levels behave during an incident/ });
        await hover({ text: 'playbook p { notify customers via c <|>first within 10m }', index: 0, hover: /^\*\*first\*\*: A communication rule: whom to tell/ });
    });

    it('completion offers the measures after "when", and the operators after a measure', async () => {
        const text = 'playbook p {\n  measure users count\n  severity sev1\n  trigger t { when <|> }\n}';
        assert.ok((await labelsAt(text)).includes('users'));
        const ops = await labelsAt('playbook p {\n  measure users count\n  trigger t { when users <|> }\n}');
        assert.deepEqual(['<', '<=', '>', '>=', 'is'].filter(o => ops.includes(o)), ['<', '<=', '>', '>=', 'is']);
    });

    it('completion after "notify" offers built-in audiences and named recipients, and the new clauses after a rule', async () => {
        const text = 'audience police "Police"\nplaybook p {\n  channel c chat "#c" owner commander\n  notify <|>\n}';
        const labels = await labelsAt(text);
        for (const expected of ['customers', 'regulators', 'police', 'commander']) assert.ok(labels.includes(expected), expected);
        const clauses = await labelsAt('playbook p {\n  channel c chat "#c" owner commander\n  notify customers via c <|>\n}');
        for (const expected of ['first', 'after', 'when', 'paging', 'every', 'approved']) assert.ok(clauses.includes(expected), expected);
    });
});
