/**
 * The CLI as CI runs it, beside the tools a team keeping playbooks as YAML would run in CI:
 * Spectral with cross-reference rules (bench/spectral-ruleset.mjs) and ajv-cli with the shape
 * schema (bench/yaml-baseline.ts). Each tool is a process per run, on the same content: the
 * organisation file and `count` playbook files, ours as `.playbook`, theirs as `.yaml` (a
 * playbook file refers to the organisation with a `$ref`). Run interleaved: ours, Spectral,
 * ajv-cli, ours…
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { stringify as stringifyYaml } from 'yaml';
import { orgToDsl, playbookToDsl, type Org, type PlaybookSpec } from './generate.js';
import { schema } from './yaml-baseline.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const SPECTRAL = path.join(path.dirname(require.resolve('@stoplight/spectral-cli/package.json')), 'dist', 'index.js');
const AJV = path.join(path.dirname(require.resolve('ajv-cli/package.json')), 'dist', 'index.js');

export interface CliPeerTimes {
    ours: number[];
    spectral: number[];
    ajv: number[];
}

/**
 * The shape schema for one file: the organisation file holds `org`, a playbook file holds
 * `playbooks` and `org` as a `$ref` to the organisation file.
 */
function fileSchema(): unknown {
    const copy = JSON.parse(JSON.stringify(schema)) as { required: string[]; properties: Record<string, unknown> };
    copy.required = [];
    copy.properties.org = { anyOf: [copy.properties.org, { type: 'object', properties: { $ref: { type: 'string' } }, required: ['$ref'], additionalProperties: false }] };
    return copy;
}

/** Writes the two workspaces of `count` playbooks; returns their folders and the schema file. */
function writeWorkspaces(org: Org, playbooks: readonly PlaybookSpec[], count: number): { ours: string; yaml: string; schemaFile: string } {
    const base = mkdtempSync(path.join(tmpdir(), `bench-cli-${count}-`));
    const ours = path.join(base, 'playbooks');
    const yaml = path.join(base, 'yaml');
    mkdirSync(ours);
    mkdirSync(yaml);
    writeFileSync(path.join(ours, 'org.playbook'), orgToDsl(org));
    // Strings quoted: ajv-cli's YAML reader (js-yaml 3, YAML 1.1) would read a bare 2026-10-01 as a date.
    const asYaml = (value: unknown) => stringifyYaml(value, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
    writeFileSync(path.join(yaml, 'org.yaml'), asYaml({ org }));
    for (const [i, playbook] of playbooks.slice(0, count).entries()) {
        writeFileSync(path.join(ours, `pb-${i}.playbook`), playbookToDsl(playbook));
        writeFileSync(path.join(yaml, `pb-${i}.yaml`), asYaml({ org: { $ref: './org.yaml#/org' }, playbooks: [playbook] }));
    }
    const schemaFile = path.join(base, 'playbooks.schema.json');
    writeFileSync(schemaFile, JSON.stringify(fileSchema()));
    return { ours, yaml, schemaFile };
}

/** Runs a tool once; throws with its output when it reports a problem on the (valid) content. */
function run(name: string, args: string[], cwd: string): number {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - start;
    if (result.status !== 0) {
        throw new Error(`${name} failed (exit ${result.status}): ${(result.stdout + result.stderr).slice(0, 2000)}`);
    }
    return ms;
}

/** `runs` interleaved runs of the three tools on `count` playbook files (after one warm-up of each). */
export function cliPeerTimes(org: Org, playbooks: readonly PlaybookSpec[], count: number, runs: number): CliPeerTimes {
    const { ours, yaml, schemaFile } = writeWorkspaces(org, playbooks, count);
    const tools = {
        ours: () => run('playbook check', [path.join(ROOT, 'bin', 'playbook.js'), 'check', ours], ours),
        spectral: () => run('spectral', [SPECTRAL, 'lint', '--ruleset', path.join(ROOT, 'bench', 'spectral-ruleset.mjs'), '--fail-severity', 'error', '--quiet', 'pb-*.yaml', 'org.yaml'], yaml),
        ajv: () => run('ajv-cli', [AJV, 'validate', '-s', schemaFile, '-d', '*.yaml', '--all-errors'], yaml),
    };
    const times: CliPeerTimes = { ours: [], spectral: [], ajv: [] };
    for (let i = -1; i < runs; i++) {
        for (const [name, tool] of Object.entries(tools) as Array<[keyof CliPeerTimes, () => number]>) {
            const ms = tool();
            if (i >= 0) times[name].push(ms);
        }
    }
    return times;
}
