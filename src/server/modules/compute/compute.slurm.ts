// The Slurm adapter: Slurm's own commands (sbatch, squeue, sacct, scancel, sinfo) run with
// execFile and a timeout, on a host that is a Slurm client of the cluster (munge key, slurm.conf).
// Times are read in UTC (TZ=UTC, SLURM_TIME_FORMAT=standard). The platform's job `cj_…` is the
// Slurm job named `pj-cj_…`, which is how a repeated submit finds it; its output goes to
// `<outputDir>/<jobId>.log`, a folder on a file system both the nodes and Pujiang see.
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GPU_MODEL_NAMES, type GpuModel } from '../../../shared/compute.ts';
import { AppError } from '../../http/errors.ts';
import { readLogChunk } from './compute.local.ts';
import type { ClusterObserved, ClusterPool, DispatchSpec, ExecutionAdapter, ExternalJob, JobUsage, LogChunk } from './compute.types.ts';

const JOB_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
const SLURM_ID = /^\d+(?:_\d+)?$/;
const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Environment keys a job may not set: they would change sbatch's own options or Slurm's job environment. */
const RESERVED_ENV = /^(SBATCH_|SLURM_|SALLOC_|SRUN_|PUJIANG_)/;
const CHUNK = 200;

export interface SlurmAdapterOptions {
  /** The default partition (a pool's `partition`, then this, then the pool's name). */
  partition?: string;
  /** The Slurm account jobs are charged to (`--account`). */
  account?: string;
  /** Where job output is written: a folder the nodes and Pujiang both see. */
  outputDir: string;
  pools: ClusterPool[];
  /** Timeout of each Slurm command (default 20 s). */
  commandTimeoutMs?: number;
}

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment of Slurm's commands: no secret of the platform, times in UTC and ISO form. */
function slurmEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin', TZ: 'UTC', SLURM_TIME_FORMAT: 'standard', LANG: 'C.UTF-8' };
  for (const k of ['HOME', 'USER', 'LOGNAME', 'SLURM_CONF']) {
    const v = process.env[k];
    if (v) env[k] = v;
  }
  return { ...env, ...extra };
}

/** Runs a Slurm command. Resolves with its exit code and output; rejects only when it could not run or timed out. */
export function runSlurm(cmd: string, args: string[], o: { input?: string; env?: Record<string, string>; timeoutMs?: number; cwd?: string } = {}): Promise<RunResult> {
  return new Promise((res, rej) => {
    const child = execFile(
      cmd,
      args,
      { env: o.env ?? slurmEnv(), timeout: o.timeoutMs ?? 20_000, maxBuffer: 64 << 20, encoding: 'utf8', cwd: o.cwd },
      (err, stdout, stderr) => {
        if (err && (typeof err.code !== 'number' || err.killed)) {
          rej(new Error(err.killed ? `${cmd} timed out` : `${cmd}: ${err.message}`));
          return;
        }
        res({ code: err ? Number(err.code) : 0, stdout, stderr });
      },
    );
    child.stdin?.on('error', () => {});
    child.stdin?.end(o.input ?? '');
  });
}

/** Slurm's job states → the adapter's. */
export function mapSlurmState(raw: string): ExternalJob['state'] {
  const s = raw.trim().split(/\s+/)[0]!.replace(/\+$/, '').toUpperCase();
  switch (s) {
    case 'PENDING':
    case 'REQUEUED':
    case 'REQUEUE_HOLD':
    case 'REQUEUE_FED':
    case 'RESV_DEL_HOLD':
      return 'queued';
    case 'RUNNING':
    case 'COMPLETING':
    case 'CONFIGURING':
    case 'SUSPENDED':
    case 'STOPPED':
    case 'SIGNALING':
    case 'STAGE_OUT':
    case 'RESIZING':
      return 'running';
    case 'COMPLETED':
      return 'completed';
    case 'FAILED':
    case 'NODE_FAIL':
    case 'OUT_OF_MEMORY':
    case 'BOOT_FAIL':
    case 'SPECIAL_EXIT':
      return 'failed';
    case 'CANCELLED':
    case 'PREEMPTED':
    case 'REVOKED':
      return 'cancelled';
    case 'TIMEOUT':
    case 'DEADLINE':
      return 'timeout';
    default:
      return 'unknown';
  }
}

const FINAL: ReadonlySet<ExternalJob['state']> = new Set(['completed', 'failed', 'cancelled', 'timeout']);

/** A time printed by Slurm in UTC (`2026-01-02T03:04:05`), or null for Unknown, None, N/A. */
function slurmTime(s: string | undefined): string | null {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})$/.exec((s ?? '').trim());
  return m ? `${m[1]}.000Z` : null;
}

/** sacct's ExitCode `code:signal` → an exit status (128 + signal when killed by one). */
function exitStatus(s: string | undefined): number | null {
  const m = /^(\d+):(\d+)$/.exec((s ?? '').trim());
  if (!m) return null;
  return Number(m[2]) > 0 ? 128 + Number(m[2]) : Number(m[1]);
}

/** squeue's exit_code, a raw wait status (exit code << 8 | signal) → an exit status (128 + signal when killed by one). */
export function waitStatus(s: string | undefined): number | null {
  const n = Number((s ?? '').trim());
  if (!/^\d+$/.test((s ?? '').trim())) return null;
  return n & 0x7f ? 128 + (n & 0x7f) : (n >> 8) & 0xff;
}

/** Seconds → `D-HH:MM:SS` (Slurm counts time limits in whole minutes and rounds up). */
export function slurmDuration(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  const d = Math.floor(s / 86400);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d}-${p(Math.floor((s % 86400) / 3600))}:${p(Math.floor((s % 3600) / 60))}:${p(s % 60)}`;
}

/** A GPU model from a Slurm GRES type (`h100` → `H100`). */
function modelOfType(type: string | undefined): GpuModel | null {
  if (!type) return null;
  return GPU_MODEL_NAMES.find((m) => m.toLowerCase() === type.toLowerCase()) ?? null;
}

/** GPU counts in a GRES string such as `gpu:h100:4(S:0-1),gpu:a100:2` or `gpu:h100:1(IDX:0,2)`. */
export function gresGpus(gres: string): number {
  let n = 0;
  for (const m of gres.matchAll(/(?:^|,)gpu(?::([^:,(]+))?:(\d+)/g)) n += Number(m[2]);
  return n;
}

/** `billing=18,cpu=2,gres/gpu:h100=1,gres/gpu=1,mem=1000M,node=1` → counts. */
export function parseTres(tres: string): { cpus: number; gpus: number; gpuType: string | null } {
  let cpus = 0;
  let untyped: number | null = null;
  let typed = 0;
  let gpuType: string | null = null;
  for (const part of tres.split(',')) {
    const [k, v] = part.split('=');
    if (!k || v === undefined) continue;
    if (k === 'cpu') cpus = Number(v) || 0;
    else if (k === 'gres/gpu') untyped = Number(v) || 0;
    else if (k.startsWith('gres/gpu:')) {
      typed += Number(v) || 0;
      gpuType = k.slice('gres/gpu:'.length);
    }
  }
  return { cpus, gpus: untyped ?? typed, gpuType };
}

function unreachable(what: string, r: RunResult | Error): AppError {
  const text = r instanceof Error ? r.message : r.stderr.trim() || r.stdout.trim() || `exit status ${r.code}`;
  return new AppError('cluster_unreachable', `${what}: ${text}`);
}

export class SlurmAdapter implements ExecutionAdapter {
  readonly engine = 'slurm' as const;
  readonly runsContainers = false;
  /** Slurm starts a queued job as soon as its resources free. */
  readonly queuesAhead = true;
  readonly outputDir: string;
  private readonly o: SlurmAdapterOptions;
  /** Slurm job id → the platform's job id (for the log's file name). */
  private readonly names = new Map<string, string>();

  constructor(o: SlurmAdapterOptions) {
    this.o = o;
    this.outputDir = resolve(o.outputDir);
  }

  private run(cmd: string, args: string[], o: { input?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
    return runSlurm(cmd, args, { ...o, timeoutMs: this.o.commandTimeoutMs });
  }

  private partitionOf(pool: ClusterPool): string {
    return pool.partition ?? this.o.partition ?? pool.name;
  }

  private logPath(jobId: string): string {
    return join(this.outputDir, `${jobId}.log`);
  }

  async status(): Promise<ClusterObserved> {
    const at = new Date().toISOString();
    const down = (message: string): ClusterObserved => ({ at, up: false, message, nodesUp: 0, nodesTotal: 0, gpusTotal: 0, gpusAllocated: 0, cpusTotal: 0, cpusAllocated: 0 });
    try {
      const partitions = [...new Set(this.o.pools.map((p) => this.partitionOf(p)))];
      const args = ['-h', '-N', '-O', 'NodeList:|,StateLong:|,CPUsState:|,Gres:|,GresUsed:|'];
      if (partitions.length) args.push('-p', partitions.join(','));
      const r = await this.run('sinfo', args);
      if (r.code !== 0) return down(`sinfo: ${r.stderr.trim() || `exit status ${r.code}`}`);
      const nodes = new Map<string, string[]>();
      for (const line of r.stdout.split('\n')) {
        const f = line.split('|').map((x) => x.trim());
        if (f.length >= 5 && f[0]) nodes.set(f[0], f);
      }
      const o: ClusterObserved = { at, up: false, message: null, nodesUp: 0, nodesTotal: nodes.size, gpusTotal: 0, gpusAllocated: 0, cpusTotal: 0, cpusAllocated: 0 };
      const downNodes: string[] = [];
      for (const [name, f] of nodes) {
        // a suffix says the node does not respond (*), is powered off or powering (~ # % !)
        const state = /[*~#%!]/.test(f[1]!) ? 'unavailable' : f[1]!.replace(/[$@^+-]+$/, '').toLowerCase();
        const [alloc, , , total] = f[2]!.split('/').map(Number);
        o.cpusTotal += total || 0;
        o.cpusAllocated += alloc || 0;
        o.gpusTotal += gresGpus(f[3]!);
        o.gpusAllocated += gresGpus(f[4]!);
        if (['idle', 'mixed', 'allocated', 'completing', 'reserved', 'planned'].includes(state)) o.nodesUp++;
        else downNodes.push(`${name} (${f[1]})`);
      }
      o.up = o.nodesUp > 0;
      if (!nodes.size) o.message = `no nodes in partition ${partitions.join(', ')}`;
      else if (downNodes.length) o.message = `${downNodes.length} of ${nodes.size} nodes not available: ${downNodes.slice(0, 5).join(', ')}`;
      return o;
    } catch (e) {
      return down((e as Error).message);
    }
  }

  /** The Slurm job named after the platform's job, if there is one (squeue, then sacct for the last week). */
  private async findByName(name: string): Promise<string | null> {
    const q = await this.run('squeue', ['-h', '-t', 'all', `--name=${name}`, '-o', '%i']);
    if (q.code !== 0) throw unreachable('squeue', q);
    const live = q.stdout.split('\n').map((s) => s.trim()).filter(Boolean);
    if (live.length) return live.at(-1)!;
    const a = await this.run('sacct', ['-X', '-n', '-P', '-S', 'now-7days', `--name=${name}`, '-o', 'JobID']);
    if (a.code !== 0) return null; // no accounting: squeue is all there is
    const past = a.stdout.split('\n').map((s) => s.trim()).filter((s) => SLURM_ID.test(s));
    return past.at(-1) ?? null;
  }

  async submit(spec: DispatchSpec): Promise<{ externalId: string }> {
    if (!JOB_ID.test(spec.jobId)) throw new AppError('validation_failed', `not a job id the Slurm adapter accepts: ${spec.jobId}`);
    if (spec.command === null || spec.image !== null) throw new AppError('no_matching_cluster', 'this Slurm cluster runs shell commands, not container images');
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(spec.env)) {
      if (!ENV_KEY.test(k) || v.includes('\0')) throw new AppError('validation_failed', `not a valid environment variable: ${k}`);
      // The platform's own PUJIANG_* are set below; of the spec's, only the array index passes.
      if (!RESERVED_ENV.test(k) || k === 'PUJIANG_ARRAY_INDEX') env[k] = v;
    }
    env.PUJIANG_JOB_ID = spec.jobId;
    env.PUJIANG_INPUT_URI = spec.inputUri ?? '';
    env.PUJIANG_OUTPUT_URI = spec.outputUri ?? '';
    env.OMP_NUM_THREADS = String(Math.max(1, spec.cpus));

    const name = `pj-${spec.jobId}`;
    try {
      const found = await this.findByName(name);
      if (found) {
        this.names.set(found, spec.jobId);
        return { externalId: found };
      }
      mkdirSync(this.outputDir, { recursive: true });
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw unreachable('submit', e as Error);
    }
    const args = [
      '--parsable',
      `--job-name=${name}`,
      `--partition=${this.partitionOf(spec.pool)}`,
      `--cpus-per-task=${Math.max(1, spec.cpus)}`,
      `--time=${slurmDuration(spec.timeLimitSeconds)}`,
      `--output=${this.logPath(spec.jobId)}`,
      `--chdir=${this.outputDir}`,
      '--export=ALL',
      '--nodes=1',
      '--ntasks=1',
    ];
    if (this.o.account) args.push(`--account=${this.o.account}`);
    if (spec.gpus > 0) args.push(spec.pool.gpuModel ? `--gres=gpu:${spec.pool.gpuModel.toLowerCase()}:${spec.gpus}` : `--gres=gpu:${spec.gpus}`);
    if (spec.memGb > 0) args.push(`--mem=${Math.ceil(spec.memGb * 1024)}M`);
    // The script: sbatch reads #SBATCH lines only before the first command, so the job's own
    // command cannot add options; Slurm sets CUDA_VISIBLE_DEVICES for the GRES it gives.
    const script = ['#!/bin/bash', `# Pujiang job ${spec.jobId}`, 'export PUJIANG_GPU_DEVICES="${CUDA_VISIBLE_DEVICES-}"', spec.command, ''].join('\n');
    let r: RunResult;
    try {
      r = await this.run('sbatch', args, { input: script, env: slurmEnv(env) });
    } catch (e) {
      throw unreachable('sbatch', e as Error);
    }
    const id = r.stdout.trim().split(';')[0]!.trim();
    if (r.code !== 0 || !SLURM_ID.test(id)) throw unreachable('sbatch', r);
    this.names.set(id, spec.jobId);
    return { externalId: id };
  }

  async poll(externalIds: string[]): Promise<Map<string, ExternalJob>> {
    const ids = [...new Set(externalIds.filter((i) => SLURM_ID.test(i)))];
    const out = new Map<string, ExternalJob>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      let q: RunResult;
      try {
        q = await this.run('squeue', ['-h', '-t', 'all', '-j', chunk.join(','), '-O', 'JobID:|,State:|,Reason:|,StartTime:|,EndTime:|,Name:|,exit_code:|']);
      } catch (e) {
        throw unreachable('squeue', e as Error);
      }
      // one id that Slurm has forgotten makes squeue fail: sacct answers for those
      if (q.code !== 0 && !/Invalid job id/i.test(q.stderr)) throw unreachable('squeue', q);
      for (const line of q.code === 0 ? q.stdout.split('\n') : []) {
        const [id, st, reason, start, end, name, wait] = line.split('|').map((s) => s.trim());
        if (!id || !chunk.includes(id)) continue;
        const state = mapSlurmState(st ?? '');
        if (name?.startsWith('pj-')) this.names.set(id, name.slice(3));
        out.set(id, {
          externalId: id,
          state,
          exitCode: FINAL.has(state) ? waitStatus(wait) : null,
          startedAt: state === 'queued' ? null : slurmTime(start),
          endedAt: FINAL.has(state) ? slurmTime(end) : null,
          message: reason && reason !== 'None' ? reason : null,
        });
      }
      // jobs slurmctld has forgotten (MinJobAge after their end): the accounting knows them
      const ask = chunk.filter((id) => !out.has(id));
      if (!ask.length) continue;
      const a = await this.sacct(ask, 'JobID,State,ExitCode,Start,End,JobName').catch(() => null);
      for (const [id, st, exit, start, end, name] of a ?? []) {
        if (!id) continue;
        const state = mapSlurmState(st ?? '');
        if (name?.startsWith('pj-')) this.names.set(id, name.slice(3));
        out.set(id, {
          externalId: id,
          state,
          exitCode: FINAL.has(state) ? exitStatus(exit) : null,
          startedAt: slurmTime(start),
          endedAt: FINAL.has(state) ? slurmTime(end) : null,
          message: st && st.includes(' ') ? st : null,
        });
      }
    }
    return out;
  }

  /** sacct rows (allocations only, `-X`) of the given jobs, fields in the order asked. */
  private async sacct(ids: string[], fields: string): Promise<string[][]> {
    const r = await this.run('sacct', ['-X', '-P', '-n', '-j', ids.join(','), '-o', fields]);
    if (r.code !== 0) throw unreachable('sacct', r);
    return r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('|'))
      .filter((f) => ids.includes(f[0]!));
  }

  async cancel(externalId: string): Promise<void> {
    if (!SLURM_ID.test(externalId)) return;
    let r: RunResult;
    try {
      r = await this.run('scancel', [externalId]);
    } catch (e) {
      throw unreachable('scancel', e as Error);
    }
    if (r.code !== 0 && !/already completing or completed|Invalid job id/i.test(r.stderr)) throw unreachable('scancel', r);
  }

  async logs(externalId: string, offset: number, limit: number): Promise<LogChunk> {
    let jobId = this.names.get(externalId);
    const state = (await this.poll([externalId])).get(externalId);
    jobId ??= this.names.get(externalId);
    if (!state || !jobId) throw new AppError('not_found', `no Pujiang job ${externalId} in Slurm`);
    return readLogChunk(this.logPath(jobId), offset, limit, FINAL.has(state.state));
  }

  async accounting(externalIds: string[]): Promise<Map<string, JobUsage & { state: ExternalJob['state']; exitCode: number | null }>> {
    const ids = [...new Set(externalIds.filter((i) => SLURM_ID.test(i)))];
    const out = new Map<string, JobUsage & { state: ExternalJob['state']; exitCode: number | null }>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      let rows: string[][];
      try {
        rows = await this.sacct(ids.slice(i, i + CHUNK), 'JobID,State,ExitCode,Start,End,ElapsedRaw,AllocTRES,Partition');
      } catch (e) {
        throw e instanceof AppError ? e : unreachable('sacct', e as Error);
      }
      for (const [id, st, exit, , , elapsedRaw, tres, partition] of rows) {
        const state = mapSlurmState(st ?? '');
        if (!FINAL.has(state)) continue; // only ended jobs

        const elapsed = Math.max(0, Number(elapsedRaw) || 0);
        const t = parseTres(tres ?? '');
        const pool = this.o.pools.find((p) => this.partitionOf(p) === partition && p.gpuModel) ?? null;
        const gpuModel = t.gpus > 0 ? (modelOfType(t.gpuType ?? undefined) ?? pool?.gpuModel ?? null) : null;
        out.set(id!, {
          state,
          exitCode: exitStatus(exit),
          elapsedSeconds: elapsed,
          gpus: t.gpus,
          cpus: t.cpus,
          gpuSeconds: t.gpus * elapsed,
          cpuSeconds: t.cpus * elapsed,
          gpuModel,
          source: `sacct ${id} ${st} ElapsedRaw=${elapsed} AllocTRES=${tres ?? ''}`,
        });
      }
    }
    return out;
  }

  async close(): Promise<void> {
    this.names.clear();
  }
}

/** Whether a Slurm answers here with a node that can run jobs (idle, mixed or allocated). Never throws. */
export async function slurmAvailable(): Promise<boolean> {
  try {
    const r = await runSlurm('sinfo', ['-h', '-o', '%T'], { timeoutMs: 5000 });
    return r.code === 0 && r.stdout.split('\n').some((s) => /^(idle|mixed|alloc|allocated|completing)[$@^+-]*$/.test(s.trim()));
  } catch {
    return false;
  }
}
