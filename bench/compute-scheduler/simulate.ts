// Discrete-event simulator that replays the pure scheduler on a generated workload: a backlog of
// pending jobs (each allocation's part in proportion to its fair share), kept full in a closed
// loop (an allocation submits a new job whenever one of its jobs starts or is cancelled while
// queued, so every tenant stays backlogged and every pass decides the whole backlog), and a
// scheduler pass at events (submissions, ends, cancellations), at most one every
// `passEverySeconds` (Slurm's sched_interval). Admitted
// jobs start at once and run their sampled run time (≤ their time limit); fair-share usage is
// metered at each job's end and decays with a half-life of 7 days; running jobs bring their start.
//
// It measures the scheduler's cost per pass (CPU and wall time), the GPUs allocated while jobs
// wait (time-weighted), each backlogged tenant's GPU-time against its fair share (Jain's index),
// and queue delays.
import { performance } from 'node:perf_hooks';
import { decayed, HALF_LIFE_SECONDS } from '../../src/server/modules/compute/compute.pricing.ts';
import { schedule } from '../../src/server/modules/compute/compute.scheduler.ts';
import type { SchedAllocation, SchedInput, SchedJob, SchedRunning } from '../../src/server/modules/compute/compute.types.ts';
import { weightedPicker } from '../../src/server/seed/seed.random.ts';
import { generateWorkload, type TraceJob, type WorkloadSize } from './workload.ts';

export interface SimOptions extends WorkloadSize {
  /** Simulated hours. */
  hours: number;
  /** Minimum simulated seconds between two passes. */
  passEverySeconds?: number;
  /** Fairness is measured from this fraction of the horizon on (the start fills empty clusters). */
  warmupFraction?: number;
  /** Called with each backlogged tenant's figures at the end (diagnostics). */
  onTenant?: (t: { orgId: string; received: number; fair: number }) => void;
  /** Called after each pass (progress). */
  onPass?: (p: { n: number; hours: number; pending: number; running: number; ms: number }) => void;
}

export interface SimResult {
  pending: number;
  clusters: number;
  pools: number;
  tenants: number;
  allocations: number;
  gpus: number;
  hours: number;
  passes: number;
  /** Passes over a backlog of at least 90% of `pending` (the ones the speed figures use). */
  full_passes: number;
  decisions_per_s: number;
  replan_s: number;
  replan_p99_s: number;
  first_pass_s: number;
  gpu_allocated_pct: number;
  jain: number;
  jain_allocations: number;
  backlogged_tenants: number;
  queue_delay_p50_s: number;
  queue_delay_p99_s: number;
  started: number;
  admitted_per_pass: number;
  backfilled_pct: number;
  /** Later parts (e.g. the Slurm comparison) add their keys here. */
  [extra: string]: number | string | boolean;
}

interface SimJob extends SchedJob {
  trace: TraceJob;
  live: boolean;
}

interface Run {
  job: SimJob;
  sched: SchedRunning;
  start: number;
  end: number;
}

/** A min-heap of events by time (then insertion order). */
class Events {
  private t: number[] = [];
  private v: (() => void)[] = [];
  private seq = 0;
  private ord: number[] = [];
  get size(): number {
    return this.t.length;
  }
  peek(): number {
    return this.t[0] ?? Infinity;
  }
  push(t: number, fn: () => void): void {
    let i = this.t.length;
    this.t.push(t);
    this.v.push(fn);
    this.ord.push(this.seq++);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.less(p, i)) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): () => void {
    const fn = this.v[0]!;
    const last = this.t.length - 1;
    this.swap(0, last);
    this.t.pop();
    this.v.pop();
    this.ord.pop();
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.t.length) break;
      const r = l + 1;
      const c = r < this.t.length && this.less(r, l) ? r : l;
      if (this.less(i, c)) break;
      this.swap(i, c);
      i = c;
    }
    return fn;
  }
  private less(a: number, b: number): boolean {
    return this.t[a]! < this.t[b]! || (this.t[a] === this.t[b] && this.ord[a]! < this.ord[b]!);
  }
  private swap(a: number, b: number): void {
    [this.t[a], this.t[b]] = [this.t[b]!, this.t[a]!];
    [this.v[a], this.v[b]] = [this.v[b]!, this.v[a]!];
    [this.ord[a], this.ord[b]] = [this.ord[b]!, this.ord[a]!];
  }
}

const median = (xs: number[]): number => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i]!;
}
/** Jain's fairness index of non-negative values: 1 when all are equal. */
export function jainIndex(xs: number[]): number {
  if (!xs.length) return 1;
  let s = 0;
  let s2 = 0;
  for (const x of xs) {
    s += x;
    s2 += x * x;
  }
  return s2 > 0 ? (s * s) / (xs.length * s2) : 1;
}

/** Runs the simulation and returns its figures. */
export async function simulate(opts: SimOptions): Promise<SimResult> {
  const w = generateWorkload(opts);
  const passEvery = (opts.passEverySeconds ?? 60) * 1000;
  const T0 = Date.UTC(2026, 0, 5, 0, 0, 0);
  const horizon = T0 + opts.hours * 3_600_000;
  const windowFrom = T0 + (opts.warmupFraction ?? 0.25) * opts.hours * 3_600_000;

  // Each allocation's part of the backlog: as many jobs as make its fair share of its class's
  // GPU-time (so every part lasts about as long).
  const allocIds = w.allocations.map((a) => a.id);
  const backlogWeights = allocIds.map((id) => {
    const li = w.leafInfo.get(id)!;
    return (w.capacity[li.cls] * li.share) / li.meanGpuSeconds;
  });
  const pickLeaf = weightedPicker(backlogWeights, w.random);

  const events = new Events();
  let pendingList: SimJob[] = [];
  let pendingLive = 0;
  const pendingByLeaf = new Map<string, number>(allocIds.map((id) => [id, 0]));
  const running = new Map<string, Run>();
  let seq = 0;

  const pendingById = new Map<string, SimJob>();
  const leave = (j: SimJob): void => {
    pendingById.delete(j.id);
    j.live = false;
    pendingLive--;
    pendingByLeaf.set(j.allocationId, pendingByLeaf.get(j.allocationId)! - 1);
  };
  const submit = (trace: TraceJob, at: number): void => {
    const j: SimJob = {
      id: trace.id,
      allocationId: trace.allocationId,
      orgId: trace.orgId,
      gpus: trace.gpus,
      gpuModel: trace.gpuModel,
      gpuClass: trace.gpuClass,
      cpus: trace.cpus,
      memGb: trace.memGb,
      timeLimitSeconds: trace.timeLimitSeconds,
      priority: trace.priority,
      submittedAt: at,
      seq: seq++,
      needsContainer: trace.needsContainer,
      preemptible: false,
      preemptedBefore: false,
      trace,
      live: true,
    };
    pendingList.push(j);
    pendingById.set(j.id, j);
    pendingLive++;
    pendingByLeaf.set(j.allocationId, pendingByLeaf.get(j.allocationId)! + 1);
    if (trace.cancelAfterSeconds !== null) {
      const cancelAt = at + trace.cancelAfterSeconds * 1000;
      events.push(cancelAt, () => {
        if (!j.live) return;
        leave(j);
        submit(w.makeJob(j.allocationId), cancelAt);
      });
    }
  };

  // The backlog: submitted over the day before the start, in order.
  const backlog: { trace: TraceJob; at: number }[] = [];
  while (backlog.length < opts.jobs) {
    const trace = w.makeJob(allocIds[pickLeaf()]!);
    const at = T0 - 86_400_000 + Math.floor((backlog.length / opts.jobs) * 86_400_000);
    if (trace.cancelAfterSeconds !== null && at + trace.cancelAfterSeconds * 1000 <= T0) continue;
    backlog.push({ trace, at });
  }
  for (const b of backlog) submit(b.trace, b.at);

  // Metered usage per allocation (decayed), GPUs allocated, fairness and delays.
  const usage = new Map<string, { u: number; at: number }>();
  let allocated = 0;
  let lastT = T0;
  let allocArea = 0;
  let waitArea = 0;
  const received = new Map<string, number>();
  const backlogged = new Map<string, boolean>(allocIds.map((id) => [id, true]));
  const delays: number[] = [];
  const advance = (t: number): void => {
    if (t <= lastT) return;
    if (pendingLive > 0) {
      allocArea += allocated * (t - lastT);
      waitArea += w.totalGpus * (t - lastT);
    }
    lastT = t;
  };
  const credit = (run: Run, upTo: number): void => {
    const from = Math.max(run.start, windowFrom);
    const to = Math.min(upTo, horizon);
    if (to > from) received.set(run.job.allocationId, (received.get(run.job.allocationId) ?? 0) + (run.job.gpus * (to - from)) / 1000);
  };
  const end = (run: Run, at: number): void => {
    advance(at);
    running.delete(run.job.id);
    allocated -= run.job.gpus;
    credit(run, at);
    const prev = usage.get(run.job.allocationId);
    const add = (run.job.gpus * (at - run.start)) / 1000;
    usage.set(run.job.allocationId, { u: (prev ? decayed(prev.u, prev.at, at, HALF_LIFE_SECONDS) : 0) + add, at });
  };

  const cpuMs: number[] = [];
  const rates: number[] = [];
  const wallMs: number[] = [];
  let firstPass = 0;
  let passes = 0;
  let started = 0;
  let admittedSum = 0;
  let backfilledSum = 0;
  let t = T0;
  const containerPools = w.containerPools;

  while (t <= horizon) {
    // Events up to this pass.
    while (events.size && events.peek() <= t) {
      const et = events.peek();
      advance(et);
      events.pop()();
    }
    advance(t);
    // Compact the pending list now and then.
    if (pendingList.length > pendingLive * 1.25 + 1000) pendingList = pendingList.filter((j) => j.live);
    const pending = pendingList.length === pendingLive ? pendingList : pendingList.filter((j) => j.live);
    if (pending !== pendingList) pendingList = pending;
    const allocations: SchedAllocation[] = w.allocations.map((a) => {
      const u = usage.get(a.id);
      return { ...a, usage: u ? decayed(u.u, u.at, t, HALF_LIFE_SECONDS) : 0 };
    });
    const input: SchedInput = {
      now: t,
      pools: w.pools,
      orgs: w.orgs,
      allocations,
      pending,
      running: [...running.values()].map((r) => r.sched),
      containerPools,
      halfLifeSeconds: HALF_LIFE_SECONDS,
    };
    if (t >= windowFrom) {
      for (const id of allocIds) if (pendingByLeaf.get(id)! === 0) backlogged.set(id, false);
    }
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    const out = schedule(input);
    const wall = performance.now() - w0;
    const cu = process.cpuUsage(c0);
    const cpu = (cu.user + cu.system) / 1000;
    if (passes === 0) firstPass = wall;
    if (pending.length >= opts.jobs * 0.9) {
      cpuMs.push(cpu);
      wallMs.push(wall);
      rates.push(cpu > 0 ? (pending.length / cpu) * 1000 : Infinity);
    }
    passes++;
    admittedSum += out.stats.admitted;
    backfilledSum += out.stats.backfilled;
    const admitted = out.admit.map((a) => pendingById.get(a.jobId)!);
    for (const [i, a] of out.admit.entries()) {
      const j = admitted[i]!;
      leave(j);
      const run: Run = {
        job: j,
        start: t,
        end: t + j.trace.runSeconds * 1000,
        sched: { id: j.id, allocationId: j.allocationId, orgId: j.orgId, clusterId: a.clusterId, pool: a.pool, gpus: j.gpus, cpus: j.cpus, memGb: j.memGb, endsBy: t + j.timeLimitSeconds * 1000, preemptible: false, preemptedBefore: false, startedAt: t },
      };
      running.set(j.id, run);
      allocated += j.gpus;
      started++;
      delays.push((t - j.submittedAt) / 1000);
      events.push(run.end, () => end(run, run.end));
    }
    // Closed loop: each allocation submits a new job for each that left its queue, so the backlog
    // (and every tenant's part of it) stays full.
    for (const j of admitted) submit(w.makeJob(j.allocationId), t);
    opts.onPass?.({ n: passes, hours: (t - T0) / 3_600_000, pending: pendingLive, running: running.size, ms: wall });
    // The next pass: at the first event at least `passEvery` after this one.
    const next = Math.max(t + passEvery, events.peek());
    if (!Number.isFinite(next)) break;
    t = next;
  }
  advance(horizon);
  for (const run of running.values()) credit(run, horizon);

  // Fairness: each backlogged organization's GPU-time in each class against its share of what the
  // backlogged allocations of that class received (weights through the tree).
  const orgShares = new Map(w.orgs.map((o) => [o.id, o.shares]));
  const orgW = new Map<string, number>();
  for (const a of w.allocations) orgW.set(a.orgId, (orgW.get(a.orgId) ?? 0) + a.weight);
  const groupRecv = new Map<string, number>();
  const groupShare = new Map<string, number>();
  const groupLeaves = new Map<string, { id: string; weight: number }[]>();
  for (const a of w.allocations) {
    if (!backlogged.get(a.id)) continue;
    const g = `${a.orgId}|${a.gpuClass}`;
    groupRecv.set(g, (groupRecv.get(g) ?? 0) + (received.get(a.id) ?? 0));
    groupShare.set(g, (groupShare.get(g) ?? 0) + (orgShares.get(a.orgId)! * a.weight) / orgW.get(a.orgId)!);
    const list = groupLeaves.get(g) ?? [];
    list.push({ id: a.id, weight: a.weight });
    groupLeaves.set(g, list);
  }
  const classRecv = new Map<string, number>();
  const classShare = new Map<string, number>();
  for (const [g, r] of groupRecv) {
    const cls = g.split('|')[1]!;
    classRecv.set(cls, (classRecv.get(cls) ?? 0) + r);
    classShare.set(cls, (classShare.get(cls) ?? 0) + groupShare.get(g)!);
  }
  const orgRecv = new Map<string, number>();
  const orgFair = new Map<string, number>();
  const leafX: number[] = [];
  for (const [g, r] of groupRecv) {
    const [orgId, cls] = g.split('|') as [string, string];
    const fair = (classRecv.get(cls)! * groupShare.get(g)!) / classShare.get(cls)!;
    orgRecv.set(orgId, (orgRecv.get(orgId) ?? 0) + r);
    orgFair.set(orgId, (orgFair.get(orgId) ?? 0) + fair);
    const leavesOf = groupLeaves.get(g)!;
    const wSum = leavesOf.reduce((s, l) => s + l.weight, 0);
    for (const l of leavesOf) if (fair > 0) leafX.push((received.get(l.id) ?? 0) / ((fair * l.weight) / wSum));
  }
  const orgX: number[] = [];
  for (const [orgId, fair] of orgFair) {
    if (fair <= 0) continue;
    orgX.push(orgRecv.get(orgId)! / fair);
    opts.onTenant?.({ orgId, received: orgRecv.get(orgId)!, fair });
  }

  const round = (x: number, d = 3): number => Math.round(x * 10 ** d) / 10 ** d;
  return {
    pending: opts.jobs,
    clusters: opts.clusters,
    pools: w.pools.length,
    tenants: opts.tenants,
    allocations: w.allocations.length,
    gpus: w.totalGpus,
    hours: opts.hours,
    passes,
    full_passes: cpuMs.length,
    decisions_per_s: Math.round(median(rates)),
    replan_s: round(median(wallMs) / 1000, 4),
    replan_p99_s: round(quantile(wallMs, 0.99) / 1000, 4),
    first_pass_s: round(firstPass / 1000, 4),
    gpu_allocated_pct: round(waitArea > 0 ? (100 * allocArea) / waitArea : 0, 2),
    jain: round(jainIndex(orgX), 4),
    jain_allocations: round(jainIndex(leafX), 4),
    backlogged_tenants: orgX.length,
    queue_delay_p50_s: Math.round(median(delays)),
    queue_delay_p99_s: Math.round(quantile(delays, 0.99)),
    started,
    admitted_per_pass: round(admittedSum / Math.max(1, passes), 1),
    backfilled_pct: round(admittedSum > 0 ? (100 * backfilledSum) / admittedSum : 0, 1),
  };
}
