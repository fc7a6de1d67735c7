/** Small DOM builders: every text goes through textContent, never through HTML parsing. */
import { say, type RunnerArguments, type RunnerStringKey } from '../playbook-runner-strings.js';

type Attributes = Record<string, string | boolean | number | undefined>;
type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (false/undefined ones left out) and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === undefined || value === false) continue;
        if (name === 'checked' || name === 'disabled' || name === 'selected') {
            (element as unknown as Record<string, boolean>)[name] = true;
        }
        element.setAttribute(name, value === true ? '' : String(value));
    }
    append(element, children);
    return element;
}

/** Appends children, turning strings into text nodes. */
export function append(parent: Node, children: Child[]): void {
    for (const child of children) {
        if (child === null || child === undefined || child === false) continue;
        parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
}

/** Adds an event listener and returns the element, for chaining in builders. */
export function on<E extends HTMLElement>(element: E, event: string, handler: (e: Event) => void): E {
    element.addEventListener(event, handler);
    return element;
}

/** The arguments of a runner message, where any of them may also be a node (a live countdown). */
type NodeArguments<K extends RunnerStringKey> = RunnerArguments<K> extends [infer V] ? { [P in keyof V]: V[P] | Node } : never;

/**
 * A whole-sentence message whose arguments may be nodes (a live countdown): the message is
 * formatted in the active locale with a marker in each node's place, then cut at the markers,
 * so the translation decides where the node stands.
 */
export function sayWith<K extends RunnerStringKey>(key: K, values: NodeArguments<K>): DocumentFragment {
    const nodes: Node[] = [];
    const marked = Object.fromEntries(Object.entries(values as Record<string, unknown>).map(([name, value]) => {
        if (typeof value !== 'object' || value === null || !('nodeType' in value)) return [name, value];
        nodes.push(value as Node);
        return [name, `${MARK}${nodes.length - 1}${MARK}`];
    }));
    const fragment = document.createDocumentFragment();
    (say as (key: K, values: unknown) => string)(key, marked).split(MARK).forEach((part, index) => {
        fragment.append(index % 2 === 1 ? nodes[Number(part)] ?? '' : part);
    });
    return fragment;
}

/** A private-use character that no message or playbook text carries: it marks where a node goes. */
const MARK = '\uE000';
