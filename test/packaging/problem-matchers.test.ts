// The problem matchers of package.json, applied the way VS Code applies them to real `playbook check` output.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

interface Pattern { regexp: string; file?: number; line?: number; column?: number; severity?: number; message?: number; code?: number; loop?: boolean }
interface ProblemMatcher { name: string; pattern: Pattern | Pattern[] }

const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { problemMatchers: ProblemMatcher[] } };

function matcher(name: string): Pattern[] {
    const found = manifest.contributes.problemMatchers.find(m => m.name === name);
    assert.ok(found, `package.json contributes no problem matcher named ${name}.`);
    return Array.isArray(found.pattern) ? found.pattern : [found.pattern];
}

/** Runs the bundled CLI (built by `npm run build`) as a task would, without colours. */
function check(format: string): string {
    const result = spawnSync(process.execPath, [path.join(root, 'bin/playbook.js'), 'check', '--format', format, 'samples/invalid'], {
        cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
    });
    assert.equal(result.status, 1, result.stderr);
    return result.stdout;
}

/** What VS Code's matcher engine does with a pattern list: the last pattern may loop over following lines. */
function applyMatcher(patterns: Pattern[], output: string): string[] {
    const problems: string[] = [];
    const lines = output.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const captured: Record<string, string> = {};
        let at = i;
        let matchedAll = true;
        for (const [index, pattern] of patterns.entries()) {
            const match = new RegExp(pattern.regexp).exec(lines[at] ?? '');
            if (!match) {
                matchedAll = false;
                break;
            }
            for (const key of ['file', 'line', 'column', 'severity', 'message', 'code'] as const) {
                if (pattern[key] !== undefined) {
                    captured[key] = match[pattern[key]]!;
                }
            }
            if (pattern.loop && index === patterns.length - 1) {
                problems.push(`${captured.file}:${captured.line}:${captured.column} ${captured.severity} [${captured.code}] ${captured.message}`);
                while (at + 1 < lines.length) {
                    const next = new RegExp(pattern.regexp).exec(lines[at + 1]!);
                    if (!next) {
                        break;
                    }
                    at++;
                    problems.push(`${captured.file}:${next[pattern.line!]}:${next[pattern.column!]} ${next[pattern.severity!]} [${next[pattern.code!]}] ${next[pattern.message!]}`);
                }
                break;
            }
            at++;
        }
        if (matchedAll && !patterns.at(-1)!.loop) {
            problems.push(`${captured.file}:${captured.line}:${captured.column} ${captured.severity} [${captured.code}] ${captured.message}`);
            // `at` is one past the last line consumed.
            i = at - 1;
        } else if (matchedAll) {
            // `at` is the last line the loop consumed.
            i = at;
        }
    }
    return problems.sort();
}

describe('problem matchers for playbook check', () => {
    it('$playbook reads every line of the compact format with its location, severity, message and code', () => {
        const output = check('compact');
        const problems = applyMatcher(matcher('playbook'), output);
        assert.equal(problems.length, output.trim().split('\n').length, 'Some compact lines were not matched.');
        assert.ok(problems.includes('samples/invalid/unresolved-reference.playbook:4:44 error [linking-error] No role named "night-watch" is defined here or in the organisation files. Check the spelling, or define it.'), problems.join('\n'));
    });

    it('$playbook-stylish finds the same problems in the stylish format', () => {
        const compact = applyMatcher(matcher('playbook'), check('compact'));
        const stylish = applyMatcher(matcher('playbook-stylish'), check('stylish'));
        assert.deepEqual(stylish, compact);
    });
});
