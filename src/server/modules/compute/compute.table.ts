import { sql } from 'drizzle-orm';
import { bigint, boolean, check, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type {
  AllocationStatus,
  ClusterAdmission,
  ClusterEngine,
  ClusterStatus,
  ConsentStatus,
  GpuClass,
  GpuModel,
  JobState,
  WaitReason,
} from '../../../shared/compute.ts';
import { organizations, people, projects } from '../identity/identity.table.ts';
import { applications } from '../calls/calls.table.ts';
import { ledgerOrders, ledgerProviders, ledgerVouchers } from '../ledger/ledger.table.ts';
import type { ClusterConnection, ClusterObserved, ClusterPool, JobCharge, JobUsage } from './compute.types.ts';

const ts = () => timestamp({ withTimezone: true, precision: 3 });

/**
 * What a job event (or a job's current message) says, as a stable code. Amounts in params are
 * fen (…Fen), instants ISO 8601 (…At), seconds …Seconds; `engine` marks the engine's own words,
 * kept as it gave them in the message.
 */
export const JOB_EVENT_CODES = [
  'submitted',
  'cancelled_pending',
  'cancel_requested',
  'admitted',
  'dispatched',
  'dispatch_failed',
  'dispatch_failed_requeued',
  'running',
  'ran_ended',
  'charged',
  'not_charged',
  'preemption_requested',
  'preempted_before_dispatch',
  'preempted_metered',
  'cancelled_before_dispatch',
  'lost',
  'engine',
] as const;
export type JobEventCode = (typeof JOB_EVENT_CODES)[number];
export type JobEventParams = Record<string, string | number | boolean | null>;

/** A provider's cluster in the pool: its engine, pools of nodes with prices, and what was last read from it. */
export const computeClusters = pgTable(
  'compute_clusters',
  {
    id: text().primaryKey(),
    providerId: text()
      .notNull()
      .references(() => ledgerProviders.id),
    /** The provider's organization (denormalized for access checks). */
    providerOrgId: text()
      .notNull()
      .references(() => organizations.id),
    code: text().notNull(),
    name: text().notNull(),
    nameEn: text(),
    engine: text().$type<ClusterEngine>().notNull(),
    region: text().notNull(),
    status: text().$type<ClusterStatus>().notNull().default('active'),
    admission: text().$type<ClusterAdmission>().notNull().default('open'),
    pools: jsonb().$type<ClusterPool[]>().notNull(),
    connection: jsonb().$type<ClusterConnection>().notNull().default({}),
    observed: jsonb().$type<ClusterObserved | null>(),
    description: text(),
    createdBy: text().references(() => people.id),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('compute_clusters_code_uq').on(t.code), index('compute_clusters_provider_idx').on(t.providerId, t.id)],
);

/** A provider's consent for a tenant to use a cluster whose admission is 'consent'. */
export const computeConsents = pgTable(
  'compute_consents',
  {
    id: text().primaryKey(),
    clusterId: text()
      .notNull()
      .references(() => computeClusters.id),
    orgId: text()
      .notNull()
      .references(() => organizations.id),
    status: text().$type<ConsentStatus>().notNull().default('requested'),
    note: text(),
    requestedBy: text().references(() => people.id),
    decidedBy: text().references(() => people.id),
    decidedAt: ts(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('compute_consents_uq').on(t.clusterId, t.orgId), index('compute_consents_org_idx').on(t.orgId)],
);

/**
 * A project's allocation in one GPU class (null: CPU only): GPU-hours per month, the most GPUs
 * at once, its weight in the fair-share tree, and the voucher that pays the subsidy share.
 */
export const computeAllocations = pgTable(
  'compute_allocations',
  {
    id: text().primaryKey(),
    projectId: text()
      .notNull()
      .references(() => projects.id),
    orgId: text()
      .notNull()
      .references(() => organizations.id),
    gpuClass: text().$type<GpuClass>(),
    gpuHoursPerMonth: integer().notNull(),
    maxConcurrentGpus: integer().notNull(),
    weight: integer().notNull().default(1),
    startsOn: ts().notNull(),
    endsOn: ts().notNull(),
    status: text().$type<AllocationStatus>().notNull().default('requested'),
    /** The voucher that pays the program's share of this allocation's jobs (else the org's best compute voucher, else none). */
    voucherId: text().references(() => ledgerVouchers.id),
    /** How it was granted: directly by an operator, or by the decision on an application of a compute call. */
    source: text().$type<'operator' | 'call'>().notNull().default('operator'),
    applicationId: text().references(() => applications.id),
    justification: text(),
    requestedBy: text().references(() => people.id),
    decidedBy: text().references(() => people.id),
    decidedAt: ts(),
    decisionNote: text(),
    /** When the expiry warning went out (once). */
    warnedAt: ts(),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    index('compute_allocations_project_idx').on(t.projectId, t.id),
    index('compute_allocations_org_idx').on(t.orgId, t.status),
    check('compute_allocations_positive', sql`${t.gpuHoursPerMonth} >= 0 and ${t.maxConcurrentGpus} >= 0 and ${t.weight} >= 1`),
    check('compute_allocations_window', sql`${t.endsOn} > ${t.startsOn}`),
  ],
);

/**
 * Decayed usage of an allocation for fair share (GPU-seconds, halved every half-life), as of
 * `at`. Updated when a job's usage is metered.
 */
export const computeUsage = pgTable('compute_usage', {
  allocationId: text()
    .primaryKey()
    .references(() => computeAllocations.id),
  usage: doublePrecision().notNull().default(0),
  at: ts().notNull(),
});

/** A compute job: what was asked, where it runs, its state, usage and charge. */
export const computeJobs = pgTable(
  'compute_jobs',
  {
    id: text().primaryKey(),
    /** The order in which jobs were accepted (age tie-break of the scheduler). */
    seq: bigint({ mode: 'number' }).generatedAlwaysAsIdentity(),
    arrayId: text(),
    arrayIndex: integer(),
    projectId: text()
      .notNull()
      .references(() => projects.id),
    orgId: text()
      .notNull()
      .references(() => organizations.id),
    allocationId: text()
      .notNull()
      .references(() => computeAllocations.id),
    submittedBy: text().references(() => people.id),
    /** An API token's or the CLI's label when not a person's session. */
    submittedVia: text().$type<'web' | 'api' | 'cli'>().notNull().default('api'),
    name: text().notNull(),
    command: text(),
    image: text(),
    gpus: integer().notNull(),
    gpuModel: text().$type<GpuModel>(),
    gpuClass: text().$type<GpuClass>(),
    cpus: integer().notNull(),
    memGb: integer().notNull(),
    timeLimitMinutes: integer().notNull(),
    priority: integer().notNull().default(0),
    preemptible: boolean().notNull().default(false),
    inputUri: text(),
    outputUri: text(),
    env: jsonb().$type<Record<string, string>>().notNull().default({}),
    state: text().$type<JobState>().notNull().default('pending'),
    /** Why a pending job waits, and its place in the queue (written by each scheduling pass). */
    reason: text().$type<WaitReason>(),
    position: integer(),
    expectedStartAt: ts(),
    clusterId: text().references(() => computeClusters.id),
    pool: text(),
    externalId: text(),
    /** The ledger order that holds (then charges) the job's cost. */
    orderId: text().references(() => ledgerOrders.id),
    maxCostFen: bigint({ mode: 'number' }),
    /** Why the voucher did not pay a share (e.g. provider_related_to_buyer), when it did not. */
    voucherNote: text(),
    cancelRequested: boolean().notNull().default(false),
    preemptCount: integer().notNull().default(0),
    exitCode: integer(),
    /** The job's current message in English (audit, CLI and API readers), with its code and params for the screens. */
    message: text(),
    messageCode: text().$type<JobEventCode>(),
    messageParams: jsonb().$type<JobEventParams>(),
    /**
     * Since when the engine has given no account of the dispatched or running job (gone from its
     * view and from its accounting, or ended without being accounted); null while it knows the job.
     * A row, not memory, so that the wait survives restarts: past the limit the job ends `lost`.
     */
    unknownSince: ts(),
    usage: jsonb().$type<JobUsage | null>(),
    charge: jsonb().$type<JobCharge | null>(),
    submittedAt: ts().notNull(),
    admittedAt: ts(),
    dispatchedAt: ts(),
    startedAt: ts(),
    endedAt: ts(),
    meteredAt: ts(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    index('compute_jobs_state_idx').on(t.state, t.seq),
    index('compute_jobs_project_idx').on(t.projectId, t.id),
    index('compute_jobs_org_idx').on(t.orgId, t.id),
    index('compute_jobs_submitter_idx').on(t.submittedBy, t.id),
    index('compute_jobs_cluster_idx').on(t.clusterId, t.state),
    index('compute_jobs_array_idx').on(t.arrayId, t.arrayIndex),
    uniqueIndex('compute_jobs_order_uq').on(t.orderId),
    check('compute_jobs_resources', sql`${t.gpus} >= 0 and ${t.cpus} >= 1 and ${t.memGb} >= 1 and ${t.timeLimitMinutes} >= 1`),
    check('compute_jobs_what', sql`(${t.command} is not null) <> (${t.image} is not null)`),
    // No job is handed to a cluster without a hold on its maximum cost.
    check('compute_jobs_hold_before_dispatch', sql`${t.state} in ('pending', 'cancelled') or ${t.orderId} is not null`),
  ],
);

/**
 * The history of a job's states (and the scheduler's notable decisions about it). `message` is the
 * English sentence; `code` and `params` say the same for the screens, in any language (null on rows
 * written before codes existed: screens show the sentence).
 */
export const computeJobEvents = pgTable(
  'compute_job_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    jobId: text()
      .notNull()
      .references(() => computeJobs.id),
    at: ts().notNull(),
    state: text().$type<JobState>().notNull(),
    message: text(),
    code: text().$type<JobEventCode>(),
    params: jsonb().$type<JobEventParams>(),
  },
  (t) => [index('compute_job_events_job_idx').on(t.jobId, t.id)],
);

/**
 * The compute part of an application to a call of the compute desk: which project asks for how
 * many GPU-hours a month of which class, how many GPUs at once, for how many months, paid by which
 * voucher. An accepted decision turns it into an active allocation.
 */
export const computeAllocationRequests = pgTable(
  'compute_allocation_requests',
  {
    applicationId: text()
      .primaryKey()
      .references(() => applications.id),
    projectId: text()
      .notNull()
      .references(() => projects.id),
    gpuClass: text().$type<GpuClass>(),
    gpuHoursPerMonth: integer().notNull(),
    maxConcurrentGpus: integer().notNull(),
    months: integer().notNull(),
    voucherId: text().references(() => ledgerVouchers.id),
    updatedBy: text().references(() => people.id),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    index('compute_allocation_requests_project_idx').on(t.projectId),
    check('compute_allocation_requests_positive', sql`${t.gpuHoursPerMonth} >= 0 and ${t.maxConcurrentGpus} >= 0 and ${t.months} >= 1`),
  ],
);
