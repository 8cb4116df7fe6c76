// The compute controller's own behaviour, on PGlite and PostgreSQL, with the LOCAL executor: a
// pass with nothing to look after stops after observing; a job its engine forgot (its folder
// removed) ends failed `lost` after the limit, its hold released and nothing charged, while a job
// the engine shows again is not; kicks make one pass soon (many kicks, one pass) and a job's end
// on the local executor kicks the running loop; events carry codes and params beside the English.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq, ne } from 'drizzle-orm';
import { testApp, type TestApp } from '../../../../test/support/app.ts';
import { computeWorld, type ComputeWorld } from '../../../../test/support/compute.ts';
import { assertReconciled, get, ok } from '../../../../test/support/ledger.ts';
import { auditLog, computeClusters, computeJobs } from '../../db/schema.ts';
import { closeAdapters } from './compute.adapters.ts';
import { controllerStatus, KICK_DELAY_MS, kickComputePass, LOST_AFTER_MS, runComputePass, startComputeController, type PassStats } from './compute.controller.ts';
import * as repo from './compute.jobs.repo.ts';

const ended = (s: string) => ['completed', 'failed', 'cancelled', 'timeout'].includes(s);

describe('the compute controller', () => {
  let t: TestApp;

  before(async () => {
    t = await testApp();
  });
  after(async () => {
    await closeAdapters();
    await t.close();
  });

  /** A world whose cluster is the only active one (earlier tests' clusters are retired). */
  async function world(): Promise<ComputeWorld> {
    const w = await computeWorld(t);
    await t.deps.db.db.update(computeClusters).set({ status: 'retired' }).where(ne(computeClusters.id, w.clusterId));
    return w;
  }

  async function submit(w: ComputeWorld, o: Record<string, unknown> = {}): Promise<string> {
    const body = { projectId: w.projectId, name: 'ctl', command: 'echo hi', gpus: 1, gpuModel: 'H100', cpus: 1, memGb: 1, timeLimitMinutes: 60, ...o };
    return ok(await t.req('POST', '/api/compute/jobs', { as: w.tenant.owner, body }), 201).jobs[0].id;
  }

  const row = async (id: string) => (await t.deps.db.db.select().from(computeJobs).where(eq(computeJobs.id, id)))[0]!;

  /** Runs passes (without errors) until the job's row satisfies `pred`. */
  async function until(id: string, pred: (j: repo.JobRow) => boolean, what: string, ms = 30_000): Promise<repo.JobRow> {
    const deadline = Date.now() + ms;
    for (;;) {
      const st = await runComputePass(t.deps);
      assert.deepEqual(st.errors, [], 'the pass had no errors');
      const j = await row(id);
      if (pred(j)) return j;
      if (Date.now() > deadline) assert.fail(`${what}: job ${id} is ${j.state} after ${ms} ms`);
      await sleep(100);
    }
  }

  /** Waits without running passes until the job's row satisfies `pred`. */
  async function waitFor(id: string, pred: (j: repo.JobRow) => boolean, what: string, ms = 15_000): Promise<repo.JobRow> {
    const deadline = Date.now() + ms;
    for (;;) {
      const j = await row(id);
      if (pred(j)) return j;
      if (Date.now() > deadline) assert.fail(`${what}: job ${id} is ${j.state} after ${ms} ms`);
      await sleep(50);
    }
  }

  /**
   * Makes the local executor forget a running job: its folder removed, its command killed. The
   * wrapper then ends by itself (stopping its watchdog); what it writes has nowhere to go.
   */
  function forget(w: ComputeWorld, externalId: string): void {
    const dir = join(w.workDir, externalId);
    const group = Number(readFileSync(join(dir, 'child_pid'), 'utf8').trim());
    rmSync(dir, { recursive: true, force: true });
    process.kill(-group, 'SIGKILL');
  }

  it('a pass with no job pending, admitted, dispatched or running is idle: it observes and stops', async () => {
    const op = await t.person({ platformRole: 'operator' });
    const idle: PassStats = ok(await t.req('POST', '/api/compute/controller/pass', { as: op }));
    assert.deepEqual(idle.errors, []);
    assert.equal(idle.idle, true);
    assert.deepEqual([idle.considered, idle.admitted, idle.dispatched, idle.ended], [0, 0, 0, 0]);
    assert.deepEqual([idle.stepsMs.cancel, idle.stepsMs.sync, idle.stepsMs.schedule, idle.stepsMs.dispatch], [0, 0, 0, 0], 'no step after observing ran');

    const w = await world();
    const observed = await runComputePass(t.deps);
    assert.equal(observed.idle, true, 'a cluster alone gives nothing to do');
    assert.equal(observed.observed, 1, 'the new cluster is still observed');

    const id = await submit(w, { command: 'echo hi; sleep 1' });
    const busy = await runComputePass(t.deps);
    assert.equal(busy.idle, false);
    assert.equal(busy.admitted, 1);
    const j = await until(id, (x) => ended(x.state), 'completed');
    assert.equal(j.state, 'completed');
    assert.equal((await runComputePass(t.deps)).idle, true, 'idle again once the job is metered');

    // The history says each step as a code with params, beside the English sentence.
    const events = await repo.eventsOf(t.deps.db.db, id);
    const byCode = new Map(events.map((e) => [e.code, e]));
    assert.deepEqual(
      events.slice(1).map((e) => e.code),
      ['admitted', 'dispatched', 'running', 'charged'],
    );
    const admitted = byCode.get('admitted')!;
    assert.match(admitted.message!, /^admitted to /);
    assert.equal(admitted.params!.maxFen, j.maxCostFen);
    assert.equal(admitted.params!.orderId, j.orderId);
    assert.equal(Number(admitted.params!.subsidyFen) + Number(admitted.params!.ownFen), j.maxCostFen, 'the hold’s shares add up');
    assert.equal(byCode.get('dispatched')!.params!.externalId, j.externalId);
    const charged = byCode.get('charged')!;
    assert.equal(charged.state, 'completed');
    assert.equal(charged.params!.exitCode, 0);
    assert.equal(charged.params!.totalFen, j.charge!.totalFen);
    assert.equal(charged.params!.subsidyFen, j.charge!.subsidyFen);
    assert.equal(charged.params!.ownFen, j.charge!.ownFen);
  });

  it('a job its engine forgot ends failed `lost` after the limit: hold released, nothing charged, audited, its place freed', async () => {
    const w = await world();
    const v0 = await get(t, w.tenant.owner, `/api/ledger/vouchers/${w.voucher.id}`);
    const a0 = await get(t, w.tenant.owner, `/api/ledger/orgs/${w.tenant.org.id}/account`);
    const id = await submit(w, { command: 'sleep 120', gpus: 4 });
    const running = await until(id, (j) => j.state === 'running', 'running');
    const behind = await submit(w, { gpus: 4, name: 'behind', command: 'sleep 60' });
    await runComputePass(t.deps);
    assert.equal((await row(behind)).reason, 'resources', 'the next job waits for the GPUs of the first');

    // Gone for a while and back: the engine knows the job again, so the wait starts over.
    const dir = join(w.workDir, running.externalId!);
    renameSync(dir, `${dir}.away`);
    assert.equal((await runComputePass(t.deps)).lost, 0);
    assert.ok((await row(id)).unknownSince, 'the first pass without an account of it notes when');
    renameSync(`${dir}.away`, dir);
    await runComputePass(t.deps);
    assert.equal((await row(id)).unknownSince, null, 'seen again');

    forget(w, running.externalId!);
    const first = await runComputePass(t.deps);
    assert.deepEqual(first.errors, []);
    const noted = await row(id);
    assert.equal(noted.state, 'running', 'not lost at once');
    const since = noted.unknownSince!;
    assert.ok(since);
    t.advance(LOST_AFTER_MS - 60_000);
    assert.equal((await runComputePass(t.deps)).lost, 0, 'within the limit it waits');
    assert.equal((await row(id)).unknownSince!.getTime(), since.getTime(), 'the instant stays the first one');
    t.advance(2 * 60_000);
    const st = await runComputePass(t.deps);
    assert.deepEqual(st.errors, []);
    assert.equal(st.lost, 1);

    const j = await row(id);
    assert.equal(j.state, 'failed');
    assert.equal(j.messageCode, 'lost');
    assert.equal(j.messageParams!.sinceAt, since.toISOString());
    assert.equal(j.messageParams!.limitMinutes, LOST_AFTER_MS / 60_000);
    assert.match(j.message!, /^lost: /);
    assert.equal(j.charge, null, 'nothing charged');
    assert.ok(j.endedAt);
    const last = (await repo.eventsOf(t.deps.db.db, id)).at(-1)!;
    assert.equal(last.code, 'lost');
    assert.equal(last.state, 'failed');
    const order = await get(t, w.tenant.owner, `/api/ledger/orders/${j.orderId}`);
    assert.equal(order.status, 'cancelled', 'the order is closed unpaid');
    const transfers = (await get(t, w.op, `/api/ledger/transfers?refType=compute_job&refId=${id}&limit=200`)).items as { id: string; kind: string; pendingId: string | null }[];
    const holds = transfers.filter((x) => x.kind === 'pending');
    assert.ok(holds.length >= 1);
    for (const h of holds) assert.equal(transfers.find((x) => x.pendingId === h.id)?.kind, 'void', 'every part of the hold is voided');
    const audit = await t.deps.db.db.select().from(auditLog).where(and(eq(auditLog.objectId, id), eq(auditLog.action, 'compute.job.failed')));
    assert.equal(audit.length, 1);
    assert.equal((audit[0]!.after as { lost?: boolean }).lost, true);
    const detail = await get(t, w.tenant.owner, `/api/compute/jobs/${id}`);
    assert.equal(detail.state, 'failed');
    assert.equal(detail.canCancel, false);

    // Its place is free: the job behind it goes.
    const next = await until(behind, (x) => x.state !== 'pending', 'admitted');
    assert.ok(['admitted', 'dispatched', 'running'].includes(next.state), next.state);
    ok(await t.req('POST', `/api/compute/jobs/${behind}/cancel`, { as: w.tenant.owner }));
    const b = await until(behind, (x) => ended(x.state), 'cancelled');
    // Only the job behind it paid anything (the seconds it ran, if it started).
    const [v1, a1] = await Promise.all([get(t, w.tenant.owner, `/api/ledger/vouchers/${w.voucher.id}`), get(t, w.tenant.owner, `/api/ledger/orgs/${w.tenant.org.id}/account`)]);
    assert.equal(v1.reservedFen, 0);
    assert.equal(v1.availableFen, v0.availableFen - (b.charge?.subsidyFen ?? 0));
    assert.equal(a1.debitsPending, 0);
    assert.equal(a1.available, a0.available - (b.charge?.ownFen ?? 0));
    await assertReconciled(t, w.op);
  });

  it('kicks: none without a running loop; many make one pass soon; a local job’s end kicks the loop', async () => {
    const w = await world();
    const passes = () => controllerStatus(t.deps).passes;

    // Tests run passes by hand: without a loop in this process, a kick does nothing.
    const p0 = passes();
    kickComputePass(t.deps);
    await sleep(KICK_DELAY_MS * 4);
    assert.equal(passes(), p0, 'no loop, no pass');
    const off = startComputeController({ ...t.deps, config: { ...t.deps.config, computeTickMs: 0 } });
    kickComputePass({ ...t.deps, config: { ...t.deps.config, computeTickMs: 0 } });
    await sleep(KICK_DELAY_MS * 4);
    assert.equal(passes(), p0, 'tick 0: no loop, no kick');
    await off.stop();

    // A loop whose tick is far away: every pass after its first one comes from kicks.
    const deps = { ...t.deps, config: { ...t.deps.config, computeTickMs: 3_600_000 } };
    const loop = startComputeController(deps);
    try {
      const deadline = Date.now() + 10_000;
      while (passes() === p0 && Date.now() < deadline) await sleep(50);
      assert.equal(passes(), p0 + 1, 'the loop’s first pass');
      for (let i = 0; i < 20; i++) kickComputePass(deps);
      await sleep(KICK_DELAY_MS * 5);
      assert.equal(passes(), p0 + 2, 'twenty kicks, one pass');

      // The job ends on the local executor; the next pass comes from that, not from the tick.
      const id = await submit(w, { command: 'sleep 1' });
      await until(id, (j) => j.state === 'running', 'running');
      const j = await waitFor(id, (x) => ended(x.state), 'metered after the kick');
      assert.equal(j.state, 'completed');
      assert.ok(j.charge, 'metered');
    } finally {
      await loop.stop();
    }
    const p1 = passes();
    kickComputePass(deps);
    await sleep(KICK_DELAY_MS * 4);
    assert.equal(passes(), p1, 'a stopped loop is not kicked');
  });
});
