import { strict as assert } from 'node:assert';
import { parseConfig } from '../../server/src/config/playbook-config.js';
import { readTimeZone } from '../../server/src/validation/playbook-time-zones.js';
import { check } from '../helpers/validation.js';

/** The message and range (1-based `l:c-l:c`) of each finding. */
async function found(text: string, code: string, config?: string): Promise<Array<[string, string]>> {
    const options = config === undefined ? {} : { config: parseConfig(config).config };
    return (await check(text, code, options)).map(f => [f.range, f.message]);
}

describe('missing-response-target', () => {
    it('reports a missing respond or resolve target, or both, on the severity', async () => {
        const text = 'playbook p {\n  severity a { respond within 5m }\n  severity b { resolve within 4h }\n  severity c\n  severity d { respond within 5m resolve within 2 business-days }\n}';
        assert.deepEqual(await found(text, 'missing-response-target'), [
            ['2:12-2:13', 'Severity "a" has no resolve target: nobody can tell when the incident runs late. Add "resolve within <duration>", for example "resolve within 4h".'],
            ['3:12-3:13', 'Severity "b" has no respond target: nobody can tell when the first response is late. Add "respond within <duration>", for example "respond within 15m".'],
            ['4:12-4:13', 'Severity "c" has no respond target and no resolve target. Add "respond within <duration>" and "resolve within <duration>", for example "{ respond within 15m  resolve within 4h }".'],
        ]);
    });

    it('the options turn each half off, from the configuration file', async () => {
        const text = 'playbook p {\n  severity a { respond within 5m }\n  severity b { resolve within 4h }\n}';
        const findings = await found(text, 'missing-response-target', 'rules:\n  missing-response-target: { level: error, resolve: false }\n');
        assert.deepEqual(findings.map(f => f[0]), ['3:12-3:13']);
        assert.deepEqual((await check(text, 'missing-response-target', { config: parseConfig('rules:\n  missing-response-target: { level: error }\n').config })).map(f => f.severity), ['error', 'error']);
    });
});

describe('escalation-dead-end', () => {
    it('reports a path that ends with no repeat and no then, on its last level', async () => {
        const text = 'playbook p {\n  escalation e {\n    level 1 notify alice\n    level 2 after 5m notify commander\n  }\n}';
        assert.deepEqual(await found(text, 'escalation-dead-end'), [
            ['4:11-4:12', 'Escalation path "e" ends after level 2: if nobody answers it, nothing else happens. Add "repeat <times>" to call the levels again, or "then <path>" to continue into another path.'],
        ]);
    });

    it('reports a repeated last level that only calls again who was called before; not a path that continues', async () => {
        const text = 'playbook p {\n  escalation e {\n    level 1 notify alice, bob\n    level 2 after 5m notify bob\n    repeat 2\n  }\n  escalation f {\n    level 1 notify alice\n    then e\n  }\n  escalation g {\n    level 1 notify alice\n    level 2 after 5m notify commander\n    repeat 1\n  }\n}';
        assert.deepEqual(await found(text, 'escalation-dead-end'), [
            ['4:29-4:32', 'The last level (2) of escalation path "e" only notifies "bob", already notified by an earlier level: escalating adds nobody. Notify someone new (a deputy, a manager) or continue with "then <path>".'],
        ]);
    });
});

describe('review-incomplete', () => {
    it('reports a review with no owner and one with no due time', async () => {
        const text = 'playbook p {\n  review "Lessons" within 5d\n}';
        assert.deepEqual(await found(text, 'review-incomplete'), [
            ['2:3-2:9', 'The post-incident review "Lessons" has no owner, so nobody makes sure it happens. Add "owner <role>".'],
        ]);
        assert.deepEqual((await found('playbook p {\n  review owner commander\n}', 'review-incomplete')).map(f => f[1]), [
            'The post-incident review has no due time, so it can slip forever. Add "within <duration>", for example "within 5d".',
        ]);
        assert.deepEqual(await found('playbook p {\n  review owner commander within 2 business-days\n}', 'review-incomplete'), []);
    });
});

describe('drill-without-cadence', () => {
    it('reports a last date with no every; a drill with neither is left to drill-overdue', async () => {
        const text = 'playbook p {\n  drill tabletop last 2026-10-01\n  drill surprise\n  drill simulation every 90d last 2026-10-01\n}';
        assert.deepEqual(await found(text, 'drill-without-cadence'), [
            ['2:23-2:33', 'The tabletop drill records its last run but not how often it runs, so it can never be overdue. Add "every <duration>", for example "every 180d".'],
        ]);
    });
});

describe('placeholder-text', () => {
    it('reports each placeholder on itself: a warning in texts, an error in contacts', async () => {
        const text = 'person carol "Carol" { phone "<phone number>" }\nplaybook p "Outage TODO" {\n  description "Steps: ???"\n  notify customers via status template "Hello {{customer}}, next update {time}"\n  channel status web "https://s.example.com" owner commander\n}';
        assert.deepEqual((await check(text, 'placeholder-text')).map(f => [f.range, f.severity, f.message]), [
            ['1:31-1:45', 'error', '"<phone number>" is a placeholder left in a contact: nobody can be reached through it. Write the real number, address or handle.'],
            ['2:20-2:24', 'warning', '"TODO" is a placeholder left in this text. Replace it with the real text before the playbook is used.'],
            ['3:23-3:26', 'warning', '"???" is a placeholder left in this text. Replace it with the real text before the playbook is used.'],
            ['4:47-4:59', 'warning', '"{{customer}}" is a placeholder left in this text. Replace it with the real text before the playbook is used.'],
        ]);
    });

    it('leaves prose, parameters and addresses in angle brackets alone', async () => {
        const text = 'playbook p "Keep the to-do list" {\n  description "Mail <ops@example.com> about {service}; why?"\n}';
        assert.deepEqual(await found(text, 'placeholder-text'), []);
    });
});

describe('unknown-timezone', () => {
    it('suggests the zone for a near miss and the zones an abbreviation stands for', async () => {
        const text = 'person carol { phone "+48221234567" timezone "Europe/Warsw" }\nperson dave { phone "+48221234568" timezone "ET" }\nperson erin { phone "+48221234569" timezone "Mars/Olympus" }\nperson fay { phone "+48221234560" timezone "Asia/Taipei" }';
        assert.deepEqual(await found(text, 'unknown-timezone'), [
            ['1:46-1:60', '"Europe/Warsw" is not an IANA time zone. Did you mean "Europe/Warsaw"?'],
            ['2:45-2:49', '"ET" is an abbreviation, not a time zone: it does not say which daylight-saving rules apply. Write an IANA zone, for example "America/New_York".'],
            ['3:45-3:59', '"Mars/Olympus" is not an IANA time zone. Write a zone such as "Europe/Warsaw", "Asia/Taipei" or "America/New_York".'],
        ]);
    });

    it('reads UTC as a zone and an offset or CET as not', () => {
        assert.deepEqual(readTimeZone('UTC'), { kind: 'zone' });
        assert.equal(readTimeZone('+01:00').kind, 'unknown');
        assert.deepEqual(readTimeZone('CET'), { kind: 'abbreviation', zones: ['Europe/Warsaw', 'Europe/Berlin', 'Europe/Paris'] });
    });
});

describe('comms-without-owner', () => {
    it('reports a rule with no owner whose channels have none; not when either has one', async () => {
        const text = 'playbook p {\n  channel a web "https://a.example.com"\n  channel b web "https://b.example.com" owner commander\n  notify employees via a every 1h\n  notify customers via b every 1h\n  notify media via a every 1h owner commander\n}';
        assert.deepEqual(await found(text, 'comms-without-owner'), [
            ['4:3-4:9', 'Nobody owns the communication rule "notify employees", and its channel "a" has no owner either: nobody is sure to send it. Add "owner <role or person>" to the rule or to the channel.'],
        ]);
    });
});

describe('dead-end-branch', () => {
    const plan = (last: string) => `playbook p {\n  phase a {\n    decide d owner commander {\n      yes goto x\n      no goto y\n    }\n    step x owner tech-lead\n    step y owner tech-lead\n  }\n  phase b {\n    step z owner tech-lead ${last}\n  }\n}`;

    it('reports the step where an answer\'s path stops before the last phase', async () => {
        assert.deepEqual(await found(plan('after x'), 'dead-end-branch'), [
            ['8:10-8:11', 'The flow stops after step "y" (reached from answer no of decision "d"): nothing follows it before the plan\'s last phase, so nothing resolves or closes the incident on that path. Add "after y" to the step that should follow, or end the branch with a decision that jumps on.'],
        ]);
    });

    it('not when both answers lead on, nor for a side task beside a path that goes on', async () => {
        assert.deepEqual(await found(plan('after x, y'), 'dead-end-branch'), []);
        const side = 'playbook p {\n  phase a {\n    step s owner tech-lead\n    step note owner tech-lead\n    step t owner tech-lead after s\n  }\n  phase b {\n    step u owner tech-lead\n  }\n}';
        assert.deepEqual(await found(side, 'dead-end-branch'), []);
    });

    it('reports a decision with no answers', async () => {
        const text = 'playbook p {\n  phase a {\n    decide d owner commander { }\n  }\n  phase b {\n    step z owner tech-lead\n  }\n}';
        assert.deepEqual(await found(text, 'dead-end-branch'), [
            ['3:12-3:13', 'The flow stops at decision "d": it has no answers, so nothing follows it. Add answers such as "yes goto <step>".'],
        ]);
    });
});

describe('contact-unverifiable', () => {
    it('reports national phone numbers, bad addresses, handles and links', async () => {
        const text = 'person carol {\n  phone "022 555 0123"\n  sms "+48 22-555-0124"\n  email "carol at example.com"\n  chat "carol"\n  chat "@carol"\n  app "CrisisLine: carol"\n}\nplaybook p {\n  channel page status-page "status.example.com" owner commander\n  channel group sms "Crisis SMS group" owner commander\n}';
        assert.deepEqual(await found(text, 'contact-unverifiable'), [
            ['2:9-2:23', '"022 555 0123" is not a phone number in international form. Write it with the country code, for example "+48 22 555 0100".'],
            ['4:9-4:31', '"carol at example.com" is not an email address. Write it as name@example.com.'],
            ['5:8-5:15', '"carol" is neither a chat handle nor a link. Write a handle such as "@dana" or "#incident", or an https link.'],
            ['10:28-10:48', '"status.example.com" is not an https link. Write the full address, for example "https://status.example.com".'],
        ]);
    });
});
