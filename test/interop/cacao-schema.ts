/**
 * Validation of CACAO playbooks against OASIS's published JSON schemas (vendored in
 * test/fixtures/cacao/schemas), plus the cross-reference rules the schemas cannot express:
 * every step id that a step names exists, there is exactly one start step and `workflow_start`
 * is it, and every agent a step names is defined.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv2019, type ErrorObject } from 'ajv/dist/2019.js';
import type { CacaoPlaybook } from '../../interop/src/cacao/cacao-types.js';

const SCHEMAS = path.resolve('test/fixtures/cacao/schemas');

function schemaFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const full = path.join(folder, name);
        return statSync(full).isDirectory() ? schemaFiles(full) : name.endsWith('.json') ? [full] : [];
    });
}

/**
 * The one place where the published schemas contradict the specification: `command-data.json`
 * closes itself with `unevaluatedProperties: false` over `type`, `version`, `playbook_activity`
 * and `external_references` only, so under 2019-09 rules every command's own `command` (which
 * the specification, section 5, and `manual.json` define) is rejected — SOARCA's published
 * examples included. Those properties, and only at a command, are let through.
 */
const COMMAND_PROPERTIES = new Set(['command', 'command_b64', 'description', 'headers', 'content', 'content_b64']);
function schemaDefect(error: ErrorObject): boolean {
    const property = (error.params as { unevaluatedProperty?: string }).unevaluatedProperty;
    return error.keyword === 'unevaluatedProperties' && /\/commands\/\d+$/.test(error.instancePath) && property !== undefined && COMMAND_PROPERTIES.has(property);
}

let validator: ((value: unknown) => string[]) | undefined;

/** The schema errors of `value` as a CACAO playbook, each as "path: message". */
export function schemaErrors(value: unknown): string[] {
    if (!validator) {
        // The schemas declare draft-07 but use `unevaluatedProperties`, a 2019-09 keyword: only a
        // 2019-09 validator enforces it (a draft-07 one would silently accept extra properties).
        const ajv = new Ajv2019({ strict: false, allErrors: true, validateSchema: false });
        for (const file of schemaFiles(SCHEMAS)) {
            ajv.addSchema(JSON.parse(readFileSync(file, 'utf8')) as object);
        }
        const validate = ajv.getSchema('https://raw.githubusercontent.com/oasis-open/cacao-json-schemas/main/schemas/playbook.json')!;
        validator = value => validate(value) ? [] : (validate.errors ?? []).filter(e => !schemaDefect(e)).map(e => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
    }
    return validator(value);
}

/** The cross-reference problems of a CACAO playbook. */
export function referenceErrors(playbook: CacaoPlaybook): string[] {
    const errors: string[] = [];
    const ids = new Set(Object.keys(playbook.workflow));
    const starts = Object.entries(playbook.workflow).filter(([, step]) => step.type === 'start').map(([id]) => id);
    if (starts.length !== 1) errors.push(`${starts.length} start steps`);
    if (!ids.has(playbook.workflow_start) || playbook.workflow[playbook.workflow_start]?.type !== 'start') {
        errors.push(`workflow_start ${playbook.workflow_start} is not the start step`);
    }
    for (const [id, step] of Object.entries(playbook.workflow)) {
        const named = [step.on_completion, step.on_success, step.on_failure, step.on_true, step.on_false, ...(step.next_steps ?? []), ...Object.values(step.cases ?? {})];
        for (const target of named) {
            if (target !== undefined && !ids.has(target)) errors.push(`${id} names the missing step ${target}`);
        }
        if (step.agent !== undefined && !(step.agent in (playbook.agent_definitions ?? {}))) {
            errors.push(`${id} names the missing agent ${step.agent}`);
        }
        for (const key of Object.keys(step.step_extensions ?? {})) {
            if (!(key in (playbook.extension_definitions ?? {}))) errors.push(`${id} uses the undeclared extension ${key}`);
        }
    }
    return errors;
}
