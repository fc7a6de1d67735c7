/**
 * A seeded generator of realistic workspaces for the benchmark. It builds one neutral
 * description of the content and writes it three ways (playbook DSL, YAML, JSON) so that
 * every format carries exactly the same information.
 */

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same workspace. */
export function rng(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
}

export interface Org {
    people: Array<{ name: string; title: string; phone: string; email: string; timezone: string }>;
    teams: Array<{ name: string; title: string; members: string[] }>;
    rotations: Array<{ name: string; title: string; members: string[] }>;
}

export interface Step { name: string; title: string; owner: string; within: string; after?: string; checks: string[] }
export interface Decision { name: string; question: string; owner: string; yes: string; no: string }
export interface PlaybookSpec {
    name: string;
    title: string;
    severities: Array<{ name: string; title: string; respond: string; resolve: string; escalation: string; updates: string }>;
    roles: Array<{ name: string; title: string; section: string; duties: string[] }>;
    assignments: Array<{ role: string; holder: string; backup: string }>;
    triggers: Array<{ name: string; title: string; category: string; when: string; then: string; otherwise: string; by: string[] }>;
    escalations: Array<{ name: string; levels: Array<{ after: string; notify: string }> }>;
    channels: Array<{ name: string; kind: string; address: string; owner: string; backup?: string }>;
    notify: Array<{ audience: string; via: string; every: string; during: string; owner: string }>;
    phases: Array<{ name: string; title: string; items: Array<Step | Decision> }>;
    review: { owner: string; within: string; assess: string[] };
    drills: Array<{ kind: string; every: string; last: string }>;
}

const WORDS = ['confirm', 'assess', 'contain', 'notify', 'restore', 'verify', 'isolate', 'rollback', 'escalate', 'brief', 'record', 'triage'];
const SECTIONS = ['command', 'planning', 'logistics', 'operations', 'finance'];
const CATEGORIES = ['security', 'service-outage', 'natural-disaster', 'reputation', 'supply-chain'];

/** The organisation shared by every playbook: people, teams and rotations. */
export function makeOrg(people = 40): Org {
    const org: Org = { people: [], teams: [], rotations: [] };
    for (let i = 0; i < people; i++) {
        org.people.push({ name: `person-${i}`, title: `Person ${i}`, phone: `+48 600 ${100 + i} 200`, email: `p${i}@example.com`, timezone: 'Europe/Warsaw' });
    }
    for (let i = 0; i < people / 4; i++) {
        const members = [0, 1, 2].map(k => `person-${(i * 3 + k) % people}`);
        org.teams.push({ name: `team-${i}`, title: `Team ${i}`, members });
        org.rotations.push({ name: `rotation-${i}`, title: `Rotation ${i}`, members });
    }
    return org;
}

/**
 * One playbook of about `steps * 3 + 60` lines. `prefix` makes names unique when several
 * playbooks must share one scope (the stress case).
 */
export function makePlaybook(random: () => number, org: Org, index: number, steps = 12, prefix = ''): PlaybookSpec {
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const p = (name: string) => `${prefix}${name}`;
    const person = () => pick(org.people).name;
    const roles = ['commander', 'tech-lead', 'comms', 'scribe'].map(r => ({
        name: p(r), title: `Role ${r}`, section: pick(SECTIONS), duties: [`Owns ${r} duties`, `Reports to the commander`],
    }));
    const phases: PlaybookSpec['phases'] = [];
    let stepIndex = 0;
    let previous: string | undefined;
    for (let ph = 0; ph < Math.max(1, Math.round(steps / 4)); ph++) {
        const items: Array<Step | Decision> = [];
        for (let s = 0; s < 4 && stepIndex < steps; s++, stepIndex++) {
            const name = p(`${pick(WORDS)}-${stepIndex}`);
            items.push({
                name, title: `Do the ${name} work`, owner: pick(roles).name, within: `${10 + Math.floor(random() * 50)}m`,
                ...(previous && random() < 0.3 ? { after: previous } : {}),
                checks: [`First check of ${name}`, `Second check of ${name}`],
            });
            previous = name;
        }
        phases.push({ name: p(`phase-${ph}`), title: `Phase ${ph}`, items });
    }
    const lastPhase = phases[phases.length - 1]!;
    const first = (phases[0]!.items[0] as Step).name;
    lastPhase.items.push({ name: p('decide-done'), question: 'Resolved?', owner: roles[0]!.name, yes: p('close-out'), no: first });
    lastPhase.items.push({ name: p('close-out'), title: 'Close the incident', owner: roles[0]!.name, within: '30m', checks: ['All clear sent'] });
    return {
        name: `playbook-${index}`,
        title: `Playbook number ${index}`,
        severities: [
            { name: p('sev1'), title: 'Critical', respond: '5m', resolve: '4h', escalation: p('path-a'), updates: '30m' },
            { name: p('sev2'), title: 'Major', respond: '15m', resolve: '1d', escalation: p('path-b'), updates: '1h' },
        ],
        roles,
        assignments: roles.map(r => ({ role: r.name, holder: pick(org.rotations).name, backup: person() })),
        triggers: [{ name: p('alert'), title: 'Alert fired', category: pick(CATEGORIES), when: 'errors > 5%', then: p('sev1'), otherwise: p('sev2'), by: [roles[0]!.name] }],
        escalations: [
            { name: p('path-a'), levels: [{ after: '0m', notify: roles[0]!.name }, { after: '10m', notify: pick(org.teams).name }, { after: '30m', notify: person() }] },
            { name: p('path-b'), levels: [{ after: '0m', notify: pick(org.rotations).name }, { after: '15m', notify: roles[0]!.name }] },
        ],
        channels: [
            { name: p('war-room'), kind: 'chat', address: `#inc-${index}`, owner: roles[0]!.name, backup: p('bridge') },
            { name: p('bridge'), kind: 'phone', address: '+1 555 0100', owner: roles[2]!.name },
        ],
        notify: [
            { audience: 'executives', via: p('bridge'), every: '1h', during: p('sev1'), owner: roles[2]!.name },
            { audience: 'customers', via: p('war-room'), every: '30m', during: p('sev1'), owner: roles[2]!.name },
        ],
        phases,
        review: { owner: roles[0]!.name, within: '5d', assess: ['Response speed', 'Degree of control'] },
        drills: [{ kind: 'tabletop', every: '90d', last: '2026-10-01' }],
    };
}

const q = (s: string) => JSON.stringify(s);

/** Writes the organisation in the playbook language. */
export function orgToDsl(org: Org): string {
    const out: string[] = [];
    for (const x of org.people) {
        out.push(`person ${x.name} ${q(x.title)} {`, `  phone ${q(x.phone)}`, `  email ${q(x.email)}`, `  timezone ${q(x.timezone)}`, '}');
    }
    for (const t of org.teams) {
        out.push(`team ${t.name} ${q(t.title)} {`, `  members ${t.members.join(', ')}`, '}');
    }
    for (const r of org.rotations) {
        out.push(`rotation ${r.name} ${q(r.title)} {`, `  members ${r.members.join(', ')}`, '  handoff every 1w on monday at 09:00 "Europe/Warsaw"', '  covers 24x7', '}');
    }
    return out.join('\n') + '\n';
}

/** Writes a playbook in the playbook language. */
export function playbookToDsl(pb: PlaybookSpec): string {
    const out: string[] = [`playbook ${pb.name} ${q(pb.title)} {`, `  owner ${pb.roles[0]!.name}`, '  reviewed 2026-10-01 every 90d'];
    for (const s of pb.severities) {
        out.push(`  severity ${s.name} ${q(s.title)} {`, `    respond within ${s.respond}`, `    resolve within ${s.resolve}`, `    escalation ${s.escalation}`, `    updates every ${s.updates}`, '  }');
    }
    for (const r of pb.roles) {
        out.push(`  role ${r.name} ${q(r.title)} {`, `    section ${r.section}`, ...r.duties.map(d => `    duty ${q(d)}`), '  }');
    }
    for (const a of pb.assignments) {
        out.push(`  assign ${a.role} to ${a.holder} backup ${a.backup}`);
    }
    for (const t of pb.triggers) {
        out.push(`  trigger ${t.name} ${q(t.title)} {`, `    category ${t.category}`, `    when ${q(t.when)} then ${t.then}`, `    otherwise ${t.otherwise}`, `    activated by ${t.by.join(', ')}`, '  }');
    }
    for (const e of pb.escalations) {
        out.push(`  escalation ${e.name} {`, ...e.levels.map((l, i) => `    level ${i + 1}${i > 0 ? ` after ${l.after}` : ''} notify ${l.notify}`), '  }');
    }
    for (const c of pb.channels) {
        out.push(`  channel ${c.name} ${c.kind} ${q(c.address)} owner ${c.owner}${c.backup ? ` backup ${c.backup}` : ''}`);
    }
    for (const n of pb.notify) {
        out.push(`  notify ${n.audience} via ${n.via} every ${n.every} during ${n.during} owner ${n.owner}`);
    }
    for (const ph of pb.phases) {
        out.push(`  phase ${ph.name} ${q(ph.title)} {`);
        for (const item of ph.items) {
            if ('question' in item) {
                out.push(`    decide ${item.name} ${q(item.question)} owner ${item.owner} {`, `      yes goto ${item.yes}`, `      no goto ${item.no}`, '    }');
            } else {
                out.push(`    step ${item.name} ${q(item.title)} owner ${item.owner} within ${item.within}${item.after ? ` after ${item.after}` : ''} {`,
                    ...item.checks.map(c => `      check ${q(c)}`), '    }');
            }
        }
        out.push('  }');
    }
    out.push(`  review "Post-incident review" owner ${pb.review.owner} within ${pb.review.within} {`, ...pb.review.assess.map(a => `    assess ${q(a)}`), '  }');
    for (const d of pb.drills) {
        out.push(`  drill ${d.kind} every ${d.every} last ${d.last}`);
    }
    out.push('}');
    return out.join('\n') + '\n';
}

/** The content as one plain object: what the YAML and JSON files hold. */
export function toPlainObject(org: Org, playbooks: PlaybookSpec[]): unknown {
    return { org, playbooks };
}

/** A workspace of `lines` lines (approximately) in one file: the organisation, then playbooks. */
export function singleFile(seed: number, lines: number): { text: string; org: Org; playbooks: PlaybookSpec[] } {
    const random = rng(seed);
    const org = makeOrg();
    let text = orgToDsl(org);
    const playbooks: PlaybookSpec[] = [];
    while (countLines(text) < lines) {
        const pb = makePlaybook(random, org, playbooks.length);
        playbooks.push(pb);
        text += playbookToDsl(pb);
    }
    return { text, org, playbooks };
}

/** One huge playbook whose every name lives in one scope: the scoping stress case. */
export function stressFile(seed: number, lines: number): string {
    const random = rng(seed);
    const org = makeOrg();
    const steps = Math.round((lines - countLines(orgToDsl(org)) - 60) / 4.5);
    return orgToDsl(org) + playbookToDsl(makePlaybook(random, org, 0, steps));
}

/** Counts lines the way the benchmark reports them. */
export function countLines(text: string): number {
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
        n++;
    }
    return n;
}

/**
 * The benchmark's workspace: 1,000 playbooks of 10 steps and the organisation file they share
 * (`org.playbook`, `pb-<i>.playbook`), the same for every seed-11 caller (bench/run.ts, and a
 * fresh process's build in bench/child-workspace.ts).
 */
export function makeWorkspace(): { org: Org; specs: PlaybookSpec[]; files: Record<string, string> } {
    const random = rng(11);
    const org = makeOrg();
    const specs = Array.from({ length: 1_000 }, (_, i) => makePlaybook(random, org, i, 10));
    const files: Record<string, string> = { 'org.playbook': orgToDsl(org) };
    specs.forEach((spec, i) => {
        files[`pb-${i}.playbook`] = playbookToDsl(spec);
    });
    return { org, specs, files };
}
