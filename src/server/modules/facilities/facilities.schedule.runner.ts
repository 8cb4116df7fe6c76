// Runs the beamtime scheduler: candidate starts, clusters, the rank-order greedy, then each
// cluster's MILP in a pool of node:worker_threads (HiGHS, time limit and gap target per cluster),
// keeping the better of greedy and MILP for each cluster.
import { Worker } from 'node:worker_threads';
import {
  buildClusterModel,
  candidateStarts,
  clusterExperiments,
  greedySchedule,
  placementsFromColumns,
  scheduleObjective,
  type ClusterModel,
  type ClusterStats,
  type Granularity,
  type Placement,
  type ScheduleInput,
  type ScheduleResult,
} from './facilities.schedule.ts';
import type { SolveReply, SolveRequest } from './facilities.schedule.worker.ts';

/** Solver limits. */
export type SolveOptions = {
  /** Wall-clock budget for the whole cycle, in seconds. */
  timeLimit?: number;
  /** Relative MIP gap at which a cluster stops. */
  gap?: number;
  workers?: number;
  granularity?: Granularity;
};

/** Solves one cycle; never returns worse than the rank-order greedy. */
export async function solveSchedule(input: ScheduleInput, opts: SolveOptions = {}): Promise<ScheduleResult> {
  const t0 = performance.now();
  const timeLimit = opts.timeLimit ?? 60;
  const gap = opts.gap ?? 0.005;
  const nWorkers = Math.max(1, opts.workers ?? 2);
  const cands = candidateStarts(input, opts.granularity ?? 'day');
  const clusters = clusterExperiments(input).map((exps, i) => {
    const greedy = greedySchedule(input, exps, cands);
    // The MIP start is the better of the rank-order and (policy 'score') the score-order greedy.
    const byScore = input.policy === 'score' ? greedySchedule(input, exps, cands, 'score') : greedy;
    const warm = scheduleObjective(input, byScore) > scheduleObjective(input, greedy) ? byScore : greedy;
    const model = buildClusterModel(input, exps, cands, warm);
    return { i, exps, greedy, model, greedyObjective: scheduleObjective(input, greedy) };
  });
  const buildSeconds = (performance.now() - t0) / 1000;
  const budget = Math.max(1, timeLimit - buildSeconds - 1);
  const queue = [...clusters].sort((a, b) => b.model.numCols - a.model.numCols);
  const replies = new Map<number, SolveReply>();
  const workers = Array.from({ length: Math.min(nWorkers, queue.length) }, () => new Worker(new URL('./facilities.schedule.worker.ts', import.meta.url)));
  try {
    await Promise.all(
      workers.map(async (w) => {
        for (let c = queue.shift(); c; c = queue.shift()) {
          if (c.model.numCols === 0) continue;
          const left = budget - ((performance.now() - t0) / 1000 - buildSeconds);
          // Twice its share of what is left by size among the clusters not yet started (most
          // clusters stop early at the gap target, so a fair share would leave time unused), at
          // least a second, never past the budget.
          const pending = c.model.numCols + queue.reduce((n, q) => n + q.model.numCols, 0);
          const limit = Math.max(1, Math.min(left, (2 * left * nWorkers * c.model.numCols) / pending));
          replies.set(c.i, await ask(w, { id: c.i, model: c.model, timeLimit: limit, gap }));
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  const placements: Placement[] = [];
  const stats: ClusterStats[] = [];
  let objective = 0;
  let bound = 0;
  let heuristicObjective = 0;
  for (const c of clusters) {
    const r = replies.get(c.i);
    const warm = placementsFromColumns(input, c.model, c.model.start);
    let chosen = warm;
    let value = scheduleObjective(input, warm);
    if (value < c.greedyObjective) {
      chosen = c.greedy;
      value = c.greedyObjective;
    }
    if (r?.colValue) {
      const milp = placementsFromColumns(input, c.model, r.colValue);
      const milpValue = scheduleObjective(input, milp);
      if (milpValue > value + 1e-9) {
        chosen = milp;
        value = milpValue;
      }
    }
    // Without a solve (no columns) the greedy is optimal; an unbounded report means no bound.
    const b = c.model.numCols === 0 ? value : r && Number.isFinite(r.bound) ? Math.max(r.bound, value) : upperBound(c.model);
    placements.push(...chosen);
    objective += value;
    bound += b;
    heuristicObjective += c.greedyObjective;
    stats.push({
      cluster: c.i,
      stations: new Set(c.exps.map((e) => e.stationId)).size,
      experiments: c.exps.length,
      columns: c.model.numCols,
      rows: c.model.numRows,
      heuristicObjective: c.greedyObjective,
      objective: value,
      bound: b,
      status: r ? (r.error ?? r.status) : 'not solved',
      seconds: r?.seconds ?? 0,
    });
  }
  const placed = new Set(placements.map((p) => p.experimentId));
  return {
    placements,
    unplaced: input.experiments.filter((e) => !placed.has(e.id)).map((e) => e.id),
    objective,
    lpBound: bound,
    gapPct: bound > 0 ? (100 * (bound - objective)) / bound : 0,
    heuristicObjective,
    seconds: (performance.now() - t0) / 1000,
    clusters: stats,
  };
}

/** A trivial bound: every experiment at its best start. */
function upperBound(m: ClusterModel): number {
  const best = new Map<string, number>();
  for (let j = 0; j < m.numCols; j++) {
    const id = m.colExp[j] ?? '';
    best.set(id, Math.max(best.get(id) ?? 0, m.colCost[j] ?? 0));
  }
  return [...best.values()].reduce((a, b) => a + b, 0);
}

/** Sends one request to a worker and waits for its reply. */
function ask(w: Worker, req: SolveRequest): Promise<SolveReply> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: SolveReply): void => {
      w.off('error', onError);
      resolve(reply);
    };
    const onError = (err: Error): void => {
      w.off('message', onMessage);
      reject(err);
    };
    w.once('message', onMessage);
    w.once('error', onError);
    w.postMessage(req);
  });
}
