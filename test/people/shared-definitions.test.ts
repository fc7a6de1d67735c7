import { strict as assert } from 'node:assert';
import { expectHover, parseHelper } from 'langium/test';
import { modelFrom } from '../runner/helpers.js';
import { createLspServices } from '../lsp/lsp-services.js';

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
