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
        // Every user-facing sentence of the server and the CLI lives in a message catalogue (docs/l10n.md).
        files: ['server/src/**/*.ts', 'cli/src/**/*.ts'],
        plugins: { playbook: { rules: { 'no-user-facing-literal': noUserFacingLiteral } } },
        rules: { 'playbook/no-user-facing-literal': ['error', { allow: [] }] },
    },
);
