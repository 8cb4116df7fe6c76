import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, type TestApp } from '../../../test/support/app.ts';
import { createRunner, backoffMs } from './runner.ts';
import { claimJobs, getJob } from './jobs.repo.ts';

let t: TestApp;
const seen: string[] = [];
let failuresLeft = 0;

before(async () => {
  t = await testApp();
  t.deps.jobs.register('test.echo', async (p) => {
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new Error('flaky');
    }
    seen.push(String(p.v));
  });
});
after(async () => {
  await t.close();
});

const runner = () => createRunner(t.deps.db, t.deps.jobs, t.deps.log, t.deps.now, { start: false });

test('a job enqueued in a rolled-back transaction never exists', async () => {
  await assert.rejects(
    t.deps.db.db.transaction(async (tx) => {
      await t.deps.jobs.enqueue(tx, 'test.echo', { v: 'ghost' });
      throw new Error('rollback');
    }),
  );
  await runner().runOnce();
  assert.ok(!seen.includes('ghost'));
});

test('a failing job is retried later with backoff, then succeeds', async () => {
  failuresLeft = 1;
  const id = await t.deps.db.db.transaction((tx) => t.deps.jobs.enqueue(tx, 'test.echo', { v: 'retry' }));
  const r = runner();
  assert.equal(await r.runOnce(), 1);
  const failed = (await getJob(t.deps.db.db, id))!;
  assert.equal(failed.status, 'queued');
  assert.equal(failed.lastError, 'flaky');
  assert.ok(failed.runAt.getTime() > t.deps.now().getTime(), 'retry is scheduled in the future');
  assert.equal(await r.runOnce(), 0, 'not before its time');
  t.advance(backoffMs(1, () => 1) + 10);
  assert.equal(await r.runOnce(), 1);
  assert.equal((await getJob(t.deps.db.db, id))!.status, 'done');
  assert.ok(seen.includes('retry'));
});

test('a job is buried as dead after its attempts are used up', async () => {
  failuresLeft = 2;
  const id = await t.deps.db.db.transaction((tx) => t.deps.jobs.enqueue(tx, 'test.echo', { v: 'dead' }, { maxAttempts: 2 }));
  const r = runner();
  await r.runOnce();
  t.advance(3_600_000);
  await r.runOnce();
  const j = (await getJob(t.deps.db.db, id))!;
  assert.equal(j.status, 'dead');
  assert.equal(j.attempts, 2);
  failuresLeft = 0;
});

test('a job whose worker died is reclaimed once its lock has passed', async () => {
  const id = await t.deps.db.db.transaction((tx) => t.deps.jobs.enqueue(tx, 'test.echo', { v: 'orphan' }));
  // worker A claims it and "dies" (never finishes)
  const claimed = await claimJobs(t.deps.db.db, 'dead-worker', 10, t.deps.now(), 60_000);
  assert.ok(claimed.some((j) => j.id === id));
  assert.equal(await runner().runOnce(), 0, 'still locked by the dead worker');
  t.advance(61_000);
  assert.equal(await runner().runOnce(), 1);
  assert.equal((await getJob(t.deps.db.db, id))!.status, 'done');
  assert.ok(seen.includes('orphan'));
});

test('operators see jobs and retry dead ones; others may not', async () => {
  const op = await t.person({ platformRole: 'operator' });
  const user = await t.person();
  const list = await t.req('GET', '/api/admin/jobs?status=dead', { as: op });
  assert.equal(list.status, 200);
  assert.ok(list.body.items.length >= 1);
  const dead = list.body.items[0];
  assert.equal((await t.req('GET', '/api/admin/jobs', { as: user })).status, 403);
  const retried = await t.req('POST', `/api/admin/jobs/${dead.id}/retry`, { as: op });
  assert.equal(retried.status, 200);
  assert.equal(retried.body.status, 'queued');
  const again = await t.req('POST', `/api/admin/jobs/${dead.id}/retry`, { as: op });
  assert.equal(again.status, 400);
});
