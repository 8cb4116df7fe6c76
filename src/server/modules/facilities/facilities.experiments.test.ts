// Experiments through the API: lists, access (other teams 404, another station's scientist 403),
// visits, safety approval before start (safety_not_approved), start, end with lost time,
// cancel, the append-only logbook, the end-of-experiment report; outcomes (DOI normalization,
// already_recorded, patents, deletion); the prior work shown to a proposal's assigned reviewer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eq, and, like } from 'drizzle-orm';
import * as schema from '../../db/schema.ts';
import { newId } from '../../../shared/ids.ts';
import { testApp, type Agent, type TestApp } from '../../../../test/support/app.ts';
import { facilityWorld, insertAward, insertProposal, type BuiltProposal, type World } from '../../../../test/support/facilities.ts';
import { insertExperiment } from '../../../../test/support/experiments.ts';
import { ok, refused } from '../../../../test/support/ledger.ts';
import { normalizeDoi } from './facilities.experiments.service.ts';

const DAY = 86_400_000;

let t: TestApp;
let w: World;
let co: Agent;
let stranger: Agent;
let P: BuiltProposal;
let expId: string;

before(async () => {
  t = await testApp();
  w = await facilityWorld(t);
  co = await t.person({ name: 'Co Proposer' });
  stranger = await t.person({ name: 'Stranger' });
  P = await insertProposal(t, w, { coProposers: [co], requests: [{ stationId: w.stations[0]!.id, shifts: 3 }] });
  await t.deps.db.db
    .update(schema.facilityProposals)
    .set({ samples: [{ name: 'Lysozyme', hazards: ['none'] }, { name: 'Arsenic oxide', hazards: ['toxic', 'corrosive'] }] })
    .where(eq(schema.facilityProposals.applicationId, P.id));
  const awardId = await insertAward(t, w, P);
  expId = await insertExperiment(t, w, { applicationId: P.id, awardId, stationId: w.stations[0]!.id, startShift: 3, shifts: 3 });
});

after(async () => {
  await t.close();
});

const path = (id: string, rest = '') => `/api/facilities/experiments/${id}${rest}`;
const dateAt = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10); // Asia/Shanghai

test('lists: mine for the team, the facility list by role, empty for strangers', async () => {
  const mine = ok(await t.req('GET', '/api/facilities/experiments/mine', { as: P.pi }));
  assert.deepEqual(
    mine.items.map((e: any) => e.id),
    [expId],
  );
  assert.equal(mine.items[0].stationCode, w.stations[0]!.code);
  assert.equal(ok(await t.req('GET', '/api/facilities/experiments/mine', { as: co })).items.length, 1);
  assert.equal(ok(await t.req('GET', '/api/facilities/experiments/mine', { as: stranger })).items.length, 0);

  const list = (as: Agent, q = '') => t.req('GET', `/api/facilities/${w.facility.id}/experiments${q}`, { as });
  assert.deepEqual(
    ok(await list(w.office)).items.map((e: any) => e.id),
    [expId],
  );
  assert.equal(ok(await list(w.director)).total, 1);
  assert.equal(ok(await list(w.stations[0]!.scientist)).items.length, 1);
  assert.equal(ok(await list(w.stations[1]!.scientist)).items.length, 0, 'another station');
  assert.equal(ok(await list(stranger)).items.length, 0);
  assert.equal(ok(await list(w.office, '?status=running')).items.length, 0);
  assert.equal(ok(await list(w.office, `?stationId=${w.stations[0]!.id}&cycleId=${w.cycle.id}&status=scheduled`)).items.length, 1);
  refused(await t.req('GET', '/api/facilities/fac_nope/experiments', { as: w.office }), 404, 'not_found');
});

test('access: other teams and strangers 404, another station’s scientist 403', async () => {
  const other = await insertProposal(t, w, {});
  refused(await t.req('GET', path(expId), { as: other.pi }), 404, 'not_found');
  refused(await t.req('GET', path(expId), { as: stranger }), 404, 'not_found');
  refused(await t.req('GET', path('exp_nope'), { as: w.office }), 404, 'not_found');
  refused(await t.req('GET', path(expId), { as: w.stations[1]!.scientist }), 403, 'forbidden');
  refused(await t.req('POST', path(expId, '/safety-approval'), { as: w.stations[1]!.scientist }), 403, 'forbidden');
  refused(await t.req('POST', path(expId, '/safety-approval'), { as: stranger }), 404, 'not_found');
  refused(await t.req('POST', path(expId, '/safety-approval'), { as: P.pi }), 403, 'forbidden');
  refused(await t.req('POST', path(expId, '/logbook'), { as: w.stations[1]!.scientist, body: { body: 'hello' } }), 403, 'forbidden');
  for (const as of [P.pi, co, w.stations[0]!.scientist, w.office, w.director]) {
    const d = ok(await t.req('GET', path(expId), { as }));
    assert.equal(d.id, expId);
  }
  const d = ok(await t.req('GET', path(expId), { as: P.pi }));
  assert.equal(d.viewer, 'pi');
  assert.deepEqual(
    d.team.map((m: any) => [m.personId, m.role]),
    [
      [P.pi.personId, 'pi'],
      [co.personId, 'co'],
    ],
  );
  assert.deepEqual(d.safety.hazards.sort(), ['corrosive', 'toxic']);
  assert.equal(d.can.approveSafety, false);
  assert.equal(ok(await t.req('GET', path(expId), { as: w.stations[0]!.scientist })).can.approveSafety, true);
});

test('visits: inside the experiment ± 2 days, the PI registers members, a scientist approves', async () => {
  const d = ok(await t.req('GET', path(expId), { as: co }));
  const startMs = new Date(d.scheduledStart).getTime();
  const from = dateAt(startMs - 2 * DAY);
  assert.equal(d.visitWindow.from, from);
  const v = ok(await t.req('POST', path(expId, '/visits'), { as: co, body: { arrivesOn: from, leavesOn: d.visitWindow.to } }), 201);
  assert.equal(v.status, 'registered');
  assert.equal(v.personId, co.personId);
  refused(await t.req('POST', path(expId, '/visits'), { as: co, body: { arrivesOn: dateAt(startMs - 3 * DAY), leavesOn: from } }), 400, 'validation_failed');
  refused(await t.req('POST', path(expId, '/visits'), { as: co, body: { arrivesOn: from, leavesOn: dateAt(startMs + 30 * DAY) } }), 400, 'validation_failed');
  refused(await t.req('POST', path(expId, '/visits'), { as: co, body: { arrivesOn: d.visitWindow.to, leavesOn: from } }), 400, 'validation_failed');
  refused(await t.req('POST', path(expId, '/visits'), { as: co, body: { personId: P.pi.personId, arrivesOn: from, leavesOn: from } }), 403, 'forbidden');
  refused(await t.req('POST', path(expId, '/visits'), { as: P.pi, body: { personId: stranger.personId, arrivesOn: from, leavesOn: from } }), 400, 'validation_failed');
  refused(await t.req('POST', path(expId, '/visits'), { as: stranger, body: { arrivesOn: from, leavesOn: from } }), 404, 'not_found');
  refused(await t.req('POST', path(expId, '/visits'), { as: w.office, body: { arrivesOn: from, leavesOn: from } }), 403, 'forbidden');
  // the PI changes the member's dates: the same visit, registered again
  const v2 = ok(await t.req('POST', path(expId, '/visits'), { as: P.pi, body: { personId: co.personId, arrivesOn: dateAt(startMs), leavesOn: dateAt(startMs) } }), 201);
  assert.equal(v2.id, v.id);
  assert.equal(v2.arrivesOn, dateAt(startMs));
  const mine = ok(await t.req('POST', path(expId, '/visits'), { as: P.pi, body: { arrivesOn: dateAt(startMs), leavesOn: dateAt(startMs + DAY) } }), 201);

  refused(await t.req('POST', path(expId, `/visits/${v.id}/approve`), { as: P.pi }), 403, 'forbidden');
  refused(await t.req('POST', path(expId, `/visits/visit_nope/approve`), { as: w.stations[0]!.scientist }), 404, 'not_found');
  const a = ok(await t.req('POST', path(expId, `/visits/${v.id}/approve`), { as: w.stations[0]!.scientist }));
  assert.equal(a.status, 'approved');
  refused(await t.req('POST', path(expId, `/visits/${v.id}/approve`), { as: w.stations[0]!.scientist }), 409, 'invalid_state');
  const visits = ok(await t.req('GET', path(expId), { as: P.pi })).visits;
  assert.deepEqual(
    visits.map((x: any) => [x.id, x.status]),
    [
      [v.id, 'approved'],
      [mine.id, 'registered'],
    ],
  );
  assert.equal(visits[0].name, 'Co Proposer');
});

test('lifecycle: no start before the safety approval; start, logbook, end with lost time, report, events and audit', async () => {
  const sci = w.stations[0]!.scientist;
  refused(await t.req('POST', path(expId, '/start'), { as: sci }), 409, 'safety_not_approved');
  refused(await t.req('POST', path(expId, '/start'), { as: P.pi }), 403, 'forbidden');
  refused(await t.req('POST', path(expId, '/end'), { as: sci, body: {} }), 409, 'invalid_state');
  refused(await t.req('PUT', path(expId, '/report'), { as: P.pi, body: { report: 'Too early.' } }), 409, 'invalid_state');

  const approved = ok(await t.req('POST', path(expId, '/safety-approval'), { as: sci }));
  assert.equal(approved.status, 'safety_approved');
  assert.equal(approved.safety.approvedBy, sci.personId);
  refused(await t.req('POST', path(expId, '/safety-approval'), { as: sci }), 409, 'invalid_state');

  ok(await t.req('POST', path(expId, '/logbook'), { as: P.pi, body: { body: 'Samples arrived.' } }), 201);
  t.advance(60_000);
  const running = ok(await t.req('POST', path(expId, '/start'), { as: sci }));
  assert.equal(running.status, 'running');
  assert.ok(running.startedAt);
  refused(await t.req('POST', path(expId, '/start'), { as: sci }), 409, 'invalid_state');
  t.advance(60_000);
  ok(await t.req('POST', path(expId, '/logbook'), { as: sci, body: { body: 'Beam lost 02:00–04:00 (RF trip).' } }), 201);
  t.advance(60_000);
  ok(await t.req('POST', path(expId, '/logbook'), { as: co, body: { body: '=cmd first scan done' } }), 201);
  refused(await t.req('POST', path(expId, '/logbook'), { as: stranger, body: { body: 'x' } }), 404, 'not_found');
  refused(await t.req('POST', path(expId, '/logbook'), { as: P.pi, body: { body: '   ' } }), 400, 'validation_failed');
  refused(await t.req('POST', path(expId, '/logbook'), { as: P.pi, body: { body: 'x', extra: 1 } }), 400, 'validation_failed');

  const log = ok(await t.req('GET', path(expId, '/logbook?limit=2'), { as: w.director }));
  assert.equal(log.total, 3);
  assert.deepEqual(
    log.items.map((e: any) => e.body),
    ['Samples arrived.', 'Beam lost 02:00–04:00 (RF trip).'],
  );
  const log2 = ok(await t.req('GET', path(expId, `/logbook?limit=2&cursor=${log.nextCursor}`), { as: co }));
  assert.deepEqual(
    log2.items.map((e: any) => [e.body, e.authorId]),
    [['=cmd first scan done', co.personId]],
  );
  refused(await t.req('GET', path(expId, '/logbook'), { as: stranger }), 404, 'not_found');

  refused(await t.req('POST', path(expId, '/end'), { as: sci, body: { lostHours: 2 } }), 400, 'validation_failed');
  refused(await t.req('POST', path(expId, '/end'), { as: sci, body: { lostHours: -1, lostReason: 'x' } }), 400, 'validation_failed');
  refused(await t.req('POST', path(expId, '/end'), { as: sci, body: { lostHours: 25, lostReason: 'more than scheduled' } }), 400, 'validation_failed');
  const ended = ok(await t.req('POST', path(expId, '/end'), { as: sci, body: { lostHours: 2, lostReason: 'RF trip' } }));
  assert.equal(ended.status, 'finished');
  assert.equal(ended.lostHours, 2);
  assert.equal(ended.lostReason, 'RF trip');
  assert.ok(ended.endedAt);
  assert.equal(ended.can.report, false, 'the scientist does not write the report');

  refused(await t.req('PUT', path(expId, '/report'), { as: sci, body: { report: 'Not mine.' } }), 403, 'forbidden');
  const reported = ok(await t.req('PUT', path(expId, '/report'), { as: co, body: { report: 'We measured the edge of As.' } }));
  assert.equal(reported.report, 'We measured the edge of As.');
  assert.ok(reported.reportSubmittedAt);
  const d = ok(await t.req('GET', path(expId), { as: P.pi }));
  assert.equal(d.can.report, true);
  assert.equal(d.logbook.length, 3);

  const db = t.deps.db.db;
  const events = await db
    .select()
    .from(schema.applicationEvents)
    .where(and(eq(schema.applicationEvents.applicationId, P.id), eq(schema.applicationEvents.kind, 'experiment')));
  assert.deepEqual(events.map((e) => e.note!.replace(`${w.stations[0]!.code}: `, '')).sort(), [
    'end-of-experiment report submitted',
    'experiment ended, 2 h lost (RF trip)',
    'experiment started',
    'safety approved',
  ]);
  const audits = await db
    .select({ action: schema.auditLog.action })
    .from(schema.auditLog)
    .where(like(schema.auditLog.action, 'facilities.experiment.%'));
  const actions = new Set(audits.map((a) => a.action));
  for (const a of ['visit.register', 'visit.approve', 'safety_approve', 'start', 'log', 'end', 'report']) assert.ok(actions.has(`facilities.experiment.${a}`), a);
});

test('cancel: the user office, only before the start', async () => {
  const Q = await insertProposal(t, w, { requests: [{ stationId: w.stations[1]!.id, shifts: 3 }] });
  const award = await insertAward(t, w, Q);
  const id = await insertExperiment(t, w, { applicationId: Q.id, awardId: award, stationId: w.stations[1]!.id, startShift: 9 });
  refused(await t.req('POST', path(id, '/cancel'), { as: w.stations[1]!.scientist, body: { reason: 'no' } }), 403, 'forbidden');
  refused(await t.req('POST', path(id, '/cancel'), { as: w.office, body: {} }), 400, 'validation_failed');
  const c = ok(await t.req('POST', path(id, '/cancel'), { as: w.office, body: { reason: 'Team cannot travel' } }));
  assert.equal(c.status, 'cancelled');
  refused(await t.req('POST', path(id, '/cancel'), { as: w.office, body: { reason: 'again' } }), 409, 'invalid_state');
  refused(await t.req('POST', path(id, '/logbook'), { as: Q.pi, body: { body: 'late' } }), 409, 'invalid_state');
  const win = ok(await t.req('GET', path(id), { as: Q.pi })).visitWindow;
  refused(await t.req('POST', path(id, '/visits'), { as: Q.pi, body: { arrivesOn: win.from, leavesOn: win.to } }), 409, 'invalid_state');
  const running = await insertExperiment(t, w, {
    applicationId: Q.id,
    awardId: await insertAward(t, w, Q, { stationId: w.stations[2]!.id }),
    stationId: w.stations[2]!.id,
    status: 'running',
  });
  refused(await t.req('POST', path(running, '/cancel'), { as: w.office, body: { reason: 'too late' } }), 409, 'invalid_state');
});

test('outcomes: DOI normalized, duplicates already_recorded, patents, deletion by creator or user office', async () => {
  assert.equal(normalizeDoi('https://doi.org/10.1107/S1600577520001234'), '10.1107/s1600577520001234');
  assert.equal(normalizeDoi(' doi:10.1038/NATURE12373 '), '10.1038/nature12373');
  assert.equal(normalizeDoi('http://dx.doi.org/10.1000/ABC'), '10.1000/abc');
  assert.equal(normalizeDoi('10.12/x'), null);
  assert.equal(normalizeDoi('10.1038/'), null);
  assert.equal(normalizeDoi('nature12373'), null);

  const url = `/api/facilities/proposals/${P.id}/outcomes`;
  const pub = ok(
    await t.req('POST', url, { as: P.pi, body: { kind: 'publication', doi: 'https://doi.org/10.1107/S1600577520001234', title: 'Arsenic speciation', venue: 'J. Synchrotron Rad.', year: 2027, experimentId: expId } }),
    201,
  );
  assert.equal(pub.doi, '10.1107/s1600577520001234');
  assert.equal(pub.experimentId, expId);
  refused(await t.req('POST', url, { as: co, body: { kind: 'publication', doi: '10.1107/s1600577520001234', title: 'Again' } }), 409, 'already_recorded');
  refused(await t.req('POST', url, { as: co, body: { kind: 'publication', doi: 'DOI:10.1107/S1600577520001234', title: 'Again' } }), 409, 'already_recorded');
  refused(await t.req('POST', url, { as: co, body: { kind: 'publication', doi: 'not a doi', title: 'x' } }), 400, 'validation_failed');
  refused(await t.req('POST', url, { as: co, body: { kind: 'publication', doi: '10.1000/x', title: 'x', patentNumber: 'CN1' } }), 400, 'validation_failed');
  refused(await t.req('POST', url, { as: co, body: { kind: 'publication', doi: '10.1000/x', title: 'x', experimentId: 'exp_nope' } }), 400, 'validation_failed');
  refused(await t.req('POST', url, { as: w.stations[0]!.scientist, body: { kind: 'publication', doi: '10.1000/x', title: 'x' } }), 403, 'forbidden');
  refused(await t.req('POST', url, { as: stranger, body: { kind: 'publication', doi: '10.1000/x', title: 'x' } }), 404, 'not_found');
  const pat = ok(await t.req('POST', url, { as: co, body: { kind: 'patent', patentNumber: 'cn 115000000 a', title: 'A sample cell', year: 2028 } }), 201);
  assert.equal(pat.patentNumber, 'CN115000000A');
  refused(await t.req('POST', url, { as: P.pi, body: { kind: 'patent', patentNumber: 'CN115000000A', title: 'Same' } }), 409, 'already_recorded');
  const byOffice = ok(await t.req('POST', url, { as: w.office, body: { kind: 'publication', doi: '10.5555/office', title: 'Office found it' } }), 201);

  const list = ok(await t.req('GET', url, { as: w.stations[0]!.scientist }));
  assert.deepEqual(
    list.map((o: any) => o.id),
    [byOffice.id, pat.id, pub.id],
  );
  refused(await t.req('GET', url, { as: stranger }), 404, 'not_found');
  refused(await t.req('GET', url, { as: w.stations[1]!.scientist }), 404, 'not_found');

  refused(await t.req('DELETE', `/api/facilities/outcomes/${pub.id}`, { as: stranger }), 404, 'not_found');
  refused(await t.req('DELETE', `/api/facilities/outcomes/${pub.id}`, { as: co }), 403, 'forbidden');
  assert.equal((await t.req('DELETE', `/api/facilities/outcomes/${pat.id}`, { as: co })).status, 204);
  assert.equal((await t.req('DELETE', `/api/facilities/outcomes/${byOffice.id}`, { as: w.office })).status, 204);
  refused(await t.req('DELETE', `/api/facilities/outcomes/${pat.id}`, { as: co }), 404, 'not_found');
  assert.deepEqual(
    ok(await t.req('GET', url, { as: P.pi })).map((o: any) => o.id),
    [pub.id],
  );
  const events = await t.deps.db.db
    .select()
    .from(schema.applicationEvents)
    .where(and(eq(schema.applicationEvents.applicationId, P.id), eq(schema.applicationEvents.kind, 'outcome')));
  assert.equal(events.length, 3);
});

test('prior work: earlier, linked and overlapping proposals with reports and outcomes, for an assigned reviewer and not a stranger', async () => {
  // The earlier proposal P (finished experiment, report, publication) belongs to P.pi; the new
  // proposal N is P.pi's too. L (another PI) is linked by N; M has P.pi as co-proposer.
  const L = await insertProposal(t, w, { title: 'Linked earlier work' });
  const M = await insertProposal(t, w, { title: 'With P as co-proposer', coProposers: [P.pi] });
  const draft = await insertProposal(t, w, { pi: P.pi, status: 'draft', title: 'An unsent draft' });
  const N = await insertProposal(t, w, { pi: P.pi, title: 'The new proposal', requests: [{ stationId: w.stations[2]!.id, shifts: 3 }] });
  const later = await insertProposal(t, w, { pi: P.pi, title: 'Even newer' });
  const db = t.deps.db.db;
  await db.insert(schema.applicationLinks).values({ applicationId: N.id, linkedId: L.id });
  // the application rows are stamped by the database clock; make their order certain
  const stamp = (id: string, ms: number) => db.update(schema.applications).set({ createdAt: new Date(ms) }).where(eq(schema.applications.id, id));
  const base = Date.now() - 100 * DAY;
  for (const [i, id] of [P.id, L.id, M.id, draft.id, N.id, later.id].entries()) await stamp(id, base + i * DAY);
  const reviewer = await t.person({ name: 'Reviewer' });
  await db.insert(schema.reviewAssignments).values({ id: newId('review'), applicationId: N.id, stage: 'panel', reviewerId: reviewer.personId });

  const url = `/api/facilities/proposals/${N.id}/prior-work`;
  const pw = ok(await t.req('GET', url, { as: reviewer }));
  assert.deepEqual(
    pw.map((p: any) => [p.title, p.linked]),
    [
      ['With P as co-proposer', false],
      ['Linked earlier work', true],
      [(await db.select().from(schema.applications).where(eq(schema.applications.id, P.id)))[0]!.title, false],
    ],
  );
  const prior = pw[2];
  assert.equal(prior.id, P.id);
  assert.equal(prior.experiments.length, 1);
  assert.equal(prior.experiments[0].report, 'We measured the edge of As.');
  assert.equal(prior.experiments[0].status, 'finished');
  assert.deepEqual(
    prior.outcomes.map((o: any) => o.doi),
    ['10.1107/s1600577520001234'],
  );

  refused(await t.req('GET', url, { as: stranger }), 404, 'not_found');
  refused(await t.req('GET', url, { as: w.stations[0]!.scientist }), 404, 'not_found', 'a scientist of a station not requested');
  ok(await t.req('GET', url, { as: w.stations[2]!.scientist }));
  ok(await t.req('GET', url, { as: w.office }));
  ok(await t.req('GET', url, { as: N.pi }));
  // a declined review no longer opens it
  await db.update(schema.reviewAssignments).set({ status: 'declined' }).where(eq(schema.reviewAssignments.reviewerId, reviewer.personId));
  refused(await t.req('GET', url, { as: reviewer }), 404, 'not_found');
  // a draft is the team's only
  refused(await t.req('GET', `/api/facilities/proposals/${draft.id}/prior-work`, { as: w.office }), 404, 'not_found');
});
