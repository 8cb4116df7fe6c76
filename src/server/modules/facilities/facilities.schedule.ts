// Beamtime scheduling core (issue 4): pure types and functions, no database, no HiGHS.
//
// A cycle is a line of shifts 0..days*shiftsPerDay-1. Each experiment gets one contiguous block of
// its awarded shifts on its station, inside the station's user operation, never on its team's
// impossible dates; shared sample environments (equipment ids) are used by one block at a time;
// consecutive blocks on a station whose equipment sets differ need `changeoverShifts` between them.
//
// Formulation (time-indexed MILP, built here, solved by HiGHS in facilities.schedule.runner.ts):
//   x[e,s] ∈ {0,1}: experiment e starts at shift s, for candidate starts only (feasible blocks;
//   candidates are day-aligned when `granularity` is 'day', the pinned start is always one).
//   max Σ value(e,s)·x[e,s], value = score·shifts·(1 + PREFERENCE_BONUS·share of the block on
//   preferred shifts).
//   assignment   Σ_s x[e,s] ≤ 1 (a pin fixes x[e,pin] = 1)
//   station      for every candidate start p on the station: Σ x[e,s] over s ≤ p < s+shifts+changeover ≤ 1
//                (two blocks overlap iff the later one's start lies in the earlier one's extent, so
//                rows at start points suffice). The changeover tail is reserved after every block
//                — conservative: it is also kept between blocks with the same equipment, which the
//                validator would allow. The tail may run outside user operation or past the cycle.
//   equipment    for every equipment id shared by two or more experiments and every candidate
//                start p of one of them: Σ x[e,s] over blocks covering p ≤ 1
//   rank policy  on each station, y_a ≥ y_b for consecutive panel ranks a < b (y_e = Σ_s x[e,s]),
//                over experiments that have at least one candidate: a lower-ranked experiment is
//                placed only if every higher-ranked one is.
// Stations linked by a shared equipment id form a cluster; clusters are solved independently.

/** Half-open range of shift indices [from, to). */
export type ShiftRange = { from: number; to: number };

/** One experiment to schedule: an awarded proposal on a station. */
export type ScheduleExperiment = {
  id: string;
  stationId: string;
  /** Awarded shifts: the length of the contiguous block. */
  shifts: number;
  /** Panel score used as the weight of each shift placed. */
  score: number;
  /** Panel rank on the station, 1 = best. */
  rank: number;
  impossible: ShiftRange[];
  preferred: ShiftRange[];
  /** Sample-environment ids; shared across stations. */
  equipment: string[];
};

/** A block staff fixed by hand: the experiment starts exactly at `start`. */
export type SchedulePin = { experimentId: string; start: number };

/** Objective policy: 'score' maximizes weighted shifts; 'rank' also keeps the panel's order. */
export type SchedulePolicy = 'score' | 'rank';

/** Everything the scheduler needs for one cycle. */
export type ScheduleInput = {
  shiftsPerDay: number;
  days: number;
  /** Per station id, the shift ranges of user operation. */
  userOperation: Record<string, ShiftRange[]>;
  experiments: ScheduleExperiment[];
  changeoverShifts: number;
  pins: SchedulePin[];
  policy: SchedulePolicy;
};

/** One placed block. */
export type Placement = { experimentId: string; stationId: string; start: number; shifts: number };

/** Per-cluster solver figures. */
export type ClusterStats = {
  cluster: number;
  stations: number;
  experiments: number;
  columns: number;
  rows: number;
  heuristicObjective: number;
  objective: number;
  bound: number;
  status: string;
  seconds: number;
};

/** The result of scheduling one cycle. */
export type ScheduleResult = {
  placements: Placement[];
  unplaced: string[];
  objective: number;
  /** Best bound on the (coarsened) model's optimum: the sum of HiGHS' MIP dual bounds. */
  lpBound: number;
  gapPct: number;
  heuristicObjective: number;
  seconds: number;
  clusters: ClusterStats[];
};

/** One violation found by the validator. */
export type Violation = { rule: string; experimentId?: string; detail: string };

/** Share of a block's value added when the whole block lies on preferred shifts. */
export const PREFERENCE_BONUS = 0.1;

/** 'day': candidate starts at the first shift of a day (smaller models); 'shift': every shift. */
export type Granularity = 'day' | 'shift';

/** Shifts of [s, s+len) that fall in the ranges. */
function overlap(ranges: ShiftRange[], s: number, len: number): number {
  let n = 0;
  for (const r of ranges) n += Math.max(0, Math.min(r.to, s + len) - Math.max(r.from, s));
  return n;
}

/** Boolean mask of length `horizon` set on the ranges. */
function mask(ranges: ShiftRange[], horizon: number): Uint8Array {
  const m = new Uint8Array(horizon);
  for (const r of ranges) for (let t = Math.max(0, r.from); t < Math.min(horizon, r.to); t++) m[t] = 1;
  return m;
}

/** The value of placing `e` at start `s` (the objective coefficient). */
export function placementValue(e: ScheduleExperiment, s: number): number {
  return e.score * e.shifts * (1 + (PREFERENCE_BONUS * overlap(e.preferred, s, e.shifts)) / e.shifts);
}

/** Objective of a set of placements. */
export function scheduleObjective(input: ScheduleInput, placements: Placement[]): number {
  const byId = new Map(input.experiments.map((e) => [e.id, e]));
  let v = 0;
  for (const p of placements) {
    const e = byId.get(p.experimentId);
    if (e) v += placementValue(e, p.start);
  }
  return v;
}

/** Feasible candidate starts of every experiment (pinned experiments: only the pin). */
export function candidateStarts(input: ScheduleInput, granularity: Granularity): Map<string, number[]> {
  const horizon = input.days * input.shiftsPerDay;
  const pins = new Map(input.pins.map((p) => [p.experimentId, p.start]));
  const opMasks = new Map<string, Uint8Array>();
  const out = new Map<string, number[]>();
  for (const e of input.experiments) {
    const pin = pins.get(e.id);
    if (pin !== undefined) {
      out.set(e.id, [pin]);
      continue;
    }
    let op = opMasks.get(e.stationId);
    if (!op) {
      op = mask(input.userOperation[e.stationId] ?? [], horizon);
      opMasks.set(e.stationId, op);
    }
    const ok = Uint8Array.from(op);
    for (const r of e.impossible) for (let t = Math.max(0, r.from); t < Math.min(horizon, r.to); t++) ok[t] = 0;
    // run[t] = length of the run of usable shifts starting at t
    const run = new Int32Array(horizon + 1);
    for (let t = horizon - 1; t >= 0; t--) run[t] = ok[t] ? (run[t + 1] ?? 0) + 1 : 0;
    const starts: number[] = [];
    for (let s = 0; s + e.shifts <= horizon; s++) {
      if ((run[s] ?? 0) < e.shifts) continue;
      // Day-aligned, or the first usable shift after a gap (operation may begin mid-day).
      if (granularity === 'day' && s % input.shiftsPerDay !== 0 && (s === 0 || ok[s - 1])) continue;
      starts.push(s);
    }
    out.set(e.id, starts);
  }
  return out;
}

/** Groups station ids linked by a shared equipment id; returns the experiments of each cluster. */
export function clusterExperiments(input: ScheduleInput): ScheduleExperiment[][] {
  const parent = new Map<string, string>();
  const find = (a: string): string => {
    let r = a;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(a, r);
    return r;
  };
  for (const e of input.experiments) if (!parent.has(e.stationId)) parent.set(e.stationId, e.stationId);
  const firstStation = new Map<string, string>();
  for (const e of input.experiments) {
    for (const k of e.equipment) {
      const other = firstStation.get(k);
      if (other === undefined) firstStation.set(k, e.stationId);
      else {
        const a = find(other);
        const b = find(e.stationId);
        if (a !== b) parent.set(a, b);
      }
    }
  }
  const groups = new Map<string, ScheduleExperiment[]>();
  for (const e of input.experiments) {
    const r = find(e.stationId);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(e);
  }
  return [...groups.values()];
}

/** Greedy: pins first, then by panel rank (or by score) each at its most valuable free candidate. */
export function greedySchedule(
  input: ScheduleInput,
  experiments: ScheduleExperiment[],
  cands: Map<string, number[]>,
  order: 'rank' | 'score' = 'rank',
): Placement[] {
  const horizon = input.days * input.shiftsPerDay;
  const c = input.changeoverShifts;
  const stationBusy = new Map<string, Uint8Array>();
  const equipBusy = new Map<string, Uint8Array>();
  const busy = (m: Map<string, Uint8Array>, k: string): Uint8Array => {
    let a = m.get(k);
    if (!a) m.set(k, (a = new Uint8Array(horizon + c + 1)));
    return a;
  };
  const pinned = new Set(input.pins.map((p) => p.experimentId));
  const free = (e: ScheduleExperiment, s: number): boolean => {
    const st = busy(stationBusy, e.stationId);
    for (let t = s; t < s + e.shifts + c; t++) if (st[t]) return false;
    for (const k of e.equipment) {
      const eq = busy(equipBusy, k);
      for (let t = s; t < s + e.shifts; t++) if (eq[t]) return false;
    }
    return true;
  };
  const take = (e: ScheduleExperiment, s: number): Placement => {
    busy(stationBusy, e.stationId).fill(1, s, s + e.shifts + c);
    for (const k of e.equipment) busy(equipBusy, k).fill(1, s, s + e.shifts);
    return { experimentId: e.id, stationId: e.stationId, start: s, shifts: e.shifts };
  };
  const out: Placement[] = [];
  for (const e of experiments) {
    if (!pinned.has(e.id)) continue;
    const s = (cands.get(e.id) ?? [])[0];
    if (s !== undefined && free(e, s)) out.push(take(e, s));
  }
  const stopped = new Set<string>();
  const queue = experiments
    .filter((e) => !pinned.has(e.id))
    .sort((a, b) => (order === 'rank' ? a.rank - b.rank || b.score - a.score : b.score - a.score || a.rank - b.rank));
  for (const e of queue) {
    const starts = cands.get(e.id) ?? [];
    if (starts.length === 0 || stopped.has(e.stationId)) continue;
    let best = -1;
    let bestValue = -1;
    for (const s of starts) {
      if (!free(e, s)) continue;
      const v = placementValue(e, s);
      if (v > bestValue + 1e-9) {
        best = s;
        bestValue = v;
      }
    }
    if (best >= 0) out.push(take(e, best));
    else if (input.policy === 'rank') stopped.add(e.stationId);
  }
  return out;
}

/** A cluster's MILP in HiGHS' structured form (plain arrays, so it can cross a worker boundary). */
export type ClusterModel = {
  numCols: number;
  numRows: number;
  colCost: number[];
  colLower: number[];
  colUpper: number[];
  rowLower: number[];
  rowUpper: number[];
  /** CSR matrix. */
  starts: number[];
  indices: number[];
  values: number[];
  /** Column j is experiment colExp[j] starting at colStart[j]. */
  colExp: string[];
  colStart: number[];
  /** Column j belongs to the cluster's station number colStation[j] (0-based). */
  colStation: number[];
  /** The warm start: column values of the greedy schedule. */
  start: number[];
};

/** Builds the time-indexed MILP of one cluster (see the header comment). */
export function buildClusterModel(
  input: ScheduleInput,
  experiments: ScheduleExperiment[],
  cands: Map<string, number[]>,
  warm: Placement[],
): ClusterModel {
  const c = input.changeoverShifts;
  const pins = new Map(input.pins.map((p) => [p.experimentId, p.start]));
  const colExp: string[] = [];
  const colStart: number[] = [];
  const colCost: number[] = [];
  const colLower: number[] = [];
  const colStation: number[] = [];
  const stationNo = new Map<string, number>();
  const colsOf = new Map<string, number[]>();
  for (const e of experiments) {
    if (!stationNo.has(e.stationId)) stationNo.set(e.stationId, stationNo.size);
    const cols: number[] = [];
    for (const s of cands.get(e.id) ?? []) {
      cols.push(colExp.length);
      colExp.push(e.id);
      colStart.push(s);
      colStation.push(stationNo.get(e.stationId) ?? 0);
      colCost.push(placementValue(e, s));
      colLower.push(pins.get(e.id) === s ? 1 : 0);
    }
    colsOf.set(e.id, cols);
  }
  const rows: number[][] = [];
  const coefs: number[][] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const addRow = (cols: number[], vals: number[] | null, lo: number, hi: number): void => {
    rows.push(cols);
    coefs.push(vals ?? cols.map(() => 1));
    rowLower.push(lo);
    rowUpper.push(hi);
  };
  for (const e of experiments) {
    const cols = colsOf.get(e.id) as number[];
    if (cols.length > 1) addRow(cols, null, 0, 1);
  }
  // Conflict rows over a set of experiments with block extent len(e) (+ tail).
  const conflictRows = (group: ScheduleExperiment[], tail: number): void => {
    const points = new Set<number>();
    for (const e of group) for (const s of cands.get(e.id) ?? []) points.add(s);
    const sorted = [...points].sort((a, b) => a - b);
    for (const p of sorted) {
      const cols: number[] = [];
      for (const e of group) {
        for (const j of colsOf.get(e.id) as number[]) {
          const s = colStart[j] ?? 0;
          if (s <= p && p < s + e.shifts + tail) cols.push(j);
        }
      }
      if (cols.length > 1) addRow(cols, null, -Infinity, 1);
    }
  };
  const byStation = new Map<string, ScheduleExperiment[]>();
  const byEquipment = new Map<string, ScheduleExperiment[]>();
  for (const e of experiments) {
    const a = byStation.get(e.stationId) ?? [];
    a.push(e);
    byStation.set(e.stationId, a);
    for (const k of e.equipment) {
      const b = byEquipment.get(k) ?? [];
      b.push(e);
      byEquipment.set(k, b);
    }
  }
  for (const group of byStation.values()) conflictRows(group, c);
  for (const group of byEquipment.values()) {
    // Two experiments on one station already exclude each other through the station rows.
    if (new Set(group.map((e) => e.stationId)).size > 1) conflictRows(group, 0);
  }
  if (input.policy === 'rank') {
    for (const group of byStation.values()) {
      const chain = group.filter((e) => (colsOf.get(e.id) as number[]).length > 0).sort((a, b) => a.rank - b.rank);
      for (let i = 0; i + 1 < chain.length; i++) {
        const a = colsOf.get((chain[i] as ScheduleExperiment).id) as number[];
        const b = colsOf.get((chain[i + 1] as ScheduleExperiment).id) as number[];
        addRow([...a, ...b], [...a.map(() => 1), ...b.map(() => -1)], 0, Infinity);
      }
    }
  }
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    indices.push(...(rows[i] ?? []));
    values.push(...(coefs[i] ?? []));
    starts.push(indices.length);
  }
  const colIndex = new Map<string, number>();
  for (let j = 0; j < colExp.length; j++) colIndex.set(`${colExp[j]}@${colStart[j]}`, j);
  const start = new Array<number>(colExp.length).fill(0);
  for (const p of warm) {
    const j = colIndex.get(`${p.experimentId}@${p.start}`);
    if (j !== undefined) start[j] = 1;
  }
  return {
    numCols: colExp.length,
    numRows: rows.length,
    colCost,
    colLower,
    colUpper: colExp.map(() => 1),
    rowLower,
    rowUpper,
    starts,
    indices,
    values,
    colExp,
    colStart,
    colStation,
    start,
  };
}

/** Turns a 0/1 column vector of a cluster model back into placements. */
export function placementsFromColumns(input: ScheduleInput, model: ClusterModel, colValue: ArrayLike<number>): Placement[] {
  const byId = new Map(input.experiments.map((e) => [e.id, e]));
  const out: Placement[] = [];
  for (let j = 0; j < model.numCols; j++) {
    if ((colValue[j] ?? 0) > 0.5) {
      const e = byId.get(model.colExp[j] ?? '') as ScheduleExperiment;
      out.push({ experimentId: e.id, stationId: e.stationId, start: model.colStart[j] ?? 0, shifts: e.shifts });
    }
  }
  return out;
}

/** Checks placements against every hard rule; an empty list means the schedule may be published. */
export function validateSchedule(input: ScheduleInput, placements: Placement[]): Violation[] {
  const v: Violation[] = [];
  const horizon = input.days * input.shiftsPerDay;
  const byId = new Map(input.experiments.map((e) => [e.id, e]));
  const seen = new Set<string>();
  const placedAt = new Map<string, Placement>();
  const ok: Placement[] = [];
  for (const p of placements) {
    const e = byId.get(p.experimentId);
    if (!e) {
      v.push({ rule: 'unknown-experiment', experimentId: p.experimentId, detail: 'no such experiment' });
      continue;
    }
    if (seen.has(e.id)) v.push({ rule: 'duplicate', experimentId: e.id, detail: 'placed more than once' });
    seen.add(e.id);
    placedAt.set(e.id, p);
    if (p.stationId !== e.stationId) v.push({ rule: 'station', experimentId: e.id, detail: `on ${p.stationId}, awarded on ${e.stationId}` });
    if (p.shifts !== e.shifts) v.push({ rule: 'awarded-length', experimentId: e.id, detail: `${p.shifts} shifts, awarded ${e.shifts}` });
    if (!Number.isInteger(p.start) || p.start < 0 || p.start + p.shifts > horizon) {
      v.push({ rule: 'cycle', experimentId: e.id, detail: `block ${p.start}+${p.shifts} outside the cycle 0..${horizon}` });
      continue;
    }
    const op = input.userOperation[e.stationId] ?? [];
    if (overlap(op, p.start, p.shifts) !== p.shifts) {
      v.push({ rule: 'user-operation', experimentId: e.id, detail: `block ${p.start}+${p.shifts} leaves user operation` });
    }
    if (overlap(e.impossible, p.start, p.shifts) > 0) {
      v.push({ rule: 'impossible', experimentId: e.id, detail: `block ${p.start}+${p.shifts} meets an impossible date` });
    }
    ok.push(p);
  }
  const sameEquipment = (a: ScheduleExperiment, b: ScheduleExperiment): boolean => {
    const x = new Set(a.equipment);
    const y = new Set(b.equipment);
    return x.size === y.size && [...x].every((k) => y.has(k));
  };
  const byStation = new Map<string, Placement[]>();
  for (const p of ok) {
    const a = byStation.get(p.stationId) ?? [];
    a.push(p);
    byStation.set(p.stationId, a);
  }
  for (const list of byStation.values()) {
    list.sort((a, b) => a.start - b.start);
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1] as Placement;
      const b = list[i] as Placement;
      const ea = byId.get(a.experimentId) as ScheduleExperiment;
      const eb = byId.get(b.experimentId) as ScheduleExperiment;
      const end = a.start + a.shifts;
      if (b.start < end) v.push({ rule: 'station-overlap', experimentId: b.experimentId, detail: `overlaps ${a.experimentId} on ${a.stationId}` });
      else if (!sameEquipment(ea, eb) && b.start < end + input.changeoverShifts) {
        v.push({ rule: 'changeover', experimentId: b.experimentId, detail: `starts ${b.start - end} shifts after ${a.experimentId}, changeover needs ${input.changeoverShifts}` });
      }
    }
  }
  const byEquipment = new Map<string, Placement[]>();
  for (const p of ok) {
    for (const k of new Set((byId.get(p.experimentId) as ScheduleExperiment).equipment)) {
      const a = byEquipment.get(k) ?? [];
      a.push(p);
      byEquipment.set(k, a);
    }
  }
  for (const [k, list] of byEquipment) {
    list.sort((a, b) => a.start - b.start);
    let last: Placement | null = null;
    for (const p of list) {
      if (last && p.start < last.start + last.shifts) {
        v.push({ rule: 'equipment-overlap', experimentId: p.experimentId, detail: `${k} also used by ${last.experimentId}` });
      }
      if (!last || p.start + p.shifts > last.start + last.shifts) last = p;
    }
  }
  for (const pin of input.pins) {
    const p = placedAt.get(pin.experimentId);
    if (!p || p.start !== pin.start) {
      v.push({ rule: 'pin', experimentId: pin.experimentId, detail: `pinned at ${pin.start}, ${p ? `placed at ${p.start}` : 'not placed'}` });
    }
  }
  if (input.policy === 'rank') v.push(...rankViolations(input, placedAt));
  return v;
}

/** Under the 'rank' policy: a placed experiment below an unplaced one that could have been placed. */
function rankViolations(input: ScheduleInput, placedAt: Map<string, Placement>): Violation[] {
  const cands = candidateStarts(input, 'shift');
  const out: Violation[] = [];
  const byStation = new Map<string, ScheduleExperiment[]>();
  for (const e of input.experiments) {
    const a = byStation.get(e.stationId) ?? [];
    a.push(e);
    byStation.set(e.stationId, a);
  }
  for (const list of byStation.values()) {
    const chain = list.filter((e) => (cands.get(e.id) ?? []).length > 0).sort((a, b) => a.rank - b.rank);
    let firstGap: ScheduleExperiment | null = null;
    for (const e of chain) {
      if (!placedAt.has(e.id)) firstGap ??= e;
      else if (firstGap) out.push({ rule: 'rank', experimentId: e.id, detail: `placed while higher-ranked ${firstGap.id} is not` });
    }
  }
  return out;
}
