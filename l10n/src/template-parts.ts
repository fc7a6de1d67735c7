import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** An argument of a template: its name and ICU type (`argument` for a plain `{name}`). */
export interface TemplateArgument {
    readonly name: string;
    readonly type: 'argument' | 'number' | 'date' | 'time' | 'select' | 'plural' | 'selectordinal';
}

/** A plural argument and the categories (`one`, `few`, …) and exact values (`=0`) it has branches for. */
export interface TemplatePlural {
    readonly name: string;
    readonly ordinal: boolean;
    readonly options: readonly string[];
}

/** What the completeness test compares between languages. */
export interface TemplateParts {
    readonly arguments: readonly TemplateArgument[];
    readonly plurals: readonly TemplatePlural[];
}

/** Parses a template as the formatter does (`ignoreTag`: angle brackets are text). Throws on bad syntax. */
export function templateParts(template: string): TemplateParts {
    const args: TemplateArgument[] = [];
    const plurals: TemplatePlural[] = [];
    collect(parse(template, { ignoreTag: true }), args, plurals);
    return { arguments: args, plurals };
}

/** True when the template has an argument (the type checker's `TakesArguments` reads the same). */
export function templateTakesArguments(template: string): boolean {
    // Every argument opens with `{`: half the catalogue's templates have none, and each catalogue
    // is built as the CLI and the server load, so those are not parsed.
    if (!template.includes('{')) {
        return false;
    }
    return parse(template, { ignoreTag: true }).some(element => element.type !== TYPE.literal);
}

function collect(elements: readonly MessageFormatElement[], args: TemplateArgument[], plurals: TemplatePlural[]): void {
    for (const element of elements) {
        switch (element.type) {
            case TYPE.argument: args.push({ name: element.value, type: 'argument' }); break;
            case TYPE.number: args.push({ name: element.value, type: 'number' }); break;
            case TYPE.date: args.push({ name: element.value, type: 'date' }); break;
            case TYPE.time: args.push({ name: element.value, type: 'time' }); break;
            case TYPE.select:
                args.push({ name: element.value, type: 'select' });
                for (const option of Object.values(element.options)) {
                    collect(option.value, args, plurals);
                }
                break;
            case TYPE.plural: {
                const ordinal = element.pluralType === 'ordinal';
                args.push({ name: element.value, type: ordinal ? 'selectordinal' : 'plural' });
                plurals.push({ name: element.value, ordinal, options: Object.keys(element.options) });
                for (const option of Object.values(element.options)) {
                    collect(option.value, args, plurals);
                }
                break;
            }
            default: break;
        }
    }
}
