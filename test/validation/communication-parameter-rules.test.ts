import { strict as assert } from 'node:assert';
import { check } from '../helpers/validation.js';

describe('first-message-exceeds-target', () => {
    const text = (first: string, during = 'during sev1') =>
        `playbook p {\n  severity sev1 { respond within 15m  paging none }\n  severity sev2 { respond within 1h  paging none }\n  channel s status-page "status.example.com" owner commander\n  notify customers via s first within ${first} before respond ${during}\n}`;

    it('reports a first message due after the respond target, on the duration', async () => {
        assert.deepEqual(await check(text('30m'), 'first-message-exceeds-target'), [{
            code: 'first-message-exceeds-target', severity: 'warning', range: '5:39-5:42',
            message: 'The first message is due within 30m, after the respond target of severity "sev1" (15m), though this rule says it comes before it. Shorten "first within" to 15m or less.',
        }]);
    });

    it('without "during", every severity counts; near miss: on time, or no "before respond"', async () => {
        assert.equal((await check(text('30m', ''), 'first-message-exceeds-target')).length, 1);
        assert.deepEqual(await check(text('30m', 'during sev2'), 'first-message-exceeds-target'), []);
        assert.deepEqual(await check(text('15m'), 'first-message-exceeds-target'), []);
        assert.deepEqual(await check(text('30m').replace(' before respond', ''), 'first-message-exceeds-target'), []);
    });
});

describe('unreachable-audience', () => {
    const text = (channels: string) => `playbook p {\n  role nobody-holds "Vacant"\n${channels}\n  notify partners via a every 4h\n  notify commander via b on start\n}`;
    const message = (audience: string, channels: string) => `Nobody can reach ${audience}: every channel it is told through (${channels}) is on standby or owned by a role nobody holds, and so are their backups. Assign the owner role, take a channel off standby, or add a live backup.`;

    it('reports an audience whose channels and their backups are all on standby or owned by a role nobody holds, on the first channel', async () => {
        const found = await check(text('  channel a web "https://x" owner commander standby backup m\n  channel m email "p@example.com" standby owner commander\n  channel b chat "#b" owner nobody-holds'), 'unreachable-audience');
        assert.deepEqual(found.map(f => `${f.range} ${f.message}`), [`6:23-6:24 ${message('partners', 'a')}`, `7:24-7:25 ${message('commander', 'b')}`]);
    });

    it('near miss: a live backup reaches the audience; a channel with no owner is left to channel-owner; a backup loop ends', async () => {
        assert.deepEqual(await check(text('  channel a web "https://x" owner commander standby backup m\n  channel m email "p@example.com" owner commander\n  channel b chat "#b"'), 'unreachable-audience'), []);
        assert.equal((await check(text('  channel a web "https://x" standby backup m\n  channel m email "p@example.com" standby backup a\n  channel b chat "#b" owner commander'), 'unreachable-audience')).length, 1);
    });
});

describe('comms-gate-unreachable', () => {
    const flow = '  phase one {\n    step first-step owner commander\n    decide d owner commander {\n      yes goto done\n      no goto done\n    }\n    step lost owner commander\n    step done owner commander\n  }\n  procedure handover { step brief owner commander }';
    const text = (gate: string) => `playbook p {\n  channel c chat "#c" owner commander\n  notify employees via c after ${gate}\n${flow}\n}`;

    it('reports a gate on a step no path reaches, an answer the decision lacks, an answer of a step', async () => {
        assert.deepEqual((await check(text('lost'), 'comms-gate-unreachable')).map(f => `${f.range} ${f.message}`), [
            '3:32-3:36 This rule waits for "lost", which no path from the start of the plan reaches, so it never applies. Wait for a step that is reached, or make "lost" reachable.',
        ]);
        assert.deepEqual((await check(text('d is "Unsure"'), 'comms-gate-unreachable')).map(f => f.range), ['3:37-3:45']);
        assert.match((await check(text('done is yes'), 'comms-gate-unreachable'))[0]!.message, /"done", which is a step, not a decision/);
    });

    it('near miss: a reached step, an offered answer, a step of a procedure', async () => {
        for (const gate of ['done', 'd is yes', 'd', 'brief']) {
            assert.deepEqual(await check(text(gate), 'comms-gate-unreachable'), [], gate);
        }
    });
});

describe('undefined-parameter', () => {
    it('reports each placeholder that names no parameter, on its text', async () => {
        const text = 'playbook p {\n  param region text default "eu"\n  channel c chat "#c" owner commander\n  notify customers via c template "Outage in {region} for {product}"\n  phase a {\n    step s "Fail over {regoin}" owner commander { check "Tell {region} desk" }\n  }\n}';
        assert.deepEqual((await check(text, 'undefined-parameter')).map(f => `${f.range} ${f.message}`), [
            '4:35-4:69 "{product}" names no parameter of this playbook, so responders would read it as written. Declare it ("param product text") or fix the spelling.',
            '6:12-6:32 "{regoin}" names no parameter of this playbook, so responders would read it as written. Declare it ("param regoin text") or fix the spelling.',
        ]);
    });

    it('near miss: braces with spaces are prose, not placeholders', async () => {
        assert.deepEqual(await check('playbook p {\n  phase a { step s "Use { and } freely" }\n}', 'undefined-parameter'), []);
    });
});

describe('unset-parameter', () => {
    it('reports a parameter with no default, not asked and set by no trigger, on its name', async () => {
        assert.deepEqual(await check('playbook p {\n  param site text\n}', 'unset-parameter'), [{
            code: 'unset-parameter', severity: 'warning', range: '2:9-2:13',
            message: 'Parameter "site" has no default, no trigger sets it, and the runner is not told to ask for it. Add "default <value>", "asked", or "set site to <value>" on a trigger.',
        }]);
    });

    it('near miss: a default, asked, or a trigger that sets it', async () => {
        assert.deepEqual(await check('playbook p {\n  param a text default "x"\n  param b number asked\n  param c duration\n  trigger t { set c to 30m  activated automatically }\n}', 'unset-parameter'), []);
    });
});
