#!/usr/bin/env node
// Node 22.1+ keeps V8's compiled code of the bundle on disk between runs: start-up is what a
// CI lint step pays for on every file change, and this roughly halves the cost of loading it.
// The bundle is required, not imported: an import of CommonJS first scans the whole 2.4 MB
// bundle for its export names (about 30 ms of every run), and the CLI exports nothing.
import module from 'node:module';
import v8 from 'node:v8';
import { supportedNode } from './launch.js';

if (supportedNode('playbook')) {
    // The young generation keeps its first size instead of doubling up to 128 MB: a check keeps
    // almost everything it builds until its report, so a larger young generation only holds
    // more to copy. Peak memory of a 100k-line check 410-425 MB to 285-295 MB, of 1,000 files
    // 400-410 MB to 280-290 MB, for about the same time (docs/performance.md, fifth sitting).
    // Set here, before the bundle allocates; the flag exists in every V8 of Node 22.12 and later
    // (an unknown one would print an error).
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    module.enableCompileCache?.();
    module.createRequire(import.meta.url)('../dist/cli.cjs');
}
