/**
 * Whether a value is a runner event as protocol/src/playbook-run-store.ts defines it, field by
 * field: stored text and messages from a webview are untrusted, and a malformed event must be
 * refused with a reason, never saved (issue 22: a malformed save wiped the stored run).
 */
import { STATUS_STATES, type RunEventType } from '../../../protocol/src/playbook-run-store.js';
import { say } from '../playbook-runner-strings.js';

type FieldKind = 'string' | 'number' | 'boolean' | 'changes' | 'drill' | 'fault' | 'status';

/** Each event type's fields beyond `type` and `at`; `?` marks an optional one. */
const FIELDS: Readonly<Record<RunEventType, Readonly<Record<string, FieldKind>>>> = {
    'start': { 'trigger?': 'string', 'severity?': 'string', 'drill?': 'drill' },
    'fault-injected': { fault: 'fault', name: 'string' },
    'severity-changed': { severity: 'string' },
    'step-done': { item: 'string' },
    'step-skipped': { item: 'string', reason: 'string' },
    'step-blocked': { item: 'string', reason: 'string' },
    'step-undone': { item: 'string' },
    'check-toggled': { item: 'string', index: 'number', checked: 'boolean' },
    'decision-taken': { item: 'string', branch: 'string' },
    'escalation-acknowledged': {},
    'update-sent': { rule: 'string' },
    'note': { text: 'string' },
    'resolved': {},
    'closed': {},
    'playbook-changed': { changes: 'changes' },
    'role-designated': { role: 'string', holder: 'string' },
    'procedure-started': { procedure: 'string' },
    'sub-team-formed': { subTeam: 'string', name: 'string', 'leader?': 'string' },
    'sub-team-disbanded': { name: 'string' },
    'status-posted': { status: 'status' },
    'incident-split': { child: 'string', 'lead?': 'string' },
    'incident-merged': { duplicate: 'string' },
};

const CHANGE = { change: ['added', 'removed', 'changed'], what: ['phase', 'step', 'decision', 'severity', 'trigger', 'communication', 'role'] };

/** What is wrong with a value as an event (undefined when it is one); `stamped` also asks for id, seq and origin. */
export function eventProblem(value: unknown, stamped: boolean): string | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return say('checkNotObject');
    const event = value as Record<string, unknown>;
    const type = event.type;
    if (typeof type !== 'string' || !Object.hasOwn(FIELDS, type)) return say('checkUnknownEventType', { type: JSON.stringify(type) });
    if (typeof event.at !== 'number' || !Number.isFinite(event.at)) return say('checkEventNoTime', { type });
    if (stamped) {
        if (typeof event.id !== 'string' || event.id === '') return say('checkEventNoId', { type });
        if (typeof event.seq !== 'number' || !Number.isInteger(event.seq) || event.seq < 1) return say('checkEventNoSeq', { type });
        if (typeof event.origin !== 'string' || event.origin === '') return say('checkEventNoOrigin', { type });
    }
    for (const [spec, kind] of Object.entries(FIELDS[type as RunEventType])) {
        const optional = spec.endsWith('?');
        const name = optional ? spec.slice(0, -1) : spec;
        const field = event[name];
        if (field === undefined && optional) continue;
        if (!fieldOk(field, kind)) return say('checkEventField', { type, field: name, kind });
    }
    return undefined;
}

function fieldOk(value: unknown, kind: FieldKind): boolean {
    switch (kind) {
        case 'string': return typeof value === 'string';
        case 'number': return typeof value === 'number' && Number.isInteger(value);
        case 'boolean': return typeof value === 'boolean';
        case 'drill': {
            const drill = value as { speed?: unknown; kind?: unknown } | null;
            return typeof drill === 'object' && drill !== null && typeof drill.speed === 'number' && drill.speed >= 1 && drill.speed <= 600
                && (drill.kind === undefined || typeof drill.kind === 'string');
        }
        case 'fault': return value === 'channel-down' || value === 'no-answer';
        case 'status': return (STATUS_STATES as readonly unknown[]).includes(value);
        case 'changes': return Array.isArray(value) && value.every(change => {
            const c = change as Record<string, unknown> | null;
            return typeof c === 'object' && c !== null && CHANGE.change.includes(c.change as string) && CHANGE.what.includes(c.what as string) && typeof c.name === 'string';
        });
    }
}
