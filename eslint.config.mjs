// ESLint flat config: typescript-eslint's recommended type-aware rules, generated code ignored.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noUserFacingLiteral from './eslint-rules/no-user-facing-literal.mjs';

export default tseslint.config(
    {
        ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', '**/generated/**', 'bench/results/**', '*.vsix'],
    },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        files: ['**/*.ts'],
        languageOptions: {
            parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
        },
        rules: {
            '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
            '@typescript-eslint/no-floating-promises': 'error',
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
            'no-console': 'error',
        },
    },
    {
        files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
        languageOptions: {
            globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
        },
    },
    {
        // CommonJS configuration files (dependency-cruiser loads its own with require()).
        files: ['**/*.cjs'],
        languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
    },
    {
        files: ['test/**/*.ts', 'scripts/**', 'bench/**'],
        rules: { 'no-console': 'off' },
    },
    {
        // Every user-facing text of the server, the CLI, the extension, the runner and the importers lives in a message catalogue (docs/l10n.md).
        files: ['server/src/**/*.ts', 'cli/src/**/*.ts', 'client/src/**/*.ts', 'runner/src/**/*.ts', 'interop/src/**/*.ts'],
        plugins: { playbook: { rules: { 'no-user-facing-literal': noUserFacingLiteral } } },
        rules: {
            'playbook/no-user-facing-literal': ['error', {
                allow: [
                    { text: 'Incident Playbooks', reason: 'the product\'s name (the output channel\'s title), the same in every locale like the manifest\'s displayName' },
                    { text: 'playbook: internal error: {}\n', reason: 'the prefix of a bug report with its stack trace, for developers (docs/l10n.md)' },
                    { text: '::error file={}::{}', reason: 'GitHub Actions workflow-command syntax, read by the runner, not by people' },
                    { text: 'img-src data:', reason: 'a Content-Security-Policy directive' },
                    { text: 'form: { sub-team: forensics, name: "forensics EU", leader: alice }', reason: 'simulation script (YAML) syntax quoted as an example inside a translated message' },
                    { text: 'split: { child: "EU region", lead: piotr }', reason: 'simulation script (YAML) syntax quoted as an example inside a translated message' },
                    { text: 'Incident Playbooks response plan', reason: 'the name of our CACAO extension definition: one definition, by id, for every export, so not per locale' },
                    { text: 'What an incident response playbook says beyond the workflow: severities, triggers, escalation paths, channels, communication rules, the review and drills.', reason: 'the description of that CACAO extension definition' },
                    { text: 'PRODID:-//Incident Playbooks//playbook {}//EN', reason: 'iCalendar product identifier (RFC 5545 syntax, not read by people)' },
                    { text: 'flowchart TD', reason: 'Mermaid syntax' },
                    { text: '  subgraph phase{}["{}"]', reason: 'Mermaid syntax (the phase title inside is the playbook\'s own text)' },
                ],
            }],
        },
    },
);
