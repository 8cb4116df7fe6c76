// SQL of experiments (visits, logbook, report), outcomes and the prior work of a proposal. People's
// names and e-mails are read from the identity desk's tables by name (raw SQL): the desk exports
// no tables, and these reads only label rows.
import { and, asc, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { applicationMembers, applications } from '../calls/index.ts';
import {
  beamtimeRequests,
  experimentVisits,
  experiments,
  facilityCycles,
  facilityProposals,
  logbookEntries,
  outcomes,
  stations,
} from './facilities.table.ts';

export type ExperimentRow = typeof experiments.$inferSelect;
export type VisitRow = typeof experimentVisits.$inferSelect;
export type LogbookRow = typeof logbookEntries.$inferSelect;
export type OutcomeRow = typeof outcomes.$inferSelect;
export type ProposalRow = typeof facilityProposals.$inferSelect;

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

/** An experiment with what its views show beside it: station, cycle, proposal. */
export interface ExperimentFull {
  e: ExperimentRow;
  facilityId: string;
  stationCode: string;
  stationName: string;
  stationNameEn: string;
  cycleCode: string;
  timeZone: string;
  applicationNumber: string | null;
  title: string;
  piId: string;
}

const fullColumns = {
  e: experiments,
  facilityId: stations.facilityId,
  stationCode: stations.code,
  stationName: stations.name,
  stationNameEn: stations.nameEn,
  cycleCode: facilityCycles.code,
  timeZone: facilityCycles.timeZone,
  applicationNumber: applications.number,
  title: applications.title,
  piId: applications.piId,
};

function fullQuery(db: Db) {
  return db
    .select(fullColumns)
    .from(experiments)
    .innerJoin(stations, eq(stations.id, experiments.stationId))
    .innerJoin(facilityCycles, eq(facilityCycles.id, experiments.cycleId))
    .innerJoin(applications, eq(applications.id, experiments.applicationId));
}

/** One experiment with its station, cycle and proposal. */
export async function findExperiment(db: Db, id: string): Promise<ExperimentFull | undefined> {
  const [r] = await fullQuery(db).where(eq(experiments.id, id));
  return r;
}

/** Locks an experiment's row for a change of state (in the caller's transaction). */
export async function lockExperiment(tx: Db, id: string): Promise<ExperimentRow | undefined> {
  const [r] = await tx.select().from(experiments).where(eq(experiments.id, id)).for('update');
  return r;
}

/** Updates an experiment's row. */
export async function updateExperiment(tx: Db, id: string, patch: Partial<typeof experiments.$inferInsert>): Promise<void> {
  await tx.update(experiments).set(patch).where(eq(experiments.id, id));
}

/** Applications where the person is the PI or an accepted member. */
function teamApplications(personId: string): SQL {
  return sql`(${applications.piId} = ${personId} or exists (select 1 from application_members m where m.application_id = ${applications.id} and m.person_id = ${personId} and m.status = 'accepted'))`;
}

/** The experiments of the person's proposals, newest scheduled start first; keyset (start, id); limit + 1 rows. */
export async function listMine(db: Db, personId: string, after: { start: Date; id: string } | undefined, limit: number): Promise<ExperimentFull[]> {
  const conds: SQL[] = [teamApplications(personId)];
  if (after) conds.push(or(lt(experiments.scheduledStart, after.start), and(eq(experiments.scheduledStart, after.start), lt(experiments.id, after.id)))!);
  return fullQuery(db)
    .where(and(...conds))
    .orderBy(desc(experiments.scheduledStart), desc(experiments.id))
    .limit(limit + 1);
}

export interface FacilityExperimentFilter {
  cycleId?: string | undefined;
  stationId?: string | undefined;
  status?: ExperimentRow['status'] | undefined;
}

/** A facility's experiments in order of scheduled start; `stationIds` limits them (null: all); limit + 1 rows. */
export async function listOfFacility(
  db: Db,
  facilityId: string,
  stationIds: string[] | null,
  f: FacilityExperimentFilter,
  after: { start: Date; id: string } | undefined,
  limit: number,
): Promise<ExperimentFull[]> {
  const conds: SQL[] = [eq(stations.facilityId, facilityId)];
  if (stationIds) conds.push(inArray(experiments.stationId, stationIds));
  if (f.cycleId) conds.push(eq(experiments.cycleId, f.cycleId));
  if (f.stationId) conds.push(eq(experiments.stationId, f.stationId));
  if (f.status) conds.push(eq(experiments.status, f.status));
  if (after) conds.push(or(sql`${experiments.scheduledStart} > ${after.start}`, and(eq(experiments.scheduledStart, after.start), sql`${experiments.id} > ${after.id}`))!);
  return fullQuery(db)
    .where(and(...conds))
    .orderBy(asc(experiments.scheduledStart), asc(experiments.id))
    .limit(limit + 1);
}

/** How many experiments a facility list shows (capped). */
export async function countOfFacility(db: Db, facilityId: string, stationIds: string[] | null, f: FacilityExperimentFilter, cap: number): Promise<number> {
  const conds: SQL[] = [eq(stations.facilityId, facilityId)];
  if (stationIds) conds.push(inArray(experiments.stationId, stationIds));
  if (f.cycleId) conds.push(eq(experiments.cycleId, f.cycleId));
  if (f.stationId) conds.push(eq(experiments.stationId, f.stationId));
  if (f.status) conds.push(eq(experiments.status, f.status));
  const sub = db.select({ one: sql`1` }).from(experiments).innerJoin(stations, eq(stations.id, experiments.stationId)).where(and(...conds)).limit(cap + 1);
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(sub.as('x'));
  return Number(r?.n ?? 0);
}

/** How many experiments of the person's proposals (capped). */
export async function countMine(db: Db, personId: string, cap: number): Promise<number> {
  const sub = db
    .select({ one: sql`1` })
    .from(experiments)
    .innerJoin(applications, eq(applications.id, experiments.applicationId))
    .where(teamApplications(personId))
    .limit(cap + 1);
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(sub.as('x'));
  return Number(r?.n ?? 0);
}

// ── the team and people ───────────────────────────────────────────────────────────────────

export interface TeamMemberRow {
  personId: string | null;
  email: string;
  name: string | null;
  role: 'pi' | 'co';
  status: 'invited' | 'accepted' | 'declined';
}

/** The PI and co-proposers of an application, PI first, with names where the person exists. */
export async function teamOf(db: Db, applicationId: string): Promise<TeamMemberRow[]> {
  const r = await db.execute(sql`
    select m.person_id, m.email, p.name, m.role, m.status
      from application_members m left join people p on p.id = m.person_id
     where m.application_id = ${applicationId}
     order by case m.role when 'pi' then 0 else 1 end, m.invited_at, m.email`);
  return rowsOf<{ person_id: string | null; email: string; name: string | null; role: 'pi' | 'co'; status: TeamMemberRow['status'] }>(r).map((x) => ({
    personId: x.person_id,
    email: x.email,
    name: x.name,
    role: x.role,
    status: x.status,
  }));
}

/** The caller's place in an application's team: its PI, an accepted member, or none. */
export async function teamRoleOf(db: Db, applicationId: string, personId: string): Promise<'pi' | 'member' | null> {
  const [app] = await db.select({ piId: applications.piId }).from(applications).where(eq(applications.id, applicationId));
  if (!app) return null;
  if (app.piId === personId) return 'pi';
  const [m] = await db
    .select({ role: applicationMembers.role })
    .from(applicationMembers)
    .where(and(eq(applicationMembers.applicationId, applicationId), eq(applicationMembers.personId, personId), eq(applicationMembers.status, 'accepted')));
  if (!m) return null;
  return m.role === 'pi' ? 'pi' : 'member';
}

/** Names of people by id. */
export async function namesOf(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const r = await db.execute(sql`select id, name from people where id = any(${sql.param([...new Set(ids)])}::text[])`);
  return new Map(rowsOf<{ id: string; name: string }>(r).map((x) => [x.id, x.name]));
}

// ── visits ────────────────────────────────────────────────────────────────────────────────

/** The visits registered for an experiment, in registration order. */
export async function visitsOf(db: Db, experimentId: string): Promise<VisitRow[]> {
  return db.select().from(experimentVisits).where(eq(experimentVisits.experimentId, experimentId)).orderBy(asc(experimentVisits.createdAt), asc(experimentVisits.id));
}

/** One visit of an experiment, locked. */
export async function lockVisit(tx: Db, experimentId: string, visitId: string): Promise<VisitRow | undefined> {
  const [r] = await tx
    .select()
    .from(experimentVisits)
    .where(and(eq(experimentVisits.id, visitId), eq(experimentVisits.experimentId, experimentId)))
    .for('update');
  return r;
}

/** A person's visit of an experiment, if registered. */
export async function visitOf(tx: Db, experimentId: string, personId: string): Promise<VisitRow | undefined> {
  const [r] = await tx
    .select()
    .from(experimentVisits)
    .where(and(eq(experimentVisits.experimentId, experimentId), eq(experimentVisits.personId, personId)));
  return r;
}

export async function insertVisit(tx: Db, row: typeof experimentVisits.$inferInsert): Promise<void> {
  await tx.insert(experimentVisits).values(row);
}

export async function updateVisit(tx: Db, id: string, patch: Partial<typeof experimentVisits.$inferInsert>): Promise<void> {
  await tx.update(experimentVisits).set(patch).where(eq(experimentVisits.id, id));
}

// ── logbook ───────────────────────────────────────────────────────────────────────────────

/** Logbook entries in order of writing (ids are time-sortable); after an id; limit + 1 rows. */
export async function logbookOf(db: Db, experimentId: string, afterId: string | undefined, limit: number): Promise<LogbookRow[]> {
  const conds: SQL[] = [eq(logbookEntries.experimentId, experimentId)];
  if (afterId) conds.push(sql`${logbookEntries.id} > ${afterId}`);
  return db
    .select()
    .from(logbookEntries)
    .where(and(...conds))
    .orderBy(asc(logbookEntries.id))
    .limit(limit + 1);
}

export async function countLogbook(db: Db, experimentId: string): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(logbookEntries).where(eq(logbookEntries.experimentId, experimentId));
  return Number(r?.n ?? 0);
}

export async function insertLogbookEntry(tx: Db, row: typeof logbookEntries.$inferInsert): Promise<void> {
  await tx.insert(logbookEntries).values(row);
}

// ── proposals ─────────────────────────────────────────────────────────────────────────────

export interface ProposalFull {
  p: ProposalRow;
  piId: string;
  status: string;
  createdAt: Date;
}

/** The facility part of an application with its PI and status; undefined when it is not a beamtime proposal. */
export async function findProposal(db: Db, applicationId: string): Promise<ProposalFull | undefined> {
  const [r] = await db
    .select({ p: facilityProposals, piId: applications.piId, status: applications.status, createdAt: applications.createdAt })
    .from(facilityProposals)
    .innerJoin(applications, eq(applications.id, facilityProposals.applicationId))
    .where(eq(facilityProposals.applicationId, applicationId));
  return r;
}

/** The stations a proposal asks for. */
export async function requestedStationIds(db: Db, applicationId: string): Promise<string[]> {
  const r = await db.select({ id: beamtimeRequests.stationId }).from(beamtimeRequests).where(eq(beamtimeRequests.applicationId, applicationId));
  return r.map((x) => x.id);
}

// ── outcomes ──────────────────────────────────────────────────────────────────────────────

/** Outcomes of applications, newest first. */
export async function outcomesOf(db: Db, applicationIds: string[]): Promise<OutcomeRow[]> {
  if (applicationIds.length === 0) return [];
  return db.select().from(outcomes).where(inArray(outcomes.applicationId, applicationIds)).orderBy(desc(outcomes.id));
}

export async function findOutcome(db: Db, id: string): Promise<OutcomeRow | undefined> {
  const [r] = await db.select().from(outcomes).where(eq(outcomes.id, id));
  return r;
}

/** An outcome of the application with the same DOI or patent number. */
export async function sameOutcome(tx: Db, applicationId: string, key: { doi: string } | { patentNumber: string }): Promise<OutcomeRow | undefined> {
  const match = 'doi' in key ? eq(outcomes.doi, key.doi) : eq(outcomes.patentNumber, key.patentNumber);
  const [r] = await tx
    .select()
    .from(outcomes)
    .where(and(eq(outcomes.applicationId, applicationId), match));
  return r;
}

export async function insertOutcome(tx: Db, row: typeof outcomes.$inferInsert): Promise<void> {
  await tx.insert(outcomes).values(row);
}

export async function deleteOutcome(tx: Db, id: string): Promise<void> {
  await tx.delete(outcomes).where(eq(outcomes.id, id));
}

/** Serializes writes of outcomes of one application (a transaction-scoped advisory lock). */
export async function lockOutcomesOf(tx: Db, applicationId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`outcomes:${applicationId}`}))`);
}

/** True when the experiment belongs to the application. */
export async function experimentOfApplication(db: Db, experimentId: string, applicationId: string): Promise<boolean> {
  const [r] = await db
    .select({ id: experiments.id })
    .from(experiments)
    .where(and(eq(experiments.id, experimentId), eq(experiments.applicationId, applicationId)));
  return r !== undefined;
}

// ── prior work ────────────────────────────────────────────────────────────────────────────

export interface PriorProposalRow {
  id: string;
  number: string | null;
  title: string;
  status: string;
  piId: string;
  piName: string | null;
  submittedAt: Date | null;
  createdAt: Date;
  facilityId: string | null;
  cycleCode: string | null;
  linked: boolean;
}

/**
 * The earlier proposals of an application: the ones it links to, and the other applications
 * (not drafts) created before it whose PI or accepted members include its PI or one of its
 * accepted members. Newest first, at most `limit`.
 */
export async function priorProposals(db: Db, applicationId: string, limit: number): Promise<PriorProposalRow[]> {
  const r = await db.execute(sql`
    with me as (select id, created_at from applications where id = ${applicationId}),
         team as (
           select pi_id as person_id from applications where id = ${applicationId}
           union
           select person_id from application_members where application_id = ${applicationId} and status = 'accepted' and person_id is not null
         ),
         linked as (select linked_id as id from application_links where application_id = ${applicationId}),
         related as (
           select a.id from applications a, me
            where a.id <> me.id and a.status <> 'draft' and a.created_at <= me.created_at
              and (a.pi_id in (select person_id from team)
                   or exists (select 1 from application_members m where m.application_id = a.id and m.status = 'accepted'
                                 and m.person_id in (select person_id from team)))
         )
    select a.id, a.number, a.title, a.status, a.pi_id, p.name as pi_name, a.submitted_at, a.created_at,
           fp.facility_id, c.code as cycle_code, (a.id in (select id from linked)) as linked
      from applications a
      left join people p on p.id = a.pi_id
      left join facility_proposals fp on fp.application_id = a.id
      left join facility_cycles c on c.id = fp.cycle_id
     where a.id in (select id from linked union select id from related)
     order by a.created_at desc, a.id desc
     limit ${limit}`);
  return rowsOf<Record<string, unknown>>(r).map((x) => ({
    id: x.id as string,
    number: (x.number as string | null) ?? null,
    title: x.title as string,
    status: x.status as string,
    piId: x.pi_id as string,
    piName: (x.pi_name as string | null) ?? null,
    submittedAt: x.submitted_at ? new Date(x.submitted_at as string) : null,
    createdAt: new Date(x.created_at as string),
    facilityId: (x.facility_id as string | null) ?? null,
    cycleCode: (x.cycle_code as string | null) ?? null,
    linked: x.linked === true || x.linked === 't',
  }));
}

/** The experiments of applications with their stations, by scheduled start. */
export async function experimentsOfApplications(
  db: Db,
  applicationIds: string[],
): Promise<(ExperimentRow & { stationCode: string; stationName: string; stationNameEn: string })[]> {
  if (applicationIds.length === 0) return [];
  const r = await db
    .select({ e: experiments, stationCode: stations.code, stationName: stations.name, stationNameEn: stations.nameEn })
    .from(experiments)
    .innerJoin(stations, eq(stations.id, experiments.stationId))
    .where(inArray(experiments.applicationId, applicationIds))
    .orderBy(asc(experiments.scheduledStart), asc(experiments.id));
  return r.map((x) => ({ ...x.e, stationCode: x.stationCode, stationName: x.stationName, stationNameEn: x.stationNameEn }));
}
