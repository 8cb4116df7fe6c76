// The compute controller: one pass observes the clusters, syncs dispatched and running jobs with
// their engines (starts, ends, accounting → metering and billing), carries out cancellations and
// preemptions, asks the pure scheduler what to admit (two phases, as Kueue does it: quota, then
// admission checks — the ledger's hold for the job's maximum cost, consent — before dispatch),
// places the holds, and dispatches admitted jobs to their clusters' adapters.
//
// Crash safety: every step is its own transaction on rows locked and re-checked, and an
// adapter's submit is idempotent by the job id, so a pass cut short anywhere is finished by the
// next one and loses nothing. One pass at a time per process (a promise chain), and on PostgreSQL
// a session advisory lock so that two servers never both dispatch.
//
// Passes come every tick, and sooner when there is news (kickComputePass: a job ended on the local
// executor, a submit, a cancel). A pass with no job to look after costs one query after observing.
// Every event says what happened twice: an English sentence (audit, CLI, API) and a stable code
// with params that the screens say in the reader's language.
import { classOfModel, type JobState, type WaitReason } from '../../../shared/compute.ts';
import type { ErrorCode } from '../../../shared/errors.ts';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { systemCtx, type RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { record } from '../audit/index.ts';
import { holdMeteredIn } from '../ledger/index.ts';
import { adapterFor } from './compute.adapters.ts';
import { addCharges, addUsage, billJob, holdLapsed, poolOf, releaseHold, releaseUnknownHold } from './compute.billing.ts';
import * as repo from './compute.jobs.repo.ts';
import { onLocalJobEnd } from './compute.local.ts';
import { decayed, HALF_LIFE_SECONDS } from './compute.pricing.ts';
import { schedule } from './compute.scheduler.ts';
import type { JobEventCode, JobEventParams } from './compute.table.ts';
import type { ClusterObserved, DispatchSpec, ExecutionAdapter, ExternalJob, JobUsage, SchedInput, SchedOutput } from './compute.types.ts';

type D = Pick<Deps, 'db' | 'now' | 'config' | 'log'>;

/** A cluster is read at most this often by the passes (the refresh route reads it at once). */
export const OBSERVE_EVERY_MS = 10_000;
/** After this many failed submits the hold is released and the job queued again. */
export const MAX_DISPATCH_FAILURES = 3;
/**
 * A dispatched or running job of which its engine has given no account for this long (gone from
 * its view and its accounting, or ended and never accounted) is lost: it ends failed, unpaid.
 */
export const LOST_AFTER_MS = 10 * 60_000;
/** How long a kick waits for more news before its pass, so that a burst of kicks makes one pass. */
export const KICK_DELAY_MS = 100;
/** A hold outlives the job's time limit by this much (queueing, accounting delays). */
const HOLD_MARGIN_SECONDS = 7 * 86_400;
/** Any constant: the session advisory lock of the controller on PostgreSQL. */
export const CONTROLLER_LOCK = 0x70_75_6a_63; // 'pujc'
const CST_MS = 8 * 3600 * 1000;
const DISPATCH_CONCURRENCY = 8;

export interface PassOptions {
  /**
   * The time limit a job runs under, in seconds (default: its minutes × 60). Tests use it to
   * time a job out in seconds; the hold and the scheduler keep the job's own limit.
   */
  timeLimitSeconds?: (job: { id: string; timeLimitMinutes: number }) => number;
  /** Read every cluster now, however recently it was read. */
  observeAll?: boolean;
  /** The explicit preemption rule (off unless given). */
  preemption?: { afterWaitSeconds: number };
  /** How long the engine may give no account of a job before it is lost (default LOST_AFTER_MS). */
  lostAfterMs?: number;
}

export interface PassStats {
  at: string;
  ms: number;
  skipped: boolean;
  /** True when no job was pending, admitted, dispatched or running: the pass stopped after observing. */
  idle: boolean;
  observed: number;
  started: number;
  ended: number;
  metered: number;
  cancelled: number;
  preempted: number;
  considered: number;
  admitted: number;
  refused: number;
  dispatched: number;
  dispatchFailures: number;
  requeued: number;
  /** Jobs ended failed because their engine lost them. */
  lost: number;
  /** Time of each step of the pass. */
  stepsMs: { observe: number; cancel: number; sync: number; schedule: number; dispatch: number };
  errors: string[];
}

interface State {
  chain: Promise<unknown>;
  passes: number;
  lastPass: PassStats | null;
  running: boolean;
  /** A kick waiting out KICK_DELAY_MS. */
  kickTimer: ReturnType<typeof setTimeout> | null;
  /** A kicked pass is in the chain and has not begun: later kicks are news it will see. */
  kickQueued: boolean;
}

const states = new WeakMap<object, State>();
function stateOf(deps: D): State {
  let s = states.get(deps.db);
  if (!s) {
    s = { chain: Promise.resolve(), passes: 0, lastPass: null, running: false, kickTimer: null, kickQueued: false };
    states.set(deps.db, s);
  }
  return s;
}

/** The last pass of this process and whether the loop runs. */
export function controllerStatus(deps: D): { tickMs: number; running: boolean; passes: number; lastPass: PassStats | null } {
  const s = stateOf(deps);
  return { tickMs: deps.config.computeTickMs, running: s.running, passes: s.passes, lastPass: s.lastPass };
}

const adapterOf = (deps: D, c: repo.ClusterRow): ExecutionAdapter => adapterFor(c, { computeDir: deps.config.computeDir });
const msg = (err: unknown) => (err instanceof Error ? err.message : String(err));
const FUNDS_CODES: ErrorCode[] = ['insufficient_funds', 'voucher_insufficient', 'yearly_cap_exceeded'];

async function mapLimit<T>(items: T[], limit: number, fn: (x: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

/** Reads a cluster's live state through its adapter and stores it; null when there is no such cluster. */
export async function observeCluster(deps: D, clusterId: string): Promise<ClusterObserved | null> {
  const c = await repo.findCluster(deps.db.db, clusterId);
  if (!c) return null;
  return observe(deps, c);
}

async function observe(deps: D, c: repo.ClusterRow): Promise<ClusterObserved> {
  let o: ClusterObserved;
  try {
    o = await adapterOf(deps, c).status();
  } catch (err) {
    // status() should never throw; a cluster that cannot be read is down.
    o = { at: deps.now().toISOString(), up: false, message: msg(err), nodesUp: 0, nodesTotal: 0, gpusTotal: 0, gpusAllocated: 0, cpusTotal: 0, cpusAllocated: 0 };
  }
  // The platform's clock, so that "read less than 10 s ago" is measured on one clock.
  o = { ...o, at: deps.now().toISOString() };
  await repo.setObserved(deps.db.db, c.id, o);
  return o;
}

/** What an event says: a stable code with its params (for the screens) and the English sentence. */
interface Said {
  code: JobEventCode;
  params: JobEventParams | null;
  text: string;
}
const said = (code: JobEventCode, text: string, params: JobEventParams | null = null): Said => ({ code, params, text });
/** A job's message columns saying `s` (null: no message). */
const says = (s: Said | null) => ({ message: s?.text ?? null, messageCode: s?.code ?? null, messageParams: s?.params ?? null });
/** The engine's own words as a job's message: kept as given, marked as the engine's. */
const engineSays = (text: string | null) => ({ message: text, messageCode: text ? ('engine' as const) : null, messageParams: null });

/** Writes a state change of a job: the row, its event and the audit record (in the caller's transaction). */
async function transition(
  tx: Db,
  ctx: RequestCtx,
  j: repo.JobRow,
  patch: Partial<repo.JobInsert> & { state: JobState },
  event: Said,
  now: Date,
  audit: Record<string, unknown> = {},
): Promise<void> {
  await repo.updateJob(tx, j.id, patch);
  await repo.insertEvents(tx, [{ jobId: j.id, at: now, state: patch.state, message: event.text, code: event.code, params: event.params }]);
  await record(tx, ctx, { action: `compute.job.${patch.state}`, objectType: 'compute_job', objectId: j.id, orgId: j.orgId, before: { state: j.state }, after: { state: patch.state, message: event.text, ...audit } }, now);
}

/** Runs one pass now (after the one in progress, if any); answers its figures. */
export function runComputePass(deps: D, opts: PassOptions = {}): Promise<PassStats> {
  return enqueuePass(deps, opts);
}

/** Puts a pass at the end of the chain; `starting` runs when its turn comes, before it looks at anything. */
function enqueuePass(deps: D, opts: PassOptions, starting?: () => void): Promise<PassStats> {
  const s = stateOf(deps);
  const run = s.chain.then(() => {
    starting?.();
    return lockedPass(deps, opts, s);
  });
  s.chain = run.catch(() => undefined);
  return run;
}

/**
 * Asks for a pass soon, because something happened (a job ended, was submitted or cancelled). Kicks
 * within KICK_DELAY_MS, or while a kicked pass waits for its turn, make one pass; the chain keeps
 * passes one at a time. Only a process whose loop runs is kicked (config.computeTickMs > 0 and
 * startComputeController called): tests, benchmarks and the CLI run their passes by hand.
 */
export function kickComputePass(deps: D): void {
  const s = stateOf(deps);
  if (deps.config.computeTickMs <= 0 || !s.running || s.kickTimer || s.kickQueued) return;
  s.kickTimer = setTimeout(() => {
    s.kickTimer = null;
    if (!s.running) return;
    s.kickQueued = true;
    enqueuePass(deps, {}, () => {
      s.kickQueued = false;
    }).then(
      (st) => {
        if (st.errors.length) deps.log.warn({ errors: st.errors }, 'compute pass had errors');
      },
      (err: unknown) => deps.log.error({ err }, 'compute pass failed'),
    );
  }, KICK_DELAY_MS);
  s.kickTimer.unref();
}

async function lockedPass(deps: D, opts: PassOptions, s: State): Promise<PassStats> {
  const pool = deps.db.pool;
  const client = pool ? await pool.connect() : undefined;
  try {
    if (client) {
      const r = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [CONTROLLER_LOCK]);
      if (!r.rows[0]?.ok) return emptyStats(deps.now(), true);
    }
    try {
      const stats = await pass(deps, opts);
      s.passes++;
      s.lastPass = stats;
      return stats;
    } finally {
      if (client) await client.query('select pg_advisory_unlock($1)', [CONTROLLER_LOCK]).catch(() => undefined);
    }
  } finally {
    client?.release();
  }
}

function emptyStats(at: Date, skipped = false): PassStats {
  return { at: at.toISOString(), ms: 0, skipped, idle: false, observed: 0, started: 0, ended: 0, metered: 0, cancelled: 0, preempted: 0, considered: 0, admitted: 0, refused: 0, dispatched: 0, dispatchFailures: 0, requeued: 0, lost: 0, stepsMs: { observe: 0, cancel: 0, sync: 0, schedule: 0, dispatch: 0 }, errors: [] };
}

async function pass(deps: D, opts: PassOptions): Promise<PassStats> {
  const t0 = performance.now();
  const stats = emptyStats(deps.now());
  const ctx = systemCtx('compute');
  const fail = (where: string, err: unknown) => {
    stats.errors.push(`${where}: ${msg(err)}`);
    deps.log.error({ err }, `compute controller: ${where}`);
  };
  const step = async (where: keyof PassStats['stepsMs'], fn: () => Promise<void>) => {
    const t = performance.now();
    try {
      await fn();
    } catch (err) {
      fail(where, err);
    }
    stats.stepsMs[where] = Math.round((performance.now() - t) * 10) / 10;
  };
  await step('observe', () => observeStep(deps, opts, stats, fail));
  // Nothing to cancel, sync, schedule or dispatch: the steps' reads would all come back empty.
  try {
    stats.idle = !(await repo.anyLiveJob(deps.db.db));
  } catch (err) {
    fail('idle', err);
  }
  if (stats.idle) {
    stats.ms = Math.round((performance.now() - t0) * 10) / 10;
    return stats;
  }
  await step('cancel', () => cancelStep(deps, ctx, stats, fail));
  await step('sync', () => syncStep(deps, ctx, opts, stats, fail));
  await step('schedule', () => scheduleStep(deps, ctx, opts, stats, fail));
  await step('dispatch', () => dispatchStep(deps, ctx, opts, stats, fail));
  stats.ms = Math.round((performance.now() - t0) * 10) / 10;
  return stats;
}

type Fail = (where: string, err: unknown) => void;

// ── (1) observe ──────────────────────────────────────────────────────────────────────────────

async function observeStep(deps: D, opts: PassOptions, stats: PassStats, fail: Fail): Promise<void> {
  const now = deps.now().getTime();
  for (const c of await repo.clustersIn(deps.db.db)) {
    if (!opts.observeAll && c.observed && now - Date.parse(c.observed.at) < OBSERVE_EVERY_MS && now >= Date.parse(c.observed.at)) continue;
    try {
      await observe(deps, c);
      stats.observed++;
    } catch (err) {
      fail(`observe ${c.id}`, err);
    }
  }
}

// ── (3) cancellations ────────────────────────────────────────────────────────────────────────

async function cancelStep(deps: D, ctx: RequestCtx, stats: PassStats, fail: Fail): Promise<void> {
  const db = deps.db.db;
  const asked = await repo.jobsInStates(db, ['admitted', 'dispatched', 'running'], { cancelRequested: true });
  const clusters = new Map((await repo.clustersByIds(db, [...new Set(asked.flatMap((j) => (j.clusterId ? [j.clusterId] : [])))])).map((c) => [c.id, c]));
  for (const j of asked) {
    try {
      if (j.state === 'admitted') {
        // Not on the engine yet: release the whole hold.
        const now = deps.now();
        const done = await db.transaction(async (tx) => {
          const x = await repo.lockJob(tx, j.id);
          if (!x || x.state !== 'admitted') return false;
          if (x.orderId) await releaseHold(tx, ctx, x.orderId, now);
          await transition(
            tx,
            ctx,
            x,
            { state: 'cancelled', endedAt: now, ...says(said('cancelled_before_dispatch', 'cancelled before dispatch')) },
            said('cancelled_before_dispatch', 'cancelled before dispatch; hold released'),
            now,
          );
          return true;
        });
        if (done) stats.cancelled++;
      } else if (j.externalId && j.clusterId && clusters.has(j.clusterId)) {
        // On the engine: ask it to stop; the end is metered like any other (the time used is paid).
        await adapterOf(deps, clusters.get(j.clusterId)!).cancel(j.externalId);
      }
    } catch (err) {
      fail(`cancel ${j.id}`, err);
    }
  }
}

// ── (2) sync and metering ────────────────────────────────────────────────────────────────────

const ENDED: ExternalJob['state'][] = ['completed', 'failed', 'cancelled', 'timeout'];

async function syncStep(deps: D, ctx: RequestCtx, opts: PassOptions, stats: PassStats, fail: Fail): Promise<void> {
  const db = deps.db.db;
  const live = (await repo.jobsInStates(db, ['dispatched', 'running'])).filter((j) => j.externalId && j.clusterId);
  const byCluster = new Map<string, repo.JobRow[]>();
  for (const j of live) byCluster.set(j.clusterId!, [...(byCluster.get(j.clusterId!) ?? []), j]);
  const clusters = new Map((await repo.clustersByIds(db, [...byCluster.keys()])).map((c) => [c.id, c]));
  for (const [clusterId, jobs] of byCluster) {
    const cluster = clusters.get(clusterId);
    if (!cluster) continue;
    try {
      const adapter = adapterOf(deps, cluster);
      const polled = await adapter.poll(jobs.map((j) => j.externalId!));
      const ended: repo.JobRow[] = [];
      const seenAgain: string[] = [];
      for (const j of jobs) {
        const ext = polled.get(j.externalId!);
        // Gone from the engine's view: its accounting may still know how it ended.
        if (!ext || ENDED.includes(ext.state)) {
          ended.push(j);
          // It ran: say so now, and free its place for the scheduler even before it is accounted.
          if (ext && (j.state === 'dispatched' || !j.endedAt)) {
            await markEnded(deps, ctx, j, ext, cluster);
            if (j.state === 'dispatched') stats.started++;
          }
          continue;
        }
        if (j.unknownSince) seenAgain.push(j.id);
        if (ext.state === 'running' && j.state === 'dispatched') {
          await markStarted(deps, ctx, j, ext, cluster);
          stats.started++;
        } else if (ext.message !== j.message && ext.message) {
          await repo.updateJob(db, j.id, engineSays(ext.message));
        }
      }
      await repo.clearUnknown(db, seenAgain);
      if (!ended.length) continue;
      const acc = await adapter.accounting(ended.map((j) => j.externalId!));
      for (const j of ended) {
        const a = acc.get(j.externalId!);
        if (!a) {
          // Not accounted yet: the next pass tries again, until the engine has said nothing of it for too long.
          try {
            if (await unaccounted(deps, ctx, opts, j)) stats.lost++;
          } catch (err) {
            fail(`lost ${j.id}`, err);
          }
          continue;
        }
        try {
          const outcome = await meter(deps, ctx, j, cluster, a, polled.get(j.externalId!));
          if (outcome) {
            stats.ended++;
            stats.metered++;
            if (outcome === 'pending') stats.preempted++;
          }
        } catch (err) {
          fail(`meter ${j.id}`, err);
        }
      }
    } catch (err) {
      fail(`sync ${clusterId}`, err);
    }
  }
}

async function markStarted(deps: D, ctx: RequestCtx, j: repo.JobRow, ext: ExternalJob, cluster: repo.ClusterRow): Promise<void> {
  const now = deps.now();
  await deps.db.db.transaction(async (tx) => {
    const x = await repo.lockJob(tx, j.id);
    if (!x || x.state !== 'dispatched' || x.externalId !== j.externalId) return;
    const startedAt = ext.startedAt ? new Date(ext.startedAt) : now;
    await transition(tx, ctx, x, { state: 'running', startedAt, ...says(null) }, said('running', `running on ${cluster.code} (${ext.externalId})`, { cluster: cluster.code, externalId: ext.externalId }), now);
  });
}

/** A job the engine says has ended: started (if it was not seen running) and its end noted, until its accounting comes. */
async function markEnded(deps: D, ctx: RequestCtx, j: repo.JobRow, ext: ExternalJob, cluster: repo.ClusterRow): Promise<void> {
  const now = deps.now();
  await deps.db.db.transaction(async (tx) => {
    const x = await repo.lockJob(tx, j.id);
    if (!x || x.externalId !== j.externalId) return;
    const endedAt = ext.endedAt ? new Date(ext.endedAt) : now;
    if (x.state === 'dispatched') {
      const startedAt = ext.startedAt ? new Date(ext.startedAt) : endedAt;
      await transition(
        tx,
        ctx,
        x,
        { state: 'running', startedAt, endedAt },
        said('ran_ended', `ran on ${cluster.code} (${ext.externalId}); ended ${ext.state}, waiting for its accounting`, { cluster: cluster.code, externalId: ext.externalId, engineState: ext.state }),
        now,
      );
    } else if (x.state === 'running' && !x.endedAt) {
      await repo.updateJob(tx, x.id, { endedAt });
    }
  });
}

/**
 * A job its engine gave no account of in this pass (gone from its view and its accounting, or
 * ended and not accounted): the first such pass notes the instant in the row, so that the wait
 * outlives restarts; once that is older than the limit, the job is lost. Answers whether it was.
 */
async function unaccounted(deps: D, ctx: RequestCtx, opts: PassOptions, j: repo.JobRow): Promise<boolean> {
  const now = deps.now();
  if (!j.unknownSince) {
    await repo.markUnknown(deps.db.db, j.id, j.externalId!, now);
    return false;
  }
  const limitMs = opts.lostAfterMs ?? LOST_AFTER_MS;
  if (now.getTime() - j.unknownSince.getTime() <= limitMs) return false;
  return deps.db.db.transaction(async (tx) => {
    const x = await repo.lockJob(tx, j.id);
    if (!x || (x.state !== 'dispatched' && x.state !== 'running') || x.externalId !== j.externalId || !x.unknownSince) return false;
    if (now.getTime() - x.unknownSince.getTime() <= limitMs) return false;
    // Nothing of its use is known, so nothing is charged: the whole hold goes back.
    const released = x.orderId ? await releaseUnknownHold(tx, ctx, x.orderId, now) : null;
    const params = { sinceAt: x.unknownSince.toISOString(), limitMinutes: Math.round(limitMs / 60_000) };
    const text = `lost: ${x.externalId} has been unknown to its engine (not running, not accounted) since ${params.sinceAt}, over ${params.limitMinutes} min; hold released, nothing charged`;
    await transition(
      tx,
      ctx,
      x,
      { state: 'failed', endedAt: x.endedAt ?? now, meteredAt: x.meteredAt ?? now, reason: null, ...says(said('lost', text, params)) },
      said('lost', text, params),
      now,
      { lost: true, unknownSince: params.sinceAt, holdReleased: released !== null },
    );
    return true;
  });
}

/** The job's final state from the engine's word and what was asked of it. */
function finalState(j: repo.JobRow, engine: ExternalJob['state'], exitCode: number | null): Exclude<JobState, 'pending' | 'admitted' | 'dispatched' | 'running'> {
  if (engine === 'timeout') return 'timeout';
  if (engine === 'completed' && (exitCode ?? 0) === 0) return 'completed';
  if (j.cancelRequested || engine === 'cancelled') return 'cancelled';
  return 'failed';
}

/**
 * Meters an ended job in one transaction: the charge of its usage at its pool's prices (capped
 * at the hold), the ledger's settlement, the fair-share usage, and its final state — or, for a
 * preempted job, back to pending.
 */
async function meter(
  deps: D,
  ctx: RequestCtx,
  j: repo.JobRow,
  cluster: repo.ClusterRow,
  a: JobUsage & { state: ExternalJob['state']; exitCode: number | null },
  ext: ExternalJob | undefined,
): Promise<JobState | null> {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const x = await repo.lockJob(tx, j.id);
    if (!x || (x.state !== 'dispatched' && x.state !== 'running') || x.externalId !== j.externalId || !x.orderId) return null;
    const usage: JobUsage = {
      elapsedSeconds: a.elapsedSeconds,
      gpus: a.gpus,
      cpus: a.cpus,
      gpuSeconds: a.gpuSeconds,
      cpuSeconds: a.cpuSeconds,
      gpuModel: a.gpuModel ?? poolOf(cluster, x.pool)?.gpuModel ?? null,
      source: a.source,
    };
    let billedRun: Awaited<ReturnType<typeof billJob>>;
    try {
      billedRun = await billJob(tx, ctx, x, poolOf(cluster, x.pool), usage, now);
    } catch (err) {
      // The hold lapsed before the job was metered (the ledger expired its order): the job ends
      // unpaid rather than being retried for ever; the operators see why in its history.
      if (!holdLapsed(err)) throw err;
      const state = finalState(x, a.state, a.exitCode ?? ext?.exitCode ?? null);
      const why = { errorCode: err.code };
      await transition(
        tx,
        ctx,
        x,
        { state, exitCode: a.exitCode ?? ext?.exitCode ?? null, usage, meteredAt: now, endedAt: x.endedAt ?? now, reason: null, unknownSince: null, ...says(said('not_charged', `not charged: ${err.message}`, why)) },
        said('not_charged', `${state}; not charged: ${err.message}`, why),
        now,
      );
      return state;
    }
    const { charge, settlement } = billedRun;
    await addUsage(tx, x.allocationId, x.gpus > 0 ? usage.gpuSeconds : usage.cpuSeconds, now);
    const exitCode = a.exitCode ?? ext?.exitCode ?? null;
    const startedAt = x.startedAt ?? (ext?.startedAt ? new Date(ext.startedAt) : null);
    const endedAt = ext?.endedAt ? new Date(ext.endedAt) : (x.endedAt ?? now);
    const total = addCharges(x.charge, charge);
    const billed = `${charge.totalFen} fen (voucher ${charge.subsidyFen}, own ${charge.ownFen}) for ${Math.round(usage.gpuSeconds)} GPU-s and ${Math.round(usage.cpuSeconds)} CPU-s; order ${settlement.orderId} ${settlement.status}`;
    const bill: JobEventParams = {
      totalFen: charge.totalFen,
      subsidyFen: charge.subsidyFen,
      ownFen: charge.ownFen,
      gpuSeconds: Math.round(usage.gpuSeconds),
      cpuSeconds: Math.round(usage.cpuSeconds),
      orderId: settlement.orderId,
      orderStatus: settlement.status,
    };
    if (x.reason === 'preempted' && !x.cancelRequested) {
      await transition(
        tx,
        ctx,
        x,
        {
          state: 'pending',
          reason: 'preempted',
          preemptCount: x.preemptCount + 1,
          usage,
          charge: total,
          meteredAt: now,
          exitCode,
          orderId: null,
          maxCostFen: null,
          externalId: null,
          admittedAt: null,
          dispatchedAt: null,
          startedAt: null,
          endedAt: null,
          position: null,
          expectedStartAt: null,
          unknownSince: null,
          ...says(said('preempted_metered', 'preempted; queued again', bill)),
        },
        said('preempted_metered', `preempted and metered: ${billed}; queued again`, bill),
        now,
        { charge },
      );
      return 'pending';
    }
    const state = finalState(x, a.state, exitCode);
    await transition(
      tx,
      ctx,
      x,
      { state, exitCode, usage, charge: total, meteredAt: now, startedAt, endedAt, reason: null, unknownSince: null, ...engineSays(ext?.message ?? null) },
      said('charged', `${state}${exitCode !== null ? ` (exit ${exitCode})` : ''}; charged ${billed}`, { exitCode, ...bill }),
      now,
      { exitCode, charge },
    );
    return state;
  });
}

// ── (4) schedule and admit ───────────────────────────────────────────────────────────────────

/** The first instant of the center's month (China Standard Time) holding `d`. */
export function centerMonthStart(d: Date): Date {
  const c = new Date(d.getTime() + CST_MS);
  return new Date(Date.UTC(c.getUTCFullYear(), c.getUTCMonth(), 1) - CST_MS);
}

/** Builds the scheduler's input from the database (exported for the benchmark and tests). */
export async function schedInput(deps: D, opts: PassOptions = {}): Promise<{ input: SchedInput; pending: repo.JobRow[]; running: repo.JobRow[]; clusters: Map<string, repo.ClusterRow>; allocations: Map<string, repo.AllocationRow> }> {
  const db = deps.db.db;
  const now = deps.now();
  const nowMs = now.getTime();
  const pending = await repo.jobsInStates(db, ['pending'], { cancelRequested: false });
  // Jobs that ended on their engine (endedAt set, not yet metered) hold nothing there any more.
  const running = (await repo.jobsInStates(db, ['admitted', 'dispatched', 'running'])).filter((j) => j.clusterId && j.pool && !j.endedAt);
  const clusterRows = await repo.clustersIn(db);
  const extra = [...new Set(running.map((j) => j.clusterId!))].filter((id) => !clusterRows.some((c) => c.id === id));
  const clusters = new Map([...clusterRows, ...(await repo.clustersByIds(db, extra))].map((c) => [c.id, c]));
  const consents = await repo.grantedConsents(db, clusterRows.filter((c) => c.admission === 'consent').map((c) => c.id));
  const pools: SchedInput['pools'] = [];
  const containerPools = new Set<string>();
  for (const c of clusters.values()) {
    const accepting = c.status === 'active' && !!c.observed?.up;
    let containers: boolean;
    let queueAhead: boolean;
    try {
      const a = adapterOf(deps, c);
      containers = a.runsContainers;
      queueAhead = a.queuesAhead;
    } catch {
      containers = false;
      queueAhead = false;
    }
    for (const p of c.pools) {
      pools.push({
        clusterId: c.id,
        pool: p.name,
        gpuModel: p.gpuModel,
        gpuClass: p.gpuModel ? classOfModel(p.gpuModel) : null,
        gpusTotal: p.nodes * p.gpusPerNode,
        cpusTotal: p.nodes * p.cpusPerNode,
        memGbTotal: p.nodes * p.memGbPerNode,
        gpuHourFen: p.gpuHourFen,
        cpuHourFen: p.cpuHourFen,
        accepting,
        consentedOrgs: c.admission === 'consent' ? (consents.get(c.id) ?? new Set()) : null,
        queueAhead,
      });
      if (containers) containerPools.add(`${c.id}/${p.name}`);
    }
  }
  const orgIds = [...new Set([...pending, ...running].map((j) => j.orgId))];
  const allocRows = await repo.activeAllocationsOfOrgs(db, orgIds, now);
  const allocations = new Map(allocRows.map((a) => [a.id, a]));
  const [funds, metered, usage] = await Promise.all([
    repo.fundsOf(db, orgIds, now),
    repo.meteredGpuSeconds(db, allocRows.map((a) => a.id), centerMonthStart(now)),
    repo.usageOf(db, allocRows.map((a) => a.id)),
  ]);
  const limitMs = (j: repo.JobRow) => j.timeLimitMinutes * 60_000;
  const remaining = new Map<string, number>();
  for (const j of running) {
    const elapsed = j.startedAt ? Math.max(0, nowMs - j.startedAt.getTime()) : 0;
    remaining.set(j.allocationId, (remaining.get(j.allocationId) ?? 0) + (j.gpus * Math.max(0, limitMs(j) - elapsed)) / 1000);
  }
  const shares = new Map<string, number>();
  for (const a of allocRows) shares.set(a.orgId, (shares.get(a.orgId) ?? 0) + a.weight);
  const input: SchedInput = {
    now: nowMs,
    pools,
    orgs: orgIds.map((id) => ({ id, shares: shares.get(id) ?? 0, fundsFen: funds.get(id) ?? 0 })),
    allocations: allocRows.map((a) => {
      const u = usage.get(a.id);
      return {
        id: a.id,
        orgId: a.orgId,
        projectId: a.projectId,
        gpuClass: a.gpuClass,
        weight: a.weight,
        gpuSecondsLeft: a.gpuHoursPerMonth * 3600 - (metered.get(a.id) ?? 0) - (remaining.get(a.id) ?? 0),
        maxConcurrentGpus: a.maxConcurrentGpus,
        usage: u ? decayed(u.usage, u.at.getTime(), nowMs, HALF_LIFE_SECONDS) : 0,
      };
    }),
    pending: pending.map((j) => ({
      id: j.id,
      allocationId: j.allocationId,
      orgId: j.orgId,
      gpus: j.gpus,
      gpuModel: j.gpuModel,
      gpuClass: j.gpuClass,
      cpus: j.cpus,
      memGb: j.memGb,
      timeLimitSeconds: j.timeLimitMinutes * 60,
      priority: j.priority,
      submittedAt: j.submittedAt.getTime(),
      seq: j.seq,
      needsContainer: j.image !== null,
      preemptible: j.preemptible,
      preemptedBefore: j.preemptCount > 0,
    })),
    running: running.map((j) => ({
      id: j.id,
      allocationId: j.allocationId,
      orgId: j.orgId,
      clusterId: j.clusterId!,
      pool: j.pool!,
      gpus: j.gpus,
      cpus: j.cpus,
      memGb: j.memGb,
      endsBy: (j.startedAt ?? j.admittedAt ?? now).getTime() + limitMs(j),
      preemptible: j.preemptible,
      preemptedBefore: j.preemptCount > 0,
    })),
    containerPools,
    halfLifeSeconds: HALF_LIFE_SECONDS,
    ...(opts.preemption ? { preemption: opts.preemption } : {}),
  };
  return { input, pending, running, clusters, allocations };
}

async function scheduleStep(deps: D, ctx: RequestCtx, opts: PassOptions, stats: PassStats, fail: Fail): Promise<void> {
  const db = deps.db.db;
  const { input, pending, clusters, allocations } = await schedInput(deps, opts);
  if (!pending.length) return;
  const out: SchedOutput = schedule(input);
  stats.considered = out.stats.considered;
  const byId = new Map(pending.map((j) => [j.id, j]));
  const waits = new Map<string, { position: number | null; reason: WaitReason | null; expectedStartAt: Date | null }>();
  for (const w of out.wait) waits.set(w.jobId, { position: w.position, reason: w.reason, expectedStartAt: w.expectedStart !== null ? new Date(w.expectedStart) : null });

  for (const adm of out.admit) {
    const j = byId.get(adm.jobId);
    const cluster = clusters.get(adm.clusterId);
    if (!j || !cluster) continue;
    const now = deps.now();
    try {
      const ok = await db.transaction(async (tx) => {
        const x = await repo.lockJob(tx, j.id);
        if (!x || x.state !== 'pending' || x.cancelRequested) return false;
        const n = (await repo.admissionCount(tx, x.id)) + 1;
        const alloc = allocations.get(x.allocationId);
        const hold = await holdMeteredIn(
          tx,
          ctx,
          {
            providerId: cluster.providerId,
            buyerOrgId: x.orgId,
            category: 'compute',
            contractNo: `${x.id}#${n}`,
            description: `compute job ${x.id}: ${x.gpus > 0 ? `${x.gpus} × ${poolOf(cluster, adm.pool)?.gpuModel ?? 'GPU'}, ` : ''}${x.cpus} CPUs for ${x.timeLimitMinutes} min on ${cluster.code}/${adm.pool}`,
            maxFen: adm.maxCostFen,
            voucherId: alloc?.voucherId ?? undefined,
            timeoutSeconds: x.timeLimitMinutes * 60 + HOLD_MARGIN_SECONDS,
            refType: 'compute_job',
            refId: x.id,
          },
          now,
        );
        await transition(
          tx,
          ctx,
          x,
          {
            state: 'admitted',
            orderId: hold.orderId,
            clusterId: cluster.id,
            pool: adm.pool,
            maxCostFen: adm.maxCostFen,
            voucherNote: hold.voucherNote,
            admittedAt: now,
            reason: null,
            position: null,
            expectedStartAt: adm.ahead ? new Date(adm.ahead.expectedStart) : null,
            ...says(null),
          },
          said(
            'admitted',
            `admitted to ${cluster.code}/${adm.pool}${adm.ahead ? ` ahead of free room (the engine starts it when room frees, by ${new Date(adm.ahead.expectedStart).toISOString()} at the latest)` : ''}; hold ${hold.maxFen} fen (voucher ${hold.subsidyFen}, own ${hold.ownFen}${hold.voucherNote ? `; voucher: ${hold.voucherNote}` : ''}) order ${hold.orderId}`,
            {
              cluster: cluster.code,
              pool: adm.pool,
              maxFen: hold.maxFen,
              subsidyFen: hold.subsidyFen,
              ownFen: hold.ownFen,
              voucherNote: hold.voucherNote,
              orderId: hold.orderId,
              latestStartAt: adm.ahead ? new Date(adm.ahead.expectedStart).toISOString() : null,
            },
          ),
          now,
          { orderId: hold.orderId, clusterId: cluster.id, pool: adm.pool, maxCostFen: adm.maxCostFen, subsidyFen: hold.subsidyFen, ownFen: hold.ownFen, voucherNote: hold.voucherNote, ahead: !!adm.ahead },
        );
        return true;
      });
      if (ok) {
        stats.admitted++;
        waits.delete(j.id);
      }
    } catch (err) {
      if (err instanceof AppError) {
        // The admission check failed: the job stays pending and says why.
        stats.refused++;
        const reason: WaitReason = FUNDS_CODES.includes(err.code) ? 'insufficient_funds' : 'cluster_unavailable';
        waits.set(j.id, { position: waits.get(j.id)?.position ?? j.position, reason, expectedStartAt: null });
        if (reason !== 'insufficient_funds') deps.log.warn({ jobId: j.id, code: err.code }, `compute: hold refused: ${err.message}`);
      } else fail(`admit ${j.id}`, err);
    }
  }

  const changed: { id: string; position: number | null; reason: WaitReason | null; expectedStartAt: Date | null }[] = [];
  for (const [id, w] of waits) {
    const j = byId.get(id);
    if (!j) continue;
    if (j.position !== w.position || j.reason !== w.reason || (j.expectedStartAt?.getTime() ?? null) !== (w.expectedStartAt?.getTime() ?? null)) changed.push({ id, ...w });
  }
  await repo.writeWaits(db, changed);

  for (const id of out.preempt) {
    try {
      if (await preempt(deps, ctx, id, clusters)) stats.preempted++;
    } catch (err) {
      fail(`preempt ${id}`, err);
    }
  }
}

/** Preempts a running job: marked, then stopped on its engine; its end is metered and it queues again. */
async function preempt(deps: D, ctx: RequestCtx, jobId: string, clusters: Map<string, repo.ClusterRow>): Promise<boolean> {
  const now = deps.now();
  const target = await deps.db.db.transaction(async (tx) => {
    const x = await repo.lockJob(tx, jobId);
    if (!x || x.preemptCount > 0 || x.cancelRequested || x.reason === 'preempted') return null;
    if (x.state === 'admitted') {
      if (x.orderId) await releaseHold(tx, ctx, x.orderId, now);
      await transition(
        tx,
        ctx,
        x,
        { state: 'pending', reason: 'preempted', preemptCount: x.preemptCount + 1, orderId: null, maxCostFen: null, admittedAt: null, position: null, expectedStartAt: null },
        said('preempted_before_dispatch', 'preempted before dispatch; hold released; queued again'),
        now,
      );
      return null;
    }
    if (x.state !== 'dispatched' && x.state !== 'running') return null;
    await repo.updateJob(tx, x.id, { reason: 'preempted' });
    await repo.insertEvents(tx, [{ jobId: x.id, at: now, state: x.state, message: 'preemption requested', code: 'preemption_requested' }]);
    await record(tx, ctx, { action: 'compute.job.preempt', objectType: 'compute_job', objectId: x.id, orgId: x.orgId, before: { state: x.state }, after: { state: x.state, preempting: true } }, now);
    return x;
  });
  if (!target) return false;
  const cluster = target.clusterId ? clusters.get(target.clusterId) : undefined;
  if (cluster && target.externalId) await adapterOf(deps, cluster).cancel(target.externalId);
  return true;
}

// ── (5) dispatch ─────────────────────────────────────────────────────────────────────────────

/** The engine's name for a run of a job: the job id, with the admission number for runs after the first (a requeued job is a new run). */
export function runId(jobId: string, admission: number): string {
  return admission > 1 ? `${jobId}-r${admission}` : jobId;
}

async function dispatchStep(deps: D, ctx: RequestCtx, opts: PassOptions, stats: PassStats, fail: Fail): Promise<void> {
  const db = deps.db.db;
  const admitted = await repo.jobsInStates(db, ['admitted'], { cancelRequested: false });
  if (!admitted.length) return;
  const clusters = new Map((await repo.clustersByIds(db, [...new Set(admitted.map((j) => j.clusterId!))])).map((c) => [c.id, c]));
  await mapLimit(admitted, DISPATCH_CONCURRENCY, async (j) => {
    const cluster = clusters.get(j.clusterId!);
    const pool = cluster ? poolOf(cluster, j.pool) : undefined;
    if (!cluster || !pool) return;
    const n = Math.max(1, await repo.admissionCount(db, j.id));
    const spec: DispatchSpec = {
      jobId: runId(j.id, n),
      name: j.name,
      command: j.command,
      image: j.image,
      pool,
      gpus: j.gpus,
      cpus: j.cpus,
      memGb: j.memGb,
      timeLimitSeconds: opts.timeLimitSeconds ? opts.timeLimitSeconds({ id: j.id, timeLimitMinutes: j.timeLimitMinutes }) : j.timeLimitMinutes * 60,
      env: { ...j.env },
      inputUri: j.inputUri,
      outputUri: j.outputUri,
    };
    let externalId: string;
    try {
      externalId = (await adapterOf(deps, cluster).submit(spec)).externalId;
    } catch (err) {
      stats.dispatchFailures++;
      try {
        if (await dispatchFailed(deps, ctx, j, err)) stats.requeued++;
      } catch (e) {
        fail(`dispatch ${j.id}`, e);
      }
      return;
    }
    try {
      const now = deps.now();
      const ok = await db.transaction(async (tx) => {
        const x = await repo.lockJob(tx, j.id);
        if (!x || x.state !== 'admitted') return false;
        await transition(tx, ctx, x, { state: 'dispatched', externalId, dispatchedAt: now }, said('dispatched', `dispatched to ${cluster.code} as ${externalId}`, { cluster: cluster.code, externalId }), now, { externalId });
        return true;
      });
      if (ok) stats.dispatched++;
    } catch (err) {
      fail(`dispatch ${j.id}`, err);
    }
  });
}

/** Records a failed submit; the third in a row releases the hold and queues the job again. */
async function dispatchFailed(deps: D, ctx: RequestCtx, j: repo.JobRow, err: unknown): Promise<boolean> {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const x = await repo.lockJob(tx, j.id);
    if (!x || x.state !== 'admitted') return false;
    const n = (await repo.dispatchFailures(tx, x.id)) + 1;
    const text = `dispatch failed (${n}/${MAX_DISPATCH_FAILURES}): ${msg(err)}`.slice(0, 1000);
    // The engine's words (or the adapter's) stay as they were given.
    const params = { attempt: n, max: MAX_DISPATCH_FAILURES, error: msg(err).slice(0, 1000) };
    if (n < MAX_DISPATCH_FAILURES) {
      const s = said('dispatch_failed', text, params);
      await repo.insertEvents(tx, [{ jobId: x.id, at: now, state: x.state, message: s.text, code: s.code, params: s.params }]);
      await repo.updateJob(tx, x.id, says(s));
      await record(tx, ctx, { action: 'compute.job.dispatch_failed', objectType: 'compute_job', objectId: x.id, orgId: x.orgId, after: { attempt: n, error: msg(err) } }, now);
      return false;
    }
    if (x.orderId) await releaseHold(tx, ctx, x.orderId, now);
    await transition(
      tx,
      ctx,
      x,
      { state: 'pending', reason: 'cluster_unavailable', orderId: null, maxCostFen: null, admittedAt: null, position: null, expectedStartAt: null, ...says(said('dispatch_failed_requeued', text, params)) },
      said('dispatch_failed_requeued', `${text}; hold released; queued again`, params),
      now,
    );
    return true;
  });
}

// ── the loop ─────────────────────────────────────────────────────────────────────────────────

/**
 * Runs a pass every `config.computeTickMs` (0: never) until stopped, and sooner when kicked (here:
 * whenever a job of the local executor ends in this process); errors are logged and the loop goes on.
 */
export function startComputeController(deps: D): { stop(): Promise<void> } {
  const s = stateOf(deps);
  const tick = deps.config.computeTickMs;
  if (tick <= 0) return { stop: async () => undefined };
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  s.running = true;
  const unsubscribe = onLocalJobEnd(() => kickComputePass(deps));
  const loop = async () => {
    if (stopped) return;
    try {
      const st = await runComputePass(deps);
      if (st.errors.length) deps.log.warn({ errors: st.errors }, 'compute pass had errors');
    } catch (err) {
      deps.log.error({ err }, 'compute pass failed');
    }
    if (!stopped) timer = setTimeout(() => void loop(), tick);
  };
  timer = setTimeout(() => void loop(), Math.min(tick, 500));
  return {
    async stop() {
      stopped = true;
      s.running = false;
      unsubscribe();
      if (timer) clearTimeout(timer);
      if (s.kickTimer) clearTimeout(s.kickTimer);
      s.kickTimer = null;
      await s.chain;
    },
  };
}
