import { strict as assert } from 'node:assert';
import { InlayHintKind } from 'vscode-languageserver';
import { createLspServices, openWorkspace } from './lsp-services.js';

/**
 * One reading of who holds a role: the code lens and the `unassigned-role` rule must name the
 * same roles, case by case (the reading lives in server/src/workspace/playbook-role-holding.ts).
 */
const PEOPLE = `person alice "Alice" { phone "+48 1" }
person bob "Bob" { phone "+48 2" }
team empty-team "Nobody yet"
rotation empty-rotation "Nobody on call" { covers 24x7 }
rotation sre "SRE" { members alice, bob covers 24x7 }
`;

interface Case {
    name: string;
    org: string;
    playbook: string;
    /** The roles both the lens and the rule must call unassigned, in order of first use. */
    unassigned: string[];
    /** The inlay hint after the first step's owner. */
    hint: string;
}

const CASES: Case[] = [
    {
        name: 'an unused role is not unassigned (nothing relies on it)',
        org: 'role lead\nassign lead to alice',
        playbook: 'playbook p {\n  role scribe "Scribe"\n  phase a {\n    step one owner lead\n  }\n}',
        unassigned: [],
        hint: 'held by alice',
    },
    {
        name: 'a role held only by a team with no members is unassigned',
        org: 'role lead\nassign lead to empty-team',
        playbook: 'playbook p {\n  phase a {\n    step one owner lead\n  }\n}',
        unassigned: ['lead'],
        hint: 'held by empty-team (no members)',
    },
    {
        name: 'a role held only by a rotation with no members is unassigned',
        org: 'role lead\nassign lead to empty-rotation',
        playbook: 'playbook p {\n  phase a {\n    step one owner lead\n  }\n}',
        unassigned: ['lead'],
        hint: 'held by empty-rotation (no members)',
    },
    {
        name: 'a reachable backup does not make up for a holder nobody can answer for',
        org: 'role lead\nassign lead to empty-team backup alice',
        playbook: 'playbook p {\n  phase a {\n    step one owner lead\n  }\n}',
        unassigned: ['lead'],
        hint: 'held by empty-team (no members)',
    },
    {
        name: 'an organisation-level assignment in another file holds the role',
        org: 'role lead\nassign lead to sre',
        playbook: 'playbook p {\n  owner lead\n  phase a {\n    step one owner lead\n  }\n}',
        unassigned: [],
        hint: 'held by sre',
    },
    {
        name: "a playbook-level assignment overrides the organisation's, for worse",
        org: 'role lead\nassign lead to alice',
        playbook: 'playbook p {\n  assign lead to empty-team\n  phase a {\n    step one owner lead\n  }\n}',
        unassigned: ['lead'],
        hint: 'held by empty-team (no members)',
    },
    {
        name: "a playbook-level assignment overrides the organisation's, for better",
        org: 'role lead\nassign lead to empty-rotation',
        playbook: 'playbook p {\n  assign lead to bob\n  phase a {\n    step one owner lead\n  }\n}',
        unassigned: [],
        hint: 'held by bob',
    },
    {
        name: 'a role filled at run time is not unassigned (issue 13: designated by another role)',
        org: 'role lead\nrole scribe "Scribe" { designated by lead }\nassign lead to alice',
        playbook: 'playbook p {\n  phase a {\n    step one owner scribe\n  }\n}',
        unassigned: [],
        hint: 'filled during the incident',
    },
    {
        name: 'a role nobody assigns is unassigned, wherever it is relied on first',
        org: 'role lead\nrole comms',
        playbook: 'playbook p {\n  escalation e {\n    level 1 notify comms\n  }\n  phase a {\n    step one owner lead\n  }\n}',
        unassigned: ['comms', 'lead'],
        hint: 'held by nobody',
    },
];

describe('who holds a role: the code lens and unassigned-role agree', () => {
    for (const c of CASES) {
        it(c.name, async () => {
            const services = createLspServices();
            const { 'p.playbook': playbook } = await openWorkspace(services, { 'org.playbook': PEOPLE + c.org + '\n', 'p.playbook': c.playbook + '\n' }, { validation: true });
            const uri = playbook!.uri.toString();
            const reported = (playbook!.diagnostics ?? [])
                .filter(d => d.code === 'unassigned-role')
                .map(d => (d.data as { name?: string }).name);
            const lenses = await services.lsp.CodeLensProvider!.provideCodeLens(playbook!, { textDocument: { uri } });
            const summary = String(lenses?.[1]?.command?.title);
            const lensNames = /\(([^)]*)\)$/.exec(summary)?.[1]?.split(', ') ?? [];
            assert.deepEqual(reported, c.unassigned, 'unassigned-role');
            assert.deepEqual(lensNames, c.unassigned, `lens: ${summary}`);
            const hints = await services.lsp.InlayHintProvider!.getInlayHints(playbook!, {
                textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
            });
            // The holder hint is the one after the step's owner (escalation hints are types).
            assert.equal(hints?.filter(h => h.kind === InlayHintKind.Parameter).map(h => String(h.label))[0], c.hint);
        });
    }
});
