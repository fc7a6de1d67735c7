import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const depcruise = path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');

interface Violation { rule: { name: string }; from: string; to: string }

/**
 * The layering rules of .dependency-cruiser.cjs (run by `npm run lint` on the real tree), shown
 * to fire: a small tree with one breach per rule, cruised with the project's configuration.
 */
describe('layering rules (.dependency-cruiser.cjs)', function () {
    this.timeout(5 * 60_000);
    let tree: string;
    let violations: Violation[];

    before(() => {
        tree = mkdtempSync(path.join(tmpdir(), 'playbook-layers-'));
        const files: Record<string, string> = {
            'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true } }),
            // server -> runner, and language core -> validation
            'server/src/lsp/uses-runner.ts': "import { b } from '../../../runner/src/engine/node-engine.js';\nexport const a = b;\n",
            'server/src/language/uses-validation.ts': "import { v } from '../validation/rule.js';\nexport const x = v;\n",
            'server/src/validation/rule.ts': 'export const v = 1;\n',
            // the runner engine on Node
            'runner/src/engine/node-engine.ts': "import { readFileSync } from 'node:fs';\nexport const b = readFileSync;\n",
            // the webview reaching Node through the engine
            'runner/src/webview/view.ts': "import { b } from '../engine/node-engine.js';\nexport const w = b;\n",
            // the contracts importing the server
            'protocol/src/contract.ts': "import { x } from '../../server/src/language/uses-validation.js';\nexport const p = x;\n",
            // the client reaching into the server
            'client/src/extension.ts': "import { v } from '../../server/src/validation/rule.js';\nexport const e = v;\n",
            // a loop of value imports (forbidden) and a loop closed by a type-only import (allowed)
            'cli/src/loop-a.ts': "import { lb } from './loop-b.js';\nexport const la = (): number => lb();\n",
            'cli/src/loop-b.ts': "import { la } from './loop-a.js';\nexport const lb = (): number => la();\n",
            'cli/src/wiring-a.ts': "import type { WB } from './wiring-b.js';\nexport interface WA { b?: WB }\n",
            'cli/src/wiring-b.ts': "import type { WA } from './wiring-a.js';\nexport interface WB { a?: WA }\nexport const wb = 1;\n",
        };
        for (const [file, text] of Object.entries(files)) {
            mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
            writeFileSync(path.join(tree, file), text);
        }
        let output: string;
        try {
            output = execFileSync(process.execPath, [depcruise, 'protocol', 'server', 'cli', 'client', 'runner', '--config', path.join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'], { cwd: tree, encoding: 'utf8' });
        } catch (error) {
            // Exit code 1 with violations is the expected outcome; the JSON is on stdout either way.
            output = (error as { stdout: string }).stdout;
        }
        violations = (JSON.parse(output) as { summary: { violations: Violation[] } }).summary.violations;
    });

    after(() => rmSync(tree, { recursive: true, force: true }));

    const broken = (rule: string): string[] => violations.filter(v => v.rule.name === rule).map(v => `${v.from} -> ${v.to}`);

    it('forbids the server importing the runner', () => {
        assert.deepEqual(broken('server-not-to-runner-cli-client'), ['server/src/lsp/uses-runner.ts -> runner/src/engine/node-engine.ts']);
    });

    it('forbids the language core importing validation', () => {
        assert.deepEqual(broken('language-core-stays-down'), ['server/src/language/uses-validation.ts -> server/src/validation/rule.ts']);
    });

    it('forbids the contracts importing anything of the project', () => {
        assert.deepEqual(broken('contracts-import-nothing'), ['protocol/src/contract.ts -> server/src/language/uses-validation.ts']);
    });

    it('forbids the client reaching into the server', () => {
        assert.deepEqual(broken('client-talks-over-the-protocol'), ['client/src/extension.ts -> server/src/validation/rule.ts']);
    });

    it('forbids Node modules in the runner engine', () => {
        assert.deepEqual(broken('engine-and-webview-free-of-node'), ['runner/src/engine/node-engine.ts -> fs']);
    });

    it('forbids the runner engine reaching Node through what it imports', () => {
        assert.ok(broken('engine-and-webview-reach-no-node-stack').includes('runner/src/webview/view.ts -> fs'), JSON.stringify(violations));
    });

    it('forbids loops of value imports and allows a loop closed by a type-only import', () => {
        const loops = broken('no-runtime-cycles');
        assert.ok(loops.length > 0 && loops.every(l => l.includes('cli/src/loop-')), loops.join('\n'));
        assert.ok(!violations.some(v => v.from.includes('wiring-')), 'a type-only loop was reported');
    });
});
