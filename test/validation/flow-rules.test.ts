import { strict as assert } from 'node:assert';
import { check } from '../helpers/validation.js';

const plan = (...lines: string[]) => ['playbook p {', '  phase a {', ...lines.map(l => `    ${l}`), '  }', '}'].join('\n');

describe('step-cycle', () => {
    it('reports steps that wait for each other, on the dependency that closes the loop', async () => {
        const text = plan('step one', 'step two after three', 'step three after two');
        assert.deepEqual(await check(text, 'step-cycle'), [
            {
                code: 'step-cycle', severity: 'error', range: '4:20-4:25',
                message: '"two" waits for itself through "after": "two" → "three" → "two". None of these can ever start; remove one of the "after" dependencies.',
            },
            {
                code: 'step-cycle', severity: 'error', range: '5:22-5:25',
                message: '"three" waits for itself through "after": "three" → "two" → "three". None of these can ever start; remove one of the "after" dependencies.',
            },
        ]);
    });

    it('reports each jump back into a loop that no decision can leave', async () => {
        const text = plan('step retry', 'decide ok { yes goto retry no goto retry }');
        assert.deepEqual(await check(text, 'step-cycle'), [
            {
                code: 'step-cycle', severity: 'error', range: '4:26-4:31',
                message: 'This jump to "retry" closes a loop that no decision can leave: "retry" → "ok" → "retry". Add a branch that leaves the loop or jump elsewhere.',
            },
            {
                code: 'step-cycle', severity: 'error', range: '4:40-4:45',
                message: 'This jump to "retry" closes a loop that no decision can leave: "retry" → "ok" → "retry". Add a branch that leaves the loop or jump elsewhere.',
            },
        ]);
    });

    it('near miss: a loop with a way out', async () => {
        assert.deepEqual(await check(plan('step retry', 'decide ok { yes goto done no goto retry }', 'step done'), 'step-cycle'), []);
    });
});

describe('unreachable-step', () => {
    it('reports a step after a decision that no branch or "after" reaches', async () => {
        const text = plan('decide ok { yes goto b no goto b }', 'step a', 'step b');
        assert.deepEqual(await check(text, 'unreachable-step'), [{
            code: 'unreachable-step', severity: 'warning', range: '4:10-4:11',
            message: 'The step "a" can never be reached from the start of the plan: no reachable step falls through to it, and no branch or "after" leads to it. Add a branch that goes to it, or move it.',
        }]);
    });

    it('reads the flow as the runner does: a step with "after" waits only for what it names, not for the step written before it', async () => {
        const text = plan('step one', 'decide ok { yes goto three no goto three }', 'step orphan', 'step three', 'step four after orphan');
        assert.deepEqual((await check(text, 'unreachable-step')).map(f => f.message.split(':')[0]), [
            'The step "orphan" can never be reached from the start of the plan',
            'The step "four" can never be reached from the start of the plan',
        ]);
    });

    it('near miss: steps reached by falling through, a branch, or "after"; and across phases', async () => {
        const text = ['playbook p {', '  phase a {', '    decide ok { yes goto b no goto c }', '    step a after ok', '  }',
            '  phase b {', '    step b', '    step c', '  }', '}'].join('\n');
        assert.deepEqual(await check(text, 'unreachable-step'), []);
    });
});

describe('timebox-exceeds-target', () => {
    it('reports a time box longer than the longest resolve target', async () => {
        const text = ['playbook p {', '  severity s1 { resolve within 4h }', '  severity s2 { resolve within 1d }', '  phase a {', '    step long within 1d1h', '  }', '}'].join('\n');
        assert.deepEqual(await check(text, 'timebox-exceeds-target'), [{
            code: 'timebox-exceeds-target', severity: 'warning', range: '5:22-5:26',
            message: 'The step "long" may take 25h, longer than the resolve target of every severity (the longest is 1d, for "s2"). Shorten the time box or split the step.',
        }]);
    });

    it('near miss: a time box within one target, or no targets at all', async () => {
        assert.deepEqual(await check('playbook p {\n  severity s1 { resolve within 4h }\n  severity s2 { resolve within 1d }\n  phase a { step s within 1d }\n}', 'timebox-exceeds-target'), []);
        assert.deepEqual(await check('playbook p {\n  severity s1\n  phase a { step s within 9w }\n}', 'timebox-exceeds-target'), []);
    });
});
