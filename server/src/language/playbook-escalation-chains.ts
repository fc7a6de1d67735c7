import type { EscalationPath } from './generated/ast.js';

/**
 * Where escalation paths' `then` chains lead, worked out once for every path walked: each path
 * is visited once overall, so checking every path of a long chain costs linear time, where
 * walking each path's chain on its own costs quadratic time (3,000 chained paths took 29 s).
 * Valid while the paths do not change (one validation of a document).
 */
export class EscalationChains {
    /** For each path walked: the loop it lies on (in chain order, starting anywhere), or null. */
    private readonly loops = new Map<EscalationPath, readonly EscalationPath[] | null>();

    /**
     * The loop `path` lies on, starting at `path` and following `then` until just before it comes
     * back (`a -> b -> c` for `a then b`, `b then c`, `c then a`); undefined when its chain ends
     * or runs into a loop that does not include it.
     */
    loopOf(path: EscalationPath): readonly EscalationPath[] | undefined {
        if (!this.loops.has(path)) {
            this.walk(path);
        }
        const loop = this.loops.get(path);
        if (!loop) {
            return undefined;
        }
        const start = loop.indexOf(path);
        return [...loop.slice(start), ...loop.slice(0, start)];
    }

    private walk(from: EscalationPath): void {
        const walked: EscalationPath[] = [];
        const position = new Map<EscalationPath, number>();
        for (let path: EscalationPath | undefined = from; path && !this.loops.has(path); path = path.next?.ref) {
            const seenAt = position.get(path);
            if (seenAt !== undefined) {
                const loop = walked.slice(seenAt);
                loop.forEach(p => this.loops.set(p, loop));
                break;
            }
            position.set(path, walked.length);
            walked.push(path);
        }
        walked.filter(p => !this.loops.has(p)).forEach(p => this.loops.set(p, null));
    }
}
