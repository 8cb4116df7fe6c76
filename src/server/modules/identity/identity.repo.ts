// SQL of people, sessions, API tokens, sign-in throttling and external identities.
import { and, asc, desc, eq, gt, ilike, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { countCapped } from '../../db/count.ts';
import { apiTokens, loginAttempts, memberships, oidcStates, organizations, people, personIdentities, sessions } from './identity.table.ts';

export type PersonRow = typeof people.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type TokenRow = typeof apiTokens.$inferSelect;

export async function findPersonByEmail(db: Db, email: string): Promise<PersonRow | undefined> {
  const [r] = await db.select().from(people).where(eq(people.email, email.toLowerCase()));
  return r;
}

export async function findPerson(db: Db, id: string): Promise<PersonRow | undefined> {
  const [r] = await db.select().from(people).where(eq(people.id, id));
  return r;
}

export async function insertPerson(db: Db, row: typeof people.$inferInsert): Promise<PersonRow> {
  const [r] = await db.insert(people).values(row).returning();
  return r!;
}

export async function updatePerson(db: Db, id: string, set: Partial<typeof people.$inferInsert>): Promise<PersonRow | undefined> {
  const [r] = await db.update(people).set(set).where(eq(people.id, id)).returning();
  return r;
}

const peopleMatching = (q: string | undefined) =>
  q ? or(ilike(people.email, `${escapeLike(q)}%`), ilike(people.name, `%${escapeLike(q)}%`)) : undefined;

/** Keyset page of people ordered by id, optionally filtered by name or e-mail prefix. */
export async function listPeople(db: Db, q: string | undefined, afterId: string | undefined, limit: number): Promise<PersonRow[]> {
  return db
    .select()
    .from(people)
    .where(and(peopleMatching(q), afterId ? gt(people.id, afterId) : undefined))
    .orderBy(asc(people.id))
    .limit(limit + 1);
}

/** Counts people matching `q`, stopping at `cap + 1`. */
export async function countPeople(db: Db, q: string | undefined, cap: number): Promise<number> {
  return countCapped(db, people, peopleMatching(q), cap);
}

/** Escapes LIKE wildcards in user input. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

export async function insertSession(db: Db, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

export async function findSessionByHash(db: Db, tokenHash: string): Promise<SessionRow | undefined> {
  const [r] = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
  return r;
}

export async function touchSession(db: Db, id: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
}

export async function revokeSession(db: Db, id: string, at: Date): Promise<void> {
  await db.update(sessions).set({ revokedAt: at }).where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
}

/** Revokes every live session of a person (disabled account, password changed). */
export async function revokeSessionsOf(db: Db, personId: string, at: Date, exceptId?: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.personId, personId), isNull(sessions.revokedAt), exceptId ? sql`${sessions.id} <> ${exceptId}` : undefined));
}

export async function insertToken(db: Db, row: typeof apiTokens.$inferInsert): Promise<TokenRow> {
  const [r] = await db.insert(apiTokens).values(row).returning();
  return r!;
}

export async function findToken(db: Db, id: string): Promise<TokenRow | undefined> {
  const [r] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
  return r;
}

export async function listTokensOf(db: Db, personId: string): Promise<TokenRow[]> {
  return db.select().from(apiTokens).where(eq(apiTokens.personId, personId)).orderBy(desc(apiTokens.id)).limit(500);
}

export async function setTokenRevoked(db: Db, id: string, at: Date): Promise<void> {
  await db.update(apiTokens).set({ revokedAt: at }).where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)));
}

export async function touchToken(db: Db, id: string, at: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}

export async function revokeTokensOf(db: Db, personId: string, at: Date): Promise<void> {
  await db.update(apiTokens).set({ revokedAt: at }).where(and(eq(apiTokens.personId, personId), isNull(apiTokens.revokedAt)));
}

/** Failures counted for `key` in the current window (0 when the window has passed). */
export async function failuresOf(db: Db, key: string, windowStart: Date): Promise<number> {
  const [r] = await db.select().from(loginAttempts).where(eq(loginAttempts.key, key));
  if (!r || r.windowStart < windowStart) return 0;
  return r.failures;
}

/** Counts one failure for `key`, starting a new window when the old one has passed. */
export async function addFailure(db: Db, key: string, now: Date, windowStart: Date): Promise<void> {
  await db.execute(sql`
    insert into login_attempts (key, window_start, failures) values (${key}, ${now.toISOString()}::timestamptz, 1)
    on conflict (key) do update set
      failures = case when login_attempts.window_start < ${windowStart.toISOString()}::timestamptz then 1 else login_attempts.failures + 1 end,
      window_start = case when login_attempts.window_start < ${windowStart.toISOString()}::timestamptz then excluded.window_start else login_attempts.window_start end`);
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(loginAttempts).where(eq(loginAttempts.key, key));
}

export interface MembershipView {
  orgId: string;
  orgName: string;
  orgNameEn: string | null;
  orgKind: string;
  role: string;
}

/** The organizations a person belongs to, with their role. */
export async function membershipsOf(db: Db, personId: string): Promise<MembershipView[]> {
  return db
    .select({ orgId: memberships.orgId, orgName: organizations.name, orgNameEn: organizations.nameEn, orgKind: organizations.kind, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(eq(memberships.personId, personId))
    .orderBy(asc(organizations.name))
    .limit(1000);
}

export async function findIdentity(db: Db, provider: string, subject: string) {
  const [r] = await db
    .select()
    .from(personIdentities)
    .where(and(eq(personIdentities.provider, provider), eq(personIdentities.subject, subject)));
  return r;
}

export async function insertIdentity(db: Db, row: typeof personIdentities.$inferInsert): Promise<void> {
  await db.insert(personIdentities).values(row);
}


/** A session with its person, in one round trip: this runs on every request. */
export async function findSessionWithPerson(db: Db, tokenHash: string): Promise<{ s: SessionRow; p: PersonRow } | undefined> {
  const [r] = await db.select({ s: sessions, p: people }).from(sessions).innerJoin(people, eq(people.id, sessions.personId)).where(eq(sessions.tokenHash, tokenHash));
  return r;
}

/** A token with its person, in one round trip. */
export async function findTokenWithPerson(db: Db, id: string): Promise<{ t: TokenRow; p: PersonRow } | undefined> {
  const [r] = await db.select({ t: apiTokens, p: people }).from(apiTokens).innerJoin(people, eq(people.id, apiTokens.personId)).where(eq(apiTokens.id, id));
  return r;
}

export type OidcStateRow = typeof oidcStates.$inferSelect;

export async function insertOidcState(db: Db, row: typeof oidcStates.$inferInsert): Promise<void> {
  await db.insert(oidcStates).values(row);
}

/** Deletes and returns the sign-in under way with this state: a state is good for one callback only. */
export async function takeOidcState(db: Db, state: string): Promise<OidcStateRow | undefined> {
  const [r] = await db.delete(oidcStates).where(eq(oidcStates.state, state)).returning();
  return r;
}

/** Forgets sign-ins that were started but never came back. */
export async function deleteExpiredOidcStates(db: Db, now: Date): Promise<void> {
  await db.delete(oidcStates).where(lt(oidcStates.expiresAt, now));
}
