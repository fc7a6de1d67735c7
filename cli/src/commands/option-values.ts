import { closest } from '../args.js';
import { messages } from '../messages.js';

/** An option's checked value, or the usage error that rejects it. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** Checks that an option's value is one of the choices (suggesting the nearest), or takes the default. */
export function choice(option: string, value: unknown, choices: readonly string[], fallback?: string): Checked<string | undefined> {
    if (value === undefined) {
        return { ok: true, value: fallback };
    }
    const text = String(value);
    if (choices.includes(text)) {
        return { ok: true, value: text };
    }
    const suggestion = closest(text, choices);
    const list = choices.join(', ');
    return {
        ok: false,
        message: suggestion
            ? messages.badChoiceHint({ option, value: text, choices: list, suggestion })
            : messages.badChoice({ option, value: text, choices: list }),
    };
}

/** Checks that an option's value is a whole number of 0 or more. */
export function count(option: string, value: unknown): Checked<number | undefined> {
    if (value === undefined) {
        return { ok: true, value: undefined };
    }
    const text = String(value);
    return /^\d+$/.test(text) ? { ok: true, value: Number(text) } : { ok: false, message: messages.badCount({ option, value: text }) };
}
