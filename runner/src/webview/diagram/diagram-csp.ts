/**
 * Mermaid under a strict content security policy (`style-src` by nonce, no 'unsafe-inline').
 * Mermaid draws with DOM calls (d3): it creates a <style> element for each diagram and sets
 * `style` attributes. Both would be refused by the policy, so:
 * - every <style> element this page's own script creates carries the page's nonce (a <style>
 *   in parsed markup, where an injection would come from, still does not);
 * - a `style` attribute set from script goes through the CSSOM (`element.style.cssText`),
 *   which the policy does not govern; a `style` attribute in parsed markup is still refused.
 * The SVG text Mermaid returns is adopted the same way (adoptSvg), never assigned to innerHTML.
 */

/** Installs both rules for the page; call once, before Mermaid draws. */
export function letScriptStyleUnder(nonce: string): void {
    const createElement = Document.prototype.createElement;
    const createElementNS = Document.prototype.createElementNS;
    const withNonce = <E extends Element>(element: E): E => {
        if (element.localName === 'style') element.setAttribute('nonce', nonce);
        return element;
    };
    Document.prototype.createElement = function (this: Document, ...args: Parameters<Document['createElement']>) {
        return withNonce(createElement.apply(this, args));
    } as Document['createElement'];
    Document.prototype.createElementNS = function (this: Document, ...args: [string | null, string, ElementCreationOptions?]) {
        return withNonce(createElementNS.apply(this, args as Parameters<Document['createElementNS']>));
    } as Document['createElementNS'];
    const setAttribute = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
        if (name.toLowerCase() === 'style' && (this instanceof HTMLElement || this instanceof SVGElement)) {
            this.style.cssText = String(value);
            return;
        }
        setAttribute.call(this, name, value);
    };
}

/**
 * Turns Mermaid's SVG text into an element of this page: parsed as XML in a document of its own
 * (nothing of it applies there), its <style> elements given the nonce and its style attributes
 * moved to the CSSOM, then imported.
 */
export function adoptSvg(svgText: string, nonce: string): SVGSVGElement {
    const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const root = parsed.documentElement;
    if (root.localName !== 'svg' || parsed.getElementsByTagName('parsererror').length > 0) {
        throw new Error('Mermaid did not return an SVG image.');
    }
    root.querySelectorAll('script').forEach(script => script.remove());
    const styled: Array<[number, string]> = [];
    const all = [root, ...root.querySelectorAll('*')];
    all.forEach((element, index) => {
        const style = element.getAttribute('style');
        if (style !== null) {
            styled.push([index, style]);
            element.removeAttribute('style');
        }
        if (element.localName === 'style') element.setAttribute('nonce', nonce);
        // Scripts and event handler attributes never come from Mermaid's strict mode; drop any all the same.
        for (const attribute of [...element.attributes]) {
            if (attribute.name.toLowerCase().startsWith('on')) element.removeAttribute(attribute.name);
        }
    });
    const svg = document.importNode(root, true) as unknown as SVGSVGElement;
    const imported = [svg, ...svg.querySelectorAll('*')];
    for (const [index, style] of styled) {
        const element = imported[index] as SVGElement | HTMLElement | undefined;
        if (element) element.style.cssText = style;
    }
    return svg;
}
