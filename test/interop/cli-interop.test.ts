import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run, type CliIo } from '../../cli/src/main.js';
import { root } from '../cli/run-cli.js';
import { referenceErrors, schemaErrors } from './cacao-schema.js';
import { validateFiles } from '../helpers/validation.js';

function recorder(): CliIo & { stdout: string[]; stderr: string[] } {
    const stdout: string[] = [];
    const stderr: string[] = [];
    return { stdout, stderr, out: t => stdout.push(t), err: t => stderr.push(t), cwd: root, env: {}, stdoutIsTTY: false };
}

const OUTAGE = path.join('samples', 'playbooks', 'service-outage.playbook');

describe('playbook export --format cacao|mermaid|ics and playbook import cacao', () => {
    it('exports CACAO the schemas accept, and imports it back into a playbook that parses and links', async () => {
        const io = recorder();
        assert.equal(await run(['export', OUTAGE, '--format', 'cacao'], io), 0, io.stderr.join('\n'));
        const cacao = JSON.parse(io.stdout.join('\n'));
        assert.deepEqual(schemaErrors(cacao), []);
        assert.deepEqual(referenceErrors(cacao), []);
        const dir = mkdtempSync(path.join(tmpdir(), 'cacao-'));
        const json = path.join(dir, 'outage.json');
        writeFileSync(json, JSON.stringify(cacao));
        const back = recorder();
        assert.equal(await run(['import', 'cacao', json, '-o', path.join(dir, 'outage.playbook')], back), 0, back.stderr.join('\n'));
        const text = readFileSync(path.join(dir, 'outage.playbook'), 'utf8');
        assert.match(text, /^\/\/ Imported from CACAO 2\.0 \(outage\.json\) by playbook import /);
        assert.match(text, /\n {4}step acknowledge "Acknowledge the page and join the war room" owner tech-lead within 5m \{\n/);
        const [document] = await validateFiles({ 'outage.playbook': text });
        const broken = (document!.diagnostics ?? []).filter(d => /^(parsing|lexing|linking)-error$/.test(String(d.code)));
        assert.deepEqual(broken, []);
    });

    it('says where a file is not CACAO, and what is not JSON', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'cacao-'));
        writeFileSync(path.join(dir, 'bad.json'), '{"type": "playbook", "workflow": {}, "workflow_start": "start--1"}');
        writeFileSync(path.join(dir, 'not.json'), '{ nope');
        const io = recorder();
        assert.equal(await run(['import', 'cacao', path.join(dir, 'bad.json')], io), 2);
        assert.match(io.stderr[0]!, /bad\.json: at \/workflow_start: names no step of the workflow: "start--1"$/);
        const io2 = recorder();
        assert.equal(await run(['import', 'cacao', path.join(dir, 'not.json')], io2), 2);
        assert.match(io2.stderr[0]!, /not\.json: not JSON: /);
        const io3 = recorder();
        assert.equal(await run(['import', 'cacoa', path.join(dir, 'not.json')], io3), 2);
        assert.match(io3.stderr[0]!, /cacao/);
    });

    it('exports Mermaid as fenced blocks: the flow, then one timeline per escalation path', async () => {
        const io = recorder();
        assert.equal(await run(['export', OUTAGE, '--format', 'mermaid'], io), 0);
        const text = io.stdout.join('\n');
        assert.equal(text.match(/```mermaid\n/g)?.length, 2);
        assert.match(text, /^```mermaid\nflowchart TD\n/);
        assert.match(text, /```mermaid\ntimeline\n {2}title On-call, then management\n {2}0m : level 1 : /);
    });

    it('exports the on-call calendar for the weeks asked, and refuses options it cannot use', async () => {
        const io = recorder();
        assert.equal(await run(['export', OUTAGE, '--format', 'ics', '--from', '2026-10-05', '--weeks', '2'], io), 0, io.stderr.join('\n'));
        const feed = io.stdout.join('\n');
        assert.match(feed, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
        assert.match(feed, /DTSTART:20261005T000000Z/);
        const bad = recorder();
        assert.equal(await run(['export', OUTAGE, '--format', 'ics', '--weeks', 'two'], bad), 2);
        assert.equal(bad.stderr[0], '--weeks needs a whole number of weeks from 1 to 104, not "two".');
        const misplaced = recorder();
        assert.equal(await run(['export', OUTAGE, '--format', 'json', '--from', '2026-10-05'], misplaced), 2);
        assert.equal(misplaced.stderr[0], '--from applies to --format ics only.');
    });
});

describe('playbook import pagerduty', () => {
    it('writes an organisation file that playbook check passes', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'pd-'));
        const out = path.join(dir, 'pagerduty.playbook');
        const io = recorder();
        assert.equal(await run(['import', 'pagerduty', 'test/fixtures/pagerduty/api-examples-export.json', '-o', out], io), 0, io.stderr.join('\n'));
        assert.match(readFileSync(out, 'utf8'), /^\/\/ Imported from PagerDuty \(api-examples-export\.json\)/);
        const check = recorder();
        assert.equal(await run(['check', out, '--format', 'json'], check), 0, check.stdout.join('\n'));
    });
});
