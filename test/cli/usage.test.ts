import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { rulesJson } from '../../cli/src/commands/rules-command.js';
import { RULES } from '../../server/src/validation/playbook-code-catalogue.js';
import { playbook, root } from './run-cli.js';

describe('playbook (process): help, version, usage errors, rules', () => {
    it('prints its version, the one in package.json', () => {
        const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
        for (const flag of ['--version', '-v']) {
            const result = playbook([flag]);
            assert.equal(result.status, 0);
            assert.equal(result.stdout, `${version}\n`);
        }
    });

    it('prints help for the program and for each command, exit 0', () => {
        const program = playbook(['--help']);
        assert.equal(program.status, 0);
        assert.match(program.stdout, /^Usage: playbook <command> \[options\]/);
        for (const command of ['check', 'fmt', 'export', 'rules']) {
            const result = playbook([command, '--help']);
            assert.equal(result.status, 0, command);
            assert.match(result.stdout, new RegExp(`^Usage: playbook ${command} `), command);
            assert.equal(playbook([command, '-h']).stdout, result.stdout);
        }
    });

    it('shows the help on the standard error with exit 2 when there is no command', () => {
        const result = playbook([]);
        assert.equal(result.status, 2);
        assert.equal(result.stdout, '');
        assert.match(result.stderr, /^Usage: playbook <command>/);
    });

    it('suggests the nearest command or option, exit 2', () => {
        const command = playbook(['chekc']);
        assert.equal(command.status, 2);
        assert.equal(command.stderr, 'Unknown command "chekc". Did you mean "check"? Run "playbook --help" for the list of commands.\n');
        const unrelated = playbook(['deploy']);
        assert.equal(unrelated.stderr, 'Unknown command "deploy". Run "playbook --help" for the list of commands.\n');
        const option = playbook(['check', '--fromat', 'json']);
        assert.equal(option.status, 2);
        assert.equal(option.stderr, 'Unknown option "--fromat". Did you mean "--format"? Run "playbook check --help" for the options.\n');
        const programOption = playbook(['--verison']);
        assert.equal(programOption.stderr, 'Unknown option "--verison". Did you mean "--version"? Run "playbook --help" for the commands and options.\n');
        assert.equal(playbook(['check', '--frobnicate']).stderr, 'Unknown option "--frobnicate". Run "playbook check --help" for the options.\n');
    });

    it('rejects a bad option value with the choices, and a missing value', () => {
        const format = playbook(['check', '--format', 'sarf']);
        assert.equal(format.status, 2);
        assert.equal(format.stderr, '"sarf" is not a valid value for --format. Did you mean "sarif"? Use one of: stylish, compact, json, sarif, github, junit, gitlab, checkstyle.\n');
        const missing = playbook(['check', '--output', '--quiet']);
        assert.equal(missing.status, 2);
        assert.equal(missing.stderr, 'The option "--output" needs a value, as in "--output VALUE".\n');
        const count = playbook(['check', '--max-warnings', 'many']);
        assert.equal(count.stderr, '--max-warnings needs a whole number of 0 or more, not "many".\n');
        const rule = playbook(['check', '--rule', 'unasigned-role=off']);
        assert.equal(rule.status, 2);
        assert.equal(rule.stderr, 'There is no rule "unasigned-role". Did you mean "unassigned-role"? Run "playbook rules" for the list.\n');
        const level = playbook(['check', '--rule', 'unassigned-role=loud']);
        assert.match(level.stderr, /^--rule needs ID=LEVEL/);
        assert.equal(playbook(['check', '--config', 'nowhere.yaml']).stderr, 'nowhere.yaml: the config file does not exist\n');
    });

    it('lists every rule with its default severity, description and docs link', () => {
        const text = playbook(['rules']);
        assert.equal(text.status, 0);
        const lines = text.stdout.trim().split('\n');
        assert.equal(lines.length, RULES.length + 1);
        const first = RULES[0]!;
        assert.match(lines[1]!, new RegExp(`^${first.id} +${first.defaultLevel} +${first.shortDescription.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${first.docsUrl}$`));
        const json = playbook(['rules', '--format', 'json']);
        assert.equal(json.status, 0);
        assert.deepEqual(JSON.parse(json.stdout), rulesJson());
    });
});
