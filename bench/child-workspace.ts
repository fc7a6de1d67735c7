/**
 * Builds the benchmark's 1,000-playbook workspace in this fresh process, as the in-process peer
 * does in the benchmark's warm one, and prints the build's milliseconds (JSON): a server opening
 * that workspace runs the same build in a process as new as this one.
 */
import { makeWorkspace } from './generate.js';
import { workspaceBuildMs } from './scenarios.js';

const ms = await workspaceBuildMs(makeWorkspace().files);
process.stdout.write(JSON.stringify({ ms }) + '\n');
