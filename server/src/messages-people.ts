/**
 * Hover texts of the constructs of people, roles and time (issue 13), kept beside messages.ts.
 * Whole sentences with named placeholders; names arrive as Markdown code (`name`).
 */
export const peopleHoverMessages = {
    designatedBy: (p: { roles: string }) => `Filled when the incident starts: to be designated by ${p.roles}.`,
    designatedAtStart: 'Filled when the incident starts: designated at the start.',
    volunteers: 'May be filled by volunteers from the response team.',
    optional: 'Optional: the incident may run without it.',
    defaultsTo: (p: { role: string }) => `Held by the holder of ${p.role} unless someone else is named.`,
    exactly: (p: { count: number }) => `Held by exactly ${p.count} ${p.count === 1 ? 'person' : 'people'} at a time.`,
    orMore: (p: { count: number }) => `Held by ${p.count} or more people at a time.`,
    upTo: (p: { count: number }) => `Held by up to ${p.count} people at a time.`,
    requires: (p: { qualifications: string }) => `Requires: ${p.qualifications}.`,
    excludes: (p: { others: string }) => `The same person must not also hold: ${p.others}.`,
    relief: (p: { after: string }) => `The holder is relieved after ${p.after}.`,
    reliefWithCheckIn: (p: { after: string; every: string }) => `The holder is relieved after ${p.after} and checks in every ${p.every}.`,
    owner: (p: { owner: string }) => `Owner: ${p.owner}.`,
    coversCalendar: (p: { calendar: string }) => `On call only inside the hours of ${p.calendar}.`,
    layer: (p: { layer: string; members: string }) => `Layer ${p.layer}: ${p.members}.`,
    only: (p: { window: string }) => `Only ${p.window}.`,
    onlyCalendar: (p: { calendar: string }) => `Only inside the hours of ${p.calendar}.`,
    override: (p: { person: string; start: string; end: string }) => `Override: \`${p.person}\` on call from ${p.start} to ${p.end}.`,
    overrideFor: (p: { person: string; replaced: string; start: string; end: string }) => `Override: \`${p.person}\` on call for \`${p.replaced}\` from ${p.start} to ${p.end}.`,
    handoffDuty: (p: { duty: string }) => `At each hand-off: ${p.duty}`,
    timezone: (p: { zone: string }) => `Time zone: ${p.zone}.`,
    hours: (p: { window: string }) => `Open ${p.window}.`,
    holidays: (p: { count: number }) => `${p.count} ${p.count === 1 ? 'holiday' : 'holidays'}.`,
    qualified: (p: { qualifications: string }) => `Qualified: ${p.qualifications}.`,
    dayRange: (p: { first: string; last: string }) => `${p.first} to ${p.last}`,
    everyDay: 'every day',
    windowWithTime: (p: { days: string; start: string; end: string }) => `${p.days} ${p.start} to ${p.end}`,
    /** A playbook severity that replaces the one of the same name in the scale the playbook uses. */
    overridesScaleSeverity: (p: { name: string; scale: string }) => `Overrides the severity \`${p.name}\` of the organisation's scale \`${p.scale}\` in this playbook.`,
    /** A playbook's own channel, escalation path or calendar that hides the organisation's of the same name (issue 13.6). */
    overridesSharedChannel: (p: { name: string; file: string }) => `Overrides the organisation's channel \`${p.name}\` (in ${p.file}) in this playbook.`,
    overridesSharedEscalation: (p: { name: string; file: string }) => `Overrides the organisation's escalation path \`${p.name}\` (in ${p.file}) in this playbook.`,
    overridesSharedCalendar: (p: { name: string; file: string }) => `Overrides the organisation's calendar \`${p.name}\` (in ${p.file}) in this playbook.`,
    listSeparator: ', ',
} as const;
