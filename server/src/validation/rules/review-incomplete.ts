import { defineRule } from '../playbook-rule.js';
import { report } from '../playbook-rule-report.js';
import { gapMessages } from '../rule-messages-gaps.js';
import { responseRuleMessages } from '../rule-messages-response.js';
import { unnamed } from '../rule-messages.js';

/**
 * review-incomplete: a post-incident review with no owner or no due time (`within`, in clock or
 * business time). A meeting deadline is optional (many reviews are documents only), except for
 * a review `required for` some levels: the plan then commits to a meeting as well as a document.
 */
export const reviewIncompleteRule = defineRule({
    id: 'review-incomplete',
    defaultLevel: 'warning',
    checks: {
        Review: (review, ctx) => {
            const name = review.title ? `${unnamed.review} "${review.title}"` : unnamed.review;
            if (!review.owner) {
                report(ctx.accept, reviewIncompleteRule, gapMessages.reviewNoOwner({ review: name }), { node: review, keyword: 'review' }, undefined, undefined, 'owner');
            }
            if (review.due === undefined && review.businessDue === undefined) {
                report(ctx.accept, reviewIncompleteRule, gapMessages.reviewNoDue({ review: name }), { node: review, keyword: 'review' }, undefined, undefined, 'due');
            }
            if (review.requiredFor.length > 0 && review.meetingDue === undefined) {
                report(ctx.accept, reviewIncompleteRule, responseRuleMessages.reviewNoMeeting({ review: name }), { node: review, keyword: 'review' }, undefined, undefined, 'meeting');
            }
        },
    },
});
