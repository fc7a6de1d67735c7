import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { PROJECT_URL } from '../../../server/src/catalogue/playbook-code-info.js';
import type { Severity } from '../check.js';
import { messages } from '../messages.js';
import type { ReportFormat, RuleInfo } from './report-input.js';

const LEVELS: Readonly<Record<Severity, Sarif.Result.level>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** The base that relative artifact paths hang from; GitHub code scanning maps it to the repository root. */
const SOURCE_ROOT = '%SRCROOT%';

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, the rules with their default level and
 * help link, one result per finding, and inputs that could not be read as notifications.
 */
export const sarif: ReportFormat = ({ result, rules, cwd, version }) => {
    const descriptors = ruleDescriptors(rules, result.findings.map(f => f.code));
    const index = new Map(descriptors.map((d, i) => [d.id, i]));
    const log: Sarif.Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: messages.sarifToolName,
                    fullName: messages.sarifToolFullName,
                    version,
                    semanticVersion: version,
                    informationUri: PROJECT_URL,
                    rules: descriptors,
                },
            },
            originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(cwd + path.sep).href } },
            columnKind: 'utf16CodeUnits',
            invocations: [{
                executionSuccessful: result.problems.length === 0,
                toolExecutionNotifications: result.problems.map(p => ({
                    level: 'error' as const,
                    message: { text: p.message },
                    locations: [{ physicalLocation: { artifactLocation: artifact(p.path) } }],
                })),
            }],
            results: result.findings.map(f => ({
                ruleId: f.code,
                ruleIndex: index.get(f.code)!,
                level: LEVELS[f.severity],
                message: { text: f.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: artifact(f.file),
                        region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                    },
                }],
            })),
        }],
    };
    return JSON.stringify(log, undefined, 2);
};

/** Every rule of the validator, then any other code the findings carry (syntax and linking errors). */
function ruleDescriptors(rules: readonly RuleInfo[], codes: readonly string[]): Sarif.ReportingDescriptor[] {
    const descriptors: Sarif.ReportingDescriptor[] = rules.map(rule => ({
        id: rule.id,
        name: rule.title,
        shortDescription: { text: rule.shortDescription },
        fullDescription: { text: rule.fullDescription },
        helpUri: rule.docsUrl,
        help: { text: rule.fullDescription, markdown: `${rule.fullDescription} [Documentation](${rule.docsUrl})` },
        defaultConfiguration: { level: LEVELS[rule.defaultLevel] },
    }));
    const known = new Set(rules.map(r => r.id));
    for (const code of [...new Set(codes)].sort()) {
        if (!known.has(code)) {
            descriptors.push({ id: code, defaultConfiguration: { level: 'error' } });
        }
    }
    return descriptors;
}

/** A file's location: relative to the source root when inside it, else an absolute file URI. */
function artifact(file: string): Sarif.ArtifactLocation {
    if (path.isAbsolute(file)) {
        return { uri: pathToFileURL(file).href };
    }
    return { uri: file.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}
