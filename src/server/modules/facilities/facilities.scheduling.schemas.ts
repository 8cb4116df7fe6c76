// Request and response shapes of cycles, calendars, sample environments, schedules and feeds.
import { z } from '../../http/openapi.ts';
import { CYCLE_STATUSES, PERIOD_KINDS } from './facilities.types.ts';

export const IdParam = (name: string) => z.string().min(1).max(64).openapi({ param: { name, in: 'path' } });

const Instant = z.iso.datetime({ offset: true }).openapi({ description: 'An instant, ISO 8601 with offset', example: '2026-09-01T00:00:00+08:00' });
const Code = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/)
  .openapi({ description: 'Letters, digits, . _ -; up to 32', example: '2026-2' });
const Name = z.string().trim().min(1).max(200);

// ── cycles ────────────────────────────────────────────────────────────────────────────────

export const Cycle = z
  .object({
    id: z.string(),
    facilityId: z.string(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    startsAt: z.string().openapi({ description: 'At a shift boundary' }),
    endsAt: z.string(),
    timeZone: z.string().openapi({ example: 'Asia/Shanghai' }),
    shiftHours: z.number().int(),
    changeoverShifts: z.number().int().openapi({ description: 'Shifts left empty between consecutive experiments that need different sample environments' }),
    awardMultiple: z.number().int().openapi({ description: 'Shifts are awarded in multiples of this' }),
    status: z.enum(CYCLE_STATUSES),
    shiftCount: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('Cycle');

export const CycleList = z.object({ items: z.array(Cycle) }).openapi('CycleList');

export const Period = z
  .object({ id: z.string(), cycleId: z.string(), stationId: z.string().nullable(), kind: z.enum(PERIOD_KINDS), startsAt: z.string(), endsAt: z.string(), note: z.string().nullable() })
  .openapi('CalendarPeriod');

const ShiftRange = z.object({ from: z.number().int(), to: z.number().int() }).openapi('ShiftRange', { description: 'Shift indices [from, to) from the cycle start' });

export const CycleStation = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    instrumentId: z.string(),
    instrumentCode: z.string(),
    instrumentName: z.string(),
    instrumentNameEn: z.string(),
    userShifts: z.array(ShiftRange),
    userShiftCount: z.number().int(),
  })
  .openapi('CycleStation');

export const ScheduleSummary = z
  .object({
    id: z.string(),
    version: z.number().int(),
    status: z.enum(['draft', 'published', 'superseded']),
    policy: z.enum(['score', 'rank']),
    objective: z.number().nullable(),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
  })
  .openapi('ScheduleSummary');

export const CycleDetail = Cycle.extend({
  periods: z.array(Period),
  stations: z.array(CycleStation),
  schedules: z.array(ScheduleSummary).openapi({ description: "Schedule versions the caller may see (the facility's staff: all; others: the published one)" }),
  canEdit: z.boolean(),
}).openapi('CycleDetail');

export const CycleCreateBody = z
  .object({
    code: Code,
    name: Name,
    nameEn: Name,
    startsAt: Instant,
    endsAt: Instant,
    timeZone: z.string().min(1).max(64).optional().openapi({ description: 'IANA zone of the calendar dates; default Asia/Shanghai' }),
    shiftHours: z.number().int().min(1).max(24).optional().openapi({ description: 'Divides 24; default 8' }),
    changeoverShifts: z.number().int().min(0).max(24).optional(),
    awardMultiple: z.number().int().min(1).max(60).optional(),
  })
  .strict()
  .openapi('CycleCreateBody');

export const CyclePatchBody = CycleCreateBody.partial()
  .extend({ status: z.enum(CYCLE_STATUSES).optional() })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'change at least one field' })
  .openapi('CyclePatchBody');

export const PeriodCreateBody = z
  .object({
    kind: z.enum(PERIOD_KINDS),
    stationId: z.string().min(1).max(64).nullable().optional().openapi({ description: 'Omitted or null: facility-wide' }),
    startsAt: Instant,
    endsAt: Instant,
    note: z.string().max(500).nullable().optional(),
  })
  .strict()
  .openapi('PeriodCreateBody');

// ── environments, stations ────────────────────────────────────────────────────────────────

export const Environment = z.object({ id: z.string(), facilityId: z.string(), code: z.string(), name: z.string(), nameEn: z.string() }).openapi('SampleEnvironment');
export const EnvironmentList = z.object({ items: z.array(Environment) }).openapi('SampleEnvironmentList');
export const EnvironmentCreateBody = z.object({ code: Code, name: Name, nameEn: Name }).strict().openapi('SampleEnvironmentCreateBody');

export const StationEnvironmentsBody = z
  .object({ environmentIds: z.array(z.string().min(1).max(64)).max(100) })
  .strict()
  .openapi('StationEnvironmentsBody');
export const StationEnvironments = z.object({ stationId: z.string(), environments: z.array(Environment) }).openapi('StationEnvironments');

export const StationScientistsBody = z
  .object({ scientists: z.array(z.object({ personId: z.string().min(1).max(64), role: z.enum(['lead', 'scientist']).optional() }).strict()).max(50) })
  .strict()
  .openapi('StationScientistsBody');
export const StationScientists = z
  .object({ stationId: z.string(), scientists: z.array(z.object({ personId: z.string(), name: z.string(), role: z.enum(['lead', 'scientist']) })) })
  .openapi('StationScientists');

// ── schedules ─────────────────────────────────────────────────────────────────────────────

export const SolveBody = z
  .object({
    policy: z.enum(['score', 'rank']).default('score').openapi({ description: "score: maximize grade-weighted shifts placed plus preferred dates met; rank: also keep the panel's order per station" }),
    timeLimitSeconds: z.number().int().min(1).max(60).default(20),
    from: z.string().min(1).max(64).optional().openapi({ description: 'A schedule of the cycle whose pinned blocks the new version keeps (re-optimize)' }),
  })
  .strict()
  .openapi('SolveBody');

export const Block = z
  .object({
    id: z.string(),
    awardId: z.string(),
    applicationId: z.string(),
    number: z.string().nullable(),
    title: z.string(),
    stationId: z.string(),
    startShift: z.number().int(),
    shifts: z.number().int(),
    startsAt: z.string(),
    endsAt: z.string(),
    environmentId: z.string().nullable(),
    pinned: z.boolean(),
    grade: z.number().nullable(),
    rank: z.number().int().nullable(),
  })
  .openapi('ScheduleBlock');

export const Unplaced = z
  .object({
    awardId: z.string(),
    applicationId: z.string(),
    number: z.string().nullable(),
    title: z.string(),
    stationId: z.string(),
    shifts: z.number().int(),
    environmentId: z.string().nullable(),
    grade: z.number().nullable(),
    rank: z.number().int().nullable(),
  })
  .openapi('UnplacedAward');

export const Schedule = z
  .object({
    id: z.string(),
    cycleId: z.string(),
    facilityId: z.string(),
    version: z.number().int(),
    status: z.enum(['draft', 'published', 'superseded']),
    policy: z.enum(['score', 'rank']),
    objective: z.number().nullable(),
    lpBound: z.number().nullable().openapi({ description: "Sum of HiGHS' MIP dual bounds over the clusters" }),
    gapPct: z.number().nullable(),
    solveSeconds: z.number().nullable(),
    greedyObjective: z.number().nullable().openapi({ description: "The rank-order heuristic's objective" }),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
    cycle: Cycle,
    stations: z.array(CycleStation),
    periods: z.array(Period),
    blocks: z.array(Block),
    unplaced: z.array(Unplaced).openapi({ description: "Awards without a block (the facility's staff only)" }),
    versions: z.array(ScheduleSummary),
    canEdit: z.boolean(),
  })
  .openapi('Schedule');

export const BlockPatchBody = z
  .object({
    pinned: z.boolean().optional(),
    startShift: z.number().int().min(0).max(100_000).optional().openapi({ description: 'Move the block to start at this shift of the cycle (a moved block is pinned)' }),
  })
  .strict()
  .refine((b) => b.pinned !== undefined || b.startShift !== undefined, { message: 'give pinned or startShift' })
  .openapi('BlockPatchBody');

export const SwapBody = z.object({ blockA: z.string().min(1).max(64), blockB: z.string().min(1).max(64) }).strict().openapi('SwapBody');

// ── feeds ─────────────────────────────────────────────────────────────────────────────────

export const FeedStatus = z.object({ active: z.boolean(), createdAt: z.string().nullable() }).openapi('CalendarFeedStatus');
export const FeedCreated = z
  .object({ url: z.string().openapi({ description: 'The secret address; shown once, the previous one stops working' }), createdAt: z.string() })
  .openapi('CalendarFeedCreated');

export const StationSchedule = z
  .object({
    station: z.object({ id: z.string(), facilityId: z.string(), code: z.string(), name: z.string(), nameEn: z.string() }),
    blocks: z.array(
      z.object({ awardId: z.string(), applicationId: z.string(), cycleId: z.string(), number: z.string().nullable(), title: z.string(), startsAt: z.string(), endsAt: z.string() }),
    ),
  })
  .openapi('StationSchedule');
