// The whole beamtime cycle of the facility user office through the HTTP API, as its people live
// it: the user office sets up a cycle, its calendar, a sample environment, a station scientist,
// a form and a call; a PI submits a proposal with a co-proposer (a competitor too; a latecomer is
// refused at the deadline); the station scientist judges feasibility; a panel with a chair scores
// (a conflicted reviewer is refused at every step); the meeting ranks against the cutoff; the
// decisions award shifts (refused when not a multiple or over capacity); the letter goes out; the
// schedule is solved, a bad move refused, published; the PI downloads the ICS; the experiment
// runs (not before its safety approval) and ends with lost time; report, publication, the next
// proposal's reviewer sees that prior work, and the statistics count it.
// Only the facility itself and its user office / director roles come from fixtures (they have no API).
import { test, before, after, mock } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { testApp, type Agent, type TestApp } from './support/app.ts';
import { addMember, buildOrg } from './support/factories.ts';
import { facilityWorld, type World } from './support/facilities.ts';
import { ok, refused } from './support/ledger.ts';
import { icsEvents, icsUtc, tinyPdf } from './support/facility-flow.ts';
import { listMail } from '../src/server/mail/mail.service.ts';
import { dateOf } from '../src/server/modules/facilities/facilities.calendar.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ZONE = 'Asia/Shanghai';
const ORCID = '0000-0002-1825-0097';
const DOI = '10.1107/s1600577520001234';

let t: TestApp;
let w: World;
const tag = Math.random().toString(36).slice(2, 7).toUpperCase();

// the cast
let pi: Agent;
let piOrg: { id: string };
let co: Agent;
let rival: Agent;
let rivalOrg: { id: string };
let late: Agent;
let lateOrg: { id: string };
let scientist: Agent;
let chair: Agent;
let r1: Agent;
let r2: Agent;
let r3: Agent;
/** A member of the PI's university sitting on the panel: conflicted with the PI's proposal. */
let colleague: Agent;
let stranger: Agent;

// what the steps build
let s0: string;
let cryo: string;
let cell: string;
let cycle: { id: string; code: string; startsAt: string; endsAt: string };
let nextCycle: { id: string };
let formId: string;
let call: { id: string; code: string; closesAt: string };
let nextCall: { id: string; code: string };
let panelId: string;
let A: { id: string; number: string };
let B: { id: string; number: string };
let L: { id: string };
const reviews: Record<string, string> = {};
let schedule: any;
let blockA: any;
let experimentId: string;

/** The cycle's calendar date `n` days after its start, in its zone. */
const day = (n: number) => dateOf(new Date(new Date(cycle.startsAt).getTime() + n * DAY), ZONE);
/** The instant `shifts` 8-hour shifts after the cycle's start. */
const at = (shifts: number) => new Date(new Date(cycle.startsAt).getTime() + shifts * 8 * HOUR);

const QUESTIONS = [
  { key: 'case', type: 'longtext', label: '科学意义', labelEn: 'Scientific case', required: true, maxLength: 5000 },
  { key: 'industry', type: 'boolean', label: '是否有企业参与', labelEn: 'Industry involved' },
  { key: 'company', type: 'text', label: '企业名称', labelEn: 'Company', required: true, when: { key: 'industry', equals: true } },
];

const SAMPLES_A = [
  { name: 'Pt/CeO2 catalyst', formula: 'Pt/CeO2', form: 'powder', quantity: '200 mg', hazards: ['nanomaterial'] },
  { name: 'CO/He gas mixture', quantity: '1 cylinder', hazards: ['toxic', 'pressurized'] },
];

/** A complete draft of `who` in `callId` (answers, beamtime part), through the API; returns it. */
async function completeDraft(
  who: Agent,
  orgId: string,
  callId: string,
  o: { title: string; keywords: string[]; stationId: string; shifts: number; environmentId?: string },
): Promise<{ id: string; revision: number }> {
  const d = ok(await t.req('POST', `/api/calls/${callId}/applications`, { as: who, body: { orgId, title: o.title } }), 201, 'draft');
  const saved = ok(
    await t.req('PATCH', `/api/applications/${d.id}`, {
      as: who,
      body: { revision: d.revision, abstract: `Abstract of ${o.title}.`, keywords: o.keywords, answers: { case: `Why ${o.title} matters.`, industry: false } },
    }),
    200,
    'answers',
  );
  ok(
    await t.req('PUT', `/api/facilities/proposals/${d.id}`, {
      as: who,
      body: {
        route: 'general',
        requests: [{ stationId: o.stationId, shifts: o.shifts, ...(o.environmentId ? { environmentId: o.environmentId } : {}) }],
        samples: [{ name: 'Silica nanoparticles', hazards: ['nanomaterial'] }],
        safetyDeclaration: true,
      },
    }),
    200,
    'beamtime part',
  );
  return { id: d.id, revision: saved.revision };
}

before(async () => {
  t = await testApp();
  w = await facilityWorld(t);
  s0 = w.stations[0]!.id;
  cryo = w.environments[0]!.id;
  pi = await t.person({ name: 'Li Wei (PI)' });
  piOrg = await buildOrg(t, pi, { kind: 'university' });
  co = await t.person({ name: 'Chen Jing (co-proposer)' });
  rival = await t.person({ name: 'Zhao Min (rival PI)' });
  rivalOrg = await buildOrg(t, rival, { kind: 'university' });
  late = await t.person({ name: 'Wang Fang (late)' });
  lateOrg = await buildOrg(t, late, { kind: 'university' });
  scientist = await t.person({ name: 'Sun Hao (station scientist)' });
  chair = await t.person({ name: 'Panel Chair' });
  r1 = await t.person({ name: 'Reviewer One' });
  r2 = await t.person({ name: 'Reviewer Two' });
  r3 = await t.person({ name: 'Reviewer Three' });
  colleague = await t.person({ name: 'Colleague of the PI' });
  await addMember(t, piOrg, pi, 'member', colleague);
  stranger = await t.person({ name: 'Stranger' });
});
after(async () => {
  mock.timers.reset();
  await t.close();
});

test('the user office sets up the cycle, its calendar, equipment, scientist, form and call', async () => {
  const office = w.office;
  const fid = w.facility.id;
  // A 10-day cycle from a Shanghai midnight 30 days on, shifts awarded in multiples of 3.
  const now = t.deps.now().getTime();
  const start = Math.floor((now + 8 * HOUR) / DAY) * DAY - 8 * HOUR + 30 * DAY;
  refused(await t.req('POST', `/api/facilities/${fid}/cycles`, { as: pi, body: { code: `X${tag}`, name: 'x', nameEn: 'x', startsAt: new Date(start).toISOString(), endsAt: new Date(start + 10 * DAY).toISOString() } }), 403, 'forbidden', 'a PI makes no cycle');
  const c = ok(
    await t.req('POST', `/api/facilities/${fid}/cycles`, {
      as: office,
      body: { code: `2030-${tag}`, name: `周期 ${tag}`, nameEn: `Cycle ${tag}`, startsAt: new Date(start).toISOString(), endsAt: new Date(start + 10 * DAY).toISOString(), awardMultiple: 3, changeoverShifts: 1 },
    }),
    201,
    'cycle',
  );
  assert.equal(c.status, 'planning');
  assert.equal(c.shiftCount, 30);
  cycle = c;
  // User operation days 0–3 and 5–9, maintenance on day 4: 12 + 15 = 27 user shifts per station.
  const period = (kind: string, fromDay: number, toDay: number) =>
    t.req('POST', `/api/facilities/cycles/${c.id}/periods`, { as: office, body: { kind, startsAt: new Date(start + fromDay * DAY).toISOString(), endsAt: new Date(start + toDay * DAY).toISOString() } });
  ok(await period('user', 0, 4), 201);
  ok(await period('maintenance', 4, 5), 201);
  ok(await period('user', 5, 10), 201);
  const detail = ok(await t.req('GET', `/api/facilities/cycles/${c.id}`));
  const st0 = detail.stations.find((s: any) => s.id === s0);
  assert.deepEqual(st0.userShifts, [{ from: 0, to: 12 }, { from: 15, to: 30 }]);
  assert.equal(st0.userShiftCount, 27);

  // The next cycle (for the follow-up proposal), all user operation.
  const next = ok(
    await t.req('POST', `/api/facilities/${fid}/cycles`, {
      as: office,
      body: { code: `2031-${tag}`, name: `下周期 ${tag}`, nameEn: `Next cycle ${tag}`, startsAt: new Date(start + 40 * DAY).toISOString(), endsAt: new Date(start + 50 * DAY).toISOString(), awardMultiple: 3 },
    }),
    201,
  );
  ok(await t.req('POST', `/api/facilities/cycles/${next.id}/periods`, { as: office, body: { kind: 'user', startsAt: next.startsAt, endsAt: next.endsAt } }), 201);
  nextCycle = next;

  // A new in-situ cell that station 0 can mount (besides the cryostat), and a second scientist.
  const env = ok(await t.req('POST', `/api/facilities/${fid}/environments`, { as: office, body: { code: `CELL-${tag}`, name: '原位反应池', nameEn: 'In-situ cell' } }), 201);
  cell = env.id;
  const envs = ok(await t.req('PUT', `/api/facilities/stations/${s0}/environments`, { as: office, body: { environmentIds: [cryo, cell] } }));
  assert.deepEqual(envs.environments.map((e: any) => e.id).sort(), [cryo, cell].sort());
  const sci = ok(
    await t.req('PUT', `/api/facilities/stations/${s0}/scientists`, {
      as: office,
      body: { scientists: [{ personId: w.stations[0]!.scientist.personId, role: 'lead' }, { personId: scientist.personId, role: 'scientist' }] },
    }),
  );
  assert.deepEqual(sci.scientists.map((s: any) => s.personId).sort(), [w.stations[0]!.scientist.personId, scientist.personId].sort());

  // The form and the general-route calls of both cycles.
  const form = ok(await t.req('POST', '/api/calls/forms', { as: office, body: { key: `beamtime-${tag.toLowerCase()}`, title: '机时申请', titleEn: 'Beamtime proposal', questions: QUESTIONS } }), 201);
  formId = form.id;
  const closesAt = new Date(Math.floor((t.deps.now().getTime() + 20 * 60_000) / 1000) * 1000).toISOString();
  const stages = [
    { key: 'feasibility', kind: 'technical' },
    { key: 'panel', kind: 'panel', reviewersPerApplication: 2 },
  ];
  const callBody = (code: string, scopeRef: string, closes: string) => ({
    ownerOrgId: w.facility.operatorOrgId,
    desk: 'facilities',
    scopeRef,
    code,
    title: `常规机时 ${code}`,
    titleEn: `General beamtime ${code}`,
    track: 'general',
    mode: 'window',
    opensAt: new Date(t.deps.now().getTime() - HOUR).toISOString(),
    closesAt: closes,
    formTemplateId: formId,
    stages,
    award: { unit: 'shift', multiple: 3 },
  });
  const made = ok(await t.req('POST', '/api/calls', { as: office, body: callBody(`GEN-${tag}`, c.id, closesAt) }), 201, 'call');
  assert.equal(made.status, 'draft');
  const opened = ok(await t.req('POST', `/api/calls/${made.id}/open`, { as: office }));
  assert.equal(opened.status, 'open');
  assert.equal(opened.accepting, true);
  call = { id: made.id, code: made.code, closesAt };
  const made2 = ok(await t.req('POST', '/api/calls', { as: office, body: callBody(`GEN2-${tag}`, next.id, new Date(t.deps.now().getTime() + 20 * DAY).toISOString()) }), 201);
  ok(await t.req('POST', `/api/calls/${made2.id}/open`, { as: office }));
  nextCall = { id: made2.id, code: made2.code };
  assert.equal(ok(await t.req('PATCH', `/api/facilities/cycles/${c.id}`, { as: office, body: { status: 'call_open' } })).status, 'call_open');

  // Applicants find it on the facility's "apply for beamtime" list.
  const listed = ok(await t.req('GET', `/api/facilities/${fid}/calls`)).items.find((x: any) => x.id === call.id);
  assert.equal(listed.route, 'general');
  assert.equal(listed.accepting, true);
  assert.equal(listed.cycle.id, c.id);
});

test('a PI drafts, invites a co-proposer who accepts, attaches a PDF and submits', async () => {
  const d = ok(await t.req('POST', `/api/calls/${call.id}/applications`, { as: pi, body: { orgId: piOrg.id, title: 'Operando XAFS of single-atom Pt catalysts', orcid: ORCID } }), 201);
  assert.equal(d.status, 'draft');
  assert.equal(d.revision, 1);
  assert.equal(d.role, 'pi');
  const path = `/api/applications/${d.id}`;

  // Answers saved as typed; a stale revision is refused.
  const answers = { case: 'Pt single atoms change under CO: only operando XAFS shows how.', industry: false };
  const saved = ok(await t.req('PATCH', path, { as: pi, body: { revision: 1, abstract: 'We follow Pt single atoms under CO oxidation.', keywords: ['XAFS', 'catalysis'], answers } }));
  assert.equal(saved.revision, 2);
  assert.deepEqual(saved.answers, answers);
  refused(await t.req('PATCH', path, { as: pi, body: { revision: 1, title: 'stale' } }), 409, 'stale_revision');

  // Not yet complete: the beamtime part is missing.
  const incomplete = await t.req('POST', `${path}/submit`, { as: pi });
  refused(incomplete, 400, 'application_incomplete');
  assert.ok(incomplete.body.details.missing.includes('facilities.part'), incomplete.text);

  // The beamtime part: station 0 with the in-situ cell, samples with hazards, dates, safety.
  const partBody = {
    route: 'general',
    requests: [{ stationId: s0, shifts: 9, environmentId: cell, note: 'gas dosing needed' }],
    samples: SAMPLES_A,
    preferredDates: [{ from: day(1), to: day(2) }],
    impossibleDates: [{ from: day(0), to: day(0) }],
    safetyDeclaration: true,
  };
  const part = ok(await t.req('PUT', `/api/facilities/proposals/${d.id}`, { as: pi, body: partBody }));
  assert.equal(part.saved, true);
  assert.deepEqual(part.requests.map((r: any) => [r.stationId, r.shifts, r.environmentId, r.note]), [[s0, 9, cell, 'gas dosing needed']]);
  assert.deepEqual(part.samples, SAMPLES_A);
  assert.deepEqual(part.impossibleDates, [{ from: day(0), to: day(0) }]);
  assert.ok(part.safetyDeclaredAt);
  assert.equal(part.safetyDeclaredBy, pi.personId);
  assert.equal(part.cycle.awardMultiple, 3);
  assert.equal(part.can.edit, true);

  // The co-proposer: invited, so submission waits for the answer; they accept with their ORCID iD.
  ok(await t.req('POST', `${path}/members`, { as: pi, body: { email: co.email } }), 201);
  refused(await t.req('POST', `${path}/submit`, { as: pi }), 409, 'members_pending');
  const invited = ok(await t.req('GET', '/api/applications/mine', { as: co }));
  assert.deepEqual(invited.invitations.map((i: any) => i.applicationId), [d.id]);
  const members = ok(await t.req('POST', `${path}/members/accept`, { as: co, body: { orcid: '0000-0001-5109-3700' } })).items;
  const coRow = members.find((m: any) => m.email === co.email.toLowerCase());
  assert.deepEqual([coRow.role, coRow.status, coRow.personId, coRow.orcid], ['co', 'accepted', co.personId, '0000-0001-5109-3700']);
  // An accepted co-proposer edits too: the beamtime part reads the same for them.
  assert.deepEqual(ok(await t.req('GET', `/api/facilities/proposals/${d.id}`, { as: co })).samples, SAMPLES_A);

  // A PDF attachment; a file that is not a PDF is refused.
  refused(await t.req('POST', `${path}/files`, { as: pi, body: { name: 'notes.txt', contentBase64: Buffer.from('plain text').toString('base64') } }), 415, 'file_type_not_allowed');
  const pdf = tinyPdf('Operando XAFS: safety and method');
  const file = ok(await t.req('POST', `${path}/files`, { as: co, body: { name: '方案 method.pdf', contentBase64: pdf.toString('base64') } }), 201, 'upload');
  assert.equal(file.size, pdf.length);
  assert.equal(file.sha256, createHash('sha256').update(pdf).digest('hex'));
  const down = await t.app.request(`${path}/files/${file.id}`, { headers: { cookie: `pj_session=${pi.cookie}` } });
  assert.equal(down.status, 200);
  assert.deepEqual(Buffer.from(await down.arrayBuffer()), pdf);

  // Submitted before the deadline: numbered, read-only, history recorded.
  const sub = ok(await t.req('POST', `${path}/submit`, { as: pi }), 200, 'submit');
  assert.equal(sub.status, 'submitted');
  assert.equal(sub.number, `${call.code}-000001`);
  assert.ok(new Date(sub.submittedAt).getTime() < new Date(call.closesAt).getTime());
  refused(await t.req('PUT', `/api/facilities/proposals/${d.id}`, { as: pi, body: partBody }), 409, 'invalid_state');
  A = { id: d.id, number: sub.number };
  const mail = await listMail(t.deps.db.db, pi.email, undefined, 10);
  assert.ok(mail.some((m: any) => m.subject.includes(A.number)), 'the PI is told the number');
});

test('the deadline holds to the millisecond: one more gets in, the latecomer does not', async () => {
  // Two more complete drafts: a rival (who submits at the last millisecond) and a latecomer.
  const b = await completeDraft(rival, rivalOrg.id, call.id, { title: 'SAXS of silica sols', keywords: ['SAXS'], stationId: s0, shifts: 24, environmentId: cryo });
  const l = await completeDraft(late, lateOrg.id, call.id, { title: 'A late idea', keywords: ['SAXS'], stationId: s0, shifts: 6 });
  mock.timers.enable({ apis: ['Date'], now: Date.now() });
  try {
    const closesAt = new Date(call.closesAt).getTime();
    t.advance(closesAt - t.deps.now().getTime() - 1);
    assert.equal(t.deps.now().getTime(), closesAt - 1);
    const sub = ok(await t.req('POST', `/api/applications/${b.id}/submit`, { as: rival }), 200, 'one millisecond before the deadline');
    assert.equal(sub.number, `${call.code}-000002`);
    B = { id: b.id, number: sub.number };
    t.advance(1);
    assert.equal(t.deps.now().getTime(), closesAt);
    const refusedSubmit = await t.req('POST', `/api/applications/${l.id}/submit`, { as: late });
    refused(refusedSubmit, 409, 'deadline_passed', 'at the deadline');
    assert.equal(refusedSubmit.body.details.closesAt, call.closesAt);
    refused(
      await t.req('PUT', `/api/facilities/proposals/${l.id}`, { as: late, body: { route: 'general', requests: [{ stationId: s0, shifts: 3 }], samples: [{ name: 'x', hazards: ['none'] }], safetyDeclaration: true } }),
      409,
      'deadline_passed',
      'the beamtime part is frozen too',
    );
    refused(await t.req('POST', `/api/calls/${call.id}/applications`, { as: stranger, body: {} }), 409, 'deadline_passed');
    L = { id: l.id };
  } finally {
    mock.timers.reset();
  }
  assert.equal(ok(await t.req('GET', `/api/applications/${L.id}`, { as: late })).status, 'draft');
  assert.equal(ok(await t.req('POST', `/api/calls/${call.id}/close`, { as: w.office })).status, 'closed');
  assert.equal(ok(await t.req('PATCH', `/api/facilities/cycles/${cycle.id}`, { as: w.office, body: { status: 'review' } })).status, 'review');
});

test('the station scientist judges feasibility from their queue', async () => {
  const fid = w.facility.id;
  const queue = ok(await t.req('GET', `/api/facilities/${fid}/feasibility?state=pending&cycleId=${cycle.id}`, { as: scientist }));
  assert.deepEqual(queue.items.map((i: any) => i.applicationId).sort(), [A.id, B.id].sort(), 'submitted proposals only, not the draft');
  const itemA = queue.items.find((i: any) => i.applicationId === A.id);
  assert.deepEqual([itemA.stationId, itemA.shifts, itemA.environmentId, itemA.number], [s0, 9, cell, A.number]);
  assert.deepEqual([...itemA.hazards].sort(), ['nanomaterial', 'pressurized', 'toxic']);
  // Someone without a station sees an empty queue and cannot judge.
  assert.equal(ok(await t.req('GET', `/api/facilities/${fid}/feasibility`, { as: pi })).items.length, 0);
  refused(await t.req('PUT', `/api/facilities/proposals/${A.id}/feasibility/${s0}`, { as: w.stations[1]!.scientist, body: { verdict: 'feasible', shiftsNeeded: 9 } }), 403, 'forbidden');

  const verdict = ok(await t.req('PUT', `/api/facilities/proposals/${A.id}/feasibility/${s0}`, { as: scientist, body: { verdict: 'feasible', shiftsNeeded: 9, comments: 'Gas system available.' } }));
  assert.deepEqual([verdict.verdict, verdict.shiftsNeeded, verdict.scientistId], ['feasible', 9, scientist.personId]);
  ok(await t.req('PUT', `/api/facilities/proposals/${B.id}/feasibility/${s0}`, { as: scientist, body: { verdict: 'feasible', shiftsNeeded: 24 } }));
  assert.equal(ok(await t.req('GET', `/api/facilities/${fid}/feasibility?state=pending&cycleId=${cycle.id}`, { as: scientist })).items.length, 0);
  // Applicants do not see the staff's verdicts; the user office does.
  assert.deepEqual(ok(await t.req('GET', `/api/facilities/proposals/${A.id}`, { as: pi })).feasibility, []);
  assert.equal(ok(await t.req('GET', `/api/facilities/proposals/${A.id}`, { as: w.office })).feasibility[0].verdict, 'feasible');
});

test('the panel scores; a conflicted reviewer is refused at assignment, opening, scoring and grades', async () => {
  const office = w.office;
  const panel = ok(
    await t.req('POST', '/api/panels', { as: office, body: { ownerOrgId: w.facility.operatorOrgId, name: `化学与材料 ${tag}`, nameEn: `Chemistry and materials ${tag}`, scopeRef: cycle.id, areas: ['XAFS', 'SAXS'] } }),
    201,
    'panel',
  );
  panelId = panel.id;
  const seated = ok(
    await t.req('PUT', `/api/panels/${panelId}/members`, {
      as: office,
      body: {
        members: [
          { personId: chair.personId, role: 'chair', expertise: ['XAFS'] },
          { personId: r1.personId, role: 'reviewer', expertise: ['XAFS'] },
          { personId: r2.personId, role: 'reviewer', expertise: ['XAFS'] },
          { personId: r3.personId, role: 'reviewer', expertise: ['SAXS'] },
          { email: colleague.email, role: 'reviewer', expertise: ['catalysis'] },
        ],
      },
    }),
  );
  assert.equal(seated.members.length, 5);
  refused(await t.req('POST', `/api/panels/${panelId}/applications`, { as: office, body: { applicationIds: [A.id, B.id, L.id] } }), 409, 'invalid_state', 'a draft is not reviewed');
  assert.equal(ok(await t.req('POST', `/api/panels/${panelId}/applications`, { as: office, body: { applicationIds: [A.id, B.id] } })).attached, 2);

  // Automatic assignment: two each, never the colleague on A; least loaded first, then expertise.
  const auto = ok(await t.req('POST', `/api/calls/${call.id}/assignments/auto`, { as: office }));
  const byApp = (id: string) => auto.assigned.filter((x: any) => x.applicationId === id).map((x: any) => x.reviewerId).sort();
  assert.deepEqual(byApp(A.id), [r1.personId, r2.personId].sort());
  assert.deepEqual(byApp(B.id), [r3.personId, colleague.personId].sort());
  assert.deepEqual(auto.unfilled, []);
  for (const x of auto.assigned) reviews[`${x.applicationId}|${x.reviewerId}`] = x.assignmentId;
  const board = ok(await t.req('GET', `/api/calls/${call.id}/review-board`, { as: office }));
  assert.deepEqual(
    board.conflicts.filter((c: any) => c.applicationId === A.id),
    [{ applicationId: A.id, personId: colleague.personId, reasons: ['same_organization'] }],
  );
  assert.equal(board.applications.find((a: any) => a.id === A.id).status, 'in_review');

  // At assignment: the colleague cannot be given A, and nothing of the batch is written.
  const refusedAssign = await t.req('POST', `/api/calls/${call.id}/assignments`, { as: office, body: { items: [{ applicationId: A.id, reviewerId: r3.personId }, { applicationId: A.id, reviewerId: colleague.personId }] } });
  refused(refusedAssign, 403, 'conflict_of_interest');
  assert.deepEqual(refusedAssign.body.details.reasons, ['same_organization']);
  assert.equal(ok(await t.req('GET', `/api/applications/${A.id}/reviews`, { as: office })).reviews.length, 2, 'all or nothing');

  // Reviewer Two joins the PI's university mid-review: from then on opening and scoring are refused.
  const r2Review = reviews[`${A.id}|${r2.personId}`]!;
  ok(await t.req('GET', `/api/reviews/${r2Review}`, { as: r2 }), 200, 'before joining');
  await addMember(t, piOrg, pi, 'member', r2);
  refused(await t.req('GET', `/api/reviews/${r2Review}`, { as: r2 }), 403, 'conflict_of_interest', 'opening');
  refused(await t.req('PUT', `/api/reviews/${r2Review}`, { as: r2, body: { grade: 1, comments: 'Excellent', submit: true } }), 403, 'conflict_of_interest', 'scoring');
  // Grades: conflicted panel members never see A's.
  refused(await t.req('GET', `/api/applications/${A.id}/reviews`, { as: colleague }), 403, 'conflict_of_interest', 'grades');
  refused(await t.req('GET', `/api/applications/${A.id}/reviews`, { as: r2 }), 403, 'conflict_of_interest', 'grades');
  // The user office replaces Reviewer Two with Reviewer Three.
  const r = await t.req('DELETE', `/api/reviews/${r2Review}`, { as: office });
  assert.equal(r.status, 204, r.text);
  const replaced = ok(await t.req('POST', `/api/calls/${call.id}/assignments`, { as: office, body: { items: [{ applicationId: A.id, reviewerId: r3.personId }] } }));
  reviews[`${A.id}|${r3.personId}`] = replaced.items[0].assignmentId;

  // Scores 1 (best) … 5.
  const score = async (who: Agent, appId: string, grade: number) => {
    const id = reviews[`${appId}|${who.personId}`]!;
    const opened = ok(await t.req('GET', `/api/reviews/${id}`, { as: who }));
    assert.equal(opened.application.id, appId);
    assert.equal(opened.review.editable, true);
    refused(await t.req('PUT', `/api/reviews/${id}`, { as: who, body: { grade: 6 } }), 400, 'validation_failed');
    const done = ok(await t.req('PUT', `/api/reviews/${id}`, { as: who, body: { grade, comments: `Grade ${grade}.`, submit: true } }));
    assert.deepEqual([done.review.status, done.review.grade, done.review.editable], ['submitted', grade, false]);
  };
  // An assigned reviewer sees the beamtime part.
  assert.equal(ok(await t.req('GET', `/api/facilities/proposals/${A.id}`, { as: r1 })).requests[0].shifts, 9);
  await score(r1, A.id, 1);
  await score(r3, A.id, 2);
  await score(r3, B.id, 3);
  await score(colleague, B.id, 4);

  const gradesA = ok(await t.req('GET', `/api/applications/${A.id}/reviews`, { as: chair }));
  assert.equal(gradesA.grade, 1.5);
  assert.deepEqual([...gradesA.grades].sort(), [1, 2]);
  assert.equal(ok(await t.req('GET', `/api/applications/${B.id}/reviews`, { as: chair })).grade, 3.5);
  // The proposer is conflicted with their own proposal: no grades for them either.
  const own = await t.req('GET', `/api/applications/${A.id}/reviews`, { as: pi });
  refused(own, 403, 'conflict_of_interest', 'applicants see no grades');
  assert.ok(own.body.details.reasons.includes('proposer'), own.text);
});

test('the meeting ranks the proposals against the available shifts with the cutoff', async () => {
  refused(await t.req('GET', `/api/facilities/cycles/${cycle.id}/meeting`, { as: pi }), 403, 'forbidden');
  const m = ok(await t.req('GET', `/api/facilities/cycles/${cycle.id}/meeting`, { as: chair }));
  assert.equal(m.canDecide, false, 'the chair advises, the user office decides');
  assert.deepEqual(m.stations.map((s: any) => s.stationId), [s0]);
  const st = m.stations[0];
  assert.deepEqual(
    [st.userShifts, st.otherRoutes, st.available, st.requested, st.oversubscription, st.cutoffRank, st.cutoffGrade, st.awarded],
    [27, 0, 27, 33, 1.22, 1, 1.5, 0],
  );
  assert.deepEqual(
    st.rows.map((r: any) => [r.rank, r.applicationId, r.grade, r.verdict, r.counted, r.runningTotal, r.fits, r.conflicted]),
    [
      [1, A.id, 1.5, 'feasible', 9, 9, true, false],
      [2, B.id, 3.5, 'feasible', 24, 33, false, false],
    ],
  );
  assert.equal(ok(await t.req('GET', `/api/facilities/cycles/${cycle.id}/meeting`, { as: w.office })).canDecide, true);
});

test('decisions: not a multiple and over capacity are refused; the letter goes out', async () => {
  const office = w.office;
  const decide = (appId: string, outcome: string, shifts: number) =>
    t.req('POST', `/api/applications/${appId}/decision`, { as: office, body: { outcome, award: { shifts: { [s0]: shifts } }, note: 'Panel 2030' } });
  const notMultiple = await decide(A.id, 'partial', 8);
  refused(notMultiple, 400, 'award_not_multiple');
  assert.deepEqual([notMultiple.body.details.multiple, notMultiple.body.details.shifts], [3, 8]);
  assert.equal(ok(await t.req('GET', `/api/applications/${A.id}`, { as: office })).status, 'in_review', 'the refused decision left nothing');

  const dA = ok(await decide(A.id, 'awarded', 9), 201);
  assert.equal(dA.outcome, 'awarded');
  assert.ok(dA.letterId);
  const over = await decide(B.id, 'awarded', 24);
  refused(over, 409, 'capacity_exceeded');
  assert.deepEqual([over.body.details.capacity, over.body.details.awarded, over.body.details.asked], [27, 9, 24]);
  assert.equal(ok(await t.req('GET', `/api/applications/${B.id}`, { as: office })).status, 'in_review');
  ok(await decide(B.id, 'partial', 15), 201);

  // The letter to the PI in the outbox, and the award on the proposal.
  const letters = (await listMail(t.deps.db.db, pi.email, undefined, 20)).filter((m: any) => m.subject === `申请结果 Decision: ${A.number}`);
  assert.equal(letters.length, 1);
  assert.match(letters[0]!.body, /评审结果为：批准/);
  assert.match(letters[0]!.body, /共 9 shift/);
  assert.match(letters[0]!.body, /: awarded\./);
  const part = ok(await t.req('GET', `/api/facilities/proposals/${A.id}`, { as: pi }));
  assert.deepEqual(part.awards, [{ stationId: s0, shifts: 9, grade: 1.5, rank: 1 }]);
  assert.equal(part.status, 'decided');
  const events = ok(await t.req('GET', `/api/applications/${A.id}/events`, { as: pi })).items;
  assert.deepEqual(events.filter((e: any) => e.kind === 'status').map((e: any) => e.toStatus), ['draft', 'submitted', 'in_review', 'decided']);
  assert.ok(events.some((e: any) => e.kind === 'feasibility'));

  // The meeting now counts what was decided: both fit.
  const st = ok(await t.req('GET', `/api/facilities/cycles/${cycle.id}/meeting`, { as: office })).stations[0];
  assert.equal(st.awarded, 24);
  assert.deepEqual(st.rows.map((r: any) => [r.counted, r.fits, r.decision.outcome, r.decision.awardedShifts]), [[9, true, 'awarded', 9], [15, true, 'partial', 15]]);
});

test('the schedule is solved, a move into maintenance refused, and published', async () => {
  const office = w.office;
  assert.equal(ok(await t.req('PATCH', `/api/facilities/cycles/${cycle.id}`, { as: office, body: { status: 'scheduling' } })).status, 'scheduling');
  schedule = ok(await t.req('POST', `/api/facilities/cycles/${cycle.id}/schedules`, { as: office, body: { policy: 'score', timeLimitSeconds: 5 } }), 201, 'solve');
  assert.equal(schedule.status, 'draft');
  assert.deepEqual(schedule.unplaced, []);
  assert.equal(schedule.blocks.length, 2);
  assert.ok(schedule.lpBound >= schedule.objective - 1e-6 && schedule.gapPct >= 0, `objective ${schedule.objective}, bound ${schedule.lpBound}`);
  blockA = schedule.blocks.find((b: any) => b.applicationId === A.id);
  const blockB = schedule.blocks.find((b: any) => b.applicationId === B.id);
  // A cannot start on day 0 and has 9 shifts before the maintenance; B's 15 fill the second run.
  assert.deepEqual([blockA.startShift, blockA.shifts, blockA.number, blockA.environmentId], [3, 9, A.number, cell]);
  assert.deepEqual([blockB.startShift, blockB.shifts], [15, 15]);
  assert.equal(blockA.startsAt, at(3).toISOString());
  assert.equal(blockA.endsAt, at(12).toISOString());

  const move = (startShift: number) => t.req('PATCH', `/api/facilities/schedules/${schedule.id}/blocks/${blockA.id}`, { as: office, body: { startShift } });
  const intoMaintenance = await move(10);
  refused(intoMaintenance, 409, 'pin_infeasible', 'into the maintenance');
  assert.ok(intoMaintenance.body.details.violations.some((v: any) => v.rule === 'user-operation'), intoMaintenance.text);
  const onImpossible = await move(0);
  refused(onImpossible, 409, 'pin_infeasible', 'onto an impossible date');
  assert.ok(onImpossible.body.details.violations.some((v: any) => v.rule === 'impossible'), onImpossible.text);
  const onB = await move(18);
  refused(onB, 409, 'pin_infeasible', 'onto the other experiment');
  const pinned = ok(await t.req('PATCH', `/api/facilities/schedules/${schedule.id}/blocks/${blockA.id}`, { as: office, body: { pinned: true } }));
  const kept = pinned.blocks.find((b: any) => b.id === blockA.id);
  assert.deepEqual([kept.startShift, kept.pinned], [3, true], 'refused moves changed nothing');

  const published = ok(await t.req('POST', `/api/facilities/schedules/${schedule.id}/publish`, { as: office }));
  assert.equal(published.status, 'published');
  assert.equal(ok(await t.req('GET', `/api/facilities/cycles/${cycle.id}`)).status, 'published');
  const pub = ok(await t.req('GET', `/api/facilities/cycles/${cycle.id}/schedule`, { as: stranger }));
  assert.deepEqual(pub.blocks.map((b: any) => [b.applicationId, b.startShift]).sort(), [[A.id, 3], [B.id, 15]].sort());
});

test('the PI downloads the ICS with the block of the proposal', async () => {
  const r = await t.req('GET', '/api/facilities/me/schedule.ics', { as: pi });
  assert.equal(r.status, 200, r.text);
  assert.match(r.headers.get('content-type') ?? '', /^text\/calendar/);
  assert.ok(r.text.startsWith('BEGIN:VCALENDAR\r\n') && r.text.endsWith('END:VCALENDAR\r\n'));
  const events = icsEvents(r.text);
  assert.equal(events.length, 1);
  const e = events[0]!;
  assert.equal(e.DTSTART, icsUtc(blockA.startsAt));
  assert.equal(e.DTEND, icsUtc(blockA.endsAt));
  assert.equal(e.DTSTART, icsUtc(at(3).toISOString()));
  assert.ok(e.DESCRIPTION!.includes(A.number), e.DESCRIPTION);
  assert.equal(e.STATUS, 'CONFIRMED');
  // The accepted co-proposer has it too; the rival only their own.
  assert.equal(icsEvents((await t.req('GET', '/api/facilities/me/schedule.ics', { as: co })).text)[0]!.DTSTART, e.DTSTART);
  const rivals = icsEvents((await t.req('GET', '/api/facilities/me/schedule.ics', { as: rival })).text);
  assert.deepEqual(rivals.map((x) => x.DTSTART), [icsUtc(at(15).toISOString())]);
  assert.ok(!rivals[0]!.DESCRIPTION!.includes(A.number));
});

test('the experiment: visits, no start before the safety approval, logbook, end with lost time, report', async () => {
  const mine = ok(await t.req('GET', '/api/facilities/experiments/mine', { as: pi }));
  assert.equal(mine.items.length, 1);
  const x = mine.items[0];
  assert.deepEqual([x.applicationId, x.stationId, x.status, x.scheduledStart, x.scheduledEnd], [A.id, s0, 'scheduled', blockA.startsAt, blockA.endsAt]);
  experimentId = x.id;
  const path = `/api/facilities/experiments/${experimentId}`;
  refused(await t.req('GET', path, { as: stranger }), 404, 'not_found');

  // Visits: the PI registers themselves and the co-proposer, within the experiment ± 2 days.
  const first = dateOf(new Date(blockA.startsAt), ZONE);
  const last = dateOf(new Date(new Date(blockA.endsAt).getTime() - 1), ZONE);
  refused(await t.req('POST', `${path}/visits`, { as: pi, body: { arrivesOn: day(-5), leavesOn: first } }), 400, 'validation_failed');
  const vPi = ok(await t.req('POST', `${path}/visits`, { as: pi, body: { arrivesOn: first, leavesOn: last } }), 201);
  const vCo = ok(await t.req('POST', `${path}/visits`, { as: pi, body: { personId: co.personId, arrivesOn: first, leavesOn: last } }), 201);
  assert.deepEqual([vPi.status, vCo.personId], ['registered', co.personId]);
  refused(await t.req('POST', `${path}/visits/${vPi.id}/approve`, { as: pi }), 403, 'forbidden');
  assert.equal(ok(await t.req('POST', `${path}/visits/${vPi.id}/approve`, { as: scientist })).status, 'approved');
  ok(await t.req('POST', `${path}/visits/${vCo.id}/approve`, { as: scientist }));

  // Not before the safety approval.
  refused(await t.req('POST', `${path}/start`, { as: scientist }), 409, 'safety_not_approved');
  const safe = ok(await t.req('POST', `${path}/safety-approval`, { as: scientist }));
  assert.equal(safe.status, 'safety_approved');
  assert.deepEqual([...safe.safety.hazards].sort(), ['nanomaterial', 'pressurized', 'toxic']);
  assert.equal(safe.safety.approvedBy, scientist.personId);
  const running = ok(await t.req('POST', `${path}/start`, { as: scientist }));
  assert.equal(running.status, 'running');
  assert.ok(running.startedAt);

  ok(await t.req('POST', `${path}/logbook`, { as: pi, body: { body: 'Pt L3 edge aligned; first operando scan under CO.' } }), 201);
  ok(await t.req('POST', `${path}/logbook`, { as: scientist, body: { body: 'Beam lost 02:00–06:00 (RF trip).' } }), 201);
  const log = ok(await t.req('GET', `${path}/logbook`, { as: co }));
  assert.deepEqual(log.items.map((e: any) => e.authorId), [pi.personId, scientist.personId]);

  refused(await t.req('PUT', `${path}/report`, { as: pi, body: { report: 'Too early.' } }), 409, 'invalid_state');
  refused(await t.req('POST', `${path}/end`, { as: scientist, body: { lostHours: 4 } }), 400, 'validation_failed', 'lost time needs a reason');
  const ended = ok(await t.req('POST', `${path}/end`, { as: scientist, body: { lostHours: 4, lostReason: 'RF trip' } }));
  assert.deepEqual([ended.status, ended.lostHours, ended.lostReason], ['finished', 4, 'RF trip']);
  const REPORT = 'Pt single atoms reduce to clusters above 150 °C under CO; 8 operando spectra collected.';
  const reported = ok(await t.req('PUT', `${path}/report`, { as: co, body: { report: REPORT } }));
  assert.equal(reported.report, REPORT);
  assert.ok(reported.reportSubmittedAt);
});

test('a publication by DOI shows as prior work to the reviewer of the next, linked proposal', async () => {
  const outcome = ok(
    await t.req('POST', `/api/facilities/proposals/${A.id}/outcomes`, {
      as: pi,
      body: { kind: 'publication', doi: 'https://doi.org/10.1107/S1600577520001234', title: 'Operando XAFS of Pt single atoms', venue: 'J. Synchrotron Rad.', year: 2031, experimentId },
    }),
    201,
  );
  assert.equal(outcome.doi, DOI);
  refused(await t.req('POST', `/api/facilities/proposals/${A.id}/outcomes`, { as: co, body: { kind: 'publication', doi: `doi:${DOI.toUpperCase()}`, title: 'Again' } }), 409, 'already_recorded');

  // The follow-up proposal in the next cycle links to A.
  const n = await completeDraft(pi, piOrg.id, nextCall.id, { title: 'Operando XAFS, part two', keywords: ['XAFS'], stationId: s0, shifts: 6, environmentId: cell });
  assert.equal(ok(await t.req('GET', `/api/facilities/proposals/${n.id}`, { as: pi })).cycle.id, nextCycle.id);
  const links = ok(await t.req('PUT', `/api/applications/${n.id}/links`, { as: pi, body: { applicationIds: [A.id] } })).items;
  assert.deepEqual(links.map((l: any) => l.number), [A.number]);
  const sub = ok(await t.req('POST', `/api/applications/${n.id}/submit`, { as: pi }), 200);
  assert.equal(sub.number, `${nextCall.code}-000001`);
  ok(await t.req('POST', `/api/panels/${panelId}/applications`, { as: w.office, body: { applicationIds: [n.id] } }));
  const assigned = ok(await t.req('POST', `/api/calls/${nextCall.id}/assignments`, { as: w.office, body: { items: [{ applicationId: n.id, reviewerId: r1.personId }] } }));
  assert.equal(assigned.items[0].created, true);

  refused(await t.req('GET', `/api/facilities/proposals/${n.id}/prior-work`, { as: stranger }), 404, 'not_found');
  refused(await t.req('GET', `/api/facilities/proposals/${n.id}/prior-work`, { as: r3 }), 404, 'not_found', 'a panel member not assigned to it');
  const prior = ok(await t.req('GET', `/api/facilities/proposals/${n.id}/prior-work`, { as: r1 }));
  const p = prior.find((x: any) => x.id === A.id);
  assert.ok(p, JSON.stringify(prior));
  assert.deepEqual([p.number, p.linked, p.status, p.cycleCode], [A.number, true, 'decided', cycle.code]);
  assert.deepEqual(
    p.experiments.map((e: any) => [e.id, e.status, e.lostHours, e.report]),
    [[experimentId, 'finished', 4, 'Pt single atoms reduce to clusters above 150 °C under CO; 8 operando spectra collected.']],
  );
  assert.deepEqual(p.outcomes.map((o: any) => [o.kind, o.doi, o.experimentId]), [['publication', DOI, experimentId]]);
});

test('the statistics count the cycle: shifts, cutoff, users, experiment and publication', async () => {
  const s = ok(await t.req('GET', `/api/facilities/${w.facility.id}/statistics?cycleId=${cycle.id}`));
  assert.equal(s.cycles.length, 1);
  const c = s.cycles[0];
  assert.equal(c.status, 'published');
  const st = c.stations.find((x: any) => x.stationId === s0);
  assert.deepEqual(
    [st.availableShifts, st.requestedShifts, st.awardedShifts, st.oversubscription, st.cutoffGrade, st.proposalsSubmitted, st.proposalsAwarded, st.users, st.experimentsDone, st.publications],
    [27, 33, 24, 1.22, 3.5, 2, 2, 3, 1, 1],
  );
  assert.deepEqual(st.usersByOrgKind, [
    { kind: 'university', users: 2 },
    { kind: 'unknown', users: 1 },
  ]);
  assert.deepEqual([c.totals.awardedShifts, c.totals.experimentsDone, c.totals.publications, c.totals.proposalsSubmitted], [24, 1, 1, 2]);
  const csv = await t.req('GET', `/api/facilities/${w.facility.id}/statistics?cycleId=${cycle.id}&format=csv`);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
  assert.ok(csv.text.includes(w.stations[0]!.code));
});
