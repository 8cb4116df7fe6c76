// Request and response shapes of experiments, outcomes, prior work and facility statistics.
import { z } from '../../http/openapi.ts';
import { pageQuery } from '../../http/paging.ts';
import { EXPERIMENT_STATUSES, HAZARDS } from './facilities.types.ts';

export const IdParam = (name: string) => z.string().min(1).max(64).openapi({ param: { name, in: 'path' } });

const Instant = z.string().openapi({ format: 'date-time' });
const DateStr = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
  .openapi({ description: 'A calendar date, YYYY-MM-DD, in the cycle’s time zone', example: '2026-10-12' });

export const Experiment = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    applicationNumber: z.string().nullable(),
    title: z.string(),
    facilityId: z.string(),
    cycleId: z.string(),
    cycleCode: z.string(),
    stationId: z.string(),
    stationCode: z.string(),
    stationName: z.string(),
    stationNameEn: z.string(),
    scheduledStart: Instant,
    scheduledEnd: Instant,
    status: z.enum(EXPERIMENT_STATUSES),
    safetyApprovedAt: Instant.nullable(),
    startedAt: Instant.nullable(),
    endedAt: Instant.nullable(),
    lostHours: z.number(),
    lostReason: z.string().nullable(),
    reportSubmittedAt: Instant.nullable(),
  })
  .openapi('Experiment');

export const ExperimentPage = z
  .object({ items: z.array(Experiment), nextCursor: z.string().nullable(), total: z.number().int(), totalCapped: z.boolean() })
  .openapi('ExperimentPage');

export const Visit = z
  .object({
    id: z.string(),
    personId: z.string(),
    name: z.string().nullable(),
    arrivesOn: z.string(),
    leavesOn: z.string(),
    status: z.enum(['registered', 'approved', 'cancelled']),
    createdAt: Instant,
  })
  .openapi('ExperimentVisit');

export const LogbookEntry = z
  .object({ id: z.string(), authorId: z.string(), authorName: z.string().nullable(), at: Instant, body: z.string() })
  .openapi('LogbookEntry');

export const LogbookPage = z
  .object({ items: z.array(LogbookEntry), nextCursor: z.string().nullable(), total: z.number().int(), totalCapped: z.boolean() })
  .openapi('LogbookPage');

export const Outcome = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    experimentId: z.string().nullable(),
    kind: z.enum(['publication', 'patent']),
    doi: z.string().nullable().openapi({ description: 'Lower-cased, without the resolver prefix', example: '10.1107/s1600577520001234' }),
    patentNumber: z.string().nullable(),
    title: z.string(),
    venue: z.string().nullable(),
    year: z.number().int().nullable(),
    createdBy: z.string(),
    createdAt: Instant,
  })
  .openapi('Outcome');

const Sample = z.object({
  name: z.string(),
  formula: z.string().optional(),
  form: z.string().optional(),
  quantity: z.string().optional(),
  hazards: z.array(z.enum(HAZARDS)),
});

export const ExperimentDetail = Experiment.extend({
  piId: z.string(),
  timeZone: z.string(),
  viewer: z.enum(['pi', 'member', 'scientist', 'office', 'director']),
  team: z.array(
    z.object({
      personId: z.string().nullable(),
      email: z.string(),
      name: z.string().nullable(),
      role: z.enum(['pi', 'co']),
      status: z.enum(['invited', 'accepted', 'declined']),
    }),
  ),
  visitWindow: z.object({ from: z.string(), to: z.string() }).openapi({ description: 'Dates visitors may stay: the experiment ± 2 days (inclusive)' }),
  visits: z.array(Visit),
  safety: z.object({
    declaredAt: Instant.nullable(),
    declaredBy: z.string().nullable().openapi({ description: 'Name of whoever declared' }),
    samples: z.array(Sample),
    hazards: z.array(z.enum(HAZARDS)).openapi({ description: 'The samples’ hazards, without "none"' }),
    approvedBy: z.string().nullable(),
    approvedByName: z.string().nullable(),
  }),
  logbook: z.array(LogbookEntry).openapi({ description: 'The first 500 entries; GET …/logbook pages through all' }),
  report: z.string().nullable(),
  outcomes: z.array(Outcome),
  can: z.object({
    registerVisit: z.boolean(),
    registerOthers: z.boolean(),
    approveVisits: z.boolean(),
    approveSafety: z.boolean(),
    start: z.boolean(),
    end: z.boolean(),
    cancel: z.boolean(),
    log: z.boolean(),
    report: z.boolean(),
    addOutcome: z.boolean(),
  }),
}).openapi('ExperimentDetail');

export const PriorProposal = z
  .object({
    id: z.string(),
    number: z.string().nullable(),
    title: z.string(),
    status: z.string(),
    piName: z.string().nullable(),
    cycleCode: z.string().nullable(),
    submittedAt: Instant.nullable(),
    linked: z.boolean().openapi({ description: 'Linked by the proposal itself (otherwise found through its team)' }),
    experiments: z.array(
      z.object({
        id: z.string(),
        stationId: z.string(),
        stationCode: z.string(),
        stationName: z.string(),
        stationNameEn: z.string(),
        scheduledStart: Instant,
        scheduledEnd: Instant,
        status: z.enum(EXPERIMENT_STATUSES),
        lostHours: z.number(),
        report: z.string().nullable(),
        reportSubmittedAt: Instant.nullable(),
      }),
    ),
    outcomes: z.array(Outcome),
  })
  .openapi('PriorProposal');

// ── requests ──────────────────────────────────────────────────────────────────────────────

export const MineQuery = z.object({ ...pageQuery }).strict();
export const FacilityExperimentsQuery = z
  .object({
    cycleId: z.string().min(1).max(64).optional(),
    stationId: z.string().min(1).max(64).optional(),
    status: z.enum(EXPERIMENT_STATUSES).optional(),
    ...pageQuery,
  })
  .strict();
export const LogbookQuery = z.object({ ...pageQuery }).strict();

export const VisitBody = z
  .object({
    personId: z.string().min(1).max(64).optional().openapi({ description: 'Whom to register (the PI registers members); default: the caller' }),
    arrivesOn: DateStr,
    leavesOn: DateStr,
  })
  .strict()
  .openapi('VisitBody');

export const EndBody = z
  .object({
    lostHours: z.number().min(0).max(10_000).default(0).openapi({ description: 'Beamtime lost to faults, in hours' }),
    lostReason: z.string().max(2000).optional().openapi({ description: 'Required when lostHours > 0' }),
  })
  .strict()
  .openapi('ExperimentEndBody');

export const CancelBody = z
  .object({ reason: z.string().trim().min(1).max(2000) })
  .strict()
  .openapi('ExperimentCancelBody');

export const LogbookBody = z
  .object({ body: z.string().min(1).max(10_000) })
  .strict()
  .openapi('LogbookEntryBody');

export const ReportBody = z
  .object({ report: z.string().min(1).max(100_000) })
  .strict()
  .openapi('ExperimentReportBody');

const Year = z.number().int().min(1900).max(2200);

export const OutcomeBody = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('publication'),
        doi: z.string().min(1).max(300).openapi({ description: 'A DOI, bare or as https://doi.org/…', example: '10.1107/S1600577520001234' }),
        title: z.string().min(1).max(1000),
        venue: z.string().max(500).optional(),
        year: Year.optional(),
        experimentId: z.string().min(1).max(64).optional(),
      })
      .strict(),
    z
      .object({
        kind: z.literal('patent'),
        patentNumber: z.string().min(1).max(60).openapi({ example: 'CN115000000A' }),
        title: z.string().min(1).max(1000),
        year: Year.optional(),
        experimentId: z.string().min(1).max(64).optional(),
      })
      .strict(),
  ])
  .openapi('OutcomeBody');

// ── statistics ────────────────────────────────────────────────────────────────────────────

const OrgKindUsers = z.object({ kind: z.string().openapi({ description: 'An organization kind, or "unknown"' }), users: z.number().int() });

const figures = {
  availableShifts: z.number().int().openapi({ description: 'User-operation shifts of the calendar' }),
  requestedShifts: z.number().int().openapi({ description: 'Asked for by submitted proposals (drafts and withdrawn ones excluded)' }),
  awardedShifts: z.number().int(),
  oversubscription: z.number().nullable().openapi({ description: 'requested / available (null when nothing is available)' }),
  cutoffGrade: z.number().nullable().openapi({ description: 'The worst panel grade (1 best … 5) among the awarded proposals' }),
  proposalsSubmitted: z.number().int(),
  proposalsAwarded: z.number().int(),
  users: z.number().int().openapi({ description: 'Distinct people (PI and accepted co-proposers) of the awarded proposals' }),
  usersByOrgKind: z.array(OrgKindUsers),
  experimentsDone: z.number().int(),
  publications: z.number().int().openapi({ description: 'Distinct DOIs recorded for the proposals' }),
};

export const StationStatistics = z
  .object({ stationId: z.string(), code: z.string(), name: z.string(), nameEn: z.string(), ...figures })
  .openapi('StationStatistics');

export const CycleStatistics = z
  .object({
    cycleId: z.string(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    status: z.string(),
    startsAt: Instant,
    endsAt: Instant,
    stations: z.array(StationStatistics),
    totals: z.object(figures).openapi('CycleStatisticsTotals'),
  })
  .openapi('CycleStatistics');

export const FacilityStatistics = z
  .object({
    facilityId: z.string(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    cycles: z.array(CycleStatistics).openapi({ description: 'Newest first' }),
  })
  .openapi('FacilityStatistics');

export const StatisticsQuery = z
  .object({
    cycleId: z.string().min(1).max(64).optional().openapi({ description: 'One cycle; default every cycle of the facility' }),
    format: z.enum(['json', 'csv', 'xlsx']).default('json').openapi({ description: 'json, csv (UTF-8 with BOM, RFC 4180, sections) or xlsx (one sheet per table)' }),
  })
  .strict();
