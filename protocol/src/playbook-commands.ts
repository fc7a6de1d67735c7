/**
 * Commands the server's code lenses ask the client to run. The client registers them; both
 * sides import the ids and argument types from here so that nothing is spelled twice.
 */
export const RUN_PLAYBOOK_COMMAND = 'playbook.runPlaybook';

/** Arguments of `playbook.runPlaybook`: the document's URI and the playbook's name. */
export type RunPlaybookArguments = [documentUri: string, playbookName: string];
