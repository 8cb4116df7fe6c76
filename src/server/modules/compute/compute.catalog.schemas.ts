// Request and response shapes of the compute catalog: clusters with their pools and prices,
// consents, allocations with this month's use, projects for the compute screens, and the compute
// part of an application.
import { z } from '../../http/openapi.ts';
import { pageQuery } from '../../http/paging.ts';
import { ALLOCATION_STATUSES, CLUSTER_ADMISSIONS, CLUSTER_ENGINES, CLUSTER_STATUSES, CONSENT_STATUSES, GPU_CLASSES, GPU_MODEL_NAMES, type GpuModel } from '../../../shared/compute.ts';

export const IdParam = (name: string) => z.string().min(1).max(64).openapi({ param: { name, in: 'path' } });
const Id = z.string().min(1).max(64);
const OptionalText = (max: number) => z.string().trim().max(max);
const GpuModelEnum = z.enum(GPU_MODEL_NAMES as [GpuModel, ...GpuModel[]]).openapi({ description: 'A GPU model of src/shared/compute.ts' });
/** Whole fen, at most ¥1,000,000 an hour. */
const PriceFen = z.number().int().min(0).max(100_000_000);
const DateOnly = z.iso.date().openapi({ description: 'A calendar day (China Standard Time), YYYY-MM-DD', example: '2026-03-01' });

const Code = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, dot, dash and underscore, starting with a letter or digit');

// ── clusters ─────────────────────────────────────────────────────────────────────────────

export const PoolBody = z
  .object({
    name: z
      .string()
      .min(1)
      .max(32)
      .regex(/^[a-z0-9][a-z0-9_-]*$/, 'lower-case letters, digits, dash and underscore')
      .openapi({ example: 'h100' }),
    gpuModel: GpuModelEnum.nullable().openapi({ description: 'null: a CPU-only pool' }),
    nodes: z.number().int().min(1).max(100_000),
    gpusPerNode: z.number().int().min(0).max(64),
    cpusPerNode: z.number().int().min(1).max(4096),
    memGbPerNode: z.number().int().min(1).max(1_048_576),
    gpuHourFen: PriceFen.openapi({ description: 'Price of one GPU-hour of this pool, in fen (positive for GPU pools, 0 for CPU pools)' }),
    cpuHourFen: PriceFen.openapi({ description: 'Price of one CPU core-hour, in fen (positive)' }),
    partition: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[A-Za-z0-9._-]+$/)
      .optional()
      .openapi({ description: "Slurm: the partition holding these nodes (default: the connection's)" }),
  })
  .strict()
  .openapi('ClusterPoolInput');

const SafeName = z.string().min(1).max(64).regex(/^[A-Za-z0-9._-]+$/);
const AbsolutePath = z
  .string()
  .min(1)
  .max(500)
  .regex(/^\/[^\0]*$/, 'an absolute path')
  .refine((p) => !p.split('/').includes('..'), 'no .. in the path');

export const ConnectionBody = z
  .object({
    partition: SafeName.optional(),
    account: SafeName.optional(),
    outputDir: AbsolutePath.optional(),
    workDir: AbsolutePath.optional(),
    namespace: SafeName.optional(),
    queue: SafeName.optional(),
  })
  .strict()
  .openapi('ClusterConnection', { description: 'How the adapter reaches the engine (no secrets)' });

export const ClusterCreateBody = z
  .object({
    providerId: Id,
    code: Code.openapi({ example: 'SH-AI-01' }),
    name: z.string().trim().min(1).max(200),
    nameEn: OptionalText(200).optional(),
    engine: z.enum(CLUSTER_ENGINES),
    region: z.string().trim().min(1).max(64).openapi({ example: 'shanghai-lingang' }),
    admission: z.enum(CLUSTER_ADMISSIONS).default('open'),
    pools: z.array(PoolBody).min(1).max(32),
    connection: ConnectionBody.default({}),
    description: OptionalText(4000).optional(),
  })
  .strict()
  .openapi('ClusterCreate');

export const ClusterUpdateBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    nameEn: OptionalText(200).nullable().optional(),
    region: z.string().trim().min(1).max(64).optional(),
    status: z.enum(CLUSTER_STATUSES).optional(),
    admission: z.enum(CLUSTER_ADMISSIONS).optional(),
    pools: z.array(PoolBody).min(1).max(32).optional().openapi({ description: 'The whole list of pools (with their prices): replaces the stored one' }),
    connection: ConnectionBody.optional(),
    description: OptionalText(4000).nullable().optional(),
  })
  .strict()
  .openapi('ClusterUpdate', { description: 'Fields to change; null clears an optional field' });

export const ClusterQuery = z
  .object({
    engine: z.enum(CLUSTER_ENGINES).optional(),
    region: z.string().max(64).optional(),
    gpuModel: GpuModelEnum.optional(),
    providerId: Id.optional(),
    mine: z.enum(['true', 'false']).optional().openapi({ description: "true: only the clusters of providers you are a member of, in every status (the provider's view)" }),
  })
  .strict();

const Pool = z
  .object({
    name: z.string(),
    gpuModel: GpuModelEnum.nullable(),
    gpuClass: z.enum(GPU_CLASSES).nullable(),
    nodes: z.number().int(),
    gpusPerNode: z.number().int(),
    cpusPerNode: z.number().int(),
    memGbPerNode: z.number().int(),
    gpuHourFen: z.number().int(),
    cpuHourFen: z.number().int(),
    partition: z.string().nullable(),
    gpusTotal: z.number().int(),
    cpusTotal: z.number().int(),
    gpusInUse: z.number().int().openapi({ description: "GPUs the platform's jobs hold in this pool now (admitted, dispatched, running)" }),
    cpusInUse: z.number().int(),
  })
  .openapi('ClusterPool');

const Observed = z
  .object({
    at: z.string(),
    up: z.boolean(),
    message: z.string().nullable(),
    nodesUp: z.number().int(),
    nodesTotal: z.number().int(),
    gpusTotal: z.number().int(),
    gpusAllocated: z.number().int(),
    cpusTotal: z.number().int(),
    cpusAllocated: z.number().int(),
  })
  .openapi('ClusterObserved', { description: "What the cluster's adapter last reported" });

const Connection = z
  .object({
    partition: z.string().optional(),
    account: z.string().optional(),
    outputDir: z.string().optional(),
    workDir: z.string().optional(),
    namespace: z.string().optional(),
    queue: z.string().optional(),
  })
  .openapi('ClusterConnectionView');

export const Cluster = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    providerId: z.string(),
    providerOrgId: z.string(),
    providerName: z.string(),
    providerNameEn: z.string().nullable(),
    engine: z.enum(CLUSTER_ENGINES),
    region: z.string(),
    status: z.enum(CLUSTER_STATUSES),
    admission: z.enum(CLUSTER_ADMISSIONS),
    description: z.string().nullable(),
    pools: z.array(Pool),
    connection: Connection.nullable().openapi({ description: "The provider's members and operators only" }),
    observed: Observed.nullable(),
    gpusTotal: z.number().int(),
    gpusInUse: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    canManage: z.boolean().openapi({ description: "The caller may change the cluster and decide its consents (the provider's admins, operators)" }),
    isProvider: z.boolean().openapi({ description: "The caller is a member of the provider's organization" }),
    myConsents: z
      .array(z.object({ id: z.string(), orgId: z.string(), status: z.enum(CONSENT_STATUSES) }))
      .openapi({ description: "Consents of the caller's organizations for this cluster" }),
  })
  .openapi('Cluster');

export const ClusterList = z.object({ items: z.array(Cluster) }).openapi('ClusterList');

// ── consents ─────────────────────────────────────────────────────────────────────────────

export const ConsentBody = z.object({ orgId: Id, note: OptionalText(2000).optional() }).strict().openapi('ConsentRequest');
export const ConsentDecideBody = z.object({ grant: z.boolean(), note: OptionalText(2000).optional() }).strict().openapi('ConsentDecision');
export const ConsentQuery = z.object({ orgId: Id.openapi({ description: 'The tenant organization' }) }).strict();

export const Consent = z
  .object({
    id: z.string(),
    clusterId: z.string(),
    clusterCode: z.string(),
    clusterName: z.string(),
    clusterNameEn: z.string().nullable(),
    orgId: z.string(),
    orgName: z.string(),
    orgNameEn: z.string().nullable(),
    status: z.enum(CONSENT_STATUSES),
    note: z.string().nullable(),
    requestedBy: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Consent');

export const ConsentList = z.object({ items: z.array(Consent) }).openapi('ConsentList');

// ── allocations ──────────────────────────────────────────────────────────────────────────

export const AllocationCreateBody = z
  .object({
    projectId: Id,
    gpuClass: z.enum(GPU_CLASSES).nullable().openapi({ description: 'null: CPU-only work' }),
    gpuHoursPerMonth: z.number().int().min(0).max(10_000_000),
    maxConcurrentGpus: z.number().int().min(0).max(100_000),
    startsOn: DateOnly,
    endsOn: DateOnly.openapi({ description: 'The last day of the allocation (inclusive)' }),
    justification: OptionalText(4000).optional(),
    voucherId: Id.optional().openapi({ description: "A voucher of the project's organization that pays the subsidy share" }),
    approve: z.boolean().optional().openapi({ description: 'Operators: grant it at once' }),
    weight: z.number().int().min(1).max(1000).optional().openapi({ description: 'With approve: its weight in fair share (default 1)' }),
  })
  .strict()
  .openapi('AllocationCreate');

export const AllocationDecideBody = z
  .object({
    approve: z.boolean(),
    weight: z.number().int().min(1).max(1000).optional(),
    gpuHoursPerMonth: z.number().int().min(0).max(10_000_000).optional(),
    maxConcurrentGpus: z.number().int().min(0).max(100_000).optional(),
    note: OptionalText(2000).optional(),
  })
  .strict()
  .openapi('AllocationDecision');

export const AllocationRevokeBody = z.object({ reason: z.string().trim().min(1).max(2000) }).strict().openapi('AllocationRevoke');

export const AllocationQuery = z
  .object({
    ...pageQuery,
    status: z.enum(ALLOCATION_STATUSES).optional(),
    orgId: Id.optional(),
    projectId: Id.optional(),
  })
  .strict();

const AllocationUse = z
  .object({
    month: z.string().openapi({ description: 'The center month (China Standard Time), YYYY-MM' }),
    gpuHoursUsed: z.number().openapi({ description: 'GPU-hours of jobs metered this month' }),
    gpuHoursLeft: z.number(),
    runningGpus: z.number().int().openapi({ description: 'GPUs its jobs hold now' }),
    daysToExpiry: z.number().int().openapi({ description: 'Whole days until it ends (0 or less: ended)' }),
  })
  .openapi('AllocationUse');

export const Allocation = z
  .object({
    id: z.string(),
    projectId: z.string(),
    projectCode: z.string(),
    projectName: z.string(),
    projectNameEn: z.string().nullable(),
    orgId: z.string(),
    orgName: z.string(),
    orgNameEn: z.string().nullable(),
    gpuClass: z.enum(GPU_CLASSES).nullable(),
    gpuHoursPerMonth: z.number().int(),
    maxConcurrentGpus: z.number().int(),
    weight: z.number().int(),
    startsOn: z.string().openapi({ description: 'First day (China Standard Time)' }),
    endsOn: z.string().openapi({ description: 'Last day (China Standard Time)' }),
    startsAt: z.string(),
    endsAt: z.string().openapi({ description: 'The instant it ends (exclusive)' }),
    status: z.enum(ALLOCATION_STATUSES),
    voucherId: z.string().nullable(),
    source: z.enum(['operator', 'call']),
    applicationId: z.string().nullable(),
    justification: z.string().nullable(),
    requestedBy: z.string().nullable(),
    requestedByName: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
    warnedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    use: AllocationUse,
    canDecide: z.boolean().openapi({ description: 'The caller may approve, refuse or revoke it (operators)' }),
  })
  .openapi('Allocation');

// ── projects of the compute screens ──────────────────────────────────────────────────────

export const ComputeProjectQuery = z.object({ orgId: Id.optional().openapi({ description: "Operators: any organization's projects; others: one of their own" }) }).strict();

export const ComputeProject = z
  .object({
    id: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    orgNameEn: z.string().nullable(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    leadPersonId: z.string().nullable(),
    myRole: z.enum(['owner', 'admin', 'member']).nullable(),
    allocations: z.array(Allocation),
  })
  .openapi('ComputeProject');

export const ComputeProjectList = z.object({ items: z.array(ComputeProject) }).openapi('ComputeProjectList');

// ── the compute part of an application ───────────────────────────────────────────────────

export const ComputePartBody = z
  .object({
    projectId: Id,
    gpuClass: z.enum(GPU_CLASSES).nullable(),
    gpuHoursPerMonth: z.number().int().min(0).max(10_000_000),
    maxConcurrentGpus: z.number().int().min(0).max(100_000),
    months: z.number().int().min(1).max(60),
    voucherId: Id.nullable().optional(),
  })
  .strict()
  .openapi('ComputePartInput');

export const ComputePart = z
  .object({
    applicationId: z.string(),
    saved: z.boolean(),
    status: z.string(),
    orgId: z.string().nullable(),
    projectId: z.string().nullable(),
    projectCode: z.string().nullable(),
    projectName: z.string().nullable(),
    projectNameEn: z.string().nullable(),
    gpuClass: z.enum(GPU_CLASSES).nullable(),
    gpuHoursPerMonth: z.number().int().nullable(),
    maxConcurrentGpus: z.number().int().nullable(),
    months: z.number().int().nullable(),
    voucherId: z.string().nullable(),
    allocationId: z.string().nullable().openapi({ description: 'The allocation an accepted decision created' }),
    editable: z.boolean(),
  })
  .openapi('ComputePart');
