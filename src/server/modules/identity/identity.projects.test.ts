// Projects of organizations through the HTTP API, on PGlite and PostgreSQL: admins create, change,
// archive and restore them; members read; other organizations do not see them; operators read but
// do not write; bad input is a 4xx; every write is audited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, asc, eq } from 'drizzle-orm';
import * as schema from '../../db/schema.ts';
import { testApp, type Agent, type TestApp } from '../../../../test/support/app.ts';
import { addMember, buildOrg, buildTeam, type BuiltOrg } from '../../../../test/support/factories.ts';
import { ok, refused } from '../../../../test/support/ledger.ts';

let t: TestApp;
let owner: Agent;
let admin: Agent;
let member: Agent;
let org: BuiltOrg;

before(async () => {
  t = await testApp();
  owner = await t.person({ name: 'Project Owner' });
  org = await buildOrg(t, owner, { kind: 'startup' });
  admin = await addMember(t, org, owner, 'admin');
  member = await addMember(t, org, owner, 'member');
});
after(async () => {
  await t.close();
});

test('projects: admins create them with a lead and a team; codes are unique ignoring case; members read', async () => {
  const team = await buildTeam(t, org, owner, {}, [member]);
  const body = { code: 'LLM-2026', name: '大模型预训练', nameEn: 'Foundation model pre-training', summary: '  ', leadPersonId: member.personId, teamId: team.id };
  refused(await t.req('POST', `/api/orgs/${org.id}/projects`, { as: member, body }), 403, 'forbidden', 'a member creates');
  const p = ok(await t.req('POST', `/api/orgs/${org.id}/projects`, { as: admin, body }), 201, 'admin creates');
  assert.equal(p.code, 'LLM-2026');
  assert.equal(p.summary, null, 'blank text is null');
  assert.equal(p.leadName, (await t.req('GET', '/api/auth/session', { as: member })).body.person.name);
  assert.equal(p.teamName, team.name);
  assert.equal(p.archivedAt, null);
  refused(await t.req('POST', `/api/orgs/${org.id}/projects`, { as: admin, body: { ...body, code: 'llm-2026' } }), 409, 'name_taken', 'same code, other case');

  // Members read the project and the list; the list pages by code.
  ok(await t.req('POST', `/api/orgs/${org.id}/projects`, { as: owner, body: { code: 'A-1', name: '甲' } }), 201);
  ok(await t.req('POST', `/api/orgs/${org.id}/projects`, { as: owner, body: { code: 'B-1', name: '乙' } }), 201);
  assert.equal(ok(await t.req('GET', `/api/projects/${p.id}`, { as: member })).id, p.id);
  const first = ok(await t.req('GET', `/api/orgs/${org.id}/projects?limit=2`, { as: member }));
  assert.deepEqual(first.items.map((x: any) => x.code), ['A-1', 'B-1']);
  assert.equal(first.total, 3);
  const second = ok(await t.req('GET', `/api/orgs/${org.id}/projects?limit=2&cursor=${first.nextCursor}`, { as: member }));
  assert.deepEqual(second.items.map((x: any) => x.code), ['LLM-2026']);
  assert.equal(second.nextCursor, null);
});

test('projects: lead and team must belong to the organization; unknown fields and bad codes are 400', async () => {
  const stranger = await t.person();
  const otherOwner = await t.person();
  const other = await buildOrg(t, otherOwner);
  const otherTeam = await buildTeam(t, other, otherOwner);
  const r = await t.req('POST', `/api/orgs/${org.id}/projects`, { as: admin, body: { code: 'X-1', name: 'x', leadPersonId: stranger.personId, teamId: otherTeam.id } });
  refused(r, 400, 'validation_failed', 'foreign lead and team');
  assert.deepEqual(r.body.errors.map((e: any) => e.path).sort(), ['leadPersonId', 'teamId']);
  refused(await t.req('POST', `/api/orgs/${org.id}/projects`, { as: admin, body: { code: 'has space', name: 'x' } }), 400, 'validation_failed', 'bad code');
  refused(await t.req('POST', `/api/orgs/${org.id}/projects`, { as: admin, body: { code: 'X-2', name: 'x', extra: 1 } }), 400, 'validation_failed', 'unknown field');
  refused(await t.req('POST', `/api/orgs/${org.id}/projects`, { as: admin, body: { code: 'X-3', name: '' } }), 400, 'validation_failed', 'empty name');
  refused(await t.req('GET', `/api/orgs/${org.id}/projects?cursor=nope`, { as: admin }), 400, 'validation_failed', 'bad cursor');
});

test('projects: other organizations do not see them; operators read but do not write', async () => {
  const p = ok(await t.req('POST', `/api/orgs/${org.id}/projects`, { as: admin, body: { code: 'SEC-1', name: '保密项目' } }), 201);
  const outsider = await t.person();
  const otherOwner = await t.person();
  await buildOrg(t, otherOwner);
  for (const who of [outsider, otherOwner]) {
    refused(await t.req('GET', `/api/projects/${p.id}`, { as: who }), 404, 'not_found', 'outsider reads');
    refused(await t.req('PATCH', `/api/projects/${p.id}`, { as: who, body: { name: 'mine' } }), 404, 'not_found', 'outsider writes');
    refused(await t.req('POST', `/api/projects/${p.id}/archive`, { as: who }), 404, 'not_found', 'outsider archives');
    refused(await t.req('GET', `/api/orgs/${org.id}/projects`, { as: who }), 403, 'forbidden', 'outsider lists');
  }
  const op = await t.person({ platformRole: 'operator' });
  assert.equal(ok(await t.req('GET', `/api/projects/${p.id}`, { as: op })).code, 'SEC-1');
  assert.ok(ok(await t.req('GET', `/api/orgs/${org.id}/projects`, { as: op })).items.some((x: any) => x.id === p.id));
  refused(await t.req('PATCH', `/api/projects/${p.id}`, { as: op, body: { name: 'x' } }), 403, 'forbidden', 'operator writes');
  refused(await t.req('POST', `/api/orgs/${org.id}/projects`, { as: op, body: { code: 'OP-1', name: 'x' } }), 403, 'forbidden', 'operator creates');
  refused(await t.req('GET', '/api/projects/prj_00000000000000000000000000', { as: admin }), 404, 'not_found', 'unknown project');
});

test('projects: update, archive and restore are audited with before and after; the list filters archived', async () => {
  const p = ok(await t.req('POST', `/api/orgs/${org.id}/projects`, { as: admin, body: { code: 'AUD-1', name: '审计', summary: 'first' } }), 201);
  refused(await t.req('PATCH', `/api/projects/${p.id}`, { as: member, body: { name: 'x' } }), 403, 'forbidden', 'a member changes');
  const changed = ok(await t.req('PATCH', `/api/projects/${p.id}`, { as: admin, body: { name: '审计二', summary: null, leadPersonId: admin.personId } }));
  assert.equal(changed.name, '审计二');
  assert.equal(changed.summary, null);
  assert.equal(changed.leadPersonId, admin.personId);
  // No change: no audit record.
  ok(await t.req('PATCH', `/api/projects/${p.id}`, { as: admin, body: { name: '审计二' } }));
  const archived = ok(await t.req('POST', `/api/projects/${p.id}/archive`, { as: owner }));
  assert.ok(archived.archivedAt);
  ok(await t.req('POST', `/api/projects/${p.id}/archive`, { as: owner }), 200, 'archive twice: no change');
  const live = ok(await t.req('GET', `/api/orgs/${org.id}/projects?archived=false&limit=200`, { as: member }));
  assert.ok(!live.items.some((x: any) => x.id === p.id));
  const gone = ok(await t.req('GET', `/api/orgs/${org.id}/projects?archived=true`, { as: member }));
  assert.deepEqual(gone.items.map((x: any) => x.id), [p.id]);
  const restored = ok(await t.req('POST', `/api/projects/${p.id}/restore`, { as: admin }));
  assert.equal(restored.archivedAt, null);

  const audit = await t.deps.db.db
    .select()
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.objectType, 'project'), eq(schema.auditLog.objectId, p.id)))
    .orderBy(asc(schema.auditLog.seq));
  assert.deepEqual(audit.map((a) => a.action), ['project.create', 'project.update', 'project.archive', 'project.restore']);
  const update = audit[1]!;
  assert.equal((update.before as any).summary, 'first');
  assert.equal((update.after as any).summary, null);
  assert.equal(update.orgId, org.id);
});
