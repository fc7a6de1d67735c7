import type { URI } from 'langium';

/**
 * The longest an edit of an open document waits before its re-build starts. Lexing and parsing
 * a file is one block of the process that nothing can interrupt, and the requests an edit
 * brings (completion typed at once, or after VS Code's 10 ms quick-suggestions delay; signature
 * help) are read only after it: waiting a moment first lets them be answered from the last
 * linked state (see playbook-last-linked.ts) instead of after the parse. A longer wait would
 * only delay the diagnostics.
 */
export const TYPING_PAUSE_MAX_MS = 25;

/**
 * How long each open document's last parse took, and so how long an edit of it waits: a request
 * arriving during the parse would wait that long, so the pause never costs more than it can save,
 * and a small file (parsed in a millisecond or two) is re-built at once. Keystrokes closer
 * together than the pause are built once, as the later one supersedes the earlier.
 */
export class TypingPause {
    private readonly parseMs = new Map<string, number>();
    /** The documents in a pause, each with the end of its pause (when its state is reset). */
    private readonly held = new Map<string, { ended: Promise<void>; end: () => void }>();

    /** Records how long the parse of `uri` took. */
    record(uri: URI, ms: number): void {
        this.parseMs.set(uri.toString(), ms);
    }

    forget(uri: URI): void {
        this.parseMs.delete(uri.toString());
    }

    /** The pause before re-building `uris`: the longest last parse among them, at most the maximum. */
    before(uris: readonly URI[]): number {
        const longest = Math.max(0, ...uris.map(uri => this.parseMs.get(uri.toString()) ?? 0));
        return Math.min(TYPING_PAUSE_MAX_MS, longest);
    }

    /**
     * Marks `uris` as in a pause until `release` is called for them (once their states are reset
     * for the re-build). Until then a document still looks built, from its old text.
     */
    hold(uris: readonly URI[]): void {
        for (const uri of uris) {
            const key = uri.toString();
            if (!this.held.has(key)) {
                let end!: () => void;
                const ended = new Promise<void>(resolve => {
                    end = resolve;
                });
                this.held.set(key, { ended, end });
            }
        }
    }

    /** Ends the pause of `uris`: their states are reset, or their build failed. */
    release(uris: readonly URI[]): void {
        for (const uri of uris) {
            const key = uri.toString();
            this.held.get(key)?.end();
            this.held.delete(key);
        }
    }

    /**
     * The end of the pause of `uri` (of every document in a pause, without `uri`), or undefined
     * when there is none: what a request about the edited text must wait for before it asks for
     * a document state, lest the old tree answer it.
     */
    settled(uri?: URI): Promise<void> | undefined {
        if (uri) {
            return this.held.get(uri.toString())?.ended;
        }
        return this.held.size > 0 ? Promise.all([...this.held.values()].map(held => held.ended)).then(() => undefined) : undefined;
    }
}
