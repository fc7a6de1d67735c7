import type { LangiumSharedServices } from 'langium/lsp';
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { readInitializationOptions, type InitializationOptionProblem } from '../../../protocol/src/playbook-initialization.js';
import { settingsMessages } from '../messages.js';

/** The sentence for a setting of the wrong kind, naming the setting. */
export function settingProblemText(problem: InitializationOptionProblem): string {
    return settingsMessages.wrongKind({
        setting: problem.setting,
        expected: settingsMessages.kinds[problem.expected],
        actual: settingsMessages.kinds[problem.actual],
    });
}

/**
 * Tells the user about settings of the wrong kind (the options that carry them are ignored, see
 * readInitializationOptions): in the output channel and as a warning, once the client is ready
 * to show messages (after `initialized`). A notification, not `window/showMessageRequest`: a
 * client that cannot answer requests must not turn a warning into a failed start.
 */
export function registerSettingProblems(connection: Connection, shared: LangiumSharedServices): void {
    let problems: InitializationOptionProblem[] = [];
    shared.lsp.LanguageServer.onInitialize(params => {
        problems = readInitializationOptions(params.initializationOptions).problems;
    });
    shared.lsp.LanguageServer.onInitialized(() => {
        for (const problem of problems) {
            const text = settingProblemText(problem);
            connection.console.warn(text);
            void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: text });
        }
    });
}
