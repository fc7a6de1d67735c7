/** Builds one generated file in a fresh process and prints its peak RSS and build time (JSON). */
import { performance } from 'node:perf_hooks';
import { countLines, singleFile } from './generate.js';
import { buildFiles } from './measure.js';

const lines = Number(process.argv[2] ?? 100_000);
const { text } = singleFile(7, lines);
const gc = (globalThis as { gc?: () => void }).gc;
await buildFiles({});
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const start = performance.now();
const kept = await buildFiles({ 'big.playbook': text });
const ms = performance.now() - start;
gc?.();
// Retained: what the built workspace (AST, CST, index, diagnostics) still holds after a full GC.
const retainedBytes = process.memoryUsage().heapUsed - heapBefore;
process.stdout.write(JSON.stringify({ lines: countLines(text), ms, maxRssKb: process.resourceUsage().maxRSS, retainedBytes, documents: kept.documents.length }) + '\n');
