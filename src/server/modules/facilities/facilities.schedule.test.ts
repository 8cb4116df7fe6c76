// Beamtime scheduler core: hand-made cycles with known optima, every validator rule, pins, the rank
// policy, and a random cycle that must validate clean. No database.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  PREFERENCE_BONUS,
  validateSchedule,
  type Placement,
  type ScheduleExperiment,
  type ScheduleInput,
} from './facilities.schedule.ts';
import { solveSchedule } from './facilities.schedule.runner.ts';

const exp = (id: string, stationId: string, shifts: number, score: number, rank: number, extra: Partial<ScheduleExperiment> = {}): ScheduleExperiment => ({
  id,
  stationId,
  shifts,
  score,
  rank,
  impossible: [],
  preferred: [],
  equipment: [],
  ...extra,
});

const cycle = (days: number, experiments: ScheduleExperiment[], extra: Partial<ScheduleInput> = {}): ScheduleInput => {
  const stations = [...new Set(experiments.map((e) => e.stationId))];
  return {
    shiftsPerDay: 3,
    days,
    userOperation: Object.fromEntries(stations.map((s) => [s, [{ from: 0, to: days * 3 }]])),
    experiments,
    changeoverShifts: 0,
    pins: [],
    policy: 'score',
    ...extra,
  };
};

const starts = (ps: Placement[]): Record<string, number> => Object.fromEntries(ps.map((p) => [p.experimentId, p.start]));

describe('facility schedule', () => {
  it('finds the optimum the rank-order greedy misses', async () => {
    const input = cycle(2, [exp('A', 's1', 4, 1, 1), exp('B', 's1', 3, 2, 2), exp('C', 's1', 3, 2, 3)]);
    const res = await solveSchedule(input, { timeLimit: 10, granularity: 'shift' });
    assert.equal(res.heuristicObjective, 4);
    assert.equal(res.objective, 12);
    assert.deepEqual(Object.keys(starts(res.placements)).sort(), ['B', 'C']);
    assert.ok(res.lpBound >= res.objective - 1e-6);
    assert.ok(res.gapPct < 1e-6);
    assert.deepEqual(validateSchedule(input, res.placements), []);
  });

  it('keeps the panel order under the rank policy', async () => {
    const input = cycle(2, [exp('A', 's1', 4, 1, 1), exp('B', 's1', 3, 2, 2), exp('C', 's1', 3, 2, 3)], { policy: 'rank' });
    const res = await solveSchedule(input, { timeLimit: 10, granularity: 'shift' });
    assert.deepEqual(starts(res.placements), { A: 0 });
    assert.equal(res.objective, 4);
    assert.deepEqual(validateSchedule(input, res.placements), []);
    // The same placements break the rank rule when A is missing.
    const bad = [{ experimentId: 'B', stationId: 's1', start: 0, shifts: 3 }];
    assert.deepEqual(validateSchedule(input, bad).map((v) => v.rule), ['rank']);
  });

  it('prefers preferred dates and avoids impossible ones', async () => {
    const input = cycle(3, [exp('P', 's1', 3, 2, 1, { preferred: [{ from: 6, to: 9 }] }), exp('I', 's2', 3, 1, 1, { impossible: [{ from: 0, to: 4 }] })]);
    const res = await solveSchedule(input, { timeLimit: 10, granularity: 'shift' });
    const s = starts(res.placements);
    assert.equal(s.P, 6);
    assert.ok((s.I ?? -1) >= 4);
    assert.ok(Math.abs(res.objective - (3 * 2 * (1 + PREFERENCE_BONUS) + 3)) < 1e-6);
    assert.deepEqual(validateSchedule(input, res.placements), []);
  });

  it('leaves changeover time between different sample environments', async () => {
    const two = [exp('X', 's1', 3, 1, 1, { equipment: ['cryo'] }), exp('Y', 's1', 3, 1, 2, { equipment: ['oven'] })];
    const fits = cycle(3, two, { userOperation: { s1: [{ from: 0, to: 7 }] }, changeoverShifts: 1 });
    assert.equal((await solveSchedule(fits, { timeLimit: 10, granularity: 'shift' })).placements.length, 2);
    const tight = { ...fits, changeoverShifts: 2 };
    const res = await solveSchedule(tight, { timeLimit: 10, granularity: 'shift' });
    assert.equal(res.placements.length, 1);
    assert.deepEqual(validateSchedule(tight, res.placements), []);
  });

  it('never double-books shared equipment across stations', async () => {
    const input = cycle(1, [exp('A', 's1', 3, 1, 1, { equipment: ['cryo'] }), exp('B', 's2', 3, 3, 1, { equipment: ['cryo'] })]);
    const res = await solveSchedule(input, { timeLimit: 10, granularity: 'shift' });
    assert.deepEqual(starts(res.placements), { B: 0 });
    assert.equal(res.clusters.length, 1);
    const both = { ...input, days: 2, userOperation: { s1: [{ from: 0, to: 6 }], s2: [{ from: 0, to: 6 }] } };
    const res2 = await solveSchedule(both, { timeLimit: 10, granularity: 'shift' });
    assert.equal(res2.placements.length, 2);
    assert.deepEqual(validateSchedule(both, res2.placements), []);
  });

  it('honours pins and re-optimizes around them', async () => {
    const input = cycle(2, [exp('A', 's1', 4, 1, 1), exp('B', 's1', 3, 2, 2), exp('C', 's1', 2, 2, 3)], { pins: [{ experimentId: 'A', start: 1 }] });
    const res = await solveSchedule(input, { timeLimit: 10, granularity: 'day' });
    const s = starts(res.placements);
    assert.equal(s.A, 1);
    assert.equal(res.objective, 4);
    assert.deepEqual(validateSchedule(input, res.placements), []);
    const moved = res.placements.map((p) => (p.experimentId === 'A' ? { ...p, start: 2 } : p));
    assert.deepEqual(validateSchedule(input, moved).map((v) => v.rule), ['pin']);
  });

  it('the validator names every broken rule', () => {
    const input = cycle(
      3,
      [
        exp('A', 's1', 3, 1, 1, { equipment: ['cryo'] }),
        exp('B', 's1', 3, 1, 2, { equipment: ['oven'] }),
        exp('C', 's2', 3, 1, 1, { equipment: ['cryo'], impossible: [{ from: 7, to: 8 }] }),
        exp('D', 's2', 3, 1, 2),
      ],
      { changeoverShifts: 1, userOperation: { s1: [{ from: 0, to: 9 }], s2: [{ from: 0, to: 8 }] }, pins: [{ experimentId: 'D', start: 0 }] },
    );
    const p = (id: string, stationId: string, start: number, shifts = 3): Placement => ({ experimentId: id, stationId, start, shifts });
    const rules = (ps: Placement[]): string[] => [...new Set(validateSchedule(input, ps).map((v) => v.rule))].sort();
    assert.deepEqual(rules([p('A', 's1', 0), p('B', 's1', 3)]), ['changeover', 'pin']);
    assert.deepEqual(rules([p('D', 's2', 0), p('A', 's1', 0), p('B', 's1', 2)]), ['station-overlap']);
    assert.deepEqual(rules([p('D', 's2', 0), p('A', 's1', 3), p('C', 's2', 4)]), ['equipment-overlap']);
    assert.deepEqual(rules([p('D', 's2', 0), p('C', 's2', 6)]), ['impossible', 'user-operation']);
    assert.deepEqual(rules([p('D', 's2', 0), p('A', 's1', 0, 4)]), ['awarded-length']);
    assert.deepEqual(rules([p('D', 's2', 0), p('A', 's2', 4)]), ['station']);
    assert.deepEqual(rules([p('D', 's2', 0), p('A', 's1', 8)]), ['cycle']);
    assert.deepEqual(rules([p('D', 's2', 0), p('A', 's1', 0), p('A', 's1', 5)]), ['duplicate']);
    assert.deepEqual(rules([p('D', 's2', 0), p('Z', 's1', 0)]), ['unknown-experiment']);
    assert.deepEqual(rules([p('D', 's2', 0), p('A', 's1', 0), p('B', 's1', 4)]), []);
  });

  it('a random cycle validates clean and the MILP is at least the greedy', async () => {
    let seed = 7;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const experiments: ScheduleExperiment[] = [];
    for (let i = 0; i < 40; i++) {
      const st = `s${i % 4}`;
      const d = Math.floor(rnd() * 25);
      experiments.push(
        exp(`e${i}`, st, 3 * (1 + Math.floor(rnd() * 4)), 1 + Math.floor(rnd() * 5), 1 + Math.floor(i / 4), {
          impossible: rnd() < 0.5 ? [{ from: d * 3, to: (d + 3) * 3 }] : [],
          preferred: rnd() < 0.5 ? [{ from: ((d + 5) % 25) * 3, to: (((d + 5) % 25) + 6) * 3 }] : [],
          equipment: rnd() < 0.5 ? [`env${Math.floor(rnd() * 3)}`] : [],
        }),
      );
    }
    for (const policy of ['score', 'rank'] as const) {
      const input = cycle(30, experiments, { changeoverShifts: 1, policy, userOperation: Object.fromEntries(['s0', 's1', 's2', 's3'].map((s) => [s, [{ from: 3, to: 42 }, { from: 45, to: 90 }]])) });
      const res = await solveSchedule(input, { timeLimit: 20 });
      assert.deepEqual(validateSchedule(input, res.placements), []);
      assert.ok(res.objective >= res.heuristicObjective - 1e-6);
      assert.ok(res.lpBound >= res.objective - 1e-6);
      assert.equal(res.placements.length + res.unplaced.length, experiments.length);
    }
  });
});
