/**
 * How long the suite waits before it calls something a hang. Tests never depend on the
 * machine's speed (docs/development.md, "A suite that does not depend on the machine's speed"):
 * these limits only stop a hang, and are minutes so that a loaded machine never trips them.
 * Mocha's own per-test limit is the `timeout` of .mocharc.json (5 minutes, the same figure).
 */

/** Mocha's limit for one test or hook, as in .mocharc.json. */
export const TEST_LIMIT_MS = 5 * 60_000;

/**
 * One wait inside a test (a browser locator, a page event, a request of a fuzz case): shorter
 * than the test's limit, so that the wait's own error, which names what never came, is the one
 * reported.
 */
export const WAIT_LIMIT_MS = 4 * 60_000;

/**
 * How long the test process may stay alive after the last test before the exit watchdog names
 * what holds it and exits (test/helpers/exit-watchdog.ts). A process that drains exits at once.
 */
export const EXIT_GRACE_MS = Number(process.env.PLAYBOOK_TEST_EXIT_GRACE_MS ?? 60_000);
