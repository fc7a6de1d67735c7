/**
 * The parts of PagerDuty's REST API objects (api.pagerduty.com, as its OpenAPI description in
 * the repository PagerDuty/api-schema defines them) that the import reads. The export file is the
 * responses of the list endpoints merged into one object: `{ "users": [...], "teams": [...],
 * "schedules": [...], "escalation_policies": [...] }` (docs/interop.md shows how to fetch it).
 */

export interface PdReference {
    id: string;
    type?: string;
    summary?: string;
}

export interface PdContactMethod {
    type: string;
    address?: string;
    country_code?: number;
    label?: string;
    summary?: string;
}

export interface PdUser {
    id: string;
    name?: string;
    summary?: string;
    email?: string;
    time_zone?: string;
    job_title?: string;
    contact_methods?: PdContactMethod[];
    teams?: PdReference[];
}

export interface PdTeam {
    id: string;
    name?: string;
    summary?: string;
    description?: string;
    /** As `GET /teams/{id}/members` returns them. */
    members?: Array<{ user: PdReference; role?: string }>;
}

export interface PdRestriction {
    type: 'daily_restriction' | 'weekly_restriction';
    start_time_of_day: string;
    duration_seconds: number;
    /** ISO weekday, 1 (Monday) to 7 (Sunday); weekly restrictions only. */
    start_day_of_week?: number;
}

export interface PdRenderedEntry {
    start: string;
    end: string;
    user?: PdReference;
}

export interface PdLayer {
    id?: string;
    name?: string;
    start?: string;
    end?: string | null;
    rotation_virtual_start: string;
    rotation_turn_length_seconds: number;
    users: Array<{ user: PdReference }>;
    restrictions?: PdRestriction[];
    rendered_schedule_entries?: PdRenderedEntry[];
}

export interface PdOverride {
    id?: string;
    start: string;
    end: string;
    user: PdReference;
}

export interface PdSchedule {
    id: string;
    name?: string;
    summary?: string;
    description?: string;
    time_zone?: string;
    schedule_layers?: PdLayer[];
    /** As `GET /schedules/{id}/overrides` returns them, put in the schedule. */
    overrides?: PdOverride[];
    final_schedule?: { rendered_schedule_entries?: PdRenderedEntry[] };
}

export interface PdEscalationRule {
    escalation_delay_in_minutes: number;
    targets: PdReference[];
}

export interface PdEscalationPolicy {
    id: string;
    name?: string;
    summary?: string;
    description?: string;
    num_loops?: number;
    escalation_rules?: PdEscalationRule[];
}

export interface PdExport {
    users?: PdUser[];
    teams?: PdTeam[];
    schedules?: PdSchedule[];
    escalation_policies?: PdEscalationPolicy[];
}
