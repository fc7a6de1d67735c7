import { TRANSLATED_LOCALES, type TranslatedLocale } from './locales.js';
import type { MessageSource, RegisteredCatalogue, Translation } from './message-catalogue.js';
import { templateParts, type TemplateParts } from './template-parts.js';

/** One thing wrong with a translation, in words that name the catalogue, locale and key. */
export interface CatalogueProblem {
    readonly catalogue: string;
    readonly locale: TranslatedLocale | 'en';
    readonly key: string;
    readonly problem: string;
}

/**
 * Everything that keeps a catalogue from being complete: keys missing or extra in a
 * translation, templates that do not parse, arguments that differ from the English ones (a
 * missing `{role}` loses information, an extra one prints nothing), and plural arguments
 * without a branch for every category the locale's Intl.PluralRules distinguishes (Polish needs
 * one, few, many and other; Chinese only other).
 */
export function catalogueProblems(catalogue: RegisteredCatalogue): CatalogueProblem[] {
    const problems: CatalogueProblem[] = [];
    const report = (locale: TranslatedLocale | 'en', key: string, problem: string): void => {
        problems.push({ catalogue: catalogue.name, locale, key, problem });
    };
    const english = flatten(catalogue.source);
    const englishParts = new Map<string, TemplateParts>();
    for (const [key, template] of english) {
        try {
            const parts = templateParts(template);
            englishParts.set(key, parts);
            checkPlurals('en', key, parts, report);
            checkNumbersThatAreNames('en', key, parts, report);
        } catch (error) {
            report('en', key, `does not parse: ${(error as Error).message}`);
        }
    }
    for (const locale of TRANSLATED_LOCALES) {
        const translation = catalogue.translations[locale];
        const translated = translation === undefined ? new Map<string, string>() : flatten(translation as MessageSource);
        for (const key of english.keys()) {
            if (!translated.has(key)) {
                report(locale, key, 'is missing');
            }
        }
        for (const [key, template] of translated) {
            const source = englishParts.get(key);
            if (!english.has(key)) {
                report(locale, key, 'is not a key of the English catalogue');
                continue;
            }
            let parts: TemplateParts;
            try {
                parts = templateParts(template);
            } catch (error) {
                report(locale, key, `does not parse: ${(error as Error).message}`);
                continue;
            }
            if (source !== undefined) {
                const expected = argumentSignature(source);
                const actual = argumentSignature(parts);
                if (expected !== actual) {
                    report(locale, key, `has the arguments ${actual || '(none)'}, but English has ${expected || '(none)'}`);
                }
            }
            checkPlurals(locale, key, parts, report);
            checkNumbersThatAreNames(locale, key, parts, report);
        }
    }
    return problems;
}

/** The arguments by name and type, sorted: `{count}` used twice counts once. */
function argumentSignature(parts: TemplateParts): string {
    const names = new Set(parts.arguments.map(argument => `${argument.name}:${argument.type === 'argument' || argument.type === 'number' ? 'value' : argument.type}`));
    return [...names].sort().join(', ');
}

function checkPlurals(locale: TranslatedLocale | 'en', key: string, parts: TemplateParts, report: (locale: TranslatedLocale | 'en', key: string, problem: string) => void): void {
    for (const plural of parts.plurals) {
        const required = new Intl.PluralRules(locale, { type: plural.ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions().pluralCategories;
        const missing = required.filter(category => !plural.options.includes(category));
        if (missing.length > 0) {
            report(locale, key, `plural {${plural.name}} lacks the forms ${missing.join(', ')} that ${locale} needs`);
        }
        const unused = plural.options.filter(option => !option.startsWith('=') && !(required as string[]).includes(option));
        if (unused.length > 0) {
            report(locale, key, `plural {${plural.name}} has forms ${unused.join(', ')} that ${locale} never uses`);
        }
    }
}

/**
 * A number that names something (a line or column, a year, an escalation level, an id, a
 * version) must print its digits as written: `#` in a plural and a `{x, number}` argument format
 * with the locale's digit grouping (`line 1,204`, `rok 2 026`), a plain `{x}` prints them as they
 * are. Counts (`# errors`) keep the grouping. Judged by the argument's name, which is all the
 * template says about it.
 */
const NUMBER_THAT_IS_A_NAME = /^(line|column|year|level|id|version|port|index)$|(Line|Column|Year|Level|Id|Version)$/;

function checkNumbersThatAreNames(locale: TranslatedLocale | 'en', key: string, parts: TemplateParts, report: (locale: TranslatedLocale | 'en', key: string, problem: string) => void): void {
    const grouped = new Set(parts.arguments
        .filter(argument => (argument.type === 'plural' || argument.type === 'selectordinal' || argument.type === 'number') && NUMBER_THAT_IS_A_NAME.test(argument.name))
        .map(argument => argument.name));
    for (const name of grouped) {
        report(locale, key, `{${name}} names something rather than counting it, but is formatted as a number (digit grouping: 1,000); write it as a plain {${name}}`);
    }
}

/** Keys of nested groups joined with dots: `codeTexts.lexing-error.title`. */
function flatten(source: MessageSource | Translation<MessageSource>, prefix = '', into = new Map<string, string>()): Map<string, string> {
    for (const [key, value] of Object.entries(source)) {
        const path = prefix === '' ? key : `${prefix}.${key}`;
        if (typeof value === 'string') {
            into.set(path, value);
        } else if (Array.isArray(value)) {
            value.forEach((text: string, index) => into.set(`${path}.${index}`, text));
        } else if (value !== undefined) {
            flatten(value as MessageSource, path, into);
        }
    }
    return into;
}
