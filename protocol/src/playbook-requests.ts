/**
 * The custom requests between the editor client and the language server, typed once
 * (`RequestType` carries the parameter and result types) so that neither side spells a
 * method name or guesses a shape.
 */
import { RequestType } from 'vscode-jsonrpc';
import type { PlaybookModel } from './playbook-model-types.js';

export interface PlaybookModelParams {
    /** The document's URI as the client knows it. */
    uri: string;
    /** The playbook's name; the file's first playbook when absent. */
    playbook?: string;
}

export type PlaybookModelResult =
    | { model: PlaybookModel }
    | { error: string; playbooks: string[] };

/** Returns one playbook's resolved model (the runner's input). Method `playbook/runnerModel`: a stable interface. */
export const PlaybookModelRequest = new RequestType<PlaybookModelParams, PlaybookModelResult, void>('playbook/runnerModel');
