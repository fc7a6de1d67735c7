/**
 * The runner's browser entry, bundled once (esbuild, iife) and used twice: inside the VS Code
 * webview (talking to the extension through typed messages) and in the standalone HTML file.
 */
import type { HostMessage, WebviewMessage, WebviewPersistedState } from '../../../protocol/src/playbook-webview-messages.js';
import { negotiateLocale, setActiveLocale, type Locale } from '../../../l10n/src/index.js';
import { say } from '../playbook-runner-strings.js';
import { RunnerApp } from './playbook-runner-app.js';
import { embeddedModel, loadStore, pageLocale, standaloneHost, storeLocale } from './playbook-standalone-host.js';

interface VsCodeApi {
    postMessage(message: WebviewMessage): void;
    setState(state: WebviewPersistedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const TICK_MS = 1000;

function root(): HTMLElement {
    const element = document.getElementById('runner');
    if (!element) throw new Error('The page has no #runner element.');
    return element;
}

function startInVsCode(api: VsCodeApi): void {
    let app: RunnerApp | undefined;
    window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
        const message = event.data;
        switch (message.type) {
            case 'init':
                // The panel speaks VS Code's display language.
                useLocale(negotiateLocale([message.locale]));
                api.setState({ documentUri: message.documentUri, playbook: message.model.name });
                app = new RunnerApp(root(), message.model, message.store, {
                    save: store => {
                        api.postMessage({ type: 'save', store });
                        return undefined; // the host answers with a 'store' message if another window's events were merged in
                    },
                    exportFile: (format, fileName, content) => api.postMessage({ type: 'export', format, fileName, content }),
                    copy: text => {
                        api.postMessage({ type: 'copy', text });
                        return Promise.resolve(true);
                    },
                    writeRecord: () => api.postMessage({ type: 'record' }),
                    recordDrill: kind => api.postMessage({ type: 'record-drill', kind }),
                });
                app.render();
                if (message.storageProblem) app.report(message.storageProblem);
                break;
            case 'model':
                app?.updateModel(message.model);
                break;
            case 'model-error':
                app?.report(message.message);
                break;
            case 'store':
                app?.merge(message.store);
                break;
        }
    });
    setInterval(() => app?.tick(), TICK_MS);
    api.postMessage({ type: 'ready' });
}

/** Formats every text in `locale` from now on, and says so to assistive technology and the browser (`<html lang>`). */
function useLocale(locale: Locale): void {
    setActiveLocale(locale);
    document.documentElement.lang = locale;
}

function startStandalone(): void {
    // The responder's last choice on this machine, else the language the page was exported in.
    useLocale(pageLocale());
    const model = embeddedModel();
    if (!model) {
        root().textContent = say('noModel');
        return;
    }
    const { store, problems } = loadStore(model.name, Date.now());
    const host = standaloneHost(model.name, problem => app.report(problem), theirs => {
        app.merge(theirs);
        return app.currentStore();
    });
    const app: RunnerApp = new RunnerApp(root(), model, store, {
        ...host,
        chooseLocale: locale => {
            storeLocale(locale);
            useLocale(locale);
        },
    });
    if (store.current) {
        // The file may be a newer export of the playbook than the stored run saw: say what changed.
        app.updateModel(model, true);
    } else {
        app.render();
    }
    problems.forEach(problem => app.report(problem));
    setInterval(() => app.tick(), TICK_MS);
}

if (typeof acquireVsCodeApi === 'function') {
    startInVsCode(acquireVsCodeApi());
} else {
    startStandalone();
}
