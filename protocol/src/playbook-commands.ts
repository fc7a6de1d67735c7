/**
 * Commands the server's code lenses ask the client to run. The client registers them; both
 * sides import the ids and argument types from here so that nothing is spelled twice.
 */
export const RUN_PLAYBOOK_COMMAND = 'playbook.runPlaybook';

/** Arguments of `playbook.runPlaybook`: the document's URI and the playbook's name. */
export type RunPlaybookArguments = [documentUri: string, playbookName: string];

/**
 * What a client says about itself when it starts the server. The VS Code extension
 * contributes snippets/playbook.json statically (they work before the server is up), so it
 * asks the server not to offer the same snippets again as completion items.
 */
export interface PlaybookInitializationOptions {
    snippetsContributed?: boolean;
    /** The `playbook.configFile` setting: the rule configuration's path, relative to the workspace folder. */
    configFile?: string;
}
