import { checkstyle } from './checkstyle.js';
import { compact } from './compact.js';
import { gitlab } from './gitlab.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import type { ReportFormat } from './report-input.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** The report formats of `playbook check`, by the name `--format` takes; the first is the default. */
export const REPORT_FORMATS: Readonly<Record<string, ReportFormat>> = { stylish, compact, json, sarif, github, junit, gitlab, checkstyle };
