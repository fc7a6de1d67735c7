/** `playbook export --format yaml`: the resolved model as YAML that every YAML reader reads the same. */
import { stringify } from 'yaml';
import type { PlaybookModel } from '../../../protocol/src/playbook-model-types.js';

/**
 * Every string value is double-quoted. A plain scalar means different things to different
 * readers: YAML 1.1 (PyYAML, many CI tools) reads `yes`, `no`, `on`, `off` as booleans,
 * `2024-05-01` as a date, `12:30` as the number 750 and `010` as octal, while YAML 1.2 reads
 * them as strings, and `0o17` the other way round. Quoted, a string is a string to both.
 * Keys are the model's own field names, plain words no reader misreads. No anchors and aliases,
 * should the model ever share an object: other tools read plain YAML.
 */
export function renderYaml(model: PlaybookModel): string {
    return stringify(model, { aliasDuplicateObjects: false, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
}
