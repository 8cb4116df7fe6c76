// Request and response shapes of the user office: the beamtime part of a proposal, feasibility,
// the panel meeting, approvals of the routes without a panel, and the facility's calls.
import { z } from '../../http/openapi.ts';
import { pageQuery } from '../../http/paging.ts';
import { ACCESS_ROUTES, HAZARDS } from './facilities.types.ts';

export const IdParam = (name: string) => z.string().min(1).max(64).openapi({ param: { name, in: 'path' } });

const Text = (max: number) => z.string().trim().min(1).max(max);
const Date = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
  .refine((d) => !Number.isNaN(globalThis.Date.parse(`${d}T00:00:00Z`)) && new globalThis.Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a calendar date')
  .openapi({ description: 'A calendar date in the cycle’s zone, YYYY-MM-DD', example: '2027-03-04' });

export const DateRange = z.object({ from: Date, to: Date }).strict().openapi('DateRange');

export const Sample = z
  .object({
    name: Text(200),
    formula: z.string().trim().max(200).optional(),
    form: z.string().trim().max(100).optional(),
    quantity: z.string().trim().max(100).optional(),
    hazards: z.array(z.enum(HAZARDS)).min(1).max(HAZARDS.length),
  })
  .strict()
  .openapi('ProposalSample');

export const BeamtimeRequestInput = z
  .object({
    stationId: z.string().min(1).max(64),
    shifts: z.number().int().min(1).max(200),
    environmentId: z.string().min(1).max(64).nullable().optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .strict();

export const ProposalBody = z
  .object({
    route: z.enum(ACCESS_ROUTES),
    requests: z.array(BeamtimeRequestInput).max(50),
    samples: z.array(Sample).max(100),
    preferredDates: z.array(DateRange).max(20).default([]),
    impossibleDates: z.array(DateRange).max(20).default([]),
    /** The PI accepts the safety declaration (false withdraws it). */
    safetyDeclaration: z.boolean(),
  })
  .strict()
  .openapi('BeamtimeProposalInput');

const Feasibility = z
  .object({
    stationId: z.string(),
    verdict: z.enum(['feasible', 'partly', 'not_feasible']),
    shiftsNeeded: z.number().int(),
    comments: z.string().nullable(),
    scientistId: z.string(),
    scientistName: z.string().nullable(),
    submittedAt: z.string(),
  })
  .openapi('FeasibilityReview');

export const BeamtimeProposal = z
  .object({
    applicationId: z.string(),
    /** False until the applicant first saves the beamtime part (the rest shows the call's defaults). */
    saved: z.boolean(),
    status: z.string(),
    facilityId: z.string(),
    cycle: z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      nameEn: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      timeZone: z.string(),
      shiftHours: z.number().int(),
      awardMultiple: z.number().int(),
      firstDate: z.string(),
      lastDate: z.string(),
    }),
    route: z.enum(ACCESS_ROUTES),
    /** Mail-in: samples are sent, nobody visits. */
    mailIn: z.boolean(),
    requests: z.array(
      z.object({
        stationId: z.string(),
        stationCode: z.string(),
        stationName: z.string(),
        stationNameEn: z.string(),
        instrumentCode: z.string(),
        shifts: z.number().int(),
        environmentId: z.string().nullable(),
        note: z.string().nullable(),
      }),
    ),
    samples: z.array(Sample),
    preferredDates: z.array(DateRange),
    impossibleDates: z.array(DateRange),
    safetyDeclaredAt: z.string().nullable(),
    safetyDeclaredBy: z.string().nullable(),
    /** Sample environments of the facility and the stations that can mount each. */
    environments: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), nameEn: z.string(), stationIds: z.array(z.string()) })),
    /** Staff and station scientists only (empty for applicants and reviewers). */
    feasibility: z.array(Feasibility),
    /** Shifts awarded per station once decided. */
    awards: z.array(z.object({ stationId: z.string(), shifts: z.number().int(), grade: z.number().nullable(), rank: z.number().int().nullable() })),
    /** What the caller may do: edit the draft, judge feasibility of these stations. */
    can: z.object({ edit: z.boolean(), judgeStations: z.array(z.string()), approve: z.boolean() }),
  })
  .openapi('BeamtimeProposal');

export const FeasibilityBody = z
  .object({
    verdict: z.enum(['feasible', 'partly', 'not_feasible']),
    shiftsNeeded: z.number().int().min(0).max(200),
    comments: z.string().trim().max(5000).optional(),
  })
  .strict()
  .openapi('FeasibilityInput');

export { Feasibility };

export const FeasibilityQuery = z
  .object({
    ...pageQuery,
    state: z.enum(['pending', 'done', 'all']).default('all').openapi({ description: 'Judged or not yet' }),
    cycleId: z.string().max(64).optional(),
  })
  .strict();

export const FeasibilityItem = z
  .object({
    applicationId: z.string(),
    number: z.string().nullable(),
    title: z.string(),
    piName: z.string().nullable(),
    status: z.string(),
    submittedAt: z.string().nullable(),
    cycleId: z.string(),
    route: z.enum(ACCESS_ROUTES),
    mailIn: z.boolean(),
    hazards: z.array(z.enum(HAZARDS)),
    stationId: z.string(),
    stationCode: z.string(),
    stationName: z.string(),
    stationNameEn: z.string(),
    shifts: z.number().int(),
    environmentId: z.string().nullable(),
    review: Feasibility.nullable(),
  })
  .openapi('FeasibilityItem');

const MeetingRow = z
  .object({
    rank: z.number().int(),
    applicationId: z.string(),
    number: z.string().nullable(),
    title: z.string(),
    piName: z.string().nullable(),
    route: z.enum(ACCESS_ROUTES),
    status: z.string(),
    /** Mean panel grade; null while ungraded, or hidden from a conflicted viewer. */
    grade: z.number().nullable(),
    conflicted: z.boolean(),
    submittedAt: z.string().nullable(),
    requested: z.number().int(),
    verdict: z.enum(['feasible', 'partly', 'not_feasible']).nullable(),
    shiftsNeeded: z.number().int().nullable(),
    counted: z.number().int(),
    runningTotal: z.number().int(),
    fits: z.boolean(),
    decision: z.object({ outcome: z.string(), awardedShifts: z.number().int() }).nullable(),
    /** Every station the proposal asks for (the decision dialog awards them together). */
    stations: z.array(z.object({ stationId: z.string(), stationCode: z.string(), requested: z.number().int() })),
  })
  .openapi('MeetingRow');

export const Meeting = z
  .object({
    cycle: z.object({ id: z.string(), code: z.string(), name: z.string(), nameEn: z.string(), facilityId: z.string(), awardMultiple: z.number().int(), startsAt: z.string(), endsAt: z.string() }),
    canDecide: z.boolean(),
    stations: z.array(
      z.object({
        stationId: z.string(),
        code: z.string(),
        name: z.string(),
        nameEn: z.string(),
        /** User-operation shifts of the station in the cycle (calendar). */
        userShifts: z.number().int(),
        /** Shifts already awarded to proposals of routes without a panel (rapid, in-house, proprietary). */
        otherRoutes: z.number().int(),
        /** userShifts − otherRoutes: what the panel hands out. */
        available: z.number().int(),
        requested: z.number().int(),
        oversubscription: z.number().nullable(),
        cutoffRank: z.number().int().nullable(),
        cutoffGrade: z.number().nullable(),
        awarded: z.number().int(),
        rows: z.array(MeetingRow),
      }),
    ),
  })
  .openapi('PanelMeeting');

export const ApproveBody = z
  .object({
    outcome: z.enum(['awarded', 'partial', 'rejected']),
    /** Shifts per requested station (omit or {} when rejecting). */
    shifts: z.record(z.string().max(64), z.number().int().min(0).max(200)).default({}),
    note: z.string().trim().max(5000).optional(),
  })
  .strict()
  .openapi('ApprovalInput');

export const ApproveResult = z
  .object({ applicationId: z.string(), outcome: z.string(), awards: z.array(z.object({ stationId: z.string(), shifts: z.number().int() })), chargedFen: z.number().int() })
  .openapi('ApprovalResult');

export const FacilityCall = z
  .object({
    id: z.string(),
    code: z.string(),
    title: z.string(),
    titleEn: z.string(),
    route: z.enum(ACCESS_ROUTES),
    mode: z.enum(['window', 'continuous']),
    status: z.string(),
    opensAt: z.string(),
    closesAt: z.string().nullable(),
    timeZone: z.string(),
    /** Open and inside its window now. */
    accepting: z.boolean(),
    pricePerShiftFen: z.number().int().nullable(),
    cycle: z.object({ id: z.string(), code: z.string(), name: z.string(), nameEn: z.string(), startsAt: z.string(), endsAt: z.string() }),
  })
  .openapi('FacilityCall');
