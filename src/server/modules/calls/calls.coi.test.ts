// Conflicts of interest, enforced on the server, on PGlite and PostgreSQL: each rule (proposer,
// same organization, co-applicant in the last three years — with the edge of the window —, declared)
// refuses assignment, opening the review, scoring and seeing grades with `conflict_of_interest`,
// including a panel chair with a conflict; declaring withdraws an assignment.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import * as schema from '../../db/schema.ts';
import { testApp, type Agent, type TestApp } from '../../../../test/support/app.ts';
import { addMember, buildOrg } from '../../../../test/support/factories.ts';
import { facilityWorld, insertProposal, type World } from '../../../../test/support/facilities.ts';
import { ok, refused } from '../../../../test/support/ledger.ts';
import { COAUTHOR_YEARS, ConflictMatrix, coauthorSince, conflictsOf } from './calls.coi.ts';

let t: TestApp;
let w: World;
before(async () => {
  // One test moves the clock by hours: sessions must outlive that.
  t = await testApp({ PUJIANG_SESSION_IDLE_MINUTES: String(7 * 24 * 60), PUJIANG_SESSION_ABSOLUTE_HOURS: String(30 * 24) });
  w = await facilityWorld(t);
});
after(async () => {
  await t.close();
});

const HOUR = 3600_000;

/** A panel of the world's operator with these members (first chair if asked). */
async function panelOf(members: { who: Agent; role: 'chair' | 'reviewer'; expertise?: string[] }[]): Promise<string> {
  const p = ok(
    await t.req('POST', '/api/panels', { as: w.office, body: { ownerOrgId: w.facility.operatorOrgId, name: '评审组', nameEn: 'Panel', scopeRef: w.cycle.id } }),
    201,
    'create panel',
  );
  ok(
    await t.req('PUT', `/api/panels/${p.id}/members`, {
      as: w.office,
      body: { members: members.map((m) => ({ personId: m.who.personId, role: m.role, expertise: m.expertise ?? [] })) },
    }),
    200,
    'members',
  );
  return p.id;
}

async function attach(panelId: string, ids: string[]): Promise<void> {
  ok(await t.req('POST', `/api/panels/${panelId}/applications`, { as: w.office, body: { applicationIds: ids } }), 200, 'attach');
}

async function assign(applicationId: string, reviewer: Agent) {
  return t.req('POST', `/api/calls/${w.call.id}/assignments`, { as: w.office, body: { items: [{ applicationId, reviewerId: reviewer.personId }] } });
}

async function reviewIdOf(applicationId: string, reviewer: Agent): Promise<string> {
  const [r] = await t.deps.db.db
    .select({ id: schema.reviewAssignments.id })
    .from(schema.reviewAssignments)
    .where(and(eq(schema.reviewAssignments.applicationId, applicationId), eq(schema.reviewAssignments.reviewerId, reviewer.personId)));
  return r!.id;
}

/** Every conflicted path refused with conflict_of_interest for an assigned reviewer whose conflict arose after assignment. */
async function assertRefusedEverywhere(applicationId: string, reviewer: Agent, reviewId: string, what: string): Promise<void> {
  refused(await t.req('GET', `/api/reviews/${reviewId}`, { as: reviewer }), 403, 'conflict_of_interest', `${what}: open`);
  refused(await t.req('PUT', `/api/reviews/${reviewId}`, { as: reviewer, body: { grade: 1 } }), 403, 'conflict_of_interest', `${what}: score`);
  refused(await t.req('PUT', `/api/reviews/${reviewId}`, { as: reviewer, body: { grade: 1, submit: true } }), 403, 'conflict_of_interest', `${what}: submit`);
  refused(await t.req('GET', `/api/applications/${applicationId}/reviews`, { as: reviewer }), 403, 'conflict_of_interest', `${what}: grades`);
}

test('the co-author window is three calendar years, to the millisecond', () => {
  assert.equal(COAUTHOR_YEARS, 3);
  assert.equal(coauthorSince(new Date('2026-05-10T08:00:00.000Z')).toISOString(), '2023-05-10T08:00:00.000Z');
  const m = new ConflictMatrix();
  m.add('a', 'p', 'declared');
  m.add('a', 'p', 'proposer');
  assert.deepEqual(m.of('a', 'p'), ['proposer', 'declared']);
  assert.deepEqual(m.of('a', 'q'), []);
});

test('proposer: the PI and a co-applicant cannot be assigned, and cannot see the grades of their own application', async () => {
  const pi = await t.person();
  const co = await t.person();
  const p = await insertProposal(t, w, { pi, coProposers: [co] });
  const panelId = await panelOf([
    { who: pi, role: 'reviewer' },
    { who: co, role: 'reviewer' },
  ]);
  await attach(panelId, [p.id]);
  assert.deepEqual(await conflictsOf(t.deps.db.db, pi.personId, p.id, t.deps.now()), ['proposer', 'same_organization']);
  assert.deepEqual(await conflictsOf(t.deps.db.db, co.personId, p.id, t.deps.now()), ['proposer']);
  const r = await assign(p.id, co);
  refused(r, 403, 'conflict_of_interest', 'assign co-applicant');
  assert.deepEqual(r.body.details.reasons, ['proposer']);
  refused(await assign(p.id, pi), 403, 'conflict_of_interest', 'assign PI');
  refused(await t.req('GET', `/api/applications/${p.id}/reviews`, { as: pi }), 403, 'conflict_of_interest', 'PI sees grades');
  // Nothing was written by the refused assignments.
  const rows = await t.deps.db.db.select().from(schema.reviewAssignments).where(eq(schema.reviewAssignments.applicationId, p.id));
  assert.equal(rows.length, 0);
});

test('same organization: a member of the application’s org, or of a co-applicant’s org, is refused — also when it arises after assignment', async () => {
  const reviewer = await t.person();
  const colleague = await t.person();
  const co = await t.person();
  const coOrg = await buildOrg(t, co);
  const p = await insertProposal(t, w, { coProposers: [co] });
  const panelId = await panelOf([
    { who: reviewer, role: 'reviewer' },
    { who: colleague, role: 'reviewer' },
  ]);
  await attach(panelId, [p.id]);
  // The colleague belongs to the co-applicant's organization.
  await addMember(t, coOrg, co, 'member', colleague);
  refused(await assign(p.id, colleague), 403, 'conflict_of_interest', 'colleague of co-applicant');
  // The reviewer is clean, is assigned, then joins the application's organization.
  ok(await assign(p.id, reviewer), 200, 'assign clean');
  const reviewId = await reviewIdOf(p.id, reviewer);
  ok(await t.req('GET', `/api/reviews/${reviewId}`, { as: reviewer }), 200, 'open while clean');
  const [app] = await t.deps.db.db.select().from(schema.applications).where(eq(schema.applications.id, p.id));
  await addMember(t, { id: app!.orgId! }, p.pi, 'member', reviewer);
  assert.deepEqual(await conflictsOf(t.deps.db.db, reviewer.personId, p.id, t.deps.now()), ['same_organization']);
  await assertRefusedEverywhere(p.id, reviewer, reviewId, 'same org');
});

test('recent co-author: together on an application submitted within three years is a conflict; just outside the window it is not', async () => {
  const partner = await t.person();
  const inside = await t.person();
  const outside = await t.person();
  const now = t.deps.now();
  const since = coauthorSince(now);
  // Earlier applications (another call would do as well): partner with `inside` 3 years minus an
  // hour ago, partner with `outside` 3 years plus an hour ago.
  const old1 = await insertProposal(t, w, { pi: inside, coProposers: [partner], status: 'decided' });
  const old2 = await insertProposal(t, w, { pi: outside, coProposers: [partner], status: 'decided' });
  await t.deps.db.db.update(schema.applications).set({ submittedAt: new Date(since.getTime() + HOUR) }).where(eq(schema.applications.id, old1.id));
  await t.deps.db.db.update(schema.applications).set({ submittedAt: new Date(since.getTime() - HOUR) }).where(eq(schema.applications.id, old2.id));
  // The partner is a co-applicant on the application under review.
  const p = await insertProposal(t, w, { coProposers: [partner] });
  const panelId = await panelOf([
    { who: inside, role: 'reviewer' },
    { who: outside, role: 'reviewer' },
  ]);
  await attach(panelId, [p.id]);
  assert.deepEqual(await conflictsOf(t.deps.db.db, inside.personId, p.id, t.deps.now()), ['recent_coauthor']);
  assert.deepEqual(await conflictsOf(t.deps.db.db, outside.personId, p.id, t.deps.now()), []);
  refused(await assign(p.id, inside), 403, 'conflict_of_interest', 'inside the window');
  ok(await assign(p.id, outside), 200, 'outside the window');

  // The window moves with the clock: an assigned reviewer whose shared application is an hour
  // inside the window is refused until it falls out of it.
  const edge = await t.person();
  const old3 = await insertProposal(t, w, { pi: edge, coProposers: [partner], status: 'decided' });
  await t.deps.db.db.update(schema.applications).set({ submittedAt: new Date(since.getTime() - HOUR) }).where(eq(schema.applications.id, old3.id));
  await t.req('PUT', `/api/panels/${panelId}/members`, {
    as: w.office,
    body: { members: [inside, outside, edge].map((x) => ({ personId: x.personId, role: 'reviewer', expertise: [] })) },
  });
  ok(await assign(p.id, edge), 200, 'edge reviewer assigned');
  const reviewId = await reviewIdOf(p.id, edge);
  // Put the shared application back inside the window (the clock seen from the records' side).
  await t.deps.db.db.update(schema.applications).set({ submittedAt: new Date(since.getTime() + HOUR) }).where(eq(schema.applications.id, old3.id));
  await assertRefusedEverywhere(p.id, edge, reviewId, 'co-author');
  // Two hours on (t.advance), the shared application is outside the window again.
  t.advance(2 * HOUR);
  ok(await t.req('GET', `/api/reviews/${reviewId}`, { as: edge }), 200, 'after the window');
});

test('declared: a reviewer declares a conflict, the assignment is withdrawn, everything is refused afterwards', async () => {
  const reviewer = await t.person();
  const stranger = await t.person();
  const p = await insertProposal(t, w);
  const panelId = await panelOf([{ who: reviewer, role: 'reviewer' }]);
  await attach(panelId, [p.id]);
  ok(await assign(p.id, reviewer), 200, 'assign');
  const reviewId = await reviewIdOf(p.id, reviewer);
  ok(await t.req('PUT', `/api/reviews/${reviewId}`, { as: reviewer, body: { grade: 2, comments: 'draft' } }), 200, 'draft');
  refused(await t.req('POST', `/api/applications/${p.id}/conflicts`, { as: stranger, body: { reason: 'x' } }), 404, 'not_found', 'stranger declares');
  const d = ok(await t.req('POST', `/api/applications/${p.id}/conflicts`, { as: reviewer, body: { reason: 'Former student of the PI' } }), 201, 'declare');
  assert.equal(d.created, true);
  assert.equal(d.withdrawn, 1);
  const again = ok(await t.req('POST', `/api/applications/${p.id}/conflicts`, { as: reviewer, body: { reason: 'again' } }), 201, 'declare twice');
  assert.equal(again.created, false);
  const [a] = await t.deps.db.db.select().from(schema.reviewAssignments).where(eq(schema.reviewAssignments.id, reviewId));
  assert.equal(a!.status, 'declined');
  await assertRefusedEverywhere(p.id, reviewer, reviewId, 'declared');
  // Re-assigning is refused as a conflict too.
  refused(await assign(p.id, reviewer), 403, 'conflict_of_interest', 're-assign');
  // The audit log has the declaration.
  const audit = await t.deps.db.db.select().from(schema.auditLog).where(and(eq(schema.auditLog.action, 'calls.conflict.declare'), eq(schema.auditLog.objectId, p.id)));
  assert.equal(audit.length, 2);
});

test('a declared conflict after submitting removes the grade from the mean', async () => {
  const r1 = await t.person();
  const r2 = await t.person();
  const p = await insertProposal(t, w);
  const panelId = await panelOf([
    { who: r1, role: 'reviewer' },
    { who: r2, role: 'reviewer' },
  ]);
  await attach(panelId, [p.id]);
  ok(await assign(p.id, r1), 200);
  ok(await assign(p.id, r2), 200);
  ok(await t.req('PUT', `/api/reviews/${await reviewIdOf(p.id, r1)}`, { as: r1, body: { grade: 1, submit: true } }), 200);
  ok(await t.req('PUT', `/api/reviews/${await reviewIdOf(p.id, r2)}`, { as: r2, body: { grade: 4, submit: true } }), 200);
  const grade = async () => (await t.deps.db.db.select({ g: schema.applications.grade }).from(schema.applications).where(eq(schema.applications.id, p.id)))[0]!.g;
  assert.equal(await grade(), 2.5);
  ok(await t.req('POST', `/api/applications/${p.id}/conflicts`, { as: r2, body: { reason: 'Found out late' } }), 201);
  assert.equal(await grade(), 1);
});

test('panel chair: sees grades without a conflict; with one, is refused and the panel view hides that grade', async () => {
  const chair = await t.person();
  const r1 = await t.person();
  const clean = await insertProposal(t, w);
  const own = await insertProposal(t, w, { coProposers: [chair] });
  const panelId = await panelOf([
    { who: chair, role: 'chair' },
    { who: r1, role: 'reviewer' },
  ]);
  await attach(panelId, [clean.id, own.id]);
  ok(await assign(clean.id, r1), 200);
  ok(await assign(own.id, r1), 200);
  for (const id of [clean.id, own.id]) ok(await t.req('PUT', `/api/reviews/${await reviewIdOf(id, r1)}`, { as: r1, body: { grade: 3, submit: true } }), 200);
  const seen = ok(await t.req('GET', `/api/applications/${clean.id}/reviews`, { as: chair }), 200, 'chair sees clean');
  assert.deepEqual(seen.grades, [3]);
  refused(await t.req('GET', `/api/applications/${own.id}/reviews`, { as: chair }), 403, 'conflict_of_interest', 'chair with conflict');
  const panel = ok(await t.req('GET', `/api/panels/${panelId}`, { as: chair }), 200, 'panel as chair');
  const byId = new Map(panel.applications.map((a: any) => [a.id, a]));
  assert.equal((byId.get(clean.id) as any).grade, 3);
  assert.equal((byId.get(own.id) as any).conflicted, true);
  assert.equal((byId.get(own.id) as any).grade, null);
  // A plain reviewer may not see others' grades: forbidden, not a conflict.
  refused(await t.req('GET', `/api/applications/${clean.id}/reviews`, { as: r1 }), 403, 'forbidden', 'reviewer sees grades');
  // The staff see every grade.
  ok(await t.req('GET', `/api/applications/${own.id}/reviews`, { as: w.office }), 200, 'office');
  ok(await t.req('GET', `/api/applications/${own.id}/reviews`, { as: w.director }), 200, 'director');
  // Someone with no business with the application does not learn it exists.
  refused(await t.req('GET', `/api/applications/${own.id}/reviews`, { as: await t.person() }), 404, 'not_found', 'stranger');
});

test('the assignment board shows conflicts as refused pairs', async () => {
  const r1 = await t.person();
  const r2 = await t.person();
  const p = await insertProposal(t, w, { coProposers: [r2] });
  const panelId = await panelOf([
    { who: r1, role: 'reviewer' },
    { who: r2, role: 'reviewer' },
  ]);
  await attach(panelId, [p.id]);
  const board = ok(await t.req('GET', `/api/calls/${w.call.id}/review-board`, { as: w.office }), 200, 'board');
  const c = board.conflicts.filter((x: any) => x.applicationId === p.id);
  assert.deepEqual(c, [{ applicationId: p.id, personId: r2.personId, reasons: ['proposer'] }]);
});
