// The facility user office: the beamtime part of a proposal (stations and shifts, sample
// environments, samples with hazards, preferred and impossible dates, the safety declaration),
// feasibility by station scientists, the panel meeting, the awards a decision makes, and the
// access routes without a panel (rapid access, in-house, proprietary — the last paid through the
// ledger).
//
// Access routes, as the calls engine carries them (each call has one route as its `track`):
// - general: peer review by a panel, decided at the meeting (B's decision route);
// - rapid: continuous call, at most 6 shifts on one station, approved by a scientist of that
//   station or the user office (POST /facilities/proposals/{id}/approve);
// - in_house: the facility's own staff, approved by the user office;
// - proprietary: industry, no panel, approved by the user office and paid through the ledger
//   (shifts × the call's price per shift, from the company's own account to the facility's);
// - long_term / block: a proposal that asks for several cycles. Each award covers one cycle: the
//   proposal is reviewed by the panel like a general one, and in each later cycle the team files a
//   continuation application that links to the original (PUT /applications/{id}/links) and answers
//   `progressReport` (a question of the continuation call's form); submission refuses a
//   continuation without it;
// - mail_in: samples are sent, nobody visits; flagged to staff in every view.
import type { RequestCtx } from '../../http/context.ts';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../http/errors.ts';
import { decodeCursor, toPage } from '../../http/paging.ts';
import { newId } from '../../../shared/ids.ts';
import { record } from '../audit/index.ts';
import { isActiveReviewer, addEventIn, conflictsOf, decideIn, registerDeskHooks, requireApplicationEditor, type ApplicationRef } from '../calls/index.ts';
import { personOf } from '../identity/index.ts';
import { createTransfersIn, ensureAccount } from '../ledger/index.ts';
import { facilityRoles } from './facilities.access.ts';
import { dateOf, totalShifts, userShifts, type CycleClock } from './facilities.calendar.ts';
import { rankOf, stationMeeting, type MeetingEntry, type Verdict } from './facilities.meeting.ts';
import * as repo from './facilities.proposals.repo.ts';
import { stationsOf } from './facilities.repo.ts';
import { ACCESS_ROUTES, type AccessRoute, type DateRange, type Hazard, type ProposalSample } from './facilities.types.ts';

type D = Pick<Deps, 'db' | 'now'>;

/** Routes whose proposals a panel ranks at the meeting; the others are approved one by one. */
export const PANEL_ROUTES: readonly AccessRoute[] = ['general', 'long_term', 'block', 'mail_in'];
/** Routes approved without a panel (POST /facilities/proposals/{id}/approve). */
export const APPROVAL_ROUTES: readonly AccessRoute[] = ['rapid', 'in_house', 'proprietary'];
/** Rapid access: at most this many shifts in total, on one station. */
export const RAPID_MAX_SHIFTS = 6;
/** Organization kinds that may buy proprietary beamtime. */
const PROPRIETARY_ORG_KINDS = ['enterprise', 'startup'];

const isRoute = (v: string): v is AccessRoute => (ACCESS_ROUTES as readonly string[]).includes(v);

function clockOf(c: repo.CycleRow): CycleClock {
  return { startsAt: c.startsAt, endsAt: c.endsAt, shiftHours: c.shiftHours, timeZone: c.timeZone };
}

/** First and last calendar dates of a cycle in its zone. */
function cycleDates(c: repo.CycleRow): { firstDate: string; lastDate: string } {
  return { firstDate: dateOf(c.startsAt, c.timeZone), lastDate: dateOf(new Date(c.endsAt.getTime() - 1), c.timeZone) };
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

// ── the beamtime part ─────────────────────────────────────────────────────────────────────

export interface ProposalInput {
  route: AccessRoute;
  requests: { stationId: string; shifts: number; environmentId?: string | null; note?: string }[];
  samples: ProposalSample[];
  preferredDates: DateRange[];
  impossibleDates: DateRange[];
  safetyDeclaration: boolean;
}

interface Viewer {
  found: { app: repo.ApplicationRow; call: repo.CallRow };
  proposal: repo.ProposalRow | undefined;
  cycle: repo.CycleRow;
  applicant: boolean;
  staff: boolean;
  userOffice: boolean;
  /** Requested stations the caller is a scientist of. */
  scientistOf: string[];
  reviewer: boolean;
}

/** Who the caller is to a proposal; not_found when they have no business seeing it. */
async function viewerOf(db: Db, ctx: RequestCtx, applicationId: string): Promise<Viewer> {
  const personId = personOf(ctx).personId;
  const found = await repo.applicationWithCall(db, applicationId);
  if (!found || found.call.desk !== 'facilities') throw new AppError('not_found', 'no such beamtime proposal');
  const proposal = await repo.proposalOf(db, applicationId);
  const cycleId = proposal?.cycleId ?? found.call.scopeRef;
  const cycle = cycleId ? await repo.cycleById(db, cycleId) : undefined;
  if (!cycle) throw new AppError('not_found', 'no such beamtime proposal');
  const roles = await facilityRoles(db, ctx, cycle.facilityId);
  const applicant = found.app.piId === personId || (await repo.isMember(db, applicationId, personId));
  const requested = proposal ? (await repo.requestsOf(db, [applicationId])).map((r) => r.stationId) : [];
  // Staff, scientists and reviewers see proposals once submitted; drafts are the team's own.
  const submitted = found.app.status !== 'draft';
  const staff = submitted && (roles.userOffice || roles.director);
  const scientistOf = submitted ? requested.filter((s) => roles.stations.has(s)) : [];
  const reviewer = submitted && (await isActiveReviewer(db, applicationId, personId));
  if (!applicant && !staff && !scientistOf.length && !reviewer) throw new AppError('not_found', 'no such beamtime proposal');
  return { found, proposal, cycle, applicant, staff, userOffice: submitted && roles.userOffice, scientistOf, reviewer };
}

export type ProposalView = Awaited<ReturnType<typeof getProposal>>;

/** The beamtime part of a proposal as the caller may see it (the call's defaults before the first save). */
export async function getProposal(deps: Pick<Deps, 'db'>, ctx: RequestCtx, applicationId: string) {
  const db = deps.db.db;
  const v = await viewerOf(db, ctx, applicationId);
  const { app, call } = v.found;
  const p = v.proposal;
  const [requests, environments, feasibility, awards] = await Promise.all([
    repo.requestsOf(db, [applicationId]),
    repo.environmentsOf(db, v.cycle.facilityId),
    v.staff || v.scientistOf.length ? repo.feasibilityOf(db, [applicationId]) : Promise.resolve([]),
    repo.awardsOf(db, applicationId),
  ]);
  const names = await repo.peopleNames(db, feasibility.map((f) => f.scientistId));
  const route: AccessRoute = p?.route ?? (isRoute(call.track) ? call.track : 'general');
  const dates = cycleDates(v.cycle);
  const editable = v.applicant && app.status === 'draft';
  return {
    applicationId,
    saved: p !== undefined,
    status: app.status,
    facilityId: v.cycle.facilityId,
    cycle: {
      id: v.cycle.id,
      code: v.cycle.code,
      name: v.cycle.name,
      nameEn: v.cycle.nameEn,
      startsAt: v.cycle.startsAt.toISOString(),
      endsAt: v.cycle.endsAt.toISOString(),
      timeZone: v.cycle.timeZone,
      shiftHours: v.cycle.shiftHours,
      awardMultiple: v.cycle.awardMultiple,
      ...dates,
    },
    route,
    mailIn: route === 'mail_in',
    requests: requests.map((r) => ({
      stationId: r.stationId,
      stationCode: r.stationCode,
      stationName: r.stationName,
      stationNameEn: r.stationNameEn,
      instrumentCode: r.instrumentCode,
      shifts: r.shifts,
      environmentId: r.environmentId,
      note: r.note,
    })),
    samples: p?.samples ?? [],
    preferredDates: p?.preferredDates ?? [],
    impossibleDates: p?.impossibleDates ?? [],
    safetyDeclaredAt: iso(p?.safetyDeclaredAt),
    safetyDeclaredBy: p?.safetyDeclaredBy ?? null,
    environments,
    feasibility: feasibility.map((f) => ({
      stationId: f.stationId,
      verdict: f.verdict,
      shiftsNeeded: f.shiftsNeeded,
      comments: f.comments,
      scientistId: f.scientistId,
      scientistName: names.get(f.scientistId) ?? null,
      submittedAt: f.submittedAt.toISOString(),
    })),
    awards: awards.map((a) => ({ stationId: a.stationId, shifts: a.shifts, grade: a.grade, rank: a.rank })),
    can: {
      edit: editable,
      judgeStations: ['submitted', 'in_review'].includes(app.status) ? (v.userOffice ? requests.map((r) => r.stationId) : v.scientistOf) : [],
      approve:
        ['submitted', 'in_review'].includes(app.status) &&
        (APPROVAL_ROUTES as readonly string[]).includes(route) &&
        (v.userOffice || (route === 'rapid' && v.scientistOf.length > 0)),
    },
  };
}

const canonical = (s: ProposalSample[]) => JSON.stringify(s.map((x) => ({ name: x.name, formula: x.formula ?? null, form: x.form ?? null, quantity: x.quantity ?? null, hazards: [...x.hazards].sort() })));

/** Refuses a date range outside the cycle or backwards, naming the field. */
function checkRanges(ranges: DateRange[], field: string, first: string, last: string): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  ranges.forEach((r, i) => {
    if (r.from > r.to) errors.push({ path: `${field}.${i}`, message: 'from is after to' });
    else if (r.from < first || r.to > last) errors.push({ path: `${field}.${i}`, message: `outside the cycle (${first} … ${last})` });
  });
  return errors;
}

/**
 * Creates or replaces the beamtime part of a draft (the PI or an accepted co-applicant, while
 * the call is open). Any change of the samples withdraws the safety declaration.
 */
export async function saveProposal(deps: D, ctx: RequestCtx, applicationId: string, input: ProposalInput): Promise<ProposalView> {
  const now = deps.now();
  const personId = personOf(ctx).personId;
  await deps.db.db.transaction(async (tx) => {
    const { call } = await requireApplicationEditor(tx, ctx, applicationId, now);
    if (call.desk !== 'facilities') throw new AppError('not_found', 'this application has no beamtime part');
    const cycle = call.scopeRef ? await repo.cycleById(tx, call.scopeRef) : undefined;
    if (!cycle) throw new AppError('invalid_state', 'the call is not tied to a facility cycle');
    const errors: { path: string; message: string }[] = [];
    if (input.route !== call.track) errors.push({ path: 'route', message: `this call's route is ${call.track}` });
    const ids = input.requests.map((r) => r.stationId);
    const known = new Map((await repo.stationsByIds(tx, ids)).map((s) => [s.id, s]));
    const canMount = await repo.mountable(tx, ids);
    const seen = new Set<string>();
    input.requests.forEach((r, i) => {
      const s = known.get(r.stationId);
      if (!s || s.facilityId !== cycle.facilityId) errors.push({ path: `requests.${i}.stationId`, message: 'not a station of this facility' });
      else if (seen.has(r.stationId)) errors.push({ path: `requests.${i}.stationId`, message: 'station requested twice' });
      else if (r.environmentId && !canMount.has(`${r.stationId}|${r.environmentId}`)) errors.push({ path: `requests.${i}.environmentId`, message: 'the station cannot mount this sample environment' });
      seen.add(r.stationId);
    });
    const { firstDate, lastDate } = cycleDates(cycle);
    errors.push(...checkRanges(input.preferredDates, 'preferredDates', firstDate, lastDate), ...checkRanges(input.impossibleDates, 'impossibleDates', firstDate, lastDate));
    if (errors.length) throw new AppError('validation_failed', 'the beamtime part is not valid', undefined, errors);

    const prior = await repo.proposalOf(tx, applicationId);
    const samplesChanged = prior !== undefined && canonical(prior.samples) !== canonical(input.samples);
    // The declaration covers the samples it was made for: kept while they stay the same, made now
    // when first given, withdrawn by any change of them (the PI declares again for the new ones).
    let declared: { at: Date | null; by: string | null };
    if (!input.safetyDeclaration) declared = { at: null, by: null };
    else if (prior?.safetyDeclaredAt && !samplesChanged) declared = { at: prior.safetyDeclaredAt, by: prior.safetyDeclaredBy };
    else if (prior?.safetyDeclaredAt && samplesChanged) declared = { at: null, by: null };
    else declared = { at: now, by: personId };

    await repo.upsertProposal(tx, {
      applicationId,
      facilityId: cycle.facilityId,
      cycleId: cycle.id,
      route: input.route,
      samples: input.samples,
      safetyDeclaredAt: declared.at,
      safetyDeclaredBy: declared.by,
      preferredDates: input.preferredDates,
      impossibleDates: input.impossibleDates,
    });
    await repo.replaceRequests(
      tx,
      applicationId,
      input.requests.map((r) => ({ applicationId, stationId: r.stationId, shifts: r.shifts, environmentId: r.environmentId ?? null, note: r.note || null })),
    );
    await record(
      tx,
      ctx,
      {
        action: 'facilities.proposal.save',
        objectType: 'application',
        objectId: applicationId,
        after: { route: input.route, requests: input.requests, samples: input.samples.length, safetyDeclared: declared.at !== null, samplesChanged },
      },
      now,
    );
  });
  return getProposal(deps, ctx, applicationId);
}

// ── the calls engine's hooks ──────────────────────────────────────────────────────────────

/** What the beamtime part still lacks for submission (empty when complete); the submit hook. */
export async function missingForSubmission(tx: Db, app: ApplicationRef): Promise<string[]> {
  const p = await repo.proposalOf(tx, app.id);
  if (!p) return ['facilities.part'];
  const found = await repo.applicationWithCall(tx, app.id);
  const requests = await repo.requestsOf(tx, [app.id]);
  const missing: string[] = [];
  if (!requests.length) missing.push('facilities.requests');
  if (!p.samples.length) missing.push('facilities.samples');
  if (!p.safetyDeclaredAt) missing.push('facilities.safety');
  if (found && found.call.track !== p.route) missing.push('facilities.route');
  if (found && found.call.scopeRef !== p.cycleId) missing.push('facilities.cycle');
  if (p.route === 'rapid') {
    if (requests.reduce((n, r) => n + r.shifts, 0) > RAPID_MAX_SHIFTS) missing.push('facilities.rapid_shifts');
    if (requests.length > 1) missing.push('facilities.rapid_one_station');
  }
  if (p.route === 'proprietary') {
    const kind = found?.app.orgId ? await repo.orgKind(tx, found.app.orgId) : undefined;
    if (!kind || !PROPRIETARY_ORG_KINDS.includes(kind)) missing.push('facilities.proprietary_org');
  }
  if ((p.route === 'long_term' || p.route === 'block') && found) {
    const continues = await repo.continuedProposals(tx, app.id);
    const report = found.app.answers.progressReport;
    if (continues.length && !(typeof report === 'string' && report.trim())) missing.push('facilities.progress_report');
  }
  return missing;
}

/** Reads `{ shifts: { [stationId]: n } }`; anything else is a validation failure. */
function awardShifts(award: Record<string, unknown>): Map<string, number> {
  const raw = award.shifts;
  if (raw === undefined) return new Map();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new AppError('validation_failed', 'award.shifts must map station ids to shifts');
  const out = new Map<string, number>();
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new AppError('validation_failed', `award.shifts.${k} must be a whole number ≥ 0`, undefined, [{ path: `award.shifts.${k}`, message: 'a whole number ≥ 0' }]);
    out.set(k, v);
  }
  return out;
}

/** The facility operator's account that proprietary beamtime is paid into. */
async function facilityAccount(tx: Db, facility: { id: string; code: string; operatorOrgId: string | null }, at: Date) {
  return (
    await ensureAccount(tx, { code: 'provider', rule: 'debits_must_not_exceed_credits', name: `Beamtime income of ${facility.code}`, refKey: `facility:${facility.id}`, orgId: facility.operatorOrgId }, at)
  ).account;
}

/**
 * Writes the awards of a decision (the decide hook): validates the award against the requests,
 * the cycle's multiple and each station's capacity, ranks the proposal at each station, and for
 * the proprietary route charges the company through the ledger. Any refusal rolls the decision back.
 */
export async function afterDecision(tx: Db, app: ApplicationRef, decision: { outcome: string; award: Record<string, unknown>; decidedBy: string; at: Date }, ctx: RequestCtx): Promise<void> {
  const found = await repo.applicationWithCall(tx, app.id);
  const p = await repo.proposalOf(tx, app.id);
  if (!found || !p) throw new AppError('invalid_state', 'the proposal has no beamtime part');
  const shifts = awardShifts(decision.award);
  const positive = [...shifts].filter(([, n]) => n > 0);
  if (decision.outcome === 'rejected') {
    if (positive.length) throw new AppError('validation_failed', 'a rejection awards no shifts');
    return;
  }
  if (!positive.length) throw new AppError('validation_failed', 'award at least one shift, or reject');
  const requests = new Map((await repo.requestsOf(tx, [app.id])).map((r) => [r.stationId, r]));
  for (const [stationId, n] of shifts) {
    const r = requests.get(stationId);
    if (!r) throw new AppError('validation_failed', `station ${stationId} was not requested`, { stationId });
    if (n > r.shifts) throw new AppError('validation_failed', `${r.stationCode}: ${n} shifts awarded, ${r.shifts} requested`, { stationId, requested: r.shifts });
  }
  await repo.lockCycle(tx, p.cycleId);
  const cycle = (await repo.cycleById(tx, p.cycleId))!;
  for (const [stationId, n] of shifts) {
    if (n % cycle.awardMultiple !== 0) {
      throw new AppError('award_not_multiple', `shifts are awarded in multiples of ${cycle.awardMultiple}`, { stationId, shifts: n, multiple: cycle.awardMultiple });
    }
  }
  if ((await repo.awardsOf(tx, app.id)).length) throw new AppError('invalid_state', 'the proposal already has awards');
  // one query at a time: a transaction is one connection
  const periods = await repo.periodsOf(tx, cycle.id);
  const cycleAwards = await repo.awardsOfCycle(tx, cycle.id);
  const proposals = await repo.cycleProposals(tx, cycle.id);
  const allRequests = await repo.requestsOf(tx, proposals.map((x) => x.applicationId));
  const clock = clockOf(cycle);
  const rows: repo.AwardInsert[] = [];
  for (const [stationId, n] of positive) {
    const capacity = totalShifts(userShifts(clock, periods, stationId));
    const awarded = cycleAwards.filter((a) => a.stationId === stationId).reduce((s, a) => s + a.shifts, 0);
    if (awarded + n > capacity) {
      throw new AppError('capacity_exceeded', `${requests.get(stationId)!.stationCode}: ${awarded} of ${capacity} user shifts already awarded, ${n} more do not fit`, {
        stationId,
        capacity,
        awarded,
        asked: n,
      });
    }
    const entries: MeetingEntry[] = allRequests
      .filter((r) => r.stationId === stationId)
      .map((r) => {
        const x = proposals.find((q) => q.applicationId === r.applicationId)!;
        return { applicationId: x.applicationId, grade: x.grade, submittedAt: x.submittedAt, requested: r.shifts, verdict: null, shiftsNeeded: null };
      });
    rows.push({ id: newId('award', decision.at.getTime()), applicationId: app.id, cycleId: cycle.id, stationId, shifts: n, environmentId: requests.get(stationId)!.environmentId, grade: found.app.grade, rank: rankOf(entries, app.id) ?? null });
  }
  await repo.insertAwards(tx, rows);

  let chargedFen = 0;
  let transferId: string | null = null;
  const price = found.call.award.pricePerUnitFen ?? 0;
  if (p.route === 'proprietary' && price > 0) {
    const total = positive.reduce((s, [, n]) => s + n, 0);
    chargedFen = total * price;
    const orgId = found.app.orgId;
    const facility = await repo.facilityById(tx, p.facilityId);
    if (!orgId || !facility?.operatorOrgId) throw new AppError('invalid_state', 'proprietary beamtime needs the applicant organization and the facility operator');
    const company = (await ensureAccount(tx, { code: 'company', rule: 'debits_must_not_exceed_credits', name: `Account of ${orgId}`, refKey: `company:${orgId}`, orgId }, decision.at)).account;
    const income = await facilityAccount(tx, facility, decision.at);
    const [result] = await createTransfersIn(
      tx,
      [{ key: `beamtime:${app.id}`, debitAccountId: company.id, creditAccountId: income.id, amount: chargedFen, code: 'own_share', refType: 'application', refId: app.id, memo: `beamtime ${found.app.number ?? app.id}: ${total} shifts` }],
      { now: decision.at, createdBy: decision.decidedBy },
    );
    if (!result || result.status === 'failed') {
      const code = result?.code;
      if (code === 'exceeds_credits') throw new AppError('insufficient_funds', `the company's account cannot pay ${chargedFen} fen for ${total} shifts`, { amountFen: chargedFen, accountId: company.id });
      throw new AppError(code ?? 'internal', result?.message ?? 'the charge failed');
    }
    transferId = result.transfer.id;
  }
  // What the desk wrote for the decision, under the person who decided.
  await record(
    tx,
    ctx,
    { action: 'facilities.award.create', objectType: 'application', objectId: app.id, after: { decidedBy: decision.decidedBy, outcome: decision.outcome, awards: rows.map((r) => ({ id: r.id, stationId: r.stationId, shifts: r.shifts, rank: r.rank })), chargedFen, transferId } },
    decision.at,
  );
}

registerDeskHooks('facilities', { missingForSubmission, afterDecision });

// ── feasibility ───────────────────────────────────────────────────────────────────────────

const hazardsOf = (samples: ProposalSample[]): Hazard[] => [...new Set(samples.flatMap((s) => s.hazards))].filter((h) => h !== 'none');

function feasibilityView(f: repo.FeasibilityRow, names: Map<string, string>) {
  return {
    stationId: f.stationId,
    verdict: f.verdict,
    shiftsNeeded: f.shiftsNeeded,
    comments: f.comments,
    scientistId: f.scientistId,
    scientistName: names.get(f.scientistId) ?? null,
    submittedAt: f.submittedAt.toISOString(),
  };
}

/**
 * The feasibility queue of a facility: requests of submitted and in-review proposals on the
 * caller's stations (the user office: every station), judged or not. Empty for anyone else.
 */
export async function feasibilityQueue(deps: Pick<Deps, 'db'>, ctx: RequestCtx, facilityId: string, q: { state: 'pending' | 'done' | 'all'; cycleId?: string; cursor?: string; limit: number }) {
  const db = deps.db.db;
  const roles = await facilityRoles(db, ctx, facilityId);
  const stationIds = roles.userOffice ? (await stationsOf(db, facilityId)).map((s) => s.id) : [...roles.stations];
  const c = decodeCursor(q.cursor, 2);
  const filter = { stationIds, cycleId: q.cycleId, state: q.state };
  const [rows, total] = await Promise.all([
    repo.feasibilityQueue(db, { ...filter, after: c ? [String(c[0]), String(c[1])] : undefined, limit: q.limit }),
    repo.countFeasibilityQueue(db, filter),
  ]);
  const ids = [...new Set(rows.map((r) => r.applicationId))];
  const reviews = await repo.feasibilityOf(db, ids);
  const names = await repo.peopleNames(db, [...rows.map((r) => r.piId), ...reviews.map((r) => r.scientistId)]);
  const byKey = new Map(reviews.map((r) => [`${r.applicationId}|${r.stationId}`, r]));
  return toPage(
    rows,
    q.limit,
    (r) => [r.applicationId, r.stationId],
    (r) => {
      const f = byKey.get(`${r.applicationId}|${r.stationId}`);
      return {
        applicationId: r.applicationId,
        number: r.number,
        title: r.title,
        piName: names.get(r.piId) ?? null,
        status: r.status,
        submittedAt: iso(r.submittedAt),
        cycleId: r.cycleId,
        route: r.route,
        mailIn: r.route === 'mail_in',
        hazards: hazardsOf(r.samples),
        stationId: r.stationId,
        stationCode: r.stationCode,
        stationName: r.stationName,
        stationNameEn: r.stationNameEn,
        shifts: r.shifts,
        environmentId: r.environmentId,
        review: f ? feasibilityView(f, names) : null,
      };
    },
    total,
  );
}

/** A station scientist's (or the user office's) feasibility verdict on one requested station; replaces an earlier one. */
export async function judgeFeasibility(
  deps: D,
  ctx: RequestCtx,
  applicationId: string,
  stationId: string,
  input: { verdict: Verdict; shiftsNeeded: number; comments?: string },
) {
  const now = deps.now();
  const personId = personOf(ctx).personId;
  return deps.db.db.transaction(async (tx) => {
    const found = await repo.applicationWithCall(tx, applicationId);
    const p = await repo.proposalOf(tx, applicationId);
    if (!found || !p || found.app.status === 'draft') throw new AppError('not_found', 'no such beamtime proposal');
    const roles = await facilityRoles(tx, ctx, p.facilityId);
    if (!roles.userOffice && !roles.director && roles.stations.size === 0) throw new AppError('not_found', 'no such beamtime proposal');
    const request = (await repo.requestsOf(tx, [applicationId])).find((r) => r.stationId === stationId);
    if (!request) throw new AppError('not_found', 'the proposal does not request this station');
    if (!roles.userOffice && !roles.stations.has(stationId)) throw new AppError('forbidden', 'scientists of the station or the user office only');
    if (found.app.status !== 'submitted' && found.app.status !== 'in_review') throw new AppError('invalid_state', `the proposal is ${found.app.status}`);
    const row = { applicationId, stationId, scientistId: personId, verdict: input.verdict, shiftsNeeded: input.shiftsNeeded, comments: input.comments || null, submittedAt: now };
    await repo.upsertFeasibility(tx, row);
    await addEventIn(tx, { applicationId, kind: 'feasibility', actorId: personId, note: `${request.stationCode}: ${input.verdict}, ${input.shiftsNeeded} shifts`, at: now });
    await record(tx, ctx, { action: 'facilities.feasibility.judge', objectType: 'application', objectId: applicationId, after: { stationId, verdict: input.verdict, shiftsNeeded: input.shiftsNeeded } }, now);
    return feasibilityView(row as repo.FeasibilityRow, await repo.peopleNames(tx, [personId]));
  });
}

// ── the panel meeting ─────────────────────────────────────────────────────────────────────

/**
 * The panel meeting of a cycle (user office, director, chairs of the cycle's panels): per
 * requested station, the panel-route proposals ranked by grade against the available shifts,
 * with the running total, the cutoff and the oversubscription. Grades are hidden from a viewer
 * with a conflict of interest on the proposal.
 */
export async function meeting(deps: D, ctx: RequestCtx, cycleId: string) {
  const db = deps.db.db;
  const now = deps.now();
  const personId = personOf(ctx).personId;
  const cycle = await repo.cycleById(db, cycleId);
  if (!cycle) throw new AppError('not_found', 'no such cycle');
  const roles = await facilityRoles(db, ctx, cycle.facilityId);
  if (!roles.userOffice && !roles.director && !(await repo.chairsCycle(db, cycleId, personId))) {
    throw new AppError('forbidden', 'the user office, the director and the chairs of the cycle’s panels only');
  }
  const proposals = await repo.cycleProposals(db, cycleId);
  const ids = proposals.map((p) => p.applicationId);
  const [requests, feasibility, awards, periods, names] = await Promise.all([
    repo.requestsOf(db, ids),
    repo.feasibilityOf(db, ids),
    repo.awardsOfCycle(db, cycleId),
    repo.periodsOf(db, cycleId),
    repo.peopleNames(db, proposals.map((p) => p.piId)),
  ]);
  const byId = new Map(proposals.map((p) => [p.applicationId, p]));
  const panel = proposals.filter((p) => (PANEL_ROUTES as readonly string[]).includes(p.route));
  const conflicted = new Set<string>();
  for (const p of panel) {
    if ((await conflictsOf(db, personId, p.applicationId, now)).length) conflicted.add(p.applicationId);
  }
  const feas = new Map(feasibility.map((f) => [`${f.applicationId}|${f.stationId}`, f]));
  const awardOn = new Map(awards.map((a) => [`${a.applicationId}|${a.stationId}`, a.shifts]));
  const requestsByApp = new Map<string, repo.RequestWithStation[]>();
  for (const r of requests) requestsByApp.set(r.applicationId, [...(requestsByApp.get(r.applicationId) ?? []), r]);
  const clock = clockOf(cycle);

  const stationIds = [...new Set(requests.filter((r) => (PANEL_ROUTES as readonly string[]).includes(byId.get(r.applicationId)!.route)).map((r) => r.stationId))];
  const stations = stationIds
    .map((stationId) => {
      const first = requests.find((r) => r.stationId === stationId)!;
      const user = totalShifts(userShifts(clock, periods, stationId));
      const otherRoutes = awards
        .filter((a) => a.stationId === stationId && !(PANEL_ROUTES as readonly string[]).includes(byId.get(a.applicationId)?.route ?? 'general'))
        .reduce((s, a) => s + a.shifts, 0);
      const available = Math.max(0, user - otherRoutes);
      const entries = requests
        .filter((r) => r.stationId === stationId && (PANEL_ROUTES as readonly string[]).includes(byId.get(r.applicationId)!.route))
        .map((r) => {
          const p = byId.get(r.applicationId)!;
          const f = feas.get(`${r.applicationId}|${stationId}`);
          return {
            applicationId: r.applicationId,
            grade: p.grade,
            submittedAt: p.submittedAt,
            requested: r.shifts,
            verdict: f?.verdict ?? null,
            shiftsNeeded: f?.shiftsNeeded ?? null,
            decided: p.status === 'decided' ? (awardOn.get(`${r.applicationId}|${stationId}`) ?? 0) : null,
          };
        });
      const m = stationMeeting(available, entries);
      return {
        stationId,
        code: first.stationCode,
        name: first.stationName,
        nameEn: first.stationNameEn,
        userShifts: user,
        otherRoutes,
        available,
        requested: m.requested,
        oversubscription: m.oversubscription,
        cutoffRank: m.cutoffRank,
        cutoffGrade: m.cutoffRank !== null && conflicted.has(m.rows[m.cutoffRank - 1]!.entry.applicationId) ? null : m.cutoffGrade,
        awarded: entries.reduce((s, e) => s + (e.decided ?? 0), 0),
        rows: m.rows.map((row) => {
          const p = byId.get(row.entry.applicationId)!;
          const hidden = conflicted.has(p.applicationId);
          return {
            rank: row.rank,
            applicationId: p.applicationId,
            number: p.number,
            title: p.title,
            piName: names.get(p.piId) ?? null,
            route: p.route,
            status: p.status,
            grade: hidden ? null : p.grade,
            conflicted: hidden,
            submittedAt: iso(p.submittedAt),
            requested: row.entry.requested,
            verdict: row.entry.verdict,
            shiftsNeeded: row.entry.shiftsNeeded,
            counted: row.counted,
            runningTotal: row.runningTotal,
            fits: row.fits,
            decision: p.outcome ? { outcome: p.outcome, awardedShifts: row.entry.decided ?? 0 } : null,
            stations: (requestsByApp.get(p.applicationId) ?? []).map((r) => ({ stationId: r.stationId, stationCode: r.stationCode, requested: r.shifts })),
          };
        }),
      };
    })
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    cycle: { id: cycle.id, code: cycle.code, name: cycle.name, nameEn: cycle.nameEn, facilityId: cycle.facilityId, awardMultiple: cycle.awardMultiple, startsAt: cycle.startsAt.toISOString(), endsAt: cycle.endsAt.toISOString() },
    // the calls engine's decision route takes the user office and the director
    canDecide: roles.userOffice || roles.director,
    stations,
  };
}

// ── routes without a panel ────────────────────────────────────────────────────────────────

/**
 * Approves (or rejects) a rapid-access, in-house or proprietary proposal: rapid by a scientist
 * of a requested station or the user office, the others by the user office. The decision goes
 * through the calls engine (letter, status, audit) and its hook writes the awards and, for
 * proprietary beamtime, the charge.
 */
export async function approve(deps: Deps, ctx: RequestCtx, applicationId: string, input: { outcome: 'awarded' | 'partial' | 'rejected'; shifts: Record<string, number>; note?: string }) {
  const now = deps.now();
  personOf(ctx);
  return deps.db.db.transaction(async (tx) => {
    const found = await repo.applicationWithCall(tx, applicationId);
    const p = await repo.proposalOf(tx, applicationId);
    if (!found || !p || found.app.status === 'draft') throw new AppError('not_found', 'no such beamtime proposal');
    const roles = await facilityRoles(tx, ctx, p.facilityId);
    const requests = await repo.requestsOf(tx, [applicationId]);
    const scientist = requests.some((r) => roles.stations.has(r.stationId));
    // people with no role at the facility may not know the proposal exists
    if (!roles.userOffice && !roles.director && roles.stations.size === 0) throw new AppError('not_found', 'no such beamtime proposal');
    if (!(APPROVAL_ROUTES as readonly string[]).includes(p.route)) throw new AppError('invalid_state', `${p.route} proposals are decided after the panel (POST /applications/{id}/decision)`);
    if (!roles.userOffice && !(p.route === 'rapid' && scientist)) throw new AppError('forbidden', p.route === 'rapid' ? 'scientists of a requested station or the user office only' : 'the user office only');
    if (found.app.status !== 'submitted' && found.app.status !== 'in_review') throw new AppError('invalid_state', `the proposal is ${found.app.status}`);
    const award = input.outcome === 'rejected' ? {} : { shifts: input.shifts };
    if (input.outcome === 'rejected' && Object.values(input.shifts).some((n) => n > 0)) throw new AppError('validation_failed', 'a rejection awards no shifts');
    await decideIn(tx, deps, ctx, applicationId, { outcome: input.outcome, award, ...(input.note ? { note: input.note } : {}) }, now);
    const awards = await repo.awardsOf(tx, applicationId);
    const price = found.call.award.pricePerUnitFen ?? 0;
    const chargedFen = p.route === 'proprietary' ? awards.reduce((s, a) => s + a.shifts, 0) * price : 0;
    await record(tx, ctx, { action: 'facilities.proposal.approve', objectType: 'application', objectId: applicationId, after: { route: p.route, outcome: input.outcome, shifts: input.shifts, chargedFen } }, now);
    return { applicationId, outcome: input.outcome, awards: awards.map((a) => ({ stationId: a.stationId, shifts: a.shifts })), chargedFen };
  });
}

// ── the facility's calls ──────────────────────────────────────────────────────────────────

/** The facility's calls (not drafts) with their routes and deadlines, for the "apply for beamtime" page. */
export async function facilityCalls(deps: D, facilityId: string) {
  const db = deps.db.db;
  if (!(await repo.facilityById(db, facilityId))) throw new AppError('not_found', 'no such facility');
  const now = deps.now().getTime();
  const rows = await repo.callsOfFacility(db, facilityId);
  return {
    items: rows
      .filter((r) => isRoute(r.call.track))
      .map(({ call, cycle }) => ({
        id: call.id,
        code: call.code,
        title: call.title,
        titleEn: call.titleEn,
        route: call.track as AccessRoute,
        mode: call.mode,
        status: call.status,
        opensAt: call.opensAt.toISOString(),
        closesAt: iso(call.closesAt),
        timeZone: call.timeZone,
        accepting: call.status === 'open' && call.opensAt.getTime() <= now && (call.closesAt === null || now < call.closesAt.getTime()),
        pricePerShiftFen: call.award.pricePerUnitFen ?? null,
        cycle: { id: cycle.id, code: cycle.code, name: cycle.name, nameEn: cycle.nameEn, startsAt: cycle.startsAt.toISOString(), endsAt: cycle.endsAt.toISOString() },
      })),
  };
}

