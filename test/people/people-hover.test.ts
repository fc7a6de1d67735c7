import { expectHover, parseHelper } from 'langium/test';
import { createLspServices } from '../lsp/lsp-services.js';

const ORG = `
person alice "Alice" { phone "+48 600 100 200"  qualified trained }
qualification trained "Trained incident commander"
calendar office "Office" { timezone "Europe/Warsaw"  hours monday to friday 09:00 to 17:00  holiday 2026-12-24 }
role commander "Incident commander" { section command  requires trained  relieve after 12h check-in every 4h }
assign commander to alice
role scribe "Scribe" { section planning  designated by commander  volunteers  holders 1 }
rotation desk "Desk" {
  owner commander
  layer day { members alice  only hours of office }
  override alice from 2026-12-24 to 2026-12-26 "Holiday cover"
  handoff duty "Hand over the **open** incidents"
}
`;

describe('hover on people, roles and time', () => {
    const services = createLspServices();
    const hover = expectHover(services);
    before(async () => {
        await parseHelper(services)(ORG, { documentUri: 'file:///workspace/org.playbook' });
    });

    it('a run-time role says who designates it, volunteers and how many hold it', async () => {
        await hover({
            text: 'playbook p { phase a { step s "S" owner <|>scribe } }', index: 0,
            hover: /Filled when the incident starts: to be designated by `commander`\.\n\nMay be filled by volunteers from the response team\.\n\nHeld by exactly 1 person at a time\.$/,
        });
    });

    it('a role shows what it requires and its relief', async () => {
        await hover({
            text: 'playbook p { owner <|>commander }', index: 0,
            hover: /Requires: `trained`\.\n\nThe holder is relieved after 12h and checks in every 4h\.$/,
        });
    });

    it('a rotation shows its owner, layers, override and escaped hand-off duty', async () => {
        await hover({
            text: 'playbook p { escalation e { level 1 notify <|>desk } }', index: 0,
            hover: /Owner: `commander`\.\n\nLayer day: `alice`\.\n\nOverride: `alice` on call from 2026-12-24 to 2026-12-26\.\n\nAt each hand-off: Hand over the \\\*\\\*open\\\*\\\* incidents$/,
        });
    });
});
