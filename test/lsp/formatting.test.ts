import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { expectFormatting } from 'langium/test';
import { formatPlaybookText } from '../../server/src/lsp/format-text.js';
import { createLspServices } from './lsp-services.js';

const OPTIONS = { tabSize: 2, insertSpaces: true };

const MESSY = `

// The organisation, written in a hurry.
import   "../org/people.playbook"
person alice "Alice" { phone "+1"   email "a@x"
   timezone "Europe/Warsaw" }



assign commander to alice ,bob backup  carol
playbook p "P" { owner commander
  // the severity
      severity sev1 { respond within 15m /* inline */ resolve within 1d }
  escalation path1 { level 1 notify commander level 2 after 10m notify alice
  repeat 2 }

  phase a { step s1 "S1" owner commander within 10m { check "x" check "y" }
     decide d "Q?" { yes goto s1
 no goto s1 }
     // trailing in phase
  }
  notify responders via c ,   c on start
  review "R" owner commander   within 5d { assess "a" }
  drill tabletop every 90d    // quarterly
}   `;

const CANONICAL = `// The organisation, written in a hurry.
import "../org/people.playbook"
person alice "Alice" {
  phone "+1"
  email "a@x"
  timezone "Europe/Warsaw"
}

assign commander to alice, bob backup carol
playbook p "P" {
  owner commander
  // the severity
  severity sev1 {
    respond within 15m /* inline */
    resolve within 1d
  }
  escalation path1 {
    level 1 notify commander
    level 2 after 10m notify alice
    repeat 2
  }

  phase a {
    step s1 "S1" owner commander within 10m {
      check "x"
      check "y"
    }
    decide d "Q?" {
      yes goto s1
      no goto s1
    }
    // trailing in phase
  }
  notify responders via c, c on start
  review "R" owner commander within 5d {
    assess "a"
  }
  drill tabletop every 90d // quarterly
}
`;

describe('formatting', () => {
    const services = createLspServices();
    const format = expectFormatting(services);

    it('brings a messy file into the canonical layout, keeping comments and single blank lines', async () => {
        await format({ before: MESSY, after: CANONICAL, options: OPTIONS });
    });

    it('is idempotent', async () => {
        await format({ before: CANONICAL, after: CANONICAL, options: OPTIONS });
        assert.equal(await formatPlaybookText(await formatPlaybookText(MESSY)), CANONICAL);
    });

    it('indents with two spaces whatever the editor options say (one canonical layout)', async () => {
        await format({
            before: 'role scribe { duty "Keeps the timeline" }\n',
            after: 'role scribe {\n  duty "Keeps the timeline"\n}\n',
            options: { tabSize: 4, insertSpaces: true },
        });
    });

    it('formats only the lines of a range', async () => {
        const before = 'role a {   duty "x" }\nrole b {   duty "y" }\n';
        await format({
            before,
            after: 'role a {   duty "x" }\nrole b {\n  duty "y"\n}\n',
            options: OPTIONS,
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 21 } },
        });
    });

    it('leaves a file with syntax errors as it is', async () => {
        const broken = 'role a {   duty "x" \nrole b {{ duty }\n';
        await format({ before: broken, after: broken, options: OPTIONS });
        assert.equal(await formatPlaybookText(broken), broken);
    });

    it('formats every sample back from a copy with no indentation and blanks at the ends of lines', async () => {
        const root = path.resolve(import.meta.dirname, '../../samples');
        for (const folder of ['org', 'playbooks']) {
            for (const file of readdirSync(path.join(root, folder)).filter(name => name.endsWith('.playbook'))) {
                const text = readFileSync(path.join(root, folder, file), 'utf8');
                // Not after comments: their trailing blanks are the comment's own text.
                const messy = text.split('\n').map(line => line.trimStart()).map(line => line === '' || line.includes('//') ? line : `${line}   `).join('\n');
                assert.equal(await formatPlaybookText(messy), text, `${folder}/${file}`);
            }
        }
    });

    it('keeps every sample in canonical layout', async () => {
        const root = path.resolve(import.meta.dirname, '../../samples');
        for (const folder of ['org', 'playbooks']) {
            for (const file of readdirSync(path.join(root, folder))) {
                const text = readFileSync(path.join(root, folder, file), 'utf8');
                assert.equal(await formatPlaybookText(text), text, `${folder}/${file} is not in canonical layout`);
            }
        }
    });
});
