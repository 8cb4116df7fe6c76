// Prices of compute, pure: the most a job can cost (what is held) and what its metered usage
// costs (what is charged), both rounded up to the fen from exact integer arithmetic, so the
// charge of a job that used all it asked for equals its hold. And the decay of usage for fair share.

export interface Prices {
  gpuHourFen: number;
  cpuHourFen: number;
}

const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;

/** The most a job can cost: its GPUs and CPUs for its whole time limit, in fen (rounded up). */
export function maxCostFen(job: { gpus: number; cpus: number; timeLimitSeconds: number }, p: Prices): number {
  const perHour = BigInt(job.gpus) * BigInt(p.gpuHourFen) + BigInt(job.cpus) * BigInt(p.cpuHourFen);
  return Number(ceilDiv(perHour * BigInt(job.timeLimitSeconds), 3600n));
}

/** What metered usage costs: GPU-seconds and CPU-seconds at the pool's prices, in fen (rounded up). */
export function chargeFen(usage: { gpuSeconds: number; cpuSeconds: number }, p: Prices): number {
  const gs = BigInt(Math.max(0, Math.round(usage.gpuSeconds)));
  const cs = BigInt(Math.max(0, Math.round(usage.cpuSeconds)));
  return Number(ceilDiv(gs * BigInt(p.gpuHourFen) + cs * BigInt(p.cpuHourFen), 3600n));
}

/** Usage decays by half every `halfLifeSeconds` (Slurm's PriorityDecayHalfLife). */
export function decayed(usage: number, fromMs: number, toMs: number, halfLifeSeconds: number): number {
  if (toMs <= fromMs || usage === 0) return usage;
  return usage * 2 ** (-(toMs - fromMs) / 1000 / halfLifeSeconds);
}

/** The default half-life of fair-share usage: 7 days. */
export const HALF_LIFE_SECONDS = 7 * 86_400;
