import { expectHover, parseHelper } from 'langium/test';
import { activeLocale, setActiveLocale, type Locale } from '../../l10n/src/index.js';
import { createLspServices, ORGANISATION } from './lsp-services.js';

const PLAYBOOK = `playbook p "P" {
  owner <|>commander
  severity <|>sev1 "Worst" { respond within 15m resolve within 4h updates every 30m escalation org-path }
  role legal "Legal counsel" { duty "Advises on notification duties" }
  assign <|>tech-lead to alice
  escalation <|>local { level 1 notify commander level 2 after 10m notify alice level 3 after 20m notify security repeat 2 }
  phase a {
    step one "One" owner <|>legal <|>within 10m
  }
}`;

describe('hover', () => {
    const services = createLspServices();
    const hover = expectHover(services);
    before(async () => {
        await parseHelper(services)(ORGANISATION, { documentUri: 'file:///workspace/org.playbook' });
    });

    it('shows a role with section, duties, aliases, holders and backups from another file', async () => {
        await hover({
            text: PLAYBOOK, index: 0,
            hover: '**Role** `commander`: Incident commander\n\nSection: command\n\nCritical: this role needs a backup holder.\n\n'
                + 'Also called: Incident manager\n\nDuties:\n- Owns every duty not yet delegated\n\n'
                + 'Held by: `alice` (Alice Nowak)\n\nBackups: `陳志明` (陳志明)',
        });
    });

    it('lets an assignment inside the playbook win over the organisation', async () => {
        await hover({ text: PLAYBOOK, index: 2, hover: /Held by: `alice` \(Alice Nowak\)\n\nBackups: none$/ });
    });

    it('says when nobody holds a role', async () => {
        await hover({ text: PLAYBOOK, index: 4, hover: /Duties:\n- Advises on notification duties\n\nNobody holds this role\.$/ });
    });

    it('shows a severity with its targets and its path timeline', async () => {
        await hover({
            text: PLAYBOOK, index: 1,
            hover: '**Severity** `sev1`: Worst\n\nRespond within 15m  \nResolve within 4h  \nUpdates every 30m\n\nEscalation: `org-path`\n\nTimeline: L1 0m -> L2 10m',
        });
    });

    it('shows an escalation path timeline with cumulative times', async () => {
        await hover({ text: PLAYBOOK, index: 3, hover: /^\*\*Escalation path\*\* `local`\n\nTimeline: L1 0m -> L2 10m -> L3 30m\n\n.*Level 3 at 30m: `security` \(Security operations\)\n\nRepeats 2 times\.$/s });
    });

    it('shows a person with contacts and time zone', async () => {
        await hover({
            text: 'assign scribe to <|>alice', index: 0,
            hover: '**Person** `alice`: Alice Nowak\n\nphone: +48 600 100 200  \nemail: alice@example.com  \nTime zone: Europe/Warsaw',
        });
    });

    it('shows the grammar documentation of a keyword', async () => {
        await hover({ text: PLAYBOOK, index: 5, hover: /^\*\*within\*\*: A step: who does it, how long it may take, what it waits for, what to tick\. `during sev1, sev2` limits it to some severities: at another level it is not needed, and what waits for it goes on\.$/ });
        await hover({ text: 'role r { <|>section command }', index: 0, hover: /^\*\*section\*\*: A role: what someone does during an incident/ });
        await hover({ text: 'role r <|>{ section command }', index: 0, hover: undefined });
    });

    describe('in the server\'s locale', () => {
        let previous: Locale;
        beforeEach(() => { previous = activeLocale(); });
        afterEach(() => { setActiveLocale(previous); });

        it('shows the grammar documentation of a keyword in Polish, code spans as written', async () => {
            setActiveLocale('pl');
            await hover({ text: PLAYBOOK, index: 5, hover: /^\*\*within\*\*: Krok: kto go wykonuje, ile może trwać, na co czeka, co trzeba odhaczyć\. `during sev1, sev2` ogranicza go do niektórych poziomów ważności/ });
            await hover({ text: 'role r { <|>section command }', index: 0, hover: /^\*\*section\*\*: Rola: co ktoś robi podczas incydentu, jej sekcja ICS/ });
            await hover({ text: 'playbook p { <|>param update-every duration default 30m }', index: 0, hover: /^\*\*param\*\*: Parametr playbooka z typem: `param update-every duration default 30m`; teksty używają go jako `\{update-every\}`\.$/ });
        });

        it('shows the grammar documentation of a keyword in Traditional Chinese', async () => {
            setActiveLocale('zh-TW');
            await hover({ text: PLAYBOOK, index: 5, hover: /^\*\*within\*\*: 步驟：由誰執行、可以花多久、要等待什麼、要勾選什麼。`during sev1, sev2` 把它限制在某些嚴重等級/ });
            await hover({ text: 'role r { <|>section command }', index: 0, hover: /^\*\*section\*\*: 角色：某人在事件期間做什麼，包含其 ICS 組別、職責與其他名稱。$/ });
        });
    });
});
