// Accounts, sign-in, sessions and API tokens. Every write is audited in its own transaction.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { newId } from '../../../shared/ids.ts';
import { TOKEN_SCOPES, type Locale, type PlatformRole, type TokenScope } from '../../../shared/enums.ts';
import type { Deps } from '../../deps.ts';
import type { Actor, PersonActor, RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { COUNT_CAP, decodeCursor, toPage, type Page } from '../../http/paging.ts';
import { record } from '../audit/index.ts';
import * as repo from './identity.repo.ts';
import { burnVerification, hashPassword, passwordProblem, verifyPassword } from './identity.passwords.ts';

type D = Pick<Deps, 'db' | 'config' | 'now'>;

export interface PersonView {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  platformRole: PlatformRole | null;
  disabled: boolean;
  createdAt: string;
}

/** The public shape of a person; never includes the password hash. */
export function personView(p: repo.PersonRow): PersonView {
  return {
    id: p.id,
    email: p.email,
    name: p.name,
    locale: p.locale,
    platformRole: p.platformRole ?? null,
    disabled: p.disabledAt !== null,
    createdAt: p.createdAt.toISOString(),
  };
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A new session as handed to the browser: the cookie value is never stored. */
export interface IssuedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** The caller as a person, or 401. */
export function personOf(ctx: RequestCtx): PersonActor {
  if (ctx.actor.kind !== 'person') throw new AppError('unauthenticated');
  return ctx.actor;
}

/** True for platform operators and admins. */
export function isStaff(actor: Actor): boolean {
  return actor.kind === 'person' && (actor.platformRole === 'operator' || actor.platformRole === 'admin');
}

async function startSession(deps: D, tx: Deps['db']['db'], personId: string, meta: SessionMeta): Promise<IssuedSession> {
  const now = deps.now();
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + deps.config.sessionAbsoluteMs);
  await repo.insertSession(tx, {
    id: newId('session'),
    tokenHash: sha256(token),
    personId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    userAgent: meta.userAgent?.slice(0, 500) ?? null,
    ip: meta.ip,
  });
  return { token, csrfToken, expiresAt };
}

export interface SessionMeta {
  userAgent: string | null;
  ip: string | null;
  /** The cookie the browser already had, revoked at sign-in so sessions rotate. */
  previousToken?: string | undefined;
}

export interface SignUpInput {
  email: string;
  name: string;
  password: string;
  locale: Locale;
}

/** Creates an account and signs it in. */
export async function signUp(deps: D, ctx: RequestCtx, input: SignUpInput, meta: SessionMeta) {
  const problem = passwordProblem(input.password);
  if (problem) throw new AppError('weak_password', `password: ${problem}`, undefined, [{ path: 'password', message: problem }]);
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  try {
    return await deps.db.db.transaction(async (tx) => {
      if (await repo.findPersonByEmail(tx, email)) throw new AppError('email_taken', 'an account with this e-mail exists');
      const now = deps.now();
      const person = await repo.insertPerson(tx, {
        id: newId('person'),
        email,
        name: input.name.trim(),
        passwordHash,
        locale: input.locale,
        createdAt: now,
        updatedAt: now,
      });
      if (meta.previousToken) await revokeByToken(tx, meta.previousToken, now);
      const session = await startSession(deps, tx, person.id, meta);
      await record(tx, { ...ctx, actor: actorFor(person, 'session') }, { action: 'person.signup', objectType: 'person', objectId: person.id, after: personView(person) }, now);
      return { person, session };
    });
  } catch (err) {
    if ((err as { code?: string }).code === '23505' || (err as { cause?: { code?: string } }).cause?.code === '23505') {
      throw new AppError('email_taken', 'an account with this e-mail exists');
    }
    throw err;
  }
}

async function revokeByToken(tx: Deps['db']['db'], token: string, now: Date) {
  const s = await repo.findSessionByHash(tx, sha256(token));
  if (s) await repo.revokeSession(tx, s.id, now);
}

function actorFor(p: repo.PersonRow, via: 'session' | 'token'): PersonActor {
  return { kind: 'person', personId: p.id, email: p.email, name: p.name, platformRole: p.platformRole ?? null, via, scopes: 'all' };
}

/**
 * Signs in with e-mail and password. Failures are counted per account and per address in a
 * fixed window; past the limit every attempt is refused (429) until the window passes.
 */
export async function signIn(deps: D, ctx: RequestCtx, input: { email: string; password: string }, meta: SessionMeta) {
  const db = deps.db.db;
  const now = deps.now();
  const email = input.email.trim().toLowerCase();
  const windowStart = new Date(now.getTime() - deps.config.loginWindowMs);
  const keys = [`email:${email}`, ...(meta.ip ? [`ip:${meta.ip}`] : [])];
  const [emailFailures, ipFailures] = await Promise.all(keys.map((k) => repo.failuresOf(db, k, windowStart)));
  if ((emailFailures ?? 0) >= deps.config.loginMaxFailures || (ipFailures ?? 0) >= deps.config.loginMaxFailures * 20) {
    throw new AppError('too_many_attempts', 'too many failed sign-ins; try again later', {
      retryAfterSeconds: Math.ceil(deps.config.loginWindowMs / 1000),
    });
  }
  const person = await repo.findPersonByEmail(db, email);
  const ok = person?.passwordHash ? await verifyPassword(input.password, person.passwordHash) : (await burnVerification(input.password), false);
  if (!ok || !person) {
    await db.transaction(async (tx) => {
      for (const k of keys) await repo.addFailure(tx, k, now, windowStart);
      await record(tx, ctx, { action: 'auth.signin_failed', objectType: 'person', objectId: person?.id ?? null, after: { email } }, now);
    });
    throw new AppError('invalid_credentials', 'e-mail or password is wrong');
  }
  if (person.disabledAt) throw new AppError('account_disabled', 'this account is disabled');
  return db.transaction(async (tx) => {
    await repo.clearFailures(tx, `email:${email}`);
    if (meta.previousToken) await revokeByToken(tx, meta.previousToken, now);
    const session = await startSession(deps, tx, person.id, meta);
    await record(tx, { ...ctx, actor: actorFor(person, 'session') }, { action: 'auth.signin', objectType: 'person', objectId: person.id }, now);
    return { person, session };
  });
}

/** Starts a session for a person already authenticated elsewhere (OIDC). */
export async function signInAs(deps: D, ctx: RequestCtx, personId: string, meta: SessionMeta, how: string) {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const person = await repo.findPerson(tx, personId);
    if (!person) throw new AppError('not_found');
    if (person.disabledAt) throw new AppError('account_disabled', 'this account is disabled');
    if (meta.previousToken) await revokeByToken(tx, meta.previousToken, now);
    const session = await startSession(deps, tx, person.id, meta);
    await record(tx, { ...ctx, actor: actorFor(person, 'session') }, { action: 'auth.signin', objectType: 'person', objectId: person.id, after: { via: how } }, now);
    return { person, session };
  });
}

/** Ends the caller's session. */
export async function signOut(deps: D, ctx: RequestCtx): Promise<void> {
  const actor = personOf(ctx);
  if (!actor.sessionId) return;
  const now = deps.now();
  await deps.db.db.transaction(async (tx) => {
    await repo.revokeSession(tx, actor.sessionId!, now);
    await record(tx, ctx, { action: 'auth.signout', objectType: 'session', objectId: actor.sessionId! }, now);
  });
}

// lastSeenAt is written at most this often, so that reads do not each cause a write.
const TOUCH_EVERY_MS = 60_000;

/** Resolves a session cookie: the actor and CSRF token, or why it is not valid. */
export async function authenticateSession(
  deps: D,
  token: string,
): Promise<{ actor: PersonActor; csrfToken: string } | { problem: 'session_expired' }> {
  if (token.length > 100) return { problem: 'session_expired' };
  const db = deps.db.db;
  const found = await repo.findSessionWithPerson(db, sha256(token));
  if (!found) return { problem: 'session_expired' };
  const { s, p } = found;
  const now = deps.now();
  if (s.revokedAt || now >= s.expiresAt) return { problem: 'session_expired' };
  if (now.getTime() - s.lastSeenAt.getTime() > deps.config.sessionIdleMs || p.disabledAt) {
    await repo.revokeSession(db, s.id, now);
    return { problem: 'session_expired' };
  }
  if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_EVERY_MS) await repo.touchSession(db, s.id, now);
  return { actor: { ...actorFor(p, 'session'), sessionId: s.id }, csrfToken: s.csrfToken };
}

const TOKEN_RE = /^pjt_([0-9A-HJKMNP-TV-Z]{26})_([0-9a-f]{64})$/;

/** Resolves a bearer token, or throws invalid_token. */
export async function authenticateToken(deps: D, raw: string): Promise<PersonActor> {
  const m = TOKEN_RE.exec(raw);
  if (!m) throw new AppError('invalid_token', 'not a Pujiang API token');
  const found = await repo.findTokenWithPerson(deps.db.db, `tok_${m[1]}`);
  const given = Buffer.from(sha256(m[2]!), 'hex');
  if (!found || !timingSafeEqual(Buffer.from(found.t.secretHash, 'hex'), given)) throw new AppError('invalid_token', 'unknown token');
  const now = deps.now();
  if (found.t.revokedAt || now >= found.t.expiresAt) throw new AppError('invalid_token', 'the token is revoked or expired');
  if (found.p.disabledAt) throw new AppError('account_disabled', 'this account is disabled');
  if (!found.t.lastUsedAt || now.getTime() - found.t.lastUsedAt.getTime() > TOUCH_EVERY_MS) await repo.touchToken(deps.db.db, found.t.id, now);
  return { ...actorFor(found.p, 'token'), tokenId: found.t.id, scopes: new Set(found.t.scopes) };
}

/** The caller's person, memberships and CSRF token, as the web app needs them at load. */
export async function sessionInfo(deps: D, ctx: RequestCtx) {
  const actor = personOf(ctx);
  const [p, memberships] = await Promise.all([repo.findPerson(deps.db.db, actor.personId), repo.membershipsOf(deps.db.db, actor.personId)]);
  if (!p) throw new AppError('unauthenticated');
  return { person: personView(p), memberships };
}

/** Changes the caller's name or language. */
export async function updateProfile(deps: D, ctx: RequestCtx, input: { name?: string | undefined; locale?: Locale | undefined }): Promise<PersonView> {
  const actor = personOf(ctx);
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const before = await repo.findPerson(tx, actor.personId);
    if (!before) throw new AppError('not_found');
    const after = await repo.updatePerson(tx, actor.personId, {
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.locale !== undefined ? { locale: input.locale } : {}),
      updatedAt: now,
    });
    await record(tx, ctx, { action: 'person.update', objectType: 'person', objectId: actor.personId, before: personView(before), after: personView(after!) }, now);
    return personView(after!);
  });
}

/** Changes the caller's password and ends their other sessions. */
export async function changePassword(deps: D, ctx: RequestCtx, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const actor = personOf(ctx);
  const p = await repo.findPerson(deps.db.db, actor.personId);
  if (!p) throw new AppError('not_found');
  if (p.passwordHash && !(await verifyPassword(input.currentPassword, p.passwordHash))) throw new AppError('wrong_password', 'the current password is wrong');
  const problem = passwordProblem(input.newPassword);
  if (problem) throw new AppError('weak_password', `password: ${problem}`, undefined, [{ path: 'newPassword', message: problem }]);
  const hash = await hashPassword(input.newPassword);
  const now = deps.now();
  await deps.db.db.transaction(async (tx) => {
    await repo.updatePerson(tx, p.id, { passwordHash: hash, updatedAt: now });
    await repo.revokeSessionsOf(tx, p.id, now, actor.sessionId);
    await record(tx, ctx, { action: 'person.password_change', objectType: 'person', objectId: p.id }, now);
  });
}

export interface TokenView {
  id: string;
  name: string;
  scopes: TokenScope[];
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

function tokenView(t: repo.TokenRow): TokenView {
  return {
    id: t.id,
    name: t.name,
    scopes: t.scopes,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

/** Creates an API token for `personId`; the secret is returned once and only its hash kept. */
export async function issueToken(
  deps: D,
  ctx: RequestCtx,
  personId: string,
  input: { name: string; scopes: TokenScope[]; expiresInDays: number },
): Promise<{ token: TokenView; secret: string }> {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const p = await repo.findPerson(tx, personId);
    if (!p || p.disabledAt) throw new AppError('not_found');
    const scopes = [...new Set(input.scopes)].filter((s) => TOKEN_SCOPES.includes(s));
    if (scopes.some((s) => s.startsWith('admin:')) && !p.platformRole) {
      throw new AppError('forbidden', 'admin scopes are for platform operators and admins');
    }
    const body = newId('token', now.getTime()).slice(4);
    const secretPart = randomBytes(32).toString('hex');
    const t = await repo.insertToken(tx, {
      id: `tok_${body}`,
      personId,
      name: input.name.trim(),
      secretHash: sha256(secretPart),
      scopes,
      createdAt: now,
      expiresAt: new Date(now.getTime() + input.expiresInDays * 86_400_000),
    });
    await record(tx, ctx, { action: 'token.create', objectType: 'api_token', objectId: t.id, after: tokenView(t) }, now);
    return { token: tokenView(t), secret: `pjt_${body}_${secretPart}` };
  });
}

/** The caller's tokens, newest first. */
export async function listTokens(deps: D, ctx: RequestCtx): Promise<TokenView[]> {
  const actor = personOf(ctx);
  return (await repo.listTokensOf(deps.db.db, actor.personId)).map(tokenView);
}

/** Revokes one of the caller's tokens; another person's token is not found. */
export async function revokeToken(deps: D, ctx: RequestCtx, tokenId: string): Promise<void> {
  const actor = personOf(ctx);
  const now = deps.now();
  await deps.db.db.transaction(async (tx) => {
    const t = await repo.findToken(tx, tokenId);
    if (!t || t.personId !== actor.personId) throw new AppError('not_found');
    if (t.revokedAt) return;
    await repo.setTokenRevoked(tx, t.id, now);
    await record(tx, ctx, { action: 'token.revoke', objectType: 'api_token', objectId: t.id, before: tokenView(t) }, now);
  });
}

/** Creates an account directly (CLI, seed, OIDC). Password optional: without one, no password sign-in. */
export async function createPerson(
  deps: D,
  ctx: RequestCtx,
  input: { email: string; name: string; password?: string | undefined; platformRole?: PlatformRole | null; locale?: Locale },
): Promise<PersonView> {
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password);
    if (problem) throw new AppError('weak_password', `password: ${problem}`);
  }
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null;
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const email = input.email.trim().toLowerCase();
    if (await repo.findPersonByEmail(tx, email)) throw new AppError('email_taken', 'an account with this e-mail exists');
    const p = await repo.insertPerson(tx, {
      id: newId('person'),
      email,
      name: input.name.trim(),
      passwordHash,
      platformRole: input.platformRole ?? null,
      locale: input.locale ?? 'zh-CN',
      createdAt: now,
      updatedAt: now,
    });
    await record(tx, ctx, { action: 'person.create', objectType: 'person', objectId: p.id, after: personView(p) }, now);
    return personView(p);
  });
}

/** Finds a person by e-mail (CLI). */
export async function personByEmail(deps: D, email: string): Promise<PersonView | undefined> {
  const p = await repo.findPersonByEmail(deps.db.db, email.trim().toLowerCase());
  return p ? personView(p) : undefined;
}

/** One page of people for operators, ordered by id. */
export async function listPeople(deps: D, ctx: RequestCtx, q: string | undefined, cursor: string | undefined, limit: number): Promise<Page<PersonView>> {
  if (!isStaff(ctx.actor)) throw new AppError('forbidden');
  const c = decodeCursor(cursor, 1);
  const [rows, total] = await Promise.all([
    repo.listPeople(deps.db.db, q, c ? String(c[0]) : undefined, limit),
    repo.countPeople(deps.db.db, q, COUNT_CAP),
  ]);
  return toPage(rows, limit, (r) => [r.id], personView, total);
}

/**
 * Platform admin changes to a person: disable (ends every session and token) or set the platform
 * role. An admin cannot disable or demote themselves, so the platform keeps one admin.
 */
export async function adminUpdatePerson(
  deps: D,
  ctx: RequestCtx,
  personId: string,
  input: { disabled?: boolean | undefined; platformRole?: PlatformRole | null | undefined },
): Promise<PersonView> {
  const actor = personOf(ctx);
  if (actor.platformRole !== 'admin') throw new AppError('forbidden', 'platform admins only');
  if (personId === actor.personId && (input.disabled === true || (input.platformRole !== undefined && input.platformRole !== 'admin'))) {
    throw new AppError('forbidden', 'you cannot disable or demote yourself');
  }
  return setPersonFlags(deps, ctx, personId, input);
}

/** Sets disabled / platform role without the caller checks (CLI `user grant`). */
export async function setPersonFlags(
  deps: D,
  ctx: RequestCtx,
  personId: string,
  input: { disabled?: boolean | undefined; platformRole?: PlatformRole | null | undefined },
): Promise<PersonView> {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const before = await repo.findPerson(tx, personId);
    if (!before) throw new AppError('not_found');
    const set: Parameters<typeof repo.updatePerson>[2] = { updatedAt: now };
    if (input.platformRole !== undefined) set.platformRole = input.platformRole;
    if (input.disabled !== undefined) set.disabledAt = input.disabled ? (before.disabledAt ?? now) : null;
    const after = (await repo.updatePerson(tx, personId, set))!;
    if (input.disabled) {
      await repo.revokeSessionsOf(tx, personId, now);
      await repo.revokeTokensOf(tx, personId, now);
    }
    await record(tx, ctx, { action: 'person.admin_update', objectType: 'person', objectId: personId, before: personView(before), after: personView(after) }, now);
    return personView(after);
  });
}
