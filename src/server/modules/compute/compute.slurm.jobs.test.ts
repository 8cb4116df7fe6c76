// Compute jobs through the HTTP API and a REAL Slurm (engine 'slurm', partition debug, a node
// with gpu:h100:4): a job that completes, one that fails, one cancelled while it runs — each
// metered from sacct (AllocTRES, ElapsedRaw) and charged to the fen, the voucher paying
// floor(charge × rate). Skipped, with a message, where no Slurm answers (scripts/slurm/setup.sh
// starts one).
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { testApp, type TestApp } from '../../../../test/support/app.ts';
import { computeWorld, type ComputeWorld } from '../../../../test/support/compute.ts';
import { assertReconciled, get, ok } from '../../../../test/support/ledger.ts';
import { closeAdapters, slurmAvailable } from './compute.adapters.ts';
import { runComputePass } from './compute.controller.ts';
import { chargeFen } from './compute.pricing.ts';
import type { ClusterPool } from './compute.types.ts';

const available = await slurmAvailable();
if (!available) console.warn('# compute.slurm.jobs.test.ts: skipped — no Slurm answers here (run scripts/slurm/setup.sh as root to start one)');

const POOL: ClusterPool = { name: 'h100', gpuModel: 'H100', nodes: 1, gpusPerNode: 4, cpusPerNode: 2, memGbPerNode: 3, gpuHourFen: 3600, cpuHourFen: 36 };
const RATE_BP = 3000;

describe('compute jobs on a real Slurm', { skip: !available && 'no Slurm here (scripts/slurm/setup.sh starts one)' }, () => {
  let t: TestApp;
  let w: ComputeWorld;

  before(async () => {
    t = await testApp();
    const outputDir = mkdtempSync(join(tmpdir(), 'pujiang-slurm-jobs-'));
    w = await computeWorld(t, { engine: 'slurm', pools: [POOL], connection: { partition: 'debug', outputDir }, rateBp: RATE_BP });
  });
  after(async () => {
    await closeAdapters();
    await t?.close();
  });

  const ended = (j: any) => ['completed', 'failed', 'cancelled', 'timeout'].includes(j.state);
  const job = (id: string) => get(t, w.tenant.owner, `/api/compute/jobs/${id}`);

  async function submit(command: string): Promise<any> {
    const r = ok(
      await t.req('POST', '/api/compute/jobs', {
        as: w.tenant.owner,
        body: { projectId: w.projectId, name: 'slurm-job', command, gpus: 1, gpuModel: 'H100', cpus: 1, memGb: 1, timeLimitMinutes: 5 },
      }),
      201,
      'submit',
    );
    return r.jobs[0];
  }

  /** Runs passes until the job satisfies `pred` (Slurm starts jobs on its own schedule: up to 90 s). */
  async function until(id: string, pred: (j: any) => boolean, what: string, ms = 90_000): Promise<any> {
    const deadline = Date.now() + ms;
    for (;;) {
      const st = await runComputePass(t.deps);
      assert.deepEqual(st.errors, [], 'the pass had no errors');
      const j = await job(id);
      if (pred(j)) return j;
      if (Date.now() > deadline) assert.fail(`${what}: job ${id} is ${j.state} (${j.reason ?? ''} ${j.message ?? ''}) after ${ms} ms`);
      await sleep(250);
    }
  }

  function assertCharged(j: any): void {
    assert.match(j.usage.source, /sacct .*AllocTRES=.*gres\/gpu/, 'metered from sacct');
    assert.equal(j.usage.gpus, 1);
    assert.equal(j.usage.gpuModel, 'H100');
    assert.equal(j.usage.gpuSeconds, j.usage.elapsedSeconds, '1 GPU × ElapsedRaw');
    const total = Math.min(chargeFen(j.usage, POOL), j.maxCostFen);
    assert.equal(j.charge.totalFen, total, 'charge = chargeFen(usage) at the pool’s prices');
    assert.equal(j.charge.subsidyFen, Math.floor((total * RATE_BP) / 10_000), 'voucher share = floor(charge × rate)');
    assert.equal(j.charge.ownFen, total - j.charge.subsidyFen);
  }

  it('completes a job: sbatch → running → output → completed, metered from sacct and charged to the fen', async () => {
    const v0 = await get(t, w.tenant.owner, `/api/ledger/vouchers/${w.voucher.id}`);
    const j0 = await submit('echo "gpus=$CUDA_VISIBLE_DEVICES"; sleep 3; echo bye');
    const j = await until(j0.id, ended, 'completed');
    assert.equal(j.state, 'completed', j.message ?? '');
    assert.equal(j.exitCode, 0);
    assert.match(j.externalId, /^\d+$/, 'the Slurm job id');
    assert.ok(j.usage.elapsedSeconds >= 3, `ran at least 3 s: ${j.usage.elapsedSeconds}`);
    assertCharged(j);
    const log = await get(t, w.tenant.owner, `/api/compute/jobs/${j0.id}/logs?offset=0`);
    assert.match(log.text, /gpus=.*\n.*bye/s);
    const v1 = await get(t, w.tenant.owner, `/api/ledger/vouchers/${w.voucher.id}`);
    assert.equal(v0.availableFen - v1.availableFen, j.charge.subsidyFen, 'the voucher paid its share');
  });

  it('fails a job with its exit code, and pays for the seconds it ran', async () => {
    const j0 = await submit('echo failing; sleep 2; exit 3');
    const j = await until(j0.id, ended, 'failed');
    assert.equal(j.state, 'failed');
    assert.equal(j.exitCode, 3);
    assertCharged(j);
    assert.ok(j.charge.totalFen > 0);
  });

  it('cancels a running job through scancel and charges the time it ran', async () => {
    const j0 = await submit('echo running; sleep 120');
    await until(j0.id, (j) => j.state === 'running' || ended(j), 'running');
    await sleep(2000);
    ok(await t.req('POST', `/api/compute/jobs/${j0.id}/cancel`, { as: w.tenant.owner }));
    const j = await until(j0.id, ended, 'cancelled');
    assert.equal(j.state, 'cancelled');
    assert.ok(j.usage.elapsedSeconds >= 1 && j.usage.elapsedSeconds < 100, `${j.usage.elapsedSeconds}`);
    assertCharged(j);
    await assertReconciled(t, w.op);
  });
});
