// Generator of realistic beamtime cycles for the scheduler benchmark: stations grouped into
// sectors that share sample environments, a cycle of 8 h shifts with start-up days and machine
// development days, proposals at about 2.5x oversubscription with graded scores, the panel's
// rank per station, impossible dates (team unavailable) and preferred dates.
import type { ScheduleExperiment, ScheduleInput, ShiftRange } from '../../src/server/modules/facilities/facilities.schedule.ts';

/** Seeded PRNG (mulberry32), so every run schedules the same cycle. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Size of a generated cycle. */
export type CycleSize = { stations: number; days: number; proposals: number; seed?: number };

/** Builds one cycle. */
export function generateCycle(size: CycleSize): ScheduleInput {
  const r = rng(size.seed ?? 20261121);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const spd = 3;
  const horizon = size.days * spd;
  // User operation: after 3 start-up days, every 14th day is machine development.
  const userOperation: Record<string, ShiftRange[]> = {};
  const opRanges: ShiftRange[] = [];
  let from = 3 * spd;
  for (let d = 14; d < size.days; d += 14) {
    opRanges.push({ from, to: d * spd });
    from = (d + 1) * spd;
  }
  opRanges.push({ from, to: horizon });
  // Sectors of 1-3 stations share 2-4 sample environments.
  const stationIds: string[] = [];
  const sectorEquipment = new Map<string, string[]>();
  let sector = 0;
  for (let i = 0; i < size.stations; ) {
    const n = Math.min(size.stations - i, int(1, 3));
    const env = Array.from({ length: int(2, 4) }, (_, k) => `env-${sector}-${k}`);
    for (let j = 0; j < n; j++, i++) {
      const id = `st-${String(i).padStart(2, '0')}`;
      stationIds.push(id);
      userOperation[id] = opRanges.map((x) => ({ ...x }));
      sectorEquipment.set(id, env);
    }
    sector++;
  }
  const perStation = size.proposals / size.stations;
  const experiments: ScheduleExperiment[] = [];
  let n = 0;
  for (const st of stationIds) {
    const count = Math.max(1, Math.round(perStation * (0.8 + 0.4 * r())));
    const list: ScheduleExperiment[] = [];
    for (let k = 0; k < count; k++) {
      const shifts = spd * int(2, 10);
      const impossible: ShiftRange[] = [];
      if (r() < 0.5) {
        for (let m = int(1, 3); m > 0; m--) {
          const d = int(0, size.days - 1);
          impossible.push({ from: d * spd, to: Math.min(horizon, (d + int(2, 10)) * spd) });
        }
      }
      const preferred: ShiftRange[] = [];
      if (r() < 0.6) {
        const d = int(0, size.days - 10);
        preferred.push({ from: d * spd, to: Math.min(horizon, (d + int(10, 30)) * spd) });
      }
      const env = sectorEquipment.get(st) ?? [];
      const equipment: string[] = [];
      const u = r();
      if (u < 0.5) equipment.push(env[int(0, env.length - 1)] ?? 'env');
      if (u < 0.1) equipment.push(`${st}-private-${int(0, 1)}`);
      list.push({ id: `p-${n++}`, stationId: st, shifts, score: Math.round((1 + 4 * r()) * 10) / 10, rank: 0, impossible, preferred, equipment: [...new Set(equipment)] });
    }
    list.sort((a, b) => b.score - a.score).forEach((e, i) => (e.rank = i + 1));
    experiments.push(...list);
  }
  return { shiftsPerDay: spd, days: size.days, userOperation, experiments, changeoverShifts: 1, pins: [], policy: 'score' };
}

/** Requested shifts over user-operation shifts, across all stations. */
export function oversubscription(input: ScheduleInput): number {
  const cap = Object.values(input.userOperation).reduce((n, rs) => n + rs.reduce((m, x) => m + x.to - x.from, 0), 0);
  return input.experiments.reduce((n, e) => n + e.shifts, 0) / cap;
}
