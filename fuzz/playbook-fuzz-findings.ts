/** What the fuzzer reports about one input. */
export interface FuzzFinding {
    /** `exception`, `hang` (no answer within the limit), `format-not-idempotent`, `format-changed-meaning`, `format-changed-tokens`, `format-broke-syntax`. */
    kind: string;
    /** The request or check that failed: parse, build, completion, hover, symbols, format... */
    stage: string;
    detail: string;
}

/** How long one request may take in `npm run fuzz` before the watchdog records the case as hung. */
export const REQUEST_LIMIT_MS = 2000;

/**
 * Decides when a request has hung: `arm` is called as each request starts and calls `hung` once
 * the request is judged stuck; the function it returns disarms it when the request answers.
 * `limit` says what the judgement was, for the finding.
 */
export interface FuzzWatchdog {
    readonly limit: string;
    arm(stage: string, hung: () => void): () => void;
}

/** A watchdog on the wall clock: a request that has not answered after `ms` has hung. */
export function timerWatchdog(ms: number): FuzzWatchdog {
    return {
        limit: `${ms} ms`,
        arm(_stage, hung) {
            const timer = setTimeout(hung, ms);
            return () => clearTimeout(timer);
        },
    };
}

/** A readable one-line account of a finding. */
export function describeFinding(finding: FuzzFinding): string {
    return `${finding.kind} in ${finding.stage}: ${finding.detail}`;
}
