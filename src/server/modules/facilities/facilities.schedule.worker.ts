// Worker thread of the beamtime scheduler: solves one cluster's MILP with HiGHS (WebAssembly) per
// message. HiGHS accepts a MIP start here (model.setSolution), so the greedy schedule is the first
// incumbent; the runner still keeps the better of greedy and MILP. (Solving the LP relaxation
// first was tried: without HiGHS' clique cuts it is weak here, about twice the MIP bound, and slow.)
import { parentPort } from 'node:worker_threads';
import * as highsModule from 'highs';
import type { Highs } from 'highs';
import type { ClusterModel } from './facilities.schedule.ts';

/** What the runner sends: one cluster model and its limits. */
export type SolveRequest = { id: number; model: ClusterModel; timeLimit: number; gap: number };
/** What the worker answers. */
export type SolveReply = { id: number; colValue: number[] | null; objective: number; bound: number; status: string; seconds: number; error?: string };

let highs: Promise<Highs> | null = null;

// The package is CommonJS-typed, but its ESM build (what Node loads) has the loader as default.
type Loader = () => Promise<Highs>;
const mod = highsModule as unknown as { default: Loader | { default: Loader } };
const highsLoader: Loader = typeof mod.default === 'function' ? mod.default : mod.default.default;

/** Solves one cluster model (also usable in-process). */
export async function solveClusterModel(req: SolveRequest): Promise<SolveReply> {
  const t0 = performance.now();
  highs ??= highsLoader();
  const h = await highs;
  const m = req.model;
  const model = h.createModel({
    numCols: m.numCols,
    numRows: m.numRows,
    sense: h.constants.objectiveSense.maximize,
    colCost: m.colCost,
    colLower: m.colLower,
    colUpper: m.colUpper,
    rowLower: m.rowLower.map((x) => (x === -Infinity ? -h.infinity : x)),
    rowUpper: m.rowUpper.map((x) => (x === Infinity ? h.infinity : x)),
    matrix: { format: 'csr', numRows: m.numRows, numCols: m.numCols, starts: m.starts, indices: m.indices, values: m.values },
    integrality: m.colCost.map(() => h.constants.variableType.integer),
  });
  try {
    model.options.set({ output_flag: false, mip_rel_gap: req.gap });
    let start = m.start.some((x) => x > 0) && feasible(m, m.start) ? m.start : null;
    const stations = Math.max(0, ...m.colStation) + 1;
    if (start && stations > 1) {
      // Fix and optimize: each station alone, the other stations' blocks fixed, so their shared
      // equipment use is respected. Small MIPs find a strong incumbent long before the cluster
      // MIP's root is done; the cluster MIP then proves (or improves) it.
      const all = { kind: 'range', from: 0, to: m.numCols - 1 } as const;
      for (let g = 0; g < stations; g++) {
        const x: number[] = start;
        model.changeColsBounds(
          all,
          m.colLower.map((lo, j) => (m.colStation[j] === g ? lo : (x[j] ?? 0))),
          m.colUpper.map((up, j) => (m.colStation[j] === g ? up : (x[j] ?? 0))),
        );
        model.zeroAllClocks();
        model.options.set({ time_limit: (FIX_SHARE * req.timeLimit) / stations });
        model.setSolution({ colValue: x });
        model.run();
        if (Number(model.info.get('primal_solution_status')) === 2) {
          const y = Array.from(model.getSolution().colValue);
          if (value(m, y) > value(m, x) + 1e-9 && feasible(m, y)) start = y;
        }
      }
      model.changeColsBounds(all, m.colLower, m.colUpper);
    }
    const left = req.timeLimit - (performance.now() - t0) / 1000;
    model.zeroAllClocks();
    model.options.set({ time_limit: Math.max(0.5, left) });
    if (start) model.setSolution({ colValue: start });
    const run = model.run();
    let colValue: number[] | null = null;
    let objective = 0;
    let bound = Infinity;
    try {
      if (Number(model.info.get('primal_solution_status')) === 2) {
        colValue = Array.from(model.getSolution().colValue);
        objective = value(m, colValue);
      }
      if (start && value(m, start) > objective) {
        colValue = start;
        objective = value(m, start);
      }
      bound = Number(model.info.get('mip_dual_bound'));
    } catch {
      // no incumbent or no bound: the runner falls back to the greedy and a trivial bound
    }
    return { id: req.id, colValue, objective, bound, status: String(run.modelStatus), seconds: (performance.now() - t0) / 1000 };
  } finally {
    model.dispose();
  }
}

/** Share of a cluster's time limit for the per-station fix-and-optimize pass. */
const FIX_SHARE = 0.4;

/** Objective of a column vector. */
function value(m: ClusterModel, x: ArrayLike<number>): number {
  let v = 0;
  for (let j = 0; j < m.numCols; j++) v += (m.colCost[j] ?? 0) * ((x[j] ?? 0) > 0.5 ? 1 : 0);
  return v;
}

/** Row activities of a 0/1 column vector. */
function activities(m: ClusterModel, x: ArrayLike<number>): Float64Array {
  const act = new Float64Array(m.numRows);
  for (let i = 0; i < m.numRows; i++) {
    for (let k = m.starts[i] ?? 0; k < (m.starts[i + 1] ?? 0); k++) act[i] = (act[i] ?? 0) + (m.values[k] ?? 0) * ((x[m.indices[k] ?? 0] ?? 0) > 0.5 ? 1 : 0);
  }
  return act;
}

/** Whether a 0/1 column vector satisfies every row and column bound. */
function feasible(m: ClusterModel, x: ArrayLike<number>): boolean {
  const act = activities(m, x);
  for (let i = 0; i < m.numRows; i++) if ((act[i] ?? 0) > (m.rowUpper[i] ?? 0) + 1e-9 || (act[i] ?? 0) < (m.rowLower[i] ?? 0) - 1e-9) return false;
  for (let j = 0; j < m.numCols; j++) if ((x[j] ?? 0) < (m.colLower[j] ?? 0) - 1e-9) return false;
  return true;
}

parentPort?.on('message', (req: SolveRequest) => {
  solveClusterModel(req).then(
    (reply) => parentPort?.postMessage(reply),
    (err: unknown) => parentPort?.postMessage({ id: req.id, colValue: null, objective: 0, bound: Infinity, status: 'error', seconds: 0, error: String(err) }),
  );
});
