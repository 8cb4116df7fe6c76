import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { testApp, PASSWORD, type Agent, type TestApp } from '../../../../test/support/app.ts';
import { addMember, buildOrg, buildTeam, invitationTokenFor } from '../../../../test/support/factories.ts';
import { listMail } from '../../mail/mail.service.ts';
import { verify } from '../audit/index.ts';
import { newId } from '../../../shared/ids.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(async () => {
  await t.close();
});

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The audit records of one organization, newest first, read as a platform operator. */
async function auditOf(orgId: string): Promise<any[]> {
  const op = await t.person({ platformRole: 'operator' });
  const r = await t.req('GET', `/api/audit?orgId=${orgId}&limit=200`, { as: op });
  assert.equal(r.status, 200);
  return r.body.items;
}

/** A token for `agent` with the given scopes, as an Agent that calls with it. */
async function tokenAgent(agent: Agent, scopes: string[]): Promise<Agent> {
  const r = await t.req('POST', '/api/me/tokens', { as: agent, body: { name: 'test', scopes, expiresInDays: 1 } });
  assert.equal(r.status, 201);
  return { personId: agent.personId, email: agent.email, token: r.body.secret };
}

test('creating an organization makes the caller its owner; the org page shows member count and my role', async () => {
  const owner = await t.person();
  const created = await t.req('POST', '/api/orgs', {
    as: owner,
    body: { name: '  上海光源用户联合会  ', nameEn: 'SSRF Users', kind: 'research_institute', city: '上海', description: '' },
  });
  assert.equal(created.status, 201);
  assert.match(created.body.id, /^org_/);
  assert.equal(created.body.name, '上海光源用户联合会');
  assert.equal(created.body.description, null);
  assert.equal(created.body.memberCount, 1);
  assert.equal(created.body.myRole, 'owner');

  const anon = await t.req('GET', `/api/orgs/${created.body.id}`);
  assert.equal(anon.status, 200);
  assert.equal(anon.body.myRole, null);
  assert.equal(anon.body.memberCount, 1);
  const mine = await t.req('GET', `/api/orgs/${created.body.id}`, { as: owner });
  assert.equal(mine.body.myRole, 'owner');

  const session = await t.req('GET', '/api/auth/session', { as: owner });
  assert.deepEqual(
    session.body.memberships.map((m: any) => [m.orgId, m.role]),
    [[created.body.id, 'owner']],
  );

  const audit = await auditOf(created.body.id);
  const rec = audit.find((a) => a.action === 'org.create');
  assert.equal(rec.orgId, created.body.id);
  assert.equal(rec.actorId, owner.personId);
  assert.equal(rec.after.owner, owner.personId);
});

test('creating an organization: sign-in, a strict body and the orgs:write scope are required', async () => {
  const anon = await t.req('POST', '/api/orgs', { body: { name: 'X', kind: 'startup' } });
  assert.equal(anon.status, 401);
  const p = await t.person();
  const unknown = await t.req('POST', '/api/orgs', { as: p, body: { name: 'X', kind: 'startup', verified: true } });
  assert.equal(unknown.status, 400);
  assert.equal(unknown.body.code, 'validation_failed');
  const badKind = await t.req('POST', '/api/orgs', { as: p, body: { name: 'X', kind: 'church' } });
  assert.equal(badKind.status, 400);
  assert.ok(badKind.body.errors.some((e: any) => e.path === 'kind'));
  const blank = await t.req('POST', '/api/orgs', { as: p, body: { name: '   ', kind: 'startup' } });
  assert.equal(blank.status, 400);
  const malformed = await t.req('POST', '/api/orgs', { as: p, raw: '{"name":', headers: { 'content-type': 'application/json' } });
  assert.equal(malformed.status, 400);
  assert.equal(malformed.body.code, 'malformed_body');

  const reader = await tokenAgent(p, ['orgs:read']);
  const refused = await t.req('POST', '/api/orgs', { as: reader, body: { name: 'X', kind: 'startup' } });
  assert.equal(refused.status, 403);
  assert.equal(refused.body.code, 'insufficient_scope');
  const writer = await tokenAgent(p, ['orgs:write']);
  const ok = await t.req('POST', '/api/orgs', { as: writer, body: { name: 'Made by a token', kind: 'startup' } });
  assert.equal(ok.status, 201);
  assert.equal(ok.body.myRole, 'owner');
});

test('the directory searches the Chinese and English names, filters by kind and pages by name', async () => {
  const owner = await t.person();
  const mark = `dir${Date.now().toString(36)}`;
  const names = ['甲', '乙', '丙', '丁', '戊'].map((c, i) => `${mark} ${String.fromCharCode(65 + i)} ${c}`);
  const made = [];
  for (const [i, name] of names.entries()) {
    made.push(await buildOrg(t, owner, { name, nameEn: `Org ${mark}-${i}`, kind: i % 2 ? 'startup' : 'university' }));
  }
  const other = await buildOrg(t, owner, { name: '张江实验室', nameEn: `Zhangjiang ${mark.toUpperCase()} Lab`, kind: 'research_institute' });

  // English-name match, case-insensitive
  const en = await t.req('GET', `/api/orgs?q=${encodeURIComponent(mark.toUpperCase())}`);
  assert.equal(en.status, 200);
  assert.equal(en.body.total, 6);
  const zh = await t.req('GET', `/api/orgs?q=${encodeURIComponent(`${mark} C 丙`)}`);
  assert.deepEqual(zh.body.items.map((o: any) => o.id), [made[2]!.id]);
  const byKind = await t.req('GET', `/api/orgs?q=${mark}&kind=startup`);
  assert.deepEqual(byKind.body.items.map((o: any) => o.name), [names[1], names[3]]);
  assert.ok(byKind.body.items.every((o: any) => o.kind === 'startup'));

  // LIKE wildcards in q are literal: "<mark>%" and "<mark>_" match no name
  for (const w of ['%', '_']) {
    const wild = await t.req('GET', `/api/orgs?q=${encodeURIComponent(`${mark}${w}`)}`);
    assert.equal(wild.body.total, 0, w);
  }

  // keyset pages of 2 walk every row once, in (name, id) order
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const r: any = await t.req('GET', `/api/orgs?q=${mark}&limit=2${cursor ? `&cursor=${cursor}` : ''}`, { as: owner });
    assert.equal(r.status, 200);
    assert.ok(r.body.items.length <= 2);
    assert.ok(r.body.items.every((o: any) => o.myRole === 'owner'));
    seen.push(...r.body.items.map((o: any) => o.name));
    cursor = r.body.nextCursor;
    pages++;
  } while (cursor && pages < 10);
  assert.equal(pages, 3);
  const onePage = await t.req('GET', `/api/orgs?q=${mark}&limit=200`);
  assert.deepEqual(seen, onePage.body.items.map((o: any) => o.name));
  assert.equal(new Set(seen).size, 6);
  assert.ok(seen.includes(other.name));
});

test('the directory refuses a bad cursor, an unknown parameter and an out-of-range limit', async () => {
  for (const cursor of ['not-a-cursor', Buffer.from('[1,2]').toString('base64url'), Buffer.from('["a"]').toString('base64url')]) {
    const r = await t.req('GET', `/api/orgs?cursor=${cursor}`);
    assert.equal(r.status, 400, cursor);
    assert.equal(r.body.code, 'validation_failed');
  }
  const unknown = await t.req('GET', '/api/orgs?owner=me');
  assert.equal(unknown.status, 400);
  const limit = await t.req('GET', '/api/orgs?limit=100000');
  assert.equal(limit.status, 400);
  const kind = await t.req('GET', '/api/orgs?kind=church');
  assert.equal(kind.status, 400);
});

test('an unknown organization is 404; an over-long id is 400', async () => {
  const p = await t.person();
  const missing = newId('organization');
  assert.equal((await t.req('GET', `/api/orgs/${missing}`)).body.code, 'not_found');
  assert.equal((await t.req('PATCH', `/api/orgs/${missing}`, { as: p, body: { name: 'x' } })).status, 404);
  assert.equal((await t.req('GET', `/api/orgs/${missing}/members`, { as: p })).status, 404);
  assert.equal((await t.req('GET', `/api/orgs/${missing}/teams`, { as: p })).status, 404);
  assert.equal((await t.req('POST', `/api/orgs/${missing}/invitations`, { as: p, body: { email: 'a@b.cn', role: 'member' } })).status, 404);
  const long = await t.req('GET', `/api/orgs/${'x'.repeat(65)}`);
  assert.equal(long.status, 400);
  assert.equal(long.body.code, 'validation_failed');
});

test('org admins change the organization; members, outsiders and platform staff may not', async () => {
  const owner = await t.person();
  const org = await buildOrg(t, owner);
  const admin = await addMember(t, org, owner, 'admin');
  const member = await addMember(t, org, owner, 'member');
  const outsider = await t.person();
  const staff = await t.person({ platformRole: 'admin' });

  const ok = await t.req('PATCH', `/api/orgs/${org.id}`, { as: admin, body: { description: '同步辐射光源用户', nameEn: null } });
  assert.equal(ok.status, 200);
  assert.equal(ok.body.description, '同步辐射光源用户');
  assert.equal(ok.body.nameEn, null);
  assert.equal(ok.body.myRole, 'admin');
  assert.equal(ok.body.memberCount, 3);

  for (const who of [member, outsider, staff]) {
    const r = await t.req('PATCH', `/api/orgs/${org.id}`, { as: who, body: { name: 'Taken over' } });
    assert.equal(r.status, 403);
    assert.equal(r.body.code, 'forbidden');
  }
  const unknown = await t.req('PATCH', `/api/orgs/${org.id}`, { as: owner, body: { name: 'x', memberCount: 9 } });
  assert.equal(unknown.status, 400);
  assert.equal((await t.req('GET', `/api/orgs/${org.id}`)).body.name, org.name);

  const rec = (await auditOf(org.id)).find((a) => a.action === 'org.update');
  assert.equal(rec.orgId, org.id);
  assert.equal(rec.before.nameEn, org.nameEn);
  assert.equal(rec.after.nameEn, null);
  assert.equal(rec.after.description, '同步辐射光源用户');
});

test('members are listed to members and platform operators, refused to outsiders', async () => {
  const owner = await t.person({ name: 'Alpha Owner' });
  const org = await buildOrg(t, owner);
  const admin = await addMember(t, org, owner, 'admin');
  const member = await addMember(t, org, admin, 'member');
  const outsider = await t.person();
  const operator = await t.person({ platformRole: 'operator' });

  const r = await t.req('GET', `/api/orgs/${org.id}/members?limit=2`, { as: member });
  assert.equal(r.status, 200);
  assert.equal(r.body.total, 3);
  assert.equal(r.body.items.length, 2);
  const next = await t.req('GET', `/api/orgs/${org.id}/members?limit=2&cursor=${r.body.nextCursor}`, { as: member });
  assert.equal(next.body.items.length, 1);
  assert.equal(next.body.nextCursor, null);
  const all = [...r.body.items, ...next.body.items];
  assert.deepEqual(new Set(all.map((m: any) => m.personId)), new Set([owner.personId, admin.personId, member.personId]));
  const ownerRow = all.find((m: any) => m.personId === owner.personId);
  assert.equal(ownerRow.role, 'owner');
  assert.equal(ownerRow.email, owner.email);
  assert.ok(!Number.isNaN(Date.parse(ownerRow.joinedAt)));

  const refused = await t.req('GET', `/api/orgs/${org.id}/members`, { as: outsider });
  assert.equal(refused.status, 403);
  assert.equal(refused.body.code, 'forbidden');
  assert.equal((await t.req('GET', `/api/orgs/${org.id}/members`)).status, 401);
  assert.equal((await t.req('GET', `/api/orgs/${org.id}/members`, { as: operator })).body.total, 3);
  assert.equal((await t.req('GET', `/api/orgs/${org.id}/members?cursor=zzz`, { as: member })).status, 400);

  // a token needs orgs:read to list members, and without it does not reveal the caller's role
  const noScope = await tokenAgent(member, ['profile:read']);
  assert.equal((await t.req('GET', `/api/orgs/${org.id}/members`, { as: noScope })).body.code, 'insufficient_scope');
  assert.equal((await t.req('GET', `/api/orgs/${org.id}`, { as: noScope })).body.myRole, null);
  const reader = await tokenAgent(member, ['orgs:read']);
  assert.equal((await t.req('GET', `/api/orgs/${org.id}/members`, { as: reader })).status, 200);
  assert.equal((await t.req('GET', `/api/orgs/${org.id}`, { as: reader })).body.myRole, 'member');
});

test('roles: admins move people between member and admin; only owners touch the owner role', async () => {
  const owner = await t.person();
  const org = await buildOrg(t, owner);
  const admin = await addMember(t, org, owner, 'admin');
  const member = await addMember(t, org, owner, 'member');
  const other = await addMember(t, org, owner, 'member');
  const url = (p: Agent) => `/api/orgs/${org.id}/members/${p.personId}`;

  const promoted = await t.req('PATCH', url(member), { as: admin, body: { role: 'admin' } });
  assert.equal(promoted.status, 200);
  assert.equal(promoted.body.role, 'admin');
  assert.equal(promoted.body.personId, member.personId);

  const grantOwner = await t.req('PATCH', url(member), { as: admin, body: { role: 'owner' } });
  assert.equal(grantOwner.status, 403);
  assert.equal(grantOwner.body.code, 'forbidden');
  const demoteOwner = await t.req('PATCH', url(owner), { as: admin, body: { role: 'member' } });
  assert.equal(demoteOwner.status, 403);
  const byMember = await t.req('PATCH', url(member), { as: other, body: { role: 'member' } });
  assert.equal(byMember.status, 403);
  const outsider = await t.person();
  assert.equal((await t.req('PATCH', url(member), { as: outsider, body: { role: 'member' } })).status, 403);
  assert.equal((await t.req('PATCH', url(outsider), { as: owner, body: { role: 'admin' } })).status, 404);
  assert.equal((await t.req('PATCH', url(member), { as: owner, body: { role: 'boss' } })).status, 400);
  assert.equal((await t.req('PATCH', url(member), { as: owner, body: { role: 'admin', note: 'x' } })).status, 400);

  const lastOwner = await t.req('PATCH', url(owner), { as: owner, body: { role: 'admin' } });
  assert.equal(lastOwner.status, 409);
  assert.equal(lastOwner.body.code, 'last_owner');

  assert.equal((await t.req('PATCH', url(member), { as: owner, body: { role: 'owner' } })).body.role, 'owner');
  const stepDown = await t.req('PATCH', url(owner), { as: owner, body: { role: 'admin' } });
  assert.equal(stepDown.status, 200);
  assert.equal(stepDown.body.role, 'admin');
  assert.equal((await t.req('PATCH', url(member), { as: member, body: { role: 'member' } })).body.code, 'last_owner');

  const recs = (await auditOf(org.id)).filter((a) => a.action === 'membership.update');
  assert.equal(recs.length, 3);
  assert.ok(recs.every((a) => a.orgId === org.id && a.before.role !== a.after.role));
});

test('two owners stepping down at once leave exactly one owner', async () => {
  const a = await t.person();
  const org = await buildOrg(t, a);
  const b = await addMember(t, org, a, 'owner');
  const [ra, rb] = await Promise.all([
    t.req('PATCH', `/api/orgs/${org.id}/members/${a.personId}`, { as: a, body: { role: 'member' } }),
    t.req('DELETE', `/api/orgs/${org.id}/members/${b.personId}`, { as: b }),
  ]);
  // one of them wins, the other finds itself the last owner (the organization row is locked)
  const outcome = [ra.status === 200 ? 'ok' : ra.body.code, rb.status === 204 ? 'ok' : rb.body.code].sort();
  assert.deepEqual(outcome, ['last_owner', 'ok']);
  const owners = await t.deps.db.rows<{ n: number }>(sql`select count(*)::int as n from memberships where org_id = ${org.id} and role = 'owner'`);
  assert.equal(Number(owners[0]!.n), 1);
});

test('removing members: admins remove members, owners remove owners, anyone leaves, never the last owner', async () => {
  const owner = await t.person();
  const org = await buildOrg(t, owner);
  const admin = await addMember(t, org, owner, 'admin');
  const m1 = await addMember(t, org, owner);
  const m2 = await addMember(t, org, owner);
  const m3 = await addMember(t, org, owner);
  const url = (p: Agent) => `/api/orgs/${org.id}/members/${p.personId}`;

  assert.equal((await t.req('DELETE', url(m2), { as: m1 })).status, 403);
  assert.equal((await t.req('DELETE', url(owner), { as: admin })).status, 403);
  assert.equal((await t.req('DELETE', url(m1), { as: admin })).status, 204);
  assert.equal((await t.req('GET', `/api/orgs/${org.id}/members`, { as: m1 })).status, 403);
  assert.equal((await t.req('DELETE', url(m1), { as: admin })).status, 404);

  // leaving also leaves the organization's teams
  const team = await buildTeam(t, org, admin, {}, [m2]);
  assert.equal((await t.req('DELETE', url(m2), { as: m2 })).status, 204);
  assert.equal((await t.req('GET', `/api/teams/${team.id}`, { as: admin })).body.memberCount, 0);

  const last = await t.req('DELETE', url(owner), { as: owner });
  assert.equal(last.status, 409);
  assert.equal(last.body.code, 'last_owner');
  await t.req('PATCH', url(m3), { as: owner, body: { role: 'owner' } });
  assert.equal((await t.req('DELETE', url(owner), { as: m3 })).status, 204);
  assert.equal((await t.req('GET', `/api/orgs/${org.id}`, { as: owner })).body.myRole, null);
  assert.equal((await t.req('GET', `/api/orgs/${org.id}`)).body.memberCount, 2);

  const audit = await auditOf(org.id);
  assert.equal(audit.filter((a) => a.action === 'membership.remove').length, 2);
  const leave = audit.find((a) => a.action === 'membership.leave');
  assert.equal(leave.objectId, m2.personId);
  assert.deepEqual(leave.before.teams, [team.id]);
});

test('an invitation mails a bilingual link whose token is stored only as sha256', async () => {
  const owner = await t.person({ name: '王芳' });
  const org = await buildOrg(t, owner, { name: '浦江数据研究院', nameEn: 'Pujiang Data Institute' });
  const email = `Li.Wei.${Date.now()}@Example.cn`;
  const r = await t.req('POST', `/api/orgs/${org.id}/invitations`, { as: owner, body: { email, role: 'admin' } });
  assert.equal(r.status, 201);
  assert.equal(r.body.email, email.toLowerCase());
  assert.equal(r.body.role, 'admin');
  assert.equal(r.body.status, 'pending');
  assert.equal(r.body.invitedBy, owner.personId);
  assert.equal(Date.parse(r.body.expiresAt) - Date.parse(r.body.createdAt), 14 * 86_400_000);
  assert.equal(r.body.token, undefined);

  const [mail] = await listMail(t.deps.db.db, email.toLowerCase(), undefined, 1);
  assert.ok(mail);
  assert.match(mail.subject, /浦江数据研究院/);
  assert.match(mail.subject, /Pujiang Data Institute/);
  assert.match(mail.body, /王芳 邀请您以管理员身份加入「浦江数据研究院」/);
  assert.match(mail.body, /invites you to join Pujiang Data Institute as administrator/);
  const token = await invitationTokenFor(t, email.toLowerCase());
  assert.ok(mail.body.includes(`${t.deps.config.publicUrl}/invitations/${token}`));
  assert.equal(Buffer.from(token, 'base64url').length, 32);

  const stored = await t.deps.db.rows<{ token_hash: string }>(sql`select token_hash from invitations where id = ${r.body.id}`);
  assert.equal(stored[0]!.token_hash, sha256(token));
  const leaks = await t.deps.db.rows(sql`select 1 from audit_log where before::text like ${`%${token}%`} or after::text like ${`%${token}%`}`);
  assert.equal(leaks.length, 0);
  const rec = (await auditOf(org.id)).find((a) => a.action === 'invitation.create');
  assert.equal(rec.objectId, r.body.id);
  assert.equal(rec.after.tokenHash, undefined);

  const preview = await t.req('GET', `/api/invitations/${token}`);
  assert.equal(preview.status, 200);
  assert.deepEqual(preview.body, { orgId: org.id, orgName: '浦江数据研究院', role: 'admin', email: 'l***@example.cn', status: 'pending' });
  assert.equal((await t.req('GET', `/api/invitations/${'A'.repeat(43)}`)).status, 404);
  assert.equal((await t.req('GET', '/api/invitations/bad$token!')).status, 400);

  const listed = await t.req('GET', `/api/orgs/${org.id}/invitations?status=pending`, { as: owner });
  assert.equal(listed.status, 200);
  assert.deepEqual(listed.body.items.map((i: any) => i.id), [r.body.id]);
});

test('invitations: admins only, owners only invite owners, members cannot be invited again, a new one replaces the old', async () => {
  const owner = await t.person();
  const org = await buildOrg(t, owner);
  const admin = await addMember(t, org, owner, 'admin');
  const member = await addMember(t, org, owner);
  const outsider = await t.person();
  const staff = await t.person({ platformRole: 'operator' });
  const path = `/api/orgs/${org.id}/invitations`;

  for (const who of [member, outsider]) {
    assert.equal((await t.req('POST', path, { as: who, body: { email: 'x@example.cn', role: 'member' } })).body.code, 'forbidden');
    assert.equal((await t.req('GET', path, { as: who })).body.code, 'forbidden');
  }
  assert.equal((await t.req('POST', path, { as: staff, body: { email: 'x@example.cn' } })).status, 403);
  assert.equal((await t.req('GET', path, { as: staff })).status, 200);
  const asOwner = await t.req('POST', path, { as: admin, body: { email: 'x@example.cn', role: 'owner' } });
  assert.equal(asOwner.status, 403);
  assert.equal((await t.req('POST', path, { as: admin, body: { email: 'not-an-email', role: 'member' } })).status, 400);
  assert.equal((await t.req('POST', path, { as: admin, body: { email: 'x@example.cn', role: 'member', message: 'hi' } })).status, 400);
  const again = await t.req('POST', path, { as: admin, body: { email: member.email.toUpperCase(), role: 'member' } });
  assert.equal(again.status, 409);
  assert.equal(again.body.code, 'already_member');

  const invitee = await t.person();
  const first = await t.req('POST', path, { as: admin, body: { email: invitee.email } });
  assert.equal(first.body.role, 'member');
  const firstToken = await invitationTokenFor(t, invitee.email);
  const second = await t.req('POST', path, { as: owner, body: { email: invitee.email, role: 'owner' } });
  assert.equal(second.status, 201);
  assert.equal((await t.req('GET', `/api/invitations/${firstToken}`)).body.status, 'revoked');
  assert.equal((await t.req('POST', `/api/invitations/${firstToken}/accept`, { as: invitee })).body.code, 'invitation_closed');
  const accepted = await t.req('POST', `/api/invitations/${await invitationTokenFor(t, invitee.email)}/accept`, { as: invitee });
  assert.equal(accepted.status, 200);
  assert.equal(accepted.body.role, 'owner');

  const statuses = await t.req('GET', `${path}?limit=200`, { as: admin });
  const byId = new Map(statuses.body.items.map((i: any) => [i.id, i.status]));
  assert.equal(byId.get(first.body.id), 'revoked');
  assert.equal(byId.get(second.body.id), 'accepted');
  assert.equal((await t.req('GET', `${path}?cursor=bm90LWpzb24`, { as: admin })).status, 400);
  assert.equal((await t.req('GET', `${path}?status=lost`, { as: admin })).status, 400);
});

test('accepting: the caller must be signed in with the invited e-mail; accepting is once only', async () => {
  const owner = await t.person();
  const org = await buildOrg(t, owner);
  const invitee = await t.person();
  const stranger = await t.person();
  const inv = await t.req('POST', `/api/orgs/${org.id}/invitations`, { as: owner, body: { email: invitee.email, role: 'admin' } });
  const token = await invitationTokenFor(t, invitee.email);
  const accept = `/api/invitations/${token}/accept`;

  assert.equal((await t.req('POST', accept)).status, 401);
  const mismatch = await t.req('POST', accept, { as: stranger });
  assert.equal(mismatch.status, 403);
  assert.equal(mismatch.body.code, 'invitation_email_mismatch');
  assert.equal((await t.req('GET', `/api/orgs/${org.id}`, { as: stranger })).body.myRole, null);

  const ok = await t.req('POST', accept, { as: invitee });
  assert.equal(ok.status, 200);
  assert.equal(ok.body.personId, invitee.personId);
  assert.equal(ok.body.role, 'admin');
  assert.equal((await t.req('GET', `/api/orgs/${org.id}`, { as: invitee })).body.myRole, 'admin');
  assert.equal((await t.req('GET', `/api/invitations/${token}`)).body.status, 'accepted');

  const twice = await t.req('POST', accept, { as: invitee });
  assert.equal(twice.status, 410);
  assert.equal(twice.body.code, 'invitation_closed');
  assert.equal((await t.req('DELETE', `/api/orgs/${org.id}/invitations/${inv.body.id}`, { as: owner })).body.code, 'invitation_closed');

  const rows = await t.deps.db.rows<{ accepted_by: string; accepted_at: unknown }>(sql`select accepted_by, accepted_at from invitations where id = ${inv.body.id}`);
  assert.equal(rows[0]!.accepted_by, invitee.personId);
  assert.ok(rows[0]!.accepted_at);
  const rec = (await auditOf(org.id)).find((a) => a.action === 'invitation.accept');
  assert.equal(rec.actorId, invitee.personId);
  assert.equal(rec.after.status, 'accepted');
  assert.equal(rec.after.member.role, 'admin');
});

test('accepting when already a member answers already_member and changes nothing', async () => {
  const owner = await t.person();
  const org = await buildOrg(t, owner);
  const invitee = await t.person();
  const inv = await t.req('POST', `/api/orgs/${org.id}/invitations`, { as: owner, body: { email: invitee.email, role: 'admin' } });
  const token = await invitationTokenFor(t, invitee.email);
  // The person joined by another way meanwhile (the invitation routes refuse to invite a member).
  await t.deps.db.rows(
    sql`insert into memberships (id, org_id, person_id, role) values (${newId('membership')}, ${org.id}, ${invitee.personId}, 'member')`,
  );
  const r = await t.req('POST', `/api/invitations/${token}/accept`, { as: invitee });
  assert.equal(r.status, 409);
  assert.equal(r.body.code, 'already_member');
  assert.equal((await t.req('GET', `/api/orgs/${org.id}`, { as: invitee })).body.myRole, 'member');
  const listed = await t.req('GET', `/api/orgs/${org.id}/invitations`, { as: owner });
  assert.equal(listed.body.items.find((i: any) => i.id === inv.body.id).status, 'pending');
});

test('revoking: org admins only, invitations of another organization are not found', async () => {
  const owner = await t.person();
  const org = await buildOrg(t, owner);
  const member = await addMember(t, org, owner);
  const otherOwner = await t.person();
  const otherOrg = await buildOrg(t, otherOwner);
  const invitee = await t.person();
  const inv = await t.req('POST', `/api/orgs/${org.id}/invitations`, { as: owner, body: { email: invitee.email } });
  const token = await invitationTokenFor(t, invitee.email);
  const foreign = await t.req('POST', `/api/orgs/${otherOrg.id}/invitations`, { as: otherOwner, body: { email: invitee.email } });

  assert.equal((await t.req('DELETE', `/api/orgs/${org.id}/invitations/${inv.body.id}`, { as: member })).status, 403);
  assert.equal((await t.req('DELETE', `/api/orgs/${otherOrg.id}/invitations/${inv.body.id}`, { as: otherOwner })).status, 404);
  assert.equal((await t.req('DELETE', `/api/orgs/${org.id}/invitations/${foreign.body.id}`, { as: owner })).status, 404);
  assert.equal((await t.req('DELETE', `/api/orgs/${org.id}/invitations/${newId('invitation')}`, { as: owner })).status, 404);

  assert.equal((await t.req('DELETE', `/api/orgs/${org.id}/invitations/${inv.body.id}`, { as: owner })).status, 204);
  assert.equal((await t.req('DELETE', `/api/orgs/${org.id}/invitations/${inv.body.id}`, { as: owner })).status, 204);
  assert.equal((await t.req('GET', `/api/invitations/${token}`)).body.status, 'revoked');
  const closed = await t.req('POST', `/api/invitations/${token}/accept`, { as: invitee });
  assert.equal(closed.status, 410);
  assert.equal(closed.body.code, 'invitation_closed');
  // the other organization's invitation to the same person is untouched
  const otherList = await t.req('GET', `/api/orgs/${otherOrg.id}/invitations`, { as: otherOwner });
  assert.equal(otherList.body.items[0].status, 'pending');

  const revokes = (await auditOf(org.id)).filter((a) => a.action === 'invitation.revoke');
  assert.equal(revokes.length, 1);
  assert.equal(revokes[0].before.status, 'pending');
  assert.equal(revokes[0].after.status, 'revoked');
});

test('teams: admins create and change them, names are unique per organization, members read them', async () => {
  const owner = await t.person();
  const org = await buildOrg(t, owner);
  const admin = await addMember(t, org, owner, 'admin');
  const member = await addMember(t, org, owner);
  const outsider = await t.person();
  const operator = await t.person({ platformRole: 'operator' });

  const created = await t.req('POST', `/api/orgs/${org.id}/teams`, { as: admin, body: { name: ' 结构生物学组 ', description: '蛋白质晶体学' } });
  assert.equal(created.status, 201);
  assert.equal(created.body.name, '结构生物学组');
  assert.equal(created.body.orgId, org.id);
  assert.equal(created.body.memberCount, 0);
  const beamline = await buildTeam(t, org, admin, { name: 'Beamline BL17U' });

  const dup = await t.req('POST', `/api/orgs/${org.id}/teams`, { as: owner, body: { name: 'beamline bl17u' } });
  assert.equal(dup.status, 409);
  assert.equal(dup.body.code, 'name_taken');
  // the same name in another organization is fine
  const elsewhere = await buildOrg(t, outsider);
  assert.equal((await t.req('POST', `/api/orgs/${elsewhere.id}/teams`, { as: outsider, body: { name: 'Beamline BL17U' } })).status, 201);

  assert.equal((await t.req('POST', `/api/orgs/${org.id}/teams`, { as: member, body: { name: 'Mine' } })).status, 403);
  assert.equal((await t.req('POST', `/api/orgs/${org.id}/teams`, { as: outsider, body: { name: 'Mine' } })).status, 403);
  assert.equal((await t.req('POST', `/api/orgs/${org.id}/teams`, { as: admin, body: { name: 'x', budget: 1 } })).status, 400);
  assert.equal((await t.req('POST', `/api/orgs/${org.id}/teams`, { as: admin, body: { name: 'x'.repeat(101) } })).status, 400);

  const list = await t.req('GET', `/api/orgs/${org.id}/teams?limit=1`, { as: member });
  assert.equal(list.status, 200);
  assert.equal(list.body.total, 2);
  const page2 = await t.req('GET', `/api/orgs/${org.id}/teams?limit=1&cursor=${list.body.nextCursor}`, { as: member });
  assert.deepEqual([list.body.items[0].name, page2.body.items[0].name], ['Beamline BL17U', '结构生物学组']);
  assert.equal((await t.req('GET', `/api/orgs/${org.id}/teams`, { as: outsider })).body.code, 'forbidden');
  assert.equal((await t.req('GET', `/api/orgs/${org.id}/teams`, { as: operator })).body.total, 2);

  // a team of an organization the caller is not in does not exist for them
  assert.equal((await t.req('GET', `/api/teams/${beamline.id}`, { as: member })).status, 200);
  assert.equal((await t.req('GET', `/api/teams/${beamline.id}`, { as: outsider })).body.code, 'not_found');
  assert.equal((await t.req('GET', `/api/teams/${beamline.id}`, { as: operator })).status, 200);
  assert.equal((await t.req('GET', `/api/teams/${newId('team')}`, { as: member })).status, 404);
  assert.equal((await t.req('PATCH', `/api/teams/${beamline.id}`, { as: outsider, body: { name: 'Ours' } })).status, 404);
  assert.equal((await t.req('DELETE', `/api/teams/${beamline.id}`, { as: outsider })).status, 404);
  // platform staff read any team but change none
  assert.equal((await t.req('PATCH', `/api/teams/${beamline.id}`, { as: operator, body: { name: 'Ours' } })).status, 403);
  assert.equal((await t.req('PATCH', `/api/teams/${beamline.id}`, { as: member, body: { name: 'Ours' } })).status, 403);

  const renameTaken = await t.req('PATCH', `/api/teams/${beamline.id}`, { as: admin, body: { name: '结构生物学组' } });
  assert.equal(renameTaken.body.code, 'name_taken');
  const renamed = await t.req('PATCH', `/api/teams/${beamline.id}`, { as: admin, body: { name: 'Beamline BL02U1', description: null } });
  assert.equal(renamed.status, 200);
  assert.equal(renamed.body.name, 'Beamline BL02U1');
  assert.equal(renamed.body.description, null);

  assert.equal((await t.req('DELETE', `/api/teams/${beamline.id}`, { as: member })).status, 403);
  assert.equal((await t.req('DELETE', `/api/teams/${beamline.id}`, { as: admin })).status, 204);
  assert.equal((await t.req('GET', `/api/teams/${beamline.id}`, { as: admin })).status, 404);

  const audit = await auditOf(org.id);
  for (const action of ['team.create', 'team.update', 'team.delete']) {
    const rec = audit.find((a) => a.action === action);
    assert.ok(rec, action);
    assert.equal(rec.orgId, org.id);
  }
  const upd = audit.find((a) => a.action === 'team.update');
  assert.deepEqual([upd.before.name, upd.after.name], ['Beamline BL17U', 'Beamline BL02U1']);
});

test('team members: only members of the organization, once each; outsiders do not see the team', async () => {
  const owner = await t.person();
  const org = await buildOrg(t, owner);
  const admin = await addMember(t, org, owner, 'admin');
  const alice = await addMember(t, org, owner);
  const bob = await addMember(t, org, owner);
  const outsider = await t.person();
  const team = await buildTeam(t, org, admin);
  const path = `/api/teams/${team.id}/members`;

  const added = await t.req('POST', path, { as: admin, body: { personId: alice.personId } });
  assert.equal(added.status, 201);
  assert.equal(added.body.personId, alice.personId);
  assert.equal(added.body.email, alice.email);
  assert.equal((await t.req('POST', path, { as: admin, body: { personId: bob.personId } })).status, 201);

  const dup = await t.req('POST', path, { as: owner, body: { personId: alice.personId } });
  assert.equal(dup.status, 409);
  assert.equal(dup.body.code, 'already_member');
  const notInOrg = await t.req('POST', path, { as: admin, body: { personId: outsider.personId } });
  assert.equal(notInOrg.status, 409);
  assert.equal(notInOrg.body.code, 'not_org_member');
  assert.equal((await t.req('POST', path, { as: alice, body: { personId: bob.personId } })).status, 403);
  assert.equal((await t.req('POST', path, { as: outsider, body: { personId: outsider.personId } })).status, 404);
  assert.equal((await t.req('POST', path, { as: admin, body: {} })).status, 400);

  const list = await t.req('GET', `${path}?limit=1`, { as: bob });
  assert.equal(list.status, 200);
  assert.equal(list.body.total, 2);
  assert.ok(list.body.nextCursor);
  assert.equal((await t.req('GET', path, { as: outsider })).status, 404);
  assert.equal((await t.req('GET', `/api/teams/${team.id}`, { as: bob })).body.memberCount, 2);

  assert.equal((await t.req('DELETE', `${path}/${alice.personId}`, { as: bob })).status, 403);
  assert.equal((await t.req('DELETE', `${path}/${alice.personId}`, { as: admin })).status, 204);
  assert.equal((await t.req('DELETE', `${path}/${alice.personId}`, { as: admin })).status, 404);
  assert.equal((await t.req('GET', path, { as: bob })).body.total, 1);

  const audit = await auditOf(org.id);
  assert.equal(audit.filter((a) => a.action === 'team_member.add').length, 2);
  const removed = audit.find((a) => a.action === 'team_member.remove');
  assert.equal(removed.before.personId, alice.personId);
  assert.equal(removed.orgId, org.id);
});

test('an invitation expires after 14 days', async () => {
  const owner = await t.person();
  const org = await buildOrg(t, owner);
  const invitee = await t.person();
  const inv = await t.req('POST', `/api/orgs/${org.id}/invitations`, { as: owner, body: { email: invitee.email } });
  const token = await invitationTokenFor(t, invitee.email);
  t.advance(14 * 86_400_000 + 60_000);
  // sessions also lapsed while the clock moved: sign in again
  const fresh = await t.signIn(invitee.email, PASSWORD);
  const ownerAgain = await t.signIn(owner.email, PASSWORD);
  assert.equal((await t.req('GET', `/api/invitations/${token}`)).body.status, 'expired');
  const r = await t.req('POST', `/api/invitations/${token}/accept`, { as: fresh });
  assert.equal(r.status, 410);
  assert.equal(r.body.code, 'invitation_closed');
  const expired = await t.req('GET', `/api/orgs/${org.id}/invitations?status=expired`, { as: ownerAgain });
  assert.deepEqual(expired.body.items.map((i: any) => i.id), [inv.body.id]);
  assert.equal((await t.req('GET', `/api/orgs/${org.id}/invitations?status=pending`, { as: ownerAgain })).body.total, 0);
  // inviting again sends a fresh link that works
  await t.req('POST', `/api/orgs/${org.id}/invitations`, { as: ownerAgain, body: { email: invitee.email } });
  assert.equal((await t.req('POST', `/api/invitations/${await invitationTokenFor(t, invitee.email)}/accept`, { as: fresh })).status, 200);
});

test('every write is in the audit chain with its organization, and the chain verifies', async () => {
  const orgWrites = await t.deps.db.rows<{ n: number }>(
    sql`select count(*)::int as n from audit_log where (action like 'org.%' or action like 'membership.%' or action like 'invitation.%' or action like 'team%') and org_id is null`,
  );
  assert.equal(Number(orgWrites[0]!.n), 0);
  const result = await verify(t.deps.db.db);
  assert.equal(result.ok, true);
  assert.ok(result.checked > 100);
});
