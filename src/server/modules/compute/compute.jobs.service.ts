// Compute jobs as tenants, providers and operators see them: submission (arrays too), lists,
// detail, cancellation, logs, the queue and usage. The controller (compute.controller.ts) moves
// jobs through their states; here only submission and the cancel of a pending job change state.
import { classOfModel, isFinalJobState, type GpuClass, type GpuModel, type JobState } from '../../../shared/compute.ts';
import { newId } from '../../../shared/ids.ts';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { COUNT_CAP, decodeCursor, toPage, type Page } from '../../http/paging.ts';
import { record } from '../audit/index.ts';
import { isStaff, orgRoleOf, personOf, requireOrgRole } from '../identity/index.ts';
import { idempotent } from '../ledger/index.ts';
import { adapterFor } from './compute.adapters.ts';
import { kickComputePass } from './compute.controller.ts';
import { orgNames } from './compute.catalog.repo.ts';
import * as repo from './compute.jobs.repo.ts';
import { ENV_NAME, MAX_ENV_VALUE_BYTES, MAX_ENV_VARS } from './compute.jobs.schemas.ts';
import type { JobEventCode, JobEventParams } from './compute.table.ts';
import type { ClusterPool, JobCharge, JobUsage, LogChunk } from './compute.types.ts';

type D = Pick<Deps, 'db' | 'now' | 'config' | 'log'>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export interface JobView {
  id: string;
  arrayId: string | null;
  arrayIndex: number | null;
  projectId: string;
  projectName: string;
  orgId: string;
  orgName: string;
  orgNameEn: string | null;
  allocationId: string;
  submittedBy: string | null;
  submittedVia: 'web' | 'api' | 'cli';
  name: string;
  command: string | null;
  image: string | null;
  gpus: number;
  gpuModel: GpuModel | null;
  gpuClass: GpuClass | null;
  cpus: number;
  memGb: number;
  timeLimitMinutes: number;
  priority: number;
  preemptible: boolean;
  inputUri: string | null;
  outputUri: string | null;
  env: Record<string, string> | null;
  envNames: string[];
  state: JobState;
  reason: repo.JobRow['reason'];
  position: number | null;
  expectedStartAt: string | null;
  clusterId: string | null;
  clusterName: string | null;
  pool: string | null;
  externalId: string | null;
  orderId: string | null;
  maxCostFen: number | null;
  voucherNote: string | null;
  cancelRequested: boolean;
  preemptCount: number;
  exitCode: number | null;
  message: string | null;
  messageCode: JobEventCode | null;
  messageParams: JobEventParams | null;
  usage: JobUsage | null;
  charge: JobCharge | null;
  submittedAt: string;
  admittedAt: string | null;
  dispatchedAt: string | null;
  startedAt: string | null;
  endedAt: string | null;
  meteredAt: string | null;
}

export interface JobDetailView extends JobView {
  events: { at: string; state: JobState; message: string | null; code: JobEventCode | null; params: JobEventParams | null }[];
  canCancel: boolean;
}

interface Names {
  projects: Map<string, string>;
  orgs: Map<string, { name: string; nameEn: string | null }>;
  clusters: Map<string, string>;
}

async function namesFor(db: Db, rows: repo.JobRow[]): Promise<Names> {
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  const [projects, orgs, clusters] = await Promise.all([
    repo.projectNames(db, uniq(rows.map((r) => r.projectId))),
    orgNames(db, uniq(rows.map((r) => r.orgId))),
    repo.clustersByIds(db, uniq(rows.map((r) => r.clusterId))),
  ]);
  return { projects, orgs, clusters: new Map(clusters.map((c) => [c.id, c.name])) };
}

/** A job as the API shows it; `hideEnv` for the cluster's provider (they see names, not values). */
export function jobView(j: repo.JobRow, names: Names, hideEnv = false): JobView {
  return {
    id: j.id,
    arrayId: j.arrayId,
    arrayIndex: j.arrayIndex,
    projectId: j.projectId,
    projectName: names.projects.get(j.projectId) ?? j.projectId,
    orgId: j.orgId,
    orgName: names.orgs.get(j.orgId)?.name ?? j.orgId,
    orgNameEn: names.orgs.get(j.orgId)?.nameEn ?? null,
    allocationId: j.allocationId,
    submittedBy: j.submittedBy,
    submittedVia: j.submittedVia,
    name: j.name,
    command: j.command,
    image: j.image,
    gpus: j.gpus,
    gpuModel: j.gpuModel,
    gpuClass: j.gpuClass,
    cpus: j.cpus,
    memGb: j.memGb,
    timeLimitMinutes: j.timeLimitMinutes,
    priority: j.priority,
    preemptible: j.preemptible,
    inputUri: j.inputUri,
    outputUri: j.outputUri,
    env: hideEnv ? null : j.env,
    envNames: Object.keys(j.env).sort(),
    state: j.state,
    reason: j.reason,
    position: j.position,
    expectedStartAt: iso(j.expectedStartAt),
    clusterId: j.clusterId,
    clusterName: j.clusterId ? (names.clusters.get(j.clusterId) ?? null) : null,
    pool: j.pool,
    externalId: j.externalId,
    orderId: j.orderId,
    maxCostFen: j.maxCostFen,
    voucherNote: j.voucherNote,
    cancelRequested: j.cancelRequested,
    preemptCount: j.preemptCount,
    exitCode: j.exitCode,
    message: j.message,
    messageCode: j.messageCode,
    messageParams: j.messageParams,
    usage: j.usage,
    charge: j.charge,
    submittedAt: j.submittedAt.toISOString(),
    admittedAt: iso(j.admittedAt),
    dispatchedAt: iso(j.dispatchedAt),
    startedAt: iso(j.startedAt),
    endedAt: iso(j.endedAt),
    meteredAt: iso(j.meteredAt),
  };
}

async function views(db: Db, rows: repo.JobRow[], hideEnv = false): Promise<JobView[]> {
  const names = await namesFor(db, rows);
  return rows.map((r) => jobView(r, names, hideEnv));
}

// ── access ───────────────────────────────────────────────────────────────────────────────────

/** How the caller relates to a job: its tenant, its cluster's provider, an operator; else not found. */
async function relation(db: Db, ctx: RequestCtx, j: repo.JobRow): Promise<'tenant' | 'provider' | 'operator'> {
  const me = personOf(ctx);
  if (await orgRoleOf(db, me.personId, j.orgId)) return 'tenant';
  if (j.clusterId) {
    const c = await repo.findCluster(db, j.clusterId);
    if (c && (await orgRoleOf(db, me.personId, c.providerOrgId))) return 'provider';
  }
  if (isStaff(ctx.actor)) return 'operator';
  throw new AppError('not_found', 'no such job');
}

/** The submitter, the tenant's admins and operators may cancel. */
async function mayCancel(db: Db, ctx: RequestCtx, j: repo.JobRow): Promise<boolean> {
  const me = personOf(ctx);
  if (isStaff(ctx.actor) || j.submittedBy === me.personId) return true;
  const role = await orgRoleOf(db, me.personId, j.orgId);
  return role === 'admin' || role === 'owner';
}

async function visibleJob(deps: D, ctx: RequestCtx, jobId: string): Promise<{ job: repo.JobRow; rel: 'tenant' | 'provider' | 'operator' }> {
  const job = await repo.findJob(deps.db.db, jobId);
  if (!job) throw new AppError('not_found', 'no such job');
  return { job, rel: await relation(deps.db.db, ctx, job) };
}

// ── submission ───────────────────────────────────────────────────────────────────────────────

export interface SubmitInput {
  projectId: string;
  name: string;
  command?: string;
  image?: string;
  gpus: number;
  gpuModel?: GpuModel;
  gpuClass?: GpuClass;
  cpus: number;
  memGb: number;
  timeLimitMinutes: number;
  priority?: number;
  preemptible?: boolean;
  inputUri?: string;
  outputUri?: string;
  env?: Record<string, string>;
  array?: { size: number };
}

/** The GPU class a job asks for: its model's, or the one it names; null for CPU-only jobs. */
export function classOfJob(j: { gpus: number; gpuModel?: GpuModel | null; gpuClass?: GpuClass | null }): GpuClass | null {
  if (j.gpus === 0) return null;
  return j.gpuModel ? classOfModel(j.gpuModel) : (j.gpuClass ?? null);
}

/**
 * The allocation a job is charged to: the project's active allocation of the job's class; a
 * CPU-only job takes the CPU allocation (class null) or, failing that, any active one.
 */
export function allocationFor(allocations: repo.AllocationRow[], gpuClass: GpuClass | null): repo.AllocationRow | undefined {
  if (gpuClass) return allocations.find((a) => a.gpuClass === gpuClass);
  return allocations.find((a) => a.gpuClass === null) ?? allocations[0];
}

/** Whether a pool could ever run the job (model or class, size), as the scheduler places jobs. */
export function poolFits(p: ClusterPool, j: { gpus: number; gpuModel: GpuModel | null; gpuClass: GpuClass | null; cpus: number; memGb: number }): boolean {
  if (j.gpus > 0) {
    if (!p.gpuModel) return false;
    if (j.gpuModel ? p.gpuModel !== j.gpuModel : classOfModel(p.gpuModel) !== j.gpuClass) return false;
  }
  return j.gpus <= p.nodes * p.gpusPerNode && j.cpus <= p.nodes * p.cpusPerNode && j.memGb <= p.nodes * p.memGbPerNode;
}

/**
 * The rules of a submission that tie fields together (checked after access, so that a stranger
 * learns nothing from them): exactly one of command and image; a GPU job names a model or a
 * class, a CPU-only job neither, and a model and a class agree; environment names are not the
 * platform's and there are at most 64 of at most 4 KB each.
 */
export function checkSubmission(b: SubmitInput): void {
  const issues: { path: string; message: string }[] = [];
  if ((b.command === undefined) === (b.image === undefined)) issues.push({ path: 'command', message: 'give exactly one of command and image' });
  if (b.gpus > 0 && !b.gpuModel && !b.gpuClass) issues.push({ path: 'gpuModel', message: 'a GPU job names a GPU model or a GPU class' });
  if (b.gpus === 0 && (b.gpuModel || b.gpuClass)) issues.push({ path: 'gpus', message: 'a CPU-only job names no GPU model or class' });
  if (b.gpuModel && b.gpuClass && classOfModel(b.gpuModel) !== b.gpuClass) issues.push({ path: 'gpuClass', message: `${b.gpuModel} is not a ${b.gpuClass} GPU` });
  const env = b.env ?? {};
  const names = Object.keys(env);
  if (names.length > MAX_ENV_VARS) issues.push({ path: 'env', message: `at most ${MAX_ENV_VARS} variables` });
  for (const n of names) {
    if (!ENV_NAME.test(n)) issues.push({ path: `env.${n}`, message: 'names are upper-case letters, digits and _ (not first a digit)' });
    else if (n.startsWith('PUJIANG_')) issues.push({ path: `env.${n}`, message: 'PUJIANG_* names are the platform’s own' });
    if (Buffer.byteLength(env[n]!, 'utf8') > MAX_ENV_VALUE_BYTES) issues.push({ path: `env.${n}`, message: `values are at most ${MAX_ENV_VALUE_BYTES} bytes` });
  }
  if (issues.length) throw new AppError('validation_failed', issues.map((i) => i.message).join('; '), undefined, issues);
}

/** Submits a job or a job array (one row per index, PUJIANG_ARRAY_INDEX in its environment). */
export async function submitJob(deps: D, ctx: RequestCtx, input: SubmitInput, via: 'web' | 'api' | 'cli', key?: string): Promise<{ arrayId: string | null; jobs: JobView[] }> {
  const me = personOf(ctx);
  const db = deps.db.db;
  const project = await repo.findProject(db, input.projectId);
  if (!project) throw new AppError('not_found', 'no such project');
  await requireOrgRole(db, ctx, project.orgId, 'member');
  checkSubmission(input);
  if (project.archived) throw new AppError('invalid_state', 'the project is archived');
  const now = deps.now();
  const gpuModel = input.gpuModel ?? null;
  const gpuClass = classOfJob({ gpus: input.gpus, gpuModel, gpuClass: input.gpuClass ?? null });
  const allocation = allocationFor(await repo.activeAllocationsOfProject(db, project.id, now), gpuClass);
  if (!allocation) throw new AppError('no_allocation', gpuClass ? `the project has no active ${gpuClass} allocation` : 'the project has no active allocation');
  const shape = { gpus: input.gpus, gpuModel, gpuClass, cpus: input.cpus, memGb: input.memGb };
  const clusters = await repo.clustersIn(db, ['active']);
  const fits = clusters.some((c) => c.pools.some((p) => poolFits(p, shape)) && (!input.image || adapterFor(c, { computeDir: deps.config.computeDir }).runsContainers));
  if (!fits) throw new AppError('no_matching_cluster', 'no cluster of the pool could ever run this job');

  const body = { ...input, via };
  const out = await idempotent(deps, ctx, 'compute.job.submit', key, body, async (tx) => {
    const size = input.array?.size;
    const arrayId = size ? newId('jobArray', now.getTime()) : null;
    const rows: repo.JobInsert[] = [];
    for (let i = 0; i < (size ?? 1); i++) {
      rows.push({
        id: newId('computeJob', now.getTime()),
        arrayId,
        arrayIndex: arrayId ? i : null,
        projectId: project.id,
        orgId: project.orgId,
        allocationId: allocation.id,
        submittedBy: me.personId,
        submittedVia: via,
        name: input.name,
        command: input.command ?? null,
        image: input.image ?? null,
        gpus: input.gpus,
        gpuModel,
        gpuClass,
        cpus: input.cpus,
        memGb: input.memGb,
        timeLimitMinutes: input.timeLimitMinutes,
        priority: input.priority ?? 0,
        preemptible: input.preemptible ?? false,
        inputUri: input.inputUri ?? null,
        outputUri: input.outputUri ?? null,
        env: arrayId ? { ...(input.env ?? {}), PUJIANG_ARRAY_INDEX: String(i) } : (input.env ?? {}),
        state: 'pending',
        submittedAt: now,
      });
    }
    const jobs = await repo.insertJobs(tx, rows);
    await repo.insertEvents(
      tx,
      jobs.map((j) => ({ jobId: j.id, at: now, state: 'pending' as const, message: `submitted via ${via}`, code: 'submitted' as const, params: { via } })),
    );
    await record(
      tx,
      ctx,
      {
        action: arrayId ? 'compute.array.submit' : 'compute.job.submit',
        objectType: arrayId ? 'compute_job_array' : 'compute_job',
        objectId: arrayId ?? jobs[0]!.id,
        orgId: project.orgId,
        after: { projectId: project.id, allocationId: allocation.id, name: input.name, gpus: input.gpus, gpuModel, gpuClass, cpus: input.cpus, memGb: input.memGb, timeLimitMinutes: input.timeLimitMinutes, via, jobs: jobs.length, ...(arrayId ? {} : { jobId: jobs[0]!.id }) },
      },
      now,
    );
    return { arrayId, jobs: await views(tx, jobs) };
  });
  // News for the controller: a pass soon admits the job (the tick is the fallback).
  kickComputePass(deps);
  return out;
}

// ── reads ────────────────────────────────────────────────────────────────────────────────────

/** Jobs: the caller's own by default; of an organization, a project, an array (members) or a cluster (its provider's members); operators any. */
export async function listJobs(
  deps: D,
  ctx: RequestCtx,
  f: { orgId?: string; projectId?: string; clusterId?: string; arrayId?: string; state?: JobState },
  cursor: string | undefined,
  limit: number,
): Promise<Page<JobView>> {
  const me = personOf(ctx);
  const db = deps.db.db;
  const filter: repo.JobFilter = { ...f };
  let hideEnv = false;
  if (f.orgId) await requireOrgRole(db, ctx, f.orgId, 'member', { read: true });
  if (f.projectId) {
    const p = await repo.findProject(db, f.projectId);
    if (!p) throw new AppError('not_found', 'no such project');
    await requireOrgRole(db, ctx, p.orgId, 'member', { read: true });
  }
  if (f.arrayId) {
    const first = (await repo.listJobs(db, { arrayId: f.arrayId }, undefined, 1))[0];
    if (!first) throw new AppError('not_found', 'no such array');
    if ((await relation(db, ctx, first)) === 'provider') hideEnv = true;
    if (!f.orgId && !f.projectId) filter.orgId = first.orgId;
  }
  if (f.clusterId && !f.orgId && !f.projectId && !f.arrayId) {
    const c = await repo.findCluster(db, f.clusterId);
    if (!c) throw new AppError('not_found', 'no such cluster');
    const access = await requireOrgRole(db, ctx, c.providerOrgId, 'member', { read: true }).catch(async (err: unknown) => {
      // A tenant asking for its jobs on a cluster sees only its own.
      if (err instanceof AppError && err.code === 'not_found') return null;
      throw err;
    });
    if (access === null) filter.submittedBy = me.personId;
    else hideEnv = access.role !== 'staff';
  }
  if (!f.orgId && !f.projectId && !f.arrayId && !f.clusterId) filter.submittedBy = me.personId;
  const c = decodeCursor(cursor, 1);
  const [rows, total] = await Promise.all([repo.listJobs(db, filter, c ? String(c[0]) : undefined, limit), repo.countJobs(db, filter, COUNT_CAP)]);
  const names = await namesFor(db, rows);
  return toPage(rows, limit, (r) => [r.id], (r) => jobView(r, names, hideEnv), total);
}

/** The jobs on a provider's cluster (its members, operators): env values hidden. */
export async function clusterJobs(deps: D, ctx: RequestCtx, clusterId: string, f: { state?: JobState }, cursor: string | undefined, limit: number): Promise<Page<JobView>> {
  const db = deps.db.db;
  const cl = await repo.findCluster(db, clusterId);
  if (!cl) throw new AppError('not_found', 'no such cluster');
  const access = await requireOrgRole(db, ctx, cl.providerOrgId, 'member', { read: true });
  const filter: repo.JobFilter = { clusterId, state: f.state };
  const c = decodeCursor(cursor, 1);
  const [rows, total] = await Promise.all([repo.listJobs(db, filter, c ? String(c[0]) : undefined, limit), repo.countJobs(db, filter, COUNT_CAP)]);
  const names = await namesFor(db, rows);
  return toPage(rows, limit, (r) => [r.id], (r) => jobView(r, names, access.role !== 'staff'), total);
}

/** One job with its history. */
export async function getJob(deps: D, ctx: RequestCtx, jobId: string): Promise<JobDetailView> {
  const { job, rel } = await visibleJob(deps, ctx, jobId);
  const [events, names] = await Promise.all([repo.eventsOf(deps.db.db, job.id), namesFor(deps.db.db, [job])]);
  return {
    ...jobView(job, names, rel === 'provider'),
    events: events.map((e) => ({ at: e.at.toISOString(), state: e.state, message: e.message, code: e.code, params: e.params })),
    canCancel: !isFinalJobState(job.state) && rel !== 'provider' && (await mayCancel(deps.db.db, ctx, job)),
  };
}

/** Reads a job's output from `offset` (its tenant and operators). */
export async function jobLogs(deps: D, ctx: RequestCtx, jobId: string, offset: number, limit: number): Promise<LogChunk> {
  const { job, rel } = await visibleJob(deps, ctx, jobId);
  if (rel === 'provider') throw new AppError('forbidden', 'the output of a job is its tenant’s');
  if (!job.clusterId || !job.externalId) return { text: '', next: offset, eof: isFinalJobState(job.state) };
  const cluster = await repo.findCluster(deps.db.db, job.clusterId);
  if (!cluster) return { text: '', next: offset, eof: true };
  const chunk = await adapterFor(cluster, { computeDir: deps.config.computeDir }).logs(job.externalId, offset, limit);
  // The engine may say eof as soon as the process ended; the job is over only once metered.
  return { ...chunk, eof: chunk.eof && isFinalJobState(job.state) };
}

// ── cancellation ─────────────────────────────────────────────────────────────────────────────

/** Cancels in the caller's transaction: a pending job at once; a later one asks the controller. */
async function cancelIn(tx: Db, ctx: RequestCtx, j: repo.JobRow, now: Date): Promise<{ id: string; state: JobState; cancelRequested: boolean }> {
  if (isFinalJobState(j.state) || j.cancelRequested) return { id: j.id, state: j.state, cancelRequested: j.cancelRequested };
  if (j.state === 'pending') {
    await repo.updateJob(tx, j.id, { state: 'cancelled', cancelRequested: true, endedAt: now, reason: null, position: null, expectedStartAt: null, message: 'cancelled while pending', messageCode: 'cancelled_pending', messageParams: null });
    await repo.insertEvents(tx, [{ jobId: j.id, at: now, state: 'cancelled', message: 'cancelled while pending', code: 'cancelled_pending' }]);
    await record(tx, ctx, { action: 'compute.job.cancel', objectType: 'compute_job', objectId: j.id, orgId: j.orgId, before: { state: j.state }, after: { state: 'cancelled' } }, now);
    return { id: j.id, state: 'cancelled', cancelRequested: true };
  }
  await repo.updateJob(tx, j.id, { cancelRequested: true });
  await repo.insertEvents(tx, [{ jobId: j.id, at: now, state: j.state, message: 'cancel requested', code: 'cancel_requested' }]);
  await record(tx, ctx, { action: 'compute.job.cancel', objectType: 'compute_job', objectId: j.id, orgId: j.orgId, before: { state: j.state }, after: { state: j.state, cancelRequested: true } }, now);
  return { id: j.id, state: j.state, cancelRequested: true };
}

/** Cancels a job (its submitter, its organization's admins, operators). An ended job: invalid_state. */
export async function cancelJob(deps: D, ctx: RequestCtx, jobId: string): Promise<{ jobs: { id: string; state: JobState; cancelRequested: boolean }[] }> {
  const { job, rel } = await visibleJob(deps, ctx, jobId);
  if (rel === 'provider' || !(await mayCancel(deps.db.db, ctx, job))) throw new AppError('forbidden', 'only the submitter, the organization’s admins and operators cancel a job');
  if (isFinalJobState(job.state)) throw new AppError('invalid_state', `the job is already ${job.state}`);
  const now = deps.now();
  const out = await deps.db.db.transaction(async (tx) => {
    const j = await repo.lockJob(tx, jobId);
    return cancelIn(tx, ctx, j!, now);
  });
  if (out.cancelRequested && !isFinalJobState(out.state)) kickComputePass(deps);
  return { jobs: [out] };
}

/** Cancels every job of an array that has not ended. */
export async function cancelArray(deps: D, ctx: RequestCtx, arrayId: string): Promise<{ jobs: { id: string; state: JobState; cancelRequested: boolean }[] }> {
  const first = (await repo.listJobs(deps.db.db, { arrayId }, undefined, 1))[0];
  if (!first) throw new AppError('not_found', 'no such array');
  const rel = await relation(deps.db.db, ctx, first);
  if (rel === 'provider' || !(await mayCancel(deps.db.db, ctx, first))) throw new AppError('forbidden', 'only the submitter, the organization’s admins and operators cancel a job');
  const now = deps.now();
  const jobs = await deps.db.db.transaction(async (tx) => {
    const rows = await repo.lockArray(tx, arrayId);
    const out = [];
    for (const j of rows) out.push(await cancelIn(tx, ctx, j, now));
    return out;
  });
  if (jobs.some((j) => j.cancelRequested && !isFinalJobState(j.state))) kickComputePass(deps);
  return { jobs };
}

// ── the queue ────────────────────────────────────────────────────────────────────────────────

export interface QueueEntryView {
  position: number | null;
  state: 'pending' | 'admitted';
  mine: boolean;
  jobId: string | null;
  name: string | null;
  projectId: string | null;
  orgName: string | null;
  orgNameEn: string | null;
  gpus: number;
  gpuModel: GpuModel | null;
  gpuClass: GpuClass | null;
  cpus: number;
  timeLimitMinutes: number;
  reason: repo.JobRow['reason'];
  expectedStartAt: string | null;
  clusterId: string | null;
  submittedAt: string;
}

/** Pending and admitted jobs in the scheduler's order; other tenants' jobs without names or commands. */
export async function queue(deps: D, ctx: RequestCtx, f: { gpuClass?: GpuClass; clusterId?: string }, limit: number): Promise<{ items: QueueEntryView[]; total: number }> {
  const me = personOf(ctx);
  const db = deps.db.db;
  const mine = new Set(await repo.orgIdsOfPerson(db, me.personId));
  const all = isStaff(ctx.actor);
  const { rows, total } = await repo.queueJobs(db, f, limit);
  const orgs = await orgNames(db, [...new Set(rows.filter((r) => all || mine.has(r.orgId)).map((r) => r.orgId))]);
  const items = rows.map((r): QueueEntryView => {
    const full = all || mine.has(r.orgId);
    return {
      position: r.position,
      state: r.state as 'pending' | 'admitted',
      mine: full,
      jobId: full ? r.id : null,
      name: full ? r.name : null,
      projectId: full ? r.projectId : null,
      orgName: full ? (orgs.get(r.orgId)?.name ?? null) : null,
      orgNameEn: full ? (orgs.get(r.orgId)?.nameEn ?? null) : null,
      gpus: r.gpus,
      gpuModel: r.gpuModel,
      gpuClass: r.gpuClass,
      cpus: r.cpus,
      timeLimitMinutes: r.timeLimitMinutes,
      reason: r.reason,
      expectedStartAt: iso(r.expectedStartAt),
      clusterId: r.clusterId,
      submittedAt: r.submittedAt.toISOString(),
    };
  });
  return { items, total };
}

// ── usage ────────────────────────────────────────────────────────────────────────────────────

/** The center keeps its books in China Standard Time (UTC+8). */
const CST_MS = 8 * 3600 * 1000;
const DAY_MS = 86_400_000;

/** The day `YYYY-MM-DD` or month `YYYY-MM` of an instant in China Standard Time. */
export function periodOf(d: Date, granularity: 'day' | 'month'): string {
  return new Date(d.getTime() + CST_MS).toISOString().slice(0, granularity === 'day' ? 10 : 7);
}

export interface UsageView {
  orgId: string | null;
  orgIds: string[];
  projectId: string | null;
  from: string;
  to: string;
  granularity: 'day' | 'month';
  series: { period: string; gpuModel: string | null; jobs: number; gpuHours: number; cpuHours: number; spendFen: number; subsidyFen: number; ownFen: number }[];
  byProject: { projectId: string; projectName: string; gpuHours: number; spendFen: number; subsidyFen: number; ownFen: number }[];
  totals: { jobs: number; gpuHours: number; cpuHours: number; spendFen: number; subsidyFen: number; ownFen: number };
}

/**
 * GPU-hours by model, spend, subsidy and own share of an organization or a project (its
 * members; operators read), or of every organization of the caller, per day or month.
 */
export async function usage(
  deps: D,
  ctx: RequestCtx,
  q: { orgId?: string; projectId?: string; from?: string; to?: string; granularity: 'day' | 'month' },
): Promise<UsageView> {
  const me = personOf(ctx);
  const db = deps.db.db;
  let orgId = q.orgId;
  if (q.projectId) {
    const p = await repo.findProject(db, q.projectId);
    if (!p) throw new AppError('not_found', 'no such project');
    if (orgId && orgId !== p.orgId) throw new AppError('not_found', 'no such project');
    orgId = p.orgId;
  }
  let orgIds: string[];
  if (orgId) {
    await requireOrgRole(db, ctx, orgId, 'member', { read: true });
    orgIds = [orgId];
  } else {
    orgIds = await repo.orgIdsOfPerson(db, me.personId);
  }
  const to = q.to ? new Date(q.to) : deps.now();
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - (q.granularity === 'day' ? 30 : 365) * DAY_MS);
  if (!(from < to)) throw new AppError('validation_failed', 'from must be before to', undefined, [{ path: 'from', message: 'must be before to' }]);
  const jobs = await repo.meteredJobs(db, { orgIds, projectId: q.projectId }, from, to);
  const series = new Map<string, UsageView['series'][number]>();
  const byProject = new Map<string, UsageView['byProject'][number]>();
  const totals = { jobs: 0, gpuHours: 0, cpuHours: 0, spendFen: 0, subsidyFen: 0, ownFen: 0 };
  const names = await repo.projectNames(db, [...new Set(jobs.map((j) => j.projectId))]);
  for (const j of jobs) {
    const ch = j.charge!;
    const period = periodOf(j.meteredAt!, q.granularity);
    const k = `${period}|${ch.gpuModel ?? ''}`;
    const s = series.get(k) ?? { period, gpuModel: ch.gpuModel, jobs: 0, gpuHours: 0, cpuHours: 0, spendFen: 0, subsidyFen: 0, ownFen: 0 };
    const p = byProject.get(j.projectId) ?? { projectId: j.projectId, projectName: names.get(j.projectId) ?? j.projectId, gpuHours: 0, spendFen: 0, subsidyFen: 0, ownFen: 0 };
    for (const acc of [s, totals]) {
      acc.jobs++;
      acc.cpuHours += ch.cpuSeconds / 3600;
    }
    for (const acc of [s, p, totals]) {
      acc.gpuHours += ch.gpuSeconds / 3600;
      acc.spendFen += ch.totalFen;
      acc.subsidyFen += ch.subsidyFen;
      acc.ownFen += ch.ownFen;
    }
    series.set(k, s);
    byProject.set(j.projectId, p);
  }
  return {
    orgId: orgId ?? null,
    orgIds,
    projectId: q.projectId ?? null,
    from: from.toISOString(),
    to: to.toISOString(),
    granularity: q.granularity,
    series: [...series.values()].sort((a, b) => a.period.localeCompare(b.period) || (a.gpuModel ?? '').localeCompare(b.gpuModel ?? '')),
    byProject: [...byProject.values()].sort((a, b) => b.spendFen - a.spendFen || a.projectId.localeCompare(b.projectId)),
    totals,
  };
}
