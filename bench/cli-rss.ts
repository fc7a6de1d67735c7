/**
 * Peak memory of `playbook check` as a user runs it: the bundled CLI as a process of its own on
 * a generated file, its peak RSS (process.resourceUsage().maxRSS) written by a hook preloaded
 * into that process as it exits. The hook is a few lines of `node:fs`; the CLI loads the rest.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Peak RSS in MB of one `playbook check` of `text` (as one file); throws when the check fails to run. */
export function cliPeakRssMb(text: string): number {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-rss-'));
    const file = path.join(dir, 'big.playbook');
    const rssFile = path.join(dir, 'rss');
    writeFileSync(file, text);
    const hook = `import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`;
    const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, path.join(ROOT, 'bin', 'playbook.js'), 'check', file], {
        cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    });
    // 0: no errors, 1: errors found; anything else means the check did not run to its end.
    if (result.status !== 0 && result.status !== 1) {
        throw new Error(`playbook check failed (exit ${result.status}, ${result.signal}): ${(result.stdout + result.stderr).slice(0, 2000)}`);
    }
    return Number(readFileSync(rssFile, 'utf8')) / 1024;
}
