/**
 * `npm run bench [-- --quick]`: the performance benchmark. Builds seeded synthetic workspaces,
 * measures the playbook language beside a YAML + ajv baseline and JSON.parse, prints a table
 * and writes bench/results/latest.json (an array of { name, unit, value }).
 * See docs/performance.md for how to read the results.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { countLines, makeOrg, makePlaybook, orgToDsl, playbookToDsl, rng, singleFile, stressFile, toPlainObject } from './generate.js';
import { buildFiles, median, p95, repeat, startupMs } from './measure.js';
import { latency, workspaceEdits } from './scenarios.js';
import { stringifyYaml, yamlAjvBaseline } from './yaml-baseline.js';

const quick = process.argv.includes('--quick');
const runs = quick ? 3 : 5;
const root = path.resolve(import.meta.dirname, '..');
const results: Array<{ name: string; unit: string; value: number }> = [];
const record = (name: string, unit: string, value: number) => {
    results.push({ name, unit, value: Math.round(value * 100) / 100 });
    console.log(`${name.padEnd(36)} ${String(Math.round(value * 100) / 100).padStart(12)} ${unit}`);
};

console.log(`Incident Playbooks benchmark (${quick ? 'quick' : 'full'}: ${runs} runs, medians; p95 for latencies)`);
console.log(`node ${process.version}, ${new Date().toISOString()}\n`);

record('startup.services_ms', 'ms', startupMs());

// Throughput: full build (parse, link, validate) of single files, beside YAML+ajv and JSON.parse.
const yamlCheck = yamlAjvBaseline();
const throughput: Record<number, number> = {};
for (const size of [1_000, 10_000, 100_000]) {
    const { text, org, playbooks } = singleFile(42, size);
    const lines = countLines(text);
    const times = await repeat(size === 100_000 && quick ? 1 : runs, () => buildFiles({ 'file.playbook': text }), size === 100_000 ? 0 : 1);
    const plain = toPlainObject(org, playbooks);
    const yamlText = stringifyYaml(plain);
    const jsonText = JSON.stringify(plain);
    const yamlTimes = await repeat(runs, () => yamlCheck(yamlText));
    const jsonTimes = await repeat(runs, () => JSON.parse(jsonText));
    const label = `${size / 1000}k`;
    throughput[size] = lines / (median(times) / 1000);
    record(`throughput.${label}.lines_per_s`, 'lines/s', throughput[size]);
    record(`throughput.${label}.build_ms`, 'ms', median(times));
    record(`throughput.${label}.yaml_ajv_ms`, 'ms', median(yamlTimes));
    record(`throughput.${label}.json_parse_ms`, 'ms', median(jsonTimes));
    record(`throughput.${label}.ratio_vs_yaml`, 'x', median(yamlTimes) / median(times));
    record(`throughput.${label}.ratio_vs_json`, 'x', median(times) / median(jsonTimes));
}
record('throughput.100k.ratio_vs_10k', 'x', throughput[100_000]! / throughput[10_000]!);

// Stress: one 30k-line playbook with every name in one scope, against 30k lines of realistic shape.
{
    const stress = stressFile(3, 30_000);
    const realistic = singleFile(3, countLines(stress)).text;
    const stressTimes = await repeat(quick ? 2 : runs, () => buildFiles({ 'stress.playbook': stress }), 0);
    const realisticTimes = await repeat(quick ? 2 : runs, () => buildFiles({ 'realistic.playbook': realistic }), 0);
    record('stress.30k.lines', 'lines', countLines(stress));
    record('stress.30k.build_ms', 'ms', median(stressTimes));
    record('stress.30k.ratio_vs_realistic', 'x', median(stressTimes) / median(realisticTimes));
}

// Memory: retained heap per line (10k file) and peak RSS of a 100k-line build, each in a fresh process.
{
    const child = (lines: number) => {
        const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(root, 'bench/child-build.ts'), String(lines)], { encoding: 'utf8' });
        return JSON.parse(out.trim().split('\n').pop()!) as { lines: number; maxRssKb: number; retainedBytes: number };
    };
    const heap = child(10_000);
    record('heap.bytes_per_line', 'B/line', heap.retainedBytes / heap.lines);
    record('rss.100k.mb', 'MB', child(100_000).maxRssKb / 1024);
}

// Incremental edits in a workspace of 1,000 playbooks plus a shared organisation file.
const random = rng(11);
const org = makeOrg();
const workspace: Record<string, string> = { 'org.playbook': orgToDsl(org) };
for (let i = 0; i < 1_000; i++) {
    workspace[`pb-${i}.playbook`] = playbookToDsl(makePlaybook(random, org, i, 10));
}
{
    const edits = await workspaceEdits(workspace, quick ? 3 : runs);
    record('workspace.1000files.lines', 'lines', Object.values(workspace).reduce((n, t) => n + countLines(t), 0));
    record('workspace.1000files.build_ms', 'ms', edits.initialMs);
    record('edit.leaf.ms', 'ms', median(edits.leaf));
    record('edit.shared.ms', 'ms', median(edits.shared));
}

// Editor latency: completion, hover and definition at 1k and 10k lines.
for (const size of [1_000, 10_000]) {
    const label = `${size / 1000}k`;
    const l = await latency(singleFile(9, size).text, quick ? 10 : 30);
    record(`completion.${label}.p95_ms`, 'ms', p95(l.completion));
    record(`hover.${label}.p95_ms`, 'ms', p95(l.hover));
    record(`definition.${label}.p95_ms`, 'ms', p95(l.definition));
}

// The CLI as CI runs it: one small file, and the 1,000-file workspace.
{
    const dir = mkdtempSync(path.join(tmpdir(), 'playbook-bench-'));
    for (const [name, text] of Object.entries(workspace)) {
        writeFileSync(path.join(dir, name), text);
    }
    const small = path.join(root, 'samples/playbooks/service-outage.playbook');
    const cli = (args: string[]) => () => spawnSync(process.execPath, [path.join(root, 'bin/playbook.js'), 'check', ...args], { encoding: 'utf8' });
    record('cli.small.ms', 'ms', median(await repeat(runs, cli([small]))));
    record('cli.1000files.ms', 'ms', median(await repeat(quick ? 1 : runs, cli([dir]), quick ? 0 : 1)));
}

mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results/latest.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\nWrote bench/results/latest.json (${results.length} figures) in ${(performance.now() / 1000).toFixed(0)} s.`);
