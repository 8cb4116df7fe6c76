// Beamtime scheduler benchmark (issue 4): generates a realistic cycle (46 stations, 150 days of
// 8 h shifts, about 2,500 proposals at ~2.5x oversubscription), runs the rank-order greedy and the
// HiGHS MILP per cluster in 2 worker threads, validates the schedule, and prints the objective,
// the bound, the gap and the run time.
//
//   npm run bench:facility-schedule             full cycle, 56 s budget
//   npm run bench:facility-schedule -- --quick  12 stations, 60 days, 4.5 s budget
//   --seconds N                                 another solver budget
//   --policy rank                               keep the panel's rank order on each station
//
// Ends with one JSON line (DESIGN.md, convention 11).
import { validateSchedule } from '../../src/server/modules/facilities/facilities.schedule.ts';
import { solveSchedule } from '../../src/server/modules/facilities/facilities.schedule.runner.ts';
import { generateCycle, oversubscription } from './generate.ts';

const QUICK = process.argv.includes('--quick');
const size = QUICK ? { stations: 12, days: 60, proposals: 260 } : { stations: 46, days: 150, proposals: 2500 };
const secondsArg = process.argv.indexOf('--seconds');
/** Solver budget in seconds (`--seconds N` overrides). */
const budget = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : QUICK ? 4.5 : 56;
const policyArg = process.argv.indexOf('--policy');
const input = { ...generateCycle(size), policy: policyArg > 0 && process.argv[policyArg + 1] === 'rank' ? ('rank' as const) : ('score' as const) };
const over = oversubscription(input);
console.log(`cycle (policy ${input.policy}): ${size.stations} stations, ${size.days} days (${size.days * input.shiftsPerDay} shifts), ${input.experiments.length} proposals, oversubscription ${over.toFixed(2)}x`);
const res = await solveSchedule(input, { timeLimit: budget, gap: 0.002, workers: 2, granularity: 'day' });
const violations = validateSchedule(input, res.placements);
const cols = res.clusters.reduce((n, c) => n + c.columns, 0);
console.log(`clusters: ${res.clusters.length}, columns ${cols}, largest ${Math.max(...res.clusters.map((c) => c.columns))}`);
for (const c of [...res.clusters].sort((a, b) => b.columns - a.columns).slice(0, 5)) {
  console.log(`  cluster ${c.cluster}: ${c.stations} st, ${c.experiments} exp, ${c.columns}x${c.rows}, greedy ${c.heuristicObjective.toFixed(1)}, obj ${c.objective.toFixed(1)}, bound ${c.bound.toFixed(1)}, ${c.status}, ${c.seconds.toFixed(1)} s`);
}
const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;
console.log(`greedy ${round(res.heuristicObjective)}, objective ${round(res.objective)}, bound ${round(res.lpBound)}, gap ${round(res.gapPct, 3)}%, ${round(res.seconds, 2)} s, placed ${res.placements.length}, violations ${violations.length}`);
console.log(
  JSON.stringify({
    bench: 'facility-schedule',
    quick: QUICK,
    policy: input.policy,
    stations: size.stations,
    days: size.days,
    proposals: input.experiments.length,
    oversubscription: round(over, 2),
    clusters: res.clusters.length,
    columns: cols,
    placed: res.placements.length,
    objective: round(res.objective),
    lp_bound: round(res.lpBound),
    gap_pct: round(res.gapPct, 3),
    seconds: round(res.seconds, 2),
    greedy_objective: round(res.heuristicObjective),
    violations: violations.length,
  }),
);
if (violations.length > 0) process.exitCode = 1;
