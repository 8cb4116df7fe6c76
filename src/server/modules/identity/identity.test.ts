import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, uniqueEmail, PASSWORD, type TestApp } from '../../../../test/support/app.ts';
import { verify } from '../audit/index.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(async () => {
  await t.close();
});

test('sign up sets an HttpOnly session cookie and returns the session', async () => {
  const email = uniqueEmail();
  const r = await t.req('POST', '/api/auth/signup', { body: { email, name: '李伟', password: PASSWORD, locale: 'zh-CN' } });
  assert.equal(r.status, 201);
  assert.equal(r.body.person.email, email);
  assert.ok(r.body.csrfToken.length > 20);
  const cookie = r.headers.get('set-cookie') ?? '';
  assert.match(cookie, /pj_session=/);
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Lax/);
  assert.equal(r.body.person.passwordHash, undefined);
});

test('sign up refuses a taken e-mail with email_taken and a weak password with weak_password', async () => {
  const a = await t.person();
  const taken = await t.req('POST', '/api/auth/signup', { body: { email: a.email.toUpperCase(), name: 'X', password: PASSWORD } });
  assert.equal(taken.status, 409);
  assert.equal(taken.body.code, 'email_taken');
  const weak = await t.req('POST', '/api/auth/signup', { body: { email: uniqueEmail(), name: 'X', password: 'short' } });
  assert.equal(weak.status, 400);
  assert.equal(weak.body.code, 'weak_password');
});

test('unknown fields are rejected with validation_failed and the field listed', async () => {
  const r = await t.req('POST', '/api/auth/signup', { body: { email: uniqueEmail(), name: 'X', password: PASSWORD, admin: true } });
  assert.equal(r.status, 400);
  assert.equal(r.body.code, 'validation_failed');
  assert.equal(r.headers.get('content-type'), 'application/problem+json');
  assert.ok(r.body.requestId);
});

test('sign-in rotates the session: the old cookie stops working', async () => {
  const a = await t.person();
  const again = await t.req('POST', '/api/auth/signin', { as: { ...a, csrf: undefined }, body: { email: a.email, password: PASSWORD } });
  assert.equal(again.status, 200);
  const old = await t.req('GET', '/api/auth/session', { as: a });
  assert.equal(old.status, 401);
  assert.equal(old.body.code, 'session_expired');
});

test('a write with the session cookie but without the CSRF token is refused', async () => {
  const a = await t.person();
  const r = await t.req('PATCH', '/api/me', { as: { ...a, csrf: undefined }, body: { name: 'New' } });
  assert.equal(r.status, 403);
  assert.equal(r.body.code, 'csrf_failed');
  const ok = await t.req('PATCH', '/api/me', { as: a, body: { name: 'New' } });
  assert.equal(ok.status, 200);
  assert.equal(ok.body.name, 'New');
});

test('a cross-site write is refused even before sign-in', async () => {
  const r = await t.req('POST', '/api/auth/signin', { body: { email: 'x@y.cn', password: 'whatever1' }, headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
  assert.equal(r.status, 403);
  assert.equal(r.body.code, 'csrf_failed');
});

test('sessions end after the idle timeout', async () => {
  const a = await t.person();
  assert.equal((await t.req('GET', '/api/auth/session', { as: a })).status, 200);
  t.advance(t.deps.config.sessionIdleMs + 1000);
  const r = await t.req('GET', '/api/auth/session', { as: a });
  assert.equal(r.status, 401);
  assert.equal(r.body.code, 'session_expired');
});

test('sign-in is throttled after repeated failures, even with the right password', async () => {
  const a = await t.person();
  for (let i = 0; i < t.deps.config.loginMaxFailures; i++) {
    const r = await t.req('POST', '/api/auth/signin', { body: { email: a.email, password: 'wrong password' } });
    assert.equal(r.status, 401);
    assert.equal(r.body.code, 'invalid_credentials');
  }
  const blocked = await t.req('POST', '/api/auth/signin', { body: { email: a.email, password: PASSWORD } });
  assert.equal(blocked.status, 429);
  assert.equal(blocked.body.code, 'too_many_attempts');
  assert.ok(Number(blocked.headers.get('retry-after')) > 0);
});

test('API tokens: scoped, hashed, revocable; a token cannot mint tokens', async () => {
  const a = await t.person();
  const created = await t.req('POST', '/api/me/tokens', { as: a, body: { name: 'ci', scopes: ['profile:read'], expiresInDays: 7 } });
  assert.equal(created.status, 201);
  const secret: string = created.body.secret;
  assert.match(secret, /^pjt_/);
  const stored = await t.deps.db.rows<{ secret_hash: string }>((await import('drizzle-orm')).sql`select secret_hash from api_tokens`);
  assert.ok(stored.every((r) => !secret.includes(r.secret_hash)));
  const asToken = { personId: a.personId, email: a.email, token: secret };
  assert.equal((await t.req('GET', '/api/auth/session', { as: asToken })).status, 200);
  const write = await t.req('PATCH', '/api/me', { as: asToken, body: { name: 'x' } });
  assert.equal(write.status, 403);
  assert.equal(write.body.code, 'insufficient_scope');
  const mint = await t.req('POST', '/api/me/tokens', { as: asToken, body: { name: 'x', scopes: ['profile:read'] } });
  assert.equal(mint.status, 403);
  const revoked = await t.req('DELETE', `/api/me/tokens/${created.body.token.id}`, { as: a });
  assert.equal(revoked.status, 204);
  const after = await t.req('GET', '/api/auth/session', { as: asToken });
  assert.equal(after.status, 401);
  assert.equal(after.body.code, 'invalid_token');
});

test('disabling an account ends its sessions', async () => {
  const admin = await t.person({ platformRole: 'admin' });
  const b = await t.person();
  const r = await t.req('PATCH', `/api/admin/people/${b.personId}`, { as: admin, body: { disabled: true } });
  assert.equal(r.status, 200);
  assert.equal(r.body.disabled, true);
  assert.equal((await t.req('GET', '/api/auth/session', { as: b })).status, 401);
  const signin = await t.req('POST', '/api/auth/signin', { body: { email: b.email, password: PASSWORD } });
  assert.equal(signin.status, 403);
  assert.equal(signin.body.code, 'account_disabled');
});

test('every write above is in the audit chain, and the chain verifies', async () => {
  const result = await verify(t.deps.db.db);
  assert.equal(result.ok, true);
  assert.ok(result.checked > 10);
});
