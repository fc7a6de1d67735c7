// Writes schemas/playbook.config.schema.json from the code catalogue and the config reader
// (server/src/config/playbook-config-schema.ts). test/validation/config-schema.test.ts fails
// when the committed file is not this output.
import { writeFileSync } from 'node:fs';
import { CONFIG_SCHEMA_PATH, playbookConfigSchemaText } from '../server/src/config/playbook-config-schema.js';

writeFileSync(new URL(`../${CONFIG_SCHEMA_PATH}`, import.meta.url), playbookConfigSchemaText());
process.stdout.write(`Wrote ${CONFIG_SCHEMA_PATH}\n`);
