#!/usr/bin/env node
// Node 22.1+ keeps V8's compiled code of the bundle on disk between runs: start-up is what a
// CI lint step pays for on every file change, and this roughly halves the cost of loading it.
import module from 'node:module';
import { supportedNode } from './launch.js';

if (supportedNode('playbook')) {
    module.enableCompileCache?.();
    await import('../dist/cli.cjs');
}
