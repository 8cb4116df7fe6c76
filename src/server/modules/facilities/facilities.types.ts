// The vocabulary of the facility user office.

/** Access routes of a facility call (each route is one call per cycle, or a continuous call). */
export const ACCESS_ROUTES = ['general', 'rapid', 'long_term', 'block', 'mail_in', 'proprietary', 'in_house'] as const;
export type AccessRoute = (typeof ACCESS_ROUTES)[number];

/** A cycle: planning → call open → review → scheduling → published → closed. */
export const CYCLE_STATUSES = ['planning', 'call_open', 'review', 'scheduling', 'published', 'closed'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/** Kinds of operating-calendar period; experiments go only into 'user' time. */
export const PERIOD_KINDS = ['user', 'machine_development', 'maintenance', 'shutdown'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** scheduled → safety_approved → running → finished (or cancelled). */
export const EXPERIMENT_STATUSES = ['scheduled', 'safety_approved', 'running', 'finished', 'cancelled'] as const;
export type ExperimentStatus = (typeof EXPERIMENT_STATUSES)[number];

export const HAZARDS = ['none', 'toxic', 'flammable', 'corrosive', 'radioactive', 'biological', 'nanomaterial', 'pressurized', 'cryogenic', 'laser'] as const;
export type Hazard = (typeof HAZARDS)[number];

/** A sample of a proposal, with its hazards. */
export interface ProposalSample {
  name: string;
  formula?: string;
  form?: string;
  quantity?: string;
  hazards: Hazard[];
}

/** An inclusive range of dates in the cycle's zone, YYYY-MM-DD. */
export interface DateRange {
  from: string;
  to: string;
}
