// The cast and the world of the generated security tests: two organizations with people in
// every role, a team, an invitation, a dead job and a facility, and the personas that call the
// API (anonymous, signed-in strangers, org roles, platform staff, API tokens).
// Organization rows are written straight into their tables so that the world does not depend on
// the routes under test; people, sessions and tokens go through the identity desk's services.
import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { apiTokens, facilities, invitations, jobs, memberships, organizations, teamMembers, teams } from '../../src/server/db/schema.ts';
import { systemCtx } from '../../src/server/http/context.ts';
import { createPerson, issueToken, signInAs } from '../../src/server/modules/identity/index.ts';
import { TOKEN_SCOPES, type OrgRole, type PlatformRole, type TokenScope } from '../../src/shared/enums.ts';
import { newId } from '../../src/shared/ids.ts';
import { uniqueEmail, type Agent, type TestApp } from './app.ts';
import { typeOf, type Hints } from './openapi-ops.ts';

export interface PersonRef {
  id: string;
  email: string;
}

/** Everyone the world needs; each is a fresh person without a password (no hashing cost). */
export interface Cast {
  owner: PersonRef;
  orgAdmin: PersonRef;
  member: PersonRef;
  /** A plain member of org A whom routes act on (`personId`): never a caller. */
  victim: PersonRef;
  /** Signed in, in no organization. */
  outsider: PersonRef;
  /** Owner of org B and of nothing in org A. */
  otherOrg: PersonRef;
  operator: PersonRef;
  platformAdmin: PersonRef;
  /** Platform admin and owner of org A: its tokens are refused only for their scope. */
  tokenHolder: PersonRef;
}

export interface World {
  cast: Cast;
  orgA: string;
  orgB: string;
  teamId: string;
  invitation: { id: string; token: string; email: string };
  jobId: string;
  facilityId: string;
  /** A live token of the victim: another person's object for `self` routes. */
  victimTokenId: string;
  /** The app's first configured OIDC provider, or a name no provider has. */
  provider: string;
}

const ctx = () => systemCtx('test');
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

async function person(t: TestApp, tag: string, platformRole?: PlatformRole): Promise<PersonRef> {
  const p = await createPerson(t.deps, ctx(), { email: uniqueEmail(tag), name: `${tag} 测试`, ...(platformRole ? { platformRole } : {}) });
  return { id: p.id, email: p.email };
}

/** Creates the cast: nine fresh people. */
export async function createCast(t: TestApp): Promise<Cast> {
  return {
    owner: await person(t, 'owner'),
    orgAdmin: await person(t, 'orgadmin'),
    member: await person(t, 'member'),
    victim: await person(t, 'victim'),
    outsider: await person(t, 'outsider'),
    otherOrg: await person(t, 'otherorg'),
    operator: await person(t, 'operator', 'operator'),
    platformAdmin: await person(t, 'padmin', 'admin'),
    tokenHolder: await person(t, 'tokenholder', 'admin'),
  };
}

/** Builds two organizations around `cast` (a fresh cast when none is given) and their objects. */
export async function buildWorld(t: TestApp, given?: Cast): Promise<World> {
  const cast = given ?? (await createCast(t));
  const db = t.deps.db.db;
  const now = t.deps.now();
  const tag = randomBytes(4).toString('hex');
  const orgA = newId('organization');
  const orgB = newId('organization');
  await db.insert(organizations).values([
    { id: orgA, name: `测试大学 ${tag}`, nameEn: `Test University ${tag}`, kind: 'university', city: '上海', createdAt: now, updatedAt: now },
    { id: orgB, name: `别的公司 ${tag}`, nameEn: `Other Startup ${tag}`, kind: 'startup', city: '上海', createdAt: now, updatedAt: now },
  ]);
  const roles: [string, PersonRef, OrgRole][] = [
    [orgA, cast.owner, 'owner'],
    [orgA, cast.tokenHolder, 'owner'],
    [orgA, cast.orgAdmin, 'admin'],
    [orgA, cast.member, 'member'],
    [orgA, cast.victim, 'member'],
    [orgB, cast.otherOrg, 'owner'],
  ];
  await db.insert(memberships).values(roles.map(([orgId, p, role]) => ({ id: newId('membership'), orgId, personId: p.id, role, createdAt: now })));
  const teamId = newId('team');
  await db.insert(teams).values({ id: teamId, orgId: orgA, name: `光源组 ${tag}`, description: 'beamline group', createdAt: now, updatedAt: now });
  await db.insert(teamMembers).values([
    { teamId, personId: cast.member.id, createdAt: now },
    { teamId, personId: cast.victim.id, createdAt: now },
  ]);
  const invToken = randomBytes(32).toString('base64url');
  const invitation = { id: newId('invitation'), token: invToken, email: uniqueEmail('invitee') };
  await db.insert(invitations).values({
    id: invitation.id,
    orgId: orgA,
    email: invitation.email,
    role: 'member',
    tokenHash: sha256(invToken),
    invitedBy: cast.owner.id,
    createdAt: now,
    expiresAt: new Date(now.getTime() + 7 * 86_400_000),
  });
  // A dead job, so that retry has something to retry.
  const jobId = newId('job');
  await db.insert(jobs).values({ id: jobId, kind: 'test.noop', payload: {}, status: 'dead', attempts: 8, maxAttempts: 8, runAt: now, lastError: 'test', createdAt: now, finishedAt: now });
  const facilityId = newId('facility');
  await db.insert(facilities).values({
    id: facilityId,
    code: `TF-${tag}`,
    name: `测试光源 ${tag}`,
    nameEn: `Test Light Source ${tag}`,
    kind: 'synchrotron',
    status: 'operating',
    operatorOrgId: orgA,
    createdAt: now,
  });
  // Written directly: the victim may have been disabled by an earlier request, and the token only
  // has to exist (its secret is never used).
  const victimTokenId = newId('token');
  await db.insert(apiTokens).values({
    id: victimTokenId,
    personId: cast.victim.id,
    name: 'victim token',
    secretHash: sha256(randomBytes(32).toString('hex')),
    scopes: ['profile:read'],
    createdAt: now,
    expiresAt: new Date(now.getTime() + 30 * 86_400_000),
  });
  const provider = t.deps.config.oidcProviders[0]?.id ?? 'unconfigured';
  return { cast, orgA, orgB, teamId, invitation, jobId, facilityId, victimTokenId, provider };
}

/** Puts the world's dead job back to dead (a retry earlier in the run queued it). */
export async function resetJob(t: TestApp, w: World): Promise<void> {
  await t.deps.db.db.update(jobs).set({ status: 'dead', attempts: 8 }).where(eq(jobs.id, w.jobId));
}

/** A fresh browser session for `p` (no password needed): cookie and CSRF token. */
export async function sessionOf(t: TestApp, p: PersonRef): Promise<Agent> {
  const { session } = await signInAs(t.deps, ctx(), p.id, { userAgent: 'access-test', ip: null }, 'test');
  return { personId: p.id, email: p.email, cookie: session.token, csrf: session.csrfToken };
}

/** A fresh API token for `p` with `scopes`; returns the agent and the token's id. */
export async function tokenOf(t: TestApp, p: PersonRef, scopes: readonly TokenScope[]): Promise<Agent & { tokenId: string }> {
  const r = await issueToken(t.deps, ctx(), p.id, { name: `test ${scopes.length}`, scopes: [...scopes], expiresInDays: 30 });
  return { personId: p.id, email: p.email, token: r.secret, tokenId: r.token.id };
}

/** Every scope but `scope` (every scope when the route names none). */
export function scopesWithout(scope: TokenScope | undefined): TokenScope[] {
  return TOKEN_SCOPES.filter((s) => s !== scope);
}

/** Who calls: how the persona authenticates and what it is in org A and on the platform. */
export interface Persona {
  key: string;
  /** Column header of the printed matrix. */
  short: string;
  kind: 'anonymous' | 'session' | 'token-without-scope' | 'token-with-scope';
  who?: keyof Cast;
  /** Role in org A, the organization every object of the world belongs to. */
  orgRole: OrgRole | null;
  platformRole: PlatformRole | null;
}

/** The personas of the access matrix, in column order. */
export const PERSONAS: Persona[] = [
  { key: 'anonymous', short: 'anon', kind: 'anonymous', orgRole: null, platformRole: null },
  { key: 'signed-in, no org', short: 'nobody', kind: 'session', who: 'outsider', orgRole: null, platformRole: null },
  { key: 'other org owner', short: 'other', kind: 'session', who: 'otherOrg', orgRole: null, platformRole: null },
  { key: 'org member', short: 'member', kind: 'session', who: 'member', orgRole: 'member', platformRole: null },
  { key: 'org admin', short: 'oadmin', kind: 'session', who: 'orgAdmin', orgRole: 'admin', platformRole: null },
  { key: 'org owner', short: 'owner', kind: 'session', who: 'owner', orgRole: 'owner', platformRole: null },
  { key: 'platform operator', short: 'oper', kind: 'session', who: 'operator', orgRole: null, platformRole: 'operator' },
  { key: 'platform admin', short: 'padmin', kind: 'session', who: 'platformAdmin', orgRole: null, platformRole: 'admin' },
  { key: 'token lacking the scope', short: 'tok-', kind: 'token-without-scope', who: 'tokenHolder', orgRole: 'owner', platformRole: 'admin' },
  { key: 'token with the scope', short: 'tok+', kind: 'token-with-scope', who: 'tokenHolder', orgRole: 'owner', platformRole: 'admin' },
];

/** Signs the persona in for one request (a fresh session or token, so no request spoils another). */
export async function agentOf(t: TestApp, w: World, p: Persona, scope: TokenScope | undefined): Promise<(Agent & { tokenId?: string }) | undefined> {
  if (p.kind === 'anonymous' || !p.who) return undefined;
  const ref = w.cast[p.who];
  if (p.kind === 'session') return sessionOf(t, ref);
  return tokenOf(t, ref, p.kind === 'token-with-scope' ? TOKEN_SCOPES : scopesWithout(scope));
}

/**
 * The world's object for a path parameter of that name. `ownTokenId` is the caller's own token;
 * `foreign` asks for another person's object instead (for `self` routes).
 */
export function paramOf(name: string, w: World, opts: { ownTokenId?: string | undefined; foreign?: boolean } = {}): string {
  switch (name) {
    case 'orgId':
      return w.orgA;
    case 'teamId':
      return w.teamId;
    case 'personId':
      return w.cast.victim.id;
    case 'invitationId':
      return w.invitation.id;
    case 'tokenId':
      return opts.foreign || !opts.ownTokenId ? w.victimTokenId : opts.ownTokenId;
    case 'jobId':
      return w.jobId;
    case 'token':
      return w.invitation.token;
    case 'facilityId':
      return w.facilityId;
    case 'provider':
      return w.provider;
    default:
      // An object the world does not know: allowed callers get a 404, refused ones must still be refused.
      return `${name}_00000000000000000000000000`;
  }
}

export const STRONG_PASSWORD = 'Correct-Horse-Battery-42';

/** Values for body and query fields that the schema alone cannot fill sensibly (fixture ids, roles). */
export function hintsOf(w: World): Hints {
  return (name, s) => {
    const type = typeOf(s);
    if (type === 'string') {
      if (name === 'personId') return w.cast.victim.id;
      if (name === 'orgId') return w.orgA;
      if (name === 'teamId') return w.teamId;
      if (name === 'facilityId') return w.facilityId;
      if (/password/i.test(name)) return STRONG_PASSWORD;
      if (name === 'returnTo') return '/';
      if (name === 'role' && s.enum?.includes('member')) return 'member';
    }
    if (type === 'array' && name === 'scopes') return ['profile:read'];
    return undefined;
  };
}
