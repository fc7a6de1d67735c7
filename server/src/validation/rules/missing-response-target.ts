import { defineRule, ruleOptions } from '../playbook-rule.js';
import { report } from '../playbook-rule-report.js';
import { gapMessages } from '../rule-messages-gaps.js';

/**
 * missing-response-target: a severity with no respond target or no resolve target. A resolve
 * target in business time counts. Each half can be turned off with the options `respond` and
 * `resolve` (a team that tracks only resolution sets `respond: false`).
 */
export const missingResponseTargetRule = defineRule({
    id: 'missing-response-target',
    defaultLevel: 'warning',
    options: {
        respond: { type: 'boolean', default: true },
        resolve: { type: 'boolean', default: true },
    },
    checks: {
        Severity: (severity, ctx) => {
            if (!severity.name) {
                return;
            }
            const options = ruleOptions(missingResponseTargetRule, ctx);
            const noRespond = options.respond && severity.respond === undefined;
            const noResolve = options.resolve && severity.resolve === undefined && severity.businessResolve === undefined;
            const message = noRespond && noResolve ? gapMessages.noTargets({ severity: severity.name })
                : noRespond ? gapMessages.noRespondTarget({ severity: severity.name })
                    : noResolve ? gapMessages.noResolveTarget({ severity: severity.name }) : undefined;
            if (message) {
                const facet = noRespond && noResolve ? 'both' : noRespond ? 'respond' : 'resolve';
                report(ctx.accept, missingResponseTargetRule, message, { node: severity, property: 'name' }, severity, undefined, facet);
            }
        },
    },
});
