// The pure meta-scheduler: properties over random inputs (no allocation or pool overcommitted,
// placements that fit, funds never overdrawn, determinism whatever the order of the input,
// reservations never delayed by backfill, preemption only by the rule and never twice), a
// simulation in which backlogged tenants converge to their weight shares, and readable cases of
// each reason and placement rule.
//
// Replay a failure: SCHED_SEED=<printed seed>; SCHED_RUNS changes the number of random inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { GpuClass, GpuModel } from '../../../shared/compute.ts';
import { createRandom } from '../../seed/seed.random.ts';
import { maxCostFen } from './compute.pricing.ts';
import { costFen, schedule } from './compute.scheduler.ts';
import type { SchedAllocation, SchedInput, SchedJob, SchedOrg, SchedOutput, SchedPool, SchedRunning } from './compute.types.ts';

const SEED = Number(process.env.SCHED_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.SCHED_RUNS ?? 300);
const params = { seed: SEED, numRuns: RUNS };
const NOW = Date.UTC(2026, 5, 1, 8, 0, 0);
const H = 3_600_000;

// ── builders for readable cases ──────────────────────────────────────────────────────────────

function pool(o: Partial<SchedPool> & { clusterId: string }): SchedPool {
  return { pool: 'h100', gpuModel: 'H100', gpuClass: 'training', gpusTotal: 8, cpusTotal: 64, memGbTotal: 512, gpuHourFen: 3000, cpuHourFen: 10, accepting: true, consentedOrgs: null, ...o };
}
function alloc(o: Partial<SchedAllocation> & { id: string; orgId: string }): SchedAllocation {
  return { projectId: `p-${o.id}`, gpuClass: 'training', weight: 1, gpuSecondsLeft: 1e12, maxConcurrentGpus: 1000, usage: 0, ...o };
}
let seqN = 0;
function job(o: Partial<SchedJob> & { id: string; allocationId: string; orgId: string }): SchedJob {
  return { gpus: 1, gpuModel: null, gpuClass: 'training', cpus: 4, memGb: 16, timeLimitSeconds: 3600, priority: 0, submittedAt: NOW - 60_000, seq: seqN++, needsContainer: false, preemptible: false, preemptedBefore: false, ...o };
}
function run(o: Partial<SchedRunning> & { id: string; allocationId: string; orgId: string; clusterId: string }): SchedRunning {
  return { pool: 'h100', gpus: 1, cpus: 4, memGb: 16, endsBy: NOW + H, preemptible: false, preemptedBefore: false, ...o };
}
function input(o: Partial<SchedInput>): SchedInput {
  return { now: NOW, pools: [], orgs: [], allocations: [], pending: [], running: [], ...o };
}
const org = (id: string, o: Partial<SchedOrg> = {}): SchedOrg => ({ id, shares: 1, fundsFen: null, ...o });
const waitOf = (out: SchedOutput, id: string) => out.wait.find((w) => w.jobId === id);
const admitOf = (out: SchedOutput, id: string) => out.admit.find((a) => a.jobId === id);

// ── random inputs ────────────────────────────────────────────────────────────────────────────

const MODELS: (GpuModel | null)[] = ['H100', 'H100', 'H100', 'A100', 'A100', 'H20', 'Ascend910B', null];
const CLASS_OF: Record<string, GpuClass> = { H100: 'training', A100: 'training', H20: 'inference', Ascend910B: 'domestic' };

const arbInput: fc.Arbitrary<SchedInput> = fc
  .record({
    // half the inputs crowd few pools with ample quotas: reservations, backfill, preemption
    contended: fc.boolean(),
    nOrgs: fc.integer({ min: 1, max: 4 }),
    pools: fc.array(
      fc.record({
        cluster: fc.integer({ min: 0, max: 2 }),
        model: fc.constantFrom(...MODELS),
        gpus: fc.integer({ min: 1, max: 32 }),
        cpusPerGpu: fc.integer({ min: 2, max: 16 }),
        memPerGpu: fc.integer({ min: 8, max: 128 }),
        gpuHourFen: fc.integer({ min: 0, max: 5000 }),
        cpuHourFen: fc.integer({ min: 0, max: 50 }),
        accepting: fc.integer({ min: 0, max: 9 }).map((x) => x > 0),
        consent: fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }), weight: 1 }),
        containers: fc.integer({ min: 0, max: 3 }).map((x) => x > 0),
        queueAhead: fc.integer({ min: 0, max: 2 }).map((x) => x === 0),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    orgs: fc.array(fc.record({ shares: fc.integer({ min: 0, max: 10 }), funds: fc.option(fc.integer({ min: 0, max: 40_000 }), { freq: 2 }) }), { minLength: 4, maxLength: 4 }),
    allocs: fc.array(
      fc.record({
        org: fc.integer({ min: 0, max: 3 }),
        cls: fc.constantFrom<GpuClass | null>('training', 'training', 'training', 'training', 'inference', 'domestic', null),
        weight: fc.integer({ min: 0, max: 10 }),
        left: fc.oneof(fc.constant(1e9), fc.integer({ min: 0, max: 400_000 })),
        maxGpus: fc.oneof(fc.constant(1000), fc.integer({ min: 0, max: 24 })),
        // decayed usage is fractional: sums must not depend on the order of the input
        usage: fc.double({ min: 0, max: 200_000, noNaN: true }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    running: fc.array(
      fc.record({
        alloc: fc.integer({ min: 0, max: 5 }),
        pool: fc.integer({ min: 0, max: 5 }),
        gpus: fc.constantFrom(0, 1, 2, 4, 8),
        cpus: fc.integer({ min: 1, max: 16 }),
        mem: fc.integer({ min: 1, max: 64 }),
        endsInMin: fc.integer({ min: -5, max: 600 }),
        preemptible: fc.boolean(),
        preemptedBefore: fc.integer({ min: 0, max: 4 }).map((x) => x === 0),
        startedMinAgo: fc.option(fc.integer({ min: 0, max: 600 })),
      }),
      { maxLength: 24 },
    ),
    pending: fc.array(
      fc.record({
        // mostly an allocation of the input (by index), sometimes one that does not exist
        alloc: fc.integer({ min: 0, max: 99 }),
        gpus: fc.constantFrom(0, 1, 1, 1, 2, 2, 4, 8, 16),
        byModel: fc.boolean(),
        model: fc.constantFrom<GpuModel>('H100', 'A100', 'H20', 'Ascend910B'),
        cpusPerGpu: fc.integer({ min: 1, max: 8 }),
        memPerGpu: fc.integer({ min: 1, max: 64 }),
        limitMin: fc.integer({ min: 1, max: 12 * 60 }),
        priority: fc.integer({ min: 0, max: 3 }),
        ageMin: fc.integer({ min: 0, max: 600 }),
        container: fc.integer({ min: 0, max: 4 }).map((x) => x === 0),
        preemptible: fc.boolean(),
        preemptedBefore: fc.boolean(),
      }),
      { maxLength: 40 },
    ),
    preemption: fc.option(fc.integer({ min: 0, max: 600 }), { freq: 2 }),
    reservationsPerPool: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: 3 }), weight: 1 }),
  })
  .map((r) => {
    const orgIds = r.orgs.slice(0, r.nOrgs).map((_, i) => `org${i}`);
    if (r.contended) {
      r.pools = r.pools.slice(0, 2).map((p) => ({ ...p, model: p.model ?? 'H100', gpus: Math.min(p.gpus, 12), accepting: true, consent: null, containers: true }));
      r.allocs = r.allocs.map((a) => ({ ...a, cls: 'training', left: 1e9, maxGpus: 1000 }));
      r.orgs = r.orgs.map((o, i) => ({ ...o, funds: i === 0 ? o.funds : null }));
      r.pending = r.pending.map((p) => ({ ...p, gpus: p.gpus === 16 ? 8 : p.gpus, byModel: false, cpusPerGpu: 1, memPerGpu: 4 }));
      if (r.preemption !== null) r.preemption = r.preemption % 30;
    }
    const pools: SchedPool[] = [];
    const containerPools = new Set<string>();
    r.pools.forEach((p, i) => {
      const sp: SchedPool = {
        clusterId: `c${p.cluster}`,
        pool: `p${i}`,
        gpuModel: p.model,
        gpuClass: p.model ? CLASS_OF[p.model]! : null,
        gpusTotal: p.model ? p.gpus : 0,
        cpusTotal: p.gpus * p.cpusPerGpu,
        memGbTotal: p.gpus * p.memPerGpu,
        gpuHourFen: p.gpuHourFen,
        cpuHourFen: p.cpuHourFen,
        accepting: p.accepting,
        consentedOrgs: p.consent ? new Set(p.consent.map((k) => `org${k}`)) : null,
        ...(p.queueAhead ? { queueAhead: true } : {}),
      };
      pools.push(sp);
      if (p.containers) containerPools.add(`${sp.clusterId}/${sp.pool}`);
    });
    const orgs: SchedOrg[] = orgIds.map((id, i) => ({ id, shares: r.orgs[i]!.shares, fundsFen: r.orgs[i]!.funds }));
    const allocations: SchedAllocation[] = r.allocs.map((a, i) => ({
      id: `a${i}`,
      orgId: orgIds[a.org % orgIds.length]!,
      projectId: `p${i}`,
      gpuClass: a.cls,
      weight: a.weight,
      gpuSecondsLeft: a.left,
      maxConcurrentGpus: a.maxGpus,
      usage: a.usage,
    }));
    // Running jobs only where they fit (the clusters' own state is never overcommitted).
    const free = pools.map((p) => ({ g: p.gpusTotal, c: p.cpusTotal, m: p.memGbTotal }));
    const running: SchedRunning[] = [];
    r.running.forEach((x, i) => {
      const pi = x.pool % pools.length;
      const f = free[pi]!;
      const a = allocations[x.alloc % allocations.length]!;
      const gpus = pools[pi]!.gpusTotal > 0 ? x.gpus : 0;
      if (f.g < gpus || f.c < x.cpus || f.m < x.mem) return;
      f.g -= gpus;
      f.c -= x.cpus;
      f.m -= x.mem;
      running.push({
        id: `r${i}`,
        allocationId: a.id,
        orgId: a.orgId,
        clusterId: pools[pi]!.clusterId,
        pool: pools[pi]!.pool,
        gpus,
        cpus: x.cpus,
        memGb: x.mem,
        endsBy: NOW + x.endsInMin * 60_000,
        preemptible: x.preemptible,
        preemptedBefore: x.preemptedBefore,
        startedAt: x.startedMinAgo === null ? null : NOW - x.startedMinAgo * 60_000,
      });
    });
    const pending: SchedJob[] = r.pending.map((p, i) => {
      const a = p.alloc < 95 ? allocations[p.alloc % allocations.length] : undefined;
      const cls = a?.gpuClass ?? 'training';
      const gpus = a && a.gpuClass === null ? 0 : p.gpus;
      const model = gpus > 0 && p.byModel && CLASS_OF[p.model] === cls ? p.model : null;
      return {
        id: `j${i}`,
        allocationId: a?.id ?? 'a-missing',
        orgId: a?.orgId ?? orgIds[0]!,
        gpus,
        gpuModel: model,
        gpuClass: gpus > 0 && !model ? cls : null,
        cpus: Math.max(1, gpus) * p.cpusPerGpu,
        memGb: Math.max(1, gpus) * p.memPerGpu,
        timeLimitSeconds: p.limitMin * 60,
        priority: p.priority,
        submittedAt: NOW - p.ageMin * 60_000,
        seq: i,
        needsContainer: p.container,
        preemptible: p.preemptible,
        preemptedBefore: p.preemptedBefore,
      };
    });
    return {
      now: NOW,
      pools,
      orgs,
      allocations,
      pending,
      running,
      containerPools,
      ...(r.preemption !== null ? { preemption: { afterWaitSeconds: r.preemption * 60 } } : {}),
      ...(r.reservationsPerPool !== null ? { reservationsPerPool: r.reservationsPerPool } : {}),
    } satisfies SchedInput;
  });

const key = (p: { clusterId: string; pool: string }) => `${p.clusterId}/${p.pool}`;

/** Every invariant of one pass's output against its input. */
function checkPass(inp: SchedInput, out: SchedOutput): void {
  const pools = new Map(inp.pools.map((p) => [key(p), p]));
  const jobs = new Map(inp.pending.map((j) => [j.id, j]));
  const allocs = new Map(inp.allocations.map((a) => [a.id, a]));
  const orgs = new Map(inp.orgs.map((o) => [o.id, o]));
  const preempted = new Set(out.preempt);
  const runningById = new Map(inp.running.map((r) => [r.id, r]));

  // every pending job decided exactly once; positions 1..W in order
  const seen = new Set<string>();
  for (const a of out.admit) assert.ok(!seen.has(a.jobId) && seen.add(a.jobId));
  for (const w of out.wait) assert.ok(!seen.has(w.jobId) && seen.add(w.jobId));
  assert.equal(seen.size, inp.pending.length);
  assert.deepEqual(
    out.wait.map((w) => w.position),
    out.wait.map((_, i) => i + 1),
  );
  assert.equal(out.stats.considered, inp.pending.length);
  assert.equal(out.stats.admitted, out.admit.length);
  assert.equal(out.stats.preempted, out.preempt.length);

  // preemption: only by the rule, only preemptible jobs never preempted before, each once
  assert.equal(preempted.size, out.preempt.length, 'a job preempted twice');
  if (!inp.preemption) assert.equal(out.preempt.length, 0);
  for (const id of out.preempt) {
    const r = runningById.get(id);
    assert.ok(r, `preempted ${id} is not running`);
    assert.ok(r.preemptible && !r.preemptedBefore, `preempted ${id} may not be preempted`);
  }
  if (out.preempt.length) {
    const after = inp.preemption!.afterWaitSeconds * 1000;
    assert.ok(out.admit.some((a) => !jobs.get(a.jobId)!.preemptible && inp.now - jobs.get(a.jobId)!.submittedAt >= after));
  }

  // placements fit the job; funds and allocations are never overdrawn
  const spent = new Map<string, number>();
  const gpuSeconds = new Map<string, number>();
  const concurrent = new Map<string, number>();
  for (const r of inp.running) if (!preempted.has(r.id)) concurrent.set(r.allocationId, (concurrent.get(r.allocationId) ?? 0) + r.gpus);
  for (const a of out.admit) {
    const j = jobs.get(a.jobId)!;
    const p = pools.get(key(a))!;
    assert.ok(p, 'admitted to an unknown pool');
    assert.ok(p.accepting, 'admitted to a pool that does not accept');
    if (j.gpus > 0) {
      if (j.gpuModel) assert.equal(p.gpuModel, j.gpuModel);
      else if (j.gpuClass) assert.equal(p.gpuClass, j.gpuClass);
    }
    assert.ok(!p.consentedOrgs || p.consentedOrgs.has(j.orgId), 'admitted without consent');
    assert.ok(!j.needsContainer || inp.containerPools?.has(key(a)), 'a container job on a pool without containers');
    assert.equal(a.maxCostFen, maxCostFen(j, p));
    assert.ok(allocs.has(j.allocationId), 'admitted without an allocation');
    spent.set(j.orgId, (spent.get(j.orgId) ?? 0) + a.maxCostFen);
    gpuSeconds.set(j.allocationId, (gpuSeconds.get(j.allocationId) ?? 0) + j.gpus * j.timeLimitSeconds);
    concurrent.set(j.allocationId, (concurrent.get(j.allocationId) ?? 0) + j.gpus);
    if (j.gpus > 0) assert.ok(concurrent.get(j.allocationId)! <= allocs.get(j.allocationId)!.maxConcurrentGpus, 'concurrency exceeded');
  }
  for (const [orgId, fen] of spent) {
    const f = orgs.get(orgId)?.fundsFen ?? null;
    if (f !== null) assert.ok(fen <= f, `org ${orgId} holds ${fen} fen of ${f}`);
  }
  for (const [allocId, s] of gpuSeconds) if (s > 0) assert.ok(s <= allocs.get(allocId)!.gpuSecondsLeft, 'GPU-seconds exceeded');

  // pools never overcommitted, now or at any instant of any reservation (backfill delays none)
  const spans = new Map<string, { from: number; to: number; g: number; c: number; m: number }[]>();
  const addSpan = (k: string, s: { from: number; to: number; g: number; c: number; m: number }) => spans.set(k, [...(spans.get(k) ?? []), s]);
  for (const r of inp.running) if (!preempted.has(r.id)) addSpan(key(r), { from: inp.now, to: Math.max(r.endsBy, inp.now + 1), g: r.gpus, c: r.cpus, m: r.memGb });
  // A job queued ahead on its engine takes its reservation's place; the engine's queue ahead
  // holds no more than the pool's size, and only GPU jobs that had no room anywhere now.
  const ahead = new Map<string, { g: number; c: number; m: number }>();
  for (const a of out.admit) {
    const j = jobs.get(a.jobId)!;
    const from = a.ahead ? a.ahead.expectedStart : inp.now;
    if (a.ahead) {
      const p = pools.get(key(a))!;
      assert.ok(p.queueAhead, `${a.jobId} queued ahead on a pool whose engine does not queue`);
      assert.ok(j.gpus > 0 && a.ahead.expectedStart > inp.now, `${a.jobId} queued ahead with room now or no GPUs`);
      const q = ahead.get(key(a)) ?? { g: 0, c: 0, m: 0 };
      ahead.set(key(a), { g: q.g + j.gpus, c: q.c + j.cpus, m: q.m + j.memGb });
    }
    addSpan(key(a), { from, to: from + j.timeLimitSeconds * 1000, g: j.gpus, c: j.cpus, m: j.memGb });
  }
  for (const [k, q] of ahead) {
    const p = pools.get(k)!;
    assert.ok(q.g <= p.gpusTotal && q.c <= p.cpusTotal && q.m <= p.memGbTotal, `pool ${k} queues ahead more than its size`);
  }
  if (!inp.pools.some((p) => p.queueAhead)) assert.equal(ahead.size, 0);
  for (const w of out.wait) {
    if (w.expectedStart === null) {
      assert.ok(w.clusterId === undefined);
      continue;
    }
    assert.ok(w.reason === 'resources' || w.reason === 'reserved', `expectedStart with reason ${w.reason}`);
    assert.ok(w.expectedStart > inp.now);
    const j = jobs.get(w.jobId)!;
    const p = pools.get(`${w.clusterId}/${w.pool}`);
    assert.ok(p && p.accepting);
    addSpan(key(p), { from: w.expectedStart, to: w.expectedStart + j.timeLimitSeconds * 1000, g: j.gpus, c: j.cpus, m: j.memGb });
  }
  for (const w of out.wait) if (w.reason === 'resources') assert.ok(w.expectedStart !== null);
  for (const [k, list] of spans) {
    const p = pools.get(k)!;
    for (const at of new Set(list.map((s) => s.from))) {
      let g = 0;
      let c = 0;
      let m = 0;
      for (const s of list) {
        if (s.from <= at && at < s.to) {
          g += s.g;
          c += s.c;
          m += s.m;
        }
      }
      assert.ok(g <= p.gpusTotal && c <= p.cpusTotal && m <= p.memGbTotal, `pool ${k} overcommitted at ${at - inp.now} ms: ${g}/${p.gpusTotal} GPUs, ${c}/${p.cpusTotal} CPUs, ${m}/${p.memGbTotal} GB`);
    }
  }
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const r = createRandom(seed);
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const k = r.int(0, i);
    [out[i], out[k]] = [out[k]!, out[i]!];
  }
  return out;
}

// ── properties ───────────────────────────────────────────────────────────────────────────────

test(`properties of one pass over random inputs (seed ${SEED})`, () => {
  let ahead = 0;
  fc.assert(
    fc.property(arbInput, (inp) => {
      const out = schedule(inp);
      checkPass(inp, out);
      ahead += out.admit.filter((a) => a.ahead).length;
    }),
    params,
  );
  // The inputs reach the engines' queues ahead too, so their checks above were exercised.
  if (RUNS >= 100) assert.ok(ahead > 0, 'no random input queued a job ahead');
});

test(`determinism: the same input, or its arrays shuffled, gives the same output (seed ${SEED})`, () => {
  fc.assert(
    fc.property(arbInput, fc.integer(), (inp, s) => {
      const a = schedule(inp);
      assert.deepEqual(schedule(inp), a);
      const shuffledInput: SchedInput = {
        ...inp,
        pools: shuffled(inp.pools, s),
        orgs: shuffled(inp.orgs, s + 1),
        allocations: shuffled(inp.allocations, s + 2),
        pending: shuffled(inp.pending, s + 3),
        running: shuffled(inp.running, s + 4),
      };
      assert.deepEqual(schedule(shuffledInput), a);
    }),
    params,
  );
});

test(`costFen is maxCostFen (seed ${SEED})`, () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1024 }), fc.integer({ min: 0, max: 4096 }), fc.integer({ min: 1, max: 14 * 86_400 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 1000 }), (g, c, l, gh, ch) => {
      assert.equal(costFen(g, c, l, { gpuHourFen: gh, cpuHourFen: ch }), maxCostFen({ gpus: g, cpus: c, timeLimitSeconds: l }, { gpuHourFen: gh, cpuHourFen: ch }));
    }),
    { ...params, numRuns: 2000 },
  );
});

test(`preemption over repeated passes: never a job preempted twice, never a preemptible preemptor (seed ${SEED})`, () => {
  fc.assert(
    fc.property(fc.integer(), (seed) => {
      const r = createRandom(seed);
      const pools = [pool({ clusterId: 'c0', gpusTotal: 8 })];
      const allocations = [alloc({ id: 'a0', orgId: 'o0', weight: 1 }), alloc({ id: 'a1', orgId: 'o1', weight: 1 }), alloc({ id: 'a2', orgId: 'o2', weight: 3 })];
      const orgs = [org('o0'), org('o1'), org('o2', { shares: 3 })];
      let now = NOW;
      const usage = new Map<string, number>([
        ['a0', 0],
        ['a1', 0],
        ['a2', 0],
      ]);
      let pending: SchedJob[] = [];
      let running: (SchedRunning & { ends: number })[] = [];
      const preemptedOnce = new Set<string>();
      let n = 0;
      for (let pass = 0; pass < 40; pass++) {
        for (const a of allocations) {
          while (pending.filter((j) => j.allocationId === a.id).length < 3) {
            pending.push(job({ id: `j${String(n++).padStart(4, '0')}`, allocationId: a.id, orgId: a.orgId, gpus: r.pick([1, 2, 4]), timeLimitSeconds: r.int(1, 6) * 1800, submittedAt: now, preemptible: r.chance(0.5) }));
          }
        }
        const inp = input({ now, pools, orgs, allocations: allocations.map((a) => ({ ...a, usage: usage.get(a.id)! })), pending, running, preemption: { afterWaitSeconds: 900 } });
        const out = schedule(inp);
        checkPass(inp, out);
        for (const id of out.preempt) {
          assert.ok(!preemptedOnce.has(id), `${id} preempted twice`);
          preemptedOnce.add(id);
          const x = running.find((y) => y.id === id)!;
          running = running.filter((y) => y.id !== id);
          // back to the queue, remembering it was preempted
          pending.push(job({ id, allocationId: x.allocationId, orgId: x.orgId, gpus: x.gpus, timeLimitSeconds: 3600, submittedAt: now, preemptible: true, preemptedBefore: true }));
        }
        for (const a of out.admit) {
          const j = pending.find((y) => y.id === a.jobId)!;
          running.push({ ...run({ id: j.id, allocationId: j.allocationId, orgId: j.orgId, clusterId: a.clusterId, pool: a.pool, gpus: j.gpus, cpus: j.cpus, memGb: j.memGb, endsBy: now + j.timeLimitSeconds * 1000, preemptible: j.preemptible, preemptedBefore: j.preemptedBefore, startedAt: now }), ends: now + r.int(1, j.timeLimitSeconds) * 1000 });
        }
        const admitted = new Set(out.admit.map((a) => a.jobId));
        pending = pending.filter((j) => !admitted.has(j.id));
        now += 15 * 60_000;
        for (const x of running.filter((y) => y.ends <= now)) usage.set(x.allocationId, usage.get(x.allocationId)! + (x.gpus * (x.ends - x.startedAt!)) / 1000);
        running = running.filter((y) => y.ends > now);
      }
    }),
    { ...params, numRuns: Math.max(5, Math.floor(RUNS / 20)) },
  );
});

// ── the simulation: backlogged tenants converge to their weight shares ────────────────────────

/** Jain's index: 1 when every value is equal. */
function jain(xs: number[]): number {
  const s = xs.reduce((a, b) => a + b, 0);
  const s2 = xs.reduce((a, b) => a + b * b, 0);
  return (s * s) / (xs.length * s2);
}

const SIZES = [[1], [4, 8], [1, 2, 4, 8], [2]];

/**
 * Tenants that always have work queued share two pools of 32 GPUs for `hours`, a pass every 5
 * minutes; jobs run for a random part of their time limit and their usage is metered at the end.
 * Returns each tenant's GPU-time over the second half ÷ its weight share of what was delivered.
 */
function simulateShares(weights: number[], seed: number, hours = 72): number[] {
  const r = createRandom(seed);
  const pools = [pool({ clusterId: 'c0', gpusTotal: 32, cpusTotal: 512, memGbTotal: 4096, gpuHourFen: 3000 }), pool({ clusterId: 'c1', pool: 'a100', gpuModel: 'A100', gpusTotal: 32, cpusTotal: 512, memGbTotal: 4096, gpuHourFen: 1500 })];
  const orgs = weights.map((w, i) => org(`o${i}`, { shares: w }));
  const allocations = weights.map((w, i) => alloc({ id: `a${i}`, orgId: `o${i}`, weight: w }));
  const usage = weights.map(() => 0);
  const got = weights.map(() => 0);
  let pending: SchedJob[] = [];
  let running: (SchedRunning & { ends: number; tenant: number })[] = [];
  let n = 0;
  const from = NOW + (hours / 2) * H;
  const to = NOW + hours * H;
  const credit = (x: { tenant: number; gpus: number; startedAt?: number | null }, end: number) => {
    const a = Math.max(x.startedAt!, from);
    const b = Math.min(end, to);
    if (b > a) got[x.tenant]! += (x.gpus * (b - a)) / 1000;
  };
  for (let now = NOW; now < to; now += 5 * 60_000) {
    for (const x of running.filter((y) => y.ends <= now)) {
      usage[x.tenant]! += (x.gpus * (x.ends - x.startedAt!)) / 1000;
      credit(x, x.ends);
    }
    running = running.filter((y) => y.ends > now);
    weights.forEach((_, i) => {
      let queued = pending.filter((j) => j.allocationId === `a${i}`).length;
      for (; queued < 6; queued++) {
        const limit = r.int(1, 8) * 1800;
        // tenants differ: some run small jobs, some large ones, some both
        const gpus = r.pick(SIZES[i % SIZES.length]!);
        pending.push(job({ id: `j${String(n++).padStart(6, '0')}`, allocationId: `a${i}`, orgId: `o${i}`, gpus, timeLimitSeconds: limit, submittedAt: now, priority: r.int(0, 1) }));
      }
    });
    const out = schedule(input({ now, pools, orgs, allocations: allocations.map((a, i) => ({ ...a, usage: usage[i]! })), pending, running }));
    const byId = new Map(pending.map((j) => [j.id, j]));
    for (const a of out.admit) {
      const j = byId.get(a.jobId)!;
      const tenant = Number(j.allocationId.slice(1));
      running.push({ ...run({ id: j.id, allocationId: j.allocationId, orgId: j.orgId, clusterId: a.clusterId, pool: a.pool, gpus: j.gpus, cpus: j.cpus, memGb: j.memGb, endsBy: now + j.timeLimitSeconds * 1000, startedAt: now }), tenant, ends: now + Math.max(60, Math.round(j.timeLimitSeconds * (0.2 + 0.8 * r.next()))) * 1000 });
    }
    const admitted = new Set(out.admit.map((a) => a.jobId));
    pending = pending.filter((j) => !admitted.has(j.id));
  }
  for (const x of running) credit(x, to);
  const total = got.reduce((a, b) => a + b, 0);
  const wsum = weights.reduce((a, b) => a + b, 0);
  return got.map((g, i) => g / ((total * weights[i]!) / wsum));
}

test(`simulation: backlogged tenants of equal weights converge to equal shares (seed ${SEED})`, () => {
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 6 }), fc.integer(), (n, seed) => {
      const x = simulateShares(Array.from({ length: n }, () => 1), seed);
      assert.ok(jain(x) >= 0.95, `Jain ${jain(x).toFixed(3)}: ${x.map((v) => v.toFixed(2)).join(' ')}`);
    }),
    { ...params, numRuns: 4 },
  );
});

test(`simulation: backlogged tenants of unequal weights converge to their weight shares (seed ${SEED})`, () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 2, maxLength: 5 }), fc.integer(), (weights, seed) => {
      const x = simulateShares(weights, seed);
      assert.ok(jain(x) >= 0.95, `weights ${weights.join(',')}: Jain ${jain(x).toFixed(3)}: ${x.map((v) => v.toFixed(2)).join(' ')}`);
    }),
    { ...params, numRuns: 4 },
  );
});

// ── readable cases ───────────────────────────────────────────────────────────────────────────

test('reasons: no allocation, allocation exhausted, concurrency limit', () => {
  const out = schedule(
    input({
      pools: [pool({ clusterId: 'c1' })],
      orgs: [org('o1')],
      allocations: [alloc({ id: 'a1', orgId: 'o1', gpuSecondsLeft: 2 * 3600 }), alloc({ id: 'a2', orgId: 'o1', maxConcurrentGpus: 2 })],
      running: [run({ id: 'r1', allocationId: 'a2', orgId: 'o1', clusterId: 'c1', gpus: 1 })],
      pending: [
        job({ id: 'j-none', allocationId: 'gone', orgId: 'o1' }),
        job({ id: 'j-fits', allocationId: 'a1', orgId: 'o1', gpus: 1, timeLimitSeconds: 3600 }),
        job({ id: 'j-over', allocationId: 'a1', orgId: 'o1', gpus: 2, timeLimitSeconds: 3600 }),
        job({ id: 'j-conc', allocationId: 'a2', orgId: 'o1', gpus: 2 }),
        job({ id: 'j-conc-ok', allocationId: 'a2', orgId: 'o1', gpus: 1, priority: 1 }),
      ],
    }),
  );
  assert.equal(waitOf(out, 'j-none')?.reason, 'no_allocation');
  assert.ok(admitOf(out, 'j-fits'));
  // 1 GPU-hour left after j-fits; j-over needs 2
  assert.equal(waitOf(out, 'j-over')?.reason, 'allocation_exhausted');
  // 1 running + 1 admitted (j-conc-ok, higher priority, first) = 2; 2 more would pass 2
  assert.ok(admitOf(out, 'j-conc-ok'));
  assert.equal(waitOf(out, 'j-conc')?.reason, 'concurrency_limit');
});

test('reasons: no consent, cluster unavailable, insufficient funds', () => {
  const out = schedule(
    input({
      pools: [
        pool({ clusterId: 'c1', consentedOrgs: new Set(['o2']) }),
        pool({ clusterId: 'c2', pool: 'h20', gpuModel: 'H20', gpuClass: 'inference', accepting: false }),
        pool({ clusterId: 'c3', pool: 'ascend', gpuModel: 'Ascend910B', gpuClass: 'domestic', gpuHourFen: 1000 }),
      ],
      orgs: [org('o1'), org('o2'), org('o3', { fundsFen: 1500 })],
      allocations: [alloc({ id: 'a1', orgId: 'o1' }), alloc({ id: 'a2', orgId: 'o2' }), alloc({ id: 'a3', orgId: 'o1', gpuClass: 'inference' }), alloc({ id: 'a4', orgId: 'o3', gpuClass: 'domestic' })],
      pending: [
        job({ id: 'j-noconsent', allocationId: 'a1', orgId: 'o1' }),
        job({ id: 'j-consent', allocationId: 'a2', orgId: 'o2' }),
        job({ id: 'j-down', allocationId: 'a3', orgId: 'o1', gpuClass: 'inference' }),
        // 1 GPU for 1 h at 1000 fen + 4 CPUs at 10 fen = 1040 fen: fits 1500, the second does not
        job({ id: 'j-funds-1', allocationId: 'a4', orgId: 'o3', gpuClass: 'domestic', priority: 1 }),
        job({ id: 'j-funds-2', allocationId: 'a4', orgId: 'o3', gpuClass: 'domestic' }),
      ],
    }),
  );
  assert.equal(waitOf(out, 'j-noconsent')?.reason, 'no_consent');
  assert.deepEqual(admitOf(out, 'j-consent'), { jobId: 'j-consent', clusterId: 'c1', pool: 'h100', maxCostFen: 3040 });
  assert.equal(waitOf(out, 'j-down')?.reason, 'cluster_unavailable');
  assert.equal(admitOf(out, 'j-funds-1')?.maxCostFen, 1040);
  assert.equal(waitOf(out, 'j-funds-2')?.reason, 'insufficient_funds');
});

test('placement: the cheapest pool that fits, tie by cluster id; spill-over when it is full; containers', () => {
  const pools = [
    pool({ clusterId: 'c-b', gpuHourFen: 2000 }),
    pool({ clusterId: 'c-a', gpuHourFen: 2000 }),
    pool({ clusterId: 'c-c', gpuHourFen: 1000, gpusTotal: 4 }),
    pool({ clusterId: 'c-d', gpuHourFen: 5000, pool: 'a100', gpuModel: 'A100' }),
  ];
  const common = { pools, orgs: [org('o1')], allocations: [alloc({ id: 'a1', orgId: 'o1' })] };
  // one job: the cheapest (c-c)
  let out = schedule(input({ ...common, pending: [job({ id: 'j1', allocationId: 'a1', orgId: 'o1', gpus: 4 })] }));
  assert.equal(admitOf(out, 'j1')?.clusterId, 'c-c');
  // c-c is full: the next cheapest, c-a before c-b (same price)
  out = schedule(input({ ...common, running: [run({ id: 'r', allocationId: 'a1', orgId: 'o1', clusterId: 'c-c', gpus: 4 })], pending: [job({ id: 'j1', allocationId: 'a1', orgId: 'o1', gpus: 4 })] }));
  assert.equal(admitOf(out, 'j1')?.clusterId, 'c-a');
  // several in one pass spill over in order: c-c, then c-a, then c-b, then the A100 (class training)
  out = schedule(input({ ...common, pending: ['j1', 'j2', 'j3', 'j4'].map((id) => job({ id, allocationId: 'a1', orgId: 'o1', gpus: id === 'j1' ? 4 : 8 })) }));
  assert.deepEqual(
    out.admit.map((a) => a.clusterId),
    ['c-c', 'c-a', 'c-b', 'c-d'],
  );
  // asking for a model keeps the job on that model
  out = schedule(input({ ...common, pending: [job({ id: 'j1', allocationId: 'a1', orgId: 'o1', gpuModel: 'A100', gpuClass: null })] }));
  assert.equal(admitOf(out, 'j1')?.clusterId, 'c-d');
  // a container job only where containers run
  out = schedule(input({ ...common, containerPools: new Set(['c-b/h100']), pending: [job({ id: 'j1', allocationId: 'a1', orgId: 'o1', needsContainer: true })] }));
  assert.equal(admitOf(out, 'j1')?.clusterId, 'c-b');
});

test('CPU-only jobs run on CPU pools and on GPU pools, leaving idle GPUs half their CPUs', () => {
  const pools = [pool({ clusterId: 'c1', gpusTotal: 4, cpusTotal: 64, cpuHourFen: 5 }), pool({ clusterId: 'c2', pool: 'cpu', gpuModel: null, gpuClass: null, gpusTotal: 0, cpusTotal: 16, cpuHourFen: 8 })];
  const common = { pools, orgs: [org('o1')], allocations: [alloc({ id: 'a1', orgId: 'o1', gpuClass: null })] };
  const cpuJob = (id: string, cpus: number) => job({ id, allocationId: 'a1', orgId: 'o1', gpus: 0, gpuClass: null, cpus });
  // CPUs are cheaper on the GPU pool; 64 − 16 = 48 leaves the 4 idle GPUs more than 4 × 16 / 2
  let out = schedule(input({ ...common, pending: [cpuJob('j1', 16)] }));
  assert.equal(admitOf(out, 'j1')?.clusterId, 'c1');
  // a second 16 leaves 32 = 4 × 16 / 2: still fine; a third goes to the CPU pool
  out = schedule(input({ ...common, pending: [cpuJob('j1', 16), cpuJob('j2', 16), cpuJob('j3', 16)] }));
  assert.deepEqual(
    out.admit.map((a) => a.clusterId),
    ['c1', 'c1', 'c2'],
  );
  // with the GPUs busy, their CPUs beyond what their jobs use are free for CPU jobs
  out = schedule(input({ ...common, running: [run({ id: 'r', allocationId: 'a1', orgId: 'o1', clusterId: 'c1', gpus: 4, cpus: 8 })], pending: [cpuJob('j1', 56)] }));
  assert.equal(admitOf(out, 'j1')?.clusterId, 'c1');
});

test('fair share: the tenant with less usage per share goes first, and tenants take turns within a pass', () => {
  const pools = [pool({ clusterId: 'c1', gpusTotal: 4 })];
  const orgs = [org('o1', { shares: 1 }), org('o2', { shares: 1 })];
  const allocations = [alloc({ id: 'a1', orgId: 'o1', usage: 100 * 3600 }), alloc({ id: 'a2', orgId: 'o2', usage: 0 })];
  const pending = [
    job({ id: 'j1a', allocationId: 'a1', orgId: 'o1', submittedAt: NOW - 10 * H }),
    job({ id: 'j1b', allocationId: 'a1', orgId: 'o1', submittedAt: NOW - 10 * H }),
    job({ id: 'j2a', allocationId: 'a2', orgId: 'o2' }),
    job({ id: 'j2b', allocationId: 'a2', orgId: 'o2' }),
  ];
  let out = schedule(input({ pools, orgs, allocations, pending }));
  // o2 has no usage: its jobs first, though o1's are older
  assert.deepEqual(
    out.admit.map((a) => a.jobId),
    ['j2a', 'j2b', 'j1a', 'j1b'],
  );
  // equal usage: they alternate (each admission charges its tenant)
  out = schedule(input({ pools, orgs, allocations: allocations.map((a) => ({ ...a, usage: 0 })), pending }));
  assert.deepEqual(
    out.admit.map((a) => a.jobId),
    ['j1a', 'j2a', 'j1b', 'j2b'],
  );
  // weights: a tenant with 3 shares gets 3 turns for each of the other's
  const many = [...['a', 'b', 'c', 'd', 'e', 'f'].map((s) => job({ id: `j1${s}`, allocationId: 'a1', orgId: 'o1' })), ...['a', 'b', 'c', 'd', 'e', 'f'].map((s) => job({ id: `j2${s}`, allocationId: 'a2', orgId: 'o2' }))];
  out = schedule(input({ pools: [pool({ clusterId: 'c1', gpusTotal: 8 })], orgs: [org('o1', { shares: 3 }), org('o2', { shares: 1 })], allocations: allocations.map((a) => ({ ...a, usage: 0 })), pending: many }));
  const firstEight = out.admit.map((a) => a.jobId.slice(0, 2));
  assert.equal(firstEight.filter((x) => x === 'j1').length, 6);
  assert.equal(firstEight.filter((x) => x === 'j2').length, 2);
  // the rest wait, in order, for priority
  assert.deepEqual(
    out.wait.map((w) => [w.position, w.reason]),
    [
      [1, 'resources'],
      [2, 'resources'],
      [3, 'resources'],
      [4, 'resources'],
    ],
  );
});

test('backfill: a reservation for the head job; shorter jobs start before it, longer ones wait', () => {
  const pools = [pool({ clusterId: 'c1', gpusTotal: 8 })];
  const orgs = [org('o1')];
  const allocations = [alloc({ id: 'a1', orgId: 'o1' })];
  // 6 GPUs busy: 4 until +2 h, 2 until +5 h; 2 free now
  const running = [run({ id: 'r1', allocationId: 'a1', orgId: 'o1', clusterId: 'c1', gpus: 4, endsBy: NOW + 2 * H }), run({ id: 'r2', allocationId: 'a1', orgId: 'o1', clusterId: 'c1', gpus: 2, endsBy: NOW + 5 * H })];
  const pending = [
    job({ id: 'big', allocationId: 'a1', orgId: 'o1', gpus: 6, priority: 9, timeLimitSeconds: 4 * 3600 }),
    job({ id: 'long', allocationId: 'a1', orgId: 'o1', gpus: 2, priority: 8, timeLimitSeconds: 3 * 3600 }),
    job({ id: 'short', allocationId: 'a1', orgId: 'o1', gpus: 2, priority: 7, timeLimitSeconds: 3600 }),
  ];
  const out = schedule(input({ pools, orgs, allocations, running, pending }));
  // big waits for r1 (+2 h): 2 free + 4 = 6
  assert.deepEqual(waitOf(out, 'big'), { jobId: 'big', position: 1, reason: 'resources', expectedStart: NOW + 2 * H, clusterId: 'c1', pool: 'h100' });
  // long (3 h) would still hold 2 GPUs at +2 h, when big needs all 6 free: it waits behind the reservation
  assert.equal(waitOf(out, 'long')?.reason, 'reserved');
  // short (1 h) ends before +2 h: backfilled
  assert.ok(admitOf(out, 'short'));
  assert.equal(out.stats.backfilled, 1);
  // without reservations, long would have started (and delayed big)
  const greedy = schedule(input({ pools, orgs, allocations, running, pending, reservationsPerPool: 0 }));
  assert.ok(admitOf(greedy, 'long'));
  assert.equal(waitOf(greedy, 'big')?.reason, 'priority');
});

test('queue ahead: where the engine queues, jobs that wait for room are handed to it now, up to the pool size', () => {
  const orgs = [org('o1')];
  const allocations = [alloc({ id: 'a1', orgId: 'o1' })];
  // A full 4-GPU pool: four 1-GPU jobs end at +1 h.
  const full = [1, 2, 3, 4].map((i) => run({ id: `r${i}`, allocationId: 'a1', orgId: 'o1', clusterId: 'c1', endsBy: NOW + H }));
  const pending = Array.from({ length: 6 }, (_, i) => job({ id: `j${i}`, allocationId: 'a1', orgId: 'o1', submittedAt: NOW - (10 - i) * 60_000 }));
  const pools = [pool({ clusterId: 'c1', gpusTotal: 4, queueAhead: true })];
  const out = schedule(input({ pools, orgs, allocations, running: full, pending }));
  // The engine's queue takes a pool's worth (4 GPUs): the four oldest, each at its reservation
  // (which uses the pool's reservations: the others wait behind them).
  assert.deepEqual(
    out.admit.map((a) => [a.jobId, a.ahead?.expectedStart]),
    [0, 1, 2, 3].map((i) => [`j${i}`, NOW + H]),
  );
  assert.deepEqual(
    out.wait.map((w) => [w.jobId, w.reason]),
    [
      ['j4', 'priority'],
      ['j5', 'priority'],
    ],
  );
  // Next pass, those four show as running beyond the pool's size: the engine's queue is full.
  const queued = out.admit.map((a, i) => run({ id: `q${i}`, allocationId: 'a1', orgId: 'o1', clusterId: 'c1', endsBy: NOW + 2 * H }));
  const again = schedule(input({ pools, orgs, allocations, running: [...full, ...queued], pending: pending.slice(4) }));
  assert.equal(again.admit.length, 0);
  // One job ended: room for one more in the engine's queue.
  const later = schedule(input({ pools, orgs, allocations, running: [...full.slice(1), ...queued], pending: pending.slice(4) }));
  assert.deepEqual(later.admit.map((a) => a.jobId), ['j4']);
  // The same pool on an engine without a queue of its own: everything waits in Pujiang's queue.
  const plain = schedule(input({ pools: [pool({ clusterId: 'c1', gpusTotal: 4 })], orgs, allocations, running: full, pending }));
  assert.equal(plain.admit.length, 0);
  // Never when room is free now but held for a reservation: the engine would start it at once.
  const resv = schedule(
    input({
      pools,
      orgs,
      allocations,
      running: full.slice(2),
      pending: [job({ id: 'big', allocationId: 'a1', orgId: 'o1', gpus: 4, priority: 9 }), job({ id: 'long', allocationId: 'a1', orgId: 'o1', gpus: 2, timeLimitSeconds: 3 * 3600 })],
    }),
  );
  assert.equal(admitOf(resv, 'long'), undefined, 'long has room now but would delay big: it waits in our queue');
  assert.equal(waitOf(resv, 'long')?.reason, 'reserved');
});

test('preemption by the explicit rule only: preemptible jobs of tenants above their share, once', () => {
  const pools = [pool({ clusterId: 'c1', gpusTotal: 4 })];
  const orgs = [org('o1'), org('o2')];
  const allocations = [alloc({ id: 'a1', orgId: 'o1', usage: 1000 * 3600 }), alloc({ id: 'a2', orgId: 'o2', usage: 0 })];
  const running = [
    run({ id: 'r-keep', allocationId: 'a1', orgId: 'o1', clusterId: 'c1', gpus: 1, preemptible: false }),
    run({ id: 'r-again', allocationId: 'a1', orgId: 'o1', clusterId: 'c1', gpus: 1, preemptible: true, preemptedBefore: true }),
    run({ id: 'r-p1', allocationId: 'a1', orgId: 'o1', clusterId: 'c1', gpus: 1, preemptible: true, endsBy: NOW + 2 * H }),
    run({ id: 'r-p2', allocationId: 'a1', orgId: 'o1', clusterId: 'c1', gpus: 1, preemptible: true, endsBy: NOW + 3 * H }),
  ];
  const waited = job({ id: 'j', allocationId: 'a2', orgId: 'o2', gpus: 2, submittedAt: NOW - 2 * H });
  const base = { pools, orgs, allocations, running };
  // no rule: nothing preempted
  let out = schedule(input({ ...base, pending: [waited] }));
  assert.deepEqual(out.preempt, []);
  // the rule: the two preemptible jobs never preempted before go (the later-ending first)
  out = schedule(input({ ...base, pending: [waited], preemption: { afterWaitSeconds: 3600 } }));
  assert.deepEqual(out.preempt, ['r-p2', 'r-p1']);
  assert.ok(admitOf(out, 'j'));
  // not waited long enough, or preemptible itself: no preemption
  out = schedule(input({ ...base, pending: [{ ...waited, submittedAt: NOW - 10 * 60_000 }], preemption: { afterWaitSeconds: 3600 } }));
  assert.deepEqual(out.preempt, []);
  out = schedule(input({ ...base, pending: [{ ...waited, preemptible: true }], preemption: { afterWaitSeconds: 3600 } }));
  assert.deepEqual(out.preempt, []);
  // 3 GPUs needed: only 2 may be preempted, so none is
  out = schedule(input({ ...base, pending: [{ ...waited, gpus: 3 }], preemption: { afterWaitSeconds: 3600 } }));
  assert.deepEqual(out.preempt, []);
});

test('one pass decides 100,000 pending jobs over 100 pools and 1,000 tenants (the benchmark times it)', () => {
  const r = createRandom(5);
  const pools: SchedPool[] = [];
  for (let c = 0; c < 50; c++) {
    for (const [model, cls] of [
      ['H100', 'training'],
      ['H20', 'inference'],
    ] as const) {
      pools.push(pool({ clusterId: `c${String(c).padStart(2, '0')}`, pool: model.toLowerCase(), gpuModel: model, gpuClass: cls, gpusTotal: 8 * r.int(2, 32), cpusTotal: 4096, memGbTotal: 32768, gpuHourFen: r.int(1000, 3000) }));
    }
  }
  const orgs = Array.from({ length: 1000 }, (_, i) => org(`o${i}`, { shares: r.int(1, 10) }));
  const allocations = orgs.map((o, i) => alloc({ id: `a${i}`, orgId: o.id, gpuClass: i % 3 === 0 ? 'inference' : 'training' }));
  const pending = Array.from({ length: 100_000 }, (_, i) => {
    const a = allocations[r.int(0, allocations.length - 1)]!;
    return job({ id: `j${i}`, allocationId: a.id, orgId: a.orgId, gpuClass: a.gpuClass, gpus: r.pick([1, 1, 1, 2, 4, 8, 64]), timeLimitSeconds: r.int(1, 48) * 3600, submittedAt: NOW - i * 1000 });
  });
  const inp = input({ pools, orgs, allocations, pending });
  const out = schedule(inp);
  assert.equal(out.admit.length + out.wait.length, 100_000);
  assert.equal(new Set([...out.admit.map((a) => a.jobId), ...out.wait.map((w) => w.jobId)]).size, 100_000);
  // no pool overcommitted, and the GPUs shared by many tenants in turn
  const byId = new Map(pending.map((j) => [j.id, j]));
  const used = new Map<string, number>();
  for (const a of out.admit) used.set(`${a.clusterId}/${a.pool}`, (used.get(`${a.clusterId}/${a.pool}`) ?? 0) + byId.get(a.jobId)!.gpus);
  assert.ok(pools.every((p) => (used.get(`${p.clusterId}/${p.pool}`) ?? 0) <= p.gpusTotal));
  assert.ok(new Set(out.admit.map((a) => byId.get(a.jobId)!.orgId)).size > 500);
});
