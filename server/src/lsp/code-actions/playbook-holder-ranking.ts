import {
    isAssignment, isPerson, isRole, isTeam, type Assignment, type Holder, type Playbook, type Role,
} from '../../language/generated/ast.js';
import type { PlaybookWorkspaceFacts } from '../../workspace/playbook-workspace-facts.js';

/** A possible holder of a role with the weight of the evidence for it. */
export interface RankedHolder {
    holder: Holder;
    score: number;
}

/**
 * Ranks the holders that could take an unassigned role by what the workspace already says:
 * - holding roles of the same ICS section (a logistics role goes to who already does logistics):
 *   3 for each role held, 1 for each role backed up;
 * - being named in the role's duties, aliases or title: 4;
 * - being the playbook owner's team, or a member of it: 2 (1 for members);
 * - holding or backing up any role (someone known to be on the response roster): 1.
 * Ties keep the order the holders are written in, so the ranking is stable.
 */
export function rankHolders(role: Role, candidates: readonly Holder[], playbook: Playbook | undefined, facts: PlaybookWorkspaceFacts): RankedHolder[] {
    const { held, backedUp } = rolesHeld(playbook, facts);
    const text = [role.title ?? '', ...role.duties, ...role.aliases].join(' ').toLowerCase();
    const ownerTeam = ownersTeam(playbook, candidates);
    const ranked = candidates.map((holder, index) => {
        const roles = held.get(holder) ?? [];
        const backups = backedUp.get(holder) ?? [];
        const sameSection = (r: Role) => r !== role && role.section !== undefined && r.section === role.section;
        let score = roles.length + backups.length > 0 ? 1 : 0;
        score += 3 * roles.filter(sameSection).length + backups.filter(sameSection).length;
        if (mentions(text, holder)) {
            score += 4;
        }
        if (ownerTeam && holder === ownerTeam) {
            score += 2;
        } else if (ownerTeam && isPerson(holder) && ownerTeam.members.some(m => m.ref === holder)) {
            score += 1;
        }
        return { holder, score, index };
    });
    ranked.sort((a, b) => b.score - a.score || a.index - b.index);
    return ranked.map(({ holder, score }) => ({ holder, score }));
}

/** Who holds and who backs up which roles: the organisation's assignments (from the workspace facts) and the playbook's own. */
function rolesHeld(playbook: Playbook | undefined, facts: PlaybookWorkspaceFacts): { held: Map<Holder, Role[]>; backedUp: Map<Holder, Role[]> } {
    const assignments: Assignment[] = [...facts.organisationAssignments(), ...(playbook?.elements.filter(isAssignment) ?? [])];
    const held = new Map<Holder, Role[]>();
    const backedUp = new Map<Holder, Role[]>();
    const add = (map: Map<Holder, Role[]>, holder: Holder | undefined, role: Role) => {
        if (holder) map.set(holder, [...(map.get(holder) ?? []), role]);
    };
    for (const assignment of assignments) {
        const role = assignment.role.ref;
        if (isRole(role)) {
            assignment.holders.forEach(h => add(held, h.ref, role));
            assignment.backups.forEach(h => add(backedUp, h.ref, role));
        }
    }
    return { held, backedUp };
}

function mentions(text: string, holder: Holder): boolean {
    const words = [holder.name, holder.title].filter((w): w is string => !!w && w.length > 1).map(w => w.toLowerCase());
    return words.some(word => text.includes(word));
}

/** The team of the playbook's owner: the owner itself when it is a team, else the first team among the candidates the owner is in. */
function ownersTeam(playbook: Playbook | undefined, candidates: readonly Holder[]) {
    const owner = playbook?.owner?.ref;
    if (isTeam(owner)) {
        return owner;
    }
    return isPerson(owner) ? candidates.filter(isTeam).find(team => team.members.some(m => m.ref === owner)) : undefined;
}
