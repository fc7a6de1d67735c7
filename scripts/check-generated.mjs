// Fails when the committed generated files (AST, grammar, module, TextMate grammar) do not
// match what langium-cli makes from grammar/playbook.langium: the grammar is the source of truth.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const config = JSON.parse(readFileSync(path.join(root, 'langium-config.json'), 'utf8'));
// --grammar FILE checks another grammar against the committed files (the tests use it to
// show that a drifted grammar fails the check).
const grammarArg = process.argv.indexOf('--grammar');
const temp = mkdtempSync(path.join(tmpdir(), 'playbook-gen-'));
try {
    const language = config.languages[0];
    const tempConfig = {
        ...config,
        out: path.join(temp, 'generated'),
        languages: [{
            ...language,
            grammar: grammarArg > 0 ? path.resolve(process.argv[grammarArg + 1]) : path.join(root, language.grammar),
            textMate: { out: path.join(temp, 'tm.json') },
        }],
    };
    const configFile = path.join(temp, 'langium-config.json');
    writeFileSync(configFile, JSON.stringify(tempConfig));
    try {
        execFileSync(process.execPath, [path.join(root, 'node_modules/langium-cli/bin/langium.js'), 'generate', '--file', configFile], { stdio: 'pipe' });
    } catch (error) {
        console.error(`langium generate failed:\n${error.stderr}`);
        process.exit(1);
    }
    const pairs = readdirSync(path.join(temp, 'generated')).map(f => [path.join(temp, 'generated', f), path.join(root, config.out, f)]);
    pairs.push([path.join(temp, 'tm.json'), path.join(root, language.textMate.out)]);
    const stale = pairs.filter(([fresh, committed]) => !existsSync(committed) || readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8'));
    if (stale.length > 0) {
        console.error('Generated files are out of date with grammar/playbook.langium:');
        stale.forEach(([, committed]) => console.error(`  ${path.relative(root, committed)}`));
        console.error('Run "npm run langium:generate" and commit the result.');
        process.exitCode = 1;
    } else {
        console.log('Generated files match the grammar.');
    }
} finally {
    rmSync(temp, { recursive: true, force: true });
}
