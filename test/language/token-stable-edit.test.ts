import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { AstNode, Reference } from 'langium';
import { dumpTree } from '../../fuzz/playbook-fuzz-ast-dump.js';
import { applyTokenStableEdit } from '../../server/src/language/playbook-token-stable-edit.js';
import { treeRevision } from '../../server/src/language/playbook-tree-revision.js';
import { createServices } from '../helpers/services.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples/playbooks');

describe('an edit of strings, names, comments and spacing applied to the tree in place', () => {
    const { Playbook } = createServices();
    const parse = (text: string) => Playbook.parser.LangiumParser.parse(text);

    /** Applies the edit in place and checks the tree is what a parse of the new text gives. */
    function assertSameAsParse(oldText: string, newText: string): void {
        const patched = parse(oldText);
        // Read every range first, as validation of the old text did: ranges cached then must move too.
        dumpTree(patched.value);
        assert.equal(applyTokenStableEdit(Playbook, patched, newText), true, 'the edit is applied in place');
        assert.equal(patched.value.$cstNode?.root.fullText, newText);
        assert.deepEqual(dumpTree(patched.value), dumpTree(parse(newText).value));
        assert.equal(treeRevision(patched.value), 1, 'the tree has a new revision');
    }

    const samples = readdirSync(SAMPLES).filter(name => name.endsWith('.playbook'));
    for (const name of samples) {
        const text = readFileSync(path.join(SAMPLES, name), 'utf8');
        it(`gives the tree a parse gives, in ${name}: strings retyped, a comment written, lines added and indented`, () => {
            const strings = [...text.matchAll(/"(?:\\.|[^"\\\r\n])*"/g)];
            assert.ok(strings.length > 3, 'the sample has strings to edit');
            // The first string longer, one in the middle emptied, the last one on a longer line.
            const first = strings[0]!, middle = strings[Math.floor(strings.length / 2)]!, last = strings.at(-1)!;
            let edited = text.slice(0, last.index + 1) + 'appended: ' + text.slice(last.index + 1);
            edited = edited.slice(0, middle.index) + '""' + edited.slice(middle.index + middle[0].length);
            edited = edited.slice(0, first.index + 1) + 'a \\"quoted\\" start — 開始 ' + edited.slice(first.index + 1);
            assertSameAsParse(text, edited);
            const comment = text.indexOf('//');
            if (comment >= 0) {
                assertSameAsParse(text, `${text.slice(0, comment + 2)} more words${text.slice(comment + 2)}`);
            }
            const line = text.indexOf('\n', text.length / 2);
            assertSameAsParse(text, `${text.slice(0, line)}\n\n    ${text.slice(line)}`);
        });
    }

    it('changes the value of a string in a list, and leaves the other values alone', () => {
        const text = 'role scribe "Scribe" {\n  duty "Keep the log"\n  duty "Time the updates"\n}\n';
        assertSameAsParse(text, text.replace('Time the updates', 'Time every update'));
        const patched = parse(text);
        applyTokenStableEdit(Playbook, patched, text.replace('Keep the log', 'Keep the timeline'));
        const role = (patched.value as unknown as { elements: Array<{ duties: string[] }> }).elements[0]!;
        assert.deepEqual(role.duties, ['Keep the timeline', 'Time the updates']);
    });

    it('renames a definition and its uses: names, single references and lists of references', () => {
        const text = 'team ops "Ops" { members alice, bob }\nplaybook p "P" {\n  owner lead\n  phase a {\n    step one "One" owner lead\n    step two "Two" owner lead after one\n  }\n}\n';
        const renamed = text.replace('step one', 'step uno').replace('after one', 'after uno').replace('members alice', 'members alicja').replaceAll('lead', 'captain');
        assertSameAsParse(text, renamed);
        const patched = parse(text);
        applyTokenStableEdit(Playbook, patched, renamed);
        const [team, playbook] = (patched.value as unknown as { elements: AstNode[] }).elements as unknown as [
            { members: Reference[] }, { owner: Reference; elements: Array<{ items: Array<{ name: string }> }> },
        ];
        assert.deepEqual(team.members.map(member => member.$refText), ['alicja', 'bob']);
        assert.equal(playbook.owner.$refText, 'captain');
        assert.equal(playbook.elements[0]!.items.map(step => step.name).join(' '), 'uno two');
    });

    const refused: Array<[string, string, string]> = [
        ['a name becoming a keyword', 'playbook p "P" { phase a { step one "One" } }\n', 'playbook p "P" { phase a { step review "One" } }\n'],
        ['a keyword added', 'role scribe "Scribe"\n', 'role scribe "Scribe" { duty "Log" }\n'],
        ['a string added', 'playbook p { owner lead }\n', 'playbook p "P" { owner lead }\n'],
        ['a comment added', 'role scribe "Scribe"\n', '// new\nrole scribe "Scribe"\n'],
        ['a string left open', 'role scribe "Scribe"\n', 'role scribe "Scribe\n'],
        ['a duration', 'playbook p "P" { phase a { step s "S" within 10m } }\n', 'playbook p "P" { phase a { step s "S" within 15m } }\n'],
    ];
    for (const [what, oldText, newText] of refused) {
        it(`refuses ${what}, changing nothing`, () => {
            const result = parse(oldText);
            const before = dumpTree(result.value);
            assert.equal(applyTokenStableEdit(Playbook, result, newText), false);
            assert.deepEqual(dumpTree(result.value), before);
            assert.equal(treeRevision(result.value), 0);
        });
    }

    it('refuses a tree parsed with errors (its shape is the recovery\'s, not the grammar\'s)', () => {
        const result = parse('playbook p "P" { phase a { step } }\n');
        assert.ok(result.parserErrors.length > 0);
        assert.equal(applyTokenStableEdit(Playbook, result, 'playbook p "Q" { phase a { step } }\n'), false);
    });
});
