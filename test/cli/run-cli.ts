import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** The repository root. */
export const root = path.resolve(import.meta.dirname, '../..');

/** What a CLI run returned. */
export interface CliRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** Runs the bundled CLI as a user would (built by `npm run build`), colours off unless the env says otherwise. */
export function playbook(args: readonly string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): CliRun {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env };
    for (const key of Object.keys(env)) {
        if (env[key] === undefined) {
            delete env[key];
        }
    }
    const result = spawnSync(process.execPath, [path.join(root, 'bin/playbook.js'), ...args], {
        cwd: options.cwd ?? root, encoding: 'utf8', env: env as NodeJS.ProcessEnv,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder holding the given files (text or bytes), by relative path. */
export function tempFolder(files: Record<string, string | Buffer>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'playbook-cli-'));
    for (const [name, content] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        writeFileSync(path.join(dir, name), content);
    }
    return dir;
}
