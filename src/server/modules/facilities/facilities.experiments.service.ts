// Experiments: a block of a published schedule carried out. The team registers its visits, a
// station scientist (or the user office) approves them and the safety of the samples, starts the
// experiment (never before the safety approval) and ends it with the beamtime lost; team and
// station staff keep an append-only logbook; the team writes the end-of-experiment report and
// records what came of the proposal (publications by DOI, patents). The prior work of a proposal
// (earlier proposals of its team with their experiments, reports and outcomes) is shown to its
// reviewers.
import { newId } from '../../../shared/ids.ts';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { COUNT_CAP, decodeCursor, toPage, type Page } from '../../http/paging.ts';
import { record } from '../audit/index.ts';
import { addEventIn, isActiveReviewer } from '../calls/index.ts';
import { personOf } from '../identity/index.ts';
import { facilityRoles, type FacilityRoles } from './facilities.access.ts';
import { dateOf } from './facilities.calendar.ts';
import * as repo from './facilities.experiments.repo.ts';
import type { ExperimentStatus, Hazard, ProposalSample } from './facilities.types.ts';

type D = Pick<Deps, 'db' | 'now'>;

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** Visitors may arrive this many days before the experiment and leave as many after it. */
export const VISIT_MARGIN_DAYS = 2;
/** The detail view carries at most this many logbook entries (the logbook route pages through all). */
const DETAIL_LOGBOOK = 500;
/** The prior work lists at most this many earlier proposals. */
const PRIOR_LIMIT = 50;

// ── views ─────────────────────────────────────────────────────────────────────────────────

export interface ExperimentView {
  id: string;
  applicationId: string;
  applicationNumber: string | null;
  title: string;
  facilityId: string;
  cycleId: string;
  cycleCode: string;
  stationId: string;
  stationCode: string;
  stationName: string;
  stationNameEn: string;
  scheduledStart: string;
  scheduledEnd: string;
  status: ExperimentStatus;
  safetyApprovedAt: string | null;
  startedAt: string | null;
  endedAt: string | null;
  lostHours: number;
  lostReason: string | null;
  reportSubmittedAt: string | null;
}

export interface VisitView {
  id: string;
  personId: string;
  name: string | null;
  arrivesOn: string;
  leavesOn: string;
  status: 'registered' | 'approved' | 'cancelled';
  createdAt: string;
}

export interface LogbookEntryView {
  id: string;
  authorId: string;
  authorName: string | null;
  at: string;
  body: string;
}

export interface OutcomeView {
  id: string;
  applicationId: string;
  experimentId: string | null;
  kind: 'publication' | 'patent';
  doi: string | null;
  patentNumber: string | null;
  title: string;
  venue: string | null;
  year: number | null;
  createdBy: string;
  createdAt: string;
}

export interface ExperimentDetailView extends ExperimentView {
  piId: string;
  timeZone: string;
  /** The caller's place: on the team ('pi', 'member'), a scientist of the station, the user office or the director. */
  viewer: 'pi' | 'member' | 'scientist' | 'office' | 'director';
  team: repo.TeamMemberRow[];
  /** Dates visitors may stay (inclusive, the cycle's zone): the experiment ± 2 days. */
  visitWindow: { from: string; to: string };
  visits: VisitView[];
  safety: { declaredAt: string | null; declaredBy: string | null; samples: ProposalSample[]; hazards: Hazard[]; approvedBy: string | null; approvedByName: string | null };
  logbook: LogbookEntryView[];
  report: string | null;
  outcomes: OutcomeView[];
  can: {
    registerVisit: boolean;
    registerOthers: boolean;
    approveVisits: boolean;
    approveSafety: boolean;
    start: boolean;
    end: boolean;
    cancel: boolean;
    log: boolean;
    report: boolean;
    addOutcome: boolean;
  };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function experimentView(x: repo.ExperimentFull): ExperimentView {
  const e = x.e;
  return {
    id: e.id,
    applicationId: e.applicationId,
    applicationNumber: x.applicationNumber,
    title: x.title,
    facilityId: x.facilityId,
    cycleId: e.cycleId,
    cycleCode: x.cycleCode,
    stationId: e.stationId,
    stationCode: x.stationCode,
    stationName: x.stationName,
    stationNameEn: x.stationNameEn,
    scheduledStart: e.scheduledStart.toISOString(),
    scheduledEnd: e.scheduledEnd.toISOString(),
    status: e.status,
    safetyApprovedAt: iso(e.safetyApprovedAt),
    startedAt: iso(e.startedAt),
    endedAt: iso(e.endedAt),
    lostHours: e.lostHours,
    lostReason: e.lostReason,
    reportSubmittedAt: iso(e.reportSubmittedAt),
  };
}

function visitView(v: repo.VisitRow, names: Map<string, string>): VisitView {
  return { id: v.id, personId: v.personId, name: names.get(v.personId) ?? null, arrivesOn: v.arrivesOn, leavesOn: v.leavesOn, status: v.status, createdAt: v.createdAt.toISOString() };
}

function entryView(l: repo.LogbookRow, names: Map<string, string>): LogbookEntryView {
  return { id: l.id, authorId: l.authorId, authorName: names.get(l.authorId) ?? null, at: l.at.toISOString(), body: l.body };
}

/** The public shape of an outcome. */
export function outcomeView(o: repo.OutcomeRow): OutcomeView {
  return {
    id: o.id,
    applicationId: o.applicationId,
    experimentId: o.experimentId,
    kind: o.kind,
    doi: o.doi,
    patentNumber: o.patentNumber,
    title: o.title,
    venue: o.venue,
    year: o.year,
    createdBy: o.createdBy,
    createdAt: o.createdAt.toISOString(),
  };
}

// ── access ────────────────────────────────────────────────────────────────────────────────

interface ExperimentAccess {
  x: repo.ExperimentFull;
  personId: string;
  team: 'pi' | 'member' | null;
  roles: FacilityRoles;
  /** A scientist of the experiment's station. */
  scientist: boolean;
  /** May read the experiment: team, the station's scientists, user office, director. */
  visible: boolean;
}

/**
 * The caller's standing on an experiment. Not found for people with nothing to do with it; the
 * facility's other station scientists know it exists (the station schedules are public) and get
 * `forbidden` where they lack the role.
 */
async function experimentAccess(db: Db, ctx: RequestCtx, experimentId: string): Promise<ExperimentAccess> {
  const me = personOf(ctx);
  const x = await repo.findExperiment(db, experimentId);
  if (!x) throw new AppError('not_found', 'no such experiment');
  const [team, roles] = await Promise.all([repo.teamRoleOf(db, x.e.applicationId, me.personId), facilityRoles(db, ctx, x.facilityId)]);
  const scientist = roles.stations.has(x.e.stationId);
  const visible = team !== null || scientist || roles.userOffice || roles.director;
  if (!visible && roles.stations.size === 0) throw new AppError('not_found', 'no such experiment');
  return { x, personId: me.personId, team, roles, scientist, visible };
}

function requireVisible(a: ExperimentAccess): void {
  if (!a.visible) throw new AppError('forbidden', 'the team, the station’s scientists and the facility staff only');
}

/** Station scientists of the experiment's station and the user office. */
function requireStation(a: ExperimentAccess): void {
  if (!(a.scientist || a.roles.userOffice)) throw new AppError('forbidden', 'scientists of the station or the user office only');
}

function requireTeam(a: ExperimentAccess): void {
  if (a.team === null) throw new AppError('forbidden', 'the PI and the accepted co-proposers only');
}

const RUNNABLE: ExperimentStatus[] = ['scheduled', 'safety_approved', 'running'];

// ── experiments: reading ──────────────────────────────────────────────────────────────────

type Cursor = { start: Date; id: string };

function cursorOf(cursor: string | undefined): Cursor | undefined {
  const c = decodeCursor(cursor, 2);
  if (!c) return undefined;
  const start = new Date(String(c[0]));
  if (Number.isNaN(start.getTime()) || typeof c[1] !== 'string') throw new AppError('validation_failed', 'cursor is not valid');
  return { start, id: c[1] };
}

const keyOf = (x: repo.ExperimentFull) => [x.e.scheduledStart.toISOString(), x.e.id];

/** The experiments of the caller's proposals (as PI or accepted co-proposer), newest first. */
export async function myExperiments(deps: D, ctx: RequestCtx, cursor: string | undefined, limit: number): Promise<Page<ExperimentView>> {
  const me = personOf(ctx);
  const db = deps.db.db;
  const [rows, total] = await Promise.all([repo.listMine(db, me.personId, cursorOf(cursor), limit), repo.countMine(db, me.personId, COUNT_CAP)]);
  return toPage(rows, limit, keyOf, experimentView, total);
}

/**
 * A facility's experiments by scheduled start: all for the user office and the director, those
 * of their stations for station scientists, none for anybody else.
 */
export async function facilityExperiments(
  deps: D,
  ctx: RequestCtx,
  facilityId: string,
  filter: repo.FacilityExperimentFilter,
  cursor: string | undefined,
  limit: number,
): Promise<Page<ExperimentView>> {
  personOf(ctx);
  const db = deps.db.db;
  const roles = await facilityRoles(db, ctx, facilityId);
  const stationIds = roles.userOffice || roles.director ? null : [...roles.stations];
  if (stationIds && stationIds.length === 0) return { items: [], nextCursor: null, total: 0, totalCapped: false };
  const after = cursorOf(cursor);
  const [rows, total] = await Promise.all([
    repo.listOfFacility(db, facilityId, stationIds, filter, after, limit),
    repo.countOfFacility(db, facilityId, stationIds, filter, COUNT_CAP),
  ]);
  return toPage(rows, limit, keyOf, experimentView, total);
}

/** YYYY-MM-DD plus n days. */
function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + n * DAY).toISOString().slice(0, 10);
}

function visitWindow(x: repo.ExperimentFull): { from: string; to: string } {
  return {
    from: addDays(dateOf(x.e.scheduledStart, x.timeZone), -VISIT_MARGIN_DAYS),
    // the last instant inside the block: a block ending at midnight ends on the day before
    to: addDays(dateOf(new Date(x.e.scheduledEnd.getTime() - 1), x.timeZone), VISIT_MARGIN_DAYS),
  };
}

/** One experiment with its team, visits, safety, logbook, report and outcomes. */
export async function getExperiment(deps: D, ctx: RequestCtx, experimentId: string): Promise<ExperimentDetailView> {
  const db = deps.db.db;
  const a = await experimentAccess(db, ctx, experimentId);
  requireVisible(a);
  const { x } = a;
  const [team, visits, logbook, proposal, outs] = await Promise.all([
    repo.teamOf(db, x.e.applicationId),
    repo.visitsOf(db, x.e.id),
    repo.logbookOf(db, x.e.id, undefined, DETAIL_LOGBOOK - 1),
    repo.findProposal(db, x.e.applicationId),
    repo.outcomesOf(db, [x.e.applicationId]),
  ]);
  const samples = proposal?.p.samples ?? [];
  const people = [...visits.map((v) => v.personId), ...logbook.map((l) => l.authorId)];
  if (x.e.safetyApprovedBy) people.push(x.e.safetyApprovedBy);
  if (proposal?.p.safetyDeclaredBy) people.push(proposal.p.safetyDeclaredBy);
  const names = await repo.namesOf(db, people);
  const hazards = [...new Set(samples.flatMap((s) => s.hazards))].filter((h) => h !== 'none');
  const status = x.e.status;
  const station = a.scientist || a.roles.userOffice;
  const viewer: ExperimentDetailView['viewer'] = a.team ?? (a.scientist ? 'scientist' : a.roles.userOffice ? 'office' : 'director');
  return {
    ...experimentView(x),
    piId: x.piId,
    timeZone: x.timeZone,
    viewer,
    team,
    visitWindow: visitWindow(x),
    visits: visits.map((v) => visitView(v, names)),
    safety: {
      declaredAt: iso(proposal?.p.safetyDeclaredAt ?? null),
      declaredBy: proposal?.p.safetyDeclaredBy ? (names.get(proposal.p.safetyDeclaredBy) ?? null) : null,
      samples,
      hazards,
      approvedBy: x.e.safetyApprovedBy,
      approvedByName: x.e.safetyApprovedBy ? (names.get(x.e.safetyApprovedBy) ?? null) : null,
    },
    logbook: logbook.map((l) => entryView(l, names)),
    report: x.e.report,
    outcomes: outs.map(outcomeView),
    can: {
      registerVisit: a.team !== null && RUNNABLE.includes(status),
      registerOthers: a.team === 'pi' && RUNNABLE.includes(status),
      approveVisits: station && RUNNABLE.includes(status),
      approveSafety: station && status === 'scheduled' && proposal?.p.safetyDeclaredAt != null,
      start: station && status === 'safety_approved',
      end: station && status === 'running',
      cancel: a.roles.userOffice && (status === 'scheduled' || status === 'safety_approved'),
      log: (a.team !== null || station) && status !== 'cancelled',
      report: a.team !== null && status === 'finished',
      addOutcome: a.team !== null || a.roles.userOffice,
    },
  };
}

// ── experiments: writing ──────────────────────────────────────────────────────────────────

/** Reloads the experiment's detail after a write. */
async function after(deps: D, ctx: RequestCtx, experimentId: string): Promise<ExperimentDetailView> {
  return getExperiment(deps, ctx, experimentId);
}

/** Locks the experiment's row and checks its status is one of `allowed`. */
async function lockIn(tx: Db, experimentId: string, allowed: ExperimentStatus[], what: string): Promise<repo.ExperimentRow> {
  const e = await repo.lockExperiment(tx, experimentId);
  if (!e) throw new AppError('not_found', 'no such experiment');
  if (!allowed.includes(e.status)) throw new AppError('invalid_state', `cannot ${what} an experiment that is ${e.status}`, { status: e.status });
  return e;
}

async function milestone(tx: Db, a: ExperimentAccess, note: string, at: Date): Promise<void> {
  await addEventIn(tx, { applicationId: a.x.e.applicationId, kind: 'experiment', actorId: a.personId, note: `${a.x.stationCode}: ${note}`, at });
}

export interface VisitInput {
  /** Whom to register; default the caller. Only the PI registers others. */
  personId?: string | undefined;
  arrivesOn: string;
  leavesOn: string;
}

/**
 * Registers a visit (or changes the dates of one, which then needs approval again): team members
 * register themselves, the PI registers accepted members too; dates inside the experiment ± 2 days.
 */
export async function registerVisit(deps: D, ctx: RequestCtx, experimentId: string, input: VisitInput): Promise<VisitView> {
  const db = deps.db.db;
  const a = await experimentAccess(db, ctx, experimentId);
  requireTeam(a);
  const personId = input.personId ?? a.personId;
  if (personId !== a.personId) {
    if (a.team !== 'pi') throw new AppError('forbidden', 'only the PI registers other members of the team');
    const role = await repo.teamRoleOf(db, a.x.e.applicationId, personId);
    if (role === null) throw new AppError('validation_failed', 'the person is not an accepted member of the team', undefined, [{ path: 'personId', message: 'not on the team' }]);
  }
  const w = visitWindow(a.x);
  if (input.leavesOn < input.arrivesOn) throw new AppError('validation_failed', 'the visit ends before it starts', undefined, [{ path: 'leavesOn', message: 'before arrivesOn' }]);
  if (input.arrivesOn < w.from || input.leavesOn > w.to) {
    throw new AppError('validation_failed', `visits fall between ${w.from} and ${w.to}`, { from: w.from, to: w.to }, [{ path: input.arrivesOn < w.from ? 'arrivesOn' : 'leavesOn', message: `outside ${w.from} – ${w.to}` }]);
  }
  const now = deps.now();
  const id = await db.transaction(async (tx) => {
    await lockIn(tx, experimentId, RUNNABLE, 'register a visit for');
    const old = await repo.visitOf(tx, experimentId, personId);
    const id = old?.id ?? newId('visit');
    if (old) await repo.updateVisit(tx, old.id, { arrivesOn: input.arrivesOn, leavesOn: input.leavesOn, status: 'registered' });
    else await repo.insertVisit(tx, { id, experimentId, personId, arrivesOn: input.arrivesOn, leavesOn: input.leavesOn, status: 'registered', createdAt: now });
    await record(
      tx,
      ctx,
      {
        action: 'facilities.experiment.visit.register',
        objectType: 'experiment_visit',
        objectId: id,
        orgId: a.roles.operatorOrgId,
        before: old ? { arrivesOn: old.arrivesOn, leavesOn: old.leavesOn, status: old.status } : null,
        after: { experimentId, personId, arrivesOn: input.arrivesOn, leavesOn: input.leavesOn },
      },
      now,
    );
    return id;
  });
  const v = (await repo.visitsOf(db, experimentId)).find((x) => x.id === id)!;
  return visitView(v, await repo.namesOf(db, [v.personId]));
}

/** Approves a registered visit (station scientists, the user office). */
export async function approveVisit(deps: D, ctx: RequestCtx, experimentId: string, visitId: string): Promise<VisitView> {
  const db = deps.db.db;
  const a = await experimentAccess(db, ctx, experimentId);
  requireStation(a);
  const now = deps.now();
  const v = await db.transaction(async (tx) => {
    const v = await repo.lockVisit(tx, experimentId, visitId);
    if (!v) throw new AppError('not_found', 'no such visit');
    await lockIn(tx, experimentId, RUNNABLE, 'approve a visit of');
    if (v.status !== 'registered') throw new AppError('invalid_state', `the visit is ${v.status}`, { status: v.status });
    await repo.updateVisit(tx, v.id, { status: 'approved' });
    await record(tx, ctx, { action: 'facilities.experiment.visit.approve', objectType: 'experiment_visit', objectId: v.id, orgId: a.roles.operatorOrgId, after: { status: 'approved' } }, now);
    return { ...v, status: 'approved' as const };
  });
  return visitView(v, await repo.namesOf(db, [v.personId]));
}

/** Approves the safety of the experiment's samples (station scientists, the user office); the proposal must carry its safety declaration. */
export async function approveSafety(deps: D, ctx: RequestCtx, experimentId: string): Promise<ExperimentDetailView> {
  const db = deps.db.db;
  const a = await experimentAccess(db, ctx, experimentId);
  requireStation(a);
  const now = deps.now();
  await db.transaction(async (tx) => {
    await lockIn(tx, experimentId, ['scheduled'], 'approve the safety of');
    const p = await repo.findProposal(tx, a.x.e.applicationId);
    if (!p?.p.safetyDeclaredAt) throw new AppError('invalid_state', 'the proposal carries no safety declaration');
    await repo.updateExperiment(tx, experimentId, { status: 'safety_approved', safetyApprovedBy: a.personId, safetyApprovedAt: now });
    const hazards = [...new Set(p.p.samples.flatMap((s) => s.hazards))];
    await record(tx, ctx, { action: 'facilities.experiment.safety_approve', objectType: 'experiment', objectId: experimentId, orgId: a.roles.operatorOrgId, after: { status: 'safety_approved', hazards } }, now);
    await milestone(tx, a, 'safety approved', now);
  });
  return after(deps, ctx, experimentId);
}

/** Starts the experiment (station scientists, the user office); refused with safety_not_approved before the safety approval. */
export async function startExperiment(deps: D, ctx: RequestCtx, experimentId: string): Promise<ExperimentDetailView> {
  const db = deps.db.db;
  const a = await experimentAccess(db, ctx, experimentId);
  requireStation(a);
  const now = deps.now();
  await db.transaction(async (tx) => {
    const e = await lockIn(tx, experimentId, ['scheduled', 'safety_approved'], 'start');
    if (e.status === 'scheduled' || !e.safetyApprovedAt) throw new AppError('safety_not_approved', 'the safety of the samples is not approved yet');
    await repo.updateExperiment(tx, experimentId, { status: 'running', startedAt: now });
    await record(tx, ctx, { action: 'facilities.experiment.start', objectType: 'experiment', objectId: experimentId, orgId: a.roles.operatorOrgId, after: { status: 'running', startedAt: now.toISOString() } }, now);
    await milestone(tx, a, 'experiment started', now);
  });
  return after(deps, ctx, experimentId);
}

export interface EndInput {
  lostHours: number;
  lostReason?: string | undefined;
}

/** Ends a running experiment with the beamtime lost (hours ≥ 0, a reason when > 0). */
export async function endExperiment(deps: D, ctx: RequestCtx, experimentId: string, input: EndInput): Promise<ExperimentDetailView> {
  const db = deps.db.db;
  const a = await experimentAccess(db, ctx, experimentId);
  requireStation(a);
  const reason = input.lostReason?.trim() || null;
  if (input.lostHours > 0 && !reason) throw new AppError('validation_failed', 'lost time needs a reason', undefined, [{ path: 'lostReason', message: 'required when lostHours > 0' }]);
  const scheduledHours = (a.x.e.scheduledEnd.getTime() - a.x.e.scheduledStart.getTime()) / HOUR;
  if (input.lostHours > scheduledHours) {
    throw new AppError('validation_failed', `at most the ${scheduledHours} hours scheduled can be lost`, { scheduledHours }, [{ path: 'lostHours', message: `more than ${scheduledHours}` }]);
  }
  const now = deps.now();
  await db.transaction(async (tx) => {
    await lockIn(tx, experimentId, ['running'], 'end');
    await repo.updateExperiment(tx, experimentId, { status: 'finished', endedAt: now, lostHours: input.lostHours, lostReason: reason });
    await record(
      tx,
      ctx,
      { action: 'facilities.experiment.end', objectType: 'experiment', objectId: experimentId, orgId: a.roles.operatorOrgId, after: { status: 'finished', endedAt: now.toISOString(), lostHours: input.lostHours, lostReason: reason } },
      now,
    );
    await milestone(tx, a, input.lostHours > 0 ? `experiment ended, ${input.lostHours} h lost (${reason})` : 'experiment ended', now);
  });
  return after(deps, ctx, experimentId);
}

/** Cancels an experiment that has not started (the user office). */
export async function cancelExperiment(deps: D, ctx: RequestCtx, experimentId: string, reason: string): Promise<ExperimentDetailView> {
  const db = deps.db.db;
  const a = await experimentAccess(db, ctx, experimentId);
  if (!a.roles.userOffice) throw new AppError('forbidden', 'the user office of the facility only');
  const now = deps.now();
  await db.transaction(async (tx) => {
    const e = await lockIn(tx, experimentId, ['scheduled', 'safety_approved'], 'cancel');
    await repo.updateExperiment(tx, experimentId, { status: 'cancelled' });
    await record(tx, ctx, { action: 'facilities.experiment.cancel', objectType: 'experiment', objectId: experimentId, orgId: a.roles.operatorOrgId, before: { status: e.status }, after: { status: 'cancelled', reason } }, now);
    await milestone(tx, a, `experiment cancelled: ${reason}`, now);
  });
  return after(deps, ctx, experimentId);
}

/** The experiment's logbook in order of writing. */
export async function logbook(deps: D, ctx: RequestCtx, experimentId: string, cursor: string | undefined, limit: number): Promise<Page<LogbookEntryView>> {
  const db = deps.db.db;
  const a = await experimentAccess(db, ctx, experimentId);
  requireVisible(a);
  const c = decodeCursor(cursor, 1);
  if (c && typeof c[0] !== 'string') throw new AppError('validation_failed', 'cursor is not valid');
  const [rows, total] = await Promise.all([repo.logbookOf(db, experimentId, c?.[0] as string | undefined, limit), repo.countLogbook(db, experimentId)]);
  const names = await repo.namesOf(db, rows.map((r) => r.authorId));
  return toPage(rows, limit, (r) => [r.id], (r) => entryView(r, names), total);
}

/** Appends a logbook entry (the team, the station's scientists, the user office). */
export async function addLogbookEntry(deps: D, ctx: RequestCtx, experimentId: string, body: string): Promise<LogbookEntryView> {
  const db = deps.db.db;
  const a = await experimentAccess(db, ctx, experimentId);
  if (!(a.team !== null || a.scientist || a.roles.userOffice)) throw new AppError('forbidden', 'the team and the station staff only');
  const text = body.trim();
  if (!text) throw new AppError('validation_failed', 'the entry is empty', undefined, [{ path: 'body', message: 'empty' }]);
  const now = deps.now();
  const id = newId('logbookEntry', now.getTime());
  await db.transaction(async (tx) => {
    await lockIn(tx, experimentId, ['scheduled', 'safety_approved', 'running', 'finished'], 'write in the logbook of');
    await repo.insertLogbookEntry(tx, { id, experimentId, authorId: a.personId, at: now, body: text });
    await record(tx, ctx, { action: 'facilities.experiment.log', objectType: 'logbook_entry', objectId: id, orgId: a.roles.operatorOrgId, after: { experimentId, length: text.length } }, now);
  });
  return { id, authorId: a.personId, authorName: (await repo.namesOf(db, [a.personId])).get(a.personId) ?? null, at: now.toISOString(), body: text };
}

/** Writes (or rewrites) the end-of-experiment report (the PI and accepted co-proposers, after the end). */
export async function writeReport(deps: D, ctx: RequestCtx, experimentId: string, report: string): Promise<ExperimentDetailView> {
  const db = deps.db.db;
  const a = await experimentAccess(db, ctx, experimentId);
  requireTeam(a);
  const text = report.trim();
  if (!text) throw new AppError('validation_failed', 'the report is empty', undefined, [{ path: 'report', message: 'empty' }]);
  const now = deps.now();
  await db.transaction(async (tx) => {
    const e = await lockIn(tx, experimentId, ['finished'], 'report on');
    await repo.updateExperiment(tx, experimentId, { report: text, reportSubmittedAt: now });
    await record(
      tx,
      ctx,
      { action: 'facilities.experiment.report', objectType: 'experiment', objectId: experimentId, orgId: a.roles.operatorOrgId, before: e.report ? { length: e.report.length } : null, after: { length: text.length } },
      now,
    );
    await milestone(tx, a, e.report ? 'end-of-experiment report revised' : 'end-of-experiment report submitted', now);
  });
  return after(deps, ctx, experimentId);
}

// ── proposals: outcomes and prior work ────────────────────────────────────────────────────

interface ProposalAccess {
  prop: repo.ProposalFull;
  personId: string;
  team: 'pi' | 'member' | null;
  roles: FacilityRoles;
}

/**
 * The caller's standing on a beamtime proposal: the team, the facility staff, scientists of the
 * stations it asks for, and its assigned reviewers see it; anybody else gets not_found.
 */
async function proposalAccess(db: Db, ctx: RequestCtx, applicationId: string): Promise<ProposalAccess> {
  const me = personOf(ctx);
  const prop = await repo.findProposal(db, applicationId);
  if (!prop) throw new AppError('not_found', 'no such proposal');
  const [team, roles] = await Promise.all([repo.teamRoleOf(db, applicationId, me.personId), facilityRoles(db, ctx, prop.p.facilityId)]);
  if (team !== null) return { prop, personId: me.personId, team, roles };
  if (prop.status !== 'draft') {
    if (roles.userOffice || roles.director) return { prop, personId: me.personId, team, roles };
    if (roles.stations.size > 0 && (await repo.requestedStationIds(db, applicationId)).some((s) => roles.stations.has(s))) return { prop, personId: me.personId, team, roles };
    if (await isActiveReviewer(db, applicationId, me.personId)) return { prop, personId: me.personId, team, roles };
  }
  throw new AppError('not_found', 'no such proposal');
}

/** The outcomes recorded for a proposal, newest first. */
export async function listOutcomes(deps: D, ctx: RequestCtx, applicationId: string): Promise<OutcomeView[]> {
  const db = deps.db.db;
  await proposalAccess(db, ctx, applicationId);
  return (await repo.outcomesOf(db, [applicationId])).map(outcomeView);
}

const DOI_RE = /^10\.\d{4,9}\/\S+$/;

/** A DOI as stored: without its resolver prefix, lower-cased; null when it is not a DOI. */
export function normalizeDoi(raw: string): string | null {
  const s = raw
    .trim()
    .replace(/^(https?:\/\/)?(dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '')
    .toLowerCase();
  return DOI_RE.test(s) ? s : null;
}

/** A patent number as stored: upper-cased without spaces; null when it does not look like one. */
export function normalizePatentNumber(raw: string): string | null {
  const s = raw.replace(/\s+/g, '').toUpperCase();
  return /^[A-Z0-9][A-Z0-9.\-/]{2,39}$/.test(s) ? s : null;
}

export type OutcomeInput =
  | { kind: 'publication'; doi: string; title: string; venue?: string | undefined; year?: number | undefined; experimentId?: string | undefined }
  | { kind: 'patent'; patentNumber: string; title: string; year?: number | undefined; experimentId?: string | undefined };

/** Records an outcome of a proposal (the team, the user office); the same DOI or patent twice is already_recorded. */
export async function addOutcome(deps: D, ctx: RequestCtx, applicationId: string, input: OutcomeInput): Promise<OutcomeView> {
  const db = deps.db.db;
  const a = await proposalAccess(db, ctx, applicationId);
  if (a.team === null && !a.roles.userOffice) throw new AppError('forbidden', 'the team and the user office record outcomes');
  let key: { doi: string } | { patentNumber: string };
  if (input.kind === 'publication') {
    const doi = normalizeDoi(input.doi);
    if (!doi) throw new AppError('validation_failed', 'not a DOI (10.NNNN/…)', undefined, [{ path: 'doi', message: 'not a DOI' }]);
    key = { doi };
  } else {
    const patentNumber = normalizePatentNumber(input.patentNumber);
    if (!patentNumber) throw new AppError('validation_failed', 'not a patent number', undefined, [{ path: 'patentNumber', message: 'not a patent number' }]);
    key = { patentNumber };
  }
  const title = input.title.trim();
  if (!title) throw new AppError('validation_failed', 'the title is empty', undefined, [{ path: 'title', message: 'empty' }]);
  if (input.experimentId && !(await repo.experimentOfApplication(db, input.experimentId, applicationId))) {
    throw new AppError('validation_failed', 'the experiment is not one of the proposal', undefined, [{ path: 'experimentId', message: 'not of this proposal' }]);
  }
  const now = deps.now();
  const row: repo.OutcomeRow = {
    id: newId('outcome', now.getTime()),
    applicationId,
    experimentId: input.experimentId ?? null,
    kind: input.kind,
    doi: 'doi' in key ? key.doi : null,
    patentNumber: 'patentNumber' in key ? key.patentNumber : null,
    title,
    venue: input.kind === 'publication' ? input.venue?.trim() || null : null,
    year: input.year ?? null,
    createdBy: a.personId,
    createdAt: now,
  };
  await db.transaction(async (tx) => {
    await repo.lockOutcomesOf(tx, applicationId);
    const dup = await repo.sameOutcome(tx, applicationId, key);
    if (dup) throw new AppError('already_recorded', 'this outcome is recorded already', { outcomeId: dup.id });
    await repo.insertOutcome(tx, row);
    await record(tx, ctx, { action: 'facilities.outcome.create', objectType: 'outcome', objectId: row.id, orgId: a.roles.operatorOrgId, after: outcomeView(row) }, now);
    await addEventIn(tx, { applicationId, kind: 'outcome', actorId: a.personId, note: `${row.kind}: ${row.doi ?? row.patentNumber} ${title}`, at: now });
  });
  return outcomeView(row);
}

/** Deletes an outcome (whoever recorded it, the user office). */
export async function deleteOutcome(deps: D, ctx: RequestCtx, outcomeId: string): Promise<void> {
  const db = deps.db.db;
  personOf(ctx);
  const o = await repo.findOutcome(db, outcomeId);
  if (!o) throw new AppError('not_found', 'no such outcome');
  const a = await proposalAccess(db, ctx, o.applicationId);
  if (o.createdBy !== a.personId && !a.roles.userOffice) throw new AppError('forbidden', 'whoever recorded the outcome, or the user office');
  const now = deps.now();
  await db.transaction(async (tx) => {
    await repo.lockOutcomesOf(tx, o.applicationId);
    await repo.deleteOutcome(tx, o.id);
    await record(tx, ctx, { action: 'facilities.outcome.delete', objectType: 'outcome', objectId: o.id, orgId: a.roles.operatorOrgId, before: outcomeView(o) }, now);
  });
}

export interface PriorExperimentView {
  id: string;
  stationId: string;
  stationCode: string;
  stationName: string;
  stationNameEn: string;
  scheduledStart: string;
  scheduledEnd: string;
  status: ExperimentStatus;
  lostHours: number;
  report: string | null;
  reportSubmittedAt: string | null;
}

export interface PriorProposalView {
  id: string;
  number: string | null;
  title: string;
  status: string;
  piName: string | null;
  cycleCode: string | null;
  submittedAt: string | null;
  /** Linked by the proposal itself (rather than found through its team). */
  linked: boolean;
  experiments: PriorExperimentView[];
  outcomes: OutcomeView[];
}

/**
 * The prior work of a proposal: the proposals it links to and the earlier proposals of its PI and
 * members, each with its experiments, end-of-experiment reports and outcomes. For the team, the
 * facility staff, scientists of the stations asked for, and the proposal's reviewers.
 */
export async function priorWork(deps: D, ctx: RequestCtx, applicationId: string): Promise<PriorProposalView[]> {
  const db = deps.db.db;
  await proposalAccess(db, ctx, applicationId);
  const props = await repo.priorProposals(db, applicationId, PRIOR_LIMIT);
  const ids = props.map((p) => p.id);
  const [exps, outs] = await Promise.all([repo.experimentsOfApplications(db, ids), repo.outcomesOf(db, ids)]);
  return props.map((p) => ({
    id: p.id,
    number: p.number,
    title: p.title,
    status: p.status,
    piName: p.piName,
    cycleCode: p.cycleCode,
    submittedAt: iso(p.submittedAt),
    linked: p.linked,
    experiments: exps
      .filter((e) => e.applicationId === p.id)
      .map((e) => ({
        id: e.id,
        stationId: e.stationId,
        stationCode: e.stationCode,
        stationName: e.stationName,
        stationNameEn: e.stationNameEn,
        scheduledStart: e.scheduledStart.toISOString(),
        scheduledEnd: e.scheduledEnd.toISOString(),
        status: e.status,
        lostHours: e.lostHours,
        report: e.report,
        reportSubmittedAt: iso(e.reportSubmittedAt),
      })),
    outcomes: outs.filter((o) => o.applicationId === p.id).map(outcomeView),
  }));
}
