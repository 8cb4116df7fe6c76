import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createApiClient, unwrap, ApiError } from '../src/shared/api-client.ts';
import { testApp, uniqueEmail, PASSWORD, type TestApp } from './support/app.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(async () => {
  await t.close();
});

test('the typed client signs up, mints a token, and calls the API with it', async () => {
  let cookie = '';
  let csrf: string | undefined = undefined;
  const fetchWithCookies = async (req: Request) => {
    if (cookie) req.headers.set('cookie', cookie);
    const res = await t.app.fetch(req);
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0]!;
    return res;
  };
  const browser = createApiClient({ baseUrl: 'http://localhost/api', fetch: fetchWithCookies, csrfToken: () => csrf });
  const email = uniqueEmail();
  const session = await unwrap(browser.POST('/auth/signup', { body: { email, name: '王芳', password: PASSWORD, locale: 'zh-CN' } }));
  csrf = session.csrfToken;
  assert.equal(session.person.email, email);
  const created = await unwrap(browser.POST('/me/tokens', { body: { name: 'cli', scopes: ['profile:read'], expiresInDays: 30 } }));
  assert.match(created.secret, /^pjt_/);

  const cli = createApiClient({ baseUrl: 'http://localhost/api', fetch: (r) => Promise.resolve(t.app.fetch(r)), token: created.secret });
  const me = await unwrap(cli.GET('/auth/session'));
  assert.equal(me.person.id, session.person.id);
  await assert.rejects(unwrap(cli.PATCH('/me', { body: { name: 'x' } })), (e: unknown) => e instanceof ApiError && e.problem.code === 'insufficient_scope' && e.status === 403);
});
