// Cycles and their operating calendars (user operation, machine development, maintenance,
// shutdown), sample environments, and the environments and scientists of each station. The
// user office writes; the calendar is public (users plan around it).
import { newId } from '../../../shared/ids.ts';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { record } from '../audit/index.ts';
import { facilityRoles, requireUserOffice } from './facilities.access.ts';
import { dateOf, shiftCount, startOfDate, totalShifts, userShifts, type CycleClock } from './facilities.calendar.ts';
import * as repo from './facilities.cycles.repo.ts';
import { findFacility } from './facilities.repo.ts';
import type { ShiftRange } from './facilities.schedule.ts';
import { CYCLE_STATUSES, type CycleStatus, type PeriodKind } from './facilities.types.ts';

type D = Pick<Deps, 'db' | 'now'>;

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** The longest cycle accepted (a year and a bit). */
export const MAX_CYCLE_DAYS = 400;

// ── views ─────────────────────────────────────────────────────────────────────────────────

export interface CycleView {
  id: string;
  facilityId: string;
  code: string;
  name: string;
  nameEn: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  shiftHours: number;
  changeoverShifts: number;
  awardMultiple: number;
  status: CycleStatus;
  /** Whole shifts in the cycle. */
  shiftCount: number;
  createdAt: string;
}

export interface PeriodView {
  id: string;
  cycleId: string;
  stationId: string | null;
  kind: PeriodKind;
  startsAt: string;
  endsAt: string;
  note: string | null;
}

export interface CycleStationView {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  instrumentId: string;
  instrumentCode: string;
  instrumentName: string;
  instrumentNameEn: string;
  /** Shift ranges [from, to) of user operation on this station. */
  userShifts: ShiftRange[];
  userShiftCount: number;
}

export interface ScheduleSummaryView {
  id: string;
  version: number;
  status: 'draft' | 'published' | 'superseded';
  policy: 'score' | 'rank';
  objective: number | null;
  createdAt: string;
  publishedAt: string | null;
}

export interface CycleDetailView extends CycleView {
  periods: PeriodView[];
  stations: CycleStationView[];
  /** Versions of the schedule the caller may see (staff: all; others: the published one). */
  schedules: ScheduleSummaryView[];
  /** The caller is the facility's user office (may edit the calendar and schedule). */
  canEdit: boolean;
}

export interface EnvironmentView {
  id: string;
  facilityId: string;
  code: string;
  name: string;
  nameEn: string;
}

/** The clock of a cycle row (for the calendar functions). */
export function clockOf(c: repo.CycleRow): CycleClock {
  return { startsAt: c.startsAt, endsAt: c.endsAt, shiftHours: c.shiftHours, timeZone: c.timeZone };
}

export function cycleView(c: repo.CycleRow): CycleView {
  return {
    id: c.id,
    facilityId: c.facilityId,
    code: c.code,
    name: c.name,
    nameEn: c.nameEn,
    startsAt: c.startsAt.toISOString(),
    endsAt: c.endsAt.toISOString(),
    timeZone: c.timeZone,
    shiftHours: c.shiftHours,
    changeoverShifts: c.changeoverShifts,
    awardMultiple: c.awardMultiple,
    status: c.status,
    shiftCount: shiftCount(clockOf(c)),
    createdAt: c.createdAt.toISOString(),
  };
}

export function periodView(p: repo.PeriodRow): PeriodView {
  return { id: p.id, cycleId: p.cycleId, stationId: p.stationId, kind: p.kind, startsAt: p.startsAt.toISOString(), endsAt: p.endsAt.toISOString(), note: p.note };
}

function environmentView(e: repo.EnvironmentRow): EnvironmentView {
  return { id: e.id, facilityId: e.facilityId, code: e.code, name: e.name, nameEn: e.nameEn };
}

/** Stations of the facility with their user-operation shifts in the cycle. */
export async function cycleStations(db: Db, c: repo.CycleRow, periods: repo.PeriodRow[]): Promise<CycleStationView[]> {
  const clock = clockOf(c);
  const rows = await repo.stationsWithInstrument(db, c.facilityId);
  return rows.map((r) => {
    const ranges = userShifts(clock, periods, r.s.id);
    return {
      id: r.s.id,
      code: r.s.code,
      name: r.s.name,
      nameEn: r.s.nameEn,
      instrumentId: r.s.instrumentId,
      instrumentCode: r.instrumentCode,
      instrumentName: r.instrumentName,
      instrumentNameEn: r.instrumentNameEn,
      userShifts: ranges,
      userShiftCount: totalShifts(ranges),
    };
  });
}

// ── helpers ───────────────────────────────────────────────────────────────────────────────

function invalid(message: string, field: string): AppError {
  return new AppError('validation_failed', message, { field }, [{ path: field, message }]);
}

/** Loads a cycle or throws not_found. */
export async function cycleOr404(db: Db, cycleId: string): Promise<repo.CycleRow> {
  const c = await repo.findCycle(db, cycleId);
  if (!c) throw new AppError('not_found', 'no such cycle');
  return c;
}

function validZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Checks the span, zone and shift length of a cycle (start at a shift boundary of its zone, whole shifts). */
function checkClock(startsAt: Date, endsAt: Date, timeZone: string, shiftHours: number): void {
  if (!validZone(timeZone)) throw invalid(`unknown time zone ${timeZone}`, 'timeZone');
  if (24 % shiftHours !== 0) throw invalid('shiftHours must divide a day (1, 2, 3, 4, 6, 8, 12 or 24)', 'shiftHours');
  if (!(endsAt > startsAt)) throw invalid('endsAt must come after startsAt', 'endsAt');
  const span = endsAt.getTime() - startsAt.getTime();
  if (span > MAX_CYCLE_DAYS * DAY) throw invalid(`a cycle lasts at most ${MAX_CYCLE_DAYS} days`, 'endsAt');
  const midnight = startOfDate(dateOf(startsAt, timeZone), timeZone);
  if ((startsAt.getTime() - midnight.getTime()) % (shiftHours * HOUR) !== 0) {
    throw invalid(`startsAt must be at a shift boundary (every ${shiftHours} h from midnight in ${timeZone})`, 'startsAt');
  }
  if (span % (shiftHours * HOUR) !== 0) throw invalid(`the cycle must last a whole number of ${shiftHours} h shifts`, 'endsAt');
}

// ── cycles ────────────────────────────────────────────────────────────────────────────────

/** The cycles of a facility, latest first (public). */
export async function listCycles(deps: D, facilityId: string): Promise<{ items: CycleView[] }> {
  if (!(await findFacility(deps.db.db, facilityId))) throw new AppError('not_found', 'no such facility');
  return { items: (await repo.cyclesOf(deps.db.db, facilityId)).map(cycleView) };
}

export interface CycleInput {
  code: string;
  name: string;
  nameEn: string;
  startsAt: string;
  endsAt: string;
  timeZone?: string;
  shiftHours?: number;
  changeoverShifts?: number;
  awardMultiple?: number;
}

/** Creates a cycle in 'planning' (user office). */
export async function createCycle(deps: D, ctx: RequestCtx, facilityId: string, input: CycleInput): Promise<CycleView> {
  await requireUserOffice(deps.db.db, ctx, facilityId);
  const now = deps.now();
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const timeZone = input.timeZone ?? 'Asia/Shanghai';
  const shiftHours = input.shiftHours ?? 8;
  checkClock(startsAt, endsAt, timeZone, shiftHours);
  return deps.db.db.transaction(async (tx) => {
    if (await repo.cycleByCode(tx, facilityId, input.code)) throw new AppError('name_taken', `the facility has a cycle ${input.code}`);
    const c = await repo.insertCycle(tx, {
      id: newId('cycle', now.getTime()),
      facilityId,
      code: input.code,
      name: input.name,
      nameEn: input.nameEn,
      startsAt,
      endsAt,
      timeZone,
      shiftHours,
      changeoverShifts: input.changeoverShifts ?? 1,
      awardMultiple: input.awardMultiple ?? 1,
      status: 'planning',
      createdAt: now,
    });
    const view = cycleView(c);
    await record(tx, ctx, { action: 'facilities.cycle.create', objectType: 'facility_cycle', objectId: c.id, after: view }, now);
    return view;
  });
}

/** A cycle with its calendar, its stations' user shifts and the schedule versions the caller may see (public). */
export async function getCycle(deps: D, ctx: RequestCtx, cycleId: string): Promise<CycleDetailView> {
  const db = deps.db.db;
  const c = await cycleOr404(db, cycleId);
  const periods = await repo.periodsOf(db, cycleId);
  const roles = await facilityRoles(db, ctx, c.facilityId);
  const staff = roles.userOffice || roles.director || roles.stations.size > 0;
  const versions = (await repo.schedulesOfCycle(db, cycleId)).filter((s) => staff || s.status === 'published');
  return {
    ...cycleView(c),
    periods: periods.map(periodView),
    stations: await cycleStations(db, c, periods),
    schedules: versions.map((s) => ({
      id: s.id,
      version: s.version,
      status: s.status,
      policy: s.policy,
      objective: s.objective,
      createdAt: s.createdAt.toISOString(),
      publishedAt: s.publishedAt?.toISOString() ?? null,
    })),
    canEdit: roles.userOffice,
  };
}

export type CyclePatch = Partial<CycleInput> & { status?: CycleStatus };

// Fields that shape the shift grid: frozen once the call opens (proposals and awards count in it).
const CLOCK_FIELDS = ['startsAt', 'endsAt', 'timeZone', 'shiftHours', 'awardMultiple', 'code'] as const;

/**
 * Changes a cycle (user office): names and changeover at any time before it closes; its code,
 * span, zone, shift length and award multiple while planning; its status one step along
 * CYCLE_STATUSES ('published' comes from publishing a schedule).
 */
export async function patchCycle(deps: D, ctx: RequestCtx, cycleId: string, patch: CyclePatch): Promise<CycleView> {
  const db = deps.db.db;
  const before = await cycleOr404(db, cycleId);
  await requireUserOffice(db, ctx, before.facilityId);
  const now = deps.now();
  return db.transaction(async (tx) => {
    const c = (await repo.lockCycle(tx, cycleId)) as repo.CycleRow;
    if (c.status === 'closed') throw new AppError('invalid_state', 'the cycle is closed');
    const changesClock = CLOCK_FIELDS.some((f) => patch[f] !== undefined);
    if (changesClock && c.status !== 'planning') {
      throw new AppError('invalid_state', 'code, span, time zone, shift length and award multiple change only while planning', { status: c.status });
    }
    const set: Partial<repo.CycleRow> = {};
    if (patch.name !== undefined) set.name = patch.name;
    if (patch.nameEn !== undefined) set.nameEn = patch.nameEn;
    if (patch.changeoverShifts !== undefined) set.changeoverShifts = patch.changeoverShifts;
    if (patch.awardMultiple !== undefined) set.awardMultiple = patch.awardMultiple;
    if (patch.code !== undefined && patch.code !== c.code) {
      if (await repo.cycleByCode(tx, c.facilityId, patch.code)) throw new AppError('name_taken', `the facility has a cycle ${patch.code}`);
      set.code = patch.code;
    }
    if (changesClock) {
      const startsAt = patch.startsAt ? new Date(patch.startsAt) : c.startsAt;
      const endsAt = patch.endsAt ? new Date(patch.endsAt) : c.endsAt;
      const timeZone = patch.timeZone ?? c.timeZone;
      const shiftHours = patch.shiftHours ?? c.shiftHours;
      checkClock(startsAt, endsAt, timeZone, shiftHours);
      const outside = (await repo.periodsOf(tx, cycleId)).find((p) => p.startsAt < startsAt || p.endsAt > endsAt);
      if (outside) throw invalid(`calendar period ${outside.id} would fall outside the cycle; remove it first`, 'startsAt');
      Object.assign(set, { startsAt, endsAt, timeZone, shiftHours });
    }
    if (patch.status !== undefined && patch.status !== c.status) {
      const from = CYCLE_STATUSES.indexOf(c.status);
      const to = CYCLE_STATUSES.indexOf(patch.status);
      if (patch.status === 'published') throw new AppError('invalid_state', 'a cycle is published by publishing its schedule');
      if (to !== from + 1) throw new AppError('invalid_state', `a cycle moves one step at a time: ${c.status} → ${CYCLE_STATUSES[from + 1] ?? '—'}`, { from: c.status, to: patch.status });
      set.status = patch.status;
    }
    if (Object.keys(set).length === 0) return cycleView(c);
    const after = await repo.updateCycle(tx, cycleId, set);
    await record(tx, ctx, { action: 'facilities.cycle.update', objectType: 'facility_cycle', objectId: cycleId, before: cycleView(c), after: cycleView(after) }, now);
    return cycleView(after);
  });
}

// ── calendar periods ──────────────────────────────────────────────────────────────────────

export interface PeriodInput {
  kind: PeriodKind;
  stationId?: string | null;
  startsAt: string;
  endsAt: string;
  note?: string | null;
}

/** Adds a period to a cycle's calendar (user office): inside the cycle, facility-wide or for one of its stations. */
export async function addPeriod(deps: D, ctx: RequestCtx, cycleId: string, input: PeriodInput): Promise<PeriodView> {
  const db = deps.db.db;
  const c = await cycleOr404(db, cycleId);
  await requireUserOffice(db, ctx, c.facilityId);
  if (c.status === 'closed') throw new AppError('invalid_state', 'the cycle is closed');
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (!(endsAt > startsAt)) throw invalid('endsAt must come after startsAt', 'endsAt');
  if (startsAt < c.startsAt || endsAt > c.endsAt) {
    throw new AppError('validation_failed', 'the period must lie inside the cycle', { field: 'startsAt', cycleStartsAt: c.startsAt.toISOString(), cycleEndsAt: c.endsAt.toISOString() }, [
      { path: 'startsAt', message: 'outside the cycle' },
    ]);
  }
  if (input.stationId) {
    const s = await repo.findStation(db, input.stationId);
    if (!s || s.facilityId !== c.facilityId) throw invalid('the station is not one of the facility’s', 'stationId');
  }
  const now = deps.now();
  return db.transaction(async (tx) => {
    const p = await repo.insertPeriod(tx, { id: newId('period', now.getTime()), cycleId, stationId: input.stationId ?? null, kind: input.kind, startsAt, endsAt, note: input.note ?? null, createdAt: now });
    const view = periodView(p);
    await record(tx, ctx, { action: 'facilities.period.create', objectType: 'calendar_period', objectId: p.id, after: view }, now);
    return view;
  });
}

/** Removes a period from a cycle's calendar (user office). */
export async function removePeriod(deps: D, ctx: RequestCtx, cycleId: string, periodId: string): Promise<void> {
  const db = deps.db.db;
  const c = await cycleOr404(db, cycleId);
  await requireUserOffice(db, ctx, c.facilityId);
  if (c.status === 'closed') throw new AppError('invalid_state', 'the cycle is closed');
  const p = await repo.findPeriod(db, cycleId, periodId);
  if (!p) throw new AppError('not_found', 'no such period in the cycle');
  const now = deps.now();
  await db.transaction(async (tx) => {
    await repo.deletePeriod(tx, periodId);
    await record(tx, ctx, { action: 'facilities.period.delete', objectType: 'calendar_period', objectId: periodId, before: periodView(p) }, now);
  });
}

// ── sample environments, station environments and scientists ──────────────────────────────

/** The sample environments of a facility (public). */
export async function listEnvironments(deps: D, facilityId: string): Promise<{ items: EnvironmentView[] }> {
  if (!(await findFacility(deps.db.db, facilityId))) throw new AppError('not_found', 'no such facility');
  return { items: (await repo.environmentsOf(deps.db.db, facilityId)).map(environmentView) };
}

/** Adds a sample environment to a facility's catalog (user office). */
export async function createEnvironment(deps: D, ctx: RequestCtx, facilityId: string, input: { code: string; name: string; nameEn: string }): Promise<EnvironmentView> {
  await requireUserOffice(deps.db.db, ctx, facilityId);
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    if (await repo.environmentByCode(tx, facilityId, input.code)) throw new AppError('name_taken', `the facility has an environment ${input.code}`);
    const e = await repo.insertEnvironment(tx, { id: newId('environment', now.getTime()), facilityId, code: input.code, name: input.name, nameEn: input.nameEn, createdAt: now });
    const view = environmentView(e);
    await record(tx, ctx, { action: 'facilities.environment.create', objectType: 'sample_environment', objectId: e.id, after: view }, now);
    return view;
  });
}

async function stationOr404(db: Db, stationId: string): Promise<repo.StationRow> {
  const s = await repo.findStation(db, stationId);
  if (!s) throw new AppError('not_found', 'no such station');
  return s;
}

/** Replaces the sample environments a station can mount (user office). */
export async function putStationEnvironments(deps: D, ctx: RequestCtx, stationId: string, environmentIds: string[]): Promise<{ stationId: string; environments: EnvironmentView[] }> {
  const db = deps.db.db;
  const s = await stationOr404(db, stationId);
  await requireUserOffice(db, ctx, s.facilityId);
  const ids = [...new Set(environmentIds)];
  const found = await repo.environmentsByIds(db, s.facilityId, ids);
  const missing = ids.filter((id) => !found.some((e) => e.id === id));
  if (missing.length) throw new AppError('validation_failed', 'unknown sample environments of the facility', { missing }, [{ path: 'environmentIds', message: `unknown: ${missing.join(', ')}` }]);
  const now = deps.now();
  return db.transaction(async (tx) => {
    const before = (await repo.environmentsOfStation(tx, stationId)).map((e) => e.id);
    await repo.replaceStationEnvironments(tx, stationId, ids);
    const environments = (await repo.environmentsOfStation(tx, stationId)).map(environmentView);
    await record(tx, ctx, { action: 'facilities.station.environments', objectType: 'station', objectId: stationId, before, after: ids }, now);
    return { stationId, environments };
  });
}

export interface StationScientistView {
  personId: string;
  name: string;
  role: 'lead' | 'scientist';
}

/** Replaces the scientists of a station (user office). */
export async function putStationScientists(
  deps: D,
  ctx: RequestCtx,
  stationId: string,
  scientists: { personId: string; role?: 'lead' | 'scientist' }[],
): Promise<{ stationId: string; scientists: StationScientistView[] }> {
  const db = deps.db.db;
  const s = await stationOr404(db, stationId);
  await requireUserOffice(db, ctx, s.facilityId);
  const byPerson = new Map(scientists.map((x) => [x.personId, x.role ?? 'scientist']));
  const known = new Set(await repo.existingPeople(db, [...byPerson.keys()]));
  const missing = [...byPerson.keys()].filter((id) => !known.has(id));
  if (missing.length) throw new AppError('validation_failed', 'unknown people', { missing }, [{ path: 'scientists', message: `unknown: ${missing.join(', ')}` }]);
  const now = deps.now();
  return db.transaction(async (tx) => {
    const before = await repo.scientistsOfStation(tx, stationId);
    await repo.replaceStationScientists(tx, stationId, [...byPerson].map(([personId, role]) => ({ personId, role })), now);
    const after = (await repo.scientistsOfStation(tx, stationId)).map((r) => ({ personId: r.personId, name: r.name, role: r.role }));
    await record(
      tx,
      ctx,
      { action: 'facilities.station.scientists', objectType: 'station', objectId: stationId, before: before.map((r) => ({ personId: r.personId, role: r.role })), after: after.map((r) => ({ personId: r.personId, role: r.role })) },
      now,
    );
    return { stationId, scientists: after };
  });
}
