import { strict as assert } from 'node:assert';
import { check } from '../helpers/validation.js';

describe('missing-escalation', () => {
    it('reports a severity with no path that no trigger starts', async () => {
        const text = 'playbook p {\n  severity sev1 { respond within 5m }\n}';
        assert.deepEqual(await check(text, 'missing-escalation'), [{
            code: 'missing-escalation', severity: 'error', range: '2:12-2:16',
            message: 'Severity "sev1" has no escalation path: if nobody acknowledges, nobody else is called. Add "escalation <path>" to it.',
        }]);
    });

    it('reports a trigger with no path of its own that starts a severity with none', async () => {
        const text = 'playbook p {\n  severity sev1\n  trigger alert { otherwise sev1 }\n}';
        assert.deepEqual(await check(text, 'missing-escalation'), [{
            code: 'missing-escalation', severity: 'error', range: '3:11-3:16',
            message: 'Trigger "alert" can start severity "sev1", which has no escalation path, and names none itself. Add "escalation <path>" to the trigger or to the severity.',
        }]);
    });

    it('near miss: the trigger carries the path, or the severity does', async () => {
        const viaTrigger = 'playbook p {\n  severity sev1\n  trigger alert { otherwise sev1 escalation e }\n  escalation e { level 1 notify alice }\n}';
        assert.deepEqual(await check(viaTrigger, 'missing-escalation'), []);
        const viaSeverity = 'playbook p {\n  severity sev1 { escalation e }\n  trigger alert { otherwise sev1 }\n  escalation e { level 1 notify alice }\n}';
        assert.deepEqual(await check(viaSeverity, 'missing-escalation'), []);
    });
});

describe('escalation-cycle', () => {
    it('reports every path of a loop on its "then"', async () => {
        const text = 'escalation a { level 1 notify alice then b }\nescalation b { level 1 notify bob then a }\nescalation c { level 1 notify bob then a }';
        assert.deepEqual(await check(text, 'escalation-cycle'), [
            {
                code: 'escalation-cycle', severity: 'error', range: '1:42-1:43',
                message: 'Escalation path "a" continues into a loop that never ends: "a" → "b" → "a". Remove one "then" so that escalation stops somewhere a human answers.',
            },
            {
                code: 'escalation-cycle', severity: 'error', range: '2:40-2:41',
                message: 'Escalation path "b" continues into a loop that never ends: "b" → "a" → "b". Remove one "then" so that escalation stops somewhere a human answers.',
            },
        ]);
    });

    it('near miss: a chain that ends', async () => {
        assert.deepEqual(await check('escalation a { level 1 notify alice then b }\nescalation b { level 1 notify bob }', 'escalation-cycle'), []);
    });
});

describe('escalation-order', () => {
    it('reports a level that fires with the previous one, a misnumbered level and a level that notifies nobody', async () => {
        const text = [
            'team nobody "Nobody"',
            'escalation e {',
            '  level 1 notify alice',
            '  level 2 after 0m notify bob',
            '  level 4 after 5m notify nobody',
            '}',
        ].join('\n');
        assert.deepEqual(await check(text, 'escalation-order'), [
            {
                code: 'escalation-order', severity: 'warning', range: '4:17-4:19',
                message: 'Level 2 of escalation path "e" fires at the same time as level 1. Give it a delay ("after 10m") or merge the two levels.',
            },
            {
                code: 'escalation-order', severity: 'warning', range: '5:9-5:10',
                message: 'Level 4 of escalation path "e" should be level 3: number the levels 1, 2, 3… in the order they fire.',
            },
            {
                code: 'escalation-order', severity: 'warning', range: '5:27-5:33',
                message: 'Level 4 of escalation path "e" notifies nobody: "nobody" has no members. Add members or notify someone else.',
            },
        ]);
    });

    it('near miss: levels in order, each after a delay, each notifying someone', async () => {
        assert.deepEqual(await check('escalation e {\n  level 1 notify alice\n  level 2 after 5m notify sre\n  level 3 after 5m notify bob\n}', 'escalation-order'), []);
    });
});
