// SQL of the calls engine: form templates, calls, applications, their members, events, files and links.
import { and, asc, desc, eq, getTableColumns, inArray, lt, max, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { ApplicationStatus, CallStatus } from './calls.types.ts';
import { applicationEvents, applicationFiles, applicationLinks, applicationMembers, applications, calls, formTemplates } from './calls.table.ts';

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

export type TemplateRow = typeof formTemplates.$inferSelect;
export type CallRow = typeof calls.$inferSelect;
export type ApplicationRow = typeof applications.$inferSelect;
export type MemberRow = typeof applicationMembers.$inferSelect;
export type EventRow = typeof applicationEvents.$inferSelect;
export type FileRow = typeof applicationFiles.$inferSelect;

// ── form templates ────────────────────────────────────────────────────────────────────────

/** Inserts a template version. */
export async function insertTemplate(db: Db, row: typeof formTemplates.$inferInsert): Promise<TemplateRow> {
  const [r] = await db.insert(formTemplates).values(row).returning();
  return r!;
}

/** A template version by id. */
export async function templateById(db: Db, id: string): Promise<TemplateRow | undefined> {
  const [r] = await db.select().from(formTemplates).where(eq(formTemplates.id, id));
  return r;
}

/** The highest version of a key (0 when the key is new). */
export async function latestVersionOf(db: Db, key: string): Promise<number> {
  const [r] = await db.select({ v: max(formTemplates.version) }).from(formTemplates).where(eq(formTemplates.key, key));
  return r?.v ?? 0;
}

/** Serializes new versions of one key: a transaction-scoped advisory lock on the key. */
export async function lockTemplateKey(db: Db, key: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${'form_templates:' + key}))`);
}

/** Template versions by (key asc, version desc), optionally of one key, keyset-paged by id. */
export async function listTemplates(db: Db, o: { key?: string; latestOnly: boolean; after?: string; limit: number }): Promise<TemplateRow[]> {
  const where: SQL[] = [];
  if (o.key) where.push(eq(formTemplates.key, o.key));
  if (o.latestOnly) {
    where.push(sql`${formTemplates.version} = (select max(f2.version) from form_templates f2 where f2.key = ${formTemplates.key})`);
  }
  if (o.after) where.push(lt(formTemplates.id, o.after));
  return db
    .select()
    .from(formTemplates)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(formTemplates.id))
    .limit(o.limit + 1);
}

// ── calls ─────────────────────────────────────────────────────────────────────────────────

/** Inserts a call. */
export async function insertCall(db: Db, row: typeof calls.$inferInsert): Promise<CallRow> {
  const [r] = await db.insert(calls).values(row).returning();
  return r!;
}

/** A call by id; `lock` holds its row until the transaction ends. */
export async function callById(db: Db, id: string, lock = false): Promise<CallRow | undefined> {
  const q = db.select().from(calls).where(eq(calls.id, id));
  const [r] = lock ? await q.for('update') : await q;
  return r;
}

/** A call by its organization and code. */
export async function callByCode(db: Db, ownerOrgId: string, code: string): Promise<CallRow | undefined> {
  const [r] = await db
    .select()
    .from(calls)
    .where(and(eq(calls.ownerOrgId, ownerOrgId), eq(calls.code, code)));
  return r;
}

/** Updates a call. */
export async function updateCall(db: Db, id: string, patch: Partial<typeof calls.$inferInsert>): Promise<CallRow> {
  const [r] = await db.update(calls).set(patch).where(eq(calls.id, id)).returning();
  return r!;
}

// Open calls first, then by deadline (continuous last), then newest.
const statusRank = sql<number>`case ${calls.status} when 'open' then 0 when 'draft' then 1 when 'closed' then 2 else 3 end`;

/**
 * Calls matching the filters, open ones first. Drafts are listed only for the organizations in
 * `draftsOf` (their staff), or for everyone's when `allDrafts`.
 */
export async function listCalls(
  db: Db,
  o: { desk?: string; scopeRef?: string; status?: CallStatus; ownerOrgId?: string; draftsOf: string[]; allDrafts: boolean; offset: number; limit: number },
): Promise<{ rows: CallRow[]; total: number }> {
  const where: SQL[] = [];
  if (o.desk) where.push(eq(calls.desk, o.desk));
  if (o.scopeRef) where.push(eq(calls.scopeRef, o.scopeRef));
  if (o.status) where.push(eq(calls.status, o.status));
  if (o.ownerOrgId) where.push(eq(calls.ownerOrgId, o.ownerOrgId));
  if (!o.allDrafts) {
    where.push(o.draftsOf.length ? or(ne(calls.status, 'draft'), inArray(calls.ownerOrgId, o.draftsOf))! : ne(calls.status, 'draft'));
  }
  const cond = where.length ? and(...where) : undefined;
  const rows = await db
    .select()
    .from(calls)
    .where(cond)
    .orderBy(statusRank, sql`${calls.closesAt} asc nulls last`, desc(calls.id))
    .offset(o.offset)
    .limit(o.limit + 1);
  const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(calls).where(cond);
  return { rows, total: Number(c?.n ?? 0) };
}

/** The organizations where the person has a standing calls role. */
export async function staffOrgsOf(db: Db, personId: string): Promise<string[]> {
  const r = await db.execute(sql`select distinct org_id from call_staff where person_id = ${personId}`);
  return rowsOf<{ org_id: string }>(r).map((x) => x.org_id);
}

/** The organizations where the person is the user office (manager). */
export async function managerOrgsOf(db: Db, personId: string): Promise<string[]> {
  const r = await db.execute(sql`select org_id from call_staff where person_id = ${personId} and role = 'manager'`);
  return rowsOf<{ org_id: string }>(r).map((x) => x.org_id);
}

/** The organizations where the person holds a calls role, with their names and the roles. */
export async function staffOrgDetails(db: Db, personId: string): Promise<{ orgId: string; name: string; nameEn: string | null; roles: string[] }[]> {
  const r = await db.execute(sql`
    select s.org_id, o.name, o.name_en, array_agg(s.role order by s.role) as roles
      from call_staff s join organizations o on o.id = s.org_id
     where s.person_id = ${personId}
     group by s.org_id, o.name, o.name_en
     order by o.name`);
  return rowsOf<{ org_id: string; name: string; name_en: string | null; roles: string[] }>(r).map((x) => ({ orgId: x.org_id, name: x.name, nameEn: x.name_en, roles: x.roles }));
}

// ── organizations and people (identity's tables, read only) ───────────────────────────────

/** An organization's kind and names, if it exists. */
export async function orgById(db: Db, orgId: string): Promise<{ id: string; kind: string; name: string; nameEn: string | null } | undefined> {
  const r = await db.execute(sql`select id, kind, name, name_en from organizations where id = ${orgId}`);
  const row = rowsOf<{ id: string; kind: string; name: string; name_en: string | null }>(r)[0];
  return row ? { id: row.id, kind: row.kind, name: row.name, nameEn: row.name_en } : undefined;
}

/** Whether the person is a member (any role) of the organization. */
export async function isOrgMember(db: Db, orgId: string, personId: string): Promise<boolean> {
  const r = await db.execute(sql`select 1 from memberships where org_id = ${orgId} and person_id = ${personId}`);
  return rowsOf(r).length > 0;
}

/** The person with this e-mail (case-insensitive), if any. */
export async function personIdByEmail(db: Db, email: string): Promise<string | undefined> {
  const r = await db.execute(sql`select id from people where lower(email) = ${email.toLowerCase()}`);
  return rowsOf<{ id: string }>(r)[0]?.id;
}

/** Names of people by id. */
export async function peopleNames(db: Db, ids: string[]): Promise<Map<string, { name: string; email: string }>> {
  const out = new Map<string, { name: string; email: string }>();
  if (!ids.length) return out;
  const r = await db.execute(sql`select id, name, email from people where id = any(${sql.param([...new Set(ids)])}::text[])`);
  for (const row of rowsOf<{ id: string; name: string; email: string }>(r)) out.set(row.id, { name: row.name, email: row.email });
  return out;
}

// ── applications ──────────────────────────────────────────────────────────────────────────

/** Inserts an application. */
export async function insertApplication(db: Db, row: typeof applications.$inferInsert): Promise<ApplicationRow> {
  const [r] = await db.insert(applications).values(row).returning();
  return r!;
}

/** An application by id; `lock` holds its row until the transaction ends. */
export async function applicationById(db: Db, id: string, lock = false): Promise<ApplicationRow | undefined> {
  const q = db.select().from(applications).where(eq(applications.id, id));
  const [r] = lock ? await q.for('update') : await q;
  return r;
}

/** Updates an application. */
export async function updateApplication(db: Db, id: string, patch: Partial<typeof applications.$inferInsert>): Promise<ApplicationRow> {
  const [r] = await db.update(applications).set(patch).where(eq(applications.id, id)).returning();
  return r!;
}

/** The next free sequence number of a call's applications (the call row must be locked). */
export async function nextNumberSeq(db: Db, callId: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(applications)
    .where(and(eq(applications.callId, callId), sql`${applications.number} is not null`));
  return Number(r?.n ?? 0) + 1;
}

/** Whether an application number is taken. */
export async function numberTaken(db: Db, number: string): Promise<boolean> {
  const [r] = await db.select({ id: applications.id }).from(applications).where(eq(applications.number, number));
  return !!r;
}

/** A call's applications of one status, or all but drafts, by id, keyset-paged. */
export async function applicationsOfCall(db: Db, callId: string, o: { status?: ApplicationStatus; after?: string; limit: number }): Promise<{ rows: ApplicationRow[]; total: number }> {
  const base: SQL[] = [eq(applications.callId, callId)];
  base.push(o.status ? eq(applications.status, o.status) : ne(applications.status, 'draft'));
  const [c] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(applications)
    .where(and(...base));
  const where = o.after ? [...base, sql`${applications.id} > ${o.after}`] : base;
  const rows = await db
    .select()
    .from(applications)
    .where(and(...where))
    .orderBy(asc(applications.id))
    .limit(o.limit + 1);
  return { rows, total: Number(c?.n ?? 0) };
}

/** Applications where the person is the PI or an accepted member (newest first). */
export async function applicationsOfPerson(db: Db, personId: string, limit: number): Promise<ApplicationRow[]> {
  return db
    .select(getTableColumns(applications))
    .from(applications)
    .where(
      or(
        eq(applications.piId, personId),
        sql`exists (select 1 from application_members m where m.application_id = ${applications.id} and m.person_id = ${personId} and m.status = 'accepted')`,
      ),
    )
    .orderBy(desc(applications.id))
    .limit(limit);
}

/** Open invitations addressed to an e-mail, with the application. */
export async function invitationsFor(db: Db, email: string): Promise<{ member: MemberRow; app: ApplicationRow }[]> {
  const rows = await db
    .select({ member: applicationMembers, app: applications })
    .from(applicationMembers)
    .innerJoin(applications, eq(applications.id, applicationMembers.applicationId))
    .where(and(eq(applicationMembers.email, email.toLowerCase()), eq(applicationMembers.status, 'invited'), inArray(applications.status, ['draft', 'submitted', 'in_review'])))
    .orderBy(desc(applications.id))
    .limit(200);
  return rows;
}

/** Calls by id. */
export async function callsByIds(db: Db, ids: string[]): Promise<Map<string, CallRow>> {
  const out = new Map<string, CallRow>();
  if (!ids.length) return out;
  for (const c of await db.select().from(calls).where(inArray(calls.id, [...new Set(ids)]))) out.set(c.id, c);
  return out;
}

// ── members ───────────────────────────────────────────────────────────────────────────────

/** The members of an application, PI first. */
export async function membersOf(db: Db, applicationId: string): Promise<MemberRow[]> {
  return db
    .select()
    .from(applicationMembers)
    .where(eq(applicationMembers.applicationId, applicationId))
    .orderBy(sql`case ${applicationMembers.role} when 'pi' then 0 else 1 end`, asc(applicationMembers.invitedAt), asc(applicationMembers.email));
}

/** One member by e-mail. */
export async function memberByEmail(db: Db, applicationId: string, email: string): Promise<MemberRow | undefined> {
  const [r] = await db
    .select()
    .from(applicationMembers)
    .where(and(eq(applicationMembers.applicationId, applicationId), eq(applicationMembers.email, email.toLowerCase())));
  return r;
}

/** The member row of a person (by person id, or by their e-mail for a not yet linked invitation). */
export async function memberOfPerson(db: Db, applicationId: string, personId: string, email: string): Promise<MemberRow | undefined> {
  const [r] = await db
    .select()
    .from(applicationMembers)
    .where(and(eq(applicationMembers.applicationId, applicationId), or(eq(applicationMembers.personId, personId), eq(applicationMembers.email, email.toLowerCase()))))
    .limit(1);
  return r;
}

/** Inserts a member. */
export async function insertMember(db: Db, row: typeof applicationMembers.$inferInsert): Promise<MemberRow> {
  const [r] = await db.insert(applicationMembers).values(row).returning();
  return r!;
}

/** Updates a member. */
export async function updateMember(db: Db, applicationId: string, email: string, patch: Partial<typeof applicationMembers.$inferInsert>): Promise<MemberRow> {
  const [r] = await db
    .update(applicationMembers)
    .set(patch)
    .where(and(eq(applicationMembers.applicationId, applicationId), eq(applicationMembers.email, email)))
    .returning();
  return r!;
}

/** Deletes a member. */
export async function deleteMember(db: Db, applicationId: string, email: string): Promise<void> {
  await db.delete(applicationMembers).where(and(eq(applicationMembers.applicationId, applicationId), eq(applicationMembers.email, email)));
}

// ── events ────────────────────────────────────────────────────────────────────────────────

/** Appends an event. */
export async function insertEvent(db: Db, row: typeof applicationEvents.$inferInsert): Promise<EventRow> {
  const [r] = await db.insert(applicationEvents).values(row).returning();
  return r!;
}

/** The events of an application, oldest first. */
export async function eventsOf(db: Db, applicationId: string): Promise<EventRow[]> {
  return db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, applicationId)).orderBy(asc(applicationEvents.id)).limit(1000);
}

// ── files ─────────────────────────────────────────────────────────────────────────────────

const fileMeta = {
  id: applicationFiles.id,
  applicationId: applicationFiles.applicationId,
  name: applicationFiles.name,
  contentType: applicationFiles.contentType,
  size: applicationFiles.size,
  sha256: applicationFiles.sha256,
  uploadedBy: applicationFiles.uploadedBy,
  createdAt: applicationFiles.createdAt,
};
export type FileMeta = Omit<FileRow, 'content'>;

/** Inserts a file. */
export async function insertFile(db: Db, row: typeof applicationFiles.$inferInsert): Promise<FileMeta> {
  const [r] = await db.insert(applicationFiles).values(row).returning(fileMeta);
  return r!;
}

/** The files of an application, without their content. */
export async function filesOf(db: Db, applicationId: string): Promise<FileMeta[]> {
  return db.select(fileMeta).from(applicationFiles).where(eq(applicationFiles.applicationId, applicationId)).orderBy(asc(applicationFiles.id));
}

/** One file with its content. */
export async function fileById(db: Db, applicationId: string, fileId: string): Promise<FileRow | undefined> {
  const [r] = await db
    .select()
    .from(applicationFiles)
    .where(and(eq(applicationFiles.id, fileId), eq(applicationFiles.applicationId, applicationId)));
  return r;
}

/** Deletes a file. */
export async function deleteFile(db: Db, fileId: string): Promise<void> {
  await db.delete(applicationFiles).where(eq(applicationFiles.id, fileId));
}

// ── links ─────────────────────────────────────────────────────────────────────────────────

/** The applications an application links to, with their number, title and status. */
export async function linksOf(db: Db, applicationId: string): Promise<{ id: string; number: string | null; title: string; status: ApplicationStatus; callId: string }[]> {
  return db
    .select({ id: applications.id, number: applications.number, title: applications.title, status: applications.status, callId: applications.callId })
    .from(applicationLinks)
    .innerJoin(applications, eq(applications.id, applicationLinks.linkedId))
    .where(eq(applicationLinks.applicationId, applicationId))
    .orderBy(asc(applications.id));
}

/** Replaces the links of an application. */
export async function replaceLinks(db: Db, applicationId: string, linkedIds: string[], now: Date): Promise<void> {
  await db.delete(applicationLinks).where(eq(applicationLinks.applicationId, applicationId));
  if (linkedIds.length) await db.insert(applicationLinks).values(linkedIds.map((linkedId) => ({ applicationId, linkedId, createdAt: now })));
}

/**
 * Of `ids`, the applications (not drafts) whose PI or accepted member is one of `personIds`:
 * the earlier work an application may link to.
 */
export async function linkableAmong(db: Db, ids: string[], personIds: string[]): Promise<string[]> {
  if (!ids.length || !personIds.length) return [];
  const rows = await db
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(
        inArray(applications.id, ids),
        ne(applications.status, 'draft'),
        or(
          inArray(applications.piId, personIds),
          sql`exists (select 1 from application_members m where m.application_id = ${applications.id} and m.status = 'accepted' and m.person_id = any(${sql.param(personIds)}::text[]))`,
        ),
      ),
    );
  return rows.map((r) => r.id);
}
