import { test, before, after, mock } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { testApp, type Agent, type TestApp } from '../../../../test/support/app.ts';
import { buildOrg, addMember } from '../../../../test/support/factories.ts';
import { ok, refused } from '../../../../test/support/ledger.ts';
import { listMail } from '../../mail/mail.service.ts';
import { systemCtx } from '../../http/context.ts';
import { addStaff, changeStatusIn, peopleOfApplication, registerDeskHooks, applicationAccess } from './index.ts';
import { AppError } from '../../http/errors.ts';

const HOUR = 3_600_000;
const DESK = 'testdesk';
const MB = 1024 * 1024;

let t: TestApp;
let owner: Agent;
let office: Agent;
let orgId: string;
let templateId: string;
let n = 0;
const code = () => `T${++n}${Math.random().toString(36).slice(2, 6).toUpperCase()}`;

// What the test desk's hook says is missing, per application id; every call is recorded.
const deskMissing = new Map<string, string[]>();
const hookCalls: string[] = [];

const QUESTIONS = [
  { key: 'case', type: 'longtext', label: '科学意义', labelEn: 'Scientific case', required: true, maxLength: 2000 },
  { key: 'industry', type: 'boolean', label: '企业参与', labelEn: 'Industry involved' },
  { key: 'company', type: 'text', label: '企业', labelEn: 'Company', required: true, when: { key: 'industry', equals: true } },
  { key: 'shifts', type: 'number', label: '机时', labelEn: 'Shifts', min: 1, max: 30 },
];

before(async () => {
  // Attachments of up to 10 MB travel as base64 JSON: this app takes bodies of up to 16 MB.
  t = await testApp();
  owner = await t.person({ name: 'Owner' });
  const org = await buildOrg(t, owner, { kind: 'facility_operator' });
  orgId = org.id;
  office = await t.person({ name: 'User office' });
  await addStaff(t.deps.db.db, orgId, office.personId, 'manager');
  registerDeskHooks(DESK, {
    async missingForSubmission(_tx, app) {
      hookCalls.push(app.id);
      return deskMissing.get(app.id) ?? [];
    },
  });
  templateId = ok(await t.req('POST', '/api/calls/forms', { as: office, body: { key: `tpl-${code().toLowerCase()}`, title: '申请', titleEn: 'Application', questions: QUESTIONS } }), 201).id;
});
after(async () => {
  mock.timers.reset();
  await t.close();
});

async function openCall(o: { closesInMs?: number | null; eligibility?: object } = {}): Promise<{ id: string; code: string; closesAt: string | null }> {
  const now = t.deps.now().getTime();
  const c = code();
  const closesAt = o.closesInMs === null ? null : new Date(now + (o.closesInMs ?? 48 * HOUR)).toISOString();
  const call = ok(
    await t.req('POST', '/api/calls', {
      as: office,
      body: {
        ownerOrgId: orgId,
        desk: DESK,
        code: c,
        title: `征集 ${c}`,
        titleEn: `Call ${c}`,
        track: 'general',
        mode: closesAt ? 'window' : 'continuous',
        opensAt: new Date(now - HOUR).toISOString(),
        closesAt,
        eligibility: o.eligibility ?? {},
        formTemplateId: templateId,
        stages: [{ key: 'panel', kind: 'panel', reviewersPerApplication: 2 }],
        award: { unit: 'shift', multiple: 1 },
      },
    }),
    201,
    'create call',
  );
  ok(await t.req('POST', `/api/calls/${call.id}/open`, { as: office }), 200, 'open call');
  return { id: call.id, code: c, closesAt };
}

async function applicant(kind: 'university' | 'research_institute' = 'university'): Promise<{ pi: Agent; orgId: string }> {
  const pi = await t.person({ name: `PI ${code()}` });
  const org = await buildOrg(t, pi, { kind });
  return { pi, orgId: org.id };
}

async function draft(callId: string, a: { pi: Agent; orgId: string }): Promise<any> {
  return ok(await t.req('POST', `/api/calls/${callId}/applications`, { as: a.pi, body: { orgId: a.orgId, title: '' } }), 201, 'draft');
}

async function complete(app: any, pi: Agent): Promise<any> {
  return ok(
    await t.req('PATCH', `/api/applications/${app.id}`, { as: pi, body: { revision: app.revision, title: 'Operando XAFS', abstract: 'We look at catalysts.', answers: { case: 'Because catalysts.' } } }),
    200,
    'complete',
  );
}

test('form templates: versions of a key are immutable rows; only user offices define forms', async () => {
  const key = `form-${code().toLowerCase()}`;
  const v1 = ok(await t.req('POST', '/api/calls/forms', { as: office, body: { key, title: '表', titleEn: 'Form', questions: QUESTIONS } }), 201);
  const v2 = ok(await t.req('POST', '/api/calls/forms', { as: office, body: { key, title: '表 2', titleEn: 'Form 2', questions: QUESTIONS.slice(0, 1) } }), 201);
  assert.equal(v1.version, 1);
  assert.equal(v2.version, 2);
  assert.notEqual(v1.id, v2.id);
  assert.equal(ok(await t.req('GET', `/api/calls/forms/${v1.id}`)).questions.length, 4);
  const latest = ok(await t.req('GET', `/api/calls/forms?key=${key}&latest=true`));
  assert.deepEqual(latest.items.map((f: any) => f.version), [2]);
  assert.equal(ok(await t.req('GET', `/api/calls/forms?key=${key}`)).items.length, 2);

  const someone = await t.person();
  refused(await t.req('POST', '/api/calls/forms', { as: someone, body: { key, title: 'x', titleEn: 'x', questions: QUESTIONS } }), 403, 'forbidden');
  assert.deepEqual(ok(await t.req('GET', '/api/calls/offices', { as: someone })), { operator: false, offices: [] });
  const mineOffices = ok(await t.req('GET', '/api/calls/offices', { as: office }));
  assert.deepEqual(mineOffices.offices.map((o: any) => [o.orgId, o.manager, o.director]), [[orgId, true, false]]);
  const badCondition = [{ key: 'a', type: 'text', label: 'a', labelEn: 'a', when: { key: 'zzz', equals: true } }];
  refused(await t.req('POST', '/api/calls/forms', { as: office, body: { key, title: 'x', titleEn: 'x', questions: badCondition } }), 400, 'validation_failed');
  refused(await t.req('GET', '/api/calls/forms/frm_nope'), 404, 'not_found');
});

test('calls: staff create and edit drafts; the form changes only while a draft; public lists show open calls first', async () => {
  const someone = await t.person();
  const base = {
    ownerOrgId: orgId,
    desk: DESK,
    code: code(),
    title: '征集',
    titleEn: 'Call',
    track: 'general',
    mode: 'window',
    opensAt: new Date(t.deps.now().getTime() + HOUR).toISOString(),
    closesAt: new Date(t.deps.now().getTime() + 30 * HOUR).toISOString(),
    timeZone: 'Asia/Shanghai',
    formTemplateId: templateId,
    stages: [{ key: 'panel', kind: 'panel' }],
    award: { unit: 'shift' },
  };
  refused(await t.req('POST', '/api/calls', { as: someone, body: base }), 403, 'forbidden');
  refused(await t.req('POST', '/api/calls', { as: office, body: { ...base, closesAt: null } }), 400, 'validation_failed');
  refused(await t.req('POST', '/api/calls', { as: office, body: { ...base, timeZone: 'Mars/Olympus' } }), 400, 'validation_failed');
  const call = ok(await t.req('POST', '/api/calls', { as: office, body: base }), 201);
  assert.equal(call.status, 'draft');
  assert.equal(call.template.id, templateId);
  refused(await t.req('POST', '/api/calls', { as: office, body: base }), 409, 'name_taken');

  // A draft is invisible to the public and to other people.
  refused(await t.req('GET', `/api/calls/${call.id}`), 404, 'not_found');
  refused(await t.req('GET', `/api/calls/${call.id}`, { as: someone }), 404, 'not_found');
  assert.ok(!ok(await t.req('GET', `/api/calls?desk=${DESK}`)).items.some((c: any) => c.id === call.id));
  assert.ok(ok(await t.req('GET', `/api/calls?desk=${DESK}`, { as: office })).items.some((c: any) => c.id === call.id));

  const v2 = ok(await t.req('POST', '/api/calls/forms', { as: office, body: { key: `other-${code().toLowerCase()}`, title: 'x', titleEn: 'x', questions: QUESTIONS } }), 201);
  ok(await t.req('PATCH', `/api/calls/${call.id}`, { as: office, body: { formTemplateId: v2.id, stages: [{ key: 'approval', kind: 'approval' }] } }));
  refused(await t.req('PATCH', `/api/calls/${call.id}`, { as: someone, body: { title: 'x' } }), 404, 'not_found');
  const opened = ok(await t.req('POST', `/api/calls/${call.id}/open`, { as: office }));
  assert.equal(opened.status, 'open');
  assert.equal(opened.accepting, false, 'opens in an hour');
  refused(await t.req('PATCH', `/api/calls/${call.id}`, { as: office, body: { formTemplateId: templateId } }), 409, 'invalid_state');
  refused(await t.req('PATCH', `/api/calls/${call.id}`, { as: someone, body: { title: 'x' } }), 403, 'forbidden');
  const longer = ok(await t.req('PATCH', `/api/calls/${call.id}`, { as: office, body: { closesAt: '2099-12-31T15:59:59Z' } }));
  assert.equal(longer.closesAtLocal, '2099-12-31 23:59:59', 'the deadline in the call’s zone');

  const pub = ok(await t.req('GET', `/api/calls/${call.id}`));
  assert.equal(pub.template.id, v2.id);
  assert.equal(pub.viewerIsStaff, false);
  assert.equal(ok(await t.req('GET', `/api/calls/${call.id}`, { as: office })).viewerIsStaff, true);

  const closed = await openCall();
  ok(await t.req('POST', `/api/calls/${closed.id}/close`, { as: office }));
  refused(await t.req('POST', `/api/calls/${closed.id}/close`, { as: office }), 409, 'invalid_state');
  const list = ok(await t.req('GET', `/api/calls?desk=${DESK}&limit=200`)).items;
  const firstClosed = list.findIndex((c: any) => c.status === 'closed');
  const lastOpen = list.map((c: any) => c.status).lastIndexOf('open');
  assert.ok(firstClosed > lastOpen, 'open calls come first');
  assert.ok(ok(await t.req('GET', `/api/calls?desk=${DESK}&status=closed`)).items.every((c: any) => c.status === 'closed'));
});

test('a draft saves as typed with revisions; an older revision is refused', async () => {
  const call = await openCall();
  const a = await applicant();
  const app = await draft(call.id, a);
  assert.equal(app.status, 'draft');
  assert.equal(app.revision, 1);
  assert.equal(app.role, 'pi');
  assert.equal(app.canEdit, true);
  assert.equal(app.members[0].email, a.pi.email.toLowerCase());

  const s1 = ok(await t.req('PATCH', `/api/applications/${app.id}`, { as: a.pi, body: { revision: 1, title: 'Draft t', answers: { case: 'Half a thou', shifts: 99 } } }));
  assert.equal(s1.revision, 2);
  assert.equal(s1.answers.shifts, 99, 'out of range is kept in a draft');
  refused(await t.req('PATCH', `/api/applications/${app.id}`, { as: a.pi, body: { revision: 1, title: 'Other tab' } }), 409, 'stale_revision');
  const stale = await t.req('PATCH', `/api/applications/${app.id}`, { as: a.pi, body: { revision: 1, title: 'Other tab' } });
  assert.equal(stale.body.details.revision, 2);
  refused(await t.req('PATCH', `/api/applications/${app.id}`, { as: a.pi, body: { revision: 2, answers: { shifts: 'many' } } }), 400, 'validation_failed');
  refused(await t.req('PATCH', `/api/applications/${app.id}`, { as: a.pi, body: { revision: 2, answers: { nope: 1 } } }), 400, 'validation_failed');
  const s2 = ok(await t.req('PATCH', `/api/applications/${app.id}`, { as: a.pi, body: { revision: 2, keywords: ['XAFS', ' XAFS ', 'catalysis'] } }));
  assert.deepEqual(s2.keywords, ['XAFS', 'catalysis']);
  assert.equal(ok(await t.req('GET', `/api/applications/${app.id}`, { as: a.pi })).title, 'Draft t');

  // Not an organization of mine.
  const other = await applicant();
  refused(await t.req('PATCH', `/api/applications/${app.id}`, { as: a.pi, body: { revision: 3, orgId: other.orgId } }), 400, 'validation_failed');
  refused(await t.req('POST', `/api/calls/${call.id}/applications`, { as: a.pi, body: { orgId: other.orgId } }), 400, 'validation_failed');
});

test('eligibility: the organization must be of a named kind; requireOrcid asks for the PI’s ORCID iD at submission', async () => {
  const call = await openCall({ eligibility: { orgKinds: ['university'], requireOrcid: true } });
  const inst = await applicant('research_institute');
  refused(await t.req('POST', `/api/calls/${call.id}/applications`, { as: inst.pi, body: { orgId: inst.orgId } }), 403, 'not_eligible');
  refused(await t.req('POST', `/api/calls/${call.id}/applications`, { as: inst.pi, body: {} }), 403, 'not_eligible');
  const uni = await applicant('university');
  const app = await complete(await draft(call.id, uni), uni.pi);
  const r = await t.req('POST', `/api/applications/${app.id}/submit`, { as: uni.pi });
  refused(r, 400, 'application_incomplete');
  assert.deepEqual(r.body.details.missing, ['orcid']);
  refused(await t.req('PATCH', `/api/applications/${app.id}/members/${encodeURIComponent(uni.pi.email)}`, { as: uni.pi, body: { orcid: '0000-0002-1825-009' } }), 400, 'validation_failed');
  ok(await t.req('PATCH', `/api/applications/${app.id}/members/${encodeURIComponent(uni.pi.email)}`, { as: uni.pi, body: { orcid: '0000-0002-1825-0097' } }));
  const done = ok(await t.req('POST', `/api/applications/${app.id}/submit`, { as: uni.pi }));
  assert.equal(done.status, 'submitted');
});

test('submission: completeness with the missing items listed, the desk hook, numbers <code>-<6 digits>', async () => {
  const call = await openCall();
  const a = await applicant();
  const app = await draft(call.id, a);
  deskMissing.set(app.id, ['testdesk.samples']);
  const r1 = await t.req('POST', `/api/applications/${app.id}/submit`, { as: a.pi });
  refused(r1, 400, 'application_incomplete');
  assert.deepEqual(r1.body.details.missing, ['title', 'abstract', 'answers.case', 'testdesk.samples']);
  assert.ok(hookCalls.includes(app.id), 'the desk hook was asked');

  // A condition shows 'company', which is then required; over-long answers fail at submission.
  const s = ok(await t.req('PATCH', `/api/applications/${app.id}`, { as: a.pi, body: { revision: 1, title: 'T', abstract: 'A', answers: { case: 'x'.repeat(2001), industry: true } } }));
  const r2 = await t.req('POST', `/api/applications/${app.id}/submit`, { as: a.pi });
  refused(r2, 400, 'application_incomplete');
  assert.deepEqual(r2.body.details.missing, ['answers.case:too_long', 'answers.company', 'testdesk.samples']);

  deskMissing.delete(app.id);
  ok(await t.req('PATCH', `/api/applications/${app.id}`, { as: a.pi, body: { revision: s.revision, answers: { case: 'ok', industry: false, company: 'hidden, dropped' } } }));
  const done = ok(await t.req('POST', `/api/applications/${app.id}/submit`, { as: a.pi }));
  assert.equal(done.status, 'submitted');
  assert.equal(done.number, `${call.code}-000001`);
  assert.deepEqual(done.answers, { case: 'ok', industry: false }, 'the hidden answer is dropped');
  assert.equal(done.canEdit, false);
  refused(await t.req('POST', `/api/applications/${app.id}/submit`, { as: a.pi }), 409, 'invalid_state');
  refused(await t.req('PATCH', `/api/applications/${app.id}`, { as: a.pi, body: { revision: 99, title: 'late' } }), 409, 'invalid_state');
  const receipts = await listMail(t.deps.db.db, a.pi.email, undefined, 5);
  assert.ok(receipts.some((m) => m.subject.includes(done.number)));

  const b = await applicant();
  const second = ok(await t.req('POST', `/api/applications/${(await complete(await draft(call.id, b), b.pi)).id}/submit`, { as: b.pi }));
  assert.equal(second.number, `${call.code}-000002`);
});

test('a call that is not open takes no applications', async () => {
  const call = await openCall({ closesInMs: null });
  const a = await applicant();
  const app = await complete(await draft(call.id, a), a.pi);
  ok(await t.req('POST', `/api/calls/${call.id}/close`, { as: office }));
  refused(await t.req('POST', `/api/applications/${app.id}/submit`, { as: a.pi }), 409, 'call_not_open');
  refused(await t.req('POST', `/api/calls/${call.id}/applications`, { as: a.pi, body: { orgId: a.orgId } }), 409, 'call_not_open');
});

test('co-applicants: invited by e-mail, pending blocks submission, the invitee accepts with an ORCID iD', async () => {
  const call = await openCall();
  const a = await applicant();
  const co = await t.person({ name: 'Co Applicant' });
  const other = await t.person({ name: 'Somebody else' });
  const app = await complete(await draft(call.id, a), a.pi);
  refused(await t.req('POST', `/api/applications/${app.id}/members`, { as: a.pi, body: { email: co.email, orcid: '1234' } }), 400, 'validation_failed');
  const members = ok(await t.req('POST', `/api/applications/${app.id}/members`, { as: a.pi, body: { email: co.email.toUpperCase() } }), 201).items;
  assert.deepEqual(members.map((m: any) => [m.role, m.status]), [['pi', 'accepted'], ['co', 'invited']]);
  refused(await t.req('POST', `/api/applications/${app.id}/members`, { as: a.pi, body: { email: co.email } }), 409, 'name_taken');
  const mail = await listMail(t.deps.db.db, co.email.toLowerCase(), undefined, 1);
  assert.ok(mail[0]?.body.includes(`/applications/${app.id}`), 'the invitation is mailed');

  const pending = await t.req('POST', `/api/applications/${app.id}/submit`, { as: a.pi });
  refused(pending, 409, 'members_pending');
  assert.deepEqual(pending.body.details.emails, [co.email.toLowerCase()]);

  // The invitee sees the invitation and may read the application before answering.
  const mine = ok(await t.req('GET', '/api/applications/mine', { as: co }));
  assert.deepEqual(mine.invitations.map((i: any) => i.applicationId), [app.id]);
  assert.equal(ok(await t.req('GET', `/api/applications/${app.id}`, { as: co })).role, null);
  refused(await t.req('POST', `/api/applications/${app.id}/members/accept`, { as: other, body: {} }), 404, 'not_found');
  refused(await t.req('POST', `/api/applications/${app.id}/members/accept`, { as: co, body: { orcid: 'nope' } }), 400, 'validation_failed');
  const accepted = ok(await t.req('POST', `/api/applications/${app.id}/members/accept`, { as: co, body: { orcid: '0000-0002-1694-233X' } })).items;
  assert.equal(accepted[1].status, 'accepted');
  assert.equal(accepted[1].orcid, '0000-0002-1694-233X');
  assert.equal(accepted[1].personId, co.personId);
  refused(await t.req('POST', `/api/applications/${app.id}/members/decline`, { as: co }), 409, 'invalid_state');

  // An accepted co-applicant edits the draft and sets their own ORCID iD, but does not manage members.
  const view = ok(await t.req('GET', `/api/applications/${app.id}`, { as: co }));
  assert.equal(view.role, 'member');
  assert.equal(view.canEdit, true);
  ok(await t.req('PATCH', `/api/applications/${app.id}`, { as: co, body: { revision: view.revision, abstract: 'Edited by the co-applicant.' } }));
  ok(await t.req('PATCH', `/api/applications/${app.id}/members/${encodeURIComponent(co.email)}`, { as: co, body: { orcid: '0000-0001-5109-3700' } }));
  refused(await t.req('PATCH', `/api/applications/${app.id}/members/${encodeURIComponent(a.pi.email)}`, { as: co, body: { orcid: '0000-0001-5109-3700' } }), 403, 'forbidden');
  refused(await t.req('POST', `/api/applications/${app.id}/members`, { as: co, body: { email: other.email } }), 403, 'forbidden');
  refused(await t.req('POST', `/api/applications/${app.id}/submit`, { as: co }), 403, 'forbidden');

  // A declined invitation does not block; removal of an invitation works; the PI is not removable.
  const decliner = await t.person();
  ok(await t.req('POST', `/api/applications/${app.id}/members`, { as: a.pi, body: { email: decliner.email } }), 201);
  ok(await t.req('POST', `/api/applications/${app.id}/members/decline`, { as: decliner }));
  const gone = await t.person();
  ok(await t.req('POST', `/api/applications/${app.id}/members`, { as: a.pi, body: { email: gone.email } }), 201);
  ok(await t.req('DELETE', `/api/applications/${app.id}/members/${encodeURIComponent(gone.email)}`, { as: a.pi }));
  refused(await t.req('DELETE', `/api/applications/${app.id}/members/${encodeURIComponent(a.pi.email)}`, { as: a.pi }), 409, 'invalid_state');

  const done = ok(await t.req('POST', `/api/applications/${app.id}/submit`, { as: a.pi }));
  assert.equal(done.status, 'submitted');
  const people = await peopleOfApplication(t.deps.db.db, app.id);
  assert.deepEqual(people.map((p) => [p.role, p.status]), [['pi', 'accepted'], ['co', 'accepted'], ['co', 'declined']]);
  assert.ok(ok(await t.req('GET', '/api/applications/mine', { as: co })).applications.some((x: any) => x.id === app.id && x.role === 'member'));
});

const pdfBytes = (size: number) => {
  const b = Buffer.alloc(size, 0x20);
  b.write('%PDF-1.7\n', 0, 'latin1');
  return b;
};

test('attachments: PDF only, at most 10 MB, sha256 kept, downloadable, deletable while a draft', async () => {
  const call = await openCall();
  const a = await applicant();
  const app = await complete(await draft(call.id, a), a.pi);
  const png = Buffer.from('\x89PNG\r\n\x1a\nrest', 'latin1');
  refused(await t.req('POST', `/api/applications/${app.id}/files`, { as: a.pi, body: { name: 'x.pdf', contentBase64: png.toString('base64') } }), 415, 'file_type_not_allowed');
  refused(await t.req('POST', `/api/applications/${app.id}/files`, { as: a.pi, body: { name: 'x.pdf', contentBase64: 'not base64!' } }), 400, 'validation_failed');
  refused(await t.req('POST', `/api/applications/${app.id}/files`, { as: a.pi, body: { name: 'big.pdf', contentBase64: pdfBytes(10 * MB + 1).toString('base64') } }), 413, 'file_too_large');

  const body = pdfBytes(10 * MB);
  const f = ok(await t.req('POST', `/api/applications/${app.id}/files`, { as: a.pi, body: { name: '方案 plan.pdf', contentBase64: body.toString('base64') } }), 201);
  assert.equal(f.size, 10 * MB);
  assert.equal(f.sha256, createHash('sha256').update(body).digest('hex'));
  assert.equal(f.contentType, 'application/pdf');

  const res = await t.app.request(`/api/applications/${app.id}/files/${f.id}`, { headers: { cookie: `pj_session=${a.pi.cookie}` } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/pdf');
  assert.match(res.headers.get('content-disposition')!, /^attachment; filename=".*\.pdf"; filename\*=UTF-8''%E6%96%B9%E6%A1%88%20plan\.pdf$/);
  const got = Buffer.from(await res.arrayBuffer());
  assert.equal(createHash('sha256').update(got).digest('hex'), f.sha256);

  const stranger = await t.person();
  refused(await t.req('GET', `/api/applications/${app.id}/files/${f.id}`, { as: stranger }), 404, 'not_found');
  assert.equal(ok(await t.req('GET', `/api/applications/${app.id}/files`, { as: office })).items.length, 1, 'staff read attachments');
  const small = ok(await t.req('POST', `/api/applications/${app.id}/files`, { as: a.pi, body: { name: 'b.pdf', contentBase64: pdfBytes(100).toString('base64') } }), 201);
  assert.equal((await t.req('DELETE', `/api/applications/${app.id}/files/${small.id}`, { as: a.pi })).status, 204);
  refused(await t.req('DELETE', `/api/applications/${app.id}/files/${small.id}`, { as: a.pi }), 404, 'not_found');
  ok(await t.req('POST', `/api/applications/${app.id}/submit`, { as: a.pi }));
  refused(await t.req('DELETE', `/api/applications/${app.id}/files/${f.id}`, { as: a.pi }), 409, 'invalid_state');
  assert.equal(ok(await t.req('GET', `/api/applications/${app.id}/files`, { as: a.pi })).items.length, 1);
});

test('withdraw (PI, before the decision) and the status history', async () => {
  const call = await openCall();
  const a = await applicant();
  const co = await t.person();
  const app = await complete(await draft(call.id, a), a.pi);
  ok(await t.req('POST', `/api/applications/${app.id}/members`, { as: a.pi, body: { email: co.email } }), 201);
  ok(await t.req('POST', `/api/applications/${app.id}/members/accept`, { as: co }));
  ok(await t.req('POST', `/api/applications/${app.id}/submit`, { as: a.pi }));
  refused(await t.req('POST', `/api/applications/${app.id}/withdraw`, { as: co, body: {} }), 403, 'forbidden');
  const w = ok(await t.req('POST', `/api/applications/${app.id}/withdraw`, { as: a.pi, body: { note: 'sample lost' } }));
  assert.equal(w.status, 'withdrawn');
  assert.ok(w.withdrawnAt);
  refused(await t.req('POST', `/api/applications/${app.id}/withdraw`, { as: a.pi, body: {} }), 409, 'invalid_state');

  const events = ok(await t.req('GET', `/api/applications/${app.id}/events`, { as: co })).items;
  assert.deepEqual(
    events.map((e: any) => (e.kind === 'status' ? `${e.fromStatus}->${e.toStatus}` : e.kind)),
    ['null->draft', 'member_invited', 'member_accepted', 'draft->submitted', 'submitted->withdrawn'],
  );
  assert.equal(events.at(-1).note, 'sample lost');
  assert.equal(events.at(-1).actorId, a.pi.personId);

  // A draft may be withdrawn too (and then not submitted).
  const d = await draft(call.id, a);
  ok(await t.req('POST', `/api/applications/${d.id}/withdraw`, { as: a.pi }));
  refused(await t.req('POST', `/api/applications/${d.id}/submit`, { as: a.pi }), 409, 'invalid_state');

  // Audit: every write recorded.
  const audit = await t.deps.db.rows<{ action: string }>(
    (await import('drizzle-orm')).sql`select action from audit_log where object_id = ${app.id} order by seq`,
  );
  assert.deepEqual(audit.map((x) => x.action), ['calls.application.create', 'calls.application.save', 'calls.member.invite', 'calls.member.accept', 'calls.application.submit', 'calls.application.withdraw']);
});

test('changeStatusIn checks transitions and records a status event', async () => {
  const call = await openCall();
  const a = await applicant();
  const app = await complete(await draft(call.id, a), a.pi);
  const db = t.deps.db.db;
  await assert.rejects(
    db.transaction((tx) => changeStatusIn(tx, systemCtx('test'), app.id, 'decided', t.deps.now())),
    (e: unknown) => e instanceof AppError && e.code === 'invalid_state',
  );
  ok(await t.req('POST', `/api/applications/${app.id}/submit`, { as: a.pi }));
  await db.transaction((tx) => changeStatusIn(tx, systemCtx('test'), app.id, 'in_review', t.deps.now(), 'panel'));
  const events = ok(await t.req('GET', `/api/applications/${app.id}/events`, { as: a.pi })).items;
  assert.equal(events.at(-1).toStatus, 'in_review');
  assert.equal(ok(await t.req('POST', `/api/applications/${app.id}/withdraw`, { as: a.pi })).status, 'withdrawn', 'in review may be withdrawn');
});

test('access: strangers and other organizations’ staff do not see applications; the call’s staff list them', async () => {
  const call = await openCall();
  const a = await applicant();
  const app = await complete(await draft(call.id, a), a.pi);
  ok(await t.req('POST', `/api/applications/${app.id}/submit`, { as: a.pi }));
  const drafted = await draft(call.id, a);

  const stranger = await t.person();
  refused(await t.req('GET', `/api/applications/${app.id}`, { as: stranger }), 404, 'not_found');
  refused(await t.req('GET', `/api/applications/${app.id}/events`, { as: stranger }), 404, 'not_found');
  refused(await t.req('PATCH', `/api/applications/${drafted.id}`, { as: stranger, body: { revision: 1, title: 'x' } }), 404, 'not_found');
  refused(await t.req('GET', '/api/applications/app_nope', { as: stranger }), 404, 'not_found');
  refused(await t.req('GET', `/api/applications/${app.id}`), 401, 'unauthenticated');

  // The user office of another organization: not this call's staff.
  const otherOwner = await t.person();
  const otherOrg = await buildOrg(t, otherOwner, { kind: 'facility_operator' });
  const otherOffice = await t.person();
  await addStaff(t.deps.db.db, otherOrg.id, otherOffice.personId, 'manager');
  refused(await t.req('GET', `/api/applications/${app.id}`, { as: otherOffice }), 404, 'not_found');
  refused(await t.req('GET', `/api/calls/${call.id}/applications`, { as: otherOffice }), 403, 'forbidden');
  refused(await t.req('GET', `/api/calls/${call.id}/applications`, { as: stranger }), 403, 'forbidden');
  refused(await t.req('PATCH', `/api/calls/${call.id}`, { as: otherOffice, body: { title: 'x' } }), 403, 'forbidden');

  // This call's staff: the office and the director read; members of the owner org without a role do not.
  const director = await t.person();
  await addStaff(t.deps.db.db, orgId, director.personId, 'director');
  const plainMember = await addMember(t, { id: orgId }, owner);
  refused(await t.req('GET', `/api/calls/${call.id}/applications`, { as: plainMember }), 403, 'forbidden');
  const list = ok(await t.req('GET', `/api/calls/${call.id}/applications`, { as: office }));
  assert.deepEqual(list.items.map((x: any) => x.id), [app.id], 'drafts are left out');
  assert.deepEqual(ok(await t.req('GET', `/api/calls/${call.id}/applications?status=draft`, { as: director })).items.map((x: any) => x.id), [drafted.id]);
  const asOffice = ok(await t.req('GET', `/api/applications/${app.id}`, { as: office }));
  assert.equal(asOffice.role, 'manager');
  assert.equal(asOffice.canEdit, false);
  assert.equal((await applicationAccess(t.deps.db.db, { actor: { kind: 'anonymous' }, requestId: null, ip: null }, app.id).catch((e) => e)).code, 'not_found');
  // Staff do not edit applicants' drafts.
  refused(await t.req('PATCH', `/api/applications/${drafted.id}`, { as: office, body: { revision: 1, title: 'x' } }), 403, 'forbidden');
  const mine = ok(await t.req('GET', '/api/applications/mine', { as: stranger }));
  assert.deepEqual(mine, { applications: [], invitations: [] });
});

test('links to earlier applications of the PI or co-applicants only', async () => {
  const call = await openCall();
  const a = await applicant();
  const earlier = await complete(await draft(call.id, a), a.pi);
  ok(await t.req('POST', `/api/applications/${earlier.id}/submit`, { as: a.pi }));
  const b = await applicant();
  const foreign = await complete(await draft(call.id, b), b.pi);
  ok(await t.req('POST', `/api/applications/${foreign.id}/submit`, { as: b.pi }));
  const unsent = await draft(call.id, a);

  const app = await draft(call.id, a);
  refused(await t.req('PUT', `/api/applications/${app.id}/links`, { as: a.pi, body: { applicationIds: [foreign.id] } }), 400, 'validation_failed');
  refused(await t.req('PUT', `/api/applications/${app.id}/links`, { as: a.pi, body: { applicationIds: [unsent.id] } }), 400, 'validation_failed');
  refused(await t.req('PUT', `/api/applications/${app.id}/links`, { as: a.pi, body: { applicationIds: [app.id] } }), 400, 'validation_failed');
  const links = ok(await t.req('PUT', `/api/applications/${app.id}/links`, { as: a.pi, body: { applicationIds: [earlier.id] } })).items;
  assert.deepEqual(links.map((l: any) => l.id), [earlier.id]);
  assert.deepEqual(ok(await t.req('GET', `/api/applications/${app.id}`, { as: a.pi })).links.map((l: any) => l.number), [`${call.code}-000001`]);
  // The co-applicant's earlier work becomes linkable once they accept.
  ok(await t.req('POST', `/api/applications/${app.id}/members`, { as: a.pi, body: { email: b.pi.email } }), 201);
  ok(await t.req('POST', `/api/applications/${app.id}/members/accept`, { as: b.pi }));
  ok(await t.req('PUT', `/api/applications/${app.id}/links`, { as: a.pi, body: { applicationIds: [earlier.id, foreign.id] } }));
});

// Last: it moves the app's clock (sessions stay within their idle timeout).
test('the deadline is enforced to the millisecond', async () => {
  mock.timers.enable({ apis: ['Date'], now: Date.now() });
  try {
    const call = await openCall({ closesInMs: 10 * 60_000 });
    const closesAt = new Date(call.closesAt!).getTime();
    const a = await applicant();
    const b = await applicant();
    const appA = await complete(await draft(call.id, a), a.pi);
    const appB = await complete(await draft(call.id, b), b.pi);
    t.advance(closesAt - t.deps.now().getTime() - 1);
    assert.equal(t.deps.now().getTime(), closesAt - 1);
    ok(await t.req('POST', `/api/applications/${appA.id}/submit`, { as: a.pi }), 200, 'one millisecond before');
    t.advance(1);
    assert.equal(t.deps.now().getTime(), closesAt);
    refused(await t.req('POST', `/api/applications/${appB.id}/submit`, { as: b.pi }), 409, 'deadline_passed');
    refused(await t.req('PATCH', `/api/applications/${appB.id}`, { as: b.pi, body: { revision: appB.revision, title: 'late' } }), 409, 'deadline_passed');
    refused(await t.req('POST', `/api/calls/${call.id}/applications`, { as: b.pi, body: { orgId: b.orgId } }), 409, 'deadline_passed');
    const page = ok(await t.req('GET', `/api/calls/${call.id}`));
    assert.equal(page.accepting, false);
  } finally {
    mock.timers.reset();
  }
});
