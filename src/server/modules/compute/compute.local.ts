// The local executor: the embedded default engine. Each job runs as `bash -c <command>` in a
// process group of its own under a small bash wrapper, in `<workDir>/<jobId>/`. Everything the
// platform needs to know about a job lives in files of that folder, so that a restarted
// platform (a new executor on the same folder) still polls, cancels, reads and accounts the jobs
// that ran or still run:
//
//   spec.json    what was asked (written last at submit: a folder without it is not a job)
//   command      the command, env.json the job's environment, run.sh the wrapper
//   gpus         the fake GPU devices given to the job ("<index> <model>" per line)
//   pid          "<wrapper pid> <its start time in clock ticks>" (guards against pid reuse)
//   child_pid    the process group of the command (written by the wrapper)
//   started_at, ended_at, exit_code   written by the wrapper (ISO UTC; the exit status)
//   reason       'timeout' (the wrapper's watchdog) or 'cancelled' (cancel); absent otherwise
//   output.log   stdout and stderr of the command; wrapper.log the wrapper's own messages
//
// `<workDir>/.active/<jobId>` marks jobs not yet ended, so that finding the GPUs in use reads
// only those. When a wrapper this process started exits, the listeners of onLocalJobEnd hear of it
// (the controller then runs a pass at once instead of at its next tick). A job that needs more fake GPUs than are free waits (state 'queued') and starts
// when an earlier job ends: strict submission order, checked at every call and every second.
//
// Limits: the wall time (the wrapper's watchdog sends SIGTERM to the command's process group,
// then SIGKILL after a grace → 'timeout'), memory (`ulimit -v`, the address space of each
// process), CPUs through OMP_NUM_THREADS (not enforced). Jobs run as the platform's user with a
// minimal environment (never the platform's own), so this engine is for a trusted single host.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { open } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AppError } from '../../http/errors.ts';
import type { ClusterObserved, ClusterPool, DispatchSpec, ExecutionAdapter, ExternalJob, JobUsage, LogChunk } from './compute.types.ts';

/** Ids the executor accepts as folder names (platform job ids are `cj_<ULID>`). */
const JOB_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface LocalExecutorOptions {
  /** The folder jobs run and log in (created when missing). */
  workDir: string;
  /** The cluster's pools: the totals of status(). */
  pools: ClusterPool[];
  /** Seconds between SIGTERM and SIGKILL at the time limit and at cancel (default 5). */
  graceSeconds?: number;
}

interface StoredSpec {
  jobId: string;
  name: string;
  pool: ClusterPool;
  gpus: number;
  cpus: number;
  memGb: number;
  timeLimitSeconds: number;
  submittedAt: string;
}

/** What the files of one job folder say. */
interface JobFiles {
  spec: StoredSpec;
  dir: string;
  started: boolean;
  pid: { pid: number; startTicks: string | null } | null;
  childPid: number | null;
  startedAt: string | null;
  endedAt: string | null;
  exitCode: number | null;
  reason: 'timeout' | 'cancelled' | null;
  devices: number[];
  message: string | null;
}

/** Quotes a string for bash. */
export function shQuote(s: string): string {
  return `'${s.replaceAll("'", `'\\''`)}'`;
}

function readText(path: string): string | null {
  try {
    return fs.readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Writes a file atomically (temporary file, then rename). */
function put(path: string, text: string): void {
  fs.writeFileSync(`${path}.tmp`, text);
  fs.renameSync(`${path}.tmp`, path);
}

/** The start time of a process in clock ticks since boot (field 22 of /proc/<pid>/stat), or null where /proc is absent. */
function procStartTicks(pid: number): string | null | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  if (stat === null) return fs.existsSync('/proc/self/stat') ? undefined : null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  if (fields[0] === 'Z' || fields[0] === 'X') return undefined; // a zombie has ended
  return fields[19] ?? null;
}

/** Whether the process is alive (and, when known, is the one that started at `startTicks`). */
function alive(pid: number, startTicks: string | null): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = procStartTicks(pid);
  if (now === undefined) return false;
  return startTicks === null || now === null || now === startTicks;
}

function signal(target: number, sig: NodeJS.Signals): void {
  try {
    process.kill(target, sig);
  } catch {
    /* gone already */
  }
}

const isoNow = () => new Date().toISOString();

const endListeners = new Set<(jobId: string) => void>();

/**
 * Calls `listener` with the job id whenever the wrapper of a job started by this process exits
 * (the job has ended, its files say how). Jobs started before a restart are not heard of: their
 * ends are found by polling. Answers the function that stops listening.
 */
export function onLocalJobEnd(listener: (jobId: string) => void): () => void {
  endListeners.add(listener);
  return () => endListeners.delete(listener);
}

function jobEnded(jobId: string): void {
  for (const l of endListeners) {
    try {
      l(jobId);
    } catch {
      // a listener's failure is its own; the others still hear of the end
    }
  }
}

/**
 * Reads `limit` bytes of a log file from `offset`. A UTF-8 character cut by the limit (or still
 * being written) is left for the next read, so chunks always decode cleanly. `ended` must be
 * known before the call: a job that has ended has written everything.
 */
export async function readLogChunk(path: string, offset: number, limit: number, ended: boolean): Promise<LogChunk> {
  const from = Math.max(0, Math.floor(offset));
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { text: '', next: from, eof: ended };
    throw e;
  }
  try {
    const size = (await fh.stat()).size;
    const want = Math.max(0, Math.min(Math.floor(limit), size - from));
    if (want === 0) return { text: '', next: from, eof: ended && from >= size };
    const buf = Buffer.alloc(want);
    const { bytesRead } = await fh.read(buf, 0, want, from);
    let used = bytesRead;
    const atEnd = from + bytesRead >= size;
    if (!(atEnd && ended)) used = completeUtf8(buf, bytesRead);
    const next = from + used;
    return { text: buf.subarray(0, used).toString('utf8'), next, eof: ended && next >= size };
  } finally {
    await fh.close();
  }
}

/** The length of the longest prefix of `buf[0..n)` that does not end inside a UTF-8 sequence (n when cutting would leave nothing). */
function completeUtf8(buf: Buffer, n: number): number {
  for (let i = n - 1; i >= 0 && i >= n - 4; i--) {
    const b = buf[i]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const len = b < 0x80 ? 1 : (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 ? 4 : 1;
    if (n - i >= len) return n;
    return i > 0 ? i : n;
  }
  return n;
}

/** The wrapper of one job: records start, end and exit status; enforces the time limit. */
function wrapperScript(dir: string, limitSeconds: number, graceSeconds: number, memKb: number | null): string {
  // shell variables are prefixed so that the job's environment cannot change them (nor they it)
  return `#!/usr/bin/env bash
# Pujiang local executor: the wrapper of one job (written by compute.local.ts).
set -u
cd ${shQuote(dir)} || exit 1
_pj_limit=${limitSeconds}
_pj_grace=${graceSeconds}
_pj_mem_kb=${memKb ?? ''}
_pj_now() { date -u +%Y-%m-%dT%H:%M:%S.%3NZ; }
_pj_put() { printf '%s\\n' "$2" > "$1.tmp" && mv -f "$1.tmp" "$1"; }
_pj_child= _pj_killer= _pj_watchdog=
_pj_stop() {
  [ -e reason ] || _pj_put reason "$1"
  if [ -z "$_pj_child" ] || [ -n "$_pj_killer" ]; then return 0; fi
  kill -TERM -- "-$_pj_child" 2>/dev/null
  set -m; ( sleep "$_pj_grace"; kill -KILL -- "-$_pj_child" ) >/dev/null 2>&1 & _pj_killer=$!; set +m
}
trap '_pj_stop cancelled' TERM INT HUP
trap '_pj_stop timeout' USR1
_pj_put started_at "$(_pj_now)"
# the command and the watchdog each in a process group of their own
set -m
(
  if [ -n "$_pj_mem_kb" ]; then ulimit -v "$_pj_mem_kb"; fi
  exec bash -c "$(< command)"
) </dev/null >>output.log 2>&1 &
_pj_child=$!
( sleep "$_pj_limit"; kill -USR1 $$ ) >/dev/null 2>&1 &
_pj_watchdog=$!
set +m
_pj_put child_pid "$_pj_child"
# a cancel that came before the command started
if [ -e reason ]; then _pj_stop cancelled; fi
_pj_status=0
while :; do
  wait "$_pj_child"; _pj_status=$?
  kill -0 "$_pj_child" 2>/dev/null || break
done
# a trap may have interrupted the last wait: bash still holds the real status then
wait "$_pj_child" 2>/dev/null; _pj_s=$?; [ "$_pj_s" -ne 127 ] && _pj_status=$_pj_s
kill -KILL -- "-$_pj_child" 2>/dev/null
kill -- "-$_pj_watchdog" 2>/dev/null
[ -n "$_pj_killer" ] && kill -- "-$_pj_killer" 2>/dev/null
_pj_put exit_code "$_pj_status"
_pj_put ended_at "$(_pj_now)"
exit 0
`;
}

export class LocalExecutor implements ExecutionAdapter {
  readonly engine = 'local' as const;
  readonly runsContainers = false;
  readonly queuesAhead = false;
  readonly workDir: string;
  private readonly pools: ClusterPool[];
  private readonly graceSeconds: number;
  private readonly activeDir: string;
  private ticker: NodeJS.Timeout | null = null;
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(o: LocalExecutorOptions) {
    this.workDir = resolve(o.workDir);
    this.pools = o.pools;
    this.graceSeconds = o.graceSeconds ?? 5;
    this.activeDir = join(this.workDir, '.active');
  }

  // ── the interface ──────────────────────────────────────────────────────────────────────────

  async status(): Promise<ClusterObserved> {
    const nodes = this.pools.reduce((n, p) => n + p.nodes, 0);
    const gpus = this.pools.reduce((n, p) => n + p.nodes * p.gpusPerNode, 0);
    const cpus = this.pools.reduce((n, p) => n + p.nodes * p.cpusPerNode, 0);
    const base = { at: isoNow(), nodesTotal: nodes, gpusTotal: gpus, cpusTotal: cpus };
    try {
      const running = this.kick().running;
      return {
        ...base,
        up: true,
        message: null,
        nodesUp: nodes,
        gpusAllocated: running.reduce((n, j) => n + j.spec.gpus, 0),
        cpusAllocated: running.reduce((n, j) => n + j.spec.cpus, 0),
      };
    } catch (e) {
      return { ...base, up: false, message: `local executor: ${(e as Error).message}`, nodesUp: 0, gpusAllocated: 0, cpusAllocated: 0 };
    }
  }

  async submit(spec: DispatchSpec): Promise<{ externalId: string }> {
    if (!JOB_ID.test(spec.jobId)) throw new AppError('validation_failed', `not a job id the local executor accepts: ${spec.jobId}`);
    const dir = join(this.workDir, spec.jobId);
    if (fs.existsSync(join(dir, 'spec.json'))) return { externalId: spec.jobId };
    if (spec.command === null || spec.image !== null) throw new AppError('no_matching_cluster', 'the local executor runs shell commands, not container images');
    const capacity = spec.pool.nodes * spec.pool.gpusPerNode;
    if (spec.gpus > capacity) throw new AppError('no_matching_cluster', `the pool ${spec.pool.name} has ${capacity} GPUs; the job asks for ${spec.gpus}`);
    for (const [k, v] of Object.entries(spec.env)) {
      if (!ENV_KEY.test(k) || v.includes('\0')) throw new AppError('validation_failed', `not a valid environment variable: ${k}`);
    }
    try {
      fs.mkdirSync(join(dir, 'tmp'), { recursive: true });
      fs.mkdirSync(this.activeDir, { recursive: true });
      fs.writeFileSync(join(dir, 'command'), spec.command);
      const env: Record<string, string> = {};
      // The platform's own PUJIANG_* are set here; of the spec's, only the array index passes.
      for (const [k, v] of Object.entries(spec.env)) if (!k.startsWith('PUJIANG_') || k === 'PUJIANG_ARRAY_INDEX') env[k] = v;
      env.PUJIANG_JOB_ID = spec.jobId;
      env.PUJIANG_INPUT_URI = spec.inputUri ?? '';
      env.PUJIANG_OUTPUT_URI = spec.outputUri ?? '';
      env.OMP_NUM_THREADS = String(Math.max(1, spec.cpus));
      fs.writeFileSync(join(dir, 'env.json'), JSON.stringify(env));
      fs.writeFileSync(join(this.activeDir, spec.jobId), '');
      const stored: StoredSpec = {
        jobId: spec.jobId,
        name: spec.name,
        pool: spec.pool,
        gpus: spec.gpus,
        cpus: spec.cpus,
        memGb: spec.memGb,
        timeLimitSeconds: spec.timeLimitSeconds,
        submittedAt: isoNow(),
      };
      put(join(dir, 'spec.json'), JSON.stringify(stored, null, 1));
      this.kick();
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError('cluster_unreachable', `local executor: ${(e as Error).message}`);
    }
    return { externalId: spec.jobId };
  }

  async poll(externalIds: string[]): Promise<Map<string, ExternalJob>> {
    this.kick();
    const out = new Map<string, ExternalJob>();
    for (const id of externalIds) {
      const j = this.read(id);
      if (j) out.set(id, this.external(j));
    }
    return out;
  }

  async cancel(externalId: string): Promise<void> {
    const j = this.read(externalId);
    if (!j || j.endedAt) return;
    if (!j.reason) put(join(j.dir, 'reason'), 'cancelled\n');
    if (!j.started) {
      // never started: it ends here
      put(join(j.dir, 'ended_at'), `${isoNow()}\n`);
      this.kick();
      return;
    }
    if (j.pid && j.pid.pid > 1) signal(j.pid.pid, 'SIGTERM');
    if (j.childPid) signal(-j.childPid, 'SIGTERM');
    // should the wrapper be gone or stuck, finish the job from here after the grace
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        const now = this.read(externalId);
        if (!now || now.endedAt) return;
        if (now.childPid) signal(-now.childPid, 'SIGKILL');
        if (now.pid && now.pid.pid > 1 && alive(now.pid.pid, now.pid.startTicks)) signal(now.pid.pid, 'SIGKILL');
      },
      (this.graceSeconds + 2) * 1000,
    );
    timer.unref();
    this.timers.add(timer);
  }

  async logs(externalId: string, offset: number, limit: number): Promise<LogChunk> {
    const j = this.read(externalId);
    if (!j) throw new AppError('not_found', `no job ${externalId} in the local executor`);
    return readLogChunk(join(j.dir, 'output.log'), offset, limit, this.external(j).endedAt !== null);
  }

  async accounting(externalIds: string[]): Promise<Map<string, JobUsage & { state: ExternalJob['state']; exitCode: number | null }>> {
    this.kick();
    const out = new Map<string, JobUsage & { state: ExternalJob['state']; exitCode: number | null }>();
    for (const id of externalIds) {
      const j = this.read(id);
      if (!j?.endedAt) continue;
      const x = this.external(j);
      const ms = j.startedAt && j.endedAt ? Math.max(0, Date.parse(j.endedAt) - Date.parse(j.startedAt)) : 0;
      const elapsed = Math.round(ms / 1000);
      const gpus = j.started ? j.spec.gpus : 0;
      const cpus = j.started ? j.spec.cpus : 0;
      out.set(id, {
        state: x.state,
        exitCode: x.exitCode,
        elapsedSeconds: elapsed,
        gpus,
        cpus,
        gpuSeconds: gpus * elapsed,
        cpuSeconds: cpus * elapsed,
        gpuModel: gpus > 0 ? j.spec.pool.gpuModel : null,
        source: `local pool=${j.spec.pool.name} gpus=${gpus}${j.devices.length ? ` devices=${j.devices.join(',')}` : ''} cpus=${cpus} elapsed=${ms}ms`,
      });
    }
    return out;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  // ── the files ──────────────────────────────────────────────────────────────────────────────

  /** Reads a job's folder; null when there is no such job. Settles a job whose wrapper died without recording its end. */
  private read(id: string): JobFiles | null {
    if (!JOB_ID.test(id)) return null;
    const dir = join(this.workDir, id);
    const specText = readText(join(dir, 'spec.json'));
    if (specText === null) return null;
    const spec = JSON.parse(specText) as StoredSpec;
    const pidText = readText(join(dir, 'pid'))?.trim().split(' ');
    const pid = pidText?.[0] !== undefined && pidText[0] !== '' ? { pid: Number(pidText[0]), startTicks: pidText[1] || null } : null;
    const childPid = Number(readText(join(dir, 'child_pid'))?.trim() ?? '');
    const reasonText = readText(join(dir, 'reason'))?.trim();
    const exitText = readText(join(dir, 'exit_code'))?.trim();
    const devText = readText(join(dir, 'gpus'));
    const j: JobFiles = {
      spec,
      dir,
      started: pid !== null,
      pid,
      childPid: Number.isInteger(childPid) && childPid > 1 ? childPid : null,
      startedAt: readText(join(dir, 'started_at'))?.trim() || null,
      endedAt: readText(join(dir, 'ended_at'))?.trim() || null,
      exitCode: exitText ? Number(exitText) : null,
      reason: reasonText === 'timeout' || reasonText === 'cancelled' ? reasonText : null,
      devices: devText ? devText.split('\n').filter(Boolean).map((l) => Number(l.split(' ')[0])) : [],
      message: readText(join(dir, 'message'))?.trim() || null,
    };
    if (j.pid && j.pid.pid > 1 && !j.endedAt && !alive(j.pid.pid, j.pid.startTicks) && !(j.childPid && this.groupAlive(j.childPid))) {
      // the wrapper is gone; it writes ended_at before it ends, so read once more before settling
      const ended = readText(join(dir, 'ended_at'))?.trim();
      if (ended) return this.read(id);
      j.endedAt = isoNow();
      j.message = j.reason ? null : 'the job ended without its wrapper recording an exit status (the process was killed or the host restarted)';
      if (j.message) put(join(dir, 'message'), `${j.message}\n`);
      put(join(dir, 'ended_at'), `${j.endedAt}\n`);
    }
    return j;
  }

  /** Whether the command's process group still has a member. */
  private groupAlive(pgid: number): boolean {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
  }

  private external(j: JobFiles): ExternalJob {
    let state: ExternalJob['state'];
    if (j.endedAt) state = j.reason ?? (j.exitCode === 0 ? 'completed' : 'failed');
    else state = j.started ? 'running' : 'queued';
    let message = j.message;
    if (!message && state === 'queued') message = `waiting for ${j.spec.gpus} free GPU${j.spec.gpus === 1 ? '' : 's'} of pool ${j.spec.pool.name}`;
    if (!message && state === 'timeout') message = `time limit of ${j.spec.timeLimitSeconds} s reached`;
    if (!message && state === 'failed' && j.exitCode !== null) message = j.exitCode > 128 ? `killed by signal ${j.exitCode - 128}` : `exit status ${j.exitCode}`;
    return { externalId: j.spec.jobId, state, exitCode: j.exitCode, startedAt: j.startedAt, endedAt: j.endedAt, message };
  }

  /**
   * Brings the folder up to date: forgets ended jobs, starts queued jobs in submission order while
   * their GPUs are free. Synchronous, so that two calls of one process never interleave.
   */
  private kick(): { running: JobFiles[]; queued: JobFiles[] } {
    fs.mkdirSync(this.activeDir, { recursive: true });
    const running: JobFiles[] = [];
    const queued: JobFiles[] = [];
    for (const id of fs.readdirSync(this.activeDir)) {
      if (id.endsWith('.tmp')) continue;
      const j = this.read(id);
      if (!j || j.endedAt) {
        fs.rmSync(join(this.activeDir, id), { force: true });
        continue;
      }
      (j.started ? running : queued).push(j);
    }
    queued.sort((a, b) => a.spec.submittedAt.localeCompare(b.spec.submittedAt) || a.spec.jobId.localeCompare(b.spec.jobId));
    const used = new Map<string, Set<number>>();
    for (const j of running) {
      const set = used.get(j.spec.pool.name) ?? new Set<number>();
      for (const d of j.devices) set.add(d);
      used.set(j.spec.pool.name, set);
    }
    const blocked = new Set<string>();
    const started: JobFiles[] = [];
    for (const j of queued) {
      const pool = j.spec.pool;
      if (blocked.has(pool.name)) continue;
      const inUse = used.get(pool.name) ?? new Set<number>();
      const free: number[] = [];
      for (let d = 0; d < pool.nodes * pool.gpusPerNode && free.length < j.spec.gpus; d++) if (!inUse.has(d)) free.push(d);
      if (free.length < j.spec.gpus) {
        blocked.add(pool.name); // strict order within a pool: later jobs wait behind it
        continue;
      }
      for (const d of free) inUse.add(d);
      used.set(pool.name, inUse);
      this.start(j, free);
      started.push(j);
    }
    const stillQueued = queued.filter((j) => !started.includes(j));
    if (stillQueued.length && !this.ticker && !this.closed) {
      this.ticker = setInterval(() => {
        try {
          this.kick();
        } catch {
          /* the next call reports it */
        }
      }, 1000);
      this.ticker.unref();
    } else if (!stillQueued.length && this.ticker) {
      clearInterval(this.ticker);
      this.ticker = null;
    }
    return { running: [...running, ...started], queued: stillQueued };
  }

  /** Starts a queued job with the given fake GPU devices. */
  private start(j: JobFiles, devices: number[]): void {
    const { dir, spec } = j;
    const model = spec.pool.gpuModel ?? 'GPU';
    put(join(dir, 'gpus'), devices.map((d) => `${d} ${model}\n`).join(''));
    const memKb = spec.memGb > 0 ? Math.ceil(spec.memGb * 1024 * 1024) : null;
    put(join(dir, 'run.sh'), wrapperScript(dir, Math.max(1, Math.ceil(spec.timeLimitSeconds)), this.graceSeconds, memKb));
    const jobEnv = JSON.parse(readText(join(dir, 'env.json')) ?? '{}') as Record<string, string>;
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      LANG: process.env.LANG ?? 'C.UTF-8',
      TZ: 'UTC',
      HOME: dir,
      TMPDIR: join(dir, 'tmp'),
      ...jobEnv,
      CUDA_VISIBLE_DEVICES: devices.join(','),
      PUJIANG_GPU_DEVICES: devices.join(','),
      PUJIANG_GPUS_FILE: join(dir, 'gpus'),
    };
    const log = fs.openSync(join(dir, 'wrapper.log'), 'a');
    let pid: number | undefined;
    try {
      const child = spawn('bash', [join(dir, 'run.sh')], { cwd: dir, detached: true, stdio: ['ignore', log, log], env });
      child.on('error', () => {
        /* recorded below: no pid */
      });
      // The wrapper writes ended_at before it exits, so a listener that reads the files now sees the end.
      child.on('exit', () => jobEnded(spec.jobId));
      child.unref();
      pid = child.pid;
    } finally {
      fs.closeSync(log);
    }
    if (pid === undefined) {
      put(join(dir, 'message'), 'the local executor could not start bash\n');
      put(join(dir, 'pid'), '0\n');
      put(join(dir, 'exit_code'), '127\n');
      put(join(dir, 'ended_at'), `${isoNow()}\n`);
      j.endedAt = isoNow();
      return;
    }
    const startTicks = procStartTicks(pid) ?? null;
    put(join(dir, 'pid'), `${pid} ${startTicks ?? ''}\n`);
    j.started = true;
    j.pid = { pid, startTicks };
    j.devices = devices;
  }
}
