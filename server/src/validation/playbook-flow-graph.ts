import { AstUtils } from 'langium';
import { isDecision, isPhase, isStep, type FlowItem, type Playbook } from '../language/generated/ast.js';
import { treeRevision } from '../language/playbook-tree-revision.js';

/** How one flow item leads to another, and which piece of syntax says so. */
export interface FlowEdge {
    from: FlowItem;
    to: FlowItem;
    kind: 'next' | 'goto' | 'after';
    /** For `goto`: the branch's index in the decision; for `after`: the index in the waiting item's list. */
    index: number;
}

/**
 * The flow of a playbook's steps, read as the runner reads it (docs/runner.md, "Flow"): an item
 * waits for the items of its `after` list (an edge from each), or else follows the item written
 * before it, except after a decision (which does not fall through) and except when it is a
 * forward target of a decision and the item before it lies on another branch of that decision
 * (answers are exclusive); a decision leads to its answers' targets. The first item of the first
 * phase is the start. unreachable-step, step-cycle, dead-end-branch and the comms gate rule all
 * read this one graph, so they cannot disagree with each other or with the runner.
 */
export class FlowGraph {
    readonly items: FlowItem[];
    readonly edges: FlowEdge[] = [];
    private readonly outgoing = new Map<FlowItem, FlowEdge[]>();

    constructor(playbook: Playbook) {
        this.items = playbook.elements.filter(isPhase).flatMap(phase => phase.items);
        const position = new Map(this.items.map((item, i) => [item, i]));
        // For each forward target of a decision, the first decision that jumps forward to it.
        const forwardFrom = new Map<FlowItem, number>();
        this.items.forEach((item, d) => {
            if (!isDecision(item)) return;
            item.branches.forEach((branch, b) => {
                const target = branch.target?.ref;
                const t = target ? position.get(target) : undefined;
                if (target && t !== undefined) {
                    this.add({ from: item, to: target, kind: 'goto', index: b });
                    if (t > d && !forwardFrom.has(target)) forwardFrom.set(target, d);
                }
            });
        });
        this.items.forEach((item, i) => {
            const waits = item.dependsOn.map((dependency, d) => ({ waitedFor: dependency?.ref, d })).filter(w => w.waitedFor !== undefined);
            if (waits.length > 0) {
                waits.forEach(({ waitedFor, d }) => this.add({ from: waitedFor!, to: item, kind: 'after', index: d }));
                return;
            }
            const before = this.items[i - 1];
            const decision = forwardFrom.get(item);
            const onAnotherBranch = decision !== undefined && decision < i - 1;
            if (before && isStep(before) && !onAnotherBranch) {
                this.add({ from: before, to: item, kind: 'next', index: 0 });
            }
        });
    }

    private add(edge: FlowEdge): void {
        this.edges.push(edge);
        this.outgoing.set(edge.from, [...(this.outgoing.get(edge.from) ?? []), edge]);
    }

    /** The edges leaving an item, optionally only those of one kind. */
    successors(item: FlowItem, kind?: FlowEdge['kind']): FlowEdge[] {
        const edges = this.outgoing.get(item) ?? [];
        return kind ? edges.filter(e => e.kind === kind) : edges;
    }

    /** The items some path from the start reaches (the start included). */
    reachable(): Set<FlowItem> {
        const start = this.items[0];
        const seen = new Set<FlowItem>(start ? [start] : []);
        const queue = start ? [start] : [];
        while (queue.length > 0) {
            for (const edge of this.successors(queue.shift()!)) {
                if (!seen.has(edge.to)) {
                    seen.add(edge.to);
                    queue.push(edge.to);
                }
            }
        }
        return seen;
    }

    /**
     * Strongly connected components that contain a loop (Tarjan's algorithm, written with an
     * explicit stack: a long plan is one long fall-through chain, too deep for recursion).
     */
    loops(kind?: FlowEdge['kind']): FlowItem[][] {
        const index = new Map<FlowItem, number>();
        const low = new Map<FlowItem, number>();
        const stack: FlowItem[] = [];
        const onStack = new Set<FlowItem>();
        const result: FlowItem[][] = [];
        let counter = 0;
        for (const root of this.items) {
            if (index.has(root)) {
                continue;
            }
            const work: Array<{ item: FlowItem; next: number }> = [{ item: root, next: 0 }];
            index.set(root, counter);
            low.set(root, counter++);
            stack.push(root);
            onStack.add(root);
            while (work.length > 0) {
                const frame = work[work.length - 1]!;
                const edges = this.successors(frame.item, kind);
                if (frame.next < edges.length) {
                    const to = edges[frame.next++]!.to;
                    if (!index.has(to)) {
                        index.set(to, counter);
                        low.set(to, counter++);
                        stack.push(to);
                        onStack.add(to);
                        work.push({ item: to, next: 0 });
                    } else if (onStack.has(to)) {
                        low.set(frame.item, Math.min(low.get(frame.item)!, index.get(to)!));
                    }
                    continue;
                }
                work.pop();
                const parent = work[work.length - 1];
                if (parent) {
                    low.set(parent.item, Math.min(low.get(parent.item)!, low.get(frame.item)!));
                }
                if (low.get(frame.item) === index.get(frame.item)) {
                    const component: FlowItem[] = [];
                    let member: FlowItem;
                    do {
                        member = stack.pop()!;
                        onStack.delete(member);
                        component.push(member);
                    } while (member !== frame.item);
                    const selfLoop = edges.some(e => e.to === frame.item);
                    if (component.length > 1 || selfLoop) {
                        result.push(component.reverse());
                    }
                }
            }
        }
        return result;
    }
}

const graphs = new WeakMap<Playbook, { graph: FlowGraph; revision: number }>();

/**
 * The flow graph of a playbook, built once per parsed playbook and shared by the rules that
 * read it (a re-parse makes new nodes, and an edit in place a new revision of the tree, so a
 * cached graph never outlives what it was built from).
 */
export function flowGraphOf(playbook: Playbook): FlowGraph {
    const revision = treeRevision(AstUtils.findRootNode(playbook));
    let cached = graphs.get(playbook);
    if (!cached || cached.revision !== revision) {
        cached = { graph: new FlowGraph(playbook), revision };
        graphs.set(playbook, cached);
    }
    return cached.graph;
}
