import type { WorkspaceEdit } from 'vscode-languageserver-types';

/**
 * Commands the server's code lenses ask the client to run. The client registers them; both
 * sides import the ids and argument types from here so that nothing is spelled twice.
 */
export const RUN_PLAYBOOK_COMMAND = 'playbook.runPlaybook';

/** Arguments of `playbook.runPlaybook`: the document's URI and the playbook's name. */
export type RunPlaybookArguments = [documentUri: string, playbookName: string];

/**
 * A quick fix with more choices than fit in the light-bulb menu ("Choose who holds …"): the
 * client shows a picker over `items` and applies the chosen item's workspace edit.
 */
export const CHOOSE_FIX_COMMAND = 'playbook.chooseFix';

/** The argument of `playbook.chooseFix`. */
export interface ChooseFixArguments {
    placeHolder: string;
    items: Array<{ label: string; description: string; edit: WorkspaceEdit }>;
}
