// Workload of the compute scheduler benchmark, shaped like the published GPU-cluster traces
// (Microsoft Philly, SenseTime Helios, Alibaba PAI): most jobs ask for one GPU, with a tail of
// powers of two up to 1,024 (the large jobs come from the large tenants); run times are
// log-normal and heavy-tailed (mean about 20× the median); about a third of the jobs fail early,
// many are cancelled (while queued or while running), and users ask for generous time limits.
// Clusters differ in GPU models, sizes (a few of 1,024 GPUs and more) and prices; some admit only
// the tenants their provider consented to; most run containers. Tenants are organizations with
// 1–3 allocations in GPU classes, with Zipf-like weights.
import { createRandom, weightedPicker, type Random } from '../../src/server/seed/seed.random.ts';
import { GPU_MODELS, type GpuClass, type GpuModel } from '../../src/shared/compute.ts';
import type { SchedAllocation, SchedOrg, SchedPool } from '../../src/server/modules/compute/compute.types.ts';

export interface WorkloadSize {
  jobs: number;
  clusters: number;
  tenants: number;
  seed?: number;
}

/** A job of the trace: what it asks for, and how it will really run. */
export interface TraceJob {
  id: string;
  allocationId: string;
  orgId: string;
  gpus: number;
  gpuModel: GpuModel | null;
  gpuClass: GpuClass | null;
  cpus: number;
  memGb: number;
  timeLimitSeconds: number;
  priority: number;
  needsContainer: boolean;
  /** How long it runs once started (s, ≤ time limit): it completes, fails, is cancelled or times out. */
  runSeconds: number;
  /** Cancelled while still queued at this time after its submission (s), if it is. */
  cancelAfterSeconds: number | null;
  outcome: 'completed' | 'failed' | 'cancelled' | 'timeout';
}

export interface Workload {
  pools: SchedPool[];
  containerPools: Set<string>;
  orgs: SchedOrg[];
  allocations: SchedAllocation[];
  /** Each allocation's fair share of its class (weights through the tree) and its expected GPU-seconds per job. */
  leafInfo: Map<string, { cls: GpuClass; share: number; meanGpuSeconds: number; maxGpus: number }>;
  capacity: Record<GpuClass, number>;
  totalGpus: number;
  /** Makes the next job of an allocation. */
  makeJob(allocationId: string): TraceJob;
  random: Random;
}

/** Prices per GPU-hour (fen) around which providers set theirs. */
const BASE_PRICE: Record<GpuModel, number> = { H100: 2800, H800: 2600, A100: 1600, A800: 1500, H20: 1200, L40S: 800, RTX4090: 300, Ascend910B: 1400, MLU370: 700 };
const MODEL_WEIGHT: [GpuModel, number][] = [
  ['H100', 20],
  ['H800', 12],
  ['A100', 20],
  ['A800', 10],
  ['H20', 10],
  ['L40S', 8],
  ['RTX4090', 6],
  ['Ascend910B', 10],
  ['MLU370', 4],
];
/** The large pools every size has, so that 1,024-GPU jobs of each class fit somewhere. */
const BIG_POOLS: [GpuModel, number][] = [
  ['H100', 128],
  ['A100', 160],
  ['H20', 128],
  ['Ascend910B', 128],
];
const CLASS_WEIGHT: [GpuClass, number][] = [
  ['training', 60],
  ['inference', 25],
  ['domestic', 15],
];
const LIMITS_H = [1, 2, 4, 8, 12, 24, 48, 72, 168];

/** A standard normal variate (Box–Muller). */
function normal(r: Random): number {
  const u = 1 - r.next();
  const v = r.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Log-normal run time: median 5 minutes, σ 2.15, so the mean is about 10× the median. */
export const RUN_MEDIAN_S = 300;
export const RUN_SIGMA = 2.15;

/** Probability of 2^k GPUs for k = 0..10: 60% one GPU, then a geometric tail. */
function sizeWeights(maxK: number): number[] {
  const w: number[] = [];
  for (let k = 0; k <= maxK; k++) w.push(k === 0 ? 0.6 : 0.4 * 0.65 ** k);
  return w;
}

export function generateWorkload(size: WorkloadSize): Workload {
  const random = createRandom(size.seed ?? 20261201);
  const r = random;

  // ── clusters and pools ──
  const pools: SchedPool[] = [];
  const containerPools = new Set<string>();
  const consentClusters: { id: string; pools: SchedPool[] }[] = [];
  const pickModel = weightedPicker(
    MODEL_WEIGHT.map(([, w]) => w),
    r,
  );
  for (let i = 0; i < size.clusters; i++) {
    const clusterId = `cl${String(i).padStart(3, '0')}`;
    const factor = 0.75 + 0.5 * r.next();
    const consent = i >= BIG_POOLS.length && r.chance(0.1);
    const containers = i < BIG_POOLS.length || r.chance(0.7);
    const specs: [GpuModel | null, number][] = [];
    if (i < BIG_POOLS.length) specs.push(BIG_POOLS[i]!);
    const n = i < BIG_POOLS.length ? r.int(0, 1) : r.int(1, 3);
    for (let k = 0; k < n; k++) {
      const model = MODEL_WEIGHT[pickModel()]![0];
      // nodes of 8 GPUs: mostly small pools, some large
      const nodes = r.pick([2, 4, 4, 8, 8, 8, 16, 16, 32, 64]);
      if (!specs.some(([m]) => m === model)) specs.push([model, nodes]);
    }
    if (r.chance(0.3)) specs.push([null, r.int(4, 32)]);
    const mine: SchedPool[] = [];
    for (const [model, nodes] of specs) {
      const gpuNode = model ? 8 : 0;
      const p: SchedPool = {
        clusterId,
        pool: model ? model.toLowerCase() : 'cpu',
        gpuModel: model,
        gpuClass: model ? GPU_MODELS[model].class : null,
        gpusTotal: nodes * gpuNode,
        cpusTotal: nodes * (model ? 128 : 64),
        memGbTotal: nodes * (model ? 1024 : 256),
        gpuHourFen: model ? Math.round(BASE_PRICE[model] * factor) : 0,
        cpuHourFen: Math.round(8 + 20 * r.next()),
        accepting: true,
        consentedOrgs: null,
      };
      pools.push(p);
      mine.push(p);
      if (containers) containerPools.add(`${clusterId}/${p.pool}`);
    }
    if (consent) consentClusters.push({ id: clusterId, pools: mine });
  }
  const capacity: Record<GpuClass, number> = { training: 0, inference: 0, domestic: 0 };
  const maxPool: Record<GpuClass, number> = { training: 0, inference: 0, domestic: 0 };
  const modelsOfClass: Record<GpuClass, { model: GpuModel; gpus: number }[]> = { training: [], inference: [], domestic: [] };
  for (const p of pools) {
    if (!p.gpuClass || !p.gpuModel) continue;
    capacity[p.gpuClass] += p.gpusTotal;
    maxPool[p.gpuClass] = Math.max(maxPool[p.gpuClass], p.gpusTotal);
    const m = modelsOfClass[p.gpuClass].find((x) => x.model === p.gpuModel);
    if (m) m.gpus += p.gpusTotal;
    else modelsOfClass[p.gpuClass].push({ model: p.gpuModel, gpus: p.gpusTotal });
  }
  const totalGpus = capacity.training + capacity.inference + capacity.domestic;

  // ── tenants: Zipf-like weights over shuffled ranks, 1–3 allocations each ──
  const orgs: SchedOrg[] = [];
  const allocations: SchedAllocation[] = [];
  const ranks = r.sample(
    Array.from({ length: size.tenants }, (_, i) => i + 1),
    size.tenants,
  );
  const pickClass = weightedPicker(
    CLASS_WEIGHT.map(([, w]) => w),
    r,
  );
  for (let i = 0; i < size.tenants; i++) {
    const orgId = `org${String(i).padStart(4, '0')}`;
    const orgWeight = Math.max(1, Math.round(1000 / ranks[i]!));
    const n = r.chance(0.5) ? 1 : r.chance(0.6) ? 2 : 3;
    let shares = 0;
    for (let k = 0; k < n; k++) {
      const weight = Math.max(1, Math.round((orgWeight * (0.5 + r.next())) / n));
      shares += weight;
      allocations.push({
        id: `${orgId}-a${k}`,
        orgId,
        projectId: `${orgId}-p${k}`,
        gpuClass: CLASS_WEIGHT[pickClass()]![0],
        weight,
        gpuSecondsLeft: 1e15,
        maxConcurrentGpus: 1_000_000,
        usage: 0,
      });
    }
    orgs.push({ id: orgId, shares, fundsFen: null });
  }
  for (const c of consentClusters) {
    const consented = new Set(orgs.filter(() => r.chance(0.6)).map((o) => o.id));
    for (const p of c.pools) p.consentedOrgs = consented;
  }

  // Fair share of each allocation in its class (every tenant active: the tree's weights).
  const orgClassW = new Map<string, number>();
  const orgW = new Map<string, number>();
  for (const a of allocations) {
    orgClassW.set(`${a.orgId}/${a.gpuClass}`, (orgClassW.get(`${a.orgId}/${a.gpuClass}`) ?? 0) + a.weight);
    orgW.set(a.orgId, (orgW.get(a.orgId) ?? 0) + a.weight);
  }
  const sharesOf = new Map(orgs.map((o) => [o.id, o.shares]));
  const classSum: Record<GpuClass, number> = { training: 0, inference: 0, domestic: 0 };
  for (const [k, w] of orgClassW) {
    const [orgId, cls] = k.split('/') as [string, GpuClass];
    classSum[cls] += (sharesOf.get(orgId)! * w) / orgW.get(orgId)!;
  }

  // Mean actual run time of the run-time model, by sampling (the same for every job).
  const sampler = createRandom(7);
  let runSum = 0;
  const samples = 20000;
  for (let i = 0; i < samples; i++) {
    const s = sampleRun(sampler);
    if (!s.cancelQueued) runSum += s.runSeconds;
  }
  const meanRun = runSum / samples;

  const leafInfo = new Map<string, { cls: GpuClass; share: number; meanGpuSeconds: number; maxGpus: number }>();
  const leafPickers = new Map<string, () => number>();
  for (const a of allocations) {
    const cls = a.gpuClass!;
    const share = ((sharesOf.get(a.orgId)! * orgClassW.get(`${a.orgId}/${cls}`)!) / orgW.get(a.orgId)! / classSum[cls]) * (a.weight / orgClassW.get(`${a.orgId}/${cls}`)!);
    // Large tenants run large jobs: up to twice their fair share of GPUs, within the largest pool.
    const fairGpus = share * capacity[cls];
    let maxK = Math.max(0, Math.floor(Math.log2(Math.max(1, fairGpus * 2))));
    while (maxK > 0 && 2 ** maxK > Math.min(1024, maxPool[cls])) maxK--;
    const w = sizeWeights(maxK);
    const tot = w.reduce((s, x) => s + x, 0);
    const meanGpus = w.reduce((s, x, k) => s + (x / tot) * 2 ** k, 0);
    leafInfo.set(a.id, { cls, share, meanGpuSeconds: meanGpus * meanRun, maxGpus: 2 ** maxK });
    leafPickers.set(a.id, weightedPicker(w, r));
  }
  const allocById = new Map(allocations.map((a) => [a.id, a]));
  const modelPickers = new Map<GpuClass, () => number>();
  for (const cls of ['training', 'inference', 'domestic'] as const) {
    modelPickers.set(
      cls,
      weightedPicker(
        modelsOfClass[cls].map((m) => m.gpus),
        r,
      ),
    );
  }

  let seq = 0;
  const makeJob = (allocationId: string): TraceJob => {
    const a = allocById.get(allocationId)!;
    const cls = a.gpuClass!;
    const gpus = 2 ** leafPickers.get(allocationId)!();
    // Small jobs often ask for a model, large ones for any model of the class.
    const model = gpus < 64 && modelsOfClass[cls].length > 0 && r.chance(0.5) ? modelsOfClass[cls][modelPickers.get(cls)!()]!.model : null;
    const run = sampleRun(r);
    seq++;
    return {
      id: `j${String(seq).padStart(7, '0')}`,
      allocationId,
      orgId: a.orgId,
      gpus,
      gpuModel: model,
      gpuClass: model ? null : cls,
      cpus: gpus * 8,
      memGb: gpus * 64,
      timeLimitSeconds: run.limitSeconds,
      priority: r.chance(0.1) ? r.int(1, 10) : 0,
      needsContainer: r.chance(0.25),
      runSeconds: run.runSeconds,
      cancelAfterSeconds: run.cancelQueued ? Math.round(-Math.log(1 - r.next()) * 6 * 3600) : null,
      outcome: run.outcome,
    };
  };
  return { pools, containerPools, orgs, allocations, leafInfo, capacity, totalGpus, makeJob, random };
}

/** One job's run: its intended length, the limit its user asks for, and how it really ends. */
function sampleRun(r: Random): { runSeconds: number; limitSeconds: number; outcome: TraceJob['outcome']; cancelQueued: boolean } {
  const intended = Math.max(10, Math.round(RUN_MEDIAN_S * Math.exp(RUN_SIGMA * normal(r))));
  // users ask for 1.5–4× what they expect, rounded up to a usual limit
  const want = intended * (1.5 + 2.5 * r.next());
  const limitH = LIMITS_H.find((h) => h * 3600 >= want) ?? 168;
  const limitSeconds = limitH * 3600;
  const u = r.next();
  let runSeconds = Math.min(intended, limitSeconds);
  let outcome: TraceJob['outcome'] = intended > limitSeconds ? 'timeout' : 'completed';
  let cancelQueued = false;
  if (u < 0.35) {
    outcome = 'failed';
    runSeconds = Math.max(5, Math.round(runSeconds * (0.01 + 0.49 * r.next())));
  } else if (u < 0.45) {
    outcome = 'cancelled';
    runSeconds = Math.max(5, Math.round(runSeconds * r.next()));
  } else if (u < 0.52) {
    outcome = 'cancelled';
    cancelQueued = true;
  }
  return { runSeconds, limitSeconds, outcome, cancelQueued };
}
