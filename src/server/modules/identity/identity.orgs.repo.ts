// SQL of organizations, memberships, invitations and teams.
import { and, asc, desc, eq, gt, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { countCapped } from '../../db/count.ts';
import type { OrgKind, OrgRole } from '../../../shared/enums.ts';
import { escapeLike } from './identity.repo.ts';
import { invitations, memberships, organizations, people, teamMembers, teams } from './identity.table.ts';

export type OrgRow = typeof organizations.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;
export type InvitationRow = typeof invitations.$inferSelect;
export type TeamRow = typeof teams.$inferSelect;

/** An organization with its member count and the viewer's role (null when none or no viewer). */
export type OrgListRow = OrgRow & { memberCount: number; myRole: OrgRole | null };

/** A member of an organization with the person's name and e-mail. */
export interface MemberRow {
  personId: string;
  name: string;
  email: string;
  role: OrgRole;
  joinedAt: Date;
}

/** A member of a team with the person's name and e-mail. */
export interface TeamMemberRow {
  personId: string;
  name: string;
  email: string;
  addedAt: Date;
}

export type TeamListRow = TeamRow & { memberCount: number };

// Correlated subqueries: at most one page of rows asks, each through the (org_id, person_id)
// index. Written with qualified names because Drizzle leaves columns of a one-table select
// unqualified, which inside the subquery would name the inner table's columns.
const orgMemberCount = sql<number>`(select count(*)::int from memberships m where m.org_id = organizations.id)`;
const roleOfViewer = (viewerId: string | null) =>
  viewerId
    ? sql<OrgRole | null>`(select m.role from memberships m where m.org_id = organizations.id and m.person_id = ${viewerId})`
    : sql<OrgRole | null>`null::text`;
const teamMemberCount = sql<number>`(select count(*)::int from team_members tm where tm.team_id = teams.id)`;

const cappedCount = countCapped;

// ---- organizations

export async function insertOrg(db: Db, row: typeof organizations.$inferInsert): Promise<OrgRow> {
  const [r] = await db.insert(organizations).values(row).returning();
  return r!;
}

export async function findOrg(db: Db, id: string): Promise<OrgRow | undefined> {
  const [r] = await db.select().from(organizations).where(eq(organizations.id, id));
  return r;
}

/** Reads an organization and locks its row until the transaction ends: membership changes of one organization run one at a time, so "keep one owner" cannot be raced past. */
export async function lockOrg(tx: Db, id: string): Promise<OrgRow | undefined> {
  const [r] = await tx.select().from(organizations).where(eq(organizations.id, id)).for('update');
  return r;
}

export async function updateOrg(db: Db, id: string, set: Partial<typeof organizations.$inferInsert>): Promise<OrgRow> {
  const [r] = await db.update(organizations).set(set).where(eq(organizations.id, id)).returning();
  return r!;
}

/** One organization with its member count and the viewer's role. */
export async function findOrgWithCounts(db: Db, id: string, viewerId: string | null): Promise<OrgListRow | undefined> {
  const [r] = await db
    .select({ org: organizations, memberCount: orgMemberCount, myRole: roleOfViewer(viewerId) })
    .from(organizations)
    .where(eq(organizations.id, id));
  return r ? { ...r.org, memberCount: Number(r.memberCount), myRole: r.myRole ?? null } : undefined;
}

export interface OrgFilter {
  q?: string | undefined;
  kind?: OrgKind | undefined;
}

function orgWhere(f: OrgFilter): SQL | undefined {
  const pattern = f.q ? `%${escapeLike(f.q)}%` : undefined;
  return and(
    pattern ? or(ilike(organizations.name, pattern), ilike(organizations.nameEn, pattern)) : undefined,
    f.kind ? eq(organizations.kind, f.kind) : undefined,
  );
}

/** Keyset page of organizations ordered by (name, id), `limit + 1` rows. */
export async function listOrgs(db: Db, f: OrgFilter, after: [string, string] | undefined, viewerId: string | null, limit: number): Promise<OrgListRow[]> {
  const rows = await db
    .select({ org: organizations, memberCount: orgMemberCount, myRole: roleOfViewer(viewerId) })
    .from(organizations)
    .where(and(orgWhere(f), after ? sql`(${organizations.name}, ${organizations.id}) > (${after[0]}, ${after[1]})` : undefined))
    .orderBy(asc(organizations.name), asc(organizations.id))
    .limit(limit + 1);
  return rows.map((r) => ({ ...r.org, memberCount: Number(r.memberCount), myRole: r.myRole ?? null }));
}

export async function countOrgs(db: Db, f: OrgFilter, cap: number): Promise<number> {
  return cappedCount(db, organizations, orgWhere(f), cap);
}

// ---- memberships

/** The person's role in the organization, or undefined. */
export async function roleOf(db: Db, orgId: string, personId: string): Promise<OrgRole | undefined> {
  const [r] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.personId, personId)));
  return r?.role;
}

export async function insertMembership(db: Db, row: typeof memberships.$inferInsert): Promise<MembershipRow> {
  const [r] = await db.insert(memberships).values(row).returning();
  return r!;
}

const memberFields = {
  personId: memberships.personId,
  name: people.name,
  email: people.email,
  role: memberships.role,
  joinedAt: memberships.createdAt,
};

export async function findMember(db: Db, orgId: string, personId: string): Promise<MemberRow | undefined> {
  const [r] = await db
    .select(memberFields)
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.personId, personId)));
  return r;
}

/** A member found by e-mail (lower-cased), to refuse inviting someone already in. */
export async function findMemberByEmail(db: Db, orgId: string, email: string): Promise<MemberRow | undefined> {
  const [r] = await db
    .select(memberFields)
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(eq(memberships.orgId, orgId), eq(people.email, email)));
  return r;
}

/** Keyset page of an organization's members ordered by (name, person id), `limit + 1` rows. */
export async function listMembers(db: Db, orgId: string, after: [string, string] | undefined, limit: number): Promise<MemberRow[]> {
  return db
    .select(memberFields)
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(eq(memberships.orgId, orgId), after ? sql`(${people.name}, ${people.id}) > (${after[0]}, ${after[1]})` : undefined))
    .orderBy(asc(people.name), asc(people.id))
    .limit(limit + 1);
}

export async function countMembers(db: Db, orgId: string, cap: number): Promise<number> {
  return cappedCount(db, memberships, eq(memberships.orgId, orgId), cap);
}

export async function countOwners(db: Db, orgId: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'owner')));
  return Number(r?.n ?? 0);
}

export async function setMemberRole(db: Db, orgId: string, personId: string, role: OrgRole): Promise<void> {
  await db
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.orgId, orgId), eq(memberships.personId, personId)));
}

/** Removes a person from an organization and from every team of it, returning the team ids left. */
export async function deleteMembership(db: Db, orgId: string, personId: string): Promise<string[]> {
  const left = await db
    .delete(teamMembers)
    .where(and(eq(teamMembers.personId, personId), inArray(teamMembers.teamId, db.select({ id: teams.id }).from(teams).where(eq(teams.orgId, orgId)))))
    .returning({ teamId: teamMembers.teamId });
  await db.delete(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.personId, personId)));
  return left.map((r) => r.teamId);
}

// ---- invitations

export async function insertInvitation(db: Db, row: typeof invitations.$inferInsert): Promise<InvitationRow> {
  const [r] = await db.insert(invitations).values(row).returning();
  return r!;
}

export async function findInvitation(db: Db, id: string): Promise<InvitationRow | undefined> {
  const [r] = await db.select().from(invitations).where(eq(invitations.id, id));
  return r;
}

export async function findInvitationByHash(db: Db, tokenHash: string): Promise<InvitationRow | undefined> {
  const [r] = await db.select().from(invitations).where(eq(invitations.tokenHash, tokenHash));
  return r;
}

export type InvitationStatusFilter = 'pending' | 'accepted' | 'revoked' | 'expired';

function invitationWhere(orgId: string, status: InvitationStatusFilter | undefined, now: Date): SQL | undefined {
  const open = and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt));
  const byStatus =
    status === 'pending'
      ? and(open, gt(invitations.expiresAt, now))
      : status === 'expired'
        ? and(open, lte(invitations.expiresAt, now))
        : status === 'accepted'
          ? sql`${invitations.acceptedAt} is not null`
          : status === 'revoked'
            ? and(isNull(invitations.acceptedAt), sql`${invitations.revokedAt} is not null`)
            : undefined;
  return and(eq(invitations.orgId, orgId), byStatus);
}

/** Keyset page of an organization's invitations, newest first, `limit + 1` rows. */
export async function listInvitations(
  db: Db,
  orgId: string,
  status: InvitationStatusFilter | undefined,
  now: Date,
  beforeId: string | undefined,
  limit: number,
): Promise<InvitationRow[]> {
  return db
    .select()
    .from(invitations)
    .where(and(invitationWhere(orgId, status, now), beforeId ? sql`${invitations.id} < ${beforeId}` : undefined))
    .orderBy(desc(invitations.id))
    .limit(limit + 1);
}

export async function countInvitations(db: Db, orgId: string, status: InvitationStatusFilter | undefined, now: Date, cap: number): Promise<number> {
  return cappedCount(db, invitations, invitationWhere(orgId, status, now), cap);
}

/** Revokes the open invitations of an organization to one e-mail; returns them as they were. */
export async function revokeOpenInvitationsTo(db: Db, orgId: string, email: string, now: Date): Promise<InvitationRow[]> {
  const open = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.orgId, orgId), eq(invitations.email, email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
  if (open.length > 0) {
    await db.update(invitations).set({ revokedAt: now }).where(inArray(invitations.id, open.map((r) => r.id)));
  }
  return open;
}

export async function setInvitationRevoked(db: Db, id: string, now: Date): Promise<InvitationRow | undefined> {
  const [r] = await db
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.id, id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .returning();
  return r;
}

/** Marks an open, unexpired invitation accepted; undefined when another request closed it first. */
export async function setInvitationAccepted(db: Db, id: string, personId: string, now: Date): Promise<InvitationRow | undefined> {
  const [r] = await db
    .update(invitations)
    .set({ acceptedAt: now, acceptedBy: personId })
    .where(and(eq(invitations.id, id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)))
    .returning();
  return r;
}

// ---- teams

export async function insertTeam(db: Db, row: typeof teams.$inferInsert): Promise<TeamRow> {
  const [r] = await db.insert(teams).values(row).returning();
  return r!;
}

export async function findTeam(db: Db, id: string): Promise<TeamRow | undefined> {
  const [r] = await db.select().from(teams).where(eq(teams.id, id));
  return r;
}

export async function findTeamWithCount(db: Db, id: string): Promise<TeamListRow | undefined> {
  const [r] = await db.select({ team: teams, memberCount: teamMemberCount }).from(teams).where(eq(teams.id, id));
  return r ? { ...r.team, memberCount: Number(r.memberCount) } : undefined;
}

/** A team of the organization whose name equals `name` ignoring case (other than `exceptId`). */
export async function findTeamByName(db: Db, orgId: string, name: string, exceptId?: string): Promise<TeamRow | undefined> {
  const [r] = await db
    .select()
    .from(teams)
    .where(and(eq(teams.orgId, orgId), sql`lower(${teams.name}) = lower(${name})`, exceptId ? sql`${teams.id} <> ${exceptId}` : undefined))
    .limit(1);
  return r;
}

export async function updateTeam(db: Db, id: string, set: Partial<typeof teams.$inferInsert>): Promise<TeamRow> {
  const [r] = await db.update(teams).set(set).where(eq(teams.id, id)).returning();
  return r!;
}

/** Deletes a team and its member list. */
export async function deleteTeam(db: Db, id: string): Promise<void> {
  await db.delete(teamMembers).where(eq(teamMembers.teamId, id));
  await db.delete(teams).where(eq(teams.id, id));
}

/** Keyset page of an organization's teams ordered by (name, id), `limit + 1` rows. */
export async function listTeams(db: Db, orgId: string, after: [string, string] | undefined, limit: number): Promise<TeamListRow[]> {
  const rows = await db
    .select({ team: teams, memberCount: teamMemberCount })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), after ? sql`(${teams.name}, ${teams.id}) > (${after[0]}, ${after[1]})` : undefined))
    .orderBy(asc(teams.name), asc(teams.id))
    .limit(limit + 1);
  return rows.map((r) => ({ ...r.team, memberCount: Number(r.memberCount) }));
}

export async function countTeams(db: Db, orgId: string, cap: number): Promise<number> {
  return cappedCount(db, teams, eq(teams.orgId, orgId), cap);
}

const teamMemberFields = { personId: teamMembers.personId, name: people.name, email: people.email, addedAt: teamMembers.createdAt };

export async function findTeamMember(db: Db, teamId: string, personId: string): Promise<TeamMemberRow | undefined> {
  const [r] = await db
    .select(teamMemberFields)
    .from(teamMembers)
    .innerJoin(people, eq(people.id, teamMembers.personId))
    .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.personId, personId)));
  return r;
}

export async function insertTeamMember(db: Db, row: typeof teamMembers.$inferInsert): Promise<void> {
  await db.insert(teamMembers).values(row);
}

export async function deleteTeamMember(db: Db, teamId: string, personId: string): Promise<void> {
  await db.delete(teamMembers).where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.personId, personId)));
}

/** Keyset page of a team's members ordered by (name, person id), `limit + 1` rows. */
export async function listTeamMembers(db: Db, teamId: string, after: [string, string] | undefined, limit: number): Promise<TeamMemberRow[]> {
  return db
    .select(teamMemberFields)
    .from(teamMembers)
    .innerJoin(people, eq(people.id, teamMembers.personId))
    .where(and(eq(teamMembers.teamId, teamId), after ? sql`(${people.name}, ${people.id}) > (${after[0]}, ${after[1]})` : undefined))
    .orderBy(asc(people.name), asc(people.id))
    .limit(limit + 1);
}

export async function countTeamMembers(db: Db, teamId: string, cap: number): Promise<number> {
  return cappedCount(db, teamMembers, eq(teamMembers.teamId, teamId), cap);
}
