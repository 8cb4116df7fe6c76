import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { testApp, type TestApp } from '../../../../test/support/app.ts';
import { verify } from './index.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(async () => {
  await t.close();
});

test('a write records actor, action, object, before/after and request id, without secrets', async () => {
  const a = await t.person();
  const r = await t.req('PATCH', '/api/me', { as: a, body: { name: '新名字' }, headers: { 'x-request-id': 'req-audit-1' } });
  assert.equal(r.status, 200);
  const op = await t.person({ platformRole: 'operator' });
  const log = await t.req('GET', `/api/audit?objectId=${a.personId}&action=person.update`, { as: op });
  assert.equal(log.status, 200);
  const [entry] = log.body.items;
  assert.equal(entry.actorId, a.personId);
  assert.equal(entry.requestId, 'req-audit-1');
  assert.equal(entry.after.name, '新名字');
  assert.notEqual(entry.before.name, '新名字');
  const all = await t.req('GET', '/api/audit?limit=200', { as: op });
  assert.ok(!JSON.stringify(all.body).includes('argon2id'), 'no password hash in the log');
});

// Drizzle wraps the database's error; the trigger's message is in the cause.
const refused = (e: unknown) => /append-only/.test(String((e as { cause?: { message?: string } }).cause?.message ?? e));

test('the database refuses to change or remove audit records', async () => {
  await assert.rejects(t.deps.db.rows(sql`update audit_log set action = 'forged' where seq = 1`), refused);
  await assert.rejects(t.deps.db.rows(sql`delete from audit_log where seq = 1`), refused);
  await assert.rejects(t.deps.db.rows(sql`truncate audit_log`), refused);
  assert.equal((await verify(t.deps.db.db)).ok, true);
});

test('verification finds a record altered behind the triggers, and the CLI-facing route reports it', async () => {
  const before = await verify(t.deps.db.db);
  assert.equal(before.ok, true);
  // Someone with the database owner's rights switches the trigger off and edits history.
  await t.deps.db.rows(sql`alter table audit_log disable trigger audit_log_no_update`);
  await t.deps.db.rows(sql`update audit_log set after = '{"name":"forged"}'::jsonb where seq = 2`);
  await t.deps.db.rows(sql`alter table audit_log enable trigger audit_log_no_update`);
  const after = await verify(t.deps.db.db);
  assert.equal(after.ok, false);
  assert.equal(after.firstBadSeq, 2);
  const op = await t.person({ platformRole: 'operator' });
  const r = await t.req('GET', '/api/audit/verify', { as: op });
  assert.equal(r.status, 200);
  assert.equal(r.body.ok, false);
  assert.equal(r.body.firstBadSeq, 2);
});
