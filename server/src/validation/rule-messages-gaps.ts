import { defineMessages } from '../../../l10n/src/index.js';
import { gapMessagesPl } from './rule-messages-gaps.pl.js';
import { gapMessagesZhTw } from './rule-messages-gaps.zh-TW.js';

import type { CodeTexts } from '../catalogue/playbook-code-info.js';

export const gapMessagesSource = {
    /**
     * The texts of the rules that find the gaps reviewers miss (issue 15): their titles and
     * descriptions, and their diagnostics. Whole sentences with named placeholders, as in
     * rule-messages.ts, whose `ruleTexts` includes these.
     */
    gapRuleTexts: {
        'missing-response-target': {
            title: 'Missing response target',
            shortDescription: 'A severity has no respond target or no resolve target.',
            fullDescription: 'Each severity says how soon someone must respond (`respond within`) and how soon the incident must be resolved (`resolve within`); without them nobody can tell whether the response is late, and time boxes and first messages cannot be checked. The two halves can be required separately (options `respond` and `resolve`).',
        },
        'escalation-dead-end': {
            title: 'Escalation dead end',
            shortDescription: 'An escalation path ends with no repeat and no continuation, or its last level only calls again someone already called.',
            fullDescription: 'When nobody answers the last level of an escalation path, something must still happen: the path repeats (`repeat 2`) or continues into another path (`then <path>`). A last level that only notifies parties of earlier levels adds nobody new.',
        },
        'review-incomplete': {
            title: 'Incomplete review',
            shortDescription: 'A post-incident review has no owner or no due time.',
            fullDescription: 'A post-incident review happens only when someone owns it (`owner <role>`) and it is due by a time (`within 5d`); otherwise it is the first thing dropped once the incident is over.',
        },
        'drill-without-cadence': {
            title: 'Drill without cadence',
            shortDescription: 'A drill records its last run but not how often it runs.',
            fullDescription: 'A drill with a `last` date but no `every` can never be overdue, so nothing reminds anyone to run it again. Say how often it runs, for example `every 180d`.',
        },
        'placeholder-text': {
            title: 'Placeholder text',
            shortDescription: 'A string still holds a placeholder: TODO, TBD, FIXME, XXX, \'{{\'…\'}}\', <…> or ???.',
            fullDescription: 'Placeholders left in a playbook surface at the worst moment: a template sent to customers with "TBD" in it, a phone number that reads "<number>". A placeholder is a warning in titles, templates and other texts, and an error in a contact, where someone would try to call it.',
        },
        'unknown-timezone': {
            title: 'Unknown time zone',
            shortDescription: 'A time zone is not an IANA time zone (Europe/Warsaw, Asia/Taipei).',
            fullDescription: 'On-call hand-offs, calendars and restrictions are computed in their time zone, which must be an IANA zone so that daylight-saving changes are known. Abbreviations such as ET or CET are not zones: they do not say which rules apply. Near misses get a "did you mean".',
        },
        'comms-without-owner': {
            title: 'Communication without owner',
            shortDescription: 'A communication rule has no owner, and none of its channels has one either.',
            fullDescription: 'Somebody must send the messages a communication rule asks for. The rule names them with `owner`, or its channel has an owner who sends through it; when neither does, everyone assumes someone else is writing the update.',
        },
        'dead-end-branch': {
            title: 'Dead-end branch',
            shortDescription: 'The flow stops after a step or a decision\'s branch before the plan\'s last phase: nothing resolves or closes the incident from there.',
            fullDescription: 'After a decision, each answer leads somewhere; when the steps of one answer end and nothing comes after them (no `after`, no `goto`, the next step belongs to another answer), the responders on that path are left with nothing to do before the incident is resolved or closed. Continue the branch with `after <step>` on the step that should follow, or end it in the last phase.',
        },
        'contact-unverifiable': {
            title: 'Unverifiable contact',
            shortDescription: 'A phone number is not in international form, an email address is not one, or a chat handle or web address cannot be a link.',
            fullDescription: 'Phone and SMS numbers are written in international form (E.164, such as +48 22 555 0100) so that anyone can dial them from anywhere; email addresses must be addresses; chat contacts are a handle (@name, #channel) or an https link; web and status pages are https links. `app` and `pager` contacts are free-form ids and are not checked.',
        },
    },
    /** The diagnostics of those rules; each says what is missing and what to write. */
    gapMessages: {
        noRespondTarget: 'Severity "{severity}" has no respond target: nobody can tell when the first response is late. Add "respond within <duration>", for example "respond within 15m".',
        noResolveTarget: 'Severity "{severity}" has no resolve target: nobody can tell when the incident runs late. Add "resolve within <duration>", for example "resolve within 4h".',
        noTargets: 'Severity "{severity}" has no respond target and no resolve target. Add "respond within <duration>" and "resolve within <duration>", for example "\'{\' respond within 15m  resolve within 4h \'}\'".',
        escalationEnds: 'Escalation path "{path}" ends after level {level}: if nobody answers it, nothing else happens. Add "repeat <times>" to call the levels again, or "then <path>" to continue into another path.',
        escalationSameParty: 'The last level ({level}) of escalation path "{path}" only notifies {parties}, already notified by an earlier level: escalating adds nobody. Notify someone new (a deputy, a manager) or continue with "then <path>".',
        reviewNoOwner: 'The {review} has no owner, so nobody makes sure it happens. Add "owner <role>".',
        reviewNoDue: 'The {review} has no due time, so it can slip forever. Add "within <duration>", for example "within 5d".',
        drillNoCadence: 'The {drill} drill records its last run but not how often it runs, so it can never be overdue. Add "every <duration>", for example "every 180d".',
        placeholder: '"{text}" is a placeholder left in this text. Replace it with the real text before the playbook is used.',
        placeholderInContact: '"{text}" is a placeholder left in a contact: nobody can be reached through it. Write the real number, address or handle.',
        timezoneAbbreviation: '"{text}" is an abbreviation, not a time zone: it does not say which daylight-saving rules apply. Write an IANA zone, for example {zones}.',
        timezoneNearMiss: '"{text}" is not an IANA time zone. Did you mean "{zone}"?',
        timezoneUnknown: '"{text}" is not an IANA time zone. Write a zone such as "Europe/Warsaw", "Asia/Taipei" or "America/New_York".',
        commsNoOwner: 'Nobody owns the {rule}, and its channel {channels} has no owner either: nobody is sure to send it. Add "owner <role or person>" to the rule or to the channel.',
        deadEnd: 'The flow stops after {item} (reached from {from}): nothing follows it before the plan\'s last phase, so nothing resolves or closes the incident on that path. Add "after {name}" to the step that should follow, or end the branch with a decision that jumps on.',
        deadEndDecision: 'The flow stops at {item}: it has no answers, so nothing follows it. Add answers such as "yes goto <step>".',
        answerFrom: 'answer {answer} of decision "{decision}"',
        fromStart: 'the start of the plan',
        phoneNotInternational: '"{value}" is not a phone number in international form. Write it with the country code, for example "+48 22 555 0100".',
        emailInvalid: '"{value}" is not an email address. Write it as name@example.com.',
        chatInvalid: '"{value}" is neither a chat handle nor a link. Write a handle such as "@dana" or "#incident", or an https link.',
        urlInvalid: '"{value}" is not an https link. Write the full address, for example "https://status.example.com".',
    },
} as const;

const catalogue = defineMessages('server.ruleMessagesGaps', gapMessagesSource, { 'zh-TW': gapMessagesZhTw, pl: gapMessagesPl });

export const gapRuleTexts: Readonly<Record<string, CodeTexts>> = catalogue.gapRuleTexts;
export const gapMessages = catalogue.gapMessages;
