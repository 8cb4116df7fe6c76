// The user office through the HTTP API: the beamtime part of a proposal, the submission hook,
// feasibility, the panel meeting, awards (multiples, capacity), rapid access and proprietary
// beamtime paid through the ledger. Worlds come from the fixtures (test/support/facilities.ts).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import * as schema from '../../db/schema.ts';
import { newId } from '../../../shared/ids.ts';
import { deskHooks } from '../calls/index.ts';
import { testApp, type Agent, type TestApp } from '../../../../test/support/app.ts';
import { facilityWorld, insertAward, insertCall, insertProposal, type World } from '../../../../test/support/facilities.ts';
import { buildOrg } from '../../../../test/support/factories.ts';
import { ok, refused } from '../../../../test/support/ledger.ts';

const DAY = 86_400_000;
let t: TestApp;
let w: World;

before(async () => {
  t = await testApp();
  w = await facilityWorld(t);
});
after(async () => {
  await t.close();
});

const db = () => t.deps.db.db;
/** YYYY-MM-DD in Shanghai of the cycle start plus `days`. */
const day = (days: number) => new Date(w.cycle.startsAt.getTime() + 8 * 3600_000 + days * DAY).toISOString().slice(0, 10);

function body(o: Partial<Record<string, unknown>> = {}) {
  return {
    route: 'general',
    requests: [{ stationId: w.stations[0]!.id, shifts: 6, environmentId: w.environments[0]!.id }],
    samples: [{ name: 'LiFePO4 powder', formula: 'LiFePO4', hazards: ['none'] }],
    preferredDates: [{ from: day(1), to: day(3) }],
    impossibleDates: [{ from: day(12), to: day(12) }],
    safetyDeclaration: true,
    ...o,
  };
}

async function setGrade(applicationId: string, grade: number | null) {
  await db().update(schema.applications).set({ grade }).where(eq(schema.applications.id, applicationId));
}

/** A draft as the calls engine creates it: no beamtime part yet. */
async function draft(o: Parameters<typeof insertProposal>[2] = {}) {
  const p = await insertProposal(t, w, { ...o, status: 'draft' });
  await db().delete(schema.beamtimeRequests).where(eq(schema.beamtimeRequests.applicationId, p.id));
  await db().delete(schema.facilityProposals).where(eq(schema.facilityProposals.applicationId, p.id));
  return p;
}

const status = async (id: string) => (await db().select().from(schema.applications).where(eq(schema.applications.id, id)))[0]!.status;
const awardsOf = (id: string) => db().select().from(schema.beamtimeAwards).where(eq(schema.beamtimeAwards.applicationId, id));

describe('the beamtime part of a proposal', () => {
  test('the team saves a valid part; mistakes are refused field by field', async () => {
    const p = await draft();
    const path = `/api/facilities/proposals/${p.id}`;
    const blank = ok(await t.req('GET', path, { as: p.pi }));
    assert.equal(blank.saved, false);
    assert.equal(blank.route, 'general');
    assert.deepEqual(blank.requests, []);
    assert.equal(blank.can.edit, true);
    assert.equal(blank.environments.length, 2);
    const saved = ok(await t.req('PUT', path, { as: p.pi, body: body() }));
    assert.equal(saved.saved, true);
    assert.equal(saved.route, 'general');
    assert.deepEqual(saved.requests.map((r: any) => [r.stationId, r.shifts, r.environmentId]), [[w.stations[0]!.id, 6, w.environments[0]!.id]]);
    assert.ok(saved.safetyDeclaredAt);
    assert.equal(saved.safetyDeclaredBy, p.pi.personId);
    assert.equal(saved.can.edit, true);
    assert.equal(saved.cycle.firstDate, day(0));
    assert.equal(saved.cycle.lastDate, day(19));

    // route must be the call's track
    refused(await t.req('PUT', path, { as: p.pi, body: body({ route: 'rapid' }) }), 400, 'validation_failed');
    // a station of another facility
    const other = await facilityWorld(t);
    const r1 = await t.req('PUT', path, { as: p.pi, body: body({ requests: [{ stationId: other.stations[0]!.id, shifts: 3 }] }) });
    refused(r1, 400, 'validation_failed');
    assert.equal(r1.body.errors[0].path, 'requests.0.stationId');
    // twice the same station
    refused(await t.req('PUT', path, { as: p.pi, body: body({ requests: [{ stationId: w.stations[0]!.id, shifts: 3 }, { stationId: w.stations[0]!.id, shifts: 3 }] }) }), 400, 'validation_failed');
    // an environment the station cannot mount
    const loose = newId('environment');
    await db().insert(schema.sampleEnvironments).values({ id: loose, facilityId: w.facility.id, code: `HP-${loose.slice(-4)}`, name: 'HP', nameEn: 'HP' });
    const r2 = await t.req('PUT', path, { as: p.pi, body: body({ requests: [{ stationId: w.stations[1]!.id, shifts: 3, environmentId: loose }] }) });
    refused(r2, 400, 'validation_failed');
    assert.equal(r2.body.errors[0].path, 'requests.0.environmentId');
    // dates outside the cycle, backwards, not a date, an unknown hazard, an unknown field
    refused(await t.req('PUT', path, { as: p.pi, body: body({ preferredDates: [{ from: day(-1), to: day(2) }] }) }), 400, 'validation_failed');
    refused(await t.req('PUT', path, { as: p.pi, body: body({ impossibleDates: [{ from: day(19), to: day(20) }] }) }), 400, 'validation_failed');
    refused(await t.req('PUT', path, { as: p.pi, body: body({ impossibleDates: [{ from: day(5), to: day(4) }] }) }), 400, 'validation_failed');
    refused(await t.req('PUT', path, { as: p.pi, body: body({ preferredDates: [{ from: '2027-02-30', to: '2027-03-01' }] }) }), 400, 'validation_failed');
    refused(await t.req('PUT', path, { as: p.pi, body: body({ samples: [{ name: 'x', hazards: ['explosive'] }] }) }), 400, 'validation_failed');
    refused(await t.req('PUT', path, { as: p.pi, body: { ...body(), extra: 1 } }), 400, 'validation_failed');
    // nothing of the refused saves stuck
    const now = ok(await t.req('GET', path, { as: p.pi }));
    assert.deepEqual(now.requests.map((r: any) => r.stationId), [w.stations[0]!.id]);
  });

  test('any change of the samples withdraws the safety declaration; the PI declares again', async () => {
    const p = await draft();
    const path = `/api/facilities/proposals/${p.id}`;
    const first = ok(await t.req('PUT', path, { as: p.pi, body: body() }));
    t.advance(1000);
    const same = ok(await t.req('PUT', path, { as: p.pi, body: body({ requests: [{ stationId: w.stations[1]!.id, shifts: 9 }] }) }));
    assert.equal(same.safetyDeclaredAt, first.safetyDeclaredAt, 'unchanged samples keep the declaration');
    const changed = ok(await t.req('PUT', path, { as: p.pi, body: body({ samples: [{ name: 'LiFePO4 powder', hazards: ['toxic'] }] }) }));
    assert.equal(changed.safetyDeclaredAt, null);
    const again = ok(await t.req('PUT', path, { as: p.pi, body: body({ samples: [{ name: 'LiFePO4 powder', hazards: ['toxic'] }] }) }));
    assert.ok(again.safetyDeclaredAt && again.safetyDeclaredAt > first.safetyDeclaredAt);
    const withdrawn = ok(await t.req('PUT', path, { as: p.pi, body: body({ samples: [{ name: 'LiFePO4 powder', hazards: ['toxic'] }], safetyDeclaration: false }) }));
    assert.equal(withdrawn.safetyDeclaredAt, null);
  });

  test('who may read and write the part', async () => {
    const co = await t.person();
    const p = await draft({ coProposers: [co] });
    const path = `/api/facilities/proposals/${p.id}`;
    const stranger = await t.person();
    ok(await t.req('PUT', path, { as: co, body: body() }), 200, 'an accepted co-proposer edits');
    refused(await t.req('GET', path, { as: stranger }), 404, 'not_found');
    refused(await t.req('PUT', path, { as: stranger, body: body() }), 404, 'not_found');
    // a draft is the team's own, even to the user office and the station's scientist
    refused(await t.req('GET', path, { as: w.office }), 404, 'not_found');
    refused(await t.req('GET', path, { as: w.stations[0]!.scientist }), 404, 'not_found');
    refused(await t.req('GET', '/api/facilities/proposals/app_nope', { as: p.pi }), 404, 'not_found');

    const s = await insertProposal(t, w, { requests: [{ stationId: w.stations[0]!.id, shifts: 6 }] });
    const sp = `/api/facilities/proposals/${s.id}`;
    const office = ok(await t.req('GET', sp, { as: w.office }));
    assert.equal(office.can.edit, false);
    assert.deepEqual(office.can.judgeStations, [w.stations[0]!.id]);
    ok(await t.req('GET', sp, { as: w.director }));
    ok(await t.req('GET', sp, { as: w.stations[0]!.scientist }));
    refused(await t.req('GET', sp, { as: w.stations[2]!.scientist }), 404, 'not_found', 'a scientist of a station not requested');
    // an assigned reviewer reads it
    const reviewer = await t.person();
    refused(await t.req('GET', sp, { as: reviewer }), 404, 'not_found');
    await db().insert(schema.reviewAssignments).values({ id: newId('review'), applicationId: s.id, stage: 'panel', reviewerId: reviewer.personId });
    const seen = ok(await t.req('GET', sp, { as: reviewer }));
    assert.deepEqual(seen.feasibility, [], 'reviewers do not get the feasibility reviews');
    // submitted: no more edits
    refused(await t.req('PUT', sp, { as: s.pi, body: body() }), 409, 'invalid_state');
  });
});

describe('submission completeness (the desk hook)', () => {
  test('through the calls engine: submit refuses an incomplete part, the decision route writes the awards', async () => {
    const p = await draft();
    const s0 = w.stations[0]!.id;
    const sub = await t.req('POST', `/api/applications/${p.id}/submit`, { as: p.pi });
    refused(sub, 400, 'application_incomplete');
    assert.ok(sub.body.details.missing.includes('facilities.part'));
    ok(await t.req('PUT', `/api/facilities/proposals/${p.id}`, { as: p.pi, body: body({ safetyDeclaration: false }) }));
    const sub2 = await t.req('POST', `/api/applications/${p.id}/submit`, { as: p.pi });
    refused(sub2, 400, 'application_incomplete');
    assert.deepEqual(sub2.body.details.missing, ['facilities.safety']);
    ok(await t.req('PUT', `/api/facilities/proposals/${p.id}`, { as: p.pi, body: body() }));
    ok(await t.req('POST', `/api/applications/${p.id}/submit`, { as: p.pi }));

    await db().update(schema.facilityCycles).set({ awardMultiple: 2 }).where(eq(schema.facilityCycles.id, w.cycle.id));
    try {
      const path = `/api/applications/${p.id}/decision`;
      refused(await t.req('POST', path, { as: w.office, body: { outcome: 'partial', award: { shifts: { [s0]: 5 } } } }), 400, 'award_not_multiple');
      assert.equal(await status(p.id), 'submitted');
      refused(await t.req('POST', path, { as: w.office, body: { outcome: 'partial', award: { shifts: { [s0]: 'six' } } } }), 400, 'validation_failed');
      ok(await t.req('POST', path, { as: w.office, body: { outcome: 'partial', award: { shifts: { [s0]: 4 } }, note: 'Four shifts.' } }), 201);
      assert.deepEqual((await awardsOf(p.id)).map((a) => [a.stationId, a.shifts, a.environmentId]), [[s0, 4, w.environments[0]!.id]]);
      const view = ok(await t.req('GET', `/api/facilities/proposals/${p.id}`, { as: p.pi }));
      assert.deepEqual(view.awards.map((a: any) => a.shifts), [4]);
    } finally {
      await db().update(schema.facilityCycles).set({ awardMultiple: 1 }).where(eq(schema.facilityCycles.id, w.cycle.id));
    }
  });

  const missing = (id: string, piId: string, st = 'draft') => deskHooks('facilities').missingForSubmission!(db(), { id, callId: w.call.id, piId, status: st });

  test('lists what the beamtime part lacks', async () => {
    const pi = await t.person();
    const bare = await insertProposal(t, w, { status: 'draft', pi });
    await db().delete(schema.beamtimeRequests).where(eq(schema.beamtimeRequests.applicationId, bare.id));
    await db().update(schema.facilityProposals).set({ samples: [], safetyDeclaredAt: null, safetyDeclaredBy: null }).where(eq(schema.facilityProposals.applicationId, bare.id));
    assert.deepEqual(await missing(bare.id, pi.personId), ['facilities.requests', 'facilities.samples', 'facilities.safety']);
    const full = await insertProposal(t, w, { status: 'draft' });
    assert.deepEqual(await missing(full.id, full.pi.personId), []);
    // no part at all
    const app = await insertProposal(t, w, { status: 'draft' });
    await db().delete(schema.beamtimeRequests).where(eq(schema.beamtimeRequests.applicationId, app.id));
    await db().delete(schema.facilityProposals).where(eq(schema.facilityProposals.applicationId, app.id));
    assert.deepEqual(await missing(app.id, app.pi.personId), ['facilities.part']);
  });

  test('route rules: rapid is small and on one station; proprietary is for companies', async () => {
    const rapidCall = await insertCall(t, { ownerOrgId: w.facility.operatorOrgId, cycleId: w.cycle.id, templateId: w.templateId, route: 'rapid', closesAt: null, code: `RAP-${Date.now()}` });
    const big = await insertProposal(t, w, { status: 'draft', callId: rapidCall, route: 'rapid', requests: [{ stationId: w.stations[0]!.id, shifts: 6 }, { stationId: w.stations[1]!.id, shifts: 3 }] });
    assert.deepEqual(await missing(big.id, big.pi.personId), ['facilities.rapid_shifts', 'facilities.rapid_one_station']);
    const small = await insertProposal(t, w, { status: 'draft', callId: rapidCall, route: 'rapid', requests: [{ stationId: w.stations[0]!.id, shifts: 6 }] });
    assert.deepEqual(await missing(small.id, small.pi.personId), []);

    const propCall = await insertCall(t, { ownerOrgId: w.facility.operatorOrgId, cycleId: w.cycle.id, templateId: w.templateId, route: 'proprietary', closesAt: null, code: `PROP-${Date.now()}` });
    const uni = await insertProposal(t, w, { status: 'draft', callId: propCall, route: 'proprietary' });
    assert.deepEqual(await missing(uni.id, uni.pi.personId), ['facilities.proprietary_org']);
    const boss = await t.person();
    const company = await buildOrg(t, boss, { kind: 'enterprise' });
    const firm = await insertProposal(t, w, { status: 'draft', callId: propCall, route: 'proprietary', pi: boss, piOrgId: company.id });
    assert.deepEqual(await missing(firm.id, boss.personId), []);
    // a part saved under another route than the call's
    const wrong = await insertProposal(t, w, { status: 'draft', route: 'rapid' });
    assert.deepEqual(await missing(wrong.id, wrong.pi.personId), ['facilities.route']);
  });

  test('a long-term continuation needs a progress report', async () => {
    const ltCall = await insertCall(t, { ownerOrgId: w.facility.operatorOrgId, cycleId: w.cycle.id, templateId: w.templateId, route: 'long_term', code: `LT-${Date.now()}` });
    const original = await insertProposal(t, w, { callId: ltCall, route: 'long_term', status: 'decided' });
    const cont = await insertProposal(t, w, { status: 'draft', callId: ltCall, route: 'long_term', pi: original.pi });
    assert.deepEqual(await missing(cont.id, original.pi.personId), []);
    await db().insert(schema.applicationLinks).values({ applicationId: cont.id, linkedId: original.id });
    assert.deepEqual(await missing(cont.id, original.pi.personId), ['facilities.progress_report']);
    await db().update(schema.applications).set({ answers: { case: 'Because.', progressReport: 'Beamtime used; two papers in preparation.' } }).where(eq(schema.applications.id, cont.id));
    assert.deepEqual(await missing(cont.id, original.pi.personId), []);
  });
});

describe('feasibility', () => {
  test('the station scientist judges; another station’s scientist is refused; the queue shows done and not done', async () => {
    const p = await insertProposal(t, w, { requests: [{ stationId: w.stations[0]!.id, shifts: 9 }, { stationId: w.stations[2]!.id, shifts: 3 }] });
    const s0 = w.stations[0]!;
    const path = `/api/facilities/proposals/${p.id}/feasibility/${s0.id}`;
    const verdict = { verdict: 'partly', shiftsNeeded: 6, comments: 'Six shifts suffice at this energy.' };
    refused(await t.req('PUT', path, { as: w.stations[1]!.scientist, body: verdict }), 403, 'forbidden');
    refused(await t.req('PUT', path, { as: await t.person(), body: verdict }), 404, 'not_found');
    refused(await t.req('PUT', `/api/facilities/proposals/${p.id}/feasibility/${w.stations[1]!.id}`, { as: w.stations[1]!.scientist, body: verdict }), 404, 'not_found', 'station not requested');
    refused(await t.req('PUT', path, { as: s0.scientist, body: { ...verdict, verdict: 'maybe' } }), 400, 'validation_failed');

    const queueBefore = ok(await t.req('GET', `/api/facilities/${w.facility.id}/feasibility?state=pending`, { as: s0.scientist }));
    assert.ok(queueBefore.items.some((i: any) => i.applicationId === p.id && i.stationId === s0.id && i.review === null));
    assert.ok(queueBefore.items.every((i: any) => i.stationId === s0.id), 'only my station');

    const r = ok(await t.req('PUT', path, { as: s0.scientist, body: verdict }));
    assert.equal(r.verdict, 'partly');
    assert.equal(r.shiftsNeeded, 6);
    assert.equal(r.scientistId, s0.scientist.personId);
    const events = await db().select().from(schema.applicationEvents).where(and(eq(schema.applicationEvents.applicationId, p.id), eq(schema.applicationEvents.kind, 'feasibility')));
    assert.equal(events.length, 1);

    const done = ok(await t.req('GET', `/api/facilities/${w.facility.id}/feasibility?state=done`, { as: s0.scientist }));
    const item = done.items.find((i: any) => i.applicationId === p.id);
    assert.equal(item.review.verdict, 'partly');
    const pending = ok(await t.req('GET', `/api/facilities/${w.facility.id}/feasibility?state=pending`, { as: s0.scientist }));
    assert.ok(!pending.items.some((i: any) => i.applicationId === p.id));
    // the user office sees every station's queue; others an empty one
    const office = ok(await t.req('GET', `/api/facilities/${w.facility.id}/feasibility?state=pending&limit=200`, { as: w.office }));
    assert.ok(office.items.some((i: any) => i.applicationId === p.id && i.stationId === w.stations[2]!.id));
    const nobody = ok(await t.req('GET', `/api/facilities/${w.facility.id}/feasibility`, { as: await t.person() }));
    assert.deepEqual(nobody.items, []);
    refused(await t.req('GET', '/api/facilities/fac_nope/feasibility', { as: w.office }), 404, 'not_found');
    // staff read the verdict on the proposal; the applicant does not
    const staffView = ok(await t.req('GET', `/api/facilities/proposals/${p.id}`, { as: w.office }));
    assert.equal(staffView.feasibility[0].verdict, 'partly');
    const piView = ok(await t.req('GET', `/api/facilities/proposals/${p.id}`, { as: p.pi }));
    assert.deepEqual(piView.feasibility, []);
  });
});

describe('the panel meeting, decisions and awards', () => {
  // A world of its own so that the numbers are exact: station 0 has 54 user shifts
  // (20 days × 3 shifts, minus the 2-day maintenance).
  let m: World;
  let chair: Agent;
  const ps: Awaited<ReturnType<typeof insertProposal>>[] = [];

  before(async () => {
    m = await facilityWorld(t);
    const s0 = m.stations[0]!.id;
    ps.push(await insertProposal(t, m, { requests: [{ stationId: s0, shifts: 30 }] }));
    ps.push(await insertProposal(t, m, { requests: [{ stationId: s0, shifts: 20 }, { stationId: m.stations[1]!.id, shifts: 6 }] }));
    ps.push(await insertProposal(t, m, { requests: [{ stationId: s0, shifts: 10 }] }));
    await setGrade(ps[0]!.id, 1.5);
    await setGrade(ps[1]!.id, 2.0);
    await setGrade(ps[2]!.id, 2.5);
    chair = await t.person();
    const panelId = newId('panel');
    await db().insert(schema.panels).values({ id: panelId, ownerOrgId: m.facility.operatorOrgId, scopeRef: m.cycle.id, name: '材料科学', nameEn: 'Materials' });
    await db().insert(schema.panelMembers).values({ panelId, personId: chair.personId, role: 'chair' });
    await db().insert(schema.conflictDeclarations).values({ applicationId: ps[1]!.id, personId: chair.personId, reason: 'former student' });
  });

  test('ranks per station against the available shifts, with the cutoff and the oversubscription', async () => {
    const r = ok(await t.req('GET', `/api/facilities/cycles/${m.cycle.id}/meeting`, { as: m.office }));
    assert.equal(r.canDecide, true);
    const st = r.stations.find((s: any) => s.stationId === m.stations[0]!.id);
    assert.equal(st.userShifts, 54);
    assert.equal(st.available, 54);
    assert.equal(st.requested, 60);
    assert.equal(st.oversubscription, 1.11);
    assert.equal(st.cutoffRank, 2);
    assert.equal(st.cutoffGrade, 2.0);
    assert.deepEqual(
      st.rows.map((x: any) => [x.applicationId, x.rank, x.grade, x.runningTotal, x.fits]),
      [
        [ps[0]!.id, 1, 1.5, 30, true],
        [ps[1]!.id, 2, 2.0, 50, true],
        [ps[2]!.id, 3, 2.5, 60, false],
      ],
    );
    assert.deepEqual(st.rows[1].stations.map((x: any) => x.requested), [20, 6]);
    const s1 = r.stations.find((s: any) => s.stationId === m.stations[1]!.id);
    assert.equal(s1.requested, 6);
    assert.equal(s1.cutoffRank, 1);
  });

  test('a conflicted chair sees no grade of that proposal; outsiders are refused', async () => {
    const r = ok(await t.req('GET', `/api/facilities/cycles/${m.cycle.id}/meeting`, { as: chair }));
    assert.equal(r.canDecide, false);
    const rows = r.stations.find((s: any) => s.stationId === m.stations[0]!.id).rows;
    const hidden = rows.find((x: any) => x.applicationId === ps[1]!.id);
    assert.equal(hidden.grade, null);
    assert.equal(hidden.conflicted, true);
    assert.equal(rows.find((x: any) => x.applicationId === ps[0]!.id).grade, 1.5);
    // the cutoff grade is the conflicted proposal's: hidden too
    assert.equal(r.stations.find((s: any) => s.stationId === m.stations[0]!.id).cutoffGrade, null);
    ok(await t.req('GET', `/api/facilities/cycles/${m.cycle.id}/meeting`, { as: m.director }));
    refused(await t.req('GET', `/api/facilities/cycles/${m.cycle.id}/meeting`, { as: m.stations[0]!.scientist }), 403, 'forbidden');
    refused(await t.req('GET', `/api/facilities/cycles/${m.cycle.id}/meeting`, { as: w.office }), 403, 'forbidden', "another facility's office");
    refused(await t.req('GET', '/api/facilities/cycles/cyc_nope/meeting', { as: m.office }), 404, 'not_found');
  });

  test('awards: multiples and capacity are refused with their codes and roll the decision back; awards are written with grade and rank', async () => {
    const s0 = m.stations[0]!.id;
    const rapidCall = await insertCall(t, { ownerOrgId: m.facility.operatorOrgId, cycleId: m.cycle.id, templateId: m.templateId, route: 'in_house', closesAt: null, code: `INH-${Date.now()}` });
    const p = await insertProposal(t, m, { callId: rapidCall, route: 'in_house', requests: [{ stationId: s0, shifts: 12 }] });
    await setGrade(p.id, 1.8);
    await db().update(schema.facilityCycles).set({ awardMultiple: 2 }).where(eq(schema.facilityCycles.id, m.cycle.id));
    const path = `/api/facilities/proposals/${p.id}/approve`;
    const r1 = await t.req('POST', path, { as: m.office, body: { outcome: 'partial', shifts: { [s0]: 5 } } });
    refused(r1, 400, 'award_not_multiple');
    assert.equal(r1.body.details.multiple, 2);
    assert.equal(await status(p.id), 'submitted', 'rolled back');
    refused(await t.req('POST', path, { as: m.office, body: { outcome: 'awarded', shifts: { [s0]: 14 } } }), 400, 'validation_failed', 'more than requested');
    refused(await t.req('POST', path, { as: m.office, body: { outcome: 'awarded', shifts: { [m.stations[2]!.id]: 2 } } }), 400, 'validation_failed', 'station not requested');
    refused(await t.req('POST', path, { as: m.office, body: { outcome: 'awarded', shifts: { [s0]: 0 } } }), 400, 'validation_failed', 'nothing awarded');

    // 46 of 54 shifts already awarded on the station: 10 more do not fit, 8 do
    const filler = await insertProposal(t, m, { requests: [{ stationId: s0, shifts: 46 }] });
    await insertAward(t, m, filler, { shifts: 46 });
    const r2 = await t.req('POST', path, { as: m.office, body: { outcome: 'partial', shifts: { [s0]: 10 } } });
    refused(r2, 409, 'capacity_exceeded');
    assert.deepEqual([r2.body.details.capacity, r2.body.details.awarded, r2.body.details.asked], [54, 46, 10]);
    assert.equal(await status(p.id), 'submitted');
    assert.equal((await awardsOf(p.id)).length, 0);

    const done = ok(await t.req('POST', path, { as: m.office, body: { outcome: 'partial', shifts: { [s0]: 8 }, note: 'Eight shifts this cycle.' } }));
    assert.deepEqual(done.awards, [{ stationId: s0, shifts: 8 }]);
    assert.equal(done.chargedFen, 0);
    assert.equal(await status(p.id), 'decided');
    const [a] = await awardsOf(p.id);
    assert.equal(a!.shifts, 8);
    assert.equal(a!.grade, 1.8);
    // ranked by grade among the station's proposals: 1.5, 1.8, 2.0, 2.5, ungraded filler
    assert.equal(a!.rank, 2);
    const [d] = await db().select().from(schema.decisions).where(eq(schema.decisions.applicationId, p.id));
    assert.equal(d!.outcome, 'partial');
    refused(await t.req('POST', path, { as: m.office, body: { outcome: 'awarded', shifts: { [s0]: 2 } } }), 409, 'invalid_state', 'decided once');
    // the meeting keeps in-house awards out of the panel's shifts
    const meeting = ok(await t.req('GET', `/api/facilities/cycles/${m.cycle.id}/meeting`, { as: m.office }));
    const st = meeting.stations.find((s: any) => s.stationId === s0);
    assert.equal(st.otherRoutes, 8);
    assert.equal(st.available, 46);
    await db().update(schema.facilityCycles).set({ awardMultiple: 1 }).where(eq(schema.facilityCycles.id, m.cycle.id));
  });
});

describe('routes without a panel', () => {
  test('rapid access: a scientist of the requested station approves; others may not', async () => {
    const rapidCall = await insertCall(t, { ownerOrgId: w.facility.operatorOrgId, cycleId: w.cycle.id, templateId: w.templateId, route: 'rapid', closesAt: null, code: `RA-${Date.now()}` });
    const s2 = w.stations[2]!;
    const p = await insertProposal(t, w, { callId: rapidCall, route: 'rapid', requests: [{ stationId: s2.id, shifts: 4 }] });
    const path = `/api/facilities/proposals/${p.id}/approve`;
    refused(await t.req('POST', path, { as: w.stations[0]!.scientist, body: { outcome: 'awarded', shifts: { [s2.id]: 4 } } }), 403, 'forbidden');
    refused(await t.req('POST', path, { as: await t.person(), body: { outcome: 'awarded', shifts: { [s2.id]: 4 } } }), 404, 'not_found');
    refused(await t.req('POST', path, { as: p.pi, body: { outcome: 'awarded', shifts: { [s2.id]: 4 } } }), 404, 'not_found');
    const view = ok(await t.req('GET', `/api/facilities/proposals/${p.id}`, { as: s2.scientist }));
    assert.equal(view.can.approve, true);
    const r = ok(await t.req('POST', path, { as: s2.scientist, body: { outcome: 'awarded', shifts: { [s2.id]: 4 } } }));
    assert.equal(r.outcome, 'awarded');
    assert.equal(await status(p.id), 'decided');
    assert.equal((await awardsOf(p.id))[0]!.shifts, 4);

    // a general proposal is decided after the panel, not here
    const general = await insertProposal(t, w, {});
    refused(await t.req('POST', `/api/facilities/proposals/${general.id}/approve`, { as: w.office, body: { outcome: 'awarded', shifts: { [w.stations[0]!.id]: 6 } } }), 409, 'invalid_state');
    // a rejection
    const q = await insertProposal(t, w, { callId: rapidCall, route: 'rapid', requests: [{ stationId: s2.id, shifts: 2 }] });
    const rej = ok(await t.req('POST', `/api/facilities/proposals/${q.id}/approve`, { as: w.office, body: { outcome: 'rejected', note: 'Not suitable for rapid access.' } }));
    assert.deepEqual(rej.awards, []);
    assert.equal(await status(q.id), 'decided');
  });

  test('proprietary beamtime is charged to the company through the ledger, to the fen; too little money rolls back', async () => {
    const operator = await t.person({ platformRole: 'operator' });
    const code = `PR-${Date.now()}`;
    const propCall = await insertCall(t, { ownerOrgId: w.facility.operatorOrgId, cycleId: w.cycle.id, templateId: w.templateId, route: 'proprietary', closesAt: null, code });
    await db().update(schema.calls).set({ award: { unit: 'shift', multiple: 1, pricePerUnitFen: 1_234_567 } }).where(eq(schema.calls.id, propCall));
    const boss = await t.person();
    const company = await buildOrg(t, boss, { kind: 'enterprise' });
    const s1 = w.stations[1]!.id;
    const p = await insertProposal(t, w, { callId: propCall, route: 'proprietary', pi: boss, piOrgId: company.id, requests: [{ stationId: s1, shifts: 3 }] });
    const path = `/api/facilities/proposals/${p.id}/approve`;
    // 3 shifts × 12,345.67 yuan = 3,703,701 fen; the company holds 3,703,700
    ok(await t.req('POST', `/api/ledger/orgs/${company.id}/deposits`, { as: operator, body: { amountFen: 3_703_700 } }));
    refused(await t.req('POST', path, { as: w.stations[1]!.scientist, body: { outcome: 'awarded', shifts: { [s1]: 3 } } }), 403, 'forbidden', 'proprietary: user office only');
    refused(await t.req('POST', path, { as: w.office, body: { outcome: 'awarded', shifts: { [s1]: 3 } } }), 409, 'insufficient_funds');
    assert.equal(await status(p.id), 'submitted');
    assert.equal((await awardsOf(p.id)).length, 0);
    assert.equal((await db().select().from(schema.decisions).where(eq(schema.decisions.applicationId, p.id))).length, 0);

    ok(await t.req('POST', `/api/ledger/orgs/${company.id}/deposits`, { as: operator, body: { amountFen: 1 } }));
    const r = ok(await t.req('POST', path, { as: w.office, body: { outcome: 'awarded', shifts: { [s1]: 3 } } }));
    assert.equal(r.chargedFen, 3_703_701);
    const account = ok(await t.req('GET', `/api/ledger/orgs/${company.id}/account`, { as: boss }));
    assert.equal(account.balance, 0);
    const [income] = await db().select().from(schema.ledgerAccounts).where(eq(schema.ledgerAccounts.refKey, `facility:${w.facility.id}`));
    assert.equal(income!.creditsPosted, 3_703_701);
    assert.equal(income!.orgId, w.facility.operatorOrgId);
    const transfers = await db().select().from(schema.ledgerTransfers).where(and(eq(schema.ledgerTransfers.refType, 'application'), eq(schema.ledgerTransfers.refId, p.id)));
    assert.equal(transfers.length, 1);
    assert.equal(transfers[0]!.amount, 3_703_701);
    const reco = ok(await t.req('GET', '/api/ledger/reconciliation', { as: operator }));
    assert.equal(reco.ok, true);
  });
});

describe("the facility's calls", () => {
  test('lists calls of the facility with their routes and deadlines, publicly', async () => {
    const r = ok(await t.req('GET', `/api/facilities/${w.facility.id}/calls`));
    const general = r.items.find((c: any) => c.id === w.call.id);
    assert.equal(general.route, 'general');
    assert.equal(general.accepting, true);
    assert.equal(general.closesAt, w.call.closesAt.toISOString());
    assert.equal(general.cycle.id, w.cycle.id);
    assert.ok(r.items.some((c: any) => c.route === 'rapid' && c.closesAt === null));
    refused(await t.req('GET', '/api/facilities/fac_nope/calls'), 404, 'not_found');
  });
});
