/**
 * Hover lines for the definitions of issue 14 (measures, parameters, audiences, procedures,
 * sub-teams) and the severity semantics; whole lines with named placeholders, as in the
 * hoverMessages of server/src/messages.ts.
 */
export const responseHoverMessages = {
    measureCount: 'A count: a whole number from 0.',
    measurePercent: 'A percentage from 0.',
    measureDuration: 'A duration from 0.',
    measureValues: (p: { values: string }) => `One of: ${p.values}`,
    parameter: (p: { type: string }) => `Parameter of type ${p.type}; texts use it as a placeholder in braces.`,
    parameterDefault: (p: { value: string }) => `Default: ${p.value}`,
    parameterAsked: 'Asked for when a run starts.',
    audienceMembers: (p: { members: string }) => `Members: ${p.members}`,
    procedure: (p: { steps: number }) => `Can be started at any moment of the incident; ${p.steps} step(s).`,
    procedureWhen: (p: { when: string }) => `When: ${p.when}`,
    subTeam: 'A sub-team the commander may form any number of times; members report through the leader.',
    subTeamLeader: (p: { leader: string }) => `Leader: \`${p.leader}\``,
    subTeamTask: (p: { task: string }) => `Task: ${p.task}`,
    declared: 'The declarer may pick this level when declaring the incident.',
    pagingNone: 'Non-paging: a ticket, nobody is paged.',
    paging: (p: { urgency: string }) => `Pages with ${p.urgency} urgency.`,
} as const;
