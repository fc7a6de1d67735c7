/**
 * The VS Code half of the run store (issues 19 and 22), on a fake VS Code surface
 * (test/client/fake-vscode.ts) over a real temporary workspace folder: the panel saves every
 * action to the workspace state and to `<run folder>/<playbook>.runs.json`, merges what another
 * window wrote when the file watcher says so, writes the run record once on resolve (and again
 * on demand), refuses a malformed message without saving, never overwrites an unreadable file,
 * gives a restarted webview what the host holds, and records a drill's date in the playbook.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import type { PlaybookModel } from '../../protocol/src/playbook-model-types.js';
import type { RunnerStore } from '../../protocol/src/playbook-run-store.js';
import type { HostMessage } from '../../protocol/src/playbook-webview-messages.js';
import { appendEvent, emptyStore, startRun } from '../../runner/src/engine/playbook-store.js';
import { sampleModel } from '../runner/helpers.js';
import { fake, FakeMemento, Uri, type FakePanel } from './fake-vscode.js';

register(new URL('./vscode-hook.mjs', import.meta.url));

const T0 = Date.parse('2026-11-23T10:00:00Z');
const MIN = 60_000;

describe('the runner host in VS Code (fake surface)', function () {
    let dir: string;
    let model: PlaybookModel;
    let memento: FakeMemento;
    let panels: { open(uri: string): Promise<void>; dispose(): void };
    let panel: FakePanel;
    const storeFile = (): string => path.join(dir, 'incident-runs', 'service-outage.runs.json');
    const onDisk = (): RunnerStore => JSON.parse(readFileSync(storeFile(), 'utf8')) as RunnerStore;
    const inState = (): RunnerStore => JSON.parse(memento.get<string>('incident-playbook-runner:service-outage')!) as RunnerStore;
    /** Waits until the host has posted a message of `type` after `count` messages. */
    const posted = (type: HostMessage['type'], after: number): Promise<HostMessage> => new Promise(resolve => {
        const look = (): boolean => {
            const found = (panel.posted.slice(after) as HostMessage[]).find(m => m.type === type);
            if (found) resolve(found);
            return found !== undefined;
        };
        if (!look()) {
            const listener = fake.changed.event(() => {
                if (look()) listener.dispose();
            });
        }
    });
    /** Lets the host's promise chains run (file reads and writes are real, so this waits on them, not on a clock). */
    const settled = async (check: () => boolean): Promise<void> => {
        for (let i = 0; i < 10_000 && !check(); i++) await new Promise(resolve => setImmediate(resolve));
        assert.ok(check(), 'the host never got there');
    };

    before(async () => {
        model = await sampleModel('playbooks/service-outage.playbook');
    });

    beforeEach(async () => {
        fake.reset();
        dir = mkdtempSync(path.join(tmpdir(), 'runner-host-'));
        fake.workspaceFolder = Uri.file(dir);
        memento = new FakeMemento();
        const { RunnerPanels } = await import('../../client/src/runner/playbook-runner-panel.js');
        const context = { workspaceState: memento, extensionUri: Uri.file('/extension') } as unknown as ExtensionContext;
        panels = new RunnerPanels(context, () => Promise.resolve({ model }));
        await panels.open(Uri.file(path.join(dir, 'service-outage.playbook')).toString());
        panel = fake.panels[0]!;
    });

    afterEach(() => {
        panels.dispose();
        rmSync(dir, { recursive: true, force: true });
    });

    const started = (): RunnerStore => startRun(emptyStore('service-outage'), model, { type: 'start', at: T0, severity: 'sev1' }, 'webview-a');

    it('opens one panel with a strict page, and answers "ready" with the stored runs', async () => {
        assert.equal(fake.panels.length, 1);
        // The attribute is HTML-escaped ('none' is written &#39;none&#39;), as a browser reads it back.
        const csp = (/Content-Security-Policy" content="([^"]*)"/.exec(panel.webview.html)?.[1] ?? '').replaceAll('&#39;', "'");
        const directives = csp.split(';').map(d => d.trim());
        assert.ok(directives.includes("default-src 'none'"), csp);
        // The runner needs no inline styles: its styles come from the extension's own file only.
        assert.ok(directives.includes('style-src vscode-webview:'), csp);
        assert.ok(directives.some(d => /^script-src 'nonce-[^']+'$/.test(d)), csp);
        panel.send({ type: 'ready' });
        const init = await posted('init', 0);
        assert.ok(init.type === 'init' && init.store.current === undefined && init.model.name === 'service-outage');
        // A watcher on the run folder's store files, for other windows' writes.
        assert.deepEqual(fake.watchers.map(w => [w.pattern.base.fsPath, w.pattern.pattern]), [[path.join(dir, 'incident-runs'), '*.runs.json']]);
    });

    it('saves each action to the workspace state and the run folder\'s file, through a temporary file', async () => {
        panel.send({ type: 'ready' });
        await posted('init', 0);
        const store = appendEvent(started(), { type: 'step-done', at: T0 + MIN, item: 'acknowledge' }, 'webview-a');
        panel.send({ type: 'save', store });
        await settled(() => memento.get('incident-playbook-runner:service-outage') !== undefined);
        assert.deepEqual(onDisk().current?.events.map(e => e.id), ['webview-a:1', 'webview-a:2']);
        assert.deepEqual(inState().current?.events.map(e => e.id), ['webview-a:1', 'webview-a:2']);
        assert.deepEqual(readdirSync(path.join(dir, 'incident-runs')), ['service-outage.runs.json'], 'no temporary file left behind');
    });

    it('merges what another window wrote when the watcher fires, and shows the union', async () => {
        panel.send({ type: 'ready' });
        await posted('init', 0);
        const ours = started();
        panel.send({ type: 'save', store: ours });
        await settled(() => memento.get('incident-playbook-runner:service-outage') !== undefined);
        // Window B ticks a step and writes the file.
        const theirs = appendEvent(ours, { type: 'check-toggled', at: T0 + 2 * MIN, item: 'acknowledge', index: 0, checked: true }, 'window-b');
        writeFileSync(storeFile(), JSON.stringify(theirs));
        const before = panel.posted.length;
        fake.watchers[0]!.changed.fire(Uri.file(storeFile()));
        const shown = await posted('store', before);
        assert.ok(shown.type === 'store');
        assert.deepEqual(shown.store.current?.events.map(e => e.id), ['webview-a:1', 'window-b:2']);
        await settled(() => inState().current?.events.length === 2);
        // A file of another playbook, or one that adds nothing, posts nothing.
        const quiet = panel.posted.length;
        fake.watchers[0]!.changed.fire(Uri.file(path.join(dir, 'incident-runs', 'other.runs.json')));
        fake.watchers[0]!.changed.fire(Uri.file(storeFile()));
        // Then something that does answer: by then the two reads above have been handled.
        panel.send({ type: 'ready' });
        await posted('init', quiet);
        assert.deepEqual((panel.posted.slice(quiet) as HostMessage[]).map(m => m.type), ['init']);
    });

    it('writes the run record once when the run is resolved, and again when asked', async () => {
        panel.send({ type: 'ready' });
        await posted('init', 0);
        const resolved = appendEvent(started(), { type: 'resolved', at: T0 + 50 * MIN }, 'webview-a');
        panel.send({ type: 'save', store: resolved });
        const record = path.join(dir, 'incident-runs', 'service-outage-2026-11-23T10-00-00-000Z.md');
        await settled(() => fake.shown.some(s => s.message.startsWith('Run record written')));
        assert.match(readFileSync(record, 'utf8'), /^# Incident timeline: Customer-facing service outage$/m);
        const json = JSON.parse(readFileSync(record.replace(/\.md$/, '.json'), 'utf8')) as { timeline: Array<{ type: string }> };
        assert.deepEqual(json.timeline.map(e => e.type), ['start', 'resolved']);
        assert.deepEqual(fake.shown.filter(s => s.message.startsWith('Run record written')).map(s => s.message),
            ['Run record written to incident-runs/service-outage-2026-11-23T10-00-00-000Z.md (with its JSON beside it).']);
        panel.send({ type: 'save', store: appendEvent(resolved, { type: 'note', at: T0 + 51 * MIN, text: 'x' }, 'webview-a') });
        await settled(() => inState().current?.events.length === 3);
        assert.equal(fake.shown.filter(s => s.message.startsWith('Run record written')).length, 1, 'written once on resolve');
        panel.send({ type: 'record' });
        await settled(() => fake.shown.filter(s => s.message.startsWith('Run record written')).length === 2);
        assert.match(readFileSync(record, 'utf8'), /Note: x/);
    });

    it('refuses a malformed save, says why and saves nothing', async () => {
        panel.send({ type: 'ready' });
        await posted('init', 0);
        panel.send({ type: 'save', store: { storeVersion: 2, playbook: 'service-outage' } });
        await settled(() => fake.shown.length > 0);
        assert.deepEqual(fake.shown, [{ level: 'error', message: 'The runner sent a message that is not what the extension expects (save: not a runner store of version 1 or 2); it was refused and nothing was saved.' }]);
        assert.equal(memento.get('incident-playbook-runner:service-outage'), undefined);
        assert.throws(() => readFileSync(storeFile()), /ENOENT/);
    });

    it('never overwrites an unreadable run file: it says so and keeps to the workspace state', async () => {
        const folder = path.join(dir, 'incident-runs');
        await import('node:fs/promises').then(fs => fs.mkdir(folder, { recursive: true }));
        writeFileSync(storeFile(), '{ not json');
        panel.send({ type: 'ready' });
        const init = await posted('init', 0);
        assert.ok(init.type === 'init' && /The run file .*service-outage\.runs\.json cannot be used \(not JSON/.test(init.storageProblem ?? ''));
        const before = panel.posted.length;
        panel.send({ type: 'save', store: started() });
        const problem = await posted('model-error', before);
        assert.ok(problem.type === 'model-error' && /cannot be used/.test(problem.message));
        assert.equal(readFileSync(storeFile(), 'utf8'), '{ not json');
        assert.equal(inState().current?.events.length, 1, 'the run is kept in the workspace state');
    });

    it('gives a webview restarted on a stale workspace state what the host already holds', async () => {
        panel.send({ type: 'ready' });
        await posted('init', 0);
        const two = appendEvent(started(), { type: 'step-done', at: T0 + MIN, item: 'acknowledge' }, 'webview-a');
        panel.send({ type: 'save', store: two });
        await settled(() => memento.get('incident-playbook-runner:service-outage') !== undefined);
        // The workspace state lags behind (a write not yet through), and there is no run folder this time.
        await memento.update('incident-playbook-runner:service-outage', JSON.stringify(started()));
        fake.settings.set('playbook.runner.folder', 'elsewhere');
        const before = panel.posted.length;
        panel.send({ type: 'ready' });
        const init = await posted('init', before);
        assert.ok(init.type === 'init');
        assert.deepEqual(init.store.current?.events.map(e => e.id), ['webview-a:1', 'webview-a:2'], 'the tick is not lost from the new view');
    });

    it('records today as the drill\'s last date on its line of the playbook, unsaved', async () => {
        const file = path.join(dir, 'service-outage.playbook');
        writeFileSync(file, 'playbook p {\n  drill tabletop "Game day" every 90d last 2026-11-12 // quarterly\n}\n');
        panel.send({ type: 'record-drill', kind: 'tabletop' });
        await settled(() => fake.shown.length > 0);
        const text = fake.documents.get(Uri.file(file).toString())!.getText();
        assert.match(text, /^ {2}drill tabletop "Game day" every 90d last \d{4}-\d{2}-\d{2} \/\/ quarterly$/m);
        assert.doesNotMatch(text, /2026-11-12/);
        assert.equal(readFileSync(file, 'utf8').includes('2026-11-12'), true, 'left unsaved for review');
        assert.match(fake.shown[0]!.message, /^The "tabletop" drill is recorded as done on \d{4}-\d{2}-\d{2}: review the change and save the playbook\.$/);
        panel.send({ type: 'record-drill', kind: 'surprise' });
        await settled(() => fake.shown.length > 1);
        assert.deepEqual(fake.shown[1], { level: 'warning', message: 'The playbook has no "drill surprise" line to record the date on.' });
    });
});
