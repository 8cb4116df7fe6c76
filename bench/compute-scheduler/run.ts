// Compute meta-scheduler benchmark (issue 5): replays the pure scheduler
// (src/server/modules/compute/compute.scheduler.ts) in a discrete-event simulation of a trace-shaped
// workload — 100,000 pending jobs over 50 clusters and 1,000 tenants (20,000 / 10 / 200 with
// --quick) — and prints the scheduler's speed (decisions per second of CPU time, the time of one
// full re-plan), the GPUs allocated while jobs wait, the fairness among backlogged tenants
// (Jain's index of received GPU-time ÷ fair share) and queue delays.
//
//   npm run bench:compute-scheduler               full size, 12 simulated hours (about 5 minutes)
//   npm run bench:compute-scheduler -- --quick    small size, 8 simulated hours, under a minute
//   --hours N   another horizon    --every S   seconds between passes (default 60)
//
// Ends with one JSON line (DESIGN.md, convention 11). `simulate` is exported so that a later
// part (the comparison with Slurm) can run it and add its own keys (e.g. slurm_ratio) to the line.
import { simulate, type SimOptions, type SimResult } from './simulate.ts';

export { simulate };
export type { SimOptions, SimResult };

const QUICK = process.argv.includes('--quick');
const arg = (name: string): number | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};

/** The options of the run `run.ts` makes (full or --quick). */
export function benchOptions(quick = QUICK): SimOptions {
  const size = quick ? { jobs: 20_000, clusters: 10, tenants: 200 } : { jobs: 100_000, clusters: 50, tenants: 1_000 };
  return { ...size, hours: arg('--hours') ?? (quick ? 8 : 12), passEverySeconds: arg('--every') ?? 60 };
}

/** Runs the benchmark, prints its progress and figures; returns the figures (the JSON line's keys). */
export async function main(quick = QUICK, extra: (r: SimResult) => Promise<Record<string, number | string | boolean>> | Record<string, number | string | boolean> = () => ({})): Promise<SimResult> {
  const opts = benchOptions(quick);
  console.log(`compute scheduler: ${opts.jobs} pending jobs, ${opts.clusters} clusters, ${opts.tenants} tenants, ${opts.hours} h simulated, a pass at most every ${opts.passEverySeconds} s`);
  const t0 = Date.now();
  let lastLog = 0;
  const res = await simulate({
    ...opts,
    onPass: (p) => {
      if (Date.now() - lastLog > 5000) {
        lastLog = Date.now();
        console.log(`  ${p.hours.toFixed(1)} h: pass ${p.n}, ${p.pending} pending, ${p.running} running, ${p.ms.toFixed(0)} ms`);
      }
    },
  });
  console.log(`${res.pools} pools, ${res.gpus} GPUs, ${res.allocations} allocations; ${res.passes} passes (${res.full_passes} over ≥ 90% of the backlog), ${res.started} jobs started, ${res.admitted_per_pass} admitted per pass, ${res.backfilled_pct}% backfilled`);
  console.log(`speed: ${res.decisions_per_s} decisions/s of CPU time, re-plan of the backlog ${res.replan_s} s (median; p99 ${res.replan_p99_s} s; first pass into empty clusters ${res.first_pass_s} s)`);
  console.log(`GPUs allocated while jobs wait: ${res.gpu_allocated_pct}%`);
  console.log(`fairness: Jain ${res.jain} over ${res.backlogged_tenants} backlogged tenants (${res.jain_allocations} over their allocations)`);
  console.log(`queue delay of started jobs: p50 ${res.queue_delay_p50_s} s, p99 ${res.queue_delay_p99_s} s`);
  console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  // ── hook: later parts add keys (slurm_ratio, …) through `extra` ──
  Object.assign(res, await extra(res));
  console.log(JSON.stringify({ bench: 'compute-scheduler', quick, ...res }));
  return res;
}

if (import.meta.main) {
  // Against the real Slurm on this machine, when one answers (scripts/slurm/setup.sh).
  const { slurmRatio } = await import('./slurm.ts');
  await main(QUICK, async (): Promise<Record<string, number>> => {
    const r = await slurmRatio({ jobs: QUICK ? 12 : 20, runs: QUICK ? 1 : 3, log: console.log });
    if (!r) {
      console.log('slurm: no Slurm here (scripts/slurm/setup.sh starts one); slurm_ratio not measured');
      return {};
    }
    console.log(`slurm: jobs started per second through Pujiang ÷ through sbatch = ${r.ratio} (${r.pujiang_jobs_per_s} vs ${r.sbatch_jobs_per_s})`);
    return { slurm_ratio: r.ratio, slurm_pujiang_jobs_per_s: r.pujiang_jobs_per_s, slurm_sbatch_jobs_per_s: r.sbatch_jobs_per_s };
  });
}
