// The compute desk's vocabulary, shared by server, web and CLI: GPU models and the classes that
// allocations are made in, cluster engines, job states and the reasons a job waits.

/** GPU classes: allocations are made per class; a job may ask for a model or for any model of a class. */
export const GPU_CLASSES = ['training', 'inference', 'domestic'] as const;
export type GpuClass = (typeof GPU_CLASSES)[number];

/** GPU models a cluster may offer, each in one class, with its memory in GB. */
export const GPU_MODELS = {
  H100: { class: 'training', memoryGb: 80 },
  H800: { class: 'training', memoryGb: 80 },
  A100: { class: 'training', memoryGb: 80 },
  A800: { class: 'training', memoryGb: 80 },
  H20: { class: 'inference', memoryGb: 96 },
  L40S: { class: 'inference', memoryGb: 48 },
  RTX4090: { class: 'inference', memoryGb: 24 },
  Ascend910B: { class: 'domestic', memoryGb: 64 },
  MLU370: { class: 'domestic', memoryGb: 48 },
} as const satisfies Record<string, { class: GpuClass; memoryGb: number }>;
export type GpuModel = keyof typeof GPU_MODELS;
export const GPU_MODEL_NAMES = Object.keys(GPU_MODELS) as GpuModel[];

export function classOfModel(model: GpuModel): GpuClass {
  return GPU_MODELS[model].class;
}

/** How a cluster runs jobs: the embedded local executor, Slurm, or Kubernetes (Job + Kueue). */
export const CLUSTER_ENGINES = ['local', 'slurm', 'kubernetes'] as const;
export type ClusterEngine = (typeof CLUSTER_ENGINES)[number];

/** A cluster takes jobs (active), finishes what runs but takes nothing new (draining), or is gone (retired). */
export const CLUSTER_STATUSES = ['active', 'draining', 'retired'] as const;
export type ClusterStatus = (typeof CLUSTER_STATUSES)[number];

/** Whether any tenant may use a cluster (open) or only those its provider consented to (consent). */
export const CLUSTER_ADMISSIONS = ['open', 'consent'] as const;
export type ClusterAdmission = (typeof CLUSTER_ADMISSIONS)[number];

export const CONSENT_STATUSES = ['requested', 'granted', 'refused'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** An allocation is requested, then active (approved), and ends expired, refused or revoked. */
export const ALLOCATION_STATUSES = ['requested', 'active', 'expired', 'refused', 'revoked'] as const;
export type AllocationStatus = (typeof ALLOCATION_STATUSES)[number];

/**
 * A job's life: pending (queued) → admitted (quota reserved, checks passed, hold placed) →
 * dispatched (handed to the cluster's scheduler) → running → completed | failed | cancelled |
 * timeout. A preempted job goes back to pending.
 */
export const JOB_STATES = ['pending', 'admitted', 'dispatched', 'running', 'completed', 'failed', 'cancelled', 'timeout'] as const;
export type JobState = (typeof JOB_STATES)[number];
export const FINAL_JOB_STATES: readonly JobState[] = ['completed', 'failed', 'cancelled', 'timeout'];
export const isFinalJobState = (s: JobState): boolean => FINAL_JOB_STATES.includes(s);

/** Why a pending job waits (the queue screen says it in words). */
export const WAIT_REASONS = [
  'priority', // others come first (fair share, priority, age)
  'resources', // no cluster has room now; the job holds a reservation for the earliest start
  'reserved', // room exists but is reserved for a job ahead (backfill could not fit it before that)
  'allocation_exhausted', // the project's GPU-hours this month are used up (or would be by this job)
  'concurrency_limit', // the project's maximum concurrent GPUs are in use
  'insufficient_funds', // the hold for the job's maximum cost could not be placed
  'no_consent', // only clusters whose provider has not consented to the tenant could run it
  'no_allocation', // the project has no active allocation for the job's GPU class
  'cluster_unavailable', // the clusters that could run it are down or draining
  'preempted', // it was preempted and waits to run again
] as const;
export type WaitReason = (typeof WAIT_REASONS)[number];

/** The longest time limit a job may ask for: 14 days. */
export const MAX_TIME_LIMIT_MINUTES = 14 * 24 * 60;
/** The largest job array. */
export const MAX_ARRAY_SIZE = 1000;
