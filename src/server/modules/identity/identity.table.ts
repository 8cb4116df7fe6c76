import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Locale, OrgKind, OrgRole, PlatformRole, TokenScope } from '../../../shared/enums.ts';

const ts = () => timestamp({ withTimezone: true, precision: 3 });

/** A person with an account. E-mail is stored lower-cased and is unique. */
export const people = pgTable(
  'people',
  {
    id: text().primaryKey(),
    email: text().notNull(),
    name: text().notNull(),
    // PHC string of argon2id; null for accounts that sign in only through OIDC or were invited.
    passwordHash: text(),
    locale: text().$type<Locale>().notNull().default('zh-CN'),
    platformRole: text().$type<PlatformRole>(),
    disabledAt: ts(),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('people_email_uq').on(t.email), index('people_name_idx').on(t.name)],
);

/** An organization: a university, institute, enterprise, startup, provider, investor, … */
export const organizations = pgTable(
  'organizations',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    nameEn: text(),
    kind: text().$type<OrgKind>().notNull(),
    city: text(),
    description: text(),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [index('organizations_kind_idx').on(t.kind, t.id), index('organizations_name_idx').on(t.name)],
);

/** A person's role in an organization. */
export const memberships = pgTable(
  'memberships',
  {
    id: text().primaryKey(),
    orgId: text()
      .notNull()
      .references(() => organizations.id),
    personId: text()
      .notNull()
      .references(() => people.id),
    role: text().$type<OrgRole>().notNull(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('memberships_org_person_uq').on(t.orgId, t.personId), index('memberships_person_idx').on(t.personId)],
);

/** A team inside an organization (a lab, a project group). */
export const teams = pgTable(
  'teams',
  {
    id: text().primaryKey(),
    orgId: text()
      .notNull()
      .references(() => organizations.id),
    name: text().notNull(),
    description: text(),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('teams_org_name_uq').on(t.orgId, t.name)],
);

/**
 * A project of an organization: the idea that artifacts of every desk serve (compute jobs and
 * allocations now; proposals, datasets, listings and contracts as their desks name it), so that
 * one page can show an idea's whole path.
 */
export const projects = pgTable(
  'projects',
  {
    id: text().primaryKey(),
    orgId: text()
      .notNull()
      .references(() => organizations.id),
    code: text().notNull(),
    name: text().notNull(),
    nameEn: text(),
    summary: text(),
    leadPersonId: text().references(() => people.id),
    teamId: text().references(() => teams.id),
    archivedAt: ts(),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('projects_org_code_uq').on(t.orgId, t.code), index('projects_org_idx').on(t.orgId, t.id)],
);

/** Members of a team; each must be a member of the team's organization. */
export const teamMembers = pgTable(
  'team_members',
  {
    teamId: text()
      .notNull()
      .references(() => teams.id),
    personId: text()
      .notNull()
      .references(() => people.id),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.personId] }), index('team_members_person_idx').on(t.personId)],
);

/** An invitation by e-mail to join an organization; the token is known only to the mail. */
export const invitations = pgTable(
  'invitations',
  {
    id: text().primaryKey(),
    orgId: text()
      .notNull()
      .references(() => organizations.id),
    email: text().notNull(),
    role: text().$type<OrgRole>().notNull(),
    // sha256 of the token in the invitation link
    tokenHash: text().notNull(),
    invitedBy: text()
      .notNull()
      .references(() => people.id),
    createdAt: ts().notNull().defaultNow(),
    expiresAt: ts().notNull(),
    acceptedAt: ts(),
    acceptedBy: text().references(() => people.id),
    revokedAt: ts(),
  },
  (t) => [uniqueIndex('invitations_token_uq').on(t.tokenHash), index('invitations_org_idx').on(t.orgId, t.id)],
);

/** A browser session. The cookie holds a random token; only its sha256 is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    tokenHash: text().notNull(),
    personId: text()
      .notNull()
      .references(() => people.id),
    csrfToken: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
    lastSeenAt: ts().notNull().defaultNow(),
    // absolute timeout; the idle timeout is lastSeenAt + config
    expiresAt: ts().notNull(),
    revokedAt: ts(),
    userAgent: text(),
    ip: text(),
  },
  (t) => [uniqueIndex('sessions_token_uq').on(t.tokenHash), index('sessions_person_idx').on(t.personId)],
);

/** An API token: `pjt_<id>.<secret>`; only sha256 of the secret is stored. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: text().primaryKey(),
    personId: text()
      .notNull()
      .references(() => people.id),
    name: text().notNull(),
    secretHash: text().notNull(),
    scopes: text().array().$type<TokenScope[]>().notNull(),
    createdAt: ts().notNull().defaultNow(),
    expiresAt: ts().notNull(),
    lastUsedAt: ts(),
    revokedAt: ts(),
  },
  (t) => [index('api_tokens_person_idx').on(t.personId, t.id)],
);

/** Failed sign-ins counted per key (`email:…` or `ip:…`) in a fixed window, for throttling. */
export const loginAttempts = pgTable('login_attempts', {
  key: text().primaryKey(),
  windowStart: ts().notNull(),
  failures: integer().notNull(),
});

/** A person's account at an institution's OpenID Connect provider. */
export const personIdentities = pgTable(
  'person_identities',
  {
    id: text().primaryKey(),
    personId: text()
      .notNull()
      .references(() => people.id),
    provider: text().notNull(),
    subject: text().notNull(),
    email: text(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('person_identities_uq').on(t.provider, t.subject), index('person_identities_person_idx').on(t.personId)],
);

/** An OIDC sign-in under way: state, PKCE verifier and nonce, kept until the callback or expiry. */
export const oidcStates = pgTable('oidc_states', {
  state: text().primaryKey(),
  provider: text().notNull(),
  codeVerifier: text().notNull(),
  nonce: text().notNull(),
  returnTo: text().notNull(),
  expiresAt: ts().notNull(),
});
