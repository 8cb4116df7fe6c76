import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { applications } from '../calls/calls.table.ts';
import { organizations, people } from '../identity/identity.table.ts';
import type { AccessRoute, CycleStatus, DateRange, ExperimentStatus, PeriodKind, ProposalSample } from './facilities.types.ts';

const ts = () => timestamp({ withTimezone: true, precision: 3 });

/** A large research facility (a synchrotron, an XFEL, an imaging platform, …). */
export const facilities = pgTable(
  'facilities',
  {
    id: text().primaryKey(),
    code: text().notNull(),
    name: text().notNull(),
    nameEn: text().notNull(),
    kind: text().notNull().$type<'synchrotron' | 'xfel' | 'imaging' | 'protein_science' | 'proton_therapy' | 'other'>(),
    status: text().notNull().$type<'operating' | 'under_construction' | 'planned'>(),
    operatorOrgId: text().references(() => organizations.id),
    description: text(),
    descriptionEn: text(),
    // Published figures, e.g. { usersServed: 47000, institutes: 800 } (CENTER.md)
    figures: jsonb().$type<Record<string, number>>().notNull().default({}),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('facilities_code_uq').on(t.code)],
);

/** An instrument of a facility: for a synchrotron, a beamline. */
export const instruments = pgTable(
  'instruments',
  {
    id: text().primaryKey(),
    facilityId: text()
      .notNull()
      .references(() => facilities.id),
    code: text().notNull(),
    name: text().notNull(),
    nameEn: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('instruments_code_uq').on(t.facilityId, t.code)],
);

/** An experimental station at the end of an instrument; beamtime is scheduled per station. */
export const stations = pgTable(
  'stations',
  {
    id: text().primaryKey(),
    instrumentId: text()
      .notNull()
      .references(() => instruments.id),
    facilityId: text()
      .notNull()
      .references(() => facilities.id),
    code: text().notNull(),
    name: text().notNull(),
    nameEn: text().notNull(),
    techniques: text().array().notNull().default([]),
    shiftHours: integer().notNull().default(8),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('stations_code_uq').on(t.facilityId, t.code), index('stations_instrument_idx').on(t.instrumentId)],
);

/** Shared equipment a station uses for an experiment (a cryostat, a furnace, a high-pressure cell). */
export const sampleEnvironments = pgTable(
  'sample_environments',
  {
    id: text().primaryKey(),
    facilityId: text()
      .notNull()
      .references(() => facilities.id),
    code: text().notNull(),
    name: text().notNull(),
    nameEn: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('sample_environments_code_uq').on(t.facilityId, t.code)],
);

/** Which sample environments a station can mount. */
export const stationEnvironments = pgTable(
  'station_environments',
  {
    stationId: text()
      .notNull()
      .references(() => stations.id),
    environmentId: text()
      .notNull()
      .references(() => sampleEnvironments.id),
  },
  (t) => [primaryKey({ columns: [t.stationId, t.environmentId] })],
);

/** The scientists responsible for a station (feasibility, safety, local contact). */
export const stationScientists = pgTable(
  'station_scientists',
  {
    stationId: text()
      .notNull()
      .references(() => stations.id),
    personId: text()
      .notNull()
      .references(() => people.id),
    role: text().$type<'lead' | 'scientist'>().notNull().default('scientist'),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.stationId, t.personId] }), index('station_scientists_person_idx').on(t.personId)],
);

/**
 * An operating cycle of a facility (two a year for SSRF). Time inside the cycle is counted in
 * shifts of `shiftHours` from `startsAt` (an instant at a shift boundary).
 */
export const facilityCycles = pgTable(
  'facility_cycles',
  {
    id: text().primaryKey(),
    facilityId: text()
      .notNull()
      .references(() => facilities.id),
    code: text().notNull(),
    name: text().notNull(),
    nameEn: text().notNull(),
    startsAt: ts().notNull(),
    endsAt: ts().notNull(),
    timeZone: text().notNull().default('Asia/Shanghai'),
    shiftHours: integer().notNull().default(8),
    /** Shifts left empty between consecutive experiments that need different sample environments. */
    changeoverShifts: integer().notNull().default(1),
    /** Shifts are awarded in multiples of this. */
    awardMultiple: integer().notNull().default(1),
    status: text().$type<CycleStatus>().notNull().default('planning'),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('facility_cycles_code_uq').on(t.facilityId, t.code),
    check('facility_cycles_span', sql`${t.endsAt} > ${t.startsAt}`),
    check('facility_cycles_shift', sql`${t.shiftHours} between 1 and 24 and ${t.changeoverShifts} >= 0 and ${t.awardMultiple} >= 1`),
  ],
);

/**
 * The operating calendar of a cycle: periods of user operation, machine development,
 * maintenance and shutdown; facility-wide (no station) or for one station (e.g. a station's own
 * maintenance). Experiments are scheduled only inside user operation and outside any other period.
 */
export const calendarPeriods = pgTable(
  'calendar_periods',
  {
    id: text().primaryKey(),
    cycleId: text()
      .notNull()
      .references(() => facilityCycles.id),
    stationId: text().references(() => stations.id),
    kind: text().$type<PeriodKind>().notNull(),
    startsAt: ts().notNull(),
    endsAt: ts().notNull(),
    note: text(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    index('calendar_periods_cycle_idx').on(t.cycleId, t.startsAt),
    check('calendar_periods_span', sql`${t.endsAt} > ${t.startsAt}`),
    check('calendar_periods_kind', sql`${t.kind} in ('user', 'machine_development', 'maintenance', 'shutdown')`),
  ],
);

/** A beamtime proposal: the facility's part of a calls application. */
export const facilityProposals = pgTable(
  'facility_proposals',
  {
    applicationId: text()
      .primaryKey()
      .references(() => applications.id),
    facilityId: text()
      .notNull()
      .references(() => facilities.id),
    cycleId: text()
      .notNull()
      .references(() => facilityCycles.id),
    route: text().$type<AccessRoute>().notNull(),
    samples: jsonb().$type<ProposalSample[]>().notNull().default([]),
    /** The PI's safety declaration: accepted at this instant by this person. */
    safetyDeclaredAt: ts(),
    safetyDeclaredBy: text().references(() => people.id),
    /** Date ranges (inclusive, in the cycle's zone, YYYY-MM-DD). */
    preferredDates: jsonb().$type<DateRange[]>().notNull().default([]),
    impossibleDates: jsonb().$type<DateRange[]>().notNull().default([]),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [index('facility_proposals_cycle_idx').on(t.cycleId, t.route)],
);

/** Shifts a proposal asks for on one station (and the sample environment it needs there). */
export const beamtimeRequests = pgTable(
  'beamtime_requests',
  {
    applicationId: text()
      .notNull()
      .references(() => applications.id),
    stationId: text()
      .notNull()
      .references(() => stations.id),
    shifts: integer().notNull(),
    environmentId: text().references(() => sampleEnvironments.id),
    note: text(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.stationId] }),
    index('beamtime_requests_station_idx').on(t.stationId),
    check('beamtime_requests_shifts', sql`${t.shifts} between 1 and 200`),
  ],
);

/** A station scientist's feasibility review of a proposal's request on their station. */
export const feasibilityReviews = pgTable(
  'feasibility_reviews',
  {
    applicationId: text()
      .notNull()
      .references(() => applications.id),
    stationId: text()
      .notNull()
      .references(() => stations.id),
    scientistId: text()
      .notNull()
      .references(() => people.id),
    verdict: text().$type<'feasible' | 'partly' | 'not_feasible'>().notNull(),
    shiftsNeeded: integer().notNull(),
    comments: text(),
    submittedAt: ts().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.stationId] }),
    check('feasibility_reviews_verdict', sql`${t.verdict} in ('feasible', 'partly', 'not_feasible')`),
    check('feasibility_reviews_shifts', sql`${t.shiftsNeeded} >= 0`),
  ],
);

/** Shifts awarded to a proposal on one station by the decision; what the scheduler places. */
export const beamtimeAwards = pgTable(
  'beamtime_awards',
  {
    id: text().primaryKey(),
    applicationId: text()
      .notNull()
      .references(() => applications.id),
    cycleId: text()
      .notNull()
      .references(() => facilityCycles.id),
    stationId: text()
      .notNull()
      .references(() => stations.id),
    shifts: integer().notNull(),
    environmentId: text().references(() => sampleEnvironments.id),
    /** Panel grade (1 best … 5) and rank within the station at the meeting: the schedule's weights. */
    grade: doublePrecision(),
    rank: integer(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('beamtime_awards_uq').on(t.applicationId, t.stationId),
    index('beamtime_awards_cycle_idx').on(t.cycleId, t.stationId),
    check('beamtime_awards_shifts', sql`${t.shifts} >= 1`),
  ],
);

/** A version of a cycle's schedule: draft until published; publishing supersedes the previous one. */
export const schedules = pgTable(
  'schedules',
  {
    id: text().primaryKey(),
    cycleId: text()
      .notNull()
      .references(() => facilityCycles.id),
    version: integer().notNull(),
    status: text().$type<'draft' | 'published' | 'superseded'>().notNull().default('draft'),
    policy: text().$type<'score' | 'rank'>().notNull().default('score'),
    objective: doublePrecision(),
    lpBound: doublePrecision(),
    gapPct: doublePrecision(),
    solveSeconds: doublePrecision(),
    greedyObjective: doublePrecision(),
    createdBy: text().references(() => people.id),
    createdAt: ts().notNull().defaultNow(),
    publishedBy: text().references(() => people.id),
    publishedAt: ts(),
  },
  (t) => [
    uniqueIndex('schedules_version_uq').on(t.cycleId, t.version),
    // At most one published schedule per cycle.
    uniqueIndex('schedules_published_uq')
      .on(t.cycleId)
      .where(sql`${t.status} = 'published'`),
  ],
);

/** A contiguous block of shifts on a station for one award. */
export const scheduleBlocks = pgTable(
  'schedule_blocks',
  {
    id: text().primaryKey(),
    scheduleId: text()
      .notNull()
      .references(() => schedules.id),
    awardId: text()
      .notNull()
      .references(() => beamtimeAwards.id),
    applicationId: text()
      .notNull()
      .references(() => applications.id),
    stationId: text()
      .notNull()
      .references(() => stations.id),
    /** Shift index from the cycle start, and the number of shifts. */
    startShift: integer().notNull(),
    shifts: integer().notNull(),
    startsAt: ts().notNull(),
    endsAt: ts().notNull(),
    environmentId: text().references(() => sampleEnvironments.id),
    pinned: boolean().notNull().default(false),
  },
  (t) => [
    uniqueIndex('schedule_blocks_award_uq').on(t.scheduleId, t.awardId),
    index('schedule_blocks_station_idx').on(t.scheduleId, t.stationId, t.startShift),
    check('schedule_blocks_span', sql`${t.shifts} >= 1 and ${t.startShift} >= 0 and ${t.endsAt} > ${t.startsAt}`),
  ],
);

/** Secret addresses of personal ICS feeds (calendar clients cannot sign in); stored as sha256. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: text().primaryKey(),
    personId: text()
      .notNull()
      .references(() => people.id),
    tokenHash: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
    revokedAt: ts(),
  },
  (t) => [uniqueIndex('calendar_feeds_token_uq').on(t.tokenHash), index('calendar_feeds_person_idx').on(t.personId)],
);

/** An experiment: a block of a published schedule carried out. */
export const experiments = pgTable(
  'experiments',
  {
    id: text().primaryKey(),
    applicationId: text()
      .notNull()
      .references(() => applications.id),
    awardId: text()
      .notNull()
      .references(() => beamtimeAwards.id),
    cycleId: text()
      .notNull()
      .references(() => facilityCycles.id),
    stationId: text()
      .notNull()
      .references(() => stations.id),
    scheduledStart: ts().notNull(),
    scheduledEnd: ts().notNull(),
    status: text().$type<ExperimentStatus>().notNull().default('scheduled'),
    safetyApprovedBy: text().references(() => people.id),
    safetyApprovedAt: ts(),
    startedAt: ts(),
    endedAt: ts(),
    /** Beamtime lost to faults, in hours, with the reason. */
    lostHours: doublePrecision().notNull().default(0),
    lostReason: text(),
    report: text(),
    reportSubmittedAt: ts(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('experiments_award_uq').on(t.awardId),
    index('experiments_station_idx').on(t.stationId, t.scheduledStart),
    index('experiments_application_idx').on(t.applicationId),
    check('experiments_started_after_safety', sql`${t.startedAt} is null or ${t.safetyApprovedAt} is not null`),
    check('experiments_lost', sql`${t.lostHours} >= 0`),
  ],
);

/** People registered to come for an experiment (visit registration). */
export const experimentVisits = pgTable(
  'experiment_visits',
  {
    id: text().primaryKey(),
    experimentId: text()
      .notNull()
      .references(() => experiments.id),
    personId: text()
      .notNull()
      .references(() => people.id),
    arrivesOn: text().notNull(),
    leavesOn: text().notNull(),
    status: text().$type<'registered' | 'approved' | 'cancelled'>().notNull().default('registered'),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('experiment_visits_uq').on(t.experimentId, t.personId)],
);

/** The experiment's logbook (append-only entries). */
export const logbookEntries = pgTable(
  'logbook_entries',
  {
    id: text().primaryKey(),
    experimentId: text()
      .notNull()
      .references(() => experiments.id),
    authorId: text()
      .notNull()
      .references(() => people.id),
    at: ts().notNull(),
    body: text().notNull(),
  },
  (t) => [index('logbook_entries_experiment_idx').on(t.experimentId, t.id)],
);

/** What came of a proposal: publications by DOI, patents. */
export const outcomes = pgTable(
  'outcomes',
  {
    id: text().primaryKey(),
    applicationId: text()
      .notNull()
      .references(() => applications.id),
    experimentId: text().references(() => experiments.id),
    kind: text().$type<'publication' | 'patent'>().notNull(),
    /** Publications: the DOI, lower-cased (10.xxxx/…). */
    doi: text(),
    patentNumber: text(),
    title: text().notNull(),
    venue: text(),
    year: integer(),
    createdBy: text()
      .notNull()
      .references(() => people.id),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('outcomes_doi_uq').on(t.applicationId, t.doi),
    index('outcomes_application_idx').on(t.applicationId),
    check('outcomes_kind', sql`(${t.kind} = 'publication' and ${t.doi} is not null) or (${t.kind} = 'patent' and ${t.patentNumber} is not null)`),
  ],
);
