/**
 * Organisation-wide definitions a playbook names in `uses`: a severity scale (its severities
 * become the playbook's, in the scale's order; a playbook severity of the same name replaces the
 * scale's, and the playbook's other severities follow), communication plans (their rules apply
 * to every audience the playbook does not address itself) and a business calendar.
 */
import {
    isCommunicationPlan, isSeverityScale, type CommunicationPlan, type CommunicationRule, type Playbook, type Severity, type SeverityScale,
} from './generated/ast.js';
import { AstUtils, type AstNode } from 'langium';

/** The severity scale a playbook uses (the first one named), if any. */
export function usedScale(playbook: Playbook): SeverityScale | undefined {
    return playbook.uses.map(u => u.ref).find(isSeverityScale);
}

/** The communication plans a playbook uses. */
export function usedPlans(playbook: Playbook): CommunicationPlan[] {
    return playbook.uses.map(u => u.ref).filter(isCommunicationPlan);
}

/** The playbook's severities, most severe first: its scale's, replaced by name by its own, then its own others. */
export function playbookSeverities(playbook: Playbook): Severity[] {
    const own = playbook.elements.filter((e): e is Severity => e.$type === 'Severity');
    const scale = usedScale(playbook);
    if (!scale) {
        return own;
    }
    const byName = new Map(own.map(s => [s.name, s]));
    const fromScale = scale.severities.map(s => byName.get(s.name) ?? s);
    return [...fromScale, ...own.filter(s => !scale.severities.some(shared => shared.name === s.name))];
}

/**
 * Who a communication rule tells, as written: what identifies a rule (rules have no names). A
 * playbook's rules for an audience replace a used plan's rules for that audience.
 */
export function audienceOf(rule: CommunicationRule): string | undefined {
    return rule.audience ?? rule.recipient?.$refText;
}

/** The playbook's communication rules: its own, then its plans' rules for audiences it does not address. */
export function playbookCommunicationRules(playbook: Playbook): CommunicationRule[] {
    const own = playbook.elements.filter((e): e is CommunicationRule => e.$type === 'CommunicationRule');
    const addressed = new Set(own.map(audienceOf));
    const shared = usedPlans(playbook).flatMap(plan => plan.rules).filter(rule => !addressed.has(audienceOf(rule)));
    return [...own, ...shared];
}

/** The scale severity a playbook's own severity replaces, if it does. */
export function replacedSeverity(severity: Severity): Severity | undefined {
    const playbook = AstUtils.getContainerOfType(severity, (n: AstNode): n is Playbook => n.$type === 'Playbook');
    const scale = playbook ? usedScale(playbook) : undefined;
    return scale?.severities.find(s => s.name === severity.name && s !== severity);
}

/** The rules of each communication plan a playbook uses that the playbook's own `rule` replaces (same audience or recipient). */
export function replacedPlanRules(rule: CommunicationRule): Array<{ plan: CommunicationPlan; rules: CommunicationRule[] }> {
    const playbook = rule.$container;
    const audience = audienceOf(rule);
    if (playbook.$type !== 'Playbook' || audience === undefined) {
        return [];
    }
    return usedPlans(playbook)
        .map(plan => ({ plan, rules: plan.rules.filter(other => audienceOf(other) === audience) }))
        .filter(replaced => replaced.rules.length > 0);
}
