/** The standalone page's choice of language: every locale the runner speaks, each named in its own language. */
import { activeLocale, LOCALES, type Locale } from '../../../l10n/src/index.js';
import { say } from '../playbook-runner-strings.js';
import { h, on } from './playbook-dom.js';

/** A labelled select of the runner's languages; `choose` is called with the one picked. */
export function languageView(choose: (locale: Locale) => void): HTMLElement {
    const current = activeLocale();
    const select = on(h('select', { id: 'runner-language', 'data-key': 'runner-language' }), 'change', e => {
        const picked = LOCALES.find(locale => locale === (e.target as HTMLSelectElement).value);
        if (picked) choose(picked);
    });
    for (const locale of LOCALES) {
        // Each language under its own name (autonym, from Intl), so a reader finds theirs whatever the page shows now.
        select.append(h('option', { value: locale, lang: locale, selected: locale === current }, autonym(locale)));
    }
    return h('div', { class: 'language' }, h('label', { for: 'runner-language' }, say('languageLabel')), ' ', select);
}

function autonym(locale: Locale): string {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
