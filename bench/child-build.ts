/** Builds one generated file in a fresh process and prints its peak RSS and build time (JSON). */
import { performance } from 'node:perf_hooks';
import { countLines, singleFile } from './generate.js';
import { buildFiles } from './measure.js';

const lines = Number(process.argv[2] ?? 100_000);
const { text } = singleFile(7, lines);
const start = performance.now();
await buildFiles({ 'big.playbook': text });
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ lines: countLines(text), ms, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
