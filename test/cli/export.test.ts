import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { parse as parseYaml } from 'yaml';
import { isDocument, isPlaybook, type Document } from '../../server/src/language/generated/ast.js';
import { createPlaybookServices } from '../../server/src/language/playbook-module.js';
import { toPlaybookModel } from '../../server/src/model/playbook-model.js';
import { roleHoldersOf } from '../../server/src/workspace/playbook-role-holders.js';
import type { PlaybookModel } from '../../protocol/src/playbook-model-types.js';
import { playbook, root, tempFolder } from './run-cli.js';

const SAMPLE = 'samples/playbooks/data-breach.playbook';

/** The model of a sample as the language builds it in-process: the file and the org files it imports. */
async function expectedModel(file: string): Promise<PlaybookModel> {
    const { shared } = createPlaybookServices(EmptyFileSystem);
    const files = [file, 'samples/org/people.playbook', 'samples/org/teams.playbook', 'samples/org/roles.playbook'];
    const documents = files.map(f => {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(readFileSync(path.join(root, f), 'utf8'), URI.file(path.join(root, f)));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: false });
    const rootNode = documents[0]!.parseResult.value;
    const found = isDocument(rootNode) ? rootNode.elements.find(isPlaybook) : undefined;
    assert.ok(found);
    return JSON.parse(JSON.stringify(toPlaybookModel(found, roleHoldersOf(shared)))) as PlaybookModel;
}

describe('playbook export (process)', () => {
    it('json: the resolved model, as toPlaybookModel builds it', async () => {
        const result = playbook(['export', SAMPLE, '--format', 'json']);
        assert.equal(result.status, 0, result.stderr);
        const exported = JSON.parse(result.stdout) as PlaybookModel;
        assert.deepEqual(exported, await expectedModel(SAMPLE));
        assert.equal(exported.name, 'data-breach');
        assert.ok(exported.roles.some(r => r.name === 'commander' && r.holders.length > 0), 'roles carry their holders');
    });

    it('yaml: parses back to the same object as the json', () => {
        const json = JSON.parse(playbook(['export', SAMPLE, '--format', 'json']).stdout) as unknown;
        const yaml = playbook(['export', SAMPLE, '--format', 'yaml']);
        assert.equal(yaml.status, 0, yaml.stderr);
        assert.deepEqual(parseYaml(yaml.stdout), json);
    });

    it('markdown: a readable document with the roles, severities, escalation and steps', async () => {
        const result = playbook(['export', SAMPLE, '--format', 'markdown']);
        assert.equal(result.status, 0, result.stderr);
        const model = await expectedModel(SAMPLE);
        const text = result.stdout;
        assert.ok(text.includes(`# ${model.title} (\`${model.name}\`)`), text.slice(0, 300));
        for (const heading of ['## Roles', '## Severities', '## Triggers', '## Escalation paths', '## Channels', '## Communication plan', '## Steps']) {
            assert.ok(text.includes(`\n${heading}\n`), heading);
        }
        assert.match(text, /\| Role \| Title \| Section \| Critical \| Held by \| Backups \| Assigned in \|/);
        const firstStep = model.phases[0]!.items[0]!;
        assert.ok(text.includes(`1. **`) && text.includes(`(\`${firstStep.name}\`)`), 'the steps are numbered with their names');
        const firstCheck = model.phases.flatMap(p => p.items).flatMap(i => i.kind === 'step' ? i.checks : [])[0];
        if (firstCheck) {
            assert.ok(text.includes(`- [ ] `), 'checks are checkboxes');
        }
    });

    it('html: the standalone runner page, carrying the same model, self-contained and offline', () => {
        // Run from elsewhere: the page must not depend on files found from the working directory.
        const result = playbook(['export', path.join(root, SAMPLE), '--format', 'html'], { cwd: tempFolder({}) });
        assert.equal(result.status, 0, result.stderr);
        const html = result.stdout;
        assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
        assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+'/);
        const data = /<script type="application\/json" id="playbook-model">(.*?)<\/script>/s.exec(html);
        assert.ok(data, 'the model is embedded as data');
        const json = JSON.parse(playbook(['export', SAMPLE, '--format', 'json']).stdout) as unknown;
        assert.deepEqual(JSON.parse(data[1]!), json);
        assert.ok(!/<script[^>]+src=|<link /.test(html), 'nothing is loaded from elsewhere');
        assert.match(html, /<script>[^<]{1000,}/, 'the runner script is inline');
    });

    it('-o writes the export to a file', () => {
        const dir = tempFolder({});
        const out = path.join(dir, 'out/model.yaml');
        const result = playbook(['export', SAMPLE, '--format', 'yaml', '-o', out]);
        assert.equal(result.status, 0, result.stderr);
        assert.equal(result.stdout, '');
        assert.equal((parseYaml(readFileSync(out, 'utf8')) as PlaybookModel).name, 'data-breach');
    });

    it('escapes playbook prose in markdown', () => {
        const dir = tempFolder({ 'p.playbook': 'playbook p "Use <b>bold</b> | pipes" {\n  description "A *starred* line"\n}\n' });
        const result = playbook(['export', 'p.playbook', '--format', 'markdown'], { cwd: dir });
        assert.equal(result.status, 0, result.stderr);
        assert.ok(result.stdout.includes('# Use \\<b\\>bold\\</b\\> \\| pipes (`p`)'), result.stdout);
        assert.ok(result.stdout.includes('A \\*starred\\* line'));
    });

    it('refuses a file with errors, a file without a playbook, and usage mistakes', () => {
        const dir = tempFolder({ 'org.playbook': 'person a "A" { phone "1" }\n', 'two.playbook': 'playbook a "A" {\n}\nplaybook b "B" {\n}\n' });
        const errors = playbook(['export', 'samples/invalid/invalid-date.playbook', '--format', 'json']);
        assert.equal(errors.status, 1);
        assert.match(errors.stderr, /invalid-date\.playbook: the playbook has 1 error; run "playbook check/);
        assert.equal(playbook(['export', 'org.playbook', '-f', 'json'], { cwd: dir }).stderr, 'org.playbook: the file holds no playbook to export\n');
        const two = playbook(['export', 'two.playbook', '-f', 'json'], { cwd: dir });
        assert.equal(two.status, 2);
        assert.equal(two.stderr, 'two.playbook: the file holds several playbooks (a, b); choose one with --playbook NAME\n');
        assert.equal(JSON.parse(playbook(['export', 'two.playbook', '-f', 'json', '--playbook', 'b'], { cwd: dir }).stdout).name, 'b');
        assert.equal(playbook(['export', SAMPLE]).status, 2);
        assert.equal(playbook(['export', SAMPLE, '--format', 'pdf']).status, 2);
        assert.equal(playbook(['export', '--format', 'json']).status, 2);
        assert.equal(playbook(['export', 'missing.playbook', '--format', 'json']).stderr, 'missing.playbook: no such file or directory\n');
    });
});
