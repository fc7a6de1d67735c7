/**
 * `npm run bench [-- --quick]`: the performance benchmark. Builds seeded synthetic workspaces,
 * measures the playbook language beside a YAML + ajv baseline and JSON.parse, prints a table
 * and writes bench/results/latest.json (an array of { name, unit, value }).
 * See docs/performance.md for how to read the results.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { countLines, makeWorkspace, singleFile, stressFile, toPlainObject } from './generate.js';
import { buildFiles, median, p95, repeat, startupMs } from './measure.js';
import { cliPeerTimes } from './cli-peers.js';
import { cliPeakRssMb } from './cli-rss.js';
import { latency, workspaceBuildMs, workspaceEdits } from './scenarios.js';
import { serverStarts, singleFileScenarios, workspaceOpens, workspaceScenarios } from './lsp-scenarios.js';
import { referenceSchema } from './reference-schema.js';
import { stringifyYaml, yamlAjvBaseline } from './yaml-baseline.js';

const quick = process.argv.includes('--quick');
// The CLI and stdio figures run the bundles: build them when a fresh checkout has none.
if (!['cli.cjs', 'server.cjs'].every(file => existsSync(path.join(import.meta.dirname, '..', 'dist', file)))) {
    execFileSync(process.execPath, [path.join(import.meta.dirname, '..', 'scripts', 'bundle.mjs')], { stdio: 'inherit' });
}
const runs = quick ? 3 : 5;
const root = path.resolve(import.meta.dirname, '..');
const round = (value: number) => Math.round(value * 100) / 100;
/** Runs a benchmark script (`bench/child-*.ts`) in a fresh process and returns the JSON of its last line. */
const inFreshProcess = <T>(nodeFlags: string[], script: string, ...args: string[]): T => {
    const out = execFileSync(process.execPath, [...nodeFlags, '--import', 'tsx', path.join(root, script), ...args], { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').pop()!) as T;
};
const results: Array<{ name: string; unit: string; value: number; peer?: number; ratio?: number; load: number }> = [];
/** One figure; a ratio also records the peer's value and ours it was computed from. */
const record = (name: string, unit: string, value: number, compared?: { ours: number; peer: number }) => {
    const load = round(loadavg()[0]!);
    results.push({ name, unit, value: round(value), ...(compared ? { peer: round(compared.peer), ratio: round(value) } : {}), load });
    console.log(`${name.padEnd(48)} ${String(round(value)).padStart(12)} ${unit}${compared ? `   (ours ${round(compared.ours)}, peer ${round(compared.peer)})` : ''}   load ${load}`);
};

console.log(`Incident Playbooks benchmark (${quick ? 'quick' : 'full'}: ${runs} runs, medians; p95 for latencies)`);
console.log(`node ${process.version}, ${new Date().toISOString()}\n`);

record('startup.services_ms', 'ms', startupMs());

// Throughput: full build (parse, link, validate) of single files, beside YAML+ajv (the `yaml`
// package, and js-yaml) and JSON.parse, interleaved run by run (ours, yaml, js-yaml, json…) so
// that a change of load on the machine moves every side alike.
const yamlCheck = yamlAjvBaseline('yaml');
const jsYamlCheck = yamlAjvBaseline('js-yaml');
const throughput: Record<number, number> = {};
for (const size of [1_000, 10_000, 100_000]) {
    const { text, org, playbooks } = singleFile(42, size);
    const lines = countLines(text);
    const plain = toPlainObject(org, playbooks);
    const yamlText = stringifyYaml(plain);
    const jsonText = JSON.stringify(plain);
    const big = size === 100_000;
    const times: number[] = [], yamlTimes: number[] = [], jsYamlTimes: number[] = [], jsonTimes: number[] = [];
    if (!big) await buildFiles({ 'file.playbook': text }); // warm-up
    for (let i = 0; i < (big && quick ? 1 : runs); i++) {
        times.push(...await repeat(1, () => buildFiles({ 'file.playbook': text }), 0));
        yamlTimes.push(...await repeat(1, () => yamlCheck(yamlText), i === 0 ? 1 : 0));
        jsYamlTimes.push(...await repeat(1, () => jsYamlCheck(yamlText), i === 0 ? 1 : 0));
        jsonTimes.push(...await repeat(1, () => JSON.parse(jsonText), i === 0 ? 1 : 0));
    }
    const label = `${size / 1000}k`;
    throughput[size] = lines / (median(times) / 1000);
    record(`throughput.${label}.lines_per_s`, 'lines/s', throughput[size]);
    record(`throughput.${label}.build_ms`, 'ms', median(times));
    record(`throughput.${label}.yaml_ajv_ms`, 'ms', median(yamlTimes));
    record(`throughput.${label}.jsyaml_ajv_ms`, 'ms', median(jsYamlTimes));
    record(`throughput.${label}.json_parse_ms`, 'ms', median(jsonTimes));
    record(`throughput.${label}.ratio_vs_yaml`, 'x', median(yamlTimes) / median(times), { ours: median(times), peer: median(yamlTimes) });
    record(`throughput.${label}.ratio_vs_jsyaml`, 'x', median(jsYamlTimes) / median(times), { ours: median(times), peer: median(jsYamlTimes) });
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

// Memory: retained heap per line (10k file) and peak RSS of a 100k-line build in process, each
// in a fresh process; and the peak RSS of `playbook check` on the 100k-line file, as a user runs it.
{
    const child = (lines: number) => inFreshProcess<{ lines: number; maxRssKb: number; retainedBytes: number }>(['--expose-gc'], 'bench/child-build.ts', String(lines));
    const heap = child(10_000);
    record('heap.bytes_per_line', 'B/line', heap.retainedBytes / heap.lines);
    record('rss.100k.inprocess_mb', 'MB', child(100_000).maxRssKb / 1024);
    record('rss.100k.mb', 'MB', cliPeakRssMb(singleFile(7, 100_000).text));
}

// Incremental edits in a workspace of 1,000 playbooks plus a shared organisation file.
const { org, specs, files: workspace } = makeWorkspace();
{
    const edits = await workspaceEdits(workspace, quick ? 3 : runs);
    record('workspace.1000files.lines', 'lines', Object.values(workspace).reduce((n, t) => n + countLines(t), 0));
    record('workspace.1000files.build_ms', 'ms', edits.initialMs);
    record('edit.leaf.ms', 'ms', median(edits.leaf));
    record('edit.shared.ms', 'ms', median(edits.shared));
}

// The server's start, from its start-up snapshot and from its bundle (docs/startup-snapshot.md);
// the stdio figures after it measure a server started as from a user's second start on.
{
    const starts = await serverStarts(quick ? 3 : 8);
    record('lsp.initialize.snapshot_used', 'bool', starts.snapshot ? 1 : 0);
    record('lsp.initialize.ms', 'ms', median(starts.fromSnapshotMs));
    record('lsp.initialize.bundle_ms', 'ms', median(starts.fromBundleMs));
    record('lsp.initialize.ratio_vs_bundle', 'x', median(starts.fromBundleMs) / median(starts.fromSnapshotMs),
        { ours: median(starts.fromSnapshotMs), peer: median(starts.fromBundleMs) });
}

// Over stdio, as an editor sees it (bench/lsp-scenarios.ts), beside yaml-language-server on the
// same content as YAML with a schema that checks every reference an enum can.
for (const size of [1_000, 10_000]) {
    const label = `${size / 1000}k`;
    const { text, org, playbooks } = singleFile(9, size);
    const f = await singleFileScenarios(text, stringifyYaml(toPlainObject(org, playbooks)), referenceSchema(org, playbooks), 'Playbook number 1', quick ? 2 : runs);
    const vs = (name: string, ours: number[], peer: number[]) => {
        record(`lsp.${name}.${label}.ms`, 'ms', median(ours));
        record(`lsp.${name}.${label}.yamlls_ms`, 'ms', median(peer));
        record(`lsp.${name}.${label}.ratio_vs_yamlls`, 'x', median(peer) / median(ours), { ours: median(ours), peer: median(peer) });
    };
    vs('open', f.openMs, f.yamlOpenMs);
    vs('edit', f.editMs, f.yamlEditMs);
    record(`lsp.completion_quiet.${label}.p95_ms`, 'ms', p95(f.quietCompletionMs));
    record(`lsp.completion_after_keystroke.${label}.p95_ms`, 'ms', p95(f.keystrokeCompletionMs));
    record(`lsp.completion_after_keystroke.${label}.ratio_vs_quiet`, 'x', p95(f.keystrokeCompletionMs) / p95(f.quietCompletionMs),
        { ours: p95(f.keystrokeCompletionMs), peer: p95(f.quietCompletionMs) });
    record(`lsp.hover_after_edit.${label}.p95_ms`, 'ms', p95(f.hoverAfterEditMs));
    record(`lsp.definition_after_edit.${label}.p95_ms`, 'ms', p95(f.definitionAfterEditMs));
}
{
    // Each open by a new server beside the in-process build run just before it; the ratio of the
    // medians, and of the minima (the best each side did under the same load).
    const coldBuildMs = () => inFreshProcess<{ ms: number }>([], 'bench/child-workspace.ts').ms;
    const opens = await workspaceOpens(workspace, quick ? 2 : runs, () => workspaceBuildMs(workspace), coldBuildMs);
    const all = opens.allDiagnosticsMs, peer = opens.inProcessMs, cold = opens.coldInProcessMs;
    record('lsp.workspace1000.first_diagnostics_ms', 'ms', median(opens.firstDiagnosticsMs));
    record('lsp.workspace1000.all_diagnostics_ms', 'ms', median(all));
    record('lsp.workspace1000.inprocess_build_ms', 'ms', median(peer));
    record('lsp.workspace1000.ratio_vs_inprocess', 'x', median(all) / median(peer), { ours: median(all), peer: median(peer) });
    record('lsp.workspace1000.ratio_vs_inprocess_min', 'x', Math.min(...all) / Math.min(...peer), { ours: Math.min(...all), peer: Math.min(...peer) });
    // The same build in a process as new as the server's: what the server adds beyond a cold build.
    record('lsp.workspace1000.cold_inprocess_build_ms', 'ms', median(cold));
    record('lsp.workspace1000.ratio_vs_cold_inprocess', 'x', median(all) / median(cold), { ours: median(all), peer: median(cold) });
    const ws = await workspaceScenarios(workspace, { file: 'pb-500.playbook', title: 'Playbook number 500' }, { file: 'org.playbook', name: 'person-3' }, quick ? 2 : runs);
    record('lsp.leaf_edit.ms', 'ms', median(ws.leafEditMs));
    record('lsp.workspace1000.completion_quiet.p95_ms', 'ms', p95(ws.quietCompletionMs));
    record('lsp.workspace1000.completion_after_keystroke.p95_ms', 'ms', p95(ws.keystrokeCompletionMs));
    record('lsp.workspace1000.completion_after_keystroke.ratio_vs_quiet', 'x', p95(ws.keystrokeCompletionMs) / p95(ws.quietCompletionMs),
        { ours: p95(ws.keystrokeCompletionMs), peer: p95(ws.quietCompletionMs) });
    record('lsp.workspace1000.hover_after_edit.p95_ms', 'ms', p95(ws.hoverAfterEditMs));
    record('lsp.workspace1000.definition_after_edit.p95_ms', 'ms', p95(ws.definitionAfterEditMs));
    record('lsp.rename_shared.ms', 'ms', median(ws.renameSharedMs));
    record('lsp.rename_shared.ratio_vs_leaf', 'x', median(ws.renameSharedMs) / median(ws.leafEditMs), { ours: median(ws.renameSharedMs), peer: median(ws.leafEditMs) });
}

// Editor latency: completion, hover and definition at 1k and 10k lines.
for (const size of [1_000, 10_000]) {
    const label = `${size / 1000}k`;
    const l = await latency(singleFile(9, size).text, quick ? 10 : 30);
    record(`completion.${label}.p95_ms`, 'ms', p95(l.completion));
    record(`hover.${label}.p95_ms`, 'ms', p95(l.hover));
    record(`definition.${label}.p95_ms`, 'ms', p95(l.definition));
}

// The CLI as CI runs it: one small file; and the organisation with 1, 100 and 1,000 playbook
// files beside Spectral (cross-reference rules) and ajv-cli (shapes), interleaved (bench/cli-peers.ts).
{
    const small = path.join(root, 'samples/playbooks/service-outage.playbook');
    const cli = (args: string[]) => () => spawnSync(process.execPath, [path.join(root, 'bin/playbook.js'), 'check', ...args], { encoding: 'utf8' });
    record('cli.small.ms', 'ms', median(await repeat(runs, cli([small]))));
    for (const count of [1, 100, 1_000]) {
        const t = cliPeerTimes(org, specs, count, count === 1_000 ? (quick ? 1 : 3) : (quick ? 2 : runs));
        const label = `cli.${count}files`;
        record(`${label}.ms`, 'ms', median(t.ours));
        record(`${label}.spectral_ms`, 'ms', median(t.spectral));
        record(`${label}.ajv_cli_ms`, 'ms', median(t.ajv));
        record(`${label}.ratio_vs_spectral`, 'x', median(t.spectral) / median(t.ours), { ours: median(t.ours), peer: median(t.spectral) });
        record(`${label}.ratio_vs_ajv_cli`, 'x', median(t.ajv) / median(t.ours), { ours: median(t.ours), peer: median(t.ajv) });
    }
}

mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results/latest.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\nWrote bench/results/latest.json (${results.length} figures) in ${(performance.now() / 1000).toFixed(0)} s.`);
