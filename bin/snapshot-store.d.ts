// Types of what the language server's own code reads from snapshot-store.js (the rest is used by
// the launchers in bin/ only, which are plain JavaScript).

/** The environment variable that tells a server started from a snapshot which start marker is its own. */
export declare const STARTING_VARIABLE: string;
