/** Who's who: each role's holder now (a rotation's on-call member), backups and safe contact links. */
import type { PersonModel } from '../../../protocol/src/playbook-model-types.js';
import { roleHolders, type ResolvedParty } from '../engine/playbook-parties.js';
import { currentHolder } from '../engine/playbook-response.js';
import { say } from '../playbook-runner-strings.js';
import { contactHref } from './playbook-contact-links.js';
import { h, on } from './playbook-dom.js';
import { clockTime } from './playbook-time-format.js';
import type { ViewContext } from './playbook-view-context.js';
import { roleFillView } from './playbook-view-roles.js';

/** One person with their ways to be reached: links where safe, and a copy button for each value. */
export function personCard(ctx: ViewContext, person: PersonModel, keyPrefix: string): HTMLElement {
    const contacts = h('ul', { class: 'contacts' });
    person.contacts.forEach((contact, index) => {
        const href = contactHref(contact);
        const value = href ? h('a', { href }, contact.value) : h('span', {}, contact.value);
        const copy = on(h('button', { type: 'button', class: 'small', 'data-key': `${keyPrefix}-copy-${index}`, 'aria-label': say('copyButton', { value: `${say('contactKind', { kind: contact.kind })} ${contact.value}` }) }, say('copyShort')),
            'click', () => ctx.copy(contact.value));
        contacts.append(h('li', {}, h('span', { class: 'contact-kind' }, say('contactKind', { kind: contact.kind })), ' ', value, ' ', copy));
    });
    return h('div', { class: 'person' }, h('span', { class: 'person-name' }, person.title ?? person.name), person.timezone ? h('span', { class: 'muted' }, ` (${person.timezone})`) : null, contacts);
}

/** A resolved party: its name, the on-call note for a rotation, and its people. */
export function partyBlock(ctx: ViewContext, party: ResolvedParty, keyPrefix: string): HTMLElement {
    const block = h('div', { class: 'party' }, h('span', { class: 'party-title' }, party.title));
    const onCall = party.onCall;
    if (onCall) {
        const member = party.people[0]?.person;
        block.append(h('p', { class: 'muted' }, !onCall.covered ? say('onCallUncovered')
            : member && onCall.until !== undefined ? say('onCallUntil', { person: member.title ?? member.name, time: clockTime(onCall.until) }) : ''));
        if (onCall.anchorAssumed) block.append(h('p', { class: 'muted' }, say('onCallAssumed')));
    }
    party.people.forEach((p, index) => block.append(personCard(ctx, p.person, `${keyPrefix}-${index}`)));
    return block;
}

/** Short names of the people a list of holders stands for now: `Alice Nowak, Sam Okafor`. */
export function holderNames(parties: ResolvedParty[]): string {
    const names = parties.flatMap(p => p.people.map(x => x.person.title ?? x.person.name));
    return names.length > 0 ? [...new Set(names)].join(', ') : say('holderNobody');
}

/** The section listing every role of the playbook. */
export function peopleView(ctx: ViewContext): HTMLElement {
    const section = h('section', { class: 'card', 'aria-labelledby': 'people-heading' }, h('h2', { id: 'people-heading' }, say('peopleHeading')));
    const list = h('ul', { class: 'roles' });
    ctx.model.roles.forEach((role, index) => {
        const { holders, backups } = roleHolders(ctx.model, role, ctx.now, ctx.state.severity);
        const item = h('li', { class: 'role' }, h('h3', {}, role.title ?? role.name));
        const named = currentHolder(ctx.state, role.name);
        const person = ctx.model.people.find(p => p.name === named);
        if (person) item.append(personCard(ctx, person, `role-${index}-named`));
        item.append(...roleFillView(ctx, role));
        holders.forEach((holder, i) => item.append(partyBlock(ctx, holder, `role-${index}-h${i}`)));
        // A role filled during the run is not "nobody": it says who names it instead.
        if (holders.length === 0 && !role.fill && named === undefined) item.append(h('p', { class: 'warning' }, say('holderNobody')));
        if (backups.length > 0) {
            const details = h('details', {}, h('summary', {}, say('roleBackups', { holders: holderNames(backups) })));
            backups.forEach((backup, i) => details.append(partyBlock(ctx, backup, `role-${index}-b${i}`)));
            item.append(details);
        }
        list.append(item);
    });
    section.append(list);
    return section;
}
