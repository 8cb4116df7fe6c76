// Sign-in through OpenID Connect against a real provider (oidc-provider) on a local port: the app
// under test discovers it and exchanges codes with it over HTTP; the test plays the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync } from 'node:crypto';
import { testApp, uniqueEmail, PASSWORD, type TestApp } from '../../../../test/support/app.ts';
import { systemCtx } from '../../http/context.ts';
import { setPersonFlags } from './index.ts';
import { safeReturnTo } from './identity.oidc.service.ts';

const PUBLIC_URL = 'http://pujiang.test';
const CLIENT_ID = 'pujiang';
const CLIENT_SECRET = 'a-long-enough-client-secret-for-tests';

interface Account {
  email: string;
  email_verified: boolean;
  name: string;
}
// Who may sign in at the provider, by login (= subject).
const accounts = new Map<string, Account>();

// oidc-provider ships no type declarations; this is the little of it the test uses.
type OidcProvider = { callback(): (req: unknown, res: unknown) => void };
type ProviderCtor = new (issuer: string, setup: Record<string, unknown>) => OidcProvider;

let idp: Server;
let t: TestApp;

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

before(async () => {
  idp = createServer();
  const port = await listen(idp);
  const issuer = `http://127.0.0.1:${port}`;
  const { Provider } = (await import('oidc-provider' as string)) as { Provider: ProviderCtor };
  const jwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${PUBLIC_URL}/api/auth/oidc/test/callback`],
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx: unknown, id: string) => {
      const a = accounts.get(id);
      return a ? { accountId: id, claims: () => ({ sub: id, ...a }) } : undefined;
    },
    jwks: { keys: [{ ...jwk, kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['cookie-signing-key-for-tests'] },
    features: { devInteractions: { enabled: true } },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
  });
  idp.on('request', provider.callback());

  // A second provider that is down: nothing listens on its port.
  const closed = createServer();
  const downPort = await listen(closed);
  await new Promise((resolve) => closed.close(resolve));

  t = await testApp({
    PUJIANG_PUBLIC_URL: PUBLIC_URL,
    PUJIANG_OIDC_ALLOW_HTTP: 'true',
    PUJIANG_OIDC_PROVIDERS: JSON.stringify([
      { id: 'test', name: 'Test University', issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
      { id: 'down', name: 'Down Institute', issuer: `http://127.0.0.1:${downPort}`, clientId: 'x', clientSecret: 'y' },
    ]),
  });
});

after(async () => {
  await t?.close();
  idp.closeAllConnections();
  await new Promise((resolve) => idp.close(resolve));
});

/** The value of cookie `name` among a response's Set-Cookie headers. */
function cookieOf(res: Response, name: string): string | undefined {
  for (const c of res.headers.getSetCookie()) {
    const m = new RegExp(`^${name}=([^;]*)`).exec(c);
    if (m) return m[1];
  }
  return undefined;
}

async function startAt(provider: string, returnTo?: string) {
  const q = returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
  const res = await t.app.request(`/api/auth/oidc/${provider}/start${q}`);
  assert.equal(res.status, 302, await res.clone().text());
  const location = new URL(res.headers.get('location')!);
  const state = cookieOf(res, 'pj_oidc');
  assert.ok(state, 'the start binds the state to the browser');
  return { res, location, state };
}

/**
 * Plays the browser at the provider: follows redirects with its cookies, signs in as `login` and
 * consents (or aborts), until the provider redirects back to the app; returns that URL.
 */
async function browseProvider(authUrl: URL, login: string, opts: { abort?: boolean } = {}): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authUrl;
  let form: string | undefined;
  for (let hop = 0; hop < 20; hop++) {
    const res = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { body: form } : {}),
    });
    form = undefined;
    for (const c of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = c.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*expires=/i.test(a) && new Date(a.split('=')[1]!) < new Date());
      if (!value || expired) jar.delete(name);
      else jar.set(name, value);
    }
    if (res.status >= 300 && res.status < 400) {
      await res.arrayBuffer();
      const next = new URL(res.headers.get('location')!, url);
      if (next.href.startsWith(PUBLIC_URL)) return next;
      url = next;
      continue;
    }
    const html = await res.text();
    assert.equal(res.status, 200, html.slice(0, 300));
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (opts.abort) {
      url = new URL(`${url.pathname}/abort`, url);
    } else if (prompt === 'login') {
      form = new URLSearchParams({ prompt: 'login', login, password: 'anything' }).toString();
    } else if (prompt === 'consent') {
      form = 'prompt=consent';
    } else {
      throw new Error(`unexpected page at the provider: ${html.slice(0, 300)}`);
    }
  }
  throw new Error('too many hops at the provider');
}

async function callback(back: URL, state: string | undefined, extraCookie = '') {
  const cookie = [state ? `pj_oidc=${state}` : '', extraCookie].filter(Boolean).join('; ');
  return t.app.request(`${back.pathname}${back.search}`, { headers: cookie ? { cookie } : {} });
}

/** A whole sign-in as `login`: start, provider, callback. */
async function signInVia(login: string, returnTo?: string) {
  const { location, state } = await startAt('test', returnTo);
  const back = await browseProvider(location, login);
  const res = await callback(back, state);
  return { res, back, state, session: cookieOf(res, 'pj_session') };
}

async function sessionOf(cookie: string) {
  return t.req('GET', '/api/auth/session', { headers: { cookie: `pj_session=${cookie}` } });
}

test('the configured providers are listed for the sign-in page', async () => {
  const r = await t.req('GET', '/api/auth/oidc/providers');
  assert.equal(r.status, 200);
  assert.deepEqual(r.body, { items: [{ id: 'test', name: 'Test University' }, { id: 'down', name: 'Down Institute' }] });
});

test('start redirects to the provider with PKCE S256, state, nonce and the registered redirect URI', async () => {
  const { res, location, state } = await startAt('test', '/orgs');
  const q = location.searchParams;
  assert.equal(location.origin, new URL(t.deps.config.oidcProviders[0]!.issuer).origin);
  assert.equal(q.get('client_id'), CLIENT_ID);
  assert.equal(q.get('response_type'), 'code');
  assert.equal(q.get('redirect_uri'), `${PUBLIC_URL}/api/auth/oidc/test/callback`);
  assert.equal(q.get('code_challenge_method'), 'S256');
  assert.match(q.get('code_challenge') ?? '', /^[A-Za-z0-9_-]{43}$/);
  assert.equal(q.get('state'), state);
  assert.ok((q.get('nonce') ?? '').length >= 20);
  assert.deepEqual(q.get('scope')?.split(' ').sort(), ['email', 'openid', 'profile']);
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('pj_oidc='))!;
  assert.match(setCookie, /HttpOnly/);
  assert.match(setCookie, /SameSite=Lax/);
  assert.match(setCookie, /Path=\/api\/auth\/oidc\//);
});

test('a full round trip creates a person without a password, signs them in and returns to returnTo', async () => {
  const email = uniqueEmail('oidc');
  accounts.set('alice', { email, email_verified: true, name: '王芳' });
  const { res, session } = await signInVia('alice', '/orgs?tab=mine');
  assert.equal(res.status, 302);
  assert.equal(res.headers.get('location'), '/orgs?tab=mine');
  assert.ok(session, 'the session cookie is set');
  assert.match(res.headers.getSetCookie().find((c) => c.startsWith('pj_session='))!, /HttpOnly/);
  const s = await sessionOf(session);
  assert.equal(s.status, 200);
  assert.equal(s.body.person.email, email);
  assert.equal(s.body.person.name, '王芳');
  // No password was set, so password sign-in cannot work for this account.
  const pw = await t.req('POST', '/api/auth/signin', { body: { email, password: PASSWORD } });
  assert.equal(pw.status, 401);
  // The creation and the link are in the audit log, by the new person.
  const admin = await t.person({ platformRole: 'admin' });
  const created = await t.req('GET', `/api/audit?action=person.create&objectId=${s.body.person.id}`, { as: admin });
  assert.equal(created.body.items.length, 1);
  assert.equal(created.body.items[0].after.via, 'oidc:test');
  const links = await t.req('GET', `/api/audit?action=person.identity_link&actorId=${s.body.person.id}`, { as: admin });
  assert.equal(links.body.items.length, 1);
  assert.deepEqual(
    { provider: links.body.items[0].after.provider, subject: links.body.items[0].after.subject, by: links.body.items[0].after.by },
    { provider: 'test', subject: 'alice', by: 'new_account' },
  );
});

test('a second sign-in with the same subject reuses the same person', async () => {
  accounts.set('bob', { email: uniqueEmail('oidc'), email_verified: true, name: 'Bob' });
  const first = await signInVia('bob');
  const second = await signInVia('bob');
  assert.equal(first.res.headers.get('location'), '/');
  const a = await sessionOf(first.session!);
  const b = await sessionOf(second.session!);
  assert.equal(b.status, 200);
  assert.equal(a.body.person.id, b.body.person.id);
  assert.notEqual(first.session, second.session);
});

test('a verified e-mail links the identity to the existing password account', async () => {
  const existing = await t.person({ name: 'Carol' });
  accounts.set('carol-at-idp', { email: existing.email.toUpperCase(), email_verified: true, name: 'Carol at IdP' });
  const { res, session } = await signInVia('carol-at-idp');
  assert.equal(res.status, 302);
  const s = await sessionOf(session!);
  assert.equal(s.body.person.id, existing.personId);
  assert.equal(s.body.person.name, 'Carol', 'linking does not overwrite the profile');
  // The password still works, and the next OIDC sign-in finds the link.
  assert.equal((await t.req('POST', '/api/auth/signin', { body: { email: existing.email, password: PASSWORD } })).status, 200);
  const again = await signInVia('carol-at-idp');
  assert.equal((await sessionOf(again.session!)).body.person.id, existing.personId);
});

test('an unverified e-mail of an existing account is not linked', async () => {
  const existing = await t.person();
  accounts.set('mallory', { email: existing.email, email_verified: false, name: 'Mallory' });
  const { res, session } = await signInVia('mallory');
  assert.equal(res.status, 302);
  assert.equal(res.headers.get('location'), '/signin?error=email_taken');
  assert.equal(session, undefined);
});

test('a replayed callback (same state) is refused with oidc_failed', async () => {
  accounts.set('dave', { email: uniqueEmail('oidc'), email_verified: true, name: 'Dave' });
  const { location, state } = await startAt('test');
  const back = await browseProvider(location, 'dave');
  assert.equal((await callback(back, state)).status, 302);
  const replay = await callback(back, state);
  assert.equal(replay.status, 400);
  const body = (await replay.json()) as { code: string };
  assert.equal(body.code, 'oidc_failed');
  assert.equal(cookieOf(replay, 'pj_session'), undefined);
});

test('a tampered state is refused with oidc_failed', async () => {
  accounts.set('erin', { email: uniqueEmail('oidc'), email_verified: true, name: 'Erin' });
  const { location, state } = await startAt('test');
  const back = await browseProvider(location, 'erin');
  const tampered = new URL(back);
  tampered.searchParams.set('state', `${state.slice(0, -2)}xy`);
  for (const cookieState of [state, tampered.searchParams.get('state')!]) {
    const r = await callback(tampered, cookieState);
    assert.equal(r.status, 400);
    assert.equal(((await r.json()) as { code: string }).code, 'oidc_failed');
  }
  const noState = new URL(back);
  noState.searchParams.delete('state');
  const r = await callback(noState, state);
  assert.equal(r.status, 400);
  assert.equal(((await r.json()) as { code: string }).code, 'oidc_failed');
});

test('a callback from another browser (no state cookie) is refused, and does not burn the sign-in', async () => {
  accounts.set('frank', { email: uniqueEmail('oidc'), email_verified: true, name: 'Frank' });
  const { location, state } = await startAt('test');
  const back = await browseProvider(location, 'frank');
  const forged = await callback(back, undefined);
  assert.equal(forged.status, 400);
  assert.equal(((await forged.json()) as { code: string }).code, 'oidc_failed');
  const own = await callback(back, state);
  assert.equal(own.status, 302);
  assert.ok(cookieOf(own, 'pj_session'));
});

test('an unknown provider is 404 oidc_unknown_provider', async () => {
  for (const path of ['/api/auth/oidc/nope/start', '/api/auth/oidc/nope/callback?state=abc&code=def']) {
    const r = await t.req('GET', path);
    assert.equal(r.status, 404, path);
    assert.equal(r.body.code, 'oidc_unknown_provider');
  }
});

test("returnTo '//evil.com' and other foreign targets fall back to '/'", async () => {
  accounts.set('grace', { email: uniqueEmail('oidc'), email_verified: true, name: 'Grace' });
  const { res } = await signInVia('grace', '//evil.com');
  assert.equal(res.status, 302);
  assert.equal(res.headers.get('location'), '/');
  for (const bad of ['//evil.com/x', '/\\evil.com', 'https://evil.com/', 'evil.com', '/\t/evil.com', '', undefined]) {
    assert.equal(safeReturnTo(bad), '/', String(bad));
  }
  assert.equal(safeReturnTo('/facilities/fac_1?x=1#top'), '/facilities/fac_1?x=1#top');
  assert.equal(safeReturnTo('/a/../b'), '/b');
});

test('when the person refuses at the provider, the browser goes back to /signin?error=oidc_failed', async () => {
  accounts.set('heidi', { email: uniqueEmail('oidc'), email_verified: true, name: 'Heidi' });
  const { location, state } = await startAt('test');
  const back = await browseProvider(location, 'heidi', { abort: true });
  assert.equal(back.searchParams.get('error'), 'access_denied');
  const r = await callback(back, state);
  assert.equal(r.status, 302);
  assert.equal(r.headers.get('location'), '/signin?error=oidc_failed');
  assert.equal(cookieOf(r, 'pj_session'), undefined);
  // The state was used up by the refusal.
  assert.equal((await callback(back, state)).status, 400);
});

test('a disabled account is sent back to /signin?error=account_disabled', async () => {
  accounts.set('ivan', { email: uniqueEmail('oidc'), email_verified: true, name: 'Ivan' });
  const first = await signInVia('ivan');
  const s = await sessionOf(first.session!);
  await setPersonFlags(t.deps, systemCtx('test'), s.body.person.id, { disabled: true });
  const again = await signInVia('ivan');
  assert.equal(again.res.headers.get('location'), '/signin?error=account_disabled');
  assert.equal(again.session, undefined);
});

test('a provider that cannot be reached answers 503 unavailable at the start', async () => {
  const r = await t.req('GET', '/api/auth/oidc/down/start');
  assert.equal(r.status, 503);
  assert.equal(r.body.code, 'unavailable');
  assert.equal(r.headers.get('content-type'), 'application/problem+json');
});

test('malformed input is a 4xx problem, never a 500', async () => {
  const cases = [
    '/api/auth/oidc/test/start?returnTo=/x&extra=1',
    `/api/auth/oidc/test/start?returnTo=${'a'.repeat(2001)}`,
    `/api/auth/oidc/test/callback?state=${'s'.repeat(600)}`,
    '/api/auth/oidc/test/callback',
    '/api/auth/oidc/test/callback?state=a&state=b',
    '/api/auth/oidc/test/callback?code=x&state=%00',
    `/api/auth/oidc/${'x'.repeat(100)}/start`,
  ];
  for (const path of cases) {
    const r = await t.req('GET', path, { headers: { cookie: 'pj_oidc=a' } });
    assert.ok(r.status >= 400 && r.status < 500, `${path}: ${r.status} ${r.text.slice(0, 200)}`);
    assert.equal(r.headers.get('content-type'), 'application/problem+json', path);
  }
});

test('the OIDC routes are in the OpenAPI document with their redirects', async () => {
  const doc = (await t.req('GET', '/api/openapi.json')).body;
  assert.ok(doc.paths['/auth/oidc/providers'].get.responses['200']);
  assert.ok(doc.paths['/auth/oidc/{provider}/start'].get.responses['302']);
  assert.ok(doc.paths['/auth/oidc/{provider}/callback'].get.responses['302']);
});

// Last: it moves the app's clock.
test('a state older than ten minutes is refused with oidc_failed', async () => {
  accounts.set('judy', { email: uniqueEmail('oidc'), email_verified: true, name: 'Judy' });
  const { location, state } = await startAt('test');
  const back = await browseProvider(location, 'judy');
  t.advance(11 * 60_000);
  const r = await callback(back, state);
  assert.equal(r.status, 400);
  assert.equal(((await r.json()) as { code: string }).code, 'oidc_failed');
});
