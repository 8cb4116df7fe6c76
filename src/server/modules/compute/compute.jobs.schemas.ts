// Request and response shapes of compute jobs, the queue, usage, statements and the controller.
// Amounts are integers in fen; times are UTC instants (ISO 8601).
import { z } from '../../http/openapi.ts';
import { pageQuery } from '../../http/paging.ts';
import { GPU_CLASSES, GPU_MODEL_NAMES, JOB_STATES, MAX_ARRAY_SIZE, MAX_TIME_LIMIT_MINUTES, WAIT_REASONS, type GpuModel } from '../../../shared/compute.ts';
import { JOB_EVENT_CODES } from './compute.table.ts';

export const IdParam = (name: string) => z.string().min(1).max(64).openapi({ param: { name, in: 'path' } });
const Instant = z.string().openapi({ format: 'date-time' });
const Period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).openapi({ description: 'A month, YYYY-MM (China Standard Time)', example: '2026-10' });
const GpuModelEnum = z.enum(GPU_MODEL_NAMES as [GpuModel, ...GpuModel[]]);
const EventCode = z.enum(JOB_EVENT_CODES).nullable().openapi({
  description: 'What the message says, as a stable code for screens in any language; null on rows older than codes (show the message). `engine`: the message is the engine’s own words',
});
const EventParams = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
  .nullable()
  .openapi({ description: 'The values of the code: amounts in fen (…Fen), instants ISO 8601 (…At), seconds (…Seconds)' });

/** Environment variable names a job may set: shell-safe, not the platform's own. */
export const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
export const MAX_ENV_VARS = 64;
export const MAX_ENV_VALUE_BYTES = 4096;

export const IdempotencyHeader = z.object({
  'idempotency-key': z.string().min(1).max(200).optional().openapi({ description: 'Retries with the same key and body answer the first result; another body answers 409 idempotency_conflict' }),
  'x-pujiang-client': z.string().max(32).optional().openapi({ description: 'web or cli: how the job was submitted (anything else counts as api)' }),
});

export const JobSubmitBody = z
  .object({
    projectId: z.string().min(1).max(64),
    name: z.string().trim().min(1).max(200),
    command: z.string().min(1).max(65_536).optional().openapi({ description: 'A shell command (bash -c); exactly one of command and image' }),
    image: z.string().trim().min(1).max(512).optional().openapi({ description: 'A container image (only clusters whose engine runs containers)' }),
    gpus: z.number().int().min(0).max(1024),
    gpuModel: GpuModelEnum.optional().openapi({ description: 'A GPU model; implies its class' }),
    gpuClass: z.enum(GPU_CLASSES).optional().openapi({ description: 'Any model of this class (when no model is named)' }),
    cpus: z.number().int().min(1).max(4096),
    memGb: z.number().int().min(1).max(65_536),
    timeLimitMinutes: z.number().int().min(1).max(MAX_TIME_LIMIT_MINUTES),
    priority: z.number().int().min(-10).max(10).optional(),
    preemptible: z.boolean().optional(),
    inputUri: z.string().trim().min(1).max(2048).optional(),
    outputUri: z.string().trim().min(1).max(2048).optional(),
    env: z
      .record(z.string().regex(ENV_NAME).max(128), z.string().max(MAX_ENV_VALUE_BYTES))
      .optional()
      .openapi({ description: `At most ${MAX_ENV_VARS} variables; names [A-Z_][A-Z0-9_]* (not PUJIANG_*), values at most ${MAX_ENV_VALUE_BYTES} bytes` }),
    array: z.object({ size: z.number().int().min(1).max(MAX_ARRAY_SIZE) }).strict().optional(),
  })
  .strict()
.openapi('ComputeJobSubmit');

export const JobUsage = z
  .object({
    elapsedSeconds: z.number(),
    gpus: z.number().int(),
    cpus: z.number().int(),
    gpuSeconds: z.number(),
    cpuSeconds: z.number(),
    gpuModel: GpuModelEnum.nullable(),
    source: z.string(),
  })
  .openapi('ComputeJobUsage');

export const JobCharge = z
  .object({
    gpuModel: GpuModelEnum.nullable(),
    gpuSeconds: z.number(),
    cpuSeconds: z.number(),
    gpuHourFen: z.number().int(),
    cpuHourFen: z.number().int(),
    totalFen: z.number().int(),
    subsidyFen: z.number().int(),
    ownFen: z.number().int(),
  })
  .openapi('ComputeJobCharge');

export const Job = z
  .object({
    id: z.string(),
    arrayId: z.string().nullable(),
    arrayIndex: z.number().int().nullable(),
    projectId: z.string(),
    projectName: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    orgNameEn: z.string().nullable(),
    allocationId: z.string(),
    submittedBy: z.string().nullable(),
    submittedVia: z.enum(['web', 'api', 'cli']),
    name: z.string(),
    command: z.string().nullable(),
    image: z.string().nullable(),
    gpus: z.number().int(),
    gpuModel: GpuModelEnum.nullable(),
    gpuClass: z.enum(GPU_CLASSES).nullable(),
    cpus: z.number().int(),
    memGb: z.number().int(),
    timeLimitMinutes: z.number().int(),
    priority: z.number().int(),
    preemptible: z.boolean(),
    inputUri: z.string().nullable(),
    outputUri: z.string().nullable(),
    env: z.record(z.string(), z.string()).nullable().openapi({ description: 'null when the caller may not see the values (the cluster’s provider)' }),
    envNames: z.array(z.string()),
    state: z.enum(JOB_STATES),
    reason: z.enum(WAIT_REASONS).nullable(),
    position: z.number().int().nullable(),
    expectedStartAt: Instant.nullable(),
    clusterId: z.string().nullable(),
    clusterName: z.string().nullable(),
    pool: z.string().nullable(),
    externalId: z.string().nullable(),
    orderId: z.string().nullable(),
    maxCostFen: z.number().int().nullable(),
    voucherNote: z.string().nullable(),
    cancelRequested: z.boolean(),
    preemptCount: z.number().int(),
    exitCode: z.number().int().nullable(),
    message: z.string().nullable().openapi({ description: 'The job’s current message in English' }),
    messageCode: EventCode,
    messageParams: EventParams,
    usage: JobUsage.nullable(),
    charge: JobCharge.nullable(),
    submittedAt: Instant,
    admittedAt: Instant.nullable(),
    dispatchedAt: Instant.nullable(),
    startedAt: Instant.nullable(),
    endedAt: Instant.nullable(),
    meteredAt: Instant.nullable(),
  })
  .openapi('ComputeJob');

export const JobEvent = z
  .object({ at: Instant, state: z.enum(JOB_STATES), message: z.string().nullable().openapi({ description: 'What happened, in English' }), code: EventCode, params: EventParams })
  .openapi('ComputeJobEvent');

export const JobDetail = z
  .object({
    ...Job.shape,
    events: z.array(JobEvent),
    /** Who the caller is to the job, so that a screen shows the right buttons. */
    canCancel: z.boolean(),
  })
  .openapi('ComputeJobDetail');

export const JobSubmitResult = z
  .object({ arrayId: z.string().nullable(), jobs: z.array(Job) })
  .openapi('ComputeJobSubmitResult', { description: 'The job, or the jobs of the array (one per index)' });

export const JobQuery = z
  .object({
    ...pageQuery,
    orgId: z.string().max(64).optional(),
    projectId: z.string().max(64).optional(),
    clusterId: z.string().max(64).optional(),
    arrayId: z.string().max(64).optional(),
    state: z.enum(JOB_STATES).optional(),
  })
  .strict();

export const ClusterJobQuery = z.object({ ...pageQuery, state: z.enum(JOB_STATES).optional() }).strict();

export const LogQuery = z
  .object({
    offset: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
    limit: z.coerce.number().int().min(1).max(1_048_576).default(65_536),
  })
  .strict();

export const LogChunk = z.object({ text: z.string(), next: z.number().int(), eof: z.boolean() }).openapi('ComputeJobLog');

export const CancelResult = z
  .object({ jobs: z.array(z.object({ id: z.string(), state: z.enum(JOB_STATES), cancelRequested: z.boolean() })) })
  .openapi('ComputeCancelResult');

export const QueueQuery = z
  .object({
    gpuClass: z.enum(GPU_CLASSES).optional(),
    clusterId: z.string().max(64).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(200),
  })
  .strict();

export const QueueEntry = z
  .object({
    position: z.number().int().nullable(),
    state: z.enum(['pending', 'admitted']),
    mine: z.boolean().openapi({ description: 'True for jobs of the caller’s organizations: only those carry ids, names and projects' }),
    jobId: z.string().nullable(),
    name: z.string().nullable(),
    projectId: z.string().nullable(),
    orgName: z.string().nullable(),
    orgNameEn: z.string().nullable(),
    gpus: z.number().int(),
    gpuModel: GpuModelEnum.nullable(),
    gpuClass: z.enum(GPU_CLASSES).nullable(),
    cpus: z.number().int(),
    timeLimitMinutes: z.number().int(),
    reason: z.enum(WAIT_REASONS).nullable(),
    expectedStartAt: Instant.nullable(),
    clusterId: z.string().nullable(),
    submittedAt: Instant,
  })
  .openapi('ComputeQueueEntry');

export const Queue = z
  .object({ items: z.array(QueueEntry), total: z.number().int(), lastPassAt: Instant.nullable() })
  .openapi('ComputeQueue');

export const UsageQuery = z
  .object({
    orgId: z.string().max(64).optional().openapi({ description: 'An organization (its members); without orgId and projectId: every organization of the caller' }),
    projectId: z.string().max(64).optional(),
    from: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Start (default: 30 days ago for days, 12 months ago for months)' }),
    to: z.iso.datetime({ offset: true }).optional().openapi({ description: 'End, exclusive (default now)' }),
    granularity: z.enum(['day', 'month']).default('day'),
  })
  .strict();

export const UsagePoint = z
  .object({
    period: z.string().openapi({ description: 'YYYY-MM-DD or YYYY-MM (China Standard Time)' }),
    gpuModel: z.string().nullable(),
    jobs: z.number().int(),
    gpuHours: z.number(),
    cpuHours: z.number(),
    spendFen: z.number().int(),
    subsidyFen: z.number().int(),
    ownFen: z.number().int(),
  })
  .openapi('ComputeUsagePoint');

export const Usage = z
  .object({
    orgId: z.string().nullable().openapi({ description: 'null: every organization of the caller (no orgId or projectId given)' }),
    orgIds: z.array(z.string()),
    projectId: z.string().nullable(),
    from: Instant,
    to: Instant,
    granularity: z.enum(['day', 'month']),
    series: z.array(UsagePoint),
    byProject: z.array(z.object({ projectId: z.string(), projectName: z.string(), gpuHours: z.number(), spendFen: z.number().int(), subsidyFen: z.number().int(), ownFen: z.number().int() })),
    totals: z.object({ jobs: z.number().int(), gpuHours: z.number(), cpuHours: z.number(), spendFen: z.number().int(), subsidyFen: z.number().int(), ownFen: z.number().int() }),
  })
  .openapi('ComputeUsage');

export const StatementQuery = z
  .object({ period: Period, format: z.enum(['json', 'csv', 'xlsx']).default('json').openapi({ description: 'json (default), csv (UTF-8 with BOM, sections) or xlsx' }) })
  .strict();

const Sums = { jobs: z.number().int(), gpuHours: z.number(), totalFen: z.number().int(), subsidyFen: z.number().int(), ownFen: z.number().int() };

export const StatementLine = z
  .object({
    jobId: z.string(),
    name: z.string(),
    projectId: z.string(),
    projectName: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    orgNameEn: z.string().nullable(),
    clusterId: z.string(),
    clusterName: z.string(),
    state: z.enum(JOB_STATES),
    gpuModel: z.string().nullable(),
    gpuHours: z.number(),
    cpuHours: z.number(),
    gpuHourFen: z.number().int(),
    cpuHourFen: z.number().int(),
    totalFen: z.number().int(),
    subsidyFen: z.number().int(),
    ownFen: z.number().int(),
    orderId: z.string().nullable(),
    meteredAt: Instant,
  })
  .openapi('ComputeStatementLine');

export const TenantStatement = z
  .object({
    orgId: z.string(),
    orgName: z.string(),
    orgNameEn: z.string().nullable(),
    period: z.string(),
    lines: z.array(StatementLine),
    byProject: z.array(z.object({ projectId: z.string(), projectName: z.string(), ...Sums })),
    byModel: z.array(z.object({ gpuModel: z.string().nullable(), ...Sums })),
    totals: z.object(Sums),
  })
  .openapi('ComputeTenantStatement');

export const ProviderStatement = z
  .object({
    providerId: z.string(),
    providerName: z.string(),
    period: z.string(),
    lines: z.array(StatementLine),
    byCluster: z.array(z.object({ clusterId: z.string(), clusterName: z.string(), ...Sums })),
    byTenant: z.array(z.object({ orgId: z.string(), orgName: z.string(), orgNameEn: z.string().nullable(), ...Sums })),
    totals: z.object(Sums),
  })
  .openapi('ComputeProviderStatement');

export const PassStats = z
  .object({
    at: Instant,
    ms: z.number(),
    skipped: z.boolean().openapi({ description: 'True when another server held the controller lock' }),
    idle: z.boolean().openapi({ description: 'True when no job was pending, admitted, dispatched or running: the pass ended after observing the clusters' }),
    observed: z.number().int(),
    started: z.number().int(),
    ended: z.number().int(),
    metered: z.number().int(),
    cancelled: z.number().int(),
    preempted: z.number().int(),
    considered: z.number().int(),
    admitted: z.number().int(),
    refused: z.number().int().openapi({ description: 'Admissions whose hold the ledger refused (left pending with the reason)' }),
    dispatched: z.number().int(),
    dispatchFailures: z.number().int(),
    requeued: z.number().int(),
    lost: z.number().int().openapi({ description: 'Jobs ended failed because their engine had no account of them for too long' }),
    stepsMs: z.object({ observe: z.number(), cancel: z.number(), sync: z.number(), schedule: z.number(), dispatch: z.number() }),
    errors: z.array(z.string()),
  })
  .openapi('ComputePassStats');

export const ControllerStatus = z
  .object({ tickMs: z.number().int(), running: z.boolean(), passes: z.number().int(), lastPass: PassStats.nullable() })
  .openapi('ComputeControllerStatus');
