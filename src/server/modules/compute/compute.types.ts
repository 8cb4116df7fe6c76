// Types of the compute desk shared by its tables, services, the pure scheduler and the
// execution adapters. Nothing here touches the database or a cluster.
import type { ClusterEngine, GpuClass, GpuModel, JobState, WaitReason } from '../../../shared/compute.ts';

/**
 * A pool of identical nodes in a cluster (a Slurm partition, a Kubernetes node pool): one GPU
 * model (or none: CPU only), its size and its prices. A job runs inside one pool.
 */
export interface ClusterPool {
  /** Stable within the cluster, e.g. 'h100' or 'cpu'; the Slurm partition unless `partition` says otherwise. */
  name: string;
  gpuModel: GpuModel | null;
  nodes: number;
  gpusPerNode: number;
  cpusPerNode: number;
  memGbPerNode: number;
  /** Price per GPU-hour of this pool's model, in fen. */
  gpuHourFen: number;
  /** Price per CPU-hour (core-hour), in fen. */
  cpuHourFen: number;
  /** Slurm: the partition that holds these nodes (default: the cluster's partition). */
  partition?: string;
}

/** What an adapter needs to reach a cluster's engine (no secrets: the engine's own auth applies). */
export interface ClusterConnection {
  /** slurm: the partition (default 'debug'), the account jobs are charged to in Slurm (optional), a folder for job output readable by Pujiang. */
  partition?: string;
  account?: string;
  outputDir?: string;
  /** local: the folder jobs run and log in (default `<dataDir>/compute`). */
  workDir?: string;
  /** kubernetes: the namespace and the Kueue LocalQueue. */
  namespace?: string;
  queue?: string;
}

/** What the platform last read from a cluster's adapter. */
export interface ClusterObserved {
  at: string;
  up: boolean;
  message: string | null;
  nodesUp: number;
  nodesTotal: number;
  gpusTotal: number;
  gpusAllocated: number;
  cpusTotal: number;
  cpusAllocated: number;
}

/** Usage of a finished (or running) job read from the cluster's accounting. */
export interface JobUsage {
  /** Wall-clock seconds from start to end (or to now). */
  elapsedSeconds: number;
  gpus: number;
  cpus: number;
  gpuSeconds: number;
  cpuSeconds: number;
  /** The GPU model it ran on. */
  gpuModel: GpuModel | null;
  /** What the engine reported, e.g. sacct's AllocTRES, for the statement. */
  source: string;
}

/** Charges of one job, by the price of the pool it ran in. */
export interface JobCharge {
  gpuModel: GpuModel | null;
  gpuSeconds: number;
  cpuSeconds: number;
  gpuHourFen: number;
  cpuHourFen: number;
  totalFen: number;
  subsidyFen: number;
  ownFen: number;
}

// ── the execution adapters ───────────────────────────────────────────────────────────────────

/** What the dispatcher hands an adapter: enough to run the job on the engine, nothing of the platform. */
export interface DispatchSpec {
  /** The platform's job id; adapters name the engine's job after it so that a submit is idempotent. */
  jobId: string;
  name: string;
  /** A shell command (bash -c) … */
  command: string | null;
  /** … or a container image (engines that run containers only). */
  image: string | null;
  pool: ClusterPool;
  gpus: number;
  cpus: number;
  memGb: number;
  timeLimitSeconds: number;
  env: Record<string, string>;
  inputUri: string | null;
  outputUri: string | null;
}

/** The engine's view of a job. */
export interface ExternalJob {
  externalId: string;
  state: 'queued' | 'running' | 'completed' | 'failed' | 'cancelled' | 'timeout' | 'unknown';
  exitCode: number | null;
  startedAt: string | null;
  endedAt: string | null;
  /** The engine's reason or message, e.g. Slurm's Reason column. */
  message: string | null;
}

export interface LogChunk {
  text: string;
  /** Offset to ask for next. */
  next: number;
  /** True when the job has ended and everything was read. */
  eof: boolean;
}

/**
 * One engine behind one interface. The local executor, Slurm and (designed for) Kubernetes with
 * Kueue implement it; the dispatcher never knows which it talks to.
 */
export interface ExecutionAdapter {
  readonly engine: ClusterEngine;
  /** Whether the engine can run a container image. */
  readonly runsContainers: boolean;
  /**
   * Whether the engine keeps a queue of its own and starts a queued job the moment room frees
   * (Slurm). The scheduler then hands it a short queue ahead of free room (`SchedPool.queueAhead`).
   */
  readonly queuesAhead: boolean;
  /** Reads the cluster's live state; never throws (a cluster that cannot be read is `up: false`). */
  status(): Promise<ClusterObserved>;
  /** Hands a job to the engine. Idempotent by `spec.jobId`: a job already there is found, not submitted twice. */
  submit(spec: DispatchSpec): Promise<{ externalId: string }>;
  /** The engine's state of the given jobs (by external id); unknown ids are left out. */
  poll(externalIds: string[]): Promise<Map<string, ExternalJob>>;
  /** Asks the engine to stop a job; a job already ended is not an error. */
  cancel(externalId: string): Promise<void>;
  /** Reads the job's output from `offset` (bytes), at most `limit` bytes. */
  logs(externalId: string, offset: number, limit: number): Promise<LogChunk>;
  /** The usage of ended jobs from the engine's accounting (sacct for Slurm); jobs not yet accounted are left out. */
  accounting(externalIds: string[]): Promise<Map<string, JobUsage & { state: ExternalJob['state']; exitCode: number | null }>>;
  /** Releases what the adapter holds (child processes keep running; timers stop). */
  close(): Promise<void>;
}

// ── the pure scheduler's input and output ────────────────────────────────────────────────────

/** One pool of one cluster as the scheduler sees it. */
export interface SchedPool {
  clusterId: string;
  pool: string;
  gpuModel: GpuModel | null;
  gpuClass: GpuClass | null;
  gpusTotal: number;
  cpusTotal: number;
  memGbTotal: number;
  /** Price of one GPU-hour and one CPU-hour in fen (cheapest-fit placement). */
  gpuHourFen: number;
  cpuHourFen: number;
  /** False when the cluster is down, draining or retired: nothing new is placed there. */
  accepting: boolean;
  /** Organizations that may use it; null = open to every tenant. */
  consentedOrgs: ReadonlySet<string> | null;
  /**
   * The engine queues jobs itself: a job that would wait for room here may be handed to it now,
   * to start at its reservation, as long as the pool's queue ahead stays within the pool's size.
   */
  queueAhead?: boolean;
}

/** A tenant organization (first level of the fair-share tree). */
export interface SchedOrg {
  id: string;
  /** Shares of the organization: by default the sum of its projects' allocation weights. */
  shares: number;
  /** Money left for holds, in fen (voucher share and own funds together); null = not checked. */
  fundsFen: number | null;
}

/** A project with an allocation in one GPU class (a leaf of the fair-share tree). */
export interface SchedAllocation {
  id: string;
  orgId: string;
  projectId: string;
  gpuClass: GpuClass | null;
  /** Priority weight: the leaf's shares. */
  weight: number;
  /** GPU-seconds left this month (after running jobs' remaining time limits are counted). */
  gpuSecondsLeft: number;
  maxConcurrentGpus: number;
  /** Decayed usage (GPU-seconds, half-life decay) of the allocation. */
  usage: number;
}

export interface SchedJob {
  id: string;
  allocationId: string;
  orgId: string;
  gpus: number;
  /** A model, or null with `gpuClass` set (any model of the class), or both null (CPU only). */
  gpuModel: GpuModel | null;
  gpuClass: GpuClass | null;
  cpus: number;
  memGb: number;
  timeLimitSeconds: number;
  /** The user's priority within the project (0 default; higher first). */
  priority: number;
  /** Submission time (ms); with `seq`, the age tie-break. */
  submittedAt: number;
  seq: number;
  needsContainer: boolean;
  /** May be preempted by the explicit rule (opt-in; a preempted job is never preempted again). */
  preemptible: boolean;
  preemptedBefore: boolean;
}

export interface SchedRunning {
  id: string;
  allocationId: string;
  orgId: string;
  clusterId: string;
  pool: string;
  gpus: number;
  cpus: number;
  memGb: number;
  /** Start + time limit (ms): when its resources are free at the latest. */
  endsBy: number;
  preemptible: boolean;
  preemptedBefore: boolean;
  /** When it started (ms), if it has: its elapsed GPU-seconds count as usage (metered usage arrives at its end). */
  startedAt?: number | null;
}

export interface SchedInput {
  now: number;
  pools: SchedPool[];
  orgs: SchedOrg[];
  allocations: SchedAllocation[];
  pending: SchedJob[];
  running: SchedRunning[];
  /** Which pools can run containers (by `${clusterId}/${pool}`); absent = none. */
  containerPools?: ReadonlySet<string>;
  /** The explicit preemption rule; absent = no preemption. */
  preemption?: { afterWaitSeconds: number };
  /** Fair share: half-life of usage decay, seconds (informative; usage arrives decayed). */
  halfLifeSeconds?: number;
  /**
   * Fair share: what a running or just-admitted job counts for beyond its elapsed usage, as GPUs ×
   * min(remaining time limit, this many seconds) (default 3600). Keeps one pass from handing every
   * free GPU to the tenant that is furthest behind, without charging whole (often generous) limits.
   */
  chargeSeconds?: number;
  /** Backfill: reservations held per pool for jobs that cannot start now (default 4). */
  reservationsPerPool?: number;
  /** A clock (ms) for `stats.ms` only; without it `stats.ms` is 0 and `schedule` reads no clock. */
  clock?: () => number;
}

export interface SchedAdmit {
  jobId: string;
  clusterId: string;
  pool: string;
  /** The most the job can cost at this pool's prices (time limit × resources), in fen. */
  maxCostFen: number;
  /** Handed to the engine's own queue ahead of free room: it starts there when room frees (at `expectedStart` at the latest). */
  ahead?: { expectedStart: number };
}

export interface SchedWait {
  jobId: string;
  /** 1-based place in the order the scheduler considers pending jobs. */
  position: number;
  reason: WaitReason;
  /** For 'resources' and 'reserved': the earliest start it holds (ms). */
  expectedStart: number | null;
  /** The pool of that reservation, when it holds one. */
  clusterId?: string;
  pool?: string;
}

export interface SchedOutput {
  admit: SchedAdmit[];
  wait: SchedWait[];
  /** Running jobs to preempt (requeued) so that an admitted job can start. */
  preempt: string[];
  /** Counters for the benchmark and the logs. */
  stats: { considered: number; admitted: number; backfilled: number; preempted: number; ms: number };
}

/** A job row's state as services show it (the table keeps these columns). */
export type { JobState, WaitReason };
