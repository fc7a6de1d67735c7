// One place for the harness's output, so that every line says which part of the run wrote it.

const started = Date.now();

/** Writes one line prefixed with the seconds since the run started. */
export function log(message: string): void {
    const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
    process.stdout.write(`[e2e ${seconds}s] ${message}\n`);
}

/** Seconds since the run started, for the closing summary. */
export function elapsedSeconds(): number {
    return Math.round((Date.now() - started) / 1000);
}
