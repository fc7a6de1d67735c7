// Runs langium-cli's generator. Block bodies (person, role, severity, step...) accept their
// clauses in any order, which langium-cli flags as "multiple assignments" on every run; the
// validator reports a clause given twice (duplicate-clause), so that advice is filtered here
// to keep real generator messages visible.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const result = spawnSync(process.execPath, [path.join(root, 'node_modules/langium-cli/bin/langium.js'), 'generate', ...process.argv.slice(2)], { cwd: root, encoding: 'utf8' });
const keep = line => line.trim() !== '' && !line.includes('Found multiple assignments to');
process.stdout.write(result.stdout.split('\n').filter(keep).map(l => l + '\n').join(''));
process.stderr.write(result.stderr.split('\n').filter(keep).map(l => l + '\n').join(''));
process.exitCode = result.status ?? 1;
