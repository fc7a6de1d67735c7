import type { FuzzFinding } from './playbook-fuzz-findings.js';

/** What the supervisor asks a worker to do: generate cases from a seed, or replay given inputs. */
export type FuzzJob = (
    | { mode: 'generate'; seed: number; from: number; to: number; scale: number }
    | { mode: 'replay'; inputs: Array<{ name: string; text: string }> }
) & {
    /** Plants a hover that never returns, so that a test can prove the watchdog works. */
    plantHang?: boolean;
};

/** The messages a worker sends, typed once for both sides. */
export type WorkerMessage =
    | { type: 'start'; index: number; name: string; applied: string[]; text: string }
    | { type: 'stage'; stage: string }
    | { type: 'done'; index: number; findings: FuzzFinding[]; syntaxErrors: boolean }
    | { type: 'end' };
