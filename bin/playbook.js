#!/usr/bin/env node
// Node 22.1+ keeps V8's compiled code of the bundle on disk between runs: start-up is what a
// CI lint step pays for on every file change, and this roughly halves the cost of loading it.
// The bundle is required, not imported: an import of CommonJS first scans the whole 2.4 MB
// bundle for its export names (about 30 ms of every run), and the CLI exports nothing.
import module from 'node:module';
import { supportedNode } from './launch.js';

if (supportedNode('playbook')) {
    module.enableCompileCache?.();
    module.createRequire(import.meta.url)('../dist/cli.cjs');
}
