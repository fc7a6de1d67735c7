import { defineMessages } from '../../../l10n/src/index.js';
import { keywordMessagesPl } from './playbook-keyword-messages.pl.js';
import { keywordMessagesZhTw } from './playbook-keyword-messages.zh-TW.js';

export const keywordMessagesSource = {
    /**
     * THE catalogue of what each clause keyword means, for completion documentation (Markdown, whole
     * sentences, to be translated with the other catalogues). Keyed `Rule.keyword` after the grammar
     * rule and the keyword that starts the clause, because one word means different things in
     * different blocks (`owner` of a playbook, of a step, of a channel). A keyword that starts a
     * whole definition (`severity`, `handoff`, `level`) is documented by its grammar rule's doc
     * comment instead; a clause missing here still shows its shape from the grammar, never the text
     * of the block around it.
     */
    clauseKeywordDocs: {
        'Person.timezone': 'The person\'s IANA time zone, used to show their local time and to know who is awake.',
        'Person.qualified': 'The qualifications the person holds; a role that requires one is only held by someone qualified.',
        'Team.members': 'The people of the team. A team holds a role together: any member may act in it.',
        'Rotation.members': 'The people who take turns on call, in hand-off order.',
        'Rotation.covers': 'The hours in which the rotation answers: around the clock, business hours, or the hours of a calendar.',
        'Rotation.owner': 'Who maintains the rotation\'s schedule.',
        'Role.section': 'The Incident Command System section the role belongs to.',
        'Role.duty': 'One duty of the role, in words; hovers and the runner list them.',
        'Role.aka': 'Another name the role goes by, so that people who know it by that name find it.',
        'Role.critical': 'Marks the role as critical: it needs a backup holder.',
        'Role.designated': 'Who appoints the holder during an incident, or that the holder is appointed when the incident starts.',
        'Role.defaults': 'The role whose holder acts in this one until someone is appointed.',
        'Role.holders': 'How many people may hold the role at once.',
        'Role.requires': 'The qualifications a holder of the role must have.',
        'Role.excludes': 'Roles, or being on call in a rotation, that the same person cannot combine with this role in one incident.',
        'Role.relieve': 'How long one person may stay in the role before someone relieves them, and how often they check in.',
        'Assignment.backup': 'Who takes the role over when its holders cannot be reached.',
        'Assignment.during': 'The severities for which this assignment holds; other severities use the other assignments.',
        'RoleMerge.during': 'The severities for which the roles are merged into one.',
        'Playbook.owner': 'Who is accountable for the playbook: keeps it current and leads its reviews.',
        'Playbook.version': 'The playbook\'s version, as your change process names it.',
        'Playbook.reviewed': 'When the playbook was last reviewed, and how often it must be reviewed again.',
        'Playbook.every': 'How often the playbook must be reviewed; a review older than this is overdue.',
        'Playbook.description': 'What the playbook is for, in words.',
        'Playbook.uses': 'Shared definitions of the organisation that this playbook uses.',
        'Severity.respond': 'How soon someone must acknowledge an incident of this severity.',
        'Severity.resolve': 'How soon an incident of this severity must be resolved.',
        'Severity.escalation': 'The escalation path that calls further people when nobody acknowledges in time.',
        'Severity.updates': 'How often stakeholders get a status update while the incident lasts.',
        'Severity.coverage': 'The hours in which this severity needs a response: around the clock or business hours.',
        'Severity.description': 'What makes an incident this severe, in words.',
        'Severity.declared': 'Marks the severity as declared by a person rather than derived from measures.',
        'Severity.paging': 'How urgently people are paged for this severity.',
        'Trigger.category': 'The kind of event the trigger is about.',
        'Trigger.source': 'Where the signal comes from: monitoring, a manual report or social media.',
        'Trigger.otherwise': 'The severity to start with when no criterion matches.',
        'Trigger.activated': 'Who may activate the playbook for this trigger, or that it activates automatically.',
        'Trigger.escalation': 'The escalation path of incidents this trigger starts, overriding the severity\'s.',
        'Trigger.set': 'A parameter of the playbook that this trigger sets when it fires.',
        'EscalationPath.repeat': 'How many times the levels run again when nobody acknowledges.',
        'EscalationPath.then': 'The escalation path that continues after this one has run out.',
        'EscalationLevel.after': 'How long after the previous level this level is notified.',
        'EscalationLevel.paging': 'How urgently this level is paged.',
        'Channel.owner': 'Who keeps the channel working and moderates it during an incident.',
        'Channel.backup': 'The channel to fall back on when this one fails.',
        'Channel.standby': 'Marks the channel as kept in reserve, used only when another fails.',
        'Channel.policy': 'A rule for using the channel, in words.',
        'CommunicationRule.every': 'How often the audience is told while the incident lasts.',
        'CommunicationRule.first': 'How soon the first message to the audience is due.',
        'CommunicationRule.on': 'The incident event that sends the message.',
        'CommunicationRule.during': 'The severities for which the rule applies.',
        'CommunicationRule.after': 'The step or decision that must be done before the audience is told.',
        'CommunicationRule.when': 'The condition that must hold before the audience is told.',
        'CommunicationRule.owner': 'Who writes and sends the messages.',
        'CommunicationRule.template': 'The message template to start from.',
        'CommunicationRule.approved': 'Who must approve a message before it goes out.',
        'CommunicationRule.paging': 'How urgently the audience is paged.',
        'Step.owner': 'The role that does the step; the runner shows who holds it.',
        'Step.within': 'The time box: how long the step may take once it can start.',
        'Step.after': 'The steps or decisions that must be done before this step can start.',
        'Step.escalate': 'The escalation path to start when the step runs over its time box.',
        'Decision.owner': 'The role that answers the question.',
        'Decision.within': 'How long the decision may take once it can be made.',
        'Decision.after': 'The steps or decisions that must be done before the question can be answered.',
        'Review.owner': 'The role that runs the post-incident review.',
        'Review.within': 'How soon after the incident the review is due.',
        'Review.meeting': 'How soon after the incident the review meeting takes place.',
        'Review.required': 'The severities after which a review is required.',
        'Review.assess': 'A question the review answers.',
        'Review.follow-up': 'An action the review always follows up.',
        'Review.kpi': 'A key performance indicator the review measures.',
        'Review.attendees': 'Who attends the review.',
        'Drill.every': 'How often the drill runs; a drill not run for longer is overdue.',
        'Drill.last': 'When the drill last ran.',
    },
} as const;

const catalogue = defineMessages('server.keywordMessages', keywordMessagesSource, { 'zh-TW': keywordMessagesZhTw, pl: keywordMessagesPl });

export const clauseKeywordDocs: Readonly<Record<string, string>> = catalogue.clauseKeywordDocs;
