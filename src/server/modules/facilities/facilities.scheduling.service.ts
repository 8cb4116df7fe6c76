// Schedules of a cycle: solve the awards into blocks (facilities.schedule.runner: greedy + HiGHS),
// keep each version, let the user office pin, move and swap blocks (each change re-validated
// against every hard rule), publish (validated again; experiments created, moved or cancelled),
// and serve the published blocks as ICS feeds (per station, per person, by secret address).
import { createHash, randomBytes } from 'node:crypto';
import { newId } from '../../../shared/ids.ts';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { record } from '../audit/index.ts';
import { personOf } from '../identity/index.ts';
import { facilityRoles, requireUserOffice } from './facilities.access.ts';
import { dateRangesToShifts, shiftCount, shiftStart, userShifts } from './facilities.calendar.ts';
import * as crepo from './facilities.cycles.repo.ts';
import { clockOf, cycleOr404, cycleStations, cycleView, periodView, type CycleStationView, type CycleView, type PeriodView, type ScheduleSummaryView } from './facilities.cycles.service.ts';
import { buildCalendar, ICS_TYPE, type IcsEvent } from './facilities.ics.ts';
import { solveSchedule } from './facilities.schedule.runner.ts';
import { scheduleObjective, validateSchedule, type Placement, type ScheduleExperiment, type ScheduleInput, type SchedulePin, type SchedulePolicy, type Violation } from './facilities.schedule.ts';
import * as repo from './facilities.scheduling.repo.ts';

type D = Pick<Deps, 'db' | 'now'>;

/** The longest a solve may run, in seconds (the route waits for it). */
export const MAX_SOLVE_SECONDS = 60;
/** The relative MIP gap at which a cluster stops. */
const SOLVE_GAP = 0.005;

// ── the scheduler's input ─────────────────────────────────────────────────────────────────

/** Weight of an award's shifts from its panel grade (1 best … 5): better grade, higher weight. */
export function scoreOfGrade(grade: number | null): number {
  if (grade === null || !Number.isFinite(grade)) return 1;
  return Math.max(1, 6 - grade);
}

/** Everything known about a cycle that a schedule is built and checked against. */
interface Frame {
  cycle: crepo.CycleRow;
  periods: crepo.PeriodRow[];
  awards: repo.AwardSource[];
  input: ScheduleInput;
}

/** Builds the scheduler's input from a cycle's awards, calendar and stations. */
async function frameOf(db: Db, cycle: crepo.CycleRow, policy: SchedulePolicy, pins: SchedulePin[]): Promise<Frame> {
  const clock = clockOf(cycle);
  const periods = await crepo.periodsOf(db, cycle.id);
  const awards = await repo.awardsOfCycle(db, cycle.id);
  const stations = await crepo.stationsWithInstrument(db, cycle.facilityId);
  const shiftsPerDay = 24 / cycle.shiftHours;
  const userOperation: ScheduleInput['userOperation'] = {};
  for (const s of stations) userOperation[s.s.id] = userShifts(clock, periods, s.s.id);
  const experiments: ScheduleExperiment[] = awards.map((a) => ({
    id: a.id,
    stationId: a.stationId,
    shifts: a.shifts,
    score: scoreOfGrade(a.grade),
    rank: a.rank ?? 1_000_000,
    impossible: dateRangesToShifts(clock, a.impossibleDates),
    preferred: dateRangesToShifts(clock, a.preferredDates),
    equipment: a.environmentId ? [a.environmentId] : [],
  }));
  const known = new Set(awards.map((a) => a.id));
  return {
    cycle,
    periods,
    awards,
    input: {
      shiftsPerDay,
      days: Math.ceil(shiftCount(clock) / shiftsPerDay),
      userOperation,
      experiments,
      changeoverShifts: cycle.changeoverShifts,
      pins: pins.filter((p) => known.has(p.experimentId)),
      policy,
    },
  };
}

const placementOf = (b: Pick<repo.BlockRow, 'awardId' | 'stationId' | 'startShift' | 'shifts'>): Placement => ({ experimentId: b.awardId, stationId: b.stationId, start: b.startShift, shifts: b.shifts });

/**
 * Every hard rule against blocks: user operation, impossible dates, the awarded length, overlap,
 * changeover, shared equipment, pins, and block times matching their shifts. (The 'rank' policy
 * is how a schedule is optimized, not a rule a hand-made change must keep.)
 */
function violationsOf(frame: Frame, blocks: repo.BlockRow[]): Violation[] {
  const pins = blocks.filter((b) => b.pinned).map((b) => ({ experimentId: b.awardId, start: b.startShift }));
  const v = validateSchedule({ ...frame.input, pins, policy: 'score' }, blocks.map(placementOf));
  const clock = clockOf(frame.cycle);
  for (const b of blocks) {
    if (b.startsAt.getTime() !== shiftStart(clock, b.startShift).getTime() || b.endsAt.getTime() !== shiftStart(clock, b.startShift + b.shifts).getTime()) {
      v.push({ rule: 'times', experimentId: b.awardId, detail: `block ${b.id} times do not match shifts ${b.startShift}+${b.shifts}` });
    }
  }
  return v;
}

/** Objective and gap of blocks after a hand-made change (the bound stays an upper bound). */
function figuresOf(frame: Frame, s: repo.ScheduleRow, blocks: repo.BlockRow[]): { objective: number; gapPct: number | null } {
  const objective = scheduleObjective(frame.input, blocks.map(placementOf));
  const bound = s.lpBound;
  return { objective, gapPct: bound && bound > 0 ? Math.max(0, (100 * (bound - objective)) / bound) : s.gapPct };
}

// Solves run one at a time in this process: each already uses a pool of worker threads.
let solving: Promise<unknown> = Promise.resolve();
function exclusive<T>(f: () => Promise<T>): Promise<T> {
  const run = solving.then(f, f);
  solving = run.catch(() => undefined);
  return run;
}

// ── views ─────────────────────────────────────────────────────────────────────────────────

export interface BlockView {
  id: string;
  awardId: string;
  applicationId: string;
  number: string | null;
  title: string;
  stationId: string;
  startShift: number;
  shifts: number;
  startsAt: string;
  endsAt: string;
  environmentId: string | null;
  pinned: boolean;
  grade: number | null;
  rank: number | null;
}

export interface UnplacedView {
  awardId: string;
  applicationId: string;
  number: string | null;
  title: string;
  stationId: string;
  shifts: number;
  environmentId: string | null;
  grade: number | null;
  rank: number | null;
}

export interface ScheduleView {
  id: string;
  cycleId: string;
  facilityId: string;
  version: number;
  status: 'draft' | 'published' | 'superseded';
  policy: SchedulePolicy;
  objective: number | null;
  lpBound: number | null;
  gapPct: number | null;
  solveSeconds: number | null;
  greedyObjective: number | null;
  createdAt: string;
  publishedAt: string | null;
  cycle: CycleView;
  stations: CycleStationView[];
  periods: PeriodView[];
  blocks: BlockView[];
  /** Awards of the cycle without a block (staff only). */
  unplaced: UnplacedView[];
  /** The versions the caller may see, newest first. */
  versions: ScheduleSummaryView[];
  /** The caller is the facility's user office. */
  canEdit: boolean;
}

async function scheduleView(db: Db, ctx: RequestCtx, s: repo.ScheduleRow): Promise<ScheduleView> {
  const cycle = await cycleOr404(db, s.cycleId);
  const roles = await facilityRoles(db, ctx, cycle.facilityId);
  const staff = roles.userOffice || roles.director || roles.stations.size > 0;
  if (!staff && s.status !== 'published') throw new AppError('not_found', 'no such schedule');
  const periods = await crepo.periodsOf(db, cycle.id);
  const awards = await repo.awardsOfCycle(db, cycle.id);
  const byAward = new Map(awards.map((a) => [a.id, a]));
  const blocks = await repo.blocksOf(db, s.id);
  const placed = new Set(blocks.map((b) => b.awardId));
  const versions = (await crepo.schedulesOfCycle(db, cycle.id)).filter((v) => staff || v.status === 'published');
  return {
    id: s.id,
    cycleId: s.cycleId,
    facilityId: cycle.facilityId,
    version: s.version,
    status: s.status,
    policy: s.policy,
    objective: s.objective,
    lpBound: s.lpBound,
    gapPct: s.gapPct,
    solveSeconds: s.solveSeconds,
    greedyObjective: s.greedyObjective,
    createdAt: s.createdAt.toISOString(),
    publishedAt: s.publishedAt?.toISOString() ?? null,
    cycle: cycleView(cycle),
    stations: await cycleStations(db, cycle, periods),
    periods: periods.map(periodView),
    blocks: blocks.map((b) => {
      const a = byAward.get(b.awardId);
      return {
        id: b.id,
        awardId: b.awardId,
        applicationId: b.applicationId,
        number: a?.number ?? null,
        title: a?.title ?? '',
        stationId: b.stationId,
        startShift: b.startShift,
        shifts: b.shifts,
        startsAt: b.startsAt.toISOString(),
        endsAt: b.endsAt.toISOString(),
        environmentId: b.environmentId,
        pinned: b.pinned,
        grade: staff ? (a?.grade ?? null) : null,
        rank: staff ? (a?.rank ?? null) : null,
      };
    }),
    unplaced: staff
      ? awards
          .filter((a) => !placed.has(a.id))
          .map((a) => ({ awardId: a.id, applicationId: a.applicationId, number: a.number, title: a.title, stationId: a.stationId, shifts: a.shifts, environmentId: a.environmentId, grade: a.grade, rank: a.rank }))
      : [],
    versions: versions.map((v) => ({ id: v.id, version: v.version, status: v.status, policy: v.policy, objective: v.objective, createdAt: v.createdAt.toISOString(), publishedAt: v.publishedAt?.toISOString() ?? null })),
    canEdit: roles.userOffice,
  };
}

// ── solve ─────────────────────────────────────────────────────────────────────────────────

export interface SolveInput {
  policy: SchedulePolicy;
  timeLimitSeconds: number;
  /** A schedule of the cycle whose pinned blocks the new version keeps. */
  from?: string;
}

/**
 * Solves the cycle's awards into a new draft version (user office): greedy warm start, HiGHS per
 * cluster within the time limit, pins of `from` kept (pin_infeasible when they break a rule).
 */
export async function solveCycle(deps: D, ctx: RequestCtx, cycleId: string, body: SolveInput): Promise<ScheduleView> {
  const db = deps.db.db;
  const cycle = await cycleOr404(db, cycleId);
  await requireUserOffice(db, ctx, cycle.facilityId);
  if (cycle.status === 'closed') throw new AppError('invalid_state', 'the cycle is closed');
  let pins: SchedulePin[] = [];
  if (body.from) {
    const from = await repo.findSchedule(db, body.from);
    if (!from || from.cycleId !== cycleId) throw new AppError('not_found', 'no such schedule of the cycle');
    pins = (await repo.blocksOf(db, from.id)).filter((b) => b.pinned).map((b) => ({ experimentId: b.awardId, start: b.startShift }));
  }
  // In a running cycle the past is fixed: blocks of the published schedule that have begun keep
  // their place, and nothing new starts before the next shift boundary.
  const firstFuture = Math.max(0, Math.ceil((deps.now().getTime() - cycle.startsAt.getTime()) / (cycle.shiftHours * 3600_000)));
  if (firstFuture > 0) {
    const published = await repo.publishedOfCycle(db, cycleId);
    const begun = published ? (await repo.blocksOf(db, published.id)).filter((b) => b.startShift < firstFuture) : [];
    const byAward = new Map(pins.map((p) => [p.experimentId, p]));
    for (const b of begun) byAward.set(b.awardId, { experimentId: b.awardId, start: b.startShift });
    pins = [...byAward.values()];
  }
  const frame = await frameOf(db, cycle, body.policy, pins);
  if (firstFuture > 0) {
    const fixed = new Set(pins.map((p) => p.experimentId));
    for (const e of frame.input.experiments) if (!fixed.has(e.id)) e.impossible.push({ from: 0, to: firstFuture });
  }
  if (frame.awards.length === 0) throw new AppError('invalid_state', 'the cycle has no awarded beamtime to schedule');
  // The pins alone must keep every rule, or no schedule can.
  const pinned = frame.input.pins.map((p) => {
    const e = frame.input.experiments.find((x) => x.id === p.experimentId) as ScheduleExperiment;
    return { experimentId: e.id, stationId: e.stationId, start: p.start, shifts: e.shifts };
  });
  const pinViolations = validateSchedule({ ...frame.input, policy: 'score' }, pinned);
  if (pinViolations.length) throw new AppError('pin_infeasible', 'the pinned blocks break the rules of the calendar', { violations: pinViolations });

  const result = await exclusive(() => solveSchedule(frame.input, { timeLimit: Math.min(body.timeLimitSeconds, MAX_SOLVE_SECONDS), gap: SOLVE_GAP, workers: 2 }));
  const violations = validateSchedule({ ...frame.input, policy: 'score' }, result.placements);
  if (violations.length) throw new AppError('pin_infeasible', 'no schedule keeps the pins and every rule', { violations });

  const clock = clockOf(cycle);
  const now = deps.now();
  const byAward = new Map(frame.awards.map((a) => [a.id, a]));
  const pinnedIds = new Set(frame.input.pins.map((p) => p.experimentId));
  const s = await db.transaction(async (tx) => {
    const locked = await crepo.lockCycle(tx, cycleId);
    if (!locked || locked.status === 'closed') throw new AppError('invalid_state', 'the cycle is closed');
    const id = newId('schedule', now.getTime());
    const row = await repo.insertSchedule(tx, {
      id,
      cycleId,
      version: await repo.nextVersion(tx, cycleId),
      status: 'draft',
      policy: body.policy,
      objective: result.objective,
      lpBound: result.lpBound,
      gapPct: result.gapPct,
      solveSeconds: result.seconds,
      greedyObjective: result.heuristicObjective,
      createdBy: personOf(ctx).personId,
      createdAt: now,
    });
    await repo.insertBlocks(
      tx,
      result.placements.map((p) => {
        const a = byAward.get(p.experimentId) as repo.AwardSource;
        return {
          id: newId('block', now.getTime()),
          scheduleId: id,
          awardId: a.id,
          applicationId: a.applicationId,
          stationId: a.stationId,
          startShift: p.start,
          shifts: p.shifts,
          startsAt: shiftStart(clock, p.start),
          endsAt: shiftStart(clock, p.start + p.shifts),
          environmentId: a.environmentId,
          pinned: pinnedIds.has(a.id),
        };
      }),
    );
    await record(
      tx,
      ctx,
      {
        action: 'facilities.schedule.solve',
        objectType: 'schedule',
        objectId: id,
        after: {
          cycleId,
          version: row.version,
          policy: body.policy,
          timeLimitSeconds: body.timeLimitSeconds,
          from: body.from ?? null,
          pins: frame.input.pins.length,
          placed: result.placements.length,
          unplaced: result.unplaced.length,
          objective: result.objective,
          lpBound: result.lpBound,
          gapPct: result.gapPct,
          greedyObjective: result.heuristicObjective,
          seconds: result.seconds,
        },
      },
      now,
    );
    return row;
  });
  return scheduleView(db, ctx, s);
}

// ── read ──────────────────────────────────────────────────────────────────────────────────

/** A schedule version: published ones for anyone, drafts for the facility's staff. */
export async function getSchedule(deps: D, ctx: RequestCtx, scheduleId: string): Promise<ScheduleView> {
  const s = await repo.findSchedule(deps.db.db, scheduleId);
  if (!s) throw new AppError('not_found', 'no such schedule');
  return scheduleView(deps.db.db, ctx, s);
}

/** The published schedule of a cycle (public); not_found when none is. */
export async function publishedSchedule(deps: D, ctx: RequestCtx, cycleId: string): Promise<ScheduleView> {
  await cycleOr404(deps.db.db, cycleId);
  const s = await repo.publishedOfCycle(deps.db.db, cycleId);
  if (!s) throw new AppError('not_found', 'the cycle has no published schedule');
  return scheduleView(deps.db.db, ctx, s);
}

// ── hand-made changes ─────────────────────────────────────────────────────────────────────

/** Opens a draft for a change by the user office: the schedule locked, its frame and blocks. */
async function editDraft<T>(
  deps: D,
  ctx: RequestCtx,
  scheduleId: string,
  work: (tx: Db, s: repo.ScheduleRow, frame: Frame, blocks: repo.BlockRow[]) => Promise<T>,
): Promise<T> {
  const db = deps.db.db;
  const s0 = await repo.findSchedule(db, scheduleId);
  if (!s0) throw new AppError('not_found', 'no such schedule');
  const cycle = await cycleOr404(db, s0.cycleId);
  const roles = await facilityRoles(db, ctx, cycle.facilityId);
  if (!roles.userOffice) {
    if (roles.director || roles.stations.size > 0 || s0.status === 'published') throw new AppError('forbidden', 'the user office of the facility only');
    throw new AppError('not_found', 'no such schedule');
  }
  return db.transaction(async (tx) => {
    const s = (await repo.lockSchedule(tx, scheduleId)) as repo.ScheduleRow;
    if (s.status !== 'draft') throw new AppError('invalid_state', `the schedule is ${s.status}: change a draft (re-optimize from this one to get one)`, { status: s.status });
    const frame = await frameOf(tx, cycle, s.policy, []);
    return work(tx, s, frame, await repo.blocksOf(tx, s.id));
  });
}

/** Applies changed blocks if every rule still holds (else pin_infeasible, nothing written). */
async function applyChange(deps: D, ctx: RequestCtx, tx: Db, s: repo.ScheduleRow, frame: Frame, blocks: repo.BlockRow[], changed: repo.BlockRow[], action: string): Promise<void> {
  const clock = clockOf(frame.cycle);
  const next = blocks.map((b) => {
    const c = changed.find((x) => x.id === b.id);
    return c ? { ...c, startsAt: shiftStart(clock, c.startShift), endsAt: shiftStart(clock, c.startShift + c.shifts) } : b;
  });
  const violations = violationsOf(frame, next);
  if (violations.length) throw new AppError('pin_infeasible', 'the change breaks a rule of the schedule', { violations });
  const now = deps.now();
  for (const c of changed) {
    const n = next.find((b) => b.id === c.id) as repo.BlockRow;
    await repo.updateBlock(tx, c.id, { startShift: n.startShift, startsAt: n.startsAt, endsAt: n.endsAt, pinned: n.pinned });
  }
  const figures = figuresOf(frame, s, next);
  await repo.updateSchedule(tx, s.id, figures);
  const brief = (b: repo.BlockRow) => ({ id: b.id, awardId: b.awardId, startShift: b.startShift, pinned: b.pinned });
  await record(
    tx,
    ctx,
    {
      action,
      objectType: 'schedule',
      objectId: s.id,
      before: blocks.filter((b) => changed.some((c) => c.id === b.id)).map(brief),
      after: { blocks: next.filter((b) => changed.some((c) => c.id === b.id)).map(brief), objective: figures.objective },
    },
    now,
  );
}

/** Pins, unpins or moves a block of a draft (a moved block is pinned); re-validated. */
export async function patchBlock(deps: D, ctx: RequestCtx, scheduleId: string, blockId: string, body: { pinned?: boolean; startShift?: number }): Promise<ScheduleView> {
  await editDraft(deps, ctx, scheduleId, async (tx, s, frame, blocks) => {
    const b = blocks.find((x) => x.id === blockId);
    if (!b) throw new AppError('not_found', 'no such block in the schedule');
    const moved = body.startShift !== undefined && body.startShift !== b.startShift;
    const changed: repo.BlockRow = { ...b, startShift: body.startShift ?? b.startShift, pinned: body.pinned ?? (body.startShift !== undefined ? true : b.pinned) };
    const action = moved ? 'facilities.schedule.block.move' : changed.pinned ? 'facilities.schedule.block.pin' : 'facilities.schedule.block.unpin';
    await applyChange(deps, ctx, tx, s, frame, blocks, [changed], action);
  });
  return getSchedule(deps, ctx, scheduleId);
}

/** Swaps the starts of two blocks of a draft (each takes the other's start; both pinned); re-validated. */
export async function swapBlocks(deps: D, ctx: RequestCtx, scheduleId: string, body: { blockA: string; blockB: string }): Promise<ScheduleView> {
  if (body.blockA === body.blockB) throw new AppError('validation_failed', 'swap two different blocks', { field: 'blockB' }, [{ path: 'blockB', message: 'same as blockA' }]);
  await editDraft(deps, ctx, scheduleId, async (tx, s, frame, blocks) => {
    const a = blocks.find((x) => x.id === body.blockA);
    const b = blocks.find((x) => x.id === body.blockB);
    if (!a || !b) throw new AppError('not_found', 'no such block in the schedule');
    await applyChange(deps, ctx, tx, s, frame, blocks, [
      { ...a, startShift: b.startShift, pinned: true },
      { ...b, startShift: a.startShift, pinned: true },
    ], 'facilities.schedule.block.swap');
  });
  return getSchedule(deps, ctx, scheduleId);
}

// ── publish ───────────────────────────────────────────────────────────────────────────────

const NOT_STARTED = new Set(['scheduled', 'safety_approved']);

/**
 * Publishes a draft (user office): validated against every hard rule with today's calendar and
 * awards (schedule_invalid otherwise), the previous published version superseded, the cycle
 * 'published', one experiment per placed award created or moved (if not started), experiments
 * of awards no longer placed cancelled (if not started).
 */
export async function publishSchedule(deps: D, ctx: RequestCtx, scheduleId: string): Promise<ScheduleView> {
  const now = deps.now();
  const person = personOf(ctx);
  await editDraft(deps, ctx, scheduleId, async (tx, s, frame, blocks) => {
    const cycle = (await crepo.lockCycle(tx, s.cycleId)) as crepo.CycleRow;
    if (cycle.status === 'closed') throw new AppError('invalid_state', 'the cycle is closed');
    const violations = violationsOf(frame, blocks);
    if (violations.length) throw new AppError('schedule_invalid', 'the schedule breaks rules of the calendar or the awards', { violations });
    const previous = await repo.publishedOfCycle(tx, s.cycleId);
    if (previous) await repo.updateSchedule(tx, previous.id, { status: 'superseded' });
    await repo.updateSchedule(tx, s.id, { status: 'published', publishedAt: now, publishedBy: person.personId });
    if (cycle.status !== 'published') await crepo.updateCycle(tx, cycle.id, { status: 'published' });

    const existing = new Map((await repo.experimentsOfCycle(tx, s.cycleId)).map((e) => [e.awardId, e]));
    const created: string[] = [];
    const moved: string[] = [];
    const cancelled: string[] = [];
    const restored: string[] = [];
    const fresh: Parameters<typeof repo.insertExperiments>[1] = [];
    for (const b of blocks) {
      const e = existing.get(b.awardId);
      if (!e) {
        const id = newId('experiment', now.getTime());
        fresh.push({ id, applicationId: b.applicationId, awardId: b.awardId, cycleId: s.cycleId, stationId: b.stationId, scheduledStart: b.startsAt, scheduledEnd: b.endsAt, status: 'scheduled', createdAt: now });
        created.push(id);
      } else if (e.status === 'cancelled') {
        await repo.updateExperiment(tx, e.id, { stationId: b.stationId, scheduledStart: b.startsAt, scheduledEnd: b.endsAt, status: 'scheduled' });
        restored.push(e.id);
      } else if (NOT_STARTED.has(e.status) && (e.scheduledStart.getTime() !== b.startsAt.getTime() || e.scheduledEnd.getTime() !== b.endsAt.getTime() || e.stationId !== b.stationId)) {
        await repo.updateExperiment(tx, e.id, { stationId: b.stationId, scheduledStart: b.startsAt, scheduledEnd: b.endsAt });
        moved.push(e.id);
      }
    }
    await repo.insertExperiments(tx, fresh);
    const placed = new Set(blocks.map((b) => b.awardId));
    for (const e of existing.values()) {
      if (!placed.has(e.awardId) && NOT_STARTED.has(e.status)) {
        await repo.updateExperiment(tx, e.id, { status: 'cancelled' });
        cancelled.push(e.id);
      }
    }
    await record(
      tx,
      ctx,
      {
        action: 'facilities.schedule.publish',
        objectType: 'schedule',
        objectId: s.id,
        before: { status: 'draft', superseded: previous?.id ?? null, cycleStatus: cycle.status },
        after: { status: 'published', version: s.version, blocks: blocks.length, experiments: { created, moved, cancelled, restored } },
      },
      now,
    );
  });
  return getSchedule(deps, ctx, scheduleId);
}

// ── ICS feeds ─────────────────────────────────────────────────────────────────────────────

/** A calendar file to send. */
export interface IcsFile {
  filename: string;
  contentType: string;
  body: string;
}

function eventsOf(rows: repo.FeedEvent[]): IcsEvent[] {
  return rows.map((r) => {
    const label = r.number ? `${r.number} ${r.title}` : r.title;
    return {
      // One UID per award: the block of the same award in a later version is the same event, moved.
      uid: `${r.awardId}@pujiang`,
      start: r.startsAt,
      end: r.endsAt,
      summary: `${r.stationCode}: ${label}`,
      location: `${r.stationCode} ${r.stationName} / ${r.stationNameEn}`,
      description: `Proposal ${r.number ?? '—'}: ${r.title}\nStation ${r.stationCode} ${r.stationNameEn}`,
      stamp: r.stamp,
      sequence: r.version,
      cancelled: r.cancelled,
    };
  });
}

export interface StationScheduleView {
  station: { id: string; facilityId: string; code: string; name: string; nameEn: string };
  blocks: { awardId: string; applicationId: string; cycleId: string; number: string | null; title: string; startsAt: string; endsAt: string }[];
}

/** The published blocks of a station across cycles (public). */
export async function stationSchedule(deps: D, stationId: string): Promise<StationScheduleView> {
  const s = await crepo.findStation(deps.db.db, stationId);
  if (!s) throw new AppError('not_found', 'no such station');
  const rows = await repo.publishedBlocksOfStation(deps.db.db, stationId);
  return {
    station: { id: s.id, facilityId: s.facilityId, code: s.code, name: s.name, nameEn: s.nameEn },
    blocks: rows.map((r) => ({ awardId: r.awardId, applicationId: r.applicationId, cycleId: r.cycleId, number: r.number, title: r.title, startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString() })),
  };
}

/** The published blocks of a station as ICS (public). */
export async function stationIcs(deps: D, stationId: string): Promise<IcsFile> {
  const s = await crepo.findStation(deps.db.db, stationId);
  if (!s) throw new AppError('not_found', 'no such station');
  const events = eventsOf(await repo.publishedBlocksOfStation(deps.db.db, stationId));
  const body = buildCalendar({ name: `${s.code} ${s.nameEn}`, description: `Published beamtime schedule of ${s.code} ${s.name}`, events });
  return { filename: `${s.code.replace(/[^A-Za-z0-9_.-]/g, '_')}.ics`, contentType: ICS_TYPE, body };
}

async function personIcs(deps: D, personId: string): Promise<IcsFile> {
  const events = eventsOf(await repo.experimentsOfPerson(deps.db.db, personId));
  return { filename: 'beamtime.ics', contentType: ICS_TYPE, body: buildCalendar({ name: 'Beamtime 机时', description: 'My experiments and the experiments of my stations', events }) };
}

/** The caller's experiments (PI, accepted member, station scientist) as ICS. */
export async function myIcs(deps: D, ctx: RequestCtx): Promise<IcsFile> {
  return personIcs(deps, personOf(ctx).personId);
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Whether the caller has a secret feed address, and since when. */
export async function feedStatus(deps: D, ctx: RequestCtx): Promise<{ active: boolean; createdAt: string | null }> {
  const f = await repo.activeFeedOf(deps.db.db, personOf(ctx).personId);
  return { active: !!f, createdAt: f?.createdAt.toISOString() ?? null };
}

/** Makes a new secret feed address (shown once; the previous one stops working). */
export async function createFeed(deps: D & Pick<Deps, 'config'>, ctx: RequestCtx): Promise<{ url: string; createdAt: string }> {
  const person = personOf(ctx);
  const now = deps.now();
  const token = `pjf_${randomBytes(32).toString('base64url')}`;
  const id = newId('calendarFeed', now.getTime());
  await deps.db.db.transaction(async (tx) => {
    const revoked = await repo.revokeFeeds(tx, person.personId, now);
    await repo.insertFeed(tx, { id, personId: person.personId, tokenHash: hashToken(token), createdAt: now });
    await record(tx, ctx, { action: 'facilities.calendar_feed.create', objectType: 'calendar_feed', objectId: id, after: { personId: person.personId, revoked } }, now);
  });
  return { url: `${deps.config.publicUrl}/api/facilities/feeds/${token}`, createdAt: now.toISOString() };
}

/** Revokes the caller's secret feed address. */
export async function revokeFeed(deps: D, ctx: RequestCtx): Promise<void> {
  const person = personOf(ctx);
  const now = deps.now();
  await deps.db.db.transaction(async (tx) => {
    const revoked = await repo.revokeFeeds(tx, person.personId, now);
    if (revoked.length === 0) return;
    await record(tx, ctx, { action: 'facilities.calendar_feed.revoke', objectType: 'calendar_feed', objectId: revoked[0] ?? null, after: { personId: person.personId, revoked } }, now);
  });
}

/** The ICS of the person a secret feed address belongs to; not_found when unknown or revoked. */
export async function feedIcs(deps: D, token: string): Promise<IcsFile> {
  const f = await repo.feedByHash(deps.db.db, hashToken(token));
  if (!f) throw new AppError('not_found', 'no such calendar feed');
  return personIcs(deps, f.personId);
}
