// SQL of review in the calls engine: panels and their members, reviewer assignments and grades,
// declared conflicts, the facts the conflict rules are derived from, and decisions. Identity's
// tables (people, organizations, memberships) are read with plain SQL: another desk's tables are
// reached only through its index, which does not export them.
import { and, asc, desc, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { ApplicationStatus } from './calls.types.ts';
import { applications, calls, conflictDeclarations, decisions, formTemplates, panelMembers, panels, reviewAssignments } from './calls.table.ts';

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;
const textArray = (xs: string[]) => sql`${sql.param([...new Set(xs)])}::text[]`;

export type PanelRow = typeof panels.$inferSelect;
export type PanelMemberRow = typeof panelMembers.$inferSelect;
export type AssignmentRow = typeof reviewAssignments.$inferSelect;
export type DecisionRow = typeof decisions.$inferSelect;
export type AppRow = typeof applications.$inferSelect;
export type CallRow = typeof calls.$inferSelect;
export type TemplateRow = typeof formTemplates.$inferSelect;

// ── identity (read only) ──────────────────────────────────────────────────────────────────

/** Whether an organization exists. */
export async function orgExists(db: Db, orgId: string): Promise<boolean> {
  const r = await db.execute(sql`select 1 from organizations where id = ${orgId}`);
  return rowsOf(r).length > 0;
}

/** Names of organizations by id. */
export async function orgNames(db: Db, ids: string[]): Promise<Map<string, { name: string; nameEn: string | null }>> {
  const out = new Map<string, { name: string; nameEn: string | null }>();
  if (!ids.length) return out;
  const r = await db.execute(sql`select id, name, name_en from organizations where id = any(${textArray(ids)})`);
  for (const x of rowsOf<{ id: string; name: string; name_en: string | null }>(r)) out.set(x.id, { name: x.name, nameEn: x.name_en });
  return out;
}

/** Names and e-mails of people by id (unknown ids are absent). */
export async function peopleBasics(db: Db, ids: string[]): Promise<Map<string, { name: string; email: string }>> {
  const out = new Map<string, { name: string; email: string }>();
  if (!ids.length) return out;
  const r = await db.execute(sql`select id, name, email from people where id = any(${textArray(ids)})`);
  for (const x of rowsOf<{ id: string; name: string; email: string }>(r)) out.set(x.id, { name: x.name, email: x.email });
  return out;
}

/** Person ids by e-mail (lower-cased keys; unknown e-mails are absent). */
export async function peopleByEmail(db: Db, emails: string[]): Promise<Map<string, string>> {
  if (!emails.length) return new Map();
  const r = await db.execute(sql`select id, lower(email) as email from people where lower(email) = any(${textArray(emails.map((e) => e.toLowerCase()))})`);
  return new Map(rowsOf<{ id: string; email: string }>(r).map((x) => [x.email, x.id]));
}

/** The organizations where the person has a standing calls role. */
export async function staffOrgIdsOf(db: Db, personId: string): Promise<string[]> {
  const r = await db.execute(sql`select distinct org_id from call_staff where person_id = ${personId} order by org_id`);
  return rowsOf<{ org_id: string }>(r).map((x) => x.org_id);
}

/** Organizations that run at least one call. */
export async function orgsRunningCalls(db: Db): Promise<string[]> {
  const r = await db.execute(sql`select distinct owner_org_id from calls order by owner_org_id limit 200`);
  return rowsOf<{ owner_org_id: string }>(r).map((x) => x.owner_org_id);
}

// ── calls and applications (read) ─────────────────────────────────────────────────────────

export async function callById(db: Db, id: string): Promise<CallRow | undefined> {
  const [r] = await db.select().from(calls).where(eq(calls.id, id));
  return r;
}

export async function callsByIds(db: Db, ids: string[]): Promise<Map<string, CallRow>> {
  if (!ids.length) return new Map();
  const rows = await db.select().from(calls).where(inArray(calls.id, [...new Set(ids)]));
  return new Map(rows.map((c) => [c.id, c]));
}

/** An application; `lock` holds its row until the transaction ends. */
export async function applicationById(db: Db, id: string, lock = false): Promise<AppRow | undefined> {
  const q = db.select().from(applications).where(eq(applications.id, id));
  const [r] = lock ? await q.for('update') : await q;
  return r;
}

/** Applications by id, in id order; `lock` holds their rows (taken in id order, so two writers never deadlock). */
export async function applicationsByIds(db: Db, ids: string[], lock = false): Promise<AppRow[]> {
  if (!ids.length) return [];
  const q = db.select().from(applications).where(inArray(applications.id, [...new Set(ids)])).orderBy(asc(applications.id));
  return lock ? q.for('update') : q;
}

/** The applications of a call past the draft stage, in creation order; `lock` holds their rows. */
export async function reviewableOfCall(db: Db, callId: string, lock = false): Promise<AppRow[]> {
  const q = db
    .select()
    .from(applications)
    .where(and(eq(applications.callId, callId), ne(applications.status, 'draft')))
    .orderBy(asc(applications.id));
  return lock ? q.for('update') : q;
}

export async function templateById(db: Db, id: string): Promise<TemplateRow | undefined> {
  const [r] = await db.select().from(formTemplates).where(eq(formTemplates.id, id));
  return r;
}

/** Whether the person is the PI or a (not declined) co-applicant of the application. */
export async function isApplicant(db: Db, applicationId: string, personId: string): Promise<boolean> {
  const r = await db.execute(sql`
    select 1 from applications where id = ${applicationId} and pi_id = ${personId}
    union all
    select 1 from application_members where application_id = ${applicationId} and person_id = ${personId} and status <> 'declined'`);
  return rowsOf(r).length > 0;
}

/** Whether the person holds a review assignment on the application that they have not declined. */
export async function isActiveReviewer(db: Db, applicationId: string, personId: string): Promise<boolean> {
  const [r] = await db
    .select({ id: reviewAssignments.id })
    .from(reviewAssignments)
    .where(and(eq(reviewAssignments.applicationId, applicationId), eq(reviewAssignments.reviewerId, personId), ne(reviewAssignments.status, 'declined')))
    .limit(1);
  return r !== undefined;
}

/** Recomputes an application's grade as the mean of its submitted grades (null: none yet); returns it. */
export async function setApplicationGrade(db: Db, applicationId: string, now: Date): Promise<number | null> {
  const r = await db.execute(sql`
    update applications set grade = (
      select avg(grade)::float8 from review_assignments where application_id = ${applicationId} and status = 'submitted'
    ), updated_at = ${now.toISOString()}::timestamptz
    where id = ${applicationId} returning grade`);
  const g = rowsOf<{ grade: number | string | null }>(r)[0]?.grade;
  return g === null || g === undefined ? null : Number(g);
}

// ── panels ────────────────────────────────────────────────────────────────────────────────

export async function insertPanel(db: Db, row: typeof panels.$inferInsert): Promise<PanelRow> {
  const [r] = await db.insert(panels).values(row).returning();
  return r!;
}

export async function panelById(db: Db, id: string): Promise<PanelRow | undefined> {
  const [r] = await db.select().from(panels).where(eq(panels.id, id));
  return r;
}

export async function panelsByIds(db: Db, ids: string[]): Promise<PanelRow[]> {
  if (!ids.length) return [];
  return db.select().from(panels).where(inArray(panels.id, [...new Set(ids)])).orderBy(asc(panels.id));
}

export interface PanelListRow extends PanelRow {
  memberCount: number;
  applicationCount: number;
  myRole: 'chair' | 'reviewer' | null;
}

/**
 * Panels the person may see: those of the organizations in `orgIds` (their staff), every panel
 * when `all` (platform operators), and those the person sits on; newest first.
 */
export async function listPanels(
  db: Db,
  o: { personId: string; all: boolean; orgIds: string[]; ownerOrgId?: string | undefined; scopeRef?: string | undefined; limit: number },
): Promise<PanelListRow[]> {
  const visible = o.all
    ? sql`true`
    : sql`(p.owner_org_id = any(${textArray(o.orgIds)}) or exists (select 1 from panel_members pm where pm.panel_id = p.id and pm.person_id = ${o.personId}))`;
  const r = await db.execute(sql`
    select p.id, p.owner_org_id, p.scope_ref, p.name, p.name_en, p.areas, p.created_at,
           (select count(*)::int from panel_members pm where pm.panel_id = p.id) as member_count,
           (select count(*)::int from applications a where a.panel_id = p.id) as application_count,
           (select pm.role from panel_members pm where pm.panel_id = p.id and pm.person_id = ${o.personId}) as my_role
      from panels p
     where ${visible}
       ${o.ownerOrgId ? sql`and p.owner_org_id = ${o.ownerOrgId}` : sql``}
       ${o.scopeRef ? sql`and p.scope_ref = ${o.scopeRef}` : sql``}
     order by p.id desc
     limit ${o.limit}`);
  return rowsOf<Record<string, unknown>>(r).map((x) => ({
    id: x.id as string,
    ownerOrgId: x.owner_org_id as string,
    scopeRef: (x.scope_ref as string | null) ?? null,
    name: x.name as string,
    nameEn: x.name_en as string,
    areas: (x.areas as string[] | null) ?? [],
    createdAt: new Date(x.created_at as string | Date),
    memberCount: Number(x.member_count),
    applicationCount: Number(x.application_count),
    myRole: (x.my_role as 'chair' | 'reviewer' | null) ?? null,
  }));
}

/** Members of panels, chairs first, then by when they joined. */
export async function membersOfPanels(db: Db, panelIds: string[]): Promise<PanelMemberRow[]> {
  if (!panelIds.length) return [];
  return db
    .select()
    .from(panelMembers)
    .where(inArray(panelMembers.panelId, [...new Set(panelIds)]))
    .orderBy(asc(panelMembers.panelId), sql`case ${panelMembers.role} when 'chair' then 0 else 1 end`, asc(panelMembers.personId));
}

/** The person's seat on a panel, if any. */
export async function panelSeat(db: Db, panelId: string, personId: string): Promise<PanelMemberRow | undefined> {
  const [r] = await db
    .select()
    .from(panelMembers)
    .where(and(eq(panelMembers.panelId, panelId), eq(panelMembers.personId, personId)));
  return r;
}

/** Replaces the members of a panel. */
export async function replacePanelMembers(db: Db, panelId: string, rows: { personId: string; role: 'chair' | 'reviewer'; expertise: string[] }[], now: Date): Promise<void> {
  await db.delete(panelMembers).where(eq(panelMembers.panelId, panelId));
  if (rows.length) await db.insert(panelMembers).values(rows.map((m) => ({ panelId, personId: m.personId, role: m.role, expertise: m.expertise, createdAt: now })));
}

/** Puts applications on a panel. */
export async function setPanelOf(db: Db, ids: string[], panelId: string, now: Date): Promise<void> {
  if (!ids.length) return;
  await db.update(applications).set({ panelId, updatedAt: now }).where(inArray(applications.id, [...new Set(ids)]));
}

export async function applicationsOfPanel(db: Db, panelId: string): Promise<AppRow[]> {
  return db.select().from(applications).where(eq(applications.panelId, panelId)).orderBy(asc(applications.id));
}

// ── assignments ───────────────────────────────────────────────────────────────────────────

export async function assignmentById(db: Db, id: string, lock = false): Promise<AssignmentRow | undefined> {
  const q = db.select().from(reviewAssignments).where(eq(reviewAssignments.id, id));
  const [r] = lock ? await q.for('update') : await q;
  return r;
}

export async function assignmentsOfApps(db: Db, appIds: string[]): Promise<AssignmentRow[]> {
  if (!appIds.length) return [];
  return db
    .select()
    .from(reviewAssignments)
    .where(inArray(reviewAssignments.applicationId, [...new Set(appIds)]))
    .orderBy(asc(reviewAssignments.id));
}

export async function insertAssignment(db: Db, row: typeof reviewAssignments.$inferInsert): Promise<AssignmentRow> {
  const [r] = await db.insert(reviewAssignments).values(row).returning();
  return r!;
}

export async function updateAssignment(db: Db, id: string, patch: Partial<typeof reviewAssignments.$inferInsert>): Promise<AssignmentRow> {
  const [r] = await db.update(reviewAssignments).set(patch).where(eq(reviewAssignments.id, id)).returning();
  return r!;
}

export async function deleteAssignment(db: Db, id: string): Promise<void> {
  await db.delete(reviewAssignments).where(eq(reviewAssignments.id, id));
}

/** Withdraws every live assignment of a person on an application; returns those withdrawn. */
export async function declineAssignmentsOf(db: Db, applicationId: string, personId: string): Promise<AssignmentRow[]> {
  return db
    .update(reviewAssignments)
    .set({ status: 'declined' })
    .where(and(eq(reviewAssignments.applicationId, applicationId), eq(reviewAssignments.reviewerId, personId), ne(reviewAssignments.status, 'declined')))
    .returning();
}

/** Live (not declined) assignments per reviewer among the applications of a call. */
export async function loadsInCall(db: Db, callId: string): Promise<Map<string, number>> {
  const r = await db.execute(sql`
    select ra.reviewer_id, count(*)::int as n
      from review_assignments ra join applications a on a.id = ra.application_id
     where a.call_id = ${callId} and ra.status <> 'declined'
     group by ra.reviewer_id`);
  return new Map(rowsOf<{ reviewer_id: string; n: number }>(r).map((x) => [x.reviewer_id, Number(x.n)]));
}

export interface MineRow {
  a: AssignmentRow;
  app: { id: string; number: string | null; title: string; status: ApplicationStatus; callId: string };
  call: { title: string; titleEn: string; desk: string; closesAt: Date | null };
}

/** A reviewer's assignments, newest first, keyset-paged by id. */
export async function assignmentsOfReviewer(db: Db, personId: string, o: { before?: string | undefined; limit: number }): Promise<MineRow[]> {
  const rows = await db
    .select({
      a: reviewAssignments,
      app: { id: applications.id, number: applications.number, title: applications.title, status: applications.status, callId: applications.callId },
      call: { title: calls.title, titleEn: calls.titleEn, desk: calls.desk, closesAt: calls.closesAt },
    })
    .from(reviewAssignments)
    .innerJoin(applications, eq(applications.id, reviewAssignments.applicationId))
    .innerJoin(calls, eq(calls.id, applications.callId))
    .where(and(eq(reviewAssignments.reviewerId, personId), o.before ? lt(reviewAssignments.id, o.before) : undefined))
    .orderBy(desc(reviewAssignments.id))
    .limit(o.limit + 1);
  return rows;
}

export async function countAssignmentsOfReviewer(db: Db, personId: string): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(reviewAssignments).where(eq(reviewAssignments.reviewerId, personId));
  return Number(r?.n ?? 0);
}

/** Submitted grades per application. */
export async function submittedGrades(db: Db, appIds: string[]): Promise<{ applicationId: string; grade: number }[]> {
  if (!appIds.length) return [];
  const rows = await db
    .select({ applicationId: reviewAssignments.applicationId, grade: reviewAssignments.grade })
    .from(reviewAssignments)
    .where(and(inArray(reviewAssignments.applicationId, [...new Set(appIds)]), eq(reviewAssignments.status, 'submitted')))
    .orderBy(asc(reviewAssignments.applicationId), asc(reviewAssignments.id));
  return rows.flatMap((r) => (r.grade === null ? [] : [{ applicationId: r.applicationId, grade: r.grade }]));
}

// ── conflicts ─────────────────────────────────────────────────────────────────────────────

/** Records a declared conflict (a second declaration keeps the first); true when new. */
export async function insertDeclaration(db: Db, row: typeof conflictDeclarations.$inferInsert): Promise<boolean> {
  const r = await db.insert(conflictDeclarations).values(row).onConflictDoNothing().returning();
  return r.length > 0;
}

export type Pair = { applicationId: string; personId: string };

/** (application, person) pairs where the person is the PI or a not-declined co-applicant. */
export async function proposerPairs(db: Db, appIds: string[], personIds: string[]): Promise<Pair[]> {
  const r = await db.execute(sql`
    select id as app_id, pi_id as person_id from applications
     where id = any(${textArray(appIds)}) and pi_id = any(${textArray(personIds)})
    union
    select application_id, person_id from application_members
     where application_id = any(${textArray(appIds)}) and person_id = any(${textArray(personIds)}) and status <> 'declined'`);
  return pairs(r);
}

/**
 * Pairs where the person belongs to the application's organization or to an organization of
 * any of its people (PI and not-declined co-applicants).
 */
export async function sameOrgPairs(db: Db, appIds: string[], personIds: string[]): Promise<Pair[]> {
  const r = await db.execute(sql`
    with app_orgs as (
      select a.id as app_id, a.org_id from applications a where a.id = any(${textArray(appIds)}) and a.org_id is not null
      union
      select a.id, m.org_id from applications a join memberships m on m.person_id = a.pi_id where a.id = any(${textArray(appIds)})
      union
      select am.application_id, m.org_id from application_members am join memberships m on m.person_id = am.person_id
       where am.application_id = any(${textArray(appIds)}) and am.status <> 'declined'
    )
    select distinct ao.app_id, m.person_id from app_orgs ao join memberships m on m.org_id = ao.org_id
     where m.person_id = any(${textArray(personIds)})`);
  return pairs(r);
}

/**
 * Pairs where the person was an accepted member of another application, submitted at or after
 * `since`, together with someone who is on this application.
 */
export async function coauthorPairs(db: Db, appIds: string[], personIds: string[], since: Date): Promise<Pair[]> {
  const r = await db.execute(sql`
    with people_of as (
      select id as app_id, pi_id as person_id from applications where id = any(${textArray(appIds)})
      union
      select application_id, person_id from application_members
       where application_id = any(${textArray(appIds)}) and person_id is not null and status <> 'declined'
    )
    select distinct po.app_id, rv.person_id
      from people_of po
      join application_members m2 on m2.person_id = po.person_id and m2.application_id <> po.app_id and m2.status = 'accepted'
      join applications a2 on a2.id = m2.application_id and a2.submitted_at is not null and a2.submitted_at >= ${since.toISOString()}::timestamptz
      join application_members rv on rv.application_id = a2.id and rv.status = 'accepted' and rv.person_id <> po.person_id
     where rv.person_id = any(${textArray(personIds)})`);
  return pairs(r);
}

export async function declaredPairs(db: Db, appIds: string[], personIds: string[]): Promise<(Pair & { reason: string })[]> {
  if (!appIds.length || !personIds.length) return [];
  return db
    .select({ applicationId: conflictDeclarations.applicationId, personId: conflictDeclarations.personId, reason: conflictDeclarations.reason })
    .from(conflictDeclarations)
    .where(and(inArray(conflictDeclarations.applicationId, [...new Set(appIds)]), inArray(conflictDeclarations.personId, [...new Set(personIds)])));
}

function pairs(r: unknown): Pair[] {
  return rowsOf<{ app_id: string; person_id: string }>(r).map((x) => ({ applicationId: x.app_id, personId: x.person_id }));
}

// ── decisions ─────────────────────────────────────────────────────────────────────────────

export async function decisionOf(db: Db, applicationId: string): Promise<DecisionRow | undefined> {
  const [r] = await db.select().from(decisions).where(eq(decisions.applicationId, applicationId));
  return r;
}

export async function decisionsOf(db: Db, appIds: string[]): Promise<DecisionRow[]> {
  if (!appIds.length) return [];
  return db.select().from(decisions).where(inArray(decisions.applicationId, [...new Set(appIds)]));
}

export async function insertDecision(db: Db, row: typeof decisions.$inferInsert): Promise<DecisionRow> {
  const [r] = await db.insert(decisions).values(row).returning();
  return r!;
}

export async function setDecisionLetter(db: Db, applicationId: string, letterId: string): Promise<DecisionRow> {
  const [r] = await db.update(decisions).set({ letterId }).where(eq(decisions.applicationId, applicationId)).returning();
  return r!;
}
