/**
 * What a client says about itself when it starts the server (LSP `initializationOptions`).
 * The VS Code extension contributes snippets/playbook.json statically (they work before the
 * server is up), so it asks the server not to offer the same snippets again as completion items.
 */
export interface PlaybookInitializationOptions {
    snippetsContributed?: boolean;
    /** The `playbook.configFile` setting: the rule configuration's path, relative to the workspace folder. */
    configFile?: string;
}
