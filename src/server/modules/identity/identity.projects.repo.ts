// SQL of projects: the ideas an organization works on, which other desks' artifacts (compute
// jobs, allocations, proposals, …) name.
import { and, asc, eq, isNull, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { countCapped } from '../../db/count.ts';
import { memberships, people, projects, teams } from './identity.table.ts';

export type ProjectRow = typeof projects.$inferSelect;

/** A project with its lead's and team's names. */
export type ProjectListRow = ProjectRow & { leadName: string | null; teamName: string | null };

const listFields = { p: projects, leadName: people.name, teamName: teams.name };

function withNames(r: { p: ProjectRow; leadName: string | null; teamName: string | null }): ProjectListRow {
  return { ...r.p, leadName: r.leadName, teamName: r.teamName };
}

export interface ProjectFilter {
  /** true: only archived; false: only live; undefined: both. */
  archived?: boolean | undefined;
}

function where(orgId: string, f: ProjectFilter): SQL | undefined {
  return and(eq(projects.orgId, orgId), f.archived === true ? isNotNull(projects.archivedAt) : f.archived === false ? isNull(projects.archivedAt) : undefined);
}

/** A keyset page of an organization's projects by code; fetches limit + 1 rows. */
export async function listProjects(db: Db, orgId: string, f: ProjectFilter, after: [string, string] | undefined, limit: number): Promise<ProjectListRow[]> {
  const rows = await db
    .select(listFields)
    .from(projects)
    .leftJoin(people, eq(people.id, projects.leadPersonId))
    .leftJoin(teams, eq(teams.id, projects.teamId))
    .where(and(where(orgId, f), after ? sql`(${projects.code}, ${projects.id}) > (${after[0]}, ${after[1]})` : undefined))
    .orderBy(asc(projects.code), asc(projects.id))
    .limit(limit + 1);
  return rows.map(withNames);
}

export async function countProjects(db: Db, orgId: string, f: ProjectFilter, cap: number): Promise<number> {
  return countCapped(db, projects, where(orgId, f), cap);
}

export async function findProject(db: Db, id: string): Promise<ProjectListRow | undefined> {
  const [r] = await db
    .select(listFields)
    .from(projects)
    .leftJoin(people, eq(people.id, projects.leadPersonId))
    .leftJoin(teams, eq(teams.id, projects.teamId))
    .where(eq(projects.id, id));
  return r ? withNames(r) : undefined;
}

/** Reads a project and locks its row until the transaction ends. */
export async function lockProject(tx: Db, id: string): Promise<ProjectRow | undefined> {
  const [r] = await tx.select().from(projects).where(eq(projects.id, id)).for('update');
  return r;
}

export async function findProjectByCode(db: Db, orgId: string, code: string): Promise<ProjectRow | undefined> {
  const [r] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.orgId, orgId), sql`lower(${projects.code}) = lower(${code})`));
  return r;
}

export async function insertProject(db: Db, row: typeof projects.$inferInsert): Promise<ProjectRow> {
  const [r] = await db.insert(projects).values(row).returning();
  return r!;
}

export async function updateProject(db: Db, id: string, set: Partial<typeof projects.$inferInsert>): Promise<ProjectRow> {
  const [r] = await db.update(projects).set(set).where(eq(projects.id, id)).returning();
  return r!;
}

/** True when the person is a member (any role) of the organization. */
export async function isMember(db: Db, orgId: string, personId: string): Promise<boolean> {
  const [r] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.personId, personId)));
  return r !== undefined;
}

/** The organization a team belongs to, or undefined when there is no such team. */
export async function teamOrg(db: Db, teamId: string): Promise<string | undefined> {
  const [r] = await db.select({ orgId: teams.orgId }).from(teams).where(eq(teams.id, teamId));
  return r?.orgId;
}
