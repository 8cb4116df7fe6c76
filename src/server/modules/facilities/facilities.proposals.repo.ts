// SQL of the user office: the beamtime part of proposals (requests, samples, dates), feasibility
// reviews, the panel meeting's rows and the awards. Joins the calls engine's tables through the
// calls desk's index.
import { and, asc, eq, gt, inArray, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { applicationMembers, applications, calls, decisions, panelMembers, panels } from '../calls/index.ts';
import {
  beamtimeAwards,
  beamtimeRequests,
  calendarPeriods,
  facilities,
  facilityCycles,
  facilityProposals,
  feasibilityReviews,
  instruments,
  sampleEnvironments,
  stationEnvironments,
  stationScientists,
  stations,
} from './facilities.table.ts';

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

export type ProposalRow = typeof facilityProposals.$inferSelect;
export type RequestRow = typeof beamtimeRequests.$inferSelect;
export type CycleRow = typeof facilityCycles.$inferSelect;
export type FeasibilityRow = typeof feasibilityReviews.$inferSelect;
export type AwardRow = typeof beamtimeAwards.$inferSelect;
export type AwardInsert = typeof beamtimeAwards.$inferInsert;
export type ApplicationRow = typeof applications.$inferSelect;
export type CallRow = typeof calls.$inferSelect;

export async function proposalOf(db: Db, applicationId: string): Promise<ProposalRow | undefined> {
  const [r] = await db.select().from(facilityProposals).where(eq(facilityProposals.applicationId, applicationId));
  return r;
}

/** An application with its call (undefined when either is missing). */
export async function applicationWithCall(db: Db, applicationId: string): Promise<{ app: ApplicationRow; call: CallRow } | undefined> {
  const [r] = await db.select({ app: applications, call: calls }).from(applications).innerJoin(calls, eq(calls.id, applications.callId)).where(eq(applications.id, applicationId));
  return r;
}

/** Requests of applications, with their stations' codes and names, by application then station code. */
export async function requestsOf(db: Db, applicationIds: string[]) {
  if (!applicationIds.length) return [];
  return db
    .select({
      applicationId: beamtimeRequests.applicationId,
      stationId: beamtimeRequests.stationId,
      shifts: beamtimeRequests.shifts,
      environmentId: beamtimeRequests.environmentId,
      note: beamtimeRequests.note,
      stationCode: stations.code,
      stationName: stations.name,
      stationNameEn: stations.nameEn,
      instrumentCode: instruments.code,
    })
    .from(beamtimeRequests)
    .innerJoin(stations, eq(stations.id, beamtimeRequests.stationId))
    .innerJoin(instruments, eq(instruments.id, stations.instrumentId))
    .where(inArray(beamtimeRequests.applicationId, applicationIds))
    .orderBy(asc(beamtimeRequests.applicationId), asc(stations.code));
}

export type RequestWithStation = Awaited<ReturnType<typeof requestsOf>>[number];

export async function upsertProposal(tx: Db, row: typeof facilityProposals.$inferInsert): Promise<void> {
  const { applicationId: _id, createdAt: _c, ...set } = row;
  await tx.insert(facilityProposals).values(row).onConflictDoUpdate({ target: facilityProposals.applicationId, set });
}

export async function replaceRequests(tx: Db, applicationId: string, rows: (typeof beamtimeRequests.$inferInsert)[]): Promise<void> {
  await tx.delete(beamtimeRequests).where(eq(beamtimeRequests.applicationId, applicationId));
  if (rows.length) await tx.insert(beamtimeRequests).values(rows);
}

export async function cycleById(db: Db, id: string): Promise<CycleRow | undefined> {
  const [r] = await db.select().from(facilityCycles).where(eq(facilityCycles.id, id));
  return r;
}

export async function cyclesByIds(db: Db, ids: string[]): Promise<CycleRow[]> {
  if (!ids.length) return [];
  return db.select().from(facilityCycles).where(inArray(facilityCycles.id, ids));
}

export async function facilityById(db: Db, id: string) {
  const [r] = await db.select().from(facilities).where(eq(facilities.id, id));
  return r;
}

export async function periodsOf(db: Db, cycleId: string) {
  return db
    .select({ kind: calendarPeriods.kind, stationId: calendarPeriods.stationId, startsAt: calendarPeriods.startsAt, endsAt: calendarPeriods.endsAt })
    .from(calendarPeriods)
    .where(eq(calendarPeriods.cycleId, cycleId));
}

/** Stations by id with their facility (unknown ids are left out). */
export async function stationsByIds(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return db.select({ id: stations.id, facilityId: stations.facilityId, code: stations.code, name: stations.name, nameEn: stations.nameEn }).from(stations).where(inArray(stations.id, ids));
}

/** Which sample environments each of these stations can mount, as "station|environment" keys. */
export async function mountable(db: Db, stationIds: string[]): Promise<Set<string>> {
  if (!stationIds.length) return new Set();
  const rows = await db.select().from(stationEnvironments).where(inArray(stationEnvironments.stationId, stationIds));
  return new Set(rows.map((r) => `${r.stationId}|${r.environmentId}`));
}

/** The sample environments of a facility with the stations that can mount each. */
export async function environmentsOf(db: Db, facilityId: string) {
  const envs = await db.select().from(sampleEnvironments).where(eq(sampleEnvironments.facilityId, facilityId)).orderBy(asc(sampleEnvironments.code));
  if (!envs.length) return [];
  const links = await db.select().from(stationEnvironments).where(inArray(stationEnvironments.environmentId, envs.map((e) => e.id)));
  return envs.map((e) => ({ id: e.id, code: e.code, name: e.name, nameEn: e.nameEn, stationIds: links.filter((l) => l.environmentId === e.id).map((l) => l.stationId) }));
}

/** The kind of an organization (the identity desk's table, read by SQL as the ledger does). */
export async function orgKind(db: Db, orgId: string): Promise<string | undefined> {
  const r = await db.execute(sql`select kind from organizations where id = ${orgId}`);
  return rowsOf<{ kind: string }>(r)[0]?.kind;
}

/** Display names of people by id. */
export async function peopleNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const uniq = [...new Set(ids)];
  if (!uniq.length) return new Map();
  const r = await db.execute(sql`select id, name from people where id = any(${sql.param(uniq)}::text[])`);
  return new Map(rowsOf<{ id: string; name: string }>(r).map((p) => [p.id, p.name]));
}

/** True when the person accepted a place on the application (PI or co-applicant). */
export async function isMember(db: Db, applicationId: string, personId: string): Promise<boolean> {
  const [r] = await db
    .select({ one: sql<number>`1` })
    .from(applicationMembers)
    .where(and(eq(applicationMembers.applicationId, applicationId), eq(applicationMembers.personId, personId), eq(applicationMembers.status, 'accepted')));
  return r !== undefined;
}

/** True when the person chairs a panel of the cycle. */
export async function chairsCycle(db: Db, cycleId: string, personId: string): Promise<boolean> {
  const [r] = await db
    .select({ one: sql<number>`1` })
    .from(panelMembers)
    .innerJoin(panels, eq(panels.id, panelMembers.panelId))
    .where(and(eq(panels.scopeRef, cycleId), eq(panelMembers.personId, personId), eq(panelMembers.role, 'chair')));
  return r !== undefined;
}

export async function feasibilityOf(db: Db, applicationIds: string[]): Promise<FeasibilityRow[]> {
  if (!applicationIds.length) return [];
  return db.select().from(feasibilityReviews).where(inArray(feasibilityReviews.applicationId, applicationIds));
}

export async function upsertFeasibility(tx: Db, row: typeof feasibilityReviews.$inferInsert): Promise<void> {
  const { applicationId: _a, stationId: _s, ...set } = row;
  await tx.insert(feasibilityReviews).values(row).onConflictDoUpdate({ target: [feasibilityReviews.applicationId, feasibilityReviews.stationId], set });
}

export async function stationScientistIds(db: Db, stationId: string): Promise<string[]> {
  const rows = await db.select({ id: stationScientists.personId }).from(stationScientists).where(eq(stationScientists.stationId, stationId));
  return rows.map((r) => r.id);
}

export interface QueueFilter {
  stationIds: string[];
  cycleId?: string;
  state: 'pending' | 'done' | 'all';
}

function queueWhere(o: QueueFilter) {
  const judged = sql`exists (select 1 from feasibility_reviews fr where fr.application_id = ${beamtimeRequests.applicationId} and fr.station_id = ${beamtimeRequests.stationId})`;
  return and(
    inArray(beamtimeRequests.stationId, o.stationIds),
    inArray(applications.status, ['submitted', 'in_review']),
    o.cycleId ? eq(facilityProposals.cycleId, o.cycleId) : undefined,
    o.state === 'pending' ? sql`not ${judged}` : o.state === 'done' ? judged : undefined,
  );
}

/**
 * The feasibility queue of some stations: requests of submitted or in-review proposals on them,
 * in (application, station) order after the cursor; fetches limit + 1.
 */
export async function feasibilityQueue(db: Db, o: QueueFilter & { after?: [string, string]; limit: number }) {
  if (!o.stationIds.length) return [];
  return db
    .select({
      applicationId: applications.id,
      number: applications.number,
      title: applications.title,
      piId: applications.piId,
      status: applications.status,
      submittedAt: applications.submittedAt,
      cycleId: facilityProposals.cycleId,
      route: facilityProposals.route,
      samples: facilityProposals.samples,
      stationId: beamtimeRequests.stationId,
      stationCode: stations.code,
      stationName: stations.name,
      stationNameEn: stations.nameEn,
      shifts: beamtimeRequests.shifts,
      environmentId: beamtimeRequests.environmentId,
    })
    .from(beamtimeRequests)
    .innerJoin(applications, eq(applications.id, beamtimeRequests.applicationId))
    .innerJoin(facilityProposals, eq(facilityProposals.applicationId, beamtimeRequests.applicationId))
    .innerJoin(stations, eq(stations.id, beamtimeRequests.stationId))
    .where(
      and(
        queueWhere(o),
        o.after
          ? or(gt(beamtimeRequests.applicationId, o.after[0]), and(eq(beamtimeRequests.applicationId, o.after[0]), gt(beamtimeRequests.stationId, o.after[1])))
          : undefined,
      ),
    )
    .orderBy(asc(beamtimeRequests.applicationId), asc(beamtimeRequests.stationId))
    .limit(o.limit + 1);
}

export async function countFeasibilityQueue(db: Db, o: QueueFilter): Promise<number> {
  if (!o.stationIds.length) return 0;
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(beamtimeRequests)
    .innerJoin(applications, eq(applications.id, beamtimeRequests.applicationId))
    .innerJoin(facilityProposals, eq(facilityProposals.applicationId, beamtimeRequests.applicationId))
    .where(queueWhere(o));
  return Number(r?.n ?? 0);
}

/**
 * Every proposal of a cycle that is submitted, in review or decided, with its application, its
 * requests, its decision; what the meeting and the awards rank.
 */
export async function cycleProposals(db: Db, cycleId: string) {
  return db
    .select({
      applicationId: applications.id,
      number: applications.number,
      title: applications.title,
      piId: applications.piId,
      status: applications.status,
      grade: applications.grade,
      submittedAt: applications.submittedAt,
      route: facilityProposals.route,
      outcome: decisions.outcome,
    })
    .from(facilityProposals)
    .innerJoin(applications, eq(applications.id, facilityProposals.applicationId))
    .leftJoin(decisions, eq(decisions.applicationId, facilityProposals.applicationId))
    .where(and(eq(facilityProposals.cycleId, cycleId), inArray(applications.status, ['submitted', 'in_review', 'decided'])))
    .orderBy(asc(applications.id));
}

export async function awardsOfCycle(db: Db, cycleId: string): Promise<AwardRow[]> {
  return db.select().from(beamtimeAwards).where(eq(beamtimeAwards.cycleId, cycleId));
}

export async function awardsOf(db: Db, applicationId: string): Promise<AwardRow[]> {
  return db.select().from(beamtimeAwards).where(eq(beamtimeAwards.applicationId, applicationId));
}

/** Locks the cycle row so that two decisions of one cycle check capacity one after the other. */
export async function lockCycle(tx: Db, cycleId: string): Promise<void> {
  await tx.execute(sql`select id from facility_cycles where id = ${cycleId} for update`);
}

export async function insertAwards(tx: Db, rows: (typeof beamtimeAwards.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(beamtimeAwards).values(rows);
}

/** The facility's calls (desk 'facilities', scoped to one of its cycles), not drafts, by opening. */
export async function callsOfFacility(db: Db, facilityId: string) {
  return db
    .select({ call: calls, cycle: facilityCycles })
    .from(calls)
    .innerJoin(facilityCycles, eq(facilityCycles.id, calls.scopeRef))
    .where(and(eq(calls.desk, 'facilities'), eq(facilityCycles.facilityId, facilityId), ne(calls.status, 'draft')))
    .orderBy(asc(calls.opensAt), asc(calls.code))
    .limit(500);
}

/** Earlier long-term or block proposals this application links to (the ones it continues). */
export async function continuedProposals(db: Db, applicationId: string): Promise<string[]> {
  const r = await db.execute(sql`
    select l.linked_id as id from application_links l
      join facility_proposals p on p.application_id = l.linked_id
     where l.application_id = ${applicationId} and p.route in ('long_term', 'block')`);
  return rowsOf<{ id: string }>(r).map((x) => x.id);
}
