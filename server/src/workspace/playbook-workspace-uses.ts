import { MultiMap } from 'langium';

/** One use: the target's `uri#path`, and that of the definition the reference is written in ('' for none). */
export type Use = readonly [target: string, source: string];

/** A set of keys as the workspace facts read it. */
export type KeySet = Pick<ReadonlySet<string>, 'has'>;

/**
 * Which definitions something refers to (`used`), and which are relied on (`reliedOn`: reached
 * from a use that no definition holds, through the definitions it reaches; see
 * PlaybookWorkspaceFacts.isReliedOn), kept up to date document by document.
 *
 * Every aggregation of the workspace facts used to gather every document's uses again: 30,000
 * in a workspace of 1,000 playbooks, about 20 ms of every edit and of every rename. Now it hands
 * each document's uses over (`apply`); only a document whose uses are a new list is counted
 * again, and `reliedOn` is computed again only when a use appeared or disappeared. Typing a
 * title or renaming a person changes no use (uses are keyed by path, not by name).
 */
export class WorkspaceUses {
    /** The uses counted for each document, by URI. */
    private readonly applied = new Map<string, readonly Use[]>();
    /**
     * Each target, with the sources of its uses and how many times each is counted. Keyed by the
     * keys the documents' uses already hold: no key is built per use.
     */
    private readonly targets = new Map<string, Map<string, number>>();
    private relied: Set<string> | undefined;

    /** Counts `uses` as the document's, in place of what was counted for it before. */
    apply(uri: string, uses: readonly Use[]): void {
        const old = this.applied.get(uri);
        if (old === uses) {
            return;
        }
        // The new uses first: a use in both lists never drops to none, so that a re-built file
        // whose uses did not change (an edit of a title) leaves `reliedOn` as it was.
        this.count(uses, 1);
        if (old) {
            this.count(old, -1);
        }
        this.applied.set(uri, uses);
    }

    /** Forgets the documents not in `present` (deleted from the workspace). */
    keepOnly(present: ReadonlySet<string>): void {
        for (const [uri, uses] of this.applied) {
            if (!present.has(uri)) {
                this.count(uses, -1);
                this.applied.delete(uri);
            }
        }
    }

    /** The targets some use names. */
    used(): KeySet {
        return this.targets;
    }

    /** The targets reached from the uses no definition holds, through the definitions they reach. */
    reliedOn(): KeySet {
        if (!this.relied) {
            const bySource = new MultiMap<string, string>();
            for (const [target, sources] of this.targets) {
                for (const source of sources.keys()) bySource.add(source, target);
            }
            const relied = new Set<string>();
            const queue = [...bySource.get('')];
            while (queue.length > 0) {
                const key = queue.pop()!;
                if (!relied.has(key)) {
                    relied.add(key);
                    queue.push(...bySource.get(key));
                }
            }
            this.relied = relied;
        }
        return this.relied;
    }

    private count(uses: readonly Use[], delta: 1 | -1): void {
        for (const [target, source] of uses) {
            let sources = this.targets.get(target);
            if (!sources) {
                if (delta < 0) continue;
                sources = new Map();
                this.targets.set(target, sources);
            }
            const count = (sources.get(source) ?? 0) + delta;
            if (count > 0) {
                if (count === 1 && delta > 0) this.relied = undefined;
                sources.set(source, count);
            } else {
                sources.delete(source);
                this.relied = undefined;
                if (sources.size === 0) this.targets.delete(target);
            }
        }
    }
}
