// The platform's overhead over Slurm itself: N trivial jobs (`true`, 1 GPU, 1 CPU) started
// through Pujiang — submitted through the HTTP API of an app on an in-memory PGlite store, then
// the compute controller's passes run back to back until every job has started (running or
// ended, as the platform sees it) — against the same N jobs handed to `sbatch` directly and
// watched with sacct until every one has started. ratio = Pujiang's jobs/s ÷ sbatch's jobs/s.
//
//   node bench/compute-scheduler/slurm.ts [--jobs N]   prints the figures and one JSON line
//
// `slurmRatio` is what bench/compute-scheduler/run.ts calls; it answers null when no Slurm is
// here (scripts/slurm/setup.sh starts one). Both sides use the partition `debug` and clean up
// only the jobs they submitted.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../src/server/config.ts';
import { openDatabase } from '../../src/server/db/client.ts';
import { openRuntime } from '../../src/server/runtime.ts';
import { createLogger } from '../../src/server/log.ts';
import { closeAdapters, runComputePass, slurmAvailable, type ClusterPool } from '../../src/server/modules/compute/index.ts';
import { appOver } from '../../test/support/app.ts';
import { computeWorld } from '../../test/support/compute.ts';

const run = promisify(execFile);
const PARTITION = 'debug';
/** The test node of scripts/slurm/setup.sh: 4 fake H100s, 8 CPUs, 16000 MB. */
const POOL: ClusterPool = { name: 'h100', gpuModel: 'H100', nodes: 1, gpusPerNode: 4, cpusPerNode: 8, memGbPerNode: 15, gpuHourFen: 3600, cpuHourFen: 36 };
/** The most either side may take before the run is given up. */
const DEADLINE_MS = 10 * 60_000;

export interface SlurmRatio {
  ratio: number;
  pujiang_jobs_per_s: number;
  sbatch_jobs_per_s: number;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

async function slurm(cmd: string, args: string[]): Promise<string> {
  const r = await run(cmd, args, { env: { ...process.env, TZ: 'UTC' }, timeout: 30_000, maxBuffer: 16 << 20 });
  return r.stdout;
}

/** Slurm job ids → their states per sacct (one line per job, no steps). */
async function states(ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 200) {
    const text = await slurm('sacct', ['-X', '-n', '-P', '-o', 'JobID,State', '-j', ids.slice(i, i + 200).join(',')]);
    for (const line of text.split('\n')) {
      const [id, st] = line.trim().split('|');
      if (id && st) out.set(id, st.split(' ')[0]!);
    }
  }
  return out;
}

/** Waits until none of the given Slurm jobs is pending or running (a clean start for the next side). */
async function drained(ids: string[]): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (ids.length && Date.now() < deadline) {
    const st = await states(ids);
    if ([...st.values()].every((s) => !['PENDING', 'RUNNING', 'COMPLETING', 'CONFIGURING'].includes(s))) return;
    await sleep(250);
  }
}

/** N jobs through sbatch directly: jobs per second from the first submit until all have started. */
async function sbatchRate(n: number, outDir: string): Promise<{ perS: number; ids: string[] }> {
  const t0 = performance.now();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const out = await slurm('sbatch', ['--parsable', `--job-name=pj-bench-${i}`, `--partition=${PARTITION}`, '--gres=gpu:h100:1', '--cpus-per-task=1', '--mem=1G', '--time=1', `--output=${join(outDir, 'sbatch-%j.log')}`, '--wrap', 'true']);
    ids.push(out.trim().split(';')[0]!);
  }
  const deadline = Date.now() + DEADLINE_MS;
  for (;;) {
    const st = await states(ids);
    const started = ids.filter((id) => {
      const s = st.get(id);
      return s !== undefined && s !== 'PENDING' && s !== 'CONFIGURING';
    }).length;
    if (started === n) break;
    if (Date.now() > deadline) throw new Error(`sbatch: ${started}/${n} started after ${DEADLINE_MS / 1000} s`);
    await sleep(50);
  }
  return { perS: n / ((performance.now() - t0) / 1000), ids };
}

/** N jobs through Pujiang: API submits, then controller passes until every job has started. */
async function pujiangRate(n: number, dir: string): Promise<{ perS: number; ids: string[] }> {
  const config = loadConfig({ PUJIANG_LOG_LEVEL: 'silent', PUJIANG_SEED: 'none', PUJIANG_JOBS: 'false', PUJIANG_COMPUTE_TICK_MS: '0', PUJIANG_DATA_DIR: dir });
  const database = await openDatabase({ dataDir: 'memory://' });
  const rt = await openRuntime(config, { database, log: createLogger('silent') });
  try {
    const t = appOver(rt, () => undefined);
    const w = await computeWorld(t, { engine: 'slurm', pools: [POOL], connection: { partition: PARTITION, outputDir: join(dir, 'out') }, gpuHoursPerMonth: 1_000_000, maxConcurrentGpus: 1024 });
    const body = { projectId: w.projectId, name: 'bench', command: 'true', gpus: 1, gpuModel: 'H100', cpus: 1, memGb: 1, timeLimitMinutes: 1 };
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const r = await t.req('POST', '/api/compute/jobs', { as: w.tenant.owner, body });
      if (r.status !== 201) throw new Error(`submit: ${r.status} ${r.text}`);
    }
    const deadline = Date.now() + DEADLINE_MS;
    const steps: Record<string, number> = {};
    let passes = 0;
    for (;;) {
      const st = await runComputePass(rt.deps);
      if (st.errors.length) throw new Error(`pass: ${st.errors.join('; ')}`);
      passes++;
      for (const [k, v] of Object.entries(st.stepsMs)) steps[k] = (steps[k] ?? 0) + v;
      const [c] = await rt.deps.db.rows<{ n: number }>(sql`select count(*)::int as n from compute_jobs where state in ('running', 'completed', 'failed', 'cancelled', 'timeout')`);
      if (c!.n >= n) break;
      if (Date.now() > deadline) throw new Error(`pujiang: ${c!.n}/${n} started after ${DEADLINE_MS / 1000} s`);
    }
    const perS = n / ((performance.now() - t0) / 1000);
    if (process.env.PUJIANG_BENCH_VERBOSE) console.log(`pujiang: ${passes} passes, ms per step in all: ${JSON.stringify(Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, Math.round(v)])))}`);
    const ids = (await rt.deps.db.rows<{ external_id: string | null }>(sql`select external_id from compute_jobs`)).flatMap((r) => (r.external_id ? [r.external_id] : []));
    return { perS, ids };
  } finally {
    await closeAdapters();
    await rt.close();
  }
}

/**
 * Jobs per second started through Pujiang and through sbatch on the local Slurm, and their
 * ratio; null when no Slurm answers here.
 */
export async function slurmRatio(opts: { jobs: number; runs?: number; log?: (line: string) => void }): Promise<SlurmRatio | null> {
  if (!(await slurmAvailable())) return null;
  const log = opts.log ?? (() => undefined);
  const runs = Math.max(1, opts.runs ?? 1);
  const direct: number[] = [];
  const through: number[] = [];
  // Alternating runs, medians of each side: the machine is shared and noisy.
  for (let r = 0; r < runs; r++) {
    const dir = mkdtempSync(join(tmpdir(), 'pujiang-bench-slurm-'));
    const mine: string[] = [];
    try {
      const d = await sbatchRate(opts.jobs, dir);
      mine.push(...d.ids);
      direct.push(d.perS);
      log(`slurm: ${opts.jobs} jobs through sbatch: ${d.perS.toFixed(2)} jobs/s started`);
      await drained(d.ids);
      const pj = await pujiangRate(opts.jobs, dir);
      mine.push(...pj.ids);
      through.push(pj.perS);
      log(`slurm: ${opts.jobs} jobs through Pujiang (API → controller → sbatch): ${pj.perS.toFixed(2)} jobs/s started`);
      await drained(pj.ids);
    } finally {
      // Only our own jobs: any still queued or running are cancelled.
      if (mine.length) await slurm('scancel', mine).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const pj = median(through);
  const sb = median(direct);
  return { ratio: round3(pj / sb), pujiang_jobs_per_s: round3(pj), sbatch_jobs_per_s: round3(sb) };
}

if (import.meta.main) {
  const i = process.argv.indexOf('--jobs');
  const jobs = i > 0 ? Number(process.argv[i + 1]) : 20;
  const k = process.argv.indexOf('--runs');
  const r = await slurmRatio({ jobs, runs: k > 0 ? Number(process.argv[k + 1]) : 3, log: console.log });
  if (!r) console.log('slurm: no Slurm here (scripts/slurm/setup.sh starts one); nothing measured');
  console.log(JSON.stringify({ jobs, ...(r ?? { ratio: null }) }));
}
