import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { parseDuration } from './durations.js';

/** Converts duration literals to seconds so that every consumer compares numbers, not text. */
export class PlaybookValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'DURATION') {
            return parseDuration(input) ?? 0;
        }
        return super.runConverter(rule, input, cstNode);
    }
}
