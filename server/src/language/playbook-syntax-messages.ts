import type { IToken, TokenType } from 'chevrotain';
import { EOF } from 'chevrotain';
import { AstUtils, DefaultLexerErrorMessageProvider, GrammarAST, LangiumParserErrorMessageProvider, type Grammar } from 'langium';
import { referenceDescriptions, syntaxMessages, tokenDescriptions } from '../messages.js';

/** At most this many alternatives are listed; a longer list helps nobody. */
const MAX_LISTED = 8;

/**
 * Says what the parser expected in words a playbook author knows. Chevrotain's default
 * lists every token sequence; since every keyword may also be a name, "a name" stands for
 * all of them.
 */
export class PlaybookParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    /** For each keyword that a reference follows in the grammar (`then`, `owner`, `notify`…), the kinds it may name. */
    private readonly referencesAfter: ReadonlyMap<string, readonly string[]>;

    constructor(grammar?: Grammar) {
        super();
        this.referencesAfter = grammar ? referencesAfterKeywords(grammar) : new Map();
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const slip = commonSlip(options.actual, options.previous, [options.expected]);
        if (slip) {
            return slip;
        }
        if (options.expected === EOF) {
            // Chevrotain expects EOF when a block closed too early left text behind.
            return syntaxMessages.expectedEndButFound({ found: found(options.actual) });
        }
        return syntaxMessages.expectedButFound({ expected: describe(options.expected), found: found(options.actual) });
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken }): string {
        return syntaxMessages.expectedEndButFound({ found: found(options.firstRedundant) });
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken }): string {
        const firsts = options.expectedPathsPerAlt.flat().map(path => path[0]);
        return commonSlip(options.actual[0], options.previous, firsts) ?? this.referenceExpected(firsts, options.actual[0], options.previous)
            ?? expectedList(firsts, options.actual[0]);
    }

    /**
     * Where a name is expected right after a keyword that a reference follows, says what kind of
     * thing the name stands for: "Expected a severity after "then" but found "}"." instead of "a name".
     */
    private referenceExpected(firsts: Array<TokenType | undefined>, actual: IToken | undefined, previous: IToken | undefined): string | undefined {
        const kinds = previous && firsts.some(t => t?.name === 'ID') ? broadest(this.referencesAfter.get(previous.image) ?? []) : undefined;
        const described = kinds?.map(kind => referenceDescriptions[kind]).filter((d): d is string => d !== undefined) ?? [];
        if (!previous || described.length === 0 || described.length !== kinds!.length) {
            return undefined;
        }
        const expected = described.length === 1 ? described[0]! : syntaxMessages.eitherOf({ first: described.slice(0, -1).join(syntaxMessages.listSeparator), last: described.at(-1)! });
        return syntaxMessages.expectedAfterButFound({ expected, keyword: previous.image, found: found(actual) });
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken }): string {
        const firsts = options.expectedIterationPaths.map(path => path[0]);
        return commonSlip(options.actual[0], options.previous, firsts) ?? expectedList(firsts, options.actual[0]);
    }
}

/** Names the offending characters instead of printing offsets; a range of durations (`5-10m`) is said to be one. */
export class PlaybookLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const range = durationRangeAt(fullText, startOffset);
        if (range) {
            return syntaxMessages.durationRange(range);
        }
        return syntaxMessages.unexpectedCharacters({ text: fullText.substring(startOffset, startOffset + Math.min(length, 20)) });
    }
}

/**
 * The slips a writer makes most, recognised from the token found and the one before it: a bare
 * number where a duration is due (`15 business minutes`), a comma after a single owner (`owner a,
 * b`), and `and` between the items of a list.
 */
function commonSlip(actual: IToken | undefined, previous: IToken | undefined, expected: Array<TokenType | undefined>): string | undefined {
    if (!actual || actual.tokenType === EOF) {
        return undefined;
    }
    if (actual.tokenType.name === 'INT' && expected.some(t => t?.name === 'DURATION')) {
        return syntaxMessages.durationNeedsUnit({ number: actual.image });
    }
    if (actual.image === 'and' && previous && isNameToken(previous)) {
        return syntaxMessages.commaNotAnd;
    }
    if (actual.image === ',' && previous && isNameToken(previous)) {
        return syntaxMessages.oneOwner({ found: found(actual) });
    }
    return undefined;
}

function isNameToken(token: IToken): boolean {
    return /^[\p{L}_][\p{L}\p{N}_-]*$/u.test(token.image);
}

/** `5-10m` around a `-` at `offset`: the range as written and its first value with the unit (`5m`). */
function durationRangeAt(text: string, offset: number): { text: string; first: string } | undefined {
    if (text[offset] !== '-') {
        return undefined;
    }
    let start = offset;
    let end = offset + 1;
    while (start > 0 && /[0-9wdhms]/.test(text[start - 1]!)) {
        start--;
    }
    while (end < text.length && /[0-9wdhms]/.test(text[end]!)) {
        end++;
    }
    const match = /^(\d+)([wdhms]*)-\d+([wdhms]+)$/.exec(text.slice(start, end));
    return match ? { text: match[0], first: `${match[1]}${match[2] || match[3]}` } : undefined;
}

function expectedList(firsts: Array<TokenType | undefined>, actual: IToken | undefined): string {
    const types = firsts.filter((t): t is TokenType => t !== undefined);
    const namesExpected = types.some(t => t.name === 'ID');
    const descriptions = [...new Set(types
        .filter(t => !(namesExpected && isKeyword(t)))
        .map(describe))];
    const foundText = found(actual);
    if (descriptions.length === 1) {
        return syntaxMessages.expectedButFound({ expected: descriptions[0]!, found: foundText });
    }
    const listed = descriptions.slice(0, MAX_LISTED).join(syntaxMessages.listSeparator);
    return syntaxMessages.expectedOneOfButFound({ expected: listed, found: foundText });
}

function isKeyword(type: TokenType): boolean {
    return !(type.name in tokenDescriptions);
}

function describe(type: TokenType): string {
    if (type === EOF) {
        return syntaxMessages.foundEnd;
    }
    const name = type.name.endsWith(':KW') ? type.name.slice(0, -3) : type.name;
    return tokenDescriptions[name] ?? `"${name}"`;
}

function found(token: IToken | undefined): string {
    return !token || token.tokenType === EOF ? syntaxMessages.foundEnd : syntaxMessages.found({ image: token.image });
}

/** The kinds each union of the grammar stands for (`type Party = Person | Team | Rotation | Role`). */
const INCLUDES: Readonly<Record<string, readonly string[]>> = {
    Recipient: ['Person', 'Team', 'Rotation', 'Role', 'NamedAudience', 'Holder', 'Party'],
    Party: ['Person', 'Team', 'Rotation', 'Role', 'Holder'],
    Holder: ['Person', 'Team', 'Rotation'],
    Exclusive: ['Role', 'Rotation'],
};

/** The kinds, without those another of them includes: `owner` takes a role or a party, which is "a person, team, rotation or role". */
function broadest(kinds: readonly string[]): string[] {
    return kinds.filter(kind => !kinds.some(other => other !== kind && INCLUDES[other]?.includes(kind)));
}

/** Walks the grammar for `keyword reference` pairs: each keyword with the reference types that follow it, in grammar order. */
function referencesAfterKeywords(grammar: Grammar): Map<string, string[]> {
    const map = new Map<string, string[]>();
    for (const group of AstUtils.streamAllContents(grammar).filter(GrammarAST.isGroup)) {
        group.elements.forEach((element, i) => {
            const next = group.elements[i + 1];
            const reference = GrammarAST.isAssignment(next) && GrammarAST.isCrossReference(next.terminal) ? next.terminal.type.ref?.name : undefined;
            if (GrammarAST.isKeyword(element) && reference) {
                const kinds = map.get(element.value) ?? [];
                if (!kinds.includes(reference)) kinds.push(reference);
                map.set(element.value, kinds);
            }
        });
    }
    return map;
}
