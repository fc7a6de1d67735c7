/** Small DOM builders: every text goes through textContent, never through HTML parsing. */

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

/** Fills a whole-sentence template whose placeholders may be nodes (a live countdown, a link). */
export function fillTemplate(template: string, params: Record<string, string | number | Node>): DocumentFragment {
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const match of template.matchAll(/\{(\w+)\}/g)) {
        fragment.append(template.slice(last, match.index));
        const value = params[match[1]!];
        fragment.append(value === undefined ? match[0] : typeof value === 'object' ? value : String(value));
        last = match.index + match[0].length;
    }
    fragment.append(template.slice(last));
    return fragment;
}
