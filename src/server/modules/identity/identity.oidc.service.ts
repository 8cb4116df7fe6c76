// Sign-in through institutions' OpenID Connect providers. The start stores state, nonce and the
// PKCE verifier in oidc_states; the callback takes that row back (once), exchanges the code,
// finds or links or creates the person, and starts an ordinary session.
import { timingSafeEqual } from 'node:crypto';
import * as client from 'openid-client';
import { newId } from '../../../shared/ids.ts';
import type { Config } from '../../config.ts';
import type { Deps } from '../../deps.ts';
import type { PersonActor, RequestCtx } from '../../http/context.ts';
import { AppError, type ErrorCode } from '../../http/errors.ts';
import { record } from '../audit/index.ts';
import * as repo from './identity.repo.ts';
import { personView, signInAs, type IssuedSession, type SessionMeta } from './identity.service.ts';

type D = Pick<Deps, 'db' | 'config' | 'now' | 'log'>;
type Provider = Config['oidcProviders'][number];

/** How long a started sign-in may take at the provider. */
const STATE_TTL_MS = 10 * 60_000;
/** Discovery documents are fetched again after this, so a provider's new endpoints are picked up. */
const DISCOVERY_TTL_MS = 60 * 60_000;
/** Seconds every request to a provider may take (discovery, token, userinfo, keys). */
const PROVIDER_TIMEOUT_S = 10;

/** The providers people may choose from, in configured order. */
export function listProviders(deps: Pick<Deps, 'config'>): { id: string; name: string }[] {
  return deps.config.oidcProviders.map((p) => ({ id: p.id, name: p.name }));
}

function providerOf(deps: Pick<Deps, 'config'>, id: string): Provider {
  const p = deps.config.oidcProviders.find((x) => x.id === id);
  if (!p) throw new AppError('oidc_unknown_provider', `no sign-in provider "${id.slice(0, 64)}" is configured`);
  return p;
}

/** The redirect URI to register at the provider for `providerId`. */
export function redirectUriOf(config: Pick<Config, 'publicUrl'>, providerId: string): string {
  return `${config.publicUrl}/api/auth/oidc/${providerId}/callback`;
}

// Per Config object, so that apps built with different configurations (tests) never share one.
const discovered = new WeakMap<Config, Map<string, { at: number; config: Promise<client.Configuration> }>>();

/** The provider's client configuration, discovered once and cached; unavailable when discovery fails. */
async function configurationOf(deps: D, p: Provider): Promise<client.Configuration> {
  let cache = discovered.get(deps.config);
  if (!cache) {
    cache = new Map();
    discovered.set(deps.config, cache);
  }
  const hit = cache.get(p.id);
  const at = Date.now();
  let entry = hit && at - hit.at < DISCOVERY_TTL_MS ? hit : undefined;
  if (!entry) {
    const pending = client.discovery(new URL(p.issuer), p.clientId, undefined, client.ClientSecretBasic(p.clientSecret), {
      execute: deps.config.oidcAllowHttp ? [client.allowInsecureRequests] : [],
      timeout: PROVIDER_TIMEOUT_S,
    });
    const fresh = { at, config: pending };
    entry = fresh;
    cache.set(p.id, fresh);
    // A failed discovery is not cached: the next sign-in tries again.
    pending.catch(() => {
      if (cache.get(p.id) === fresh) cache.delete(p.id);
    });
  }
  try {
    return await entry.config;
  } catch (err) {
    deps.log.warn({ provider: p.id, err: describe(err) }, 'oidc discovery failed');
    throw new AppError('unavailable', `the sign-in service of ${p.name} is not reachable right now`);
  }
}

function describe(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const e = err as Error & { code?: unknown; error?: unknown; error_description?: unknown; cause?: unknown };
  return {
    message: e.message,
    code: e.code,
    error: e.error,
    errorDescription: e.error_description,
    cause: e.cause instanceof Error ? e.cause.message : undefined,
  };
}

/**
 * A path on this site to return to after sign-in, or '/' for anything that could lead elsewhere:
 * it must start with one '/', and '//host' or '/\host' (which browsers read as another host),
 * schemes and control characters are refused.
 */
export function safeReturnTo(value: string | undefined): string {
  if (!value || value.length > 1000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\') || hasControlChar(value)) return '/';
  const base = 'http://pujiang.invalid';
  try {
    const u = new URL(value, base);
    return u.origin === base ? `${u.pathname}${u.search}${u.hash}` : '/';
  } catch {
    return '/';
  }
}

function hasControlChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** A started sign-in: where to send the browser, and the state to bind to it (a cookie). */
export interface StartedSignIn {
  url: string;
  state: string;
  expiresAt: Date;
}

/** Starts a sign-in at `providerId`: stores state, nonce and PKCE verifier, returns the authorization URL. */
export async function startSignIn(deps: D, providerId: string, returnTo: string | undefined): Promise<StartedSignIn> {
  const p = providerOf(deps, providerId);
  const config = await configurationOf(deps, p);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const codeChallenge = await client.calculatePKCECodeChallenge(codeVerifier);
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + STATE_TTL_MS);
  // The state row is protocol data that lives for minutes, like a session's lastSeenAt; it is not
  // audited. What it leads to (the sign-in, a new account, a link) is.
  await deps.db.db.transaction(async (tx) => {
    await repo.deleteExpiredOidcStates(tx, now);
    await repo.insertOidcState(tx, { state, provider: p.id, codeVerifier, nonce, returnTo: safeReturnTo(returnTo), expiresAt });
  });
  const scope = p.scope.split(/\s+/).includes('openid') ? p.scope : `openid ${p.scope}`;
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUriOf(deps.config, p.id),
    scope,
    state,
    nonce,
    code_challenge: codeChallenge,
    code_challenge_method: 'S256',
  });
  return { url: url.href, state, expiresAt };
}

/** How a callback ended: signed in, or why not (an error code the sign-in page shows). */
export type CallbackResult =
  | { ok: true; session: IssuedSession; personId: string; returnTo: string }
  | { ok: false; code: Extract<ErrorCode, 'oidc_failed' | 'unavailable' | 'email_taken' | 'account_disabled'> };

function sameString(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Finishes a sign-in from the provider's redirect. A missing, unknown, used or expired state, or
 * one not started in this browser (`boundState`, from a cookie), is refused with oidc_failed: that
 * stops replays and login CSRF. Everything after that (the provider refused, the code exchange or
 * token checks failed, the account is disabled) is answered as a result, so the browser can be
 * sent back to the sign-in page.
 */
export async function finishSignIn(
  deps: D,
  ctx: RequestCtx,
  providerId: string,
  params: URLSearchParams,
  boundState: string | undefined,
  meta: SessionMeta,
): Promise<CallbackResult> {
  const p = providerOf(deps, providerId);
  const state = params.get('state');
  if (!state || !boundState || !sameString(state, boundState)) {
    throw new AppError('oidc_failed', 'the sign-in was not started in this browser, or its state is missing; start again');
  }
  const now = deps.now();
  const row = await deps.db.db.transaction((tx) => repo.takeOidcState(tx, state));
  if (!row || row.provider !== p.id || row.expiresAt.getTime() <= now.getTime()) {
    throw new AppError('oidc_failed', 'the sign-in state is unknown, already used or expired; start again');
  }
  const providerError = params.get('error');
  if (providerError) return failed(deps, ctx, p, 'oidc_failed', { error: providerError.slice(0, 100), description: params.get('error_description')?.slice(0, 300) });

  let config: client.Configuration;
  try {
    config = await configurationOf(deps, p);
  } catch {
    return failed(deps, ctx, p, 'unavailable', { error: 'discovery_failed' });
  }
  let claims: Record<string, unknown>;
  try {
    const tokens = await client.authorizationCodeGrant(
      config,
      new URL(`${redirectUriOf(deps.config, p.id)}?${params.toString()}`),
      { pkceCodeVerifier: row.codeVerifier, expectedState: state, expectedNonce: row.nonce, idTokenExpected: true },
    );
    const idToken = tokens.claims();
    if (!idToken) throw new Error('no ID token');
    claims = { ...idToken };
    // Many providers put e-mail and name only in userinfo when an access token is issued.
    if ((claims.email === undefined || claims.name === undefined) && tokens.access_token && config.serverMetadata().userinfo_endpoint) {
      try {
        const info = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
        claims = { ...info, ...claims };
      } catch (err) {
        deps.log.warn({ provider: p.id, err: describe(err) }, 'oidc userinfo failed; going on with the ID token');
      }
    }
  } catch (err) {
    deps.log.warn({ provider: p.id, err: describe(err) }, 'oidc code exchange failed');
    return failed(deps, ctx, p, 'oidc_failed', { error: 'code_exchange_failed' });
  }

  const profile = profileOf(claims);
  if (!profile) return failed(deps, ctx, p, 'oidc_failed', { error: 'bad_subject' });
  let personId: string;
  try {
    personId = await resolvePerson(deps, ctx, p.id, profile);
  } catch (err) {
    if (err instanceof AppError && (err.code === 'email_taken' || err.code === 'oidc_failed')) {
      return failed(deps, ctx, p, err.code, { error: err.message, subject: profile.sub });
    }
    throw err;
  }
  try {
    const { session } = await signInAs(deps, ctx, personId, meta, `oidc:${p.id}`);
    return { ok: true, session, personId, returnTo: row.returnTo };
  } catch (err) {
    if (err instanceof AppError && err.code === 'account_disabled') return failed(deps, ctx, p, 'account_disabled', { personId });
    throw err;
  }
}

/** Records a failed OIDC sign-in, like a failed password sign-in, and says why. */
async function failed(
  deps: D,
  ctx: RequestCtx,
  p: Provider,
  code: Extract<CallbackResult, { ok: false }>['code'],
  detail: Record<string, unknown>,
): Promise<CallbackResult> {
  const now = deps.now();
  await deps.db.db.transaction((tx) =>
    record(tx, ctx, { action: 'auth.signin_failed', objectType: 'person', objectId: typeof detail.personId === 'string' ? detail.personId : null, after: { via: `oidc:${p.id}`, code, ...detail } }, now),
  );
  return { ok: false, code };
}

interface Profile {
  sub: string;
  email: string | null;
  emailVerified: boolean;
  name: string;
  locale: 'zh-CN' | 'en';
}

/** What we keep of the provider's claims; undefined when the subject is unusable. */
function profileOf(claims: Record<string, unknown>): Profile | undefined {
  const sub = claims.sub;
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 255) return undefined;
  const rawEmail = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  const email = rawEmail.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(rawEmail) ? rawEmail : null;
  // Some providers send the boolean as a string.
  const emailVerified = email !== null && (claims.email_verified === true || claims.email_verified === 'true');
  const given = [claims.family_name, claims.given_name].filter((x): x is string => typeof x === 'string' && x.trim() !== '').join(' ');
  const name =
    [claims.name, given, claims.preferred_username, email?.split('@')[0]].find((x): x is string => typeof x === 'string' && x.trim() !== '')?.trim().slice(0, 100) ??
    'OIDC user';
  const locale = typeof claims.locale === 'string' && /^en\b/i.test(claims.locale) ? 'en' : 'zh-CN';
  return { sub, email, emailVerified, name, locale };
}

function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: unknown }).code === '23505' || (err as { cause?: { code?: unknown } }).cause?.code === '23505';
}

/**
 * The person behind (provider, sub): the one already linked; else the person with the same
 * e-mail when the provider verified it (linked now); else a new person without a password
 * (created and linked now). An unverified e-mail that belongs to an account is never linked.
 */
async function resolvePerson(deps: D, ctx: RequestCtx, provider: string, prof: Profile): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await deps.db.db.transaction(async (tx) => {
        const known = await repo.findIdentity(tx, provider, prof.sub);
        if (known) return known.personId;
        if (!prof.email) throw new AppError('oidc_failed', 'the provider gave no e-mail address, which a new account needs');
        const now = deps.now();
        const existing = await repo.findPersonByEmail(tx, prof.email);
        if (existing && !prof.emailVerified) {
          throw new AppError('email_taken', 'an account with this e-mail exists and the provider did not verify the address, so it is not linked');
        }
        const person =
          existing ??
          (await repo.insertPerson(tx, {
            id: newId('person'),
            email: prof.email,
            name: prof.name,
            passwordHash: null,
            locale: prof.locale,
            createdAt: now,
            updatedAt: now,
          }));
        const actx: RequestCtx = { ...ctx, actor: actorOf(person) };
        if (!existing) {
          await record(tx, actx, { action: 'person.create', objectType: 'person', objectId: person.id, after: { ...personView(person), via: `oidc:${provider}` } }, now);
        }
        const identityId = newId('identity');
        await repo.insertIdentity(tx, { id: identityId, personId: person.id, provider, subject: prof.sub, email: prof.email, createdAt: now });
        await record(
          tx,
          actx,
          {
            action: 'person.identity_link',
            objectType: 'person_identity',
            objectId: identityId,
            after: { personId: person.id, provider, subject: prof.sub, email: prof.email, by: existing ? 'verified_email' : 'new_account' },
          },
          now,
        );
        return person.id;
      });
    } catch (err) {
      // Two callbacks for the same new person raced; the loser's retry finds the winner's rows.
      if (attempt === 0 && isUniqueViolation(err)) continue;
      throw err;
    }
  }
}

function actorOf(p: repo.PersonRow): PersonActor {
  return { kind: 'person', personId: p.id, email: p.email, name: p.name, platformRole: p.platformRole ?? null, via: 'session', scopes: 'all' };
}
