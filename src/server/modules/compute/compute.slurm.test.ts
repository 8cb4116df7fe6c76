// The Slurm adapter against a real Slurm: the single-host cluster of scripts/slurm/setup.sh (CI
// starts it; partition `debug`, one node with gpu:h100:4, slurmdbd for sacct). Without a Slurm
// that answers here, the journey is skipped with a message and only the parsers are tested.
//
// Slurm counts time limits in whole minutes and checks them every 30 s, so the timeout job
// (`--time` of 1 minute) is submitted first and checked last: it ends 60–90 s after it starts,
// while the other tests run.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId } from '../../../shared/ids.ts';
import type { AppError } from '../../http/errors.ts';
import { SlurmAdapter, gresGpus, mapSlurmState, parseTres, runSlurm, slurmAvailable, slurmDuration, waitStatus } from './compute.slurm.ts';
import type { ClusterPool, DispatchSpec, ExternalJob } from './compute.types.ts';

test('Slurm states, durations, GRES and TRES are read as the adapter needs them', () => {
  assert.equal(mapSlurmState('PENDING'), 'queued');
  assert.equal(mapSlurmState('RUNNING'), 'running');
  assert.equal(mapSlurmState('COMPLETING'), 'running');
  assert.equal(mapSlurmState('COMPLETED'), 'completed');
  assert.equal(mapSlurmState('FAILED'), 'failed');
  assert.equal(mapSlurmState('NODE_FAIL'), 'failed');
  assert.equal(mapSlurmState('OUT_OF_MEMORY'), 'failed');
  assert.equal(mapSlurmState('CANCELLED by 0'), 'cancelled');
  assert.equal(mapSlurmState('CANCELLED+'), 'cancelled');
  assert.equal(mapSlurmState('TIMEOUT'), 'timeout');
  assert.equal(mapSlurmState('SOMETHING_NEW'), 'unknown');
  assert.equal(waitStatus('0'), 0);
  assert.equal(waitStatus('768'), 3);
  assert.equal(waitStatus('15'), 143);
  assert.equal(waitStatus('N/A'), null);
  assert.equal(slurmDuration(2), '0-00:00:02');
  assert.equal(slurmDuration(3600 * 27 + 61), '1-03:01:01');
  assert.equal(gresGpus('gpu:h100:4'), 4);
  assert.equal(gresGpus('gpu:h100:4(S:0-1),gpu:a100:2'), 6);
  assert.equal(gresGpus('gpu:h100:2(IDX:0,2)'), 2);
  assert.equal(gresGpus('gpu:h100:0(IDX:N/A)'), 0);
  assert.equal(gresGpus('(null)'), 0);
  assert.deepEqual(parseTres('billing=18,cpu=2,gres/gpu:h100=1,gres/gpu=1,mem=1000M,node=1'), { cpus: 2, gpus: 1, gpuType: 'h100' });
  assert.deepEqual(parseTres('billing=17,cpu=1,gres/gpu=3,mem=500M,node=1'), { cpus: 1, gpus: 3, gpuType: null });
  assert.deepEqual(parseTres(''), { cpus: 0, gpus: 0, gpuType: null });
});

const available = await slurmAvailable();
const SKIP = available ? false : 'no Slurm answers on this host (sinfo): run `sudo scripts/slurm/setup.sh` to test the Slurm adapter against a real Slurm';
if (!available) console.warn(`compute.slurm.test.ts: ${SKIP}`);
/** Whether slurmdbd answers (sacct): exit codes and accounting come from it. */
const hasAccounting = available && (await runSlurm('sacct', ['-n', '-X', '-j', '1', '-o', 'JobID'])).code === 0;

// CI sets PUJIANG_REQUIRE_SLURM after starting the project's Slurm: there, a missing Slurm fails.
test('a Slurm with accounting answers where CI requires one', { skip: process.env.PUJIANG_REQUIRE_SLURM ? false : 'PUJIANG_REQUIRE_SLURM is not set' }, () => {
  assert.ok(available, 'PUJIANG_REQUIRE_SLURM is set but no Slurm answers (sinfo)');
  assert.ok(hasAccounting, 'PUJIANG_REQUIRE_SLURM is set but sacct does not answer');
});

describe('the Slurm adapter on a real Slurm', { skip: SKIP }, () => {
  const POOL: ClusterPool = { name: 'h100', gpuModel: 'H100', nodes: 1, gpusPerNode: 4, cpusPerNode: 8, memGbPerNode: 15, gpuHourFen: 3600, cpuHourFen: 36, partition: 'debug' };
  let outputDir: string;
  let slurm: SlurmAdapter;
  let account: string | undefined;
  const submitted: string[] = [];
  let timeoutJob: string;

  const spec = (command: string, o: Partial<DispatchSpec> = {}): DispatchSpec => ({
    jobId: newId('computeJob'),
    name: 'slurm test',
    command,
    image: null,
    pool: POOL,
    gpus: 0,
    cpus: 1,
    memGb: 0.25,
    timeLimitSeconds: 600,
    env: {},
    inputUri: null,
    outputUri: null,
    ...o,
  });
  const submit = async (s: DispatchSpec) => {
    const { externalId } = await slurm.submit(s);
    submitted.push(externalId);
    return externalId;
  };
  const until = async (id: string, states: ExternalJob['state'][], seconds = 60): Promise<ExternalJob> => {
    const deadline = Date.now() + seconds * 1000;
    for (;;) {
      const j = (await slurm.poll([id])).get(id);
      if (j && states.includes(j.state)) return j;
      if (Date.now() > deadline) assert.fail(`Slurm job ${id} is ${j?.state ?? 'unknown'} (${j?.message ?? ''}), not ${states.join('|')}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  const fullLog = async (id: string) => (await slurm.logs(id, 0, 1 << 20)).text;
  /** Accounting rows appear in slurmdbd shortly after the end. */
  const accounted = async (id: string) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const u = (await slurm.accounting([id])).get(id);
      if (u) return u;
      if (Date.now() > deadline) assert.fail(`no accounting for Slurm job ${id}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  before(async () => {
    outputDir = mkdtempSync(join(tmpdir(), 'pj-slurm-'));
    const wanted = process.env.PUJIANG_TEST_SLURM_ACCOUNT ?? 'pujiang';
    if (hasAccounting) {
      const assoc = await runSlurm('sacctmgr', ['-n', '-P', 'show', 'assoc', `account=${wanted}`, `user=${process.env.USER ?? 'root'}`, 'format=account']);
      if (assoc.code === 0 && assoc.stdout.trim()) account = wanted;
      else console.warn(`compute.slurm.test.ts: no Slurm account ${wanted} for this user (scripts/slurm/setup.sh adds it); jobs go without --account`);
    }
    slurm = new SlurmAdapter({ partition: 'debug', account, outputDir, pools: [POOL] });
    timeoutJob = await submit(spec('echo started; sleep 600', { timeLimitSeconds: 60 }));
  });
  after(async () => {
    for (const id of submitted) await slurm.cancel(id).catch(() => {});
    await slurm.close();
    rmSync(outputDir, { recursive: true, force: true });
  });

  let gpuJob: string;
  test('a job runs with its GPUs and environment, completes with exit 0, and its log reads from offsets', async () => {
    const s = spec(
      [
        'echo "cuda=$CUDA_VISIBLE_DEVICES pj=$PUJIANG_GPU_DEVICES omp=$OMP_NUM_THREADS"',
        'echo "job=$PUJIANG_JOB_ID in=$PUJIANG_INPUT_URI out=$PUJIANG_OUTPUT_URI greeting=$GREETING"',
        'echo "partition=$SLURM_JOB_PARTITION name=$SLURM_JOB_NAME account=${SLURM_JOB_ACCOUNT-}"',
        'echo "secret=${PUJIANG_TEST_SECRET-unset}"',
        'echo "浦江 算力 ✓"',
      ].join('\n'),
      { gpus: 2, env: { GREETING: 'hello world', SBATCH_PARTITION: 'elsewhere' }, inputUri: 's3://in/a', outputUri: 's3://out/b' },
    );
    process.env.PUJIANG_TEST_SECRET = 'not for jobs';
    gpuJob = await submit(s);
    assert.match(gpuJob, /^\d+$/);
    const j = await until(gpuJob, ['completed', 'failed', 'cancelled', 'timeout']);
    assert.equal(j.state, 'completed', j.message ?? '');
    assert.equal(j.exitCode, 0);
    assert.ok(j.startedAt && j.endedAt && j.startedAt <= j.endedAt);
    const text = await fullLog(gpuJob);
    const lines = text.split('\n');
    assert.match(lines[0]!, /^cuda=(\d),(\d) pj=\1,\2 omp=1$/);
    assert.equal(lines[1], `job=${s.jobId} in=s3://in/a out=s3://out/b greeting=hello world`);
    if (account) assert.equal(lines[2], `partition=debug name=pj-${s.jobId} account=${account}`);
    else assert.match(lines[2]!, new RegExp(`^partition=debug name=pj-${s.jobId} account=`));
    assert.equal(lines[3], 'secret=unset');
    assert.equal(lines[4], '浦江 算力 ✓');
    let offset = 0;
    let joined = '';
    let eof = false;
    for (let i = 0; i < 1000 && !eof; i++) {
      const c = await slurm.logs(gpuJob, offset, 5);
      joined += c.text;
      offset = c.next;
      eof = c.eof;
    }
    assert.ok(eof);
    assert.equal(joined, text);
  });

  test('a failing command ends failed with its exit status', async () => {
    const id = await submit(spec('echo "about to fail" >&2; exit 3'));
    const j = await until(id, ['completed', 'failed', 'cancelled', 'timeout']);
    assert.equal(j.state, 'failed');
    assert.equal(j.exitCode, 3);
    assert.equal(await fullLog(id), 'about to fail\n');
  });

  test('cancel stops a running job: cancelled; status counts its GPU while it runs', async () => {
    const id = await submit(spec('echo running; sleep 600', { gpus: 1 }));
    await until(id, ['running']);
    const st = await slurm.status();
    assert.equal(st.up, true);
    assert.ok(st.nodesUp >= 1 && st.nodesTotal >= st.nodesUp);
    assert.ok(st.gpusTotal >= 4);
    assert.ok(st.gpusAllocated >= 1, 'the running job holds a GPU');
    assert.ok(st.cpusTotal >= 2 && st.cpusAllocated >= 2, 'it and the timeout job hold a CPU each');
    await slurm.cancel(id);
    const j = await until(id, ['cancelled', 'completed', 'failed', 'timeout']);
    assert.equal(j.state, 'cancelled');
    await slurm.cancel(id); // an ended job: not an error
    await slurm.cancel('999999999');
  });

  test('submit is idempotent by job id: the job named after it is found, not submitted twice', async () => {
    const s = spec('echo once');
    const a = await submit(s);
    const b = await submit(s);
    assert.equal(b, a);
    await until(a, ['completed']);
    const c = await new SlurmAdapter({ partition: 'debug', account, outputDir, pools: [POOL] }).submit(s);
    assert.equal(c.externalId, a, 'a new adapter (after a restart) finds it too');
    const named = await runSlurm('squeue', ['-h', '-t', 'all', `--name=pj-${s.jobId}`, '-o', '%i']);
    assert.deepEqual(named.stdout.trim().split('\n'), [a]);
    assert.equal(await fullLog(a), 'once\n');
    const polled = await slurm.poll([a, 'not-a-job']);
    assert.deepEqual([...polled.keys()], [a]);
  });

  test('two jobs that run together get disjoint GPUs', async () => {
    const hold = 'echo "$CUDA_VISIBLE_DEVICES"; while [ ! -e "$PUJIANG_OUTPUT_URI" ]; do sleep 0.2; done';
    const go = join(outputDir, `go-${newId('computeJob')}`);
    const a = await submit(spec(hold, { gpus: 2, outputUri: go }));
    const b = await submit(spec(hold, { gpus: 2, outputUri: go }));
    await until(a, ['running']);
    await until(b, ['running']);
    const devices = async (id: string) => {
      for (let i = 0; i < 100; i++) {
        const t = (await fullLog(id)).trim();
        if (t) return t.split(',');
        await new Promise((r) => setTimeout(r, 100));
      }
      return [];
    };
    const da = await devices(a);
    const db = await devices(b);
    writeFileSync(go, '');
    assert.equal(da.length, 2);
    assert.equal(db.length, 2);
    assert.deepEqual([...new Set([...da, ...db])].sort(), ['0', '1', '2', '3']);
    await until(a, ['completed']);
    await until(b, ['completed']);
  });

  test('accounting from sacct: elapsed, GPUs from gres/gpu, GPU- and CPU-seconds', { skip: hasAccounting ? false : 'no slurmdbd: sacct cannot answer' }, async () => {
    if (!hasAccounting) return;
    const u = await accounted(gpuJob);
    assert.equal(u.state, 'completed');
    assert.equal(u.exitCode, 0);
    assert.equal(u.gpus, 2);
    assert.ok(u.cpus >= 1);
    assert.equal(u.gpuModel, 'H100');
    assert.equal(u.gpuSeconds, 2 * u.elapsedSeconds);
    assert.equal(u.cpuSeconds, u.cpus * u.elapsedSeconds);
    assert.match(u.source, /gres\/gpu=2/);
    const sleeper = await submit(spec('sleep 2', { cpus: 2 }));
    await until(sleeper, ['completed']);
    const v = await accounted(sleeper);
    assert.ok(v.elapsedSeconds >= 2, `sacct elapsed ${v.elapsedSeconds}`);
    assert.equal(v.cpus, 2);
    assert.equal(v.cpuSeconds, 2 * v.elapsedSeconds);
    assert.equal(v.gpus, 0);
    assert.equal(v.gpuSeconds, 0);
    assert.equal(v.gpuModel, null);
    const running = await submit(spec('sleep 600'));
    await until(running, ['running']);
    assert.equal((await slurm.accounting([running])).size, 0, 'a running job is not accounted yet');
    await slurm.cancel(running);
  });

  test('refusals: images, an unknown partition (cluster_unreachable); status of an unknown partition is down, never an error', async () => {
    assert.equal(slurm.runsContainers, false);
    await assert.rejects(slurm.submit(spec('', { command: null, image: 'pytorch/pytorch:2.5' })), (e: AppError) => e.code === 'no_matching_cluster');
    const nowhere = new SlurmAdapter({ partition: 'no-such-partition', outputDir, pools: [{ ...POOL, partition: undefined }] });
    await assert.rejects(nowhere.submit(spec('true', { pool: { ...POOL, partition: undefined } })), (e: AppError) => e.code === 'cluster_unreachable');
    const st = await nowhere.status();
    assert.equal(st.up, false);
    assert.ok(st.message);
  });

  test('a job past its time limit (one minute: Slurm counts minutes) ends in timeout', async () => {
    const j = await until(timeoutJob, ['completed', 'failed', 'cancelled', 'timeout'], 150);
    assert.equal(j.state, 'timeout');
    assert.match(await fullLog(timeoutJob), /^started\n.*DUE TO TIME LIMIT/);
    if (hasAccounting) {
      const u = await accounted(timeoutJob);
      assert.equal(u.state, 'timeout');
      assert.ok(u.elapsedSeconds >= 60);
    }
  });
});
