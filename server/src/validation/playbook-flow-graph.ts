import { isDecision, isPhase, isStep, type FlowItem, type Playbook } from '../language/generated/ast.js';

/** How one flow item leads to another, and which piece of syntax says so. */
export interface FlowEdge {
    from: FlowItem;
    to: FlowItem;
    kind: 'next' | 'goto' | 'after';
    /** For `goto`: the branch's index in the decision; for `after`: the index in the waiting item's list. */
    index: number;
}

/**
 * The flow of a playbook's steps, as docs/language.md reads it: steps run in the order written
 * across phases; a decision does not fall through but jumps to its branches' targets; `after a`
 * lets a step run once `a` is done (an edge from `a`). The first item of the first phase is the start.
 */
export class FlowGraph {
    readonly items: FlowItem[];
    readonly edges: FlowEdge[] = [];
    private readonly outgoing = new Map<FlowItem, FlowEdge[]>();

    constructor(playbook: Playbook) {
        this.items = playbook.elements.filter(isPhase).flatMap(phase => phase.items);
        this.items.forEach((item, i) => {
            const next = this.items[i + 1];
            if (isStep(item) && next) {
                this.add({ from: item, to: next, kind: 'next', index: 0 });
            }
            if (isDecision(item)) {
                item.branches.forEach((branch, b) => {
                    const target = branch.target?.ref;
                    if (target) {
                        this.add({ from: item, to: target, kind: 'goto', index: b });
                    }
                });
            }
            item.dependsOn.forEach((dependency, d) => {
                const waitedFor = dependency?.ref;
                if (waitedFor) {
                    this.add({ from: waitedFor, to: item, kind: 'after', index: d });
                }
            });
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

const graphs = new WeakMap<Playbook, FlowGraph>();

/**
 * The flow graph of a playbook, built once per parsed playbook and shared by the rules that
 * read it (a re-parse makes new nodes, so a cached graph never outlives its tree).
 */
export function flowGraphOf(playbook: Playbook): FlowGraph {
    let graph = graphs.get(playbook);
    if (!graph) {
        graph = new FlowGraph(playbook);
        graphs.set(playbook, graph);
    }
    return graph;
}
