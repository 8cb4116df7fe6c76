// The local executor for real: jobs run as child processes of bash wrappers in a temporary
// folder. Waits poll the executor (no fixed sleeps): the tests hold on slow machines too.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId } from '../../../shared/ids.ts';
import { AppError } from '../../http/errors.ts';
import { LocalExecutor, onLocalJobEnd, readLogChunk } from './compute.local.ts';
import { adapterFor, closeAdapters } from './compute.adapters.ts';
import type { ClusterPool, DispatchSpec, ExecutionAdapter, ExternalJob } from './compute.types.ts';

const POOL: ClusterPool = { name: 'h100', gpuModel: 'H100', nodes: 1, gpusPerNode: 4, cpusPerNode: 8, memGbPerNode: 64, gpuHourFen: 3600, cpuHourFen: 36 };
const CPU_POOL: ClusterPool = { name: 'cpu', gpuModel: null, nodes: 2, gpusPerNode: 0, cpusPerNode: 16, memGbPerNode: 128, gpuHourFen: 0, cpuHourFen: 30 };

const dirs: string[] = [];
const executors: ExecutionAdapter[] = [];
const submitted: [ExecutionAdapter, string][] = [];
after(async () => {
  // stop whatever a failed test left running, then remove the folders
  for (const [ex, id] of submitted) await ex.cancel(id).catch(() => {});
  for (const ex of executors) await ex.close();
  await closeAdapters();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function executor(workDir?: string, graceSeconds = 1): LocalExecutor {
  const dir = workDir ?? mkdtempSync(join(tmpdir(), 'pj-local-'));
  if (!workDir) dirs.push(dir);
  const ex = new LocalExecutor({ workDir: dir, pools: [POOL, CPU_POOL], graceSeconds });
  executors.push(ex);
  return ex;
}

function spec(command: string, o: Partial<DispatchSpec> = {}): DispatchSpec {
  return {
    jobId: newId('computeJob'),
    name: 'test job',
    command,
    image: null,
    pool: POOL,
    gpus: 0,
    cpus: 1,
    memGb: 0,
    timeLimitSeconds: 60,
    env: {},
    inputUri: null,
    outputUri: null,
    ...o,
  };
}

async function submit(ex: ExecutionAdapter, s: DispatchSpec): Promise<string> {
  const { externalId } = await ex.submit(s);
  submitted.push([ex, externalId]);
  return externalId;
}

/** Polls until the job's state is one of `states` (20 s at most). */
async function until(ex: ExecutionAdapter, id: string, states: ExternalJob['state'][]): Promise<ExternalJob> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const j = (await ex.poll([id])).get(id);
    if (j && states.includes(j.state)) return j;
    if (Date.now() > deadline) assert.fail(`job ${id} is ${j?.state ?? 'unknown'}, not ${states.join('|')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function fullLog(ex: ExecutionAdapter, id: string): Promise<string> {
  return (await ex.logs(id, 0, 1 << 20)).text;
}

test('a job sees its fake GPUs and its environment, completes, and its log reads back from any offset', async () => {
  process.env.PUJIANG_TEST_SECRET = 'not for jobs';
  const ex = executor();
  const s = spec(
    [
      'echo "cuda=$CUDA_VISIBLE_DEVICES pj=$PUJIANG_GPU_DEVICES omp=$OMP_NUM_THREADS"',
      'cat "$PUJIANG_GPUS_FILE"',
      'echo "job=$PUJIANG_JOB_ID in=$PUJIANG_INPUT_URI out=$PUJIANG_OUTPUT_URI greeting=$GREETING"',
      'echo "secret=${PUJIANG_TEST_SECRET-unset} pwd=$(pwd)"',
      'echo "浦江 算力 ✓"',
    ].join('\n'),
    { gpus: 2, cpus: 3, env: { GREETING: 'hello world' }, inputUri: 's3://in/data', outputUri: 's3://out/run1' },
  );
  const id = await submit(ex, s);
  assert.equal(id, s.jobId);
  const done = await until(ex, id, ['completed', 'failed']);
  assert.equal(done.state, 'completed');
  assert.equal(done.exitCode, 0);
  assert.ok(done.startedAt && done.endedAt && done.startedAt <= done.endedAt);

  const text = await fullLog(ex, id);
  const dir = join(ex.workDir, id);
  assert.equal(
    text,
    [
      'cuda=0,1 pj=0,1 omp=3',
      '0 H100',
      '1 H100',
      `job=${id} in=s3://in/data out=s3://out/run1 greeting=hello world`,
      `secret=unset pwd=${dir}`,
      '浦江 算力 ✓',
      '',
    ].join('\n'),
  );
  assert.equal(readFileSync(join(dir, 'gpus'), 'utf8'), '0 H100\n1 H100\n');

  // small chunks: a character cut by the limit waits for the next chunk, offsets are bytes
  let offset = 0;
  let joined = '';
  let eof = false;
  for (let i = 0; i < 1000 && !eof; i++) {
    const c = await ex.logs(id, offset, 4);
    assert.ok(!c.text.includes('\uFFFD'));
    joined += c.text;
    offset = c.next;
    eof = c.eof;
  }
  assert.ok(eof);
  assert.equal(joined, text);
  assert.equal(offset, Buffer.byteLength(text));
  const tail = await ex.logs(id, Buffer.byteLength(text) - 5, 100);
  assert.deepEqual(tail, { text: ' ✓\n', next: Buffer.byteLength(text), eof: true });
  await assert.rejects(ex.logs('cj_nothing', 0, 10), (e: AppError) => e.code === 'not_found');
});

test('a failing command ends failed with its exit status', async () => {
  const ex = executor();
  const id = await submit(ex, spec('echo "about to fail" >&2; exit 3'));
  const j = await until(ex, id, ['completed', 'failed']);
  assert.equal(j.state, 'failed');
  assert.equal(j.exitCode, 3);
  assert.equal(j.message, 'exit status 3');
  assert.equal(await fullLog(ex, id), 'about to fail\n');
});

test('listeners hear of each end of a job this process started, with its id, the files already saying how it ended', async () => {
  const ex = executor();
  const heard: { id: string; endedAt: string | null }[] = [];
  const off = onLocalJobEnd((id) => heard.push({ id, endedAt: existsSync(join(ex.workDir, id, 'ended_at')) ? readFileSync(join(ex.workDir, id, 'ended_at'), 'utf8').trim() : null }));
  try {
    const a = await submit(ex, spec('exit 0'));
    const b = await submit(ex, spec('sleep 0.2; exit 4'));
    const deadline = Date.now() + 20_000;
    while (heard.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(heard.map((h) => h.id).sort(), [a, b].sort());
    for (const h of heard) assert.ok(h.endedAt, `${h.id} had recorded its end`);
    assert.equal((await ex.poll([b])).get(b)?.exitCode, 4);
  } finally {
    off();
  }
  const c = await submit(ex, spec('exit 0'));
  await until(ex, c, ['completed']);
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(heard.length, 2, 'no more after unsubscribing');
});

test('a job past its time limit gets SIGTERM, then SIGKILL when it ignores it: timeout', async () => {
  const ex = executor(undefined, 1);
  const polite = await submit(ex, spec('trap "echo got TERM; exit 0" TERM; echo started; sleep 30 & wait', { timeLimitSeconds: 2 }));
  const stubborn = await submit(ex, spec('trap "" TERM; echo started; sleep 30', { timeLimitSeconds: 2 }));
  const a = await until(ex, polite, ['completed', 'failed', 'timeout', 'cancelled']);
  const b = await until(ex, stubborn, ['completed', 'failed', 'timeout', 'cancelled']);
  assert.equal(a.state, 'timeout');
  assert.equal(a.message, 'time limit of 2 s reached');
  assert.equal(await fullLog(ex, polite), 'started\ngot TERM\n');
  assert.equal(b.state, 'timeout');
  assert.equal(b.exitCode, 128 + 9); // killed after the grace
  const usage = await ex.accounting([polite, stubborn]);
  assert.ok(usage.get(polite)!.elapsedSeconds >= 2, 'ran until its limit');
  assert.ok(usage.get(stubborn)!.elapsedSeconds >= 3, 'ran until its limit and the grace');
  assert.equal(usage.get(stubborn)!.state, 'timeout');
});

test('cancel stops a running job and everything it started: cancelled', async () => {
  const ex = executor();
  const id = await submit(ex, spec('sleep 300 & sleep 301; echo never'));
  await until(ex, id, ['running']);
  // wait until the wrapper has started the command's process group
  while (!existsSync(join(ex.workDir, id, 'child_pid'))) await new Promise((r) => setTimeout(r, 20));
  const pgid = Number(readFileSync(join(ex.workDir, id, 'child_pid'), 'utf8'));
  await ex.cancel(id);
  const j = await until(ex, id, ['cancelled', 'completed', 'failed', 'timeout']);
  assert.equal(j.state, 'cancelled');
  assert.ok(j.endedAt);
  // every process of the job was killed (the last ones may take a moment to be reaped)
  const groupGone = async () => {
    for (let i = 0; i < 100; i++) {
      try {
        process.kill(-pgid, 0);
      } catch {
        return true;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  };
  assert.ok(await groupGone(), 'no process of the job is left');
  assert.equal(await fullLog(ex, id), '');
  await ex.cancel(id); // an ended job: not an error
  assert.equal((await ex.poll([id])).get(id)!.state, 'cancelled');
});

test('submit is idempotent by job id; unknown ids are left out of poll and accounting', async () => {
  const ex = executor();
  const s = spec('echo run');
  const a = await submit(ex, s);
  const b = await submit(ex, s);
  assert.equal(a, b);
  await until(ex, a, ['completed']);
  assert.equal((await ex.submit(s)).externalId, a);
  assert.equal(await fullLog(ex, a), 'run\n');
  const polled = await ex.poll([a, 'cj_unknown', '../etc']);
  assert.deepEqual([...polled.keys()], [a]);
  assert.deepEqual([...(await ex.accounting(['cj_unknown'])).keys()], []);
});

test('a new executor on the same folder finds the jobs that ran and those still running (restart)', async () => {
  const first = executor();
  const ended = await submit(first, spec('echo before restart'));
  await until(first, ended, ['completed']);
  const running = await submit(first, spec('echo waiting; while [ ! -e go ]; do sleep 0.05; done; echo "after restart: $(cat go)"', { gpus: 1 }));
  await until(first, running, ['running']);
  await first.close();

  const second = executor(first.workDir);
  const seen = await second.poll([ended, running]);
  assert.equal(seen.get(ended)!.state, 'completed');
  assert.equal(seen.get(running)!.state, 'running');
  assert.equal((await second.status()).gpusAllocated, 1);
  // let the job finish
  writeFileSync(join(second.workDir, running, 'go.tmp'), 'hello');
  renameSync(join(second.workDir, running, 'go.tmp'), join(second.workDir, running, 'go'));
  const j = await until(second, running, ['completed', 'failed']);
  assert.equal(j.state, 'completed');
  assert.equal(await fullLog(second, running), 'waiting\nafter restart: hello\n');
  assert.equal(await fullLog(second, ended), 'before restart\n');
  assert.equal((await second.status()).gpusAllocated, 0);
});

test('accounting: elapsed from the recorded start and end, GPU- and CPU-seconds from it', async () => {
  const ex = executor();
  const id = await submit(ex, spec('sleep 1.2', { gpus: 2, cpus: 3 }));
  await until(ex, id, ['running']);
  assert.equal((await ex.accounting([id])).size, 0, 'a running job is not accounted yet');
  const j = await until(ex, id, ['completed']);
  const u = (await ex.accounting([id])).get(id)!;
  const elapsed = Math.round((Date.parse(j.endedAt!) - Date.parse(j.startedAt!)) / 1000);
  assert.ok(elapsed >= 1);
  assert.equal(u.state, 'completed');
  assert.equal(u.exitCode, 0);
  assert.equal(u.elapsedSeconds, elapsed);
  assert.equal(u.gpus, 2);
  assert.equal(u.cpus, 3);
  assert.equal(u.gpuSeconds, 2 * elapsed);
  assert.equal(u.cpuSeconds, 3 * elapsed);
  assert.equal(u.gpuModel, 'H100');
  assert.match(u.source, /^local pool=h100 gpus=2 devices=0,1 cpus=3 elapsed=\d+ms$/);
});

test('two jobs get disjoint fake GPUs; a third waits for free ones and starts when one ends', async () => {
  const ex = executor();
  const hold = 'cat "$PUJIANG_GPUS_FILE"; sleep 300';
  const a = await submit(ex, spec(hold, { gpus: 2 }));
  const b = await submit(ex, spec(hold, { gpus: 2 }));
  await until(ex, a, ['running']);
  await until(ex, b, ['running']);
  const devices = (id: string) =>
    readFileSync(join(ex.workDir, id, 'gpus'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => Number(l.split(' ')[0]));
  const da = devices(a);
  const db = devices(b);
  assert.equal(da.length, 2);
  assert.equal(db.length, 2);
  assert.deepEqual([...new Set([...da, ...db])].sort(), [0, 1, 2, 3]);

  const c = await submit(ex, spec('echo "got $CUDA_VISIBLE_DEVICES"', { gpus: 1 }));
  const cpuOnly = await submit(ex, spec('echo "cpu job: [$CUDA_VISIBLE_DEVICES]"', { pool: CPU_POOL, cpus: 4 }));
  const waiting = (await ex.poll([c])).get(c)!;
  assert.equal(waiting.state, 'queued');
  assert.equal(waiting.message, 'waiting for 1 free GPU of pool h100');
  assert.equal((await until(ex, cpuOnly, ['completed'])).exitCode, 0, 'another pool is not held up');
  assert.equal(await fullLog(ex, cpuOnly), 'cpu job: []\n');

  await ex.cancel(a);
  await until(ex, a, ['cancelled']);
  await until(ex, c, ['completed']);
  assert.equal(await fullLog(ex, c), `got ${Math.min(...da)}\n`);
  await ex.cancel(b);
  await until(ex, b, ['cancelled']);
});

test('status: totals from the pools, allocated from the running jobs', async () => {
  const ex = executor();
  const idle = await ex.status();
  assert.equal(idle.up, true);
  assert.equal(idle.message, null);
  assert.deepEqual(
    { nodesUp: idle.nodesUp, nodesTotal: idle.nodesTotal, gpusTotal: idle.gpusTotal, gpusAllocated: idle.gpusAllocated, cpusTotal: idle.cpusTotal, cpusAllocated: idle.cpusAllocated },
    { nodesUp: 3, nodesTotal: 3, gpusTotal: 4, gpusAllocated: 0, cpusTotal: 40, cpusAllocated: 0 },
  );
  const id = await submit(ex, spec('sleep 300', { gpus: 3, cpus: 5 }));
  await until(ex, id, ['running']);
  const busy = await ex.status();
  assert.equal(busy.gpusAllocated, 3);
  assert.equal(busy.cpusAllocated, 5);
  await ex.cancel(id);
  await until(ex, id, ['cancelled']);
  assert.equal((await ex.status()).gpusAllocated, 0);
});

test('memory limit: a job that allocates more address space than its memory fails', async () => {
  const ex = executor();
  const grow = 'v=$(head -c 64000000 /dev/zero | tr "\\0" x); echo "grew to ${#v}"';
  const small = await submit(ex, spec(grow, { memGb: 0.04 }));
  const j = await until(ex, small, ['completed', 'failed']);
  assert.equal(j.state, 'failed');
  assert.doesNotMatch(await fullLog(ex, small), /grew to/);
  const roomy = await submit(ex, spec(grow, { memGb: 1 }));
  assert.equal((await until(ex, roomy, ['completed', 'failed'])).state, 'completed');
  assert.equal(await fullLog(ex, roomy), 'grew to 64000000\n');
});

test('refusals: container images, more GPUs than the pool has, ids that are not folder names', async () => {
  const ex = executor();
  assert.equal(ex.runsContainers, false);
  await assert.rejects(ex.submit(spec('', { command: null, image: 'pytorch/pytorch:2.5' })), (e: AppError) => e.code === 'no_matching_cluster');
  await assert.rejects(ex.submit(spec('true', { gpus: 5 })), (e: AppError) => e.code === 'no_matching_cluster');
  await assert.rejects(ex.submit(spec('true', { jobId: '../escape' })), (e: AppError) => e.code === 'validation_failed');
  await assert.rejects(ex.submit(spec('true', { env: { 'BAD-NAME': 'x' } })), (e: AppError) => e.code === 'validation_failed');
});

test('the registry keeps one adapter per cluster and makes a new one when its connection or pools change', async () => {
  const computeDir = mkdtempSync(join(tmpdir(), 'pj-reg-'));
  dirs.push(computeDir);
  const cluster = { id: newId('cluster'), engine: 'local' as const, connection: {}, pools: [POOL] };
  const a = adapterFor(cluster, { computeDir });
  assert.equal(adapterFor({ ...cluster, pools: [{ ...POOL }] }, { computeDir }), a);
  assert.ok(a instanceof LocalExecutor);
  assert.equal(a.workDir, join(computeDir, cluster.id));
  const b = adapterFor({ ...cluster, pools: [POOL, CPU_POOL] }, { computeDir });
  assert.notEqual(b, a);
  const workDir = join(computeDir, 'elsewhere');
  const c = adapterFor({ ...cluster, pools: [POOL, CPU_POOL], connection: { workDir } }, { computeDir }) as LocalExecutor;
  assert.equal(c.workDir, workDir);
  const k8s = adapterFor({ id: newId('cluster'), engine: 'kubernetes', connection: { namespace: 'ml', queue: 'team-a' }, pools: [POOL] }, { computeDir });
  const st = await k8s.status();
  assert.equal(st.up, false);
  await assert.rejects(k8s.submit(spec('true')), (e: AppError) => e.code === 'cluster_unreachable');
});

test('readLogChunk: a missing file is empty, offsets past the end read nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pj-log-'));
  dirs.push(dir);
  assert.deepEqual(await readLogChunk(join(dir, 'none.log'), 0, 10, false), { text: '', next: 0, eof: false });
  assert.deepEqual(await readLogChunk(join(dir, 'none.log'), 0, 10, true), { text: '', next: 0, eof: true });
});
