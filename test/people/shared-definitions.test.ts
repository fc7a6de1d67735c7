import { strict as assert } from 'node:assert';
import { expectHover, parseHelper } from 'langium/test';
import { modelFrom } from '../runner/helpers.js';
import { createLspServices } from '../lsp/lsp-services.js';
import { findings, validateFiles } from '../helpers/validation.js';

const ORG = `
person alice "Alice" { phone "1" }
role commander "Incident commander" { section command }
assign commander to alice
channel bridge phone "+48 22 555 0100" owner commander
escalation org-path { level 1 notify commander }
scale standard "S1-S4" {
  severity s1 "Critical" { respond within 5m resolve within 4h escalation org-path }
  severity s2 "Major" { respond within 15m resolve within 1d escalation org-path }
}
scale other "Another scale" {
  severity s1 "Other critical" { respond within 1h }
}
communication standard-comms "Standard communication" {
  notify executives via bridge every 1h during s1 owner commander
  notify customers via bridge every 30m during s1 owner commander
}
`;

const PLAYBOOK = `playbook p "P" {
  uses standard, standard-comms
  severity s1 "Critical, faster here" { respond within 2m resolve within 2h escalation org-path }
  severity s9 "Local only" { respond within 1d }
  notify customers via bridge every 15m during s1 owner commander
  trigger t "T" { otherwise s2 activated by commander }
}`;

describe('organisation-wide severity scales and communication plans', () => {
    it('a playbook takes its scale in order, replaces a severity by name, and adds its own after', async () => {
        const model = await modelFrom({ 'org.playbook': ORG, 'p.playbook': PLAYBOOK });
        assert.deepEqual(model.severities.map(s => `${s.name}:${s.title}:${s.rank}`), ['s1:Critical, faster here:0', 's2:Major:1', 's9:Local only:2']);
        assert.equal(model.triggers[0]!.otherwise, 's2');
        assert.deepEqual(model.escalations.map(e => e.name), ['org-path']);
    });

    it("the plan's rules apply to the audiences the playbook does not address itself", async () => {
        const model = await modelFrom({ 'org.playbook': ORG, 'p.playbook': PLAYBOOK });
        assert.deepEqual(model.communications.map(c => `${c.audience}:${c.everySeconds}`), ['customers:900', 'executives:3600']);
        assert.deepEqual(model.channels.map(c => c.name), ['bridge']);
    });

    it('hover on a severity that replaces the scale one says so', async () => {
        const services = createLspServices();
        await parseHelper(services)(ORG, { documentUri: 'file:///workspace/org.playbook' });
        await expectHover(services)({
            text: PLAYBOOK.replace('severity s1', 'severity <|>s1'),
            index: 0,
            hover: /Overrides the severity `s1` of the organisation's scale `standard` in this playbook\.$/,
        });
    });

    it("hover on a playbook's own channel, escalation path or calendar that hides the organisation's one says so, and where", async () => {
        const services = createLspServices();
        await parseHelper(services)(`${ORG}\ncalendar office { timezone "Europe/Warsaw" }\n`, { documentUri: 'file:///workspace/org.playbook' });
        const own = [
            'playbook q "Q" {',
            '  channel <|>bridge chat "#bridge" owner commander',
            '  escalation <|>org-path { level 1 notify commander repeat 1 }',
            '  calendar <|>office { timezone "Europe/Paris" }',
            '  channel <|>local chat "#local" owner commander',
            '}',
        ].join('\n');
        await expectHover(services)({ text: own, index: 0, hover: /Overrides the organisation's channel `bridge` \(in org\.playbook\) in this playbook\.$/ });
        await expectHover(services)({ text: own, index: 1, hover: /Overrides the organisation's escalation path `org-path` \(in org\.playbook\) in this playbook\.$/ });
        await expectHover(services)({ text: own, index: 2, hover: /Overrides the organisation's calendar `office` \(in org\.playbook\) in this playbook\.$/ });
        await expectHover(services)({ text: own, index: 3, hover: /^(?![\s\S]*Overrides)\*\*Channel\*\* `local`/ });
    });
});

describe("the rules on severities read a shared scale's severities as the playbook's own", () => {
    const org = `person alice "Alice" { phone "1" }
role commander "Incident commander" { section command }
assign commander to alice backup alice
channel bridge phone "+48 22 555 0100" owner commander backup bridge
escalation org-path { level 1 notify commander }
scale standard "S1-S4" {
  severity s1 "Critical" { respond within 5m resolve within 2h }
  severity s2 "Major" { resolve within 1d escalation org-path }
}`;

    it('missing-escalation, comms-cadence and timebox-exceeds-target point at the uses of the scale', async () => {
        const [orgFile, playbook] = await validateFiles({
            'org.playbook': org,
            'p.playbook': `playbook p "P" {
  uses standard
  trigger t "T" { otherwise s2 activated by commander }
  phase a { step s "S" owner commander within 2d }
}`,
        });
        const at = (document: typeof playbook, code: string): string[] => findings(document!, code).map(f => `${f.range} ${f.message}`);
        assert.deepEqual(at(playbook, 'missing-escalation'), [
            '2:8-2:16 Severity "s1" has no escalation path: if nobody acknowledges, nobody else is called. Add "escalation <path>" to it.',
        ]);
        assert.deepEqual(at(playbook, 'comms-cadence').map(m => m.slice(0, 30)), ['2:8-2:16 The most severe level']);
        assert.deepEqual(at(playbook, 'timebox-exceeds-target'), [
            '4:47-4:49 The step "s" may take 2d, longer than the resolve target of every severity (the longest is 1d, for "s2"). Shorten the time box or split the step.',
        ]);
        // The scale's own targets are checked where the scale is written.
        assert.deepEqual(at(orgFile, 'missing-response-target').map(m => m.split(' ')[0]), ['8:12-8:14']);
        assert.deepEqual(at(orgFile, 'missing-escalation'), [], 'a scale alone is not a playbook: no trigger or path to judge');
    });

    it('a playbook severity replacing the scale one is judged, and reported, in the playbook', async () => {
        const [, playbook] = await validateFiles({
            'org.playbook': org,
            'p.playbook': `playbook p "P" {
  uses standard
  severity s1 "Critical here" { respond within 5m resolve within 2h escalation org-path }
  notify executives via bridge every 1h during s1 owner commander
  trigger t "T" { otherwise s2 activated by commander }
}`,
        });
        assert.deepEqual(findings(playbook!, 'missing-escalation'), []);
        assert.deepEqual(findings(playbook!, 'comms-cadence'), []);
    });
});

describe("hover on a playbook's communication rule that replaces a shared plan's rules", () => {
    it('says which plan, how many rules and in which file, on the rule\'s keywords; a rule for another audience says nothing', async () => {
        const services = createLspServices();
        await parseHelper(services)(ORG, { documentUri: 'file:///workspace/org.playbook' });
        const text = [
            'playbook q "Q" {',
            '  uses standard, standard-comms',
            '  <|>notify customers via bridge every 15m during s1 owner commander',
            '  notify <|>executives via bridge every 30m owner commander',
            '  notify commander via bridge on start',
            '  <|>notify media via bridge on start',
            '}',
        ].join('\n');
        await expectHover(services)({ text, index: 0, hover: /^\*\*notify\*\*: [\s\S]*\n\nReplaces, in this playbook, the rule for `customers` of the organisation's communication plan `standard-comms` \(in org\.playbook\)\.$/ });
        await expectHover(services)({ text, index: 1, hover: /\n\nReplaces, in this playbook, the rule for `executives` of the organisation's communication plan `standard-comms` \(in org\.playbook\)\.$/ });
        await expectHover(services)({ text, index: 2, hover: /^(?![\s\S]*Replaces)\*\*notify\*\*/ });
    });
});
