// Compute jobs through the HTTP API and the LOCAL executor, on PGlite and PostgreSQL: submit →
// controller passes → running → logs → completed, metered and charged to the fen with the
// voucher's share (floor of the rate), the company's own share and the provider's receivable,
// the ledger reconciling; failed, timed-out, cancelled (pending and running) jobs; arrays; a
// hold refused for want of funds; a related provider (no voucher share); refusals of bad input;
// tenant isolation; the provider's view; statements (JSON and CSV); the queue; idempotency.
//
// The controller's passes are run directly (runComputePass) in a loop with a deadline; jobs run
// real processes for a second or two. The time-out test gives its job a limit of 2 s through
// the pass's `timeLimitSeconds` option (time limits are whole minutes in the API).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, ne } from 'drizzle-orm';
import { testApp, type Agent, type TestApp } from '../../../../test/support/app.ts';
import { computeWorld, insertAllocation, insertCluster, insertProject, H100_POOL, type ComputeWorld, type ComputeWorldOptions } from '../../../../test/support/compute.ts';
import { addMember } from '../../../../test/support/factories.ts';
import { assertReconciled, company, deposit, get, grant, ok, refused } from '../../../../test/support/ledger.ts';
import { computeClusters, computeJobs } from '../../db/schema.ts';
import { closeAdapters } from './compute.adapters.ts';
import { CONTROLLER_LOCK, runComputePass, type PassStats } from './compute.controller.ts';
import { eventsOf } from './compute.jobs.repo.ts';
import { chargeFen } from './compute.pricing.ts';

const CST_MS = 8 * 3600 * 1000;
// Cheaper per CPU-hour than the GPU pool, so that the cheapest fit for a CPU-only job is here.
const CPU_POOL = { name: 'cpu', gpuModel: null, nodes: 2, gpusPerNode: 0, cpusPerNode: 8, memGbPerNode: 32, gpuHourFen: 0, cpuHourFen: 18 };

describe('compute jobs on the local executor', () => {
  let t: TestApp;
  /** Jobs whose time limit the passes shorten to seconds (the time-out test). */
  const shortLimits = new Map<string, number>();

  before(async () => {
    t = await testApp();
  });
  after(async () => {
    await closeAdapters();
    await t.close();
  });

  /** A world whose cluster is the only active one (earlier tests' clusters are retired). */
  async function world(o: ComputeWorldOptions = {}): Promise<ComputeWorld> {
    const w = await computeWorld(t, o);
    await t.deps.db.db.update(computeClusters).set({ status: 'retired' }).where(ne(computeClusters.id, w.clusterId));
    return w;
  }

  const pass = (): Promise<PassStats> => runComputePass(t.deps, { timeLimitSeconds: (j) => shortLimits.get(j.id) ?? j.timeLimitMinutes * 60 });

  const body = (w: ComputeWorld, o: Record<string, unknown> = {}) => ({
    projectId: w.projectId,
    name: 'train-llm',
    command: 'echo hello',
    gpus: 1,
    gpuModel: 'H100',
    cpus: 2,
    memGb: 4,
    timeLimitMinutes: 10,
    ...o,
  });

  async function submit(w: ComputeWorld, o: Record<string, unknown> = {}, as: Agent = w.tenant.owner, headers: Record<string, string> = {}): Promise<any> {
    const r = ok(await t.req('POST', '/api/compute/jobs', { as, body: body(w, o), headers }), 201, 'submit');
    return r.jobs.length === 1 && !r.arrayId ? r.jobs[0] : r;
  }

  const job = (w: ComputeWorld, id: string, as: Agent = w.tenant.owner) => get(t, as, `/api/compute/jobs/${id}`);

  /** Runs passes until the job satisfies `pred` (at most `ms`), then answers it. */
  async function until(w: ComputeWorld, id: string, pred: (j: any) => boolean, what: string, ms = 30_000): Promise<any> {
    const deadline = Date.now() + ms;
    for (;;) {
      const st = await pass();
      assert.deepEqual(st.errors, [], 'the pass had no errors');
      const j = await job(w, id);
      if (pred(j)) return j;
      if (Date.now() > deadline) assert.fail(`${what}: job ${id} is ${j.state} (${j.reason ?? ''} ${j.message ?? ''}) after ${ms} ms`);
      await sleep(100);
    }
  }
  const ended = (j: any) => ['completed', 'failed', 'cancelled', 'timeout'].includes(j.state);

  /** The whole output of a job. */
  async function output(w: ComputeWorld, id: string): Promise<string> {
    let text = '';
    let offset = 0;
    for (let i = 0; i < 100; i++) {
      const c = await get(t, w.tenant.owner, `/api/compute/jobs/${id}/logs?offset=${offset}&limit=4096`);
      text += c.text;
      if (c.next === offset) break;
      offset = c.next;
    }
    return text;
  }

  /** Asserts the charge is the pool's price of the usage and the voucher's share its rate, floored. */
  function assertCharged(j: any, rateBp: number, pool = H100_POOL): void {
    assert.ok(j.usage, 'usage recorded');
    assert.ok(j.charge, 'charge recorded');
    const expected = Math.min(chargeFen(j.usage, pool), j.maxCostFen);
    assert.equal(j.charge.totalFen, expected, 'charge = chargeFen(usage) at the pool’s prices');
    assert.equal(j.charge.gpuHourFen, pool.gpuHourFen);
    assert.equal(j.charge.subsidyFen, Math.floor((expected * rateBp) / 10_000), 'voucher share = floor(charge × rate)');
    assert.equal(j.charge.ownFen, expected - j.charge.subsidyFen);
  }

  const voucher = (w: ComputeWorld) => get(t, w.tenant.owner, `/api/ledger/vouchers/${w.voucher.id}`);
  const ownAccount = (w: ComputeWorld) => get(t, w.tenant.owner, `/api/ledger/orgs/${w.tenant.org.id}/account`);
  const providerAccount = (w: ComputeWorld) => get(t, w.prov.owner, `/api/ledger/accounts/${w.prov.provider.accountId}`);
  const period = () => new Date(t.deps.now().getTime() + CST_MS).toISOString().slice(0, 7);

  it('runs a job: pending → admitted with a hold → dispatched → running with logs → completed, charged to the fen', async () => {
    const w = await world();
    const [v0, a0, p0] = await Promise.all([voucher(w), ownAccount(w), providerAccount(w)]);
    const j0 = await submit(w, { command: 'echo start; sleep 1.5; echo done', env: { MODEL_SIZE: '7b' } }, w.tenant.owner, { 'x-pujiang-client': 'web' });
    assert.equal(j0.state, 'pending');
    assert.equal(j0.submittedVia, 'web');
    assert.equal(j0.gpuClass, 'training');
    assert.equal(j0.allocationId, w.allocationId);

    const st = await pass();
    assert.deepEqual(st.errors, []);
    assert.equal(st.admitted, 1);
    assert.equal(st.dispatched, 1);
    const admitted = await job(w, j0.id);
    assert.ok(['dispatched', 'running'].includes(admitted.state), admitted.state);
    assert.equal(admitted.clusterId, w.clusterId);
    assert.ok(admitted.orderId, 'a hold was placed before dispatch');
    // 1 GPU × 3600 fen/h + 2 CPUs × 36 fen/h for 10 minutes.
    assert.equal(admitted.maxCostFen, 600 + 12);
    const held = await voucher(w);
    assert.equal(held.reservedFen, Math.floor((612 * 3000) / 10_000), 'the voucher share of the maximum is held');

    const running = await until(w, j0.id, (j) => j.state === 'running' || ended(j), 'running');
    assert.ok(running.startedAt);
    let seen = '';
    const deadline = Date.now() + 10_000;
    while (!seen.includes('start') && Date.now() < deadline) {
      seen = (await get(t, w.tenant.owner, `/api/compute/jobs/${j0.id}/logs?offset=0`)).text;
      await sleep(100);
    }
    assert.match(seen, /start/, 'the first log line is readable while it runs');

    const done = await until(w, j0.id, ended, 'completed');
    assert.equal(done.state, 'completed');
    assert.equal(done.exitCode, 0);
    assert.match(await output(w, j0.id), /start\s+done/);
    const last = await get(t, w.tenant.owner, `/api/compute/jobs/${j0.id}/logs?offset=0`);
    assert.equal(last.eof, true);
    assert.ok(done.usage.elapsedSeconds >= 1.4, `ran about 1.5 s: ${done.usage.elapsedSeconds}`);
    assert.equal(done.usage.gpus, 1);
    assertCharged(done, 3000);
    assert.ok(done.charge.totalFen > 0);
    assert.deepEqual(
      done.events.map((e: any) => e.state),
      ['pending', 'admitted', 'dispatched', 'running', 'completed'],
    );

    // The voucher paid its share, the company the rest, the provider is owed the whole.
    const [v1, a1, p1] = await Promise.all([voucher(w), ownAccount(w), providerAccount(w)]);
    assert.equal(v0.availableFen - v1.availableFen, done.charge.subsidyFen);
    assert.equal(v1.reservedFen, 0, 'the rest of the hold is released');
    assert.equal(a0.available - a1.available, done.charge.ownFen);
    assert.equal(a1.debitsPending, 0);
    assert.equal(p1.creditsPosted - p0.creditsPosted, done.charge.totalFen);
    const order = await get(t, w.tenant.owner, `/api/ledger/orders/${done.orderId}`);
    assert.equal(order.status, 'claimed');
    assert.equal(order.totalFen, done.charge.totalFen);
    assert.equal(order.subsidyFen, done.charge.subsidyFen);
    await assertReconciled(t, w.op);

    // Usage for the charts: the same GPU-hours and money.
    const u = await get(t, w.tenant.owner, `/api/compute/usage?orgId=${w.tenant.org.id}&granularity=month`);
    assert.equal(u.totals.spendFen, done.charge.totalFen);
    assert.equal(u.totals.subsidyFen, done.charge.subsidyFen);
    assert.equal(u.series.length, 1);
    assert.equal(u.series[0].gpuModel, 'H100');
    assert.ok(Math.abs(u.totals.gpuHours - done.usage.gpuSeconds / 3600) < 1e-9);
  });

  it('a failing command ends failed with its exit code and pays for its seconds', async () => {
    const w = await world();
    const j0 = await submit(w, { command: 'echo oops >&2; sleep 1; exit 3' });
    const j = await until(w, j0.id, ended, 'failed');
    assert.equal(j.state, 'failed');
    assert.equal(j.exitCode, 3);
    assert.match(await output(w, j0.id), /oops/);
    assert.ok(j.usage.gpuSeconds >= 0.9);
    assertCharged(j, 3000);
    assert.ok(j.charge.totalFen > 0, 'the seconds it ran are paid');
    await assertReconciled(t, w.op);
  });

  it('a job past its time limit ends timeout and pays for the time it had', async () => {
    const w = await world();
    const j0 = await submit(w, { command: 'echo begin; sleep 60', timeLimitMinutes: 1 });
    shortLimits.set(j0.id, 2);
    const j = await until(w, j0.id, ended, 'timeout');
    assert.equal(j.state, 'timeout');
    assert.ok(j.usage.elapsedSeconds >= 1.9 && j.usage.elapsedSeconds < 30, `stopped at its limit: ${j.usage.elapsedSeconds}`);
    assertCharged(j, 3000);
    assert.ok(j.charge.totalFen <= j.maxCostFen);
  });

  it('cancels a pending job at once (nothing held or charged) and a running one through the controller (the time used is paid)', async () => {
    const w = await world();
    const [a0, v0] = await Promise.all([ownAccount(w), voucher(w)]);
    const pending = await submit(w);
    const c = ok(await t.req('POST', `/api/compute/jobs/${pending.id}/cancel`, { as: w.tenant.owner }));
    assert.equal(c.jobs[0].state, 'cancelled');
    const p = await job(w, pending.id);
    assert.equal(p.state, 'cancelled');
    assert.equal(p.orderId, null);
    assert.equal(p.charge, null);
    refused(await t.req('POST', `/api/compute/jobs/${pending.id}/cancel`, { as: w.tenant.owner }), 409, 'invalid_state', 'cancel an ended job:');

    const r0 = await submit(w, { command: 'echo going; sleep 60' });
    await until(w, r0.id, (j) => j.state === 'running', 'running');
    await sleep(1000);
    const asked = ok(await t.req('POST', `/api/compute/jobs/${r0.id}/cancel`, { as: w.tenant.owner }));
    assert.equal(asked.jobs[0].cancelRequested, true);
    assert.equal(asked.jobs[0].state, 'running');
    const j = await until(w, r0.id, ended, 'cancelled');
    assert.equal(j.state, 'cancelled');
    assert.ok(j.usage.elapsedSeconds >= 0.9 && j.usage.elapsedSeconds < 30, `${j.usage.elapsedSeconds}`);
    assertCharged(j, 3000);
    assert.ok(j.charge.totalFen > 0);
    const [a1, v1] = await Promise.all([ownAccount(w), voucher(w)]);
    assert.equal(a0.available - a1.available, j.charge.ownFen, 'only the running job was paid for');
    assert.equal(v0.availableFen - v1.availableFen, j.charge.subsidyFen);
    await assertReconciled(t, w.op);
  });

  it('runs an array of 3: one job per index with PUJIANG_ARRAY_INDEX; the array can be listed and cancelled', async () => {
    const w = await world();
    const r = ok(await t.req('POST', '/api/compute/jobs', { as: w.tenant.owner, body: body(w, { command: 'echo "index=$PUJIANG_ARRAY_INDEX"', array: { size: 3 } }) }), 201);
    assert.ok(r.arrayId);
    assert.deepEqual(
      r.jobs.map((j: any) => j.arrayIndex),
      [0, 1, 2],
    );
    for (const j0 of r.jobs) {
      const j = await until(w, j0.id, ended, `array ${j0.arrayIndex}`);
      assert.equal(j.state, 'completed');
      assert.match(await output(w, j0.id), new RegExp(`index=${j0.arrayIndex}`));
      assertCharged(j, 3000);
    }
    const list = await get(t, w.tenant.owner, `/api/compute/jobs?arrayId=${r.arrayId}`);
    assert.equal(list.items.length, 3);
    const c = ok(await t.req('POST', `/api/compute/arrays/${r.arrayId}/cancel`, { as: w.tenant.owner }));
    assert.deepEqual(
      c.jobs.map((j: any) => j.state),
      ['completed', 'completed', 'completed'],
      'ended jobs stay as they ended',
    );
  });

  it('leaves a job pending with insufficient_funds when the company cannot cover its share of the hold', async () => {
    const w = await world({ ownFen: 100 });
    const j0 = await submit(w);
    const st = await pass();
    assert.deepEqual(st.errors, []);
    const j = await job(w, j0.id);
    assert.equal(j.state, 'pending');
    assert.equal(j.reason, 'insufficient_funds');
    assert.equal(j.orderId, null);
    const a = await ownAccount(w);
    assert.equal(a.debitsPending, 0, 'no hold');
    assert.equal((await voucher(w)).reservedFen, 0);
    const orders = await get(t, w.tenant.owner, `/api/ledger/orders?buyerOrgId=${w.tenant.org.id}`);
    assert.equal(orders.items.length, 0);
    ok(await t.req('POST', `/api/compute/jobs/${j0.id}/cancel`, { as: w.tenant.owner }));
  });

  it('a provider related to the tenant: the voucher pays nothing and the job says why', async () => {
    const w = await world();
    ok(await t.req('POST', '/api/ledger/relations', { as: w.tenant.owner, body: { orgId: w.tenant.org.id, relatedOrgId: w.prov.org.id, kind: 'declared', note: 'same founders' } }), 201);
    const v0 = await voucher(w);
    const j0 = await submit(w, { command: 'sleep 1' });
    const j = await until(w, j0.id, ended, 'completed');
    assert.equal(j.state, 'completed');
    assert.equal(j.voucherNote, 'provider_related_to_buyer');
    assert.equal(j.charge.subsidyFen, 0);
    assert.equal(j.charge.ownFen, j.charge.totalFen);
    assert.equal(j.charge.totalFen, chargeFen(j.usage, H100_POOL));
    assert.equal((await voucher(w)).availableFen, v0.availableFen);
    await assertReconciled(t, w.op);
  });

  it('refuses what cannot run: no allocation, no matching cluster, bad input', async () => {
    const w = await world();
    const send = (o: Record<string, unknown>) => t.req('POST', '/api/compute/jobs', { as: w.tenant.owner, body: body(w, o) });
    refused(await send({ gpuModel: undefined, gpuClass: 'inference' }), 409, 'no_allocation', 'inference class:');
    refused(await send({ gpus: 8 }), 409, 'no_matching_cluster', '8 GPUs on a 4-GPU pool:');
    refused(await send({ gpuModel: 'A100' }), 409, 'no_matching_cluster', 'a model nobody offers:');
    refused(await send({ memGb: 1000 }), 409, 'no_matching_cluster', 'too much memory:');
    refused(await send({ command: undefined, image: 'pytorch/pytorch:2.5' }), 409, 'no_matching_cluster', 'an image where no engine runs containers:');
    refused(await send({ command: undefined }), 400, 'validation_failed', 'neither command nor image:');
    refused(await send({ image: 'x' }), 400, 'validation_failed', 'both command and image:');
    refused(await send({ gpuModel: undefined }), 400, 'validation_failed', 'GPUs without model or class:');
    refused(await send({ gpus: 0 }), 400, 'validation_failed', 'a CPU job with a model:');
    refused(await send({ gpuClass: 'inference' }), 400, 'validation_failed', 'model and class disagree:');
    refused(await send({ env: { PUJIANG_JOB_ID: 'x' } }), 400, 'validation_failed', 'a platform variable:');
    refused(await send({ env: { 'bad-name': 'x' } }), 400, 'validation_failed', 'a bad variable name:');
    refused(await send({ env: { BIG: 'x'.repeat(5000) } }), 400, 'validation_failed', 'a value over 4 KB:');
    refused(await send({ env: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`V${i}`, '1'])) }), 400, 'validation_failed', '65 variables:');
    refused(await send({ timeLimitMinutes: 14 * 24 * 60 + 1 }), 400, 'validation_failed', 'time limit over 14 days:');
    refused(await send({ priority: 11 }), 400, 'validation_failed', 'priority:');
    refused(await send({ gpus: 1025 }), 400, 'validation_failed', 'gpus:');
    refused(await send({ array: { size: 1001 } }), 400, 'validation_failed', 'array too large:');
    refused(await send({ surprise: true }), 400, 'validation_failed', 'unknown field:');
    refused(await send({ projectId: 'prj_nope' }), 404, 'not_found', 'no such project:');
    refused(await t.req('POST', '/api/compute/jobs', { as: w.tenant.owner, raw: '{"projectId":', headers: { 'content-type': 'application/json' } }), 400, 'malformed_body', 'broken JSON:');
    refused(await t.req('GET', '/api/compute/jobs/cj_nope/logs?offset=-1', { as: w.tenant.owner }), 400, 'validation_failed', 'negative offset:');
    const everywhere = await get(t, w.tenant.owner, '/api/compute/usage');
    assert.equal(everywhere.orgId, null, 'no orgId: every organization of the caller');
    assert.deepEqual(everywhere.orgIds, [w.tenant.org.id]);
    refused(await t.req('GET', `/api/compute/usage?orgId=${w.tenant.org.id}&from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z`, { as: w.tenant.owner }), 400, 'validation_failed', 'from after to:');
    refused(await t.req('GET', `/api/compute/statements/tenant/${w.tenant.org.id}?period=2026-13`, { as: w.tenant.owner }), 400, 'validation_failed', 'bad period:');

    // A CPU-only job takes the project's allocation (there is no CPU one) and runs on a CPU pool at its price.
    const cw = await world({ pools: [H100_POOL, CPU_POOL] });
    const cpu = await submit(cw, { gpus: 0, gpuModel: undefined, command: 'echo cpu; sleep 1' });
    assert.equal(cpu.gpuClass, null);
    assert.equal(cpu.allocationId, cw.allocationId);
    const j = await until(cw, cpu.id, ended, 'cpu job');
    assert.equal(j.state, 'completed');
    assert.equal(j.pool, 'cpu');
    assert.equal(j.usage.gpuSeconds, 0);
    assert.ok(j.usage.cpuSeconds >= 1.8);
    assertCharged(j, 3000, CPU_POOL);
  });

  it('keeps tenants apart, shows the provider the jobs on its cluster without env values, and answers 404 to strangers', async () => {
    const w = await world();
    const stranger = await company(t, 'startup');
    const j0 = await submit(w, { command: 'echo secret-output', env: { API_KEY: 'sk-123' } });
    await until(w, j0.id, ended, 'completed');

    for (const [m, path] of [
      ['GET', `/api/compute/jobs/${j0.id}`],
      ['GET', `/api/compute/jobs/${j0.id}/logs`],
      ['POST', `/api/compute/jobs/${j0.id}/cancel`],
      ['GET', `/api/compute/jobs?orgId=${w.tenant.org.id}`],
      ['GET', `/api/compute/jobs?projectId=${w.projectId}`],
      ['GET', `/api/compute/usage?orgId=${w.tenant.org.id}`],
      ['GET', `/api/compute/statements/tenant/${w.tenant.org.id}?period=${period()}`],
      ['GET', `/api/compute/statements/provider/${w.prov.provider.id}?period=${period()}`],
      ['GET', `/api/compute/clusters/${w.clusterId}/jobs`],
    ] as const)
      refused(await t.req(m, path, { as: stranger.owner }), 404, 'not_found', `${m} ${path} as a stranger:`);
    refused(await t.req('POST', '/api/compute/jobs', { as: stranger.owner, body: body(w) }), 404, 'not_found', 'submit into another org’s project:');
    const mine = await get(t, stranger.owner, '/api/compute/jobs');
    assert.equal(mine.items.length, 0, 'the stranger’s own list is empty');

    // The provider sees the job on its cluster, without env values or output, and cannot cancel it.
    const pv = await get(t, w.prov.owner, `/api/compute/clusters/${w.clusterId}/jobs`);
    const seen = pv.items.find((x: any) => x.id === j0.id);
    assert.ok(seen, 'the provider lists the job');
    assert.equal(seen.env, null);
    assert.deepEqual(seen.envNames, ['API_KEY']);
    assert.equal((await get(t, w.prov.owner, `/api/compute/jobs/${j0.id}`)).env, null);
    refused(await t.req('GET', `/api/compute/jobs/${j0.id}/logs`, { as: w.prov.owner }), 403, 'forbidden', 'the provider reads the output:');
    assert.equal((await job(w, j0.id)).env.API_KEY, 'sk-123', 'the tenant sees its values');
    // Operators see everything.
    assert.equal((await get(t, w.op, `/api/compute/jobs/${j0.id}`)).env.API_KEY, 'sk-123');

    // A plain member submits and cancels their own job but not an admin's.
    const member = await addMember(t, w.tenant.org, w.tenant.owner, 'member');
    const theirs = await submit(w, {}, member);
    const owners = await submit(w);
    refused(await t.req('POST', `/api/compute/jobs/${owners.id}/cancel`, { as: member }), 403, 'forbidden', 'a member cancels another’s job:');
    ok(await t.req('POST', `/api/compute/jobs/${theirs.id}/cancel`, { as: member }));
    ok(await t.req('POST', `/api/compute/jobs/${owners.id}/cancel`, { as: w.tenant.owner }));
    assert.equal((await get(t, member, '/api/compute/jobs')).items.length, 1, 'a member’s own list');
    assert.equal((await get(t, member, `/api/compute/jobs?orgId=${w.tenant.org.id}`)).items.length, 3, 'the organization’s jobs');

    // The controller is the operators'.
    refused(await t.req('POST', '/api/compute/controller/pass', { as: w.tenant.owner }), 403, 'forbidden', 'a tenant runs a pass:');
    const st = ok(await t.req('POST', '/api/compute/controller/pass', { as: w.op }));
    assert.equal(st.skipped, false);
    const ctl = await get(t, w.op, '/api/compute/controller');
    assert.ok(ctl.passes >= 1);
    assert.ok(ctl.lastPass.at);
  });

  it('shows the queue in order with positions and reasons, other tenants anonymized', async () => {
    const w = await world();
    const big = await submit(w, { command: 'sleep 60', gpus: 4 });
    await until(w, big.id, (j) => j.state === 'running', 'running');
    const waiting = await submit(w, { gpus: 4, name: 'second-big' });
    await pass();
    const j = await job(w, waiting.id);
    assert.equal(j.state, 'pending');
    assert.equal(j.position, 1);
    assert.equal(j.reason, 'resources', 'waits for the GPUs of the running job');
    assert.ok(j.expectedStartAt, 'with an expected start');
    const q = await get(t, w.tenant.owner, '/api/compute/queue');
    const mine = q.items.find((x: any) => x.jobId === waiting.id);
    assert.ok(mine);
    assert.equal(mine.position, 1);
    assert.equal(mine.reason, 'resources');
    assert.equal(mine.name, 'second-big');
    assert.ok(q.lastPassAt);

    const other = await company(t, 'startup');
    const theirs = await get(t, other.owner, '/api/compute/queue');
    const anon = theirs.items.find((x: any) => x.position === 1 && x.gpus === 4);
    assert.ok(anon, 'another tenant sees the job');
    assert.equal(anon.mine, false);
    assert.equal(anon.jobId, null);
    assert.equal(anon.name, null);
    assert.equal(anon.orgName, null);

    ok(await t.req('POST', `/api/compute/jobs/${waiting.id}/cancel`, { as: w.tenant.owner }));
    ok(await t.req('POST', `/api/compute/jobs/${big.id}/cancel`, { as: w.tenant.owner }));
    const b = await until(w, big.id, ended, 'cancelled');
    assert.equal(b.state, 'cancelled');
    assertCharged(b, 3000);
  });

  it('answers the same job for the same Idempotency-Key, and 409 for another body', async () => {
    const w = await world();
    const key = `k-${Date.now()}`;
    const a = await submit(w, { name: 'once' }, w.tenant.owner, { 'idempotency-key': key, 'x-pujiang-client': 'cli' });
    const b = await submit(w, { name: 'once' }, w.tenant.owner, { 'idempotency-key': key, 'x-pujiang-client': 'cli' });
    assert.equal(a.id, b.id);
    assert.equal(a.submittedVia, 'cli');
    refused(await t.req('POST', '/api/compute/jobs', { as: w.tenant.owner, body: body(w, { name: 'other' }), headers: { 'idempotency-key': key } }), 409, 'idempotency_conflict');
    const list = await get(t, w.tenant.owner, `/api/compute/jobs?projectId=${w.projectId}`);
    assert.equal(list.items.length, 1);
    ok(await t.req('POST', `/api/compute/jobs/${a.id}/cancel`, { as: w.tenant.owner }));
  });

  it('statements of the tenant and the provider add up to the jobs’ charges, as JSON and as CSV', async () => {
    const w = await world();
    // A second cluster of the same provider, so that the provider's statement has two lines by cluster.
    const ids: string[] = [];
    for (const cmd of ['sleep 1', 'sleep 1; exit 2']) ids.push((await submit(w, { command: cmd })).id);
    const jobs: any[] = [];
    for (const id of ids) jobs.push(await until(w, id, ended, 'ended'));
    const second = await insertCluster(t, w.prov, { connection: { workDir: w.workDir } });
    await t.deps.db.db.update(computeClusters).set({ status: 'retired' }).where(eq(computeClusters.id, w.clusterId));
    const third = await submit(w, { command: 'sleep 1' });
    jobs.push(await until(w, third.id, ended, 'on the second cluster'));
    assert.equal(jobs[2].clusterId, second);
    const sum = (k: string) => jobs.reduce((s, j) => s + j.charge[k], 0);

    const ts = await get(t, w.tenant.owner, `/api/compute/statements/tenant/${w.tenant.org.id}?period=${period()}`);
    assert.equal(ts.lines.length, 3);
    assert.equal(ts.totals.totalFen, sum('totalFen'));
    assert.equal(ts.totals.subsidyFen, sum('subsidyFen'));
    assert.equal(ts.totals.ownFen, sum('ownFen'));
    assert.equal(ts.byProject.length, 1);
    assert.equal(ts.byProject[0].totalFen, sum('totalFen'));

    const ps = await get(t, w.prov.owner, `/api/compute/statements/provider/${w.prov.provider.id}?period=${period()}`);
    assert.equal(ps.totals.totalFen, sum('totalFen'));
    assert.equal(ps.totals.subsidyFen + ps.totals.ownFen, ps.totals.totalFen);
    assert.equal(ps.byCluster.length, 2);
    assert.equal(ps.byCluster.reduce((s: number, c: any) => s + c.totalFen, 0), sum('totalFen'));
    assert.equal(ps.byTenant.length, 1);
    assert.equal(ps.byTenant[0].orgId, w.tenant.org.id);

    const csv = await t.req('GET', `/api/compute/statements/tenant/${w.tenant.org.id}?period=${period()}&format=csv`, { as: w.tenant.owner });
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(csv.headers.get('content-disposition') ?? '', /attachment; filename="compute-statement-/);
    const rows = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    for (const j of jobs) {
      const line = rows.find((r) => r.startsWith(`${j.id},`));
      assert.ok(line, `the CSV lists ${j.id}`);
      const yuanOf = (fen: number) => `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
      assert.ok(line.includes(`,${yuanOf(j.charge.totalFen)},${yuanOf(j.charge.subsidyFen)},${yuanOf(j.charge.ownFen)},`), `amounts of ${j.id} in yuan: ${line}`);
    }
    const total = rows.find((r) => r.startsWith('合计 / Total,'));
    assert.ok(total?.includes(`,3,`), `the total line counts 3 jobs: ${total}`);
    const xlsx = await t.req('GET', `/api/compute/statements/provider/${w.prov.provider.id}?period=${period()}&format=xlsx`, { as: w.prov.owner });
    assert.equal(xlsx.status, 200);
    assert.match(xlsx.headers.get('content-type') ?? '', /spreadsheetml/);
    await assertReconciled(t, w.op);

    // Every job's row in the database agrees with its ledger order.
    for (const j of jobs) {
      const [row] = await t.deps.db.db.select().from(computeJobs).where(eq(computeJobs.id, j.id));
      const order = await get(t, w.op, `/api/ledger/orders/${row!.orderId}`);
      assert.equal(order.totalFen, j.charge.totalFen);
      assert.equal(order.subsidyFen, j.charge.subsidyFen);
    }
  });
  it('finishes a dispatch cut short by a crash: the engine finds the job, it runs once', async () => {
    const w = await world();
    const j0 = await submit(w, { command: 'echo once; sleep 1' });
    await pass();
    const first = await job(w, j0.id);
    assert.ok(first.externalId);
    // As if the process died after the engine took the job but before the row said so.
    await t.deps.db.db.update(computeJobs).set({ state: 'admitted', externalId: null, dispatchedAt: null, startedAt: null }).where(eq(computeJobs.id, j0.id));
    const j = await until(w, j0.id, ended, 'completed');
    assert.equal(j.state, 'completed');
    assert.equal(j.externalId, first.externalId, 'the same run');
    assert.equal((await output(w, j0.id)).match(/once/g)?.length, 1, 'ran once');
    assertCharged(j, 3000);
  });

  it('an engine that refuses the submit: after three failures the hold is released and the job queues again', async () => {
    const w = await world();
    const v0 = await voucher(w);
    const j0 = await submit(w);
    // The executor cannot make the job's folder: a file is in the way.
    writeFileSync(join(w.workDir, j0.id), 'in the way');
    const fails: number[] = [];
    for (let i = 0; i < 3; i++) fails.push((await pass()).dispatchFailures);
    assert.deepEqual(fails, [1, 1, 1]);
    const j = await job(w, j0.id);
    assert.equal(j.state, 'pending');
    assert.equal(j.reason, 'cluster_unavailable');
    assert.equal(j.orderId, null);
    assert.match(j.message, /dispatch failed \(3\/3\)/);
    assert.equal(j.events.filter((e: any) => /dispatch failed/.test(e.message ?? '')).length, 3);
    // The same, as codes with params for the screens (the executor's own words kept as given).
    const coded = (await eventsOf(t.deps.db.db, j0.id)).filter((e) => e.code?.startsWith('dispatch_failed'));
    assert.deepEqual(
      coded.map((e) => [e.code, e.params?.attempt, e.params?.max]),
      [
        ['dispatch_failed', 1, 3],
        ['dispatch_failed', 2, 3],
        ['dispatch_failed_requeued', 3, 3],
      ],
    );
    assert.match(String(coded[2]!.params?.error), /local executor/);
    const [failedRow] = await t.deps.db.db.select().from(computeJobs).where(eq(computeJobs.id, j0.id));
    assert.equal(failedRow!.messageCode, 'dispatch_failed_requeued');
    const v1 = await voucher(w);
    assert.equal(v1.reservedFen, 0, 'the hold is released');
    assert.equal(v1.availableFen, v0.availableFen);
    ok(await t.req('POST', `/api/compute/jobs/${j0.id}/cancel`, { as: w.tenant.owner }));
    // The next pass would admit it again; the cancel made it final instead.
    await pass();
    assert.equal((await job(w, j0.id)).state, 'cancelled');
    await assertReconciled(t, w.op);
  });

  it('preempts by the explicit rule only: the preemptible job is metered for its run and queued again, the waiting one starts', async () => {
    const w = await world();
    // A second tenant on the same cluster, with money and an allocation.
    const b = await company(t, 'startup');
    await deposit(t, w.op, b.org.id, 1_000_000);
    await grant(t, w.op, w.program.id, b.org.id, 100_000);
    const bProject = await insertProject(t, b.org.id, b.owner.personId);
    await insertAllocation(t, bProject, b.org.id);
    const victim = await submit(w, { command: 'echo victim; sleep 60', gpus: 4, preemptible: true });
    await until(w, victim.id, (j) => j.state === 'running', 'running');
    await sleep(1500); // so that its run has whole seconds to pay for
    const waiting = ok(await t.req('POST', '/api/compute/jobs', { as: b.owner, body: { ...body(w, { gpus: 4, command: 'echo after; sleep 1' }), projectId: bProject } }), 201).jobs[0];
    await pass();
    assert.equal((await get(t, b.owner, `/api/compute/jobs/${waiting.id}`)).state, 'pending', 'no preemption without the rule');

    const deadline = Date.now() + 30_000;
    let v: any;
    for (;;) {
      await runComputePass(t.deps, { preemption: { afterWaitSeconds: 0 } });
      v = await job(w, victim.id);
      if (v.preemptCount === 1 || Date.now() > deadline) break;
      await sleep(100);
    }
    assert.equal(v.preemptCount, 1, `preempted: ${v.state} ${v.reason}`);
    assert.ok(v.charge?.totalFen > 0, `its run was paid for: ${JSON.stringify({ usage: v.usage, charge: v.charge, events: v.events })}`);
    assert.equal(v.charge.totalFen, chargeFen(v.usage, H100_POOL));
    const wb = await get(t, b.owner, `/api/compute/jobs/${waiting.id}`);
    assert.ok(['admitted', 'dispatched', 'running', 'completed'].includes(wb.state), `the waiting job goes: ${wb.state}`);
    // The preempted job runs again later as a new run of the engine, and pays for both runs.
    const again = await until(w, victim.id, (j) => j.state === 'running' || ended(j), 'rerun', 60_000);
    assert.notEqual(again.externalId, v.externalId ?? null);
    assert.match(again.externalId, /-r2$/);
    await sleep(1500);
    ok(await t.req('POST', `/api/compute/jobs/${victim.id}/cancel`, { as: w.tenant.owner }));
    const last = await until(w, victim.id, ended, 'cancelled');
    assert.equal(last.state, 'cancelled');
    assert.ok(last.charge.totalFen > v.charge.totalFen, 'both runs are charged');
    await assertReconciled(t, w.op);
  });

  it('on PostgreSQL, a pass is skipped while another server holds the controller lock', { skip: !process.env.PUJIANG_TEST_DATABASE_URL && 'PostgreSQL only' }, async () => {
    const client = await t.deps.db.pool!.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [CONTROLLER_LOCK]);
      const st = await pass();
      assert.equal(st.skipped, true);
      await client.query('select pg_advisory_unlock($1)', [CONTROLLER_LOCK]);
      assert.equal((await pass()).skipped, false);
    } finally {
      client.release();
    }
  });
});
