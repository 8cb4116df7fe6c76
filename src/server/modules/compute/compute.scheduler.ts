// The meta-scheduler, pure: one pass over every pending job decides which to admit now, where,
// and why the others wait. No I/O, no clock, no randomness: the same input gives the same output
// (arrays included), whatever the order of the input arrays, so a simulator can replay it.
//
// Order: hierarchical weighted fair share, one tree per GPU class (allocations are made per
// class; CPU-only allocations form a class of their own): root → organizations (their shares,
// split over the classes they use in proportion to their allocations' weights) → allocations
// (weights). A node's key is its usage ÷ its share, where usage is the decayed GPU-seconds the
// input brings, plus each running job's elapsed GPU-seconds (when `startedAt` is known) and its
// GPUs × min(remaining time limit, `chargeSeconds`). The pass always takes the next job of the
// lowest leaf of the lowest organization (two heaps), and every job it admits charges its leaf
// and organization GPUs × min(time limit, `chargeSeconds`) at once, so backlogged tenants take
// turns within one pass as across passes. Within a leaf: the user's priority, then age.
//
// Admission, in two phases as Kueue does it: quota (allocation present, GPU-seconds left for the
// whole time limit, concurrent GPUs), then the checks of placement (a pool of the model or class,
// accepting, consented to the organization, running containers when the job needs them, the
// organization's funds cover the maximum cost there). Placement: the cheapest pool by maximum
// cost (tie: cluster id, pool name) that has room now; the next cheapest when it is full (only
// among pools whose cost the funds cover: a job that can afford only a full pool waits for it).
// CPU-only jobs may use any pool, but leave idle GPUs half their share of a pool's CPUs and memory.
//
// Backfill on time limits: a job that cannot start now gets a reservation at the earliest time a
// feasible pool has room for it (from running jobs' `endsBy`, jobs admitted in the pass and the
// other reservations; the earliest such pool, then the cheapest), up to `reservationsPerPool`
// per pool. A later job starts only if it fits now and, on that pool, leaves every reservation
// the room it was promised (it ends before the reservation starts, or uses what the reservation
// does not need). Free room only shrinks at reservation starts, so a reservation's `slack` (what is
// free at its start) is all a check needs.
//
// Queue ahead: on a pool whose engine keeps a queue of its own (`queueAhead`: Slurm), a GPU job
// that got a reservation, and has no room now anywhere, is admitted at once (`ahead`) and handed
// to the engine, where it waits in the reservation's place and starts the moment room frees
// rather than at the next pass. The engine's queue ahead never holds more than the pool's size
// (what is there shows as running beyond the pool's size in the next pass's input).
//
// Every job that is not admitted waits with a reason and its place among the waiting jobs
// (1 = next), in the order the pass considered them; jobs without an allocation come last.
//
// Preemption only by the explicit rule (`input.preemption`): a job that is not preemptible
// itself, has waited at least `afterWaitSeconds` and whose allocation is below its fair share may
// stop preemptible running jobs, never preempted before, of allocations above their fair share;
// each at most once. Preempted jobs come back preemptedBefore, so nothing is preempted twice.
import { classOfModel, type GpuClass, type WaitReason } from '../../../shared/compute.ts';
import { maxCostFen } from './compute.pricing.ts';
import type { SchedAdmit, SchedAllocation, SchedInput, SchedJob, SchedOutput, SchedPool, SchedRunning, SchedWait } from './compute.types.ts';

/** Default of `SchedInput.chargeSeconds`. */
export const DEFAULT_CHARGE_SECONDS = 3600;
/** Default of `SchedInput.reservationsPerPool`. */
export const DEFAULT_RESERVATIONS_PER_POOL = 4;
/**
 * CPU-only jobs may run on GPU pools, but leave each idle GPU this part of its share of the
 * pool's CPUs and memory, so that a CPU backlog never strands GPUs without CPUs.
 */
export const IDLE_GPU_KEEPS = 0.5;

type ClassKey = GpuClass | 'cpu';

const cmpStr = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The order of jobs within one allocation: higher priority, then older, then seq, then id. */
export function jobOrder(a: SchedJob, b: SchedJob): number {
  return b.priority - a.priority || a.submittedAt - b.submittedAt || a.seq - b.seq || cmpStr(a.id, b.id);
}

/**
 * `maxCostFen` without BigInt when the product is a safe integer (placement computes it often);
 * BigInt beyond that. Non-integer input (which the desk never passes) is rounded up, not thrown.
 */
export function costFen(gpus: number, cpus: number, timeLimitSeconds: number, p: { gpuHourFen: number; cpuHourFen: number }): number {
  const a = (gpus * p.gpuHourFen + cpus * p.cpuHourFen) * timeLimitSeconds;
  if (!Number.isInteger(a) || ![gpus, cpus, timeLimitSeconds, p.gpuHourFen, p.cpuHourFen].every(Number.isInteger)) return Math.ceil(a / 3600);
  if (!Number.isSafeInteger(a)) return maxCostFen({ gpus, cpus, timeLimitSeconds }, p);
  let q = Math.floor(a / 3600);
  let r = a - q * 3600;
  if (r < 0) {
    q -= 1;
    r += 3600;
  } else if (r >= 3600) {
    q += 1;
    r -= 3600;
  }
  return r > 0 ? q + 1 : q;
}

// ── a binary heap on (key, id) with each node's index, so a changed key is sifted in place ─────

interface HeapNode {
  key: number;
  id: string;
  hi: number;
}

class Heap<T extends HeapNode> {
  readonly a: T[] = [];
  get size(): number {
    return this.a.length;
  }
  top(): T {
    return this.a[0]!;
  }
  push(x: T): void {
    x.hi = this.a.length;
    this.a.push(x);
    this.up(x.hi);
  }
  pop(): void {
    const last = this.a.pop()!;
    if (this.a.length) {
      this.a[0] = last;
      last.hi = 0;
      this.down(0);
    }
  }
  /** Restores the order after the top's key grew. */
  topGrew(): void {
    this.down(0);
  }
  private less(x: T, y: T): boolean {
    return x.key < y.key || (x.key === y.key && x.id < y.id);
  }
  private up(i: number): void {
    const a = this.a;
    const x = a[i]!;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const y = a[p]!;
      if (!this.less(x, y)) break;
      a[i] = y;
      y.hi = i;
      i = p;
    }
    a[i] = x;
    x.hi = i;
  }
  private down(i: number): void {
    const a = this.a;
    const n = a.length;
    const x = a[i]!;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && this.less(a[r]!, a[l]!) ? r : l;
      const y = a[c]!;
      if (!this.less(y, x)) break;
      a[i] = y;
      y.hi = i;
      i = c;
    }
    a[i] = x;
    x.hi = i;
  }
}

// ── the state of one pass ───────────────────────────────────────────────────────────────────

interface Release {
  /** When the resources come back (ms, > now). */
  t: number;
  g: number;
  c: number;
  m: number;
  /** Preempted in this pass: its resources are free now. */
  gone: boolean;
}

interface Reservation {
  start: number;
  end: number;
  g: number;
  c: number;
  m: number;
  /** What is free at `start` once every reservation and admission is counted. */
  sg: number;
  sc: number;
  sm: number;
}

interface PoolState {
  idx: number;
  p: SchedPool;
  cls: GpuClass | null;
  containers: boolean;
  /** Free now: total − running − admitted in this pass (+ preempted). */
  fg: number;
  fc: number;
  fm: number;
  /** CPUs and memory per GPU: what a CPU-only job leaves for the pool's idle GPUs. */
  cpg: number;
  mpg: number;
  releases: Release[];
  sorted: boolean;
  running: RunState[];
  resv: Reservation[];
  /** Room left in the engine's own queue ahead of free room (0 unless the pool's engine queues). */
  qg: number;
  qc: number;
  qm: number;
}

interface RunState {
  r: SchedRunning;
  rel: Release | null;
  leaf: Leaf | null;
  victim: boolean;
}

interface Group extends HeapNode {
  orgId: string;
  cls: ClassKey;
  e: number;
  /** Capacity of the class × the organization's normalized share in it. */
  denom: number;
  leaves: Heap<Leaf>;
  /** Sum of the weights of its active leaves. */
  wAct: number;
}

interface Leaf extends HeapNode {
  a: SchedAllocation;
  cls: ClassKey;
  group: Group;
  e: number;
  /** Its weight ÷ the weights of the active leaves of its group. */
  share: number;
  jobs: SchedJob[];
  cur: number;
  /** GPU-seconds left after the jobs admitted in this pass. */
  left: number;
  /** GPUs running and admitted in this pass. */
  runG: number;
  /** Share of its class's usage ÷ its fair share (pass start); < 1 below, > 1 above. */
  ratio: number;
  active: boolean;
  /** The shape of its last job considered and that shape's candidates. */
  memo: { g: number; c: number; m: number; model: string | null; cls: string | null; container: boolean; orgId: string; base: Base; st: Static } | null;
}

interface Base {
  pools: PoolState[];
  /** Whether some of its pools admit only consented organizations. */
  consent: boolean;
  ver: number;
  maxG: number;
  maxC: number;
  maxM: number;
  /** Some pool still has a reservation to give. */
  budget: boolean;
  statics: Map<string, Map<number, Map<number, Map<number, Static>>>>;
}

interface Static {
  /** Why no pool could ever take the job (too small, not accepting, no consent), or null. */
  reason: WaitReason | null;
  pools: PoolState[];
  /** Cheapest and dearest price per hour of the job (fen) over those pools. */
  minRate: number;
  maxRate: number;
}

interface OrgState {
  shares: number;
  funds: number | null;
}

const keyOf = (e: number, denom: number): number => (denom > 0 ? e / denom : Infinity);

/**
 * Decides one pass over the whole pending set: what to admit now (and where, at what maximum
 * cost), why every other job waits and its place in line, and which running jobs to preempt.
 */
export function schedule(input: SchedInput): SchedOutput {
  const started = input.clock?.() ?? 0;
  const now = input.now;
  const tauMs = Math.max(0, (input.chargeSeconds ?? DEFAULT_CHARGE_SECONDS) * 1000);
  const maxResv = Math.max(0, input.reservationsPerPool ?? DEFAULT_RESERVATIONS_PER_POOL);

  // Pools in (clusterId, pool) order: index order is the placement tie-break.
  const poolsSorted = [...input.pools].sort((x, y) => cmpStr(x.clusterId, y.clusterId) || cmpStr(x.pool, y.pool));
  const pools: PoolState[] = [];
  const poolByKey = new Map<string, PoolState>();
  const capacity = new Map<ClassKey, number>();
  for (const p of poolsSorted) {
    const key = `${p.clusterId}/${p.pool}`;
    if (poolByKey.has(key)) continue;
    const cls = p.gpuClass ?? (p.gpuModel ? classOfModel(p.gpuModel) : null);
    const ps: PoolState = {
      idx: pools.length,
      p,
      cls,
      containers: input.containerPools?.has(key) ?? false,
      fg: p.gpusTotal,
      fc: p.cpusTotal,
      fm: p.memGbTotal,
      cpg: p.gpusTotal > 0 ? p.cpusTotal / p.gpusTotal : 0,
      mpg: p.gpusTotal > 0 ? p.memGbTotal / p.gpusTotal : 0,
      releases: [],
      sorted: true,
      running: [],
      resv: [],
      qg: 0,
      qc: 0,
      qm: 0,
    };
    pools.push(ps);
    poolByKey.set(key, ps);
    if (cls) capacity.set(cls, (capacity.get(cls) ?? 0) + p.gpusTotal);
    capacity.set('cpu', (capacity.get('cpu') ?? 0) + p.cpusTotal);
  }

  // Leaves (allocations) and groups (organization × class).
  const allocs = [...input.allocations].sort((x, y) => cmpStr(x.id, y.id));
  const leafById = new Map<string, Leaf>();
  const groups = new Map<string, Group>();
  const leaves: Leaf[] = [];
  for (const a of allocs) {
    if (leafById.has(a.id)) continue;
    const cls: ClassKey = a.gpuClass ?? 'cpu';
    const gk = `${a.orgId}\u0000${cls}`;
    let group = groups.get(gk);
    if (!group) {
      group = { key: 0, id: gk, hi: -1, orgId: a.orgId, cls, e: 0, denom: 0, leaves: new Heap<Leaf>(), wAct: 0 };
      groups.set(gk, group);
    }
    const leaf: Leaf = { key: 0, id: a.id, hi: -1, a, cls, group, e: a.usage > 0 ? a.usage : 0, share: 0, jobs: [], cur: 0, left: a.gpuSecondsLeft, runG: 0, ratio: 0, active: false, memo: null };
    leafById.set(a.id, leaf);
    leaves.push(leaf);
  }
  const orgs = new Map<string, OrgState>();
  for (const o of [...input.orgs].sort((x, y) => cmpStr(x.id, y.id))) {
    if (!orgs.has(o.id)) orgs.set(o.id, { shares: o.shares, funds: o.fundsFen });
  }

  // Running jobs: capacity, concurrency, usage.
  const runningSorted = [...input.running].sort((x, y) => cmpStr(x.id, y.id));
  const runUnitsMs = new Map<Leaf, number>();
  for (const r of runningSorted) {
    const ps = poolByKey.get(`${r.clusterId}/${r.pool}`) ?? null;
    const leaf = leafById.get(r.allocationId) ?? null;
    let rel: Release | null = null;
    if (ps) {
      ps.fg -= r.gpus;
      ps.fc -= r.cpus;
      ps.fm -= r.memGb;
      rel = { t: Math.max(r.endsBy, now + 1), g: r.gpus, c: r.cpus, m: r.memGb, gone: false };
      ps.releases.push(rel);
      ps.sorted = false;
    }
    const rs: RunState = { r, rel, leaf, victim: false };
    ps?.running.push(rs);
    if (leaf) {
      leaf.runG += r.gpus;
      leaf.active = true;
      const units = leaf.cls === 'cpu' ? r.cpus : r.gpus;
      const elapsed = r.startedAt != null ? Math.max(0, now - r.startedAt) : 0;
      const ahead = Math.min(Math.max(0, r.endsBy - now), tauMs);
      runUnitsMs.set(leaf, (runUnitsMs.get(leaf) ?? 0) + units * (elapsed + ahead));
    }
  }
  for (const [leaf, ms] of runUnitsMs) leaf.e += ms / 1000;
  // An engine with its own queue may hold up to its pool's size in jobs ahead of free room: what
  // is already there shows as running beyond the pool's size.
  for (const ps of pools) {
    if (!ps.p.queueAhead) continue;
    ps.qg = Math.max(0, ps.p.gpusTotal + Math.min(0, ps.fg));
    ps.qc = Math.max(0, ps.p.cpusTotal + Math.min(0, ps.fc));
    ps.qm = Math.max(0, ps.p.memGbTotal + Math.min(0, ps.fm));
  }

  // Pending jobs into their leaves; those without an allocation wait at the end.
  const orphans: SchedJob[] = [];
  for (const j of input.pending) {
    const leaf = leafById.get(j.allocationId);
    if (leaf) {
      leaf.jobs.push(j);
      leaf.active = true;
    } else orphans.push(j);
  }
  orphans.sort(jobOrder);

  // Shares: an organization's shares are split over the classes it is active in by its active
  // leaves' weights, then normalized among the active organizations of each class.
  const orgActiveW = new Map<string, number>();
  const leafSumW = new Map<string, number>();
  for (const leaf of leaves) {
    const w = Math.max(0, leaf.a.weight);
    leafSumW.set(leaf.a.orgId, (leafSumW.get(leaf.a.orgId) ?? 0) + w);
    if (!leaf.active) continue;
    leaf.group.wAct += w;
    orgActiveW.set(leaf.a.orgId, (orgActiveW.get(leaf.a.orgId) ?? 0) + w);
  }
  const rawShare = new Map<Group, number>();
  const classShareSum = new Map<ClassKey, number>();
  for (const group of groups.values()) {
    group.e = 0;
    if (group.wAct <= 0) continue;
    const o = orgs.get(group.orgId);
    const shares = Math.max(0, o ? o.shares : (leafSumW.get(group.orgId) ?? 0));
    const total = orgActiveW.get(group.orgId) ?? 0;
    const s = total > 0 ? (shares * group.wAct) / total : 0;
    rawShare.set(group, s);
    classShareSum.set(group.cls, (classShareSum.get(group.cls) ?? 0) + s);
  }
  const classUsage = new Map<ClassKey, number>();
  for (const leaf of leaves) {
    leaf.group.e += leaf.e;
    if (leaf.active) classUsage.set(leaf.cls, (classUsage.get(leaf.cls) ?? 0) + leaf.e);
  }
  for (const group of groups.values()) {
    const sum = classShareSum.get(group.cls) ?? 0;
    const norm = sum > 0 ? (rawShare.get(group) ?? 0) / sum : 0;
    group.denom = Math.max(1, capacity.get(group.cls) ?? 0) * norm;
    group.key = keyOf(group.e, group.denom);
  }
  for (const leaf of leaves) {
    const g = leaf.group;
    leaf.share = g.wAct > 0 && leaf.active ? Math.max(0, leaf.a.weight) / g.wAct : 0;
    leaf.key = keyOf(leaf.e, leaf.share);
    if (leaf.active) {
      const used = classUsage.get(leaf.cls) ?? 0;
      const sum = classShareSum.get(leaf.cls) ?? 0;
      const fair = sum > 0 ? ((rawShare.get(g) ?? 0) / sum) * leaf.share : 0;
      leaf.ratio = used > 0 ? (fair > 0 ? leaf.e / used / fair : Infinity) : 0;
    }
  }

  const groupHeap = new Heap<Group>();
  for (const leaf of leaves) {
    if (leaf.jobs.length === 0) continue;
    leaf.jobs.sort(jobOrder);
    leaf.group.leaves.push(leaf);
  }
  for (const group of groups.values()) if (group.leaves.size > 0) groupHeap.push(group);

  // Candidate pools per shape of job (model or class or CPU, container), in index order, with
  // upper bounds of their free resources (refreshed when `version` moved) and, per size and
  // organization, the pools that could ever take the job.
  let version = 0;
  const baseCache = new Map<string, Base>();
  const baseFor = (j: SchedJob, known?: Base): Base => {
    let base = known;
    if (!base) {
      const shape = j.gpus > 0 ? (j.gpuModel ? `m:${j.gpuModel}` : j.gpuClass ? `c:${j.gpuClass}` : 'g:*') : 'cpu';
      const k = `${shape}|${j.needsContainer ? 1 : 0}`;
      base = baseCache.get(k) ?? newBase(j, k);
    }
    if (base.ver !== version) {
      base.ver = version;
      base.maxG = base.maxC = base.maxM = -Infinity;
      base.budget = false;
      for (const ps of base.pools) {
        if (ps.fg > base.maxG) base.maxG = ps.fg;
        if (ps.fc > base.maxC) base.maxC = ps.fc;
        if (ps.fm > base.maxM) base.maxM = ps.fm;
        if (ps.resv.length < maxResv) base.budget = true;
      }
    }
    return base;
  };
  const newBase = (j: SchedJob, k: string): Base => {
    const list = pools.filter((ps) => {
      if (j.needsContainer && !ps.containers) return false;
      if (j.gpus <= 0) return true;
      if (j.gpuModel) return ps.p.gpuModel === j.gpuModel;
      if (j.gpuClass) return ps.cls === j.gpuClass;
      return ps.p.gpusTotal > 0;
    });
    const base: Base = { pools: list, consent: list.some((ps) => ps.p.consentedOrgs !== null), ver: -1, maxG: 0, maxC: 0, maxM: 0, budget: false, statics: new Map() };
    baseCache.set(k, base);
    return base;
  };
  const staticFor = (base: Base, j: SchedJob): Static => {
    const g = j.gpus;
    const c = j.cpus;
    const m = j.memGb;
    // Nested maps on (organization when consent matters, GPUs, CPUs, memory): no key to build.
    const ok = base.consent ? j.orgId : '';
    let byG = base.statics.get(ok);
    if (!byG) base.statics.set(ok, (byG = new Map()));
    let byC = byG.get(g);
    if (!byC) byG.set(g, (byC = new Map()));
    let byM = byC.get(c);
    if (!byM) byC.set(c, (byM = new Map()));
    let st = byM.get(m);
    if (!st) {
      let nSize = 0;
      let nAccepting = 0;
      const list: PoolState[] = [];
      let minRate = Infinity;
      let maxRate = -Infinity;
      for (const ps of base.pools) {
        const p = ps.p;
        if (p.gpusTotal < g || p.cpusTotal < c || p.memGbTotal < m) continue;
        nSize++;
        if (!p.accepting) continue;
        nAccepting++;
        if (p.consentedOrgs && !p.consentedOrgs.has(j.orgId)) continue;
        list.push(ps);
        const rate = g * p.gpuHourFen + c * p.cpuHourFen;
        if (rate < minRate) minRate = rate;
        if (rate > maxRate) maxRate = rate;
      }
      const reason: WaitReason | null = nSize === 0 || nAccepting === 0 ? 'cluster_unavailable' : list.length === 0 ? 'no_consent' : null;
      st = { reason, pools: list, minRate, maxRate };
      byM.set(m, st);
    }
    return st;
  };

  const admit: SchedAdmit[] = [];
  const wait: SchedWait[] = [];
  const preempt: string[] = [];
  let position = 0;
  let backfilled = 0;

  const waitFor = (j: SchedJob, reason: WaitReason, at: { t: number; ps: PoolState } | null = null): void => {
    position++;
    if (at) wait.push({ jobId: j.id, position, reason, expectedStart: at.t, clusterId: at.ps.p.clusterId, pool: at.ps.p.pool });
    else wait.push({ jobId: j.id, position, reason, expectedStart: null });
  };

  const refuse = (j: SchedJob, reason: WaitReason, at: { t: number; ps: PoolState } | null = null): false => {
    waitFor(j, reason, at);
    return false;
  };

  /** Room now on the pool (CPU-only jobs leave idle GPUs half their share of CPUs and memory). */
  const roomNow = (ps: PoolState, g: number, c: number, m: number, fg = ps.fg, fc = ps.fc, fm = ps.fm): boolean => {
    if (fg < g || fc < c || fm < m) return false;
    if (g <= 0 && ps.p.gpusTotal > 0 && fg > 0) return fc - c >= fg * ps.cpg * IDLE_GPU_KEEPS && fm - m >= fg * ps.mpg * IDLE_GPU_KEEPS;
    return true;
  };
  /** No reservation starting before `end` loses room it was promised. */
  const keepsReservations = (ps: PoolState, end: number, g: number, c: number, m: number): boolean => {
    for (const r of ps.resv) if (r.start < end && (r.sg < g || r.sc < c || r.sm < m)) return false;
    return true;
  };

  /** The earliest time the pool has room for the job for its whole time limit, given everything decided so far. */
  const earliest = (ps: PoolState, g: number, c: number, m: number, lenMs: number, notAfter: number): { t: number; ag: number; ac: number; am: number } | null => {
    if (g > ps.p.gpusTotal || c > ps.p.cpusTotal || m > ps.p.memGbTotal) return null;
    if (!ps.sorted) {
      ps.releases.sort((x, y) => x.t - y.t);
      ps.sorted = true;
    }
    const rel = ps.releases;
    const ev: { t: number; g: number; c: number; m: number }[] = [];
    for (const r of ps.resv) ev.push({ t: r.start, g: -r.g, c: -r.c, m: -r.m }, { t: r.end, g: r.g, c: r.c, m: r.m });
    ev.sort((x, y) => x.t - y.t);
    let ag = ps.fg;
    let ac = ps.fc;
    let am = ps.fm;
    let i = 0;
    let k = 0;
    while (i < rel.length || k < ev.length) {
      const t = Math.min(i < rel.length ? rel[i]!.t : Infinity, k < ev.length ? ev[k]!.t : Infinity);
      if (t > notAfter) return null;
      for (; i < rel.length && rel[i]!.t === t; i++) {
        const x = rel[i]!;
        if (x.gone) continue;
        ag += x.g;
        ac += x.c;
        am += x.m;
      }
      for (; k < ev.length && ev[k]!.t === t; k++) {
        ag += ev[k]!.g;
        ac += ev[k]!.c;
        am += ev[k]!.m;
      }
      if (ag < g || ac < c || am < m) continue;
      let ok = true;
      for (const r of ps.resv) {
        if (r.start > t && r.start < t + lenMs && (r.sg < g || r.sc < c || r.sm < m)) {
          ok = false;
          break;
        }
      }
      if (ok) return { t, ag, ac, am };
    }
    return null;
  };

  const reserve = (ps: PoolState, at: { t: number; ag: number; ac: number; am: number }, g: number, c: number, m: number, lenMs: number): void => {
    version++;
    const end = at.t + lenMs;
    for (const r of ps.resv) {
      if (r.start >= at.t && r.start < end) {
        r.sg -= g;
        r.sc -= c;
        r.sm -= m;
      }
    }
    ps.resv.push({ start: at.t, end, g, c, m, sg: at.ag - g, sc: at.ac - c, sm: at.am - m });
    ps.resv.sort((x, y) => x.start - y.start || x.end - y.end);
  };

  /** Adds a release in time order (the list stays sorted once it has been). */
  const insertRelease = (ps: PoolState, x: Release): void => {
    const rel = ps.releases;
    if (!ps.sorted) {
      rel.push(x);
      return;
    }
    let lo = 0;
    let hi = rel.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rel[mid]!.t <= x.t) lo = mid + 1;
      else hi = mid;
    }
    rel.splice(lo, 0, x);
  };

  const occupy = (ps: PoolState, g: number, c: number, m: number, end: number): void => {
    version++;
    ps.fg -= g;
    ps.fc -= c;
    ps.fm -= m;
    for (const r of ps.resv) {
      if (r.start < end) {
        r.sg -= g;
        r.sc -= c;
        r.sm -= m;
      }
    }
    insertRelease(ps, { t: end, g, c, m, gone: false });
  };

  /** Preemption: the running jobs to stop on `ps` so that the job fits there now, or null. */
  const victimsOn = (ps: PoolState, g: number, c: number, m: number, end: number): RunState[] | null => {
    const cands = ps.running.filter((x) => !x.victim && x.r.preemptible && !x.r.preemptedBefore && x.leaf !== null && x.leaf.ratio > 1);
    if (!cands.length) return null;
    cands.sort((x, y) => y.leaf!.ratio - x.leaf!.ratio || y.r.endsBy - x.r.endsBy || cmpStr(x.r.id, y.r.id));
    let fg = ps.fg;
    let fc = ps.fc;
    let fm = ps.fm;
    const add = ps.resv.map(() => ({ g: 0, c: 0, m: 0 }));
    const chosen: RunState[] = [];
    for (const v of cands) {
      chosen.push(v);
      fg += v.r.gpus;
      fc += v.r.cpus;
      fm += v.r.memGb;
      ps.resv.forEach((r, i) => {
        if (v.rel && r.start < v.rel.t) {
          add[i]!.g += v.r.gpus;
          add[i]!.c += v.r.cpus;
          add[i]!.m += v.r.memGb;
        }
      });
      if (!roomNow(ps, g, c, m, fg, fc, fm)) continue;
      const ok = ps.resv.every((r, i) => r.start >= end || (r.sg + add[i]!.g >= g && r.sc + add[i]!.c >= c && r.sm + add[i]!.m >= m));
      if (ok) return chosen;
    }
    return null;
  };

  const stopVictims = (ps: PoolState, victims: RunState[]): void => {
    version++;
    for (const v of victims) {
      v.victim = true;
      preempt.push(v.r.id);
      ps.fg += v.r.gpus;
      ps.fc += v.r.cpus;
      ps.fm += v.r.memGb;
      for (const r of ps.resv) {
        if (v.rel && r.start < v.rel.t) {
          r.sg += v.r.gpus;
          r.sc += v.r.cpus;
          r.sm += v.r.memGb;
        }
      }
      if (v.rel) v.rel.gone = true;
      if (v.leaf) v.leaf.runG -= v.r.gpus;
    }
  };

  /** Decides one job; true when it is admitted. */
  const decide = (j: SchedJob, leaf: Leaf): boolean => {
    const g = j.gpus;
    const c = j.cpus;
    const m = j.memGb;
    const lenMs = Math.max(1, j.timeLimitSeconds * 1000);
    const end = now + lenMs;

    // Phase 1: quota.
    const need = g * j.timeLimitSeconds;
    if (need > 0 && leaf.left < need) return refuse(j, 'allocation_exhausted');
    if (g > 0 && leaf.runG + g > leaf.a.maxConcurrentGpus) return refuse(j, 'concurrency_limit');

    // Phase 2: admission checks and placement.
    const org = orgs.get(j.orgId);
    const funds = org ? org.funds : null;
    // Jobs of one allocation often share a shape: remember the last one's candidates.
    const memo = leaf.memo;
    let base: Base;
    let st: Static;
    if (memo && memo.g === g && memo.c === c && memo.m === m && memo.model === j.gpuModel && memo.cls === j.gpuClass && memo.container === j.needsContainer && memo.orgId === j.orgId) {
      base = baseFor(j, memo.base);
      st = memo.st;
    } else {
      base = baseFor(j);
      st = staticFor(base, j);
      leaf.memo = { g, c, m, model: j.gpuModel, cls: j.gpuClass, container: j.needsContainer, orgId: j.orgId, base, st };
    }
    if (st.reason) return refuse(j, st.reason);
    let cands = st.pools;
    if (funds !== null && costFen(1, 0, j.timeLimitSeconds, { gpuHourFen: st.maxRate, cpuHourFen: 0 }) > funds) {
      if (costFen(1, 0, j.timeLimitSeconds, { gpuHourFen: st.minRate, cpuHourFen: 0 }) > funds) return refuse(j, 'insufficient_funds');
      cands = cands.filter((ps) => costFen(g, c, j.timeLimitSeconds, ps.p) <= funds);
      if (!cands.length) return refuse(j, 'insufficient_funds');
    }
    let rawFit = false;
    let best: PoolState | null = null;
    let bestCost = Infinity;
    if (g <= base.maxG && c <= base.maxC && m <= base.maxM) {
      for (const ps of cands) {
        if (!roomNow(ps, g, c, m)) continue;
        rawFit = true;
        if (!keepsReservations(ps, end, g, c, m)) continue;
        const cost = costFen(g, c, j.timeLimitSeconds, ps.p);
        if (cost < bestCost) {
          best = ps;
          bestCost = cost;
        }
      }
    }

    if (!best && input.preemption && !j.preemptible && leaf.ratio < 1 && now - j.submittedAt >= input.preemption.afterWaitSeconds * 1000) {
      const byCost = cands
        .map((ps) => ({ ps, cost: costFen(g, c, j.timeLimitSeconds, ps.p) }))
        .sort((x, y) => x.cost - y.cost || x.ps.idx - y.ps.idx);
      for (const { ps, cost } of byCost) {
        const victims = victimsOn(ps, g, c, m, end);
        if (!victims) continue;
        stopVictims(ps, victims);
        best = ps;
        bestCost = cost;
        break;
      }
    }

    if (best) {
      if (best.resv.length > 0) backfilled++;
      occupy(best, g, c, m, end);
      leaf.left -= need;
      leaf.runG += g;
      if (org && org.funds !== null) org.funds -= bestCost;
      admit.push({ jobId: j.id, clusterId: best.p.clusterId, pool: best.p.pool, maxCostFen: bestCost });
      return true;
    }

    // Backfill: a reservation at the earliest start on a pool with reservations to spare.
    let at: { t: number; ag: number; ac: number; am: number; ps: PoolState; cost: number } | null = null;
    if (base.budget) {
      for (const ps of cands) {
        if (ps.resv.length >= maxResv) continue;
        const e = earliest(ps, g, c, m, lenMs, at ? at.t : Infinity);
        if (!e) continue;
        const cost = costFen(g, c, j.timeLimitSeconds, ps.p);
        if (!at || e.t < at.t || (e.t === at.t && cost < at.cost)) at = { ...e, ps, cost };
      }
    }
    if (at) reserve(at.ps, at, g, c, m, lenMs);
    // Queue ahead: where the engine queues for itself, the job is handed to it now and waits
    // there in its reservation's place, so it starts the moment room frees instead of at the next
    // pass. It keeps the reservation (later jobs still backfill around it) and pays its quota now.
    // Never when some pool has room now but a reservation holds it back: the engine, which does
    // not know the reservation, would start it at once.
    if (at && !rawFit && g > 0 && at.ps.p.queueAhead && at.ps.qg >= g && at.ps.qc >= c && at.ps.qm >= m) {
      const ps = at.ps;
      ps.qg -= g;
      ps.qc -= c;
      ps.qm -= m;
      leaf.left -= need;
      leaf.runG += g;
      if (org && org.funds !== null) org.funds -= at.cost;
      admit.push({ jobId: j.id, clusterId: ps.p.clusterId, pool: ps.p.pool, maxCostFen: at.cost, ahead: { expectedStart: at.t } });
      return true;
    }
    if (rawFit) return refuse(j, 'reserved', at);
    if (at) return refuse(j, 'resources', at);
    return refuse(j, 'priority');
  };

  while (groupHeap.size > 0) {
    const group = groupHeap.top();
    const leaf = group.leaves.top();
    const j = leaf.jobs[leaf.cur++]!;
    const admitted = decide(j, leaf);
    if (admitted) {
      const units = leaf.cls === 'cpu' ? j.cpus : j.gpus;
      const charge = (units * Math.min(Math.max(1, j.timeLimitSeconds * 1000), tauMs)) / 1000;
      leaf.e += charge;
      leaf.key = keyOf(leaf.e, leaf.share);
      group.e += charge;
      group.key = keyOf(group.e, group.denom);
    }
    if (leaf.cur >= leaf.jobs.length) group.leaves.pop();
    else if (admitted) group.leaves.topGrew();
    if (group.leaves.size === 0) groupHeap.pop();
    else if (admitted) groupHeap.topGrew();
  }
  for (const j of orphans) waitFor(j, 'no_allocation');

  return {
    admit,
    wait,
    preempt,
    stats: {
      considered: input.pending.length,
      admitted: admit.length,
      backfilled,
      preempted: preempt.length,
      ms: input.clock ? input.clock() - started : 0,
    },
  };
}
