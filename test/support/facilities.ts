// Fixtures of the facility user office: a small facility with its people, a cycle with its
// operating calendar, a call, and proposals at any stage, written straight into the tables so
// that each part of the desk can be tested on its own. (Flows that go through the API build
// the same things with requests; see the full-cycle test.)
import { newId } from '../../src/shared/ids.ts';
import * as schema from '../../src/server/db/schema.ts';
import { addStaff } from '../../src/server/modules/calls/index.ts';
import type { FormQuestion, ReviewStage, ApplicationStatus } from '../../src/server/modules/calls/index.ts';
import type { AccessRoute } from '../../src/server/modules/facilities/index.ts';
import type { Agent, TestApp } from './app.ts';
import { buildOrg } from './factories.ts';

let n = 0;
const uniq = () => `${++n}${process.pid}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export interface World {
  facility: { id: string; code: string; operatorOrgId: string };
  /** Owner of the operator organization. */
  owner: Agent;
  /** The user office (a calls manager of the operator organization). */
  office: Agent;
  director: Agent;
  /** stations[i].scientist is the station's scientist. */
  stations: { id: string; code: string; scientist: Agent }[];
  environments: { id: string; code: string }[];
  cycle: { id: string; startsAt: Date; endsAt: Date; shiftHours: number; awardMultiple: number; changeoverShifts: number };
  /** The form template the fixture's calls use (one optional and one required question). */
  templateId: string;
  /** An open general-route call of the cycle, closing `closesInDays` after the app's now. */
  call: { id: string; closesAt: Date };
}

/** The general route's questions: a required scientific case and an optional industry flag. */
export const FIXTURE_QUESTIONS: FormQuestion[] = [
  { key: 'case', type: 'longtext', label: '科学意义', labelEn: 'Scientific case', required: true, maxLength: 5000 },
  { key: 'industry', type: 'boolean', label: '是否有企业参与', labelEn: 'Industry involved' },
  { key: 'company', type: 'text', label: '企业名称', labelEn: 'Company', required: true, when: { key: 'industry', equals: true } },
];

export const FIXTURE_STAGES: ReviewStage[] = [
  { key: 'feasibility', kind: 'technical' },
  { key: 'panel', kind: 'panel', reviewersPerApplication: 2 },
];

/**
 * A facility with three stations on two instruments (stations 0 and 1 share an instrument),
 * two sample environments, an operator organization with user office, director and one scientist
 * per station, a cycle starting 30 days after the app's now and lasting 20 days with user
 * operation except a 2-day maintenance in the middle, and an open call closing in 10 days.
 */
export async function facilityWorld(t: TestApp, opts: { closesInDays?: number; stations?: number } = {}): Promise<World> {
  const db = t.deps.db.db;
  const now = t.deps.now();
  const u = uniq();
  const owner = await t.person({ name: `Facility owner ${u}` });
  const org = await buildOrg(t, owner, { kind: 'facility_operator' });
  const office = await t.person({ name: `User office ${u}` });
  const director = await t.person({ name: `Director ${u}` });
  await addStaff(db, org.id, office.personId, 'manager');
  await addStaff(db, org.id, director.personId, 'director');

  const facilityId = newId('facility');
  await db.insert(schema.facilities).values({ id: facilityId, code: `F${u}`, name: `测试光源 ${u}`, nameEn: `Test light source ${u}`, kind: 'synchrotron', status: 'operating', operatorOrgId: org.id });
  const ins = [newId('instrument'), newId('instrument')];
  await db.insert(schema.instruments).values([
    { id: ins[0]!, facilityId, code: 'BL01', name: '线站一', nameEn: 'Beamline 1' },
    { id: ins[1]!, facilityId, code: 'BL02', name: '线站二', nameEn: 'Beamline 2' },
  ]);
  const count = opts.stations ?? 3;
  const stations: World['stations'] = [];
  for (let i = 0; i < count; i++) {
    const id = newId('station');
    const code = `BL0${i < 2 ? 1 : 2}-S${i}`;
    await db.insert(schema.stations).values({ id, instrumentId: ins[i < 2 ? 0 : 1]!, facilityId, code, name: `实验站 ${i}`, nameEn: `Station ${i}`, techniques: i === 0 ? ['XAFS'] : i === 1 ? ['SAXS'] : ['macromolecular crystallography'] });
    const scientist = await t.person({ name: `Scientist ${i} ${u}` });
    await db.insert(schema.stationScientists).values({ stationId: id, personId: scientist.personId, role: 'lead' });
    stations.push({ id, code, scientist });
  }
  const environments = [
    { id: newId('environment'), code: 'CRYO' },
    { id: newId('environment'), code: 'FURNACE' },
  ];
  await db.insert(schema.sampleEnvironments).values(environments.map((e) => ({ id: e.id, facilityId, code: e.code, name: e.code, nameEn: e.code })));
  await db.insert(schema.stationEnvironments).values(stations.flatMap((s) => environments.map((e) => ({ stationId: s.id, environmentId: e.id }))));

  // The cycle starts at a midnight in Shanghai (16:00 UTC) 30 days on.
  const startDay = Math.floor((now.getTime() + 8 * HOUR) / DAY) * DAY - 8 * HOUR + 30 * DAY;
  const cycleStart = new Date(startDay);
  const cycleEnd = new Date(startDay + 20 * DAY);
  const cycleId = newId('cycle');
  await db.insert(schema.facilityCycles).values({ id: cycleId, facilityId, code: `C${u}`, name: `周期 ${u}`, nameEn: `Cycle ${u}`, startsAt: cycleStart, endsAt: cycleEnd, status: 'call_open' });
  await db.insert(schema.calendarPeriods).values([
    { id: newId('period'), cycleId, kind: 'user', startsAt: cycleStart, endsAt: new Date(startDay + 9 * DAY) },
    { id: newId('period'), cycleId, kind: 'maintenance', startsAt: new Date(startDay + 9 * DAY), endsAt: new Date(startDay + 11 * DAY) },
    { id: newId('period'), cycleId, kind: 'user', startsAt: new Date(startDay + 11 * DAY), endsAt: cycleEnd },
  ]);

  const templateId = newId('formTemplate');
  await db.insert(schema.formTemplates).values({ id: templateId, key: `beamtime-${u}`, version: 1, title: '机时申请', titleEn: 'Beamtime proposal', questions: FIXTURE_QUESTIONS });
  const closesAt = new Date(now.getTime() + (opts.closesInDays ?? 10) * DAY);
  const callId = await insertCall(t, { ownerOrgId: org.id, cycleId, templateId, route: 'general', closesAt, code: `GEN-${u}` });

  return {
    facility: { id: facilityId, code: `F${u}`, operatorOrgId: org.id },
    owner,
    office,
    director,
    stations,
    environments,
    cycle: { id: cycleId, startsAt: cycleStart, endsAt: cycleEnd, shiftHours: 8, awardMultiple: 1, changeoverShifts: 1 },
    templateId,
    call: { id: callId, closesAt },
  };
}

/** Inserts an open call of a facility cycle for a route. */
export async function insertCall(
  t: TestApp,
  o: { ownerOrgId: string; cycleId: string; templateId: string; route: AccessRoute; closesAt?: Date | null; code: string; stages?: ReviewStage[] },
): Promise<string> {
  const id = newId('call');
  const now = t.deps.now();
  await t.deps.db.db.insert(schema.calls).values({
    id,
    ownerOrgId: o.ownerOrgId,
    desk: 'facilities',
    scopeRef: o.cycleId,
    code: o.code,
    title: `征集 ${o.code}`,
    titleEn: `Call ${o.code}`,
    track: o.route,
    mode: o.closesAt === null ? 'continuous' : 'window',
    opensAt: new Date(now.getTime() - DAY),
    closesAt: o.closesAt === null ? null : (o.closesAt ?? new Date(now.getTime() + 10 * DAY)),
    formTemplateId: o.templateId,
    stages: o.stages ?? FIXTURE_STAGES,
    award: { unit: 'shift', multiple: 1 },
    status: 'open',
  });
  return id;
}

export interface BuiltProposal {
  id: string;
  pi: Agent;
  requests: { stationId: string; shifts: number; environmentId?: string }[];
}

/**
 * A beamtime proposal of `pi` (a new person in a new university unless given) in the world's call,
 * with its requests, at `status` (default submitted), written straight into the tables.
 */
export async function insertProposal(
  t: TestApp,
  w: World,
  o: {
    pi?: Agent;
    piOrgId?: string;
    status?: ApplicationStatus;
    requests?: { stationId: string; shifts: number; environmentId?: string }[];
    title?: string;
    keywords?: string[];
    coProposers?: Agent[];
    preferredDates?: { from: string; to: string }[];
    impossibleDates?: { from: string; to: string }[];
    callId?: string;
    route?: AccessRoute;
  } = {},
): Promise<BuiltProposal> {
  const db = t.deps.db.db;
  const now = t.deps.now();
  const pi = o.pi ?? (await t.person({ name: `PI ${uniq()}` }));
  const orgId = o.piOrgId ?? (await buildOrg(t, pi, { kind: 'university' })).id;
  const id = newId('application');
  const status = o.status ?? 'submitted';
  const submitted = status !== 'draft';
  await db.insert(schema.applications).values({
    id,
    callId: o.callId ?? w.call.id,
    number: submitted ? `T-${uniq()}` : null,
    title: o.title ?? `Proposal ${uniq()}`,
    abstract: 'An experiment.',
    keywords: o.keywords ?? [],
    piId: pi.personId,
    orgId,
    formTemplateId: w.templateId,
    answers: { case: 'Because.' },
    status,
    submittedAt: submitted ? now : null,
  });
  await db.insert(schema.applicationMembers).values([
    { applicationId: id, email: pi.email, personId: pi.personId, role: 'pi', status: 'accepted', respondedAt: now },
    ...(o.coProposers ?? []).map((c) => ({ applicationId: id, email: c.email, personId: c.personId, role: 'co' as const, status: 'accepted' as const, respondedAt: now })),
  ]);
  await db.insert(schema.applicationEvents).values({ id: newId('applicationEvent'), applicationId: id, at: now, actorId: pi.personId, kind: 'status', fromStatus: null, toStatus: status });
  const requests = o.requests ?? [{ stationId: w.stations[0]!.id, shifts: 6 }];
  await db.insert(schema.facilityProposals).values({
    applicationId: id,
    facilityId: w.facility.id,
    cycleId: w.cycle.id,
    route: o.route ?? 'general',
    samples: [{ name: 'Sample A', hazards: ['none'] }],
    safetyDeclaredAt: now,
    safetyDeclaredBy: pi.personId,
    preferredDates: o.preferredDates ?? [],
    impossibleDates: o.impossibleDates ?? [],
  });
  await db.insert(schema.beamtimeRequests).values(requests.map((r) => ({ applicationId: id, stationId: r.stationId, shifts: r.shifts, environmentId: r.environmentId ?? null })));
  return { id, pi, requests };
}

/** Awards shifts to a proposal on a station and records the decision (as the decision would; the status is left as it was). */
export async function insertAward(t: TestApp, w: World, p: BuiltProposal, o: { stationId?: string; shifts?: number; grade?: number; rank?: number; environmentId?: string } = {}): Promise<string> {
  const db = t.deps.db.db;
  const id = newId('award');
  const stationId = o.stationId ?? p.requests[0]!.stationId;
  await db.insert(schema.beamtimeAwards).values({ id, applicationId: p.id, cycleId: w.cycle.id, stationId, shifts: o.shifts ?? p.requests[0]!.shifts, environmentId: o.environmentId ?? null, grade: o.grade ?? 2, rank: o.rank ?? 1 });
  await db
    .insert(schema.decisions)
    .values({ applicationId: p.id, outcome: 'awarded', award: { shifts: { [stationId]: o.shifts ?? p.requests[0]!.shifts } }, decidedBy: w.office.personId, decidedAt: t.deps.now() })
    .onConflictDoNothing();
  return id;
}
