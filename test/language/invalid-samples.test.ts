import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/validation/playbook-code-catalogue.js';
import { buildWorkspace, describeDiagnostics } from '../helpers/services.js';

const invalid = path.resolve(import.meta.dirname, '../../samples/invalid');
const org = path.resolve(import.meta.dirname, '../../samples/org');

/**
 * The diagnostic each syntax or linking sample must show, with its position. Rule samples
 * (named after a rule id) are checked by the validation tests.
 */
const expected: Record<string, string> = {
    'parse-error.playbook': '4:18 parsing-error Expected "}" but found "Confirm".',
    'missing-brace.playbook': '5:2 parsing-error Expected "}" but found the end of the file.',
    'unexpected-character.playbook': '3:16 lexing-error Unexpected character ";". Names use letters, digits, "_" and "-"; prose belongs in "double quotes".',
    'unresolved-reference.playbook': '4:44 linking-error No role named "night-watch" is defined here or in the organisation files. Check the spelling, or define it.',
    'unresolved-import.playbook': '2:8 unresolved-import Cannot find the imported file "../org/nobody-here.playbook". Check the path: it is relative to this file.',
    'invalid-date.playbook': '3:12 invalid-date "2026-02-30" is not a calendar date. Write dates as YYYY-MM-DD, for example 2026-10-01.',
};

describe('invalid samples', () => {
    for (const [file, diagnostic] of Object.entries(expected)) {
        it(`${file} shows its one problem`, async () => {
            const files: Record<string, string> = { [`invalid/${file}`]: readFileSync(path.join(invalid, file), 'utf8') };
            for (const orgFile of readdirSync(org)) {
                files[`org/${orgFile}`] = readFileSync(path.join(org, orgFile), 'utf8');
            }
            const [document] = await buildWorkspace(files);
            assert.deepEqual(describeDiagnostics(document!), [diagnostic]);
        });
    }

    it('every sample not named after a rule is listed above', () => {
        const ruleSamples = new Set(RULES.map(r => `${r.id}.playbook`));
        const unlisted = readdirSync(invalid).filter(f => !ruleSamples.has(f) && !Object.hasOwn(expected, f));
        assert.deepEqual(unlisted, []);
    });
});
