/**
 * The arguments of an ICU MessageFormat template, read from its text by the type checker, so
 * that a message written `Nobody holds "{role}"` can only be called with a `role`. Handles
 * what the catalogues use: simple arguments `{name}`, typed ones `{n, number}` and
 * `{d, date, medium}`, `{n, plural, one {…} other {…}}` and `{x, select, a {…} other {…}}`
 * with arguments nested in their branches, and quoted text (`'{'`, `'{{…}}'`).
 *
 * The scan tracks brace depth: at an even depth a `{` opens an argument, at an odd depth (inside
 * a plural or select argument) it opens a branch. The runtime reads the same templates with
 * the ICU parser (message-catalogue.ts), and the completeness test checks that both agree.
 */

/** The value an argument of this ICU type takes. */
type ArgumentValue<Kind extends string> =
    Kind extends 'plural' | 'selectordinal' | 'number' ? number
        : Kind extends 'date' | 'time' ? Date | number
            : Kind extends 'select' ? string
                : string | number;

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;
type IsEven<D extends 0[]> = D extends [] ? true : D extends [0] ? false : D extends [0, 0, ...infer R extends 0[]] ? IsEven<R> : never;
type Pop<D extends 0[]> = D extends [0, ...infer R extends 0[]] ? R : [];
type Argument<Name extends string, Kind extends string> = { [K in Trim<Name>]: ArgumentValue<Trim<Kind>> };

type Scan<S extends string, D extends 0[], Acc> =
    S extends `${infer Before}{${infer After}`
        ? Before extends `${string}}${infer AfterClose}`
            ? Scan<`${AfterClose}{${After}`, Pop<D>, Acc>
            : Before extends `${string}'`
                ? Before extends `${string}''`
                    ? Open<After, D, Acc>
                    : After extends `${string}'${infer AfterQuote}` ? Scan<AfterQuote, D, Acc> : Acc
                : Open<After, D, Acc>
        : Acc;

type Open<S extends string, D extends 0[], Acc> =
    IsEven<D> extends true
        ? S extends `${infer Head}}${infer After}`
            ? Head extends `${string},${string}` | `${string}{${string}`
                ? S extends `${infer Name},${infer Rest}`
                    ? Rest extends `${infer Kind},${string}`
                        ? Kind extends `${string}}${string}` ? Scan<Rest, [...D, 0], Acc & Argument<Name, Rest extends `${infer K}}${string}` ? K : ''>> : Scan<Rest, [...D, 0], Acc & Argument<Name, Kind>>
                        : Scan<Rest, [...D, 0], Acc & Argument<Name, Rest extends `${infer K}}${string}` ? K : ''>>
                    : Acc
                : Scan<After, D, Acc & Argument<Head, ''>>
            : Acc
        : Scan<S, [...D, 0], Acc>;

type Flatten<T> = { [K in keyof T]: T[K] };

/** The arguments of template `S` as an object type; `{}` when it takes none. */
export type MessageArguments<S extends string> = string extends S ? Record<string, never> : Flatten<Scan<S, [], unknown>>;

/** True when template `S` takes arguments (so its message is a function, not a string). */
export type TakesArguments<S extends string> = string extends S ? false : keyof MessageArguments<S> extends never ? false : true;
