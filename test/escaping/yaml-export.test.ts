import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { renderYaml } from '../../cli/src/export/yaml.js';
import { modelFrom } from '../runner/helpers.js';

// Plain scalars that YAML 1.1 and YAML 1.2 readers read differently (booleans, dates, sexagesimal
// and octal numbers, nulls), or that either would not read as the string written.
const MISREAD = ['yes', 'no', 'on', 'off', 'y', 'N', '2024-05-01', '2024-05-01T10:00:00Z', '12:30', '010', '0o17', '1_000', '~', 'null', '.inf', '+12', '1e3', '0x1F'];

/** cli/src/export/yaml.ts renderYaml: `playbook export --format yaml`. */
describe('YAML export (cli/src/export/yaml.ts)', () => {
    it('is read the same by YAML 1.1 and YAML 1.2 readers, whatever the strings say', async () => {
        const model = await modelFrom({ 'p.playbook': 'playbook p "P" {\n  role legal "Legal" { duty "d" }\n  phase a { step one "One" owner legal }\n}' });
        model.title = 'yes';
        const role = model.roles.find(r => r.name === 'legal')!;
        role.duties = [...MISREAD];
        const text = renderYaml(model);
        const expected = JSON.parse(JSON.stringify(model)) as unknown;
        assert.deepEqual(parse(text, { version: '1.1' }), expected);
        assert.deepEqual(parse(text, { version: '1.2' }), expected);
        assert.match(text, /^title: "yes"$/m);
    });
});
