import type { URI } from 'langium';

/** The changes one build takes at once, with what an earlier, cancelled build left of a rename. */
export interface TakenChanges {
    changed: URI[];
    deleted: URI[];
    /**
     * Shape-stable files (see PlaybookDocumentBuilder) whose re-parse a cancelled build started
     * before the references into them were pointed at the new nodes, with the names they renamed.
     */
    carried: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * The document changes not yet built. An editor sends a burst of them when it applies a
 * workspace edit (a rename opens every changed file), and each cancels the build the previous
 * one started; they are gathered here and built once, by the last update of the burst (or by
 * whatever build comes next), instead of each update resetting and scanning the workspace.
 */
export class PlaybookPendingChanges {
    private readonly changed = new Map<string, URI>();
    private readonly deleted = new Map<string, URI>();
    private readonly carried = new Map<string, Set<string>>();

    /** Adds an update's changes; a later change of a URI replaces an earlier deletion, and the reverse. */
    add(changed: readonly URI[], deleted: readonly URI[]): void {
        for (const uri of changed) {
            this.deleted.delete(uri.toString());
            this.changed.set(uri.toString(), uri);
        }
        for (const uri of deleted) {
            this.changed.delete(uri.toString());
            this.carried.delete(uri.toString());
            this.deleted.set(uri.toString(), uri);
        }
    }

    /**
     * Hands shape-stable files back for the next build when a build was cancelled before it
     * pointed the references into them at their new nodes: the next build does it, with the
     * names renamed since their last linked parse (its own comparison sees only the newest text).
     */
    carry(uri: URI, names: ReadonlySet<string>): void {
        const key = uri.toString();
        const known = this.carried.get(key) ?? new Set<string>();
        names.forEach(name => known.add(name));
        this.carried.set(key, known);
        this.add([uri], []);
    }

    /** True when a change or deletion of `uri` waits to be built. */
    has(uri: URI): boolean {
        return this.changed.has(uri.toString()) || this.deleted.has(uri.toString());
    }

    /** True when nothing waits to be built. */
    get empty(): boolean {
        return this.changed.size === 0 && this.deleted.size === 0;
    }

    /** Everything pending, which is then no longer pending. */
    take(): TakenChanges {
        const taken = { changed: [...this.changed.values()], deleted: [...this.deleted.values()], carried: new Map(this.carried) };
        this.changed.clear();
        this.deleted.clear();
        this.carried.clear();
        return taken;
    }
}
