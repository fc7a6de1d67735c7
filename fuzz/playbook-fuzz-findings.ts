/** What the fuzzer reports about one input. */
export interface FuzzFinding {
    /** `exception`, `hang` (no answer within the limit), `format-not-idempotent`, `format-changed-meaning`, `format-changed-tokens`, `format-broke-syntax`. */
    kind: string;
    /** The request or check that failed: parse, build, completion, hover, symbols, format... */
    stage: string;
    detail: string;
}

/** How long one request may take before the watchdog records the case as hung. */
export const REQUEST_LIMIT_MS = 2000;

/** A readable one-line account of a finding. */
export function describeFinding(finding: FuzzFinding): string {
    return `${finding.kind} in ${finding.stage}: ${finding.detail}`;
}
