// Review in the calls engine through the HTTP API, on PGlite and PostgreSQL: panels and who may
// manage them, bulk and automatic assignment (balance by load, expertise, determinism, what could
// not be filled), grades (bounds, drafts, submission, the mean kept on the application), declining,
// and decisions (letter in the outbox, status history, the desk hook inside the transaction: its
// error rolls everything back), with callers of the wrong role or organization refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, asc, eq } from 'drizzle-orm';
import { newId } from '../../../shared/ids.ts';
import * as schema from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import { listMail } from '../../mail/mail.service.ts';
import { testApp, type Agent, type TestApp } from '../../../../test/support/app.ts';
import { buildOrg } from '../../../../test/support/factories.ts';
import { facilityWorld, insertCall, insertProposal, type World } from '../../../../test/support/facilities.ts';
import { ok, refused } from '../../../../test/support/ledger.ts';
import { registerDeskHooks, type ReviewStage } from './index.ts';

let t: TestApp;
let w: World;
before(async () => {
  t = await testApp();
  w = await facilityWorld(t);
});
after(async () => {
  await t.close();
});

let n = 0;
const uniq = () => `${++n}${process.pid}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();

async function panelOf(members: { who: Agent; role: 'chair' | 'reviewer'; expertise?: string[] }[]): Promise<string> {
  const p = ok(await t.req('POST', '/api/panels', { as: w.office, body: { ownerOrgId: w.facility.operatorOrgId, name: `评审组 ${uniq()}`, nameEn: 'Panel', areas: ['XAFS'] } }), 201, 'panel');
  ok(
    await t.req('PUT', `/api/panels/${p.id}/members`, { as: w.office, body: { members: members.map((m) => ({ personId: m.who.personId, role: m.role, expertise: m.expertise ?? [] })) } }),
    200,
    'members',
  );
  return p.id;
}

async function attach(panelId: string, ids: string[]): Promise<void> {
  ok(await t.req('POST', `/api/panels/${panelId}/applications`, { as: w.office, body: { applicationIds: ids } }), 200, 'attach');
}

async function newCall(stages?: ReviewStage[], desk = 'facilities'): Promise<string> {
  const id = await insertCall(t, { ownerOrgId: w.facility.operatorOrgId, cycleId: w.cycle.id, templateId: w.templateId, route: 'general', code: `R-${uniq()}`, ...(stages ? { stages } : {}) });
  if (desk !== 'facilities') await t.deps.db.db.update(schema.calls).set({ desk }).where(eq(schema.calls.id, id));
  return id;
}

async function assignmentsOf(applicationId: string) {
  return t.deps.db.db.select().from(schema.reviewAssignments).where(eq(schema.reviewAssignments.applicationId, applicationId)).orderBy(asc(schema.reviewAssignments.id));
}

async function statusOf(applicationId: string) {
  const [a] = await t.deps.db.db.select().from(schema.applications).where(eq(schema.applications.id, applicationId));
  return a!;
}

// ── panels ────────────────────────────────────────────────────────────────────────────────

test('panels: the user office creates and staffs them; others are refused; members are validated', async () => {
  const stranger = await t.person();
  const otherOwner = await t.person();
  const otherOrg = await buildOrg(t, otherOwner);
  const body = { ownerOrgId: w.facility.operatorOrgId, name: '化学评审组', nameEn: 'Chemistry panel', scopeRef: w.cycle.id, areas: ['XAFS', 'SAXS'] };
  refused(await t.req('POST', '/api/panels', { as: stranger, body }), 403, 'forbidden', 'stranger creates');
  refused(await t.req('POST', '/api/panels', { as: otherOwner, body: { ...body, ownerOrgId: otherOrg.id } }), 403, 'forbidden', 'org owner without calls role');
  refused(await t.req('POST', '/api/panels', { as: w.office, body: { ...body, ownerOrgId: 'org_00000000000000000000000000' } }), 404, 'not_found', 'unknown org');
  refused(await t.req('POST', '/api/panels', { as: w.office, body: { ...body, extra: 1 } }), 400, 'validation_failed', 'unknown field');
  const p = ok(await t.req('POST', '/api/panels', { as: w.office, body }), 201, 'create');
  assert.equal(p.canManage, true);
  assert.deepEqual(p.areas, ['XAFS', 'SAXS']);

  const chair = await t.person({ name: 'Chair Person' });
  const r1 = await t.person();
  const twoChairs = { members: [{ personId: chair.personId, role: 'chair' }, { personId: r1.personId, role: 'chair' }] };
  refused(await t.req('PUT', `/api/panels/${p.id}/members`, { as: w.office, body: twoChairs }), 400, 'validation_failed', 'two chairs');
  refused(await t.req('PUT', `/api/panels/${p.id}/members`, { as: w.office, body: { members: [{ personId: 'psn_00000000000000000000000000', role: 'reviewer' }] } }), 400, 'validation_failed', 'unknown person');
  refused(await t.req('PUT', `/api/panels/${p.id}/members`, { as: w.office, body: { members: [{ personId: r1.personId, role: 'boss' }] } }), 400, 'validation_failed', 'unknown role');
  refused(await t.req('PUT', `/api/panels/${p.id}/members`, { as: stranger, body: { members: [] } }), 404, 'not_found', 'stranger staffs');
  const staffed = ok(
    await t.req('PUT', `/api/panels/${p.id}/members`, { as: w.office, body: { members: [{ personId: chair.personId, role: 'chair' }, { personId: r1.personId, role: 'reviewer', expertise: ['XAFS', 'XAFS', 'EXAFS'] }] } }),
    200,
    'staff',
  );
  assert.deepEqual(staffed.members.map((m: any) => [m.role, m.expertise]), [['chair', []], ['reviewer', ['XAFS', 'EXAFS']]]);
  assert.equal(staffed.members[0].name, 'Chair Person');
  // PUT replaces the list; people may be named by e-mail (any case).
  refused(await t.req('PUT', `/api/panels/${p.id}/members`, { as: w.office, body: { members: [{ email: 'nobody@test.pujiang.local', role: 'reviewer' }] } }), 400, 'validation_failed', 'unknown email');
  refused(await t.req('PUT', `/api/panels/${p.id}/members`, { as: w.office, body: { members: [{ personId: r1.personId, email: r1.email, role: 'reviewer' }] } }), 400, 'validation_failed', 'both');
  refused(
    await t.req('PUT', `/api/panels/${p.id}/members`, { as: w.office, body: { members: [{ personId: r1.personId, role: 'reviewer' }, { email: r1.email, role: 'reviewer' }] } }),
    400,
    'validation_failed',
    'twice',
  );
  const replaced = ok(await t.req('PUT', `/api/panels/${p.id}/members`, { as: w.office, body: { members: [{ email: r1.email.toUpperCase(), role: 'reviewer' }] } }), 200, 'replace');
  assert.deepEqual(replaced.members.map((m: any) => m.personId), [r1.personId]);

  // A member sees the panel (no e-mails, no applications), and lists it; a member cannot manage it.
  const seen = ok(await t.req('GET', `/api/panels/${p.id}`, { as: r1 }), 200, 'member reads');
  assert.equal(seen.myRole, 'reviewer');
  assert.equal(seen.canManage, false);
  assert.equal(seen.members[0].email, null);
  assert.deepEqual(seen.applications, []);
  refused(await t.req('PUT', `/api/panels/${p.id}/members`, { as: r1, body: { members: [] } }), 403, 'forbidden', 'member staffs');
  assert.ok(ok(await t.req('GET', '/api/panels', { as: r1 })).items.some((x: any) => x.id === p.id));
  // Others: not found; the list is empty, not refused.
  refused(await t.req('GET', `/api/panels/${p.id}`, { as: stranger }), 404, 'not_found', 'stranger reads');
  const list = ok(await t.req('GET', '/api/panels', { as: stranger }));
  assert.deepEqual(list, { items: [], staffOrgs: [] });
  const officeList = ok(await t.req('GET', `/api/panels?ownerOrgId=${w.facility.operatorOrgId}`, { as: w.office }));
  assert.ok(officeList.items.some((x: any) => x.id === p.id));
  assert.deepEqual(officeList.staffOrgs.map((o: any) => o.id), [w.facility.operatorOrgId]);

  // Attaching: drafts refused, applications of other organizations' calls are not found.
  const draft = await insertProposal(t, w, { status: 'draft' });
  refused(await t.req('POST', `/api/panels/${p.id}/applications`, { as: w.office, body: { applicationIds: [draft.id] } }), 409, 'invalid_state', 'draft');
  refused(await t.req('POST', `/api/panels/${p.id}/applications`, { as: w.office, body: { applicationIds: ['app_00000000000000000000000000'] } }), 404, 'not_found', 'unknown app');
  const other = await facilityWorld(t);
  const foreign = await insertProposal(t, other);
  refused(await t.req('POST', `/api/panels/${p.id}/applications`, { as: w.office, body: { applicationIds: [foreign.id] } }), 404, 'not_found', 'foreign app');
  const mine = await insertProposal(t, w);
  ok(await t.req('POST', `/api/panels/${p.id}/applications`, { as: w.office, body: { applicationIds: [mine.id] } }), 200, 'attach');
  assert.equal((await statusOf(mine.id)).panelId, p.id);
  const audit = await t.deps.db.db.select().from(schema.auditLog).where(eq(schema.auditLog.objectId, p.id));
  assert.deepEqual(audit.map((a) => a.action).sort(), ['calls.panel.attach', 'calls.panel.create', 'calls.panel.members', 'calls.panel.members']);
});

// ── assignment ────────────────────────────────────────────────────────────────────────────

test('bulk assignment: all or nothing, moves submitted applications to in_review, keeps pairs already assigned', async () => {
  const r1 = await t.person();
  const r2 = await t.person();
  const outsider = await t.person();
  const p1 = await insertProposal(t, w);
  const p2 = await insertProposal(t, w);
  const panelId = await panelOf([
    { who: r1, role: 'reviewer' },
    { who: r2, role: 'reviewer' },
  ]);
  await attach(panelId, [p1.id, p2.id]);
  const url = `/api/calls/${w.call.id}/assignments`;
  // A reviewer not on the panel spoils the whole batch.
  const bad = await t.req('POST', url, { as: w.office, body: { items: [{ applicationId: p1.id, reviewerId: r1.personId }, { applicationId: p2.id, reviewerId: outsider.personId }] } });
  refused(bad, 400, 'validation_failed', 'outsider');
  assert.equal(bad.body.errors[0].path, 'items.1.reviewerId');
  assert.equal((await assignmentsOf(p1.id)).length, 0);
  // Wrong callers.
  refused(await t.req('POST', url, { as: r1, body: { items: [{ applicationId: p1.id, reviewerId: r2.personId }] } }), 403, 'forbidden', 'reviewer assigns');
  const other = await facilityWorld(t);
  refused(await t.req('POST', url, { as: other.office, body: { items: [{ applicationId: p1.id, reviewerId: r2.personId }] } }), 403, 'forbidden', 'other office');
  refused(await t.req('POST', `/api/calls/call_00000000000000000000000000/assignments`, { as: w.office, body: { items: [{ applicationId: p1.id, reviewerId: r2.personId }] } }), 404, 'not_found', 'unknown call');
  const otherCall = await newCall();
  refused(await t.req('POST', `/api/calls/${otherCall}/assignments`, { as: w.office, body: { items: [{ applicationId: p1.id, reviewerId: r2.personId }] } }), 404, 'not_found', 'app of another call');

  const items = [
    { applicationId: p1.id, reviewerId: r1.personId },
    { applicationId: p1.id, reviewerId: r2.personId },
    { applicationId: p2.id, reviewerId: r1.personId },
  ];
  const res = ok(await t.req('POST', url, { as: w.office, body: { items } }), 200, 'assign');
  assert.deepEqual(res.items.map((i: any) => i.created), [true, true, true]);
  assert.equal((await statusOf(p1.id)).status, 'in_review');
  assert.equal((await statusOf(p2.id)).status, 'in_review');
  const events = await t.deps.db.db.select().from(schema.applicationEvents).where(eq(schema.applicationEvents.applicationId, p1.id)).orderBy(asc(schema.applicationEvents.id));
  assert.deepEqual(events.map((e) => [e.kind, e.toStatus]), [['status', 'submitted'], ['status', 'in_review'], ['assigned', null]]);
  // Again, with one more pair: the known ones are kept, the application stays in_review.
  const again = ok(await t.req('POST', url, { as: w.office, body: { items: [...items, { applicationId: p2.id, reviewerId: r2.personId }] } }), 200, 'again');
  assert.deepEqual(again.items.map((i: any) => i.created), [false, false, false, true]);
  assert.equal((await assignmentsOf(p1.id)).length, 2);
  // A withdrawn application is not assigned.
  const gone = await insertProposal(t, w, { status: 'withdrawn' });
  await t.deps.db.db.update(schema.applications).set({ panelId }).where(eq(schema.applications.id, gone.id));
  refused(await t.req('POST', url, { as: w.office, body: { items: [{ applicationId: gone.id, reviewerId: r1.personId }] } }), 409, 'invalid_state', 'withdrawn');
  // An application on no panel is not assigned.
  const loose = await insertProposal(t, w);
  refused(await t.req('POST', url, { as: w.office, body: { items: [{ applicationId: loose.id, reviewerId: r1.personId }] } }), 409, 'invalid_state', 'no panel');

  // Removing: not by the reviewer; a submitted review stays.
  const [a1] = await assignmentsOf(p2.id);
  refused(await t.req('DELETE', `/api/reviews/${a1!.id}`, { as: r1 }), 403, 'forbidden', 'reviewer removes');
  refused(await t.req('DELETE', `/api/reviews/${a1!.id}`, { as: outsider }), 404, 'not_found', 'stranger removes');
  const [, a2] = await assignmentsOf(p1.id);
  ok(await t.req('PUT', `/api/reviews/${a2!.id}`, { as: r2, body: { grade: 2, submit: true } }), 200, 'submit');
  refused(await t.req('DELETE', `/api/reviews/${a2!.id}`, { as: w.office }), 409, 'invalid_state', 'remove submitted');
  const del = await t.req('DELETE', `/api/reviews/${a1!.id}`, { as: w.office });
  assert.equal(del.status, 204);
  assert.equal((await assignmentsOf(p2.id)).length, 1);
});

/** Auto-assigns a call and returns, per application index, the indexes of the reviewers it got. */
async function autoPattern(callId: string, apps: string[], reviewers: Agent[]): Promise<{ pattern: number[][]; body: any }> {
  const body = ok(await t.req('POST', `/api/calls/${callId}/assignments/auto`, { as: w.office }), 200, 'auto');
  const idx = new Map(reviewers.map((r, i) => [r.personId, i]));
  const pattern: number[][] = [];
  for (const id of apps) pattern.push((await assignmentsOf(id)).map((a) => idx.get(a.reviewerId)!).sort());
  return { pattern, body };
}

test('automatic assignment: balanced by load, prefers expertise, never conflicted, deterministic, reports what it could not fill', async () => {
  const stages: ReviewStage[] = [{ key: 'panel', kind: 'panel', reviewersPerApplication: 2 }];
  const chair = await t.person();
  const rv = [await t.person(), await t.person(), await t.person()];
  rv.sort((a, b) => (a.personId < b.personId ? -1 : 1));
  const [ra, rb, rc] = rv as [Agent, Agent, Agent];
  const panelId = await panelOf([
    { who: chair, role: 'chair', expertise: ['SAXS'] },
    { who: ra, role: 'reviewer', expertise: ['XAFS'] },
    { who: rb, role: 'reviewer', expertise: ['saxs'] },
    { who: rc, role: 'reviewer', expertise: [] },
  ]);
  const keywords = [['SAXS'], ['XAFS'], [], ['SAXS', 'XAFS'], [], ['xafs']];

  async function run() {
    const callId = await newCall(stages);
    const apps: string[] = [];
    for (const k of keywords) apps.push((await insertProposal(t, w, { callId, keywords: k })).id);
    await attach(panelId, apps);
    return { callId, apps, ...(await autoPattern(callId, apps, rv)) };
  }
  const first = await run();
  assert.deepEqual(first.body.unfilled, []);
  assert.equal(first.body.assigned.length, 12);
  // Balanced: 6 applications × 2 reviewers over 3 reviewers = 4 each; the chair is not auto-assigned.
  const loads = [0, 0, 0];
  for (const p of first.pattern) for (const i of p) loads[i]!++;
  assert.deepEqual(loads, [4, 4, 4]);
  // The first application (SAXS) at equal loads goes to the SAXS expert (case-insensitive) first.
  assert.ok(first.pattern[0]!.includes(1), `SAXS expert on the SAXS application: ${JSON.stringify(first.pattern)}`);
  // Every application is under review now.
  for (const id of first.apps) assert.equal((await statusOf(id)).status, 'in_review');
  // Deterministic: the same records in another call give the same assignment.
  const second = await run();
  assert.deepEqual(second.pattern, first.pattern);
  // Running it again fills nothing more.
  const third = await autoPattern(first.callId, first.apps, rv);
  assert.deepEqual(third.body.assigned, []);
  assert.deepEqual(third.pattern, first.pattern);

  // Conflicts are skipped, shortfalls and applications on no panel are reported.
  const callId = await newCall([{ key: 'panel', kind: 'panel', reviewersPerApplication: 3 }]);
  const own = await insertProposal(t, w, { callId, coProposers: [ra] });
  const fine = await insertProposal(t, w, { callId });
  const loose = await insertProposal(t, w, { callId });
  await attach(panelId, [own.id, fine.id]);
  const r = await autoPattern(callId, [own.id, fine.id], rv);
  assert.deepEqual(r.pattern, [[1, 2], [0, 1, 2]]);
  const unfilled = new Map(r.body.unfilled.map((u: any) => [u.applicationId, u]));
  assert.deepEqual(unfilled.get(own.id), { applicationId: own.id, number: (await statusOf(own.id)).number, missing: 1, reason: 'not_enough_reviewers' });
  assert.equal((unfilled.get(loose.id) as any).reason, 'no_panel');
  assert.equal(r.body.reviewersPerApplication, 3);

  // A call without a panel stage has nothing to assign.
  const noPanel = await newCall([{ key: 'approval', kind: 'approval' }]);
  refused(await t.req('POST', `/api/calls/${noPanel}/assignments/auto`, { as: w.office }), 409, 'invalid_state', 'no panel stage');
  refused(await t.req('POST', `/api/calls/${callId}/assignments/auto`, { as: ra }), 403, 'forbidden', 'reviewer runs auto');

  // The board shows loads and assignments to the staff, to nobody else.
  const board = ok(await t.req('GET', `/api/calls/${first.callId}/review-board`, { as: w.director }), 200, 'board');
  assert.equal(board.applications.length, 6);
  assert.ok(board.applications.every((a: any) => a.assignments.length === 2));
  const members = new Map(board.panels[0].members.map((m: any) => [m.personId, m.load]));
  assert.deepEqual([members.get(ra.personId), members.get(rb.personId), members.get(rc.personId), members.get(chair.personId)], [4, 4, 4, 0]);
  refused(await t.req('GET', `/api/calls/${first.callId}/review-board`, { as: ra }), 403, 'forbidden', 'reviewer board');

  // Two runs at once: one fills, the other finds nothing left to do; never a duplicate or a 5xx.
  const raceCall = await newCall(stages);
  const raceApps: string[] = [];
  for (let i = 0; i < 3; i++) raceApps.push((await insertProposal(t, w, { callId: raceCall })).id);
  await attach(panelId, raceApps);
  const [x, y] = await Promise.all([1, 2].map(() => t.req('POST', `/api/calls/${raceCall}/assignments/auto`, { as: w.office })));
  assert.deepEqual([x!.status, y!.status], [200, 200]);
  assert.equal(x!.body.assigned.length + y!.body.assigned.length, 6);
  for (const id of raceApps) assert.equal((await assignmentsOf(id)).length, 2);
});

// ── reviews and grades ────────────────────────────────────────────────────────────────────

test('reviews: my list, the application to review, grade bounds, drafts, submission (read-only), the mean kept, decline', async () => {
  const r1 = await t.person();
  const r2 = await t.person();
  const r3 = await t.person();
  const p = await insertProposal(t, w, { title: 'Operando XAFS of catalysts', keywords: ['XAFS'] });
  const panelId = await panelOf([
    { who: r1, role: 'reviewer' },
    { who: r2, role: 'reviewer' },
    { who: r3, role: 'reviewer' },
  ]);
  await attach(panelId, [p.id]);
  ok(await t.req('POST', `/api/calls/${w.call.id}/assignments`, { as: w.office, body: { items: [r1, r2, r3].map((r) => ({ applicationId: p.id, reviewerId: r.personId })) } }));
  const [a1, a2, a3] = (await assignmentsOf(p.id)).sort((x, y) => [r1, r2, r3].findIndex((r) => r.personId === x.reviewerId) - [r1, r2, r3].findIndex((r) => r.personId === y.reviewerId));

  const mine = ok(await t.req('GET', '/api/reviews/mine', { as: r1 }));
  assert.equal(mine.items.length, 1);
  assert.equal(mine.items[0].title, 'Operando XAFS of catalysts');
  assert.equal(mine.items[0].state, 'to_do');
  assert.equal(mine.items[0].callId, w.call.id);
  assert.deepEqual(ok(await t.req('GET', '/api/reviews/mine', { as: await t.person() })).items, []);

  const detail = ok(await t.req('GET', `/api/reviews/${a1!.id}`, { as: r1 }), 200, 'open');
  assert.equal(detail.application.title, 'Operando XAFS of catalysts');
  assert.deepEqual(detail.application.answers, { case: 'Because.' });
  assert.equal(detail.form.questions[0].key, 'case');
  assert.equal(detail.review.editable, true);
  assert.equal(detail.application.piName.length > 0, true);
  refused(await t.req('GET', `/api/reviews/${a1!.id}`, { as: r2 }), 404, 'not_found', "another's review");
  refused(await t.req('GET', `/api/reviews/${a1!.id}`, { as: w.office }), 404, 'not_found', 'office opens a review');

  for (const grade of [0, 6, 2.5, '1', -1]) {
    refused(await t.req('PUT', `/api/reviews/${a1!.id}`, { as: r1, body: { grade } }), 400, 'validation_failed', `grade ${grade}`);
  }
  refused(await t.req('PUT', `/api/reviews/${a1!.id}`, { as: r1, body: { comments: 'x'.repeat(20_001) } }), 400, 'validation_failed', 'long comments');
  refused(await t.req('PUT', `/api/reviews/${a1!.id}`, { as: r1, body: { comments: 'no grade', submit: true } }), 400, 'validation_failed', 'submit without grade');
  refused(await t.req('PUT', `/api/reviews/${a1!.id}`, { as: r2, body: { grade: 1 } }), 404, 'not_found', "score another's");

  const draft = ok(await t.req('PUT', `/api/reviews/${a1!.id}`, { as: r1, body: { grade: 1, comments: 'Excellent case.' } }), 200, 'draft');
  assert.equal(draft.review.state, 'draft');
  assert.equal(draft.review.status, 'assigned');
  assert.equal((await statusOf(p.id)).grade, null, 'drafts do not count');
  const done = ok(await t.req('PUT', `/api/reviews/${a1!.id}`, { as: r1, body: { submit: true } }), 200, 'submit');
  assert.equal(done.review.state, 'submitted');
  assert.equal(done.review.grade, 1);
  assert.equal(done.review.comments, 'Excellent case.');
  assert.equal(done.review.editable, false);
  assert.equal((await statusOf(p.id)).grade, 1);
  refused(await t.req('PUT', `/api/reviews/${a1!.id}`, { as: r1, body: { grade: 5 } }), 409, 'invalid_state', 'read-only');

  ok(await t.req('PUT', `/api/reviews/${a2!.id}`, { as: r2, body: { grade: 4, comments: 'Weak.', submit: true } }), 200, 'submit 2');
  assert.equal((await statusOf(p.id)).grade, 2.5);
  const seen = ok(await t.req('GET', `/api/applications/${p.id}/reviews`, { as: w.office }), 200, 'grades');
  assert.equal(seen.grade, 2.5);
  assert.equal(seen.count, 2);
  assert.deepEqual([...seen.grades].sort(), [1, 4]);
  assert.equal(seen.reviews.find((x: any) => x.reviewerId === r3.personId).grade, null);

  // The third declines; declining twice is invalid.
  const declined = ok(await t.req('POST', `/api/reviews/${a3!.id}/decline`, { as: r3, body: { reason: 'No time' } }), 200, 'decline');
  assert.equal(declined.review.status, 'declined');
  refused(await t.req('POST', `/api/reviews/${a3!.id}/decline`, { as: r3 }), 409, 'invalid_state', 'decline twice');
  refused(await t.req('POST', `/api/reviews/${a1!.id}/decline`, { as: r1 }), 409, 'invalid_state', 'decline submitted');
  refused(await t.req('PUT', `/api/reviews/${a3!.id}`, { as: r3, body: { grade: 2 } }), 409, 'invalid_state', 'score declined');
  assert.equal((await statusOf(p.id)).grade, 2.5);

  // Every save is audited.
  const audit = await t.deps.db.db.select().from(schema.auditLog).where(eq(schema.auditLog.objectId, a1!.id)).orderBy(schema.auditLog.seq);
  assert.deepEqual(audit.map((a) => a.action), ['calls.review.save', 'calls.review.submit']);
});

// ── decisions ─────────────────────────────────────────────────────────────────────────────

test('decisions: letter through the outbox, status history, audit, once only; the desk hook runs inside and its error rolls back', async () => {
  const desk = `review-test-${uniq().toLowerCase()}`;
  const seen: { id: string; outcome: string; award: Record<string, unknown> }[] = [];
  registerDeskHooks(desk, {
    async afterDecision(tx, app, d) {
      // Written in the deciding transaction, so it must vanish with it on an error.
      await tx.insert(schema.applicationEvents).values({ id: newId('applicationEvent'), applicationId: app.id, at: d.at, actorId: d.decidedBy, kind: 'desk-award', note: JSON.stringify(d.award) });
      if (d.award.units === 999) throw new AppError('capacity_exceeded', 'not that many');
      seen.push({ id: app.id, outcome: d.outcome, award: d.award });
    },
  });
  const callId = await newCall([{ key: 'panel', kind: 'panel' }], desk);
  const reviewer = await t.person();
  const p = await insertProposal(t, w, { callId, title: 'Protein dynamics' });
  const panelId = await panelOf([{ who: reviewer, role: 'reviewer' }]);
  await attach(panelId, [p.id]);
  ok(await t.req('POST', `/api/calls/${callId}/assignments`, { as: w.office, body: { items: [{ applicationId: p.id, reviewerId: reviewer.personId }] } }));
  const url = `/api/applications/${p.id}/decision`;

  // Wrong callers: the reviewer and the PI know the application (forbidden), strangers do not.
  const body = { outcome: 'partial', award: { units: 4 }, note: '部分批准 Partly awarded' };
  refused(await t.req('POST', url, { as: reviewer, body }), 403, 'forbidden', 'reviewer decides');
  refused(await t.req('POST', url, { as: p.pi, body }), 403, 'forbidden', 'PI decides');
  refused(await t.req('POST', url, { as: await t.person(), body }), 404, 'not_found', 'stranger decides');
  const other = await facilityWorld(t);
  refused(await t.req('POST', url, { as: other.office, body }), 404, 'not_found', "another organization's office");
  refused(await t.req('POST', url, { as: w.office, body: { outcome: 'maybe', award: {} } }), 400, 'validation_failed', 'unknown outcome');
  refused(await t.req('POST', url, { as: w.office, body: { ...body, award: [1, 2] } }), 400, 'validation_failed', 'award not an object');

  // The hook refuses: nothing at all is written.
  const mailBefore = (await listMail(t.deps.db.db, p.pi.email, undefined, 50)).length;
  refused(await t.req('POST', url, { as: w.office, body: { ...body, award: { units: 999 } } }), 409, 'capacity_exceeded', 'hook refuses');
  const [noDecision] = await t.deps.db.db.select().from(schema.decisions).where(eq(schema.decisions.applicationId, p.id));
  assert.equal(noDecision, undefined);
  assert.equal((await statusOf(p.id)).status, 'in_review');
  assert.equal((await listMail(t.deps.db.db, p.pi.email, undefined, 50)).length, mailBefore);
  const deskEvents = await t.deps.db.db.select().from(schema.applicationEvents).where(and(eq(schema.applicationEvents.applicationId, p.id), eq(schema.applicationEvents.kind, 'desk-award')));
  assert.equal(deskEvents.length, 0);

  // The director decides.
  const d = ok(await t.req('POST', url, { as: w.director, body }), 201, 'decide');
  assert.equal(d.outcome, 'partial');
  assert.deepEqual(d.award, { units: 4 });
  assert.equal(d.decidedBy, w.director.personId);
  assert.ok(d.letterId);
  assert.deepEqual(seen, [{ id: p.id, outcome: 'partial', award: { units: 4 } }]);
  assert.equal((await statusOf(p.id)).status, 'decided');
  const history = await t.deps.db.db.select().from(schema.applicationEvents).where(and(eq(schema.applicationEvents.applicationId, p.id), eq(schema.applicationEvents.kind, 'status'))).orderBy(asc(schema.applicationEvents.id));
  assert.deepEqual(history.map((e) => e.toStatus), ['submitted', 'in_review', 'decided']);
  const [letter] = await listMail(t.deps.db.db, p.pi.email, undefined, 1);
  assert.equal(letter!.id, d.letterId);
  assert.match(letter!.subject, /Decision/);
  assert.match(letter!.body, /部分批准/);
  assert.match(letter!.body, /partially awarded/);
  assert.match(letter!.body, /Protein dynamics/);
  assert.match(letter!.body, /units: 4/);
  assert.match(letter!.body, /Partly awarded/);
  const audit = await t.deps.db.db.select().from(schema.auditLog).where(and(eq(schema.auditLog.action, 'calls.application.decide'), eq(schema.auditLog.objectId, p.id)));
  assert.equal(audit.length, 1);

  // Once only.
  refused(await t.req('POST', url, { as: w.office, body: { outcome: 'rejected', award: {} } }), 409, 'invalid_state', 'second decision');
  // Reviews cannot change after the decision.
  const [a] = await assignmentsOf(p.id);
  refused(await t.req('PUT', `/api/reviews/${a!.id}`, { as: reviewer, body: { grade: 1 } }), 409, 'invalid_state', 'score after decision');
  assert.equal(ok(await t.req('GET', '/api/reviews/mine', { as: reviewer })).items[0].state, 'closed');

  // A rejection: the letter says so and lists no award.
  const q = await insertProposal(t, w, { callId });
  ok(await t.req('POST', `/api/applications/${q.id}/decision`, { as: w.office, body: { outcome: 'rejected', award: {} } }), 201, 'reject submitted');
  const [rejection] = await listMail(t.deps.db.db, q.pi.email, undefined, 1);
  assert.match(rejection!.body, /未获批准/);
  assert.doesNotMatch(rejection!.body, /Award:/);
  // A withdrawn application cannot be decided.
  const wd = await insertProposal(t, w, { callId, status: 'withdrawn' });
  refused(await t.req('POST', `/api/applications/${wd.id}/decision`, { as: w.office, body: { outcome: 'rejected', award: {} } }), 409, 'invalid_state', 'withdrawn');
});
