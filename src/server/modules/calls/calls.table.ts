// The calls engine: calls for applications → applications → review → decision. One engine for
// every desk that hands out something scarce (beamtime here; vouchers, funding and incubator
// places later). A desk's own part of an application (e.g. the stations and shifts of a beamtime
// proposal) lives in that desk's tables, keyed by the application id.
import { sql } from 'drizzle-orm';
import { check, customType, doublePrecision, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { organizations, people } from '../identity/identity.table.ts';
import type {
  ApplicationStatus,
  CallAward,
  CallEligibility,
  CallMode,
  CallStatus,
  DecisionOutcome,
  FormQuestion,
  MemberStatus,
  ReviewStage,
  ReviewStatus,
} from './calls.types.ts';

const ts = () => timestamp({ withTimezone: true, precision: 3 });
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * A form template: a questionnaire of typed questions with conditions. Versions are immutable
 * once a call uses them; editing makes a new version with the same key.
 */
export const formTemplates = pgTable(
  'form_templates',
  {
    id: text().primaryKey(),
    key: text().notNull(),
    version: integer().notNull(),
    title: text().notNull(),
    titleEn: text().notNull(),
    questions: jsonb().$type<FormQuestion[]>().notNull(),
    createdBy: text().references(() => people.id),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('form_templates_key_version_uq').on(t.key, t.version)],
);

/**
 * People with a standing role at the organization that runs calls: the user office ('manager')
 * and the director. Platform operators act as managers everywhere.
 */
export const callStaff = pgTable(
  'call_staff',
  {
    orgId: text()
      .notNull()
      .references(() => organizations.id),
    personId: text()
      .notNull()
      .references(() => people.id),
    role: text().$type<'manager' | 'director'>().notNull(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.personId, t.role] }), check('call_staff_role_known', sql`${t.role} in ('manager', 'director')`)],
);

/** A call for applications. */
export const calls = pgTable(
  'calls',
  {
    id: text().primaryKey(),
    /** The organization that runs the call (a facility's operator, a program's agency). */
    ownerOrgId: text()
      .notNull()
      .references(() => organizations.id),
    /** The desk whose part the applications carry, e.g. 'facilities'. */
    desk: text().notNull(),
    /** What the desk calls the subject the call belongs to, e.g. a facility cycle id. */
    scopeRef: text(),
    code: text().notNull(),
    title: text().notNull(),
    titleEn: text().notNull(),
    description: text().notNull().default(''),
    descriptionEn: text().notNull().default(''),
    /** The desk's track, e.g. an access route of a facility: general, rapid, proprietary, … */
    track: text().notNull(),
    /** 'window': applications between opensAt and closesAt; 'continuous': any time after opensAt. */
    mode: text().$type<CallMode>().notNull(),
    opensAt: ts().notNull(),
    closesAt: ts(),
    /** IANA zone the deadline is announced in (shown to applicants; enforced as an instant). */
    timeZone: text().notNull().default('Asia/Shanghai'),
    eligibility: jsonb().$type<CallEligibility>().notNull().default({}),
    formTemplateId: text()
      .notNull()
      .references(() => formTemplates.id),
    stages: jsonb().$type<ReviewStage[]>().notNull(),
    award: jsonb().$type<CallAward>().notNull(),
    status: text().$type<CallStatus>().notNull().default('draft'),
    createdBy: text().references(() => people.id),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('calls_code_uq').on(t.ownerOrgId, t.code),
    index('calls_scope_idx').on(t.desk, t.scopeRef),
    check('calls_window', sql`${t.mode} = 'continuous' or (${t.closesAt} is not null and ${t.closesAt} > ${t.opensAt})`),
  ],
);

/** A panel of reviewers with a chair; it reviews the applications assigned to it. */
export const panels = pgTable(
  'panels',
  {
    id: text().primaryKey(),
    ownerOrgId: text()
      .notNull()
      .references(() => organizations.id),
    /** The same scope as the calls it serves (e.g. a facility cycle). */
    scopeRef: text(),
    name: text().notNull(),
    nameEn: text().notNull(),
    /** Subject areas the panel covers (e.g. PaNET techniques), used by automatic assignment. */
    areas: text().array().notNull().default([]),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [index('panels_scope_idx').on(t.ownerOrgId, t.scopeRef)],
);

export const panelMembers = pgTable(
  'panel_members',
  {
    panelId: text()
      .notNull()
      .references(() => panels.id),
    personId: text()
      .notNull()
      .references(() => people.id),
    role: text().$type<'chair' | 'reviewer'>().notNull(),
    /** Keywords of the member's expertise, matched against an application's keywords. */
    expertise: text().array().notNull().default([]),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.panelId, t.personId] }),
    index('panel_members_person_idx').on(t.personId),
    check('panel_members_role_known', sql`${t.role} in ('chair', 'reviewer')`),
  ],
);

/** An application (for beamtime: a proposal). */
export const applications = pgTable(
  'applications',
  {
    id: text().primaryKey(),
    callId: text()
      .notNull()
      .references(() => calls.id),
    /** Human number, e.g. 2026-2-000123, given at submission. */
    number: text(),
    title: text().notNull().default(''),
    abstract: text().notNull().default(''),
    keywords: text().array().notNull().default([]),
    /** The principal investigator (the applicant). */
    piId: text()
      .notNull()
      .references(() => people.id),
    /** The organization the application is made for. */
    orgId: text().references(() => organizations.id),
    formTemplateId: text()
      .notNull()
      .references(() => formTemplates.id),
    answers: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    status: text().$type<ApplicationStatus>().notNull().default('draft'),
    panelId: text().references(() => panels.id),
    /** Mean panel grade (1 best … 5 worst), set when the panel stage closes. */
    grade: doublePrecision(),
    /** Bumped on every save of the draft; a save carrying an older version is refused. */
    revision: integer().notNull().default(1),
    submittedAt: ts(),
    withdrawnAt: ts(),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('applications_number_uq').on(t.number),
    index('applications_call_idx').on(t.callId, t.status),
    index('applications_pi_idx').on(t.piId),
    index('applications_panel_idx').on(t.panelId),
  ],
);

/** The PI and co-applicants; co-applicants are invited by e-mail and must accept. */
export const applicationMembers = pgTable(
  'application_members',
  {
    applicationId: text()
      .notNull()
      .references(() => applications.id),
    email: text().notNull(),
    /** Set when the invited person exists (at invitation or at acceptance). */
    personId: text().references(() => people.id),
    role: text().$type<'pi' | 'co'>().notNull(),
    status: text().$type<MemberStatus>().notNull(),
    orcid: text(),
    invitedAt: ts().notNull().defaultNow(),
    respondedAt: ts(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.email] }),
    index('application_members_person_idx').on(t.personId),
    check('application_members_orcid', sql`${t.orcid} is null or ${t.orcid} ~ '^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$'`),
  ],
);

/** Every change of an application's status, and other events of its life (append-only). */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: text().primaryKey(),
    applicationId: text()
      .notNull()
      .references(() => applications.id),
    at: ts().notNull(),
    actorId: text().references(() => people.id),
    kind: text().notNull(),
    fromStatus: text().$type<ApplicationStatus>(),
    toStatus: text().$type<ApplicationStatus>(),
    note: text(),
  },
  (t) => [index('application_events_app_idx').on(t.applicationId, t.id)],
);

/** Attachments (PDF, size-limited), stored in the database until the file store exists. */
export const applicationFiles = pgTable(
  'application_files',
  {
    id: text().primaryKey(),
    applicationId: text()
      .notNull()
      .references(() => applications.id),
    name: text().notNull(),
    contentType: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    content: bytea().notNull(),
    uploadedBy: text()
      .notNull()
      .references(() => people.id),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [index('application_files_app_idx').on(t.applicationId)],
);

/** Links to earlier applications (e.g. the proposal whose experiment this one continues). */
export const applicationLinks = pgTable(
  'application_links',
  {
    applicationId: text()
      .notNull()
      .references(() => applications.id),
    linkedId: text()
      .notNull()
      .references(() => applications.id),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.linkedId] }), check('application_links_not_self', sql`${t.applicationId} <> ${t.linkedId}`)],
);

/** A reviewer's assignment to an application at a stage, and their grade once given. */
export const reviewAssignments = pgTable(
  'review_assignments',
  {
    id: text().primaryKey(),
    applicationId: text()
      .notNull()
      .references(() => applications.id),
    /** The key of the call's review stage, e.g. 'panel'. */
    stage: text().notNull(),
    reviewerId: text()
      .notNull()
      .references(() => people.id),
    status: text().$type<ReviewStatus>().notNull().default('assigned'),
    /** 1 (outstanding) … 5 (poor). */
    grade: smallint(),
    comments: text(),
    assignedBy: text().references(() => people.id),
    assignedAt: ts().notNull().defaultNow(),
    submittedAt: ts(),
  },
  (t) => [
    uniqueIndex('review_assignments_uq').on(t.applicationId, t.stage, t.reviewerId),
    index('review_assignments_reviewer_idx').on(t.reviewerId, t.status),
    check('review_assignments_grade', sql`${t.grade} is null or ${t.grade} between 1 and 5`),
    check('review_assignments_submitted', sql`${t.status} <> 'submitted' or ${t.grade} is not null`),
  ],
);

/** A conflict of interest a reviewer declared (the others are derived from the records). */
export const conflictDeclarations = pgTable(
  'conflict_declarations',
  {
    applicationId: text()
      .notNull()
      .references(() => applications.id),
    personId: text()
      .notNull()
      .references(() => people.id),
    reason: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.personId] })],
);

/** The decision on an application: what it was awarded, and the letter sent. */
export const decisions = pgTable(
  'decisions',
  {
    applicationId: text()
      .primaryKey()
      .references(() => applications.id),
    outcome: text().$type<DecisionOutcome>().notNull(),
    /** What was awarded, in the call's unit (for beamtime: shifts per station). */
    award: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    note: text(),
    decidedBy: text()
      .notNull()
      .references(() => people.id),
    decidedAt: ts().notNull(),
    /** The outbox row of the decision letter. */
    letterId: text(),
  },
  (t) => [check('decisions_outcome_known', sql`${t.outcome} in ('awarded', 'partial', 'rejected')`)],
);
