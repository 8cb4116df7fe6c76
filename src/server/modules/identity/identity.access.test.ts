// The one organization-role check of every desk, called directly on a real database (PGlite or
// PostgreSQL): each way it answers and refuses (code and message), in the three ways desks use it
// (objects that hide themselves from strangers, identity's public organizations, staff filters
// that must name a known organization); the staff check and the label of a write.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { actorLabel, ANONYMOUS, systemCtx, type RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { testApp, type Agent, type TestApp } from '../../../../test/support/app.ts';
import { addMember, buildOrg, type BuiltOrg } from '../../../../test/support/factories.ts';
import { requireOrgRole, requireStaff, type OrgAccess, type OrgRoleCheck } from './identity.access.ts';
import type { OrgRole } from '../../../shared/enums.ts';

let t: TestApp;
let owner: Agent;
let member: Agent;
let stranger: Agent;
let operator: Agent;
let operatorMember: Agent;
let a: BuiltOrg;
let b: BuiltOrg;
const UNKNOWN = 'org_01J0000000000000000000000Z';

before(async () => {
  t = await testApp();
  owner = await t.person();
  stranger = await t.person();
  operator = await t.person({ platformRole: 'operator' });
  a = await buildOrg(t, owner);
  b = await buildOrg(t, owner);
  member = await addMember(t, a, owner, 'member');
  await addMember(t, b, owner, 'admin', member);
  operatorMember = await addMember(t, a, owner, 'member', await t.person({ platformRole: 'admin' }));
});
after(async () => {
  await t.close();
});

function ctxOf(p: Agent, platformRole: 'operator' | 'admin' | null = null): RequestCtx {
  return { actor: { kind: 'person', personId: p.personId, email: p.email, name: 'x', platformRole, via: 'session', scopes: 'all' }, requestId: null, ip: null };
}

const as = {
  owner: () => ctxOf(owner),
  member: () => ctxOf(member),
  stranger: () => ctxOf(stranger),
  operator: () => ctxOf(operator, 'operator'),
  operatorMember: () => ctxOf(operatorMember, 'admin'),
};

/** The access granted, or the refusal as `code: message`. */
async function check(ctx: RequestCtx, orgIds: string | (string | null)[], min: OrgRole, opts?: OrgRoleCheck): Promise<OrgAccess | string> {
  try {
    return await requireOrgRole(t.deps.db.db, ctx, orgIds, min, opts);
  } catch (err) {
    if (err instanceof AppError) return `${err.code}: ${err.message}`;
    throw err;
  }
}

const STAFF = { role: 'staff', orgId: null };

test('objects of organizations: members by role, staff read, strangers are not told', async () => {
  assert.deepEqual(await check(as.owner(), a.id, 'admin'), { role: 'owner', orgId: a.id });
  assert.deepEqual(await check(as.member(), a.id, 'member'), { role: 'member', orgId: a.id });
  assert.equal(await check(as.member(), a.id, 'admin'), 'forbidden: organization admins only');
  assert.equal(await check(as.member(), a.id, 'owner', { read: true }), 'forbidden: organization owners only');
  assert.equal(await check(as.stranger(), a.id, 'member', { read: true }), 'not_found: not found');
  assert.equal(await check(as.stranger(), UNKNOWN, 'member', { read: true }), 'not_found: not found');

  assert.deepEqual(await check(as.operator(), a.id, 'admin', { read: true }), STAFF);
  assert.deepEqual(await check(as.operator(), a.id, 'admin', { staffWrites: true }), STAFF);
  assert.deepEqual(await check(as.operator(), UNKNOWN, 'member', { read: true }), STAFF, 'no existence check unless asked');
  assert.equal(await check(as.operator(), a.id, 'admin'), 'forbidden: operators may read this but not change it');
  // Staff who are members below the role are refused for the role, and pass reads as staff.
  assert.equal(await check(as.operatorMember(), a.id, 'admin'), 'forbidden: organization admins only');
  assert.deepEqual(await check(as.operatorMember(), a.id, 'admin', { read: true }), STAFF);
  assert.deepEqual(await check(as.operatorMember(), a.id, 'member'), { role: 'member', orgId: a.id });

  await assert.rejects(requireOrgRole(t.deps.db.db, { actor: ANONYMOUS, requestId: null, ip: null }, a.id, 'member', { read: true }), { code: 'unauthenticated' });
});

test('several organizations: the best role and where it is held; nulls are skipped', async () => {
  assert.deepEqual(await check(as.member(), [null, a.id, b.id], 'admin'), { role: 'admin', orgId: b.id });
  assert.deepEqual(await check(as.member(), [a.id, b.id], 'member'), { role: 'admin', orgId: b.id });
  assert.deepEqual(await check(as.owner(), [a.id, b.id], 'member'), { role: 'owner', orgId: a.id }, 'a tie keeps the first');
  assert.equal(await check(as.member(), [a.id, null], 'owner'), 'forbidden: organization owners only');
  assert.equal(await check(as.stranger(), [a.id, b.id], 'member', { read: true }), 'not_found: not found');
  assert.equal(await check(as.stranger(), [null, null], 'member'), 'not_found: not found');
});

test("known: 'staff': staff reading without a role must name an organization that exists", async () => {
  const known = { read: true, known: 'staff' } as const;
  assert.deepEqual(await check(as.operator(), a.id, 'member', known), STAFF);
  assert.deepEqual(await check(as.operator(), [UNKNOWN, a.id], 'member', known), STAFF);
  assert.equal(await check(as.operator(), UNKNOWN, 'member', known), 'not_found: no such organization');
  assert.equal(await check(as.operator(), [null], 'member', known), 'not_found: no such organization');
  // Members and strangers are answered as without it.
  assert.deepEqual(await check(as.member(), a.id, 'member', known), { role: 'member', orgId: a.id });
  assert.equal(await check(as.stranger(), UNKNOWN, 'member', known), 'not_found: not found');
});

test("known: 'public': an organization's own pages: missing is not found, anyone short of the role is forbidden", async () => {
  const pub = { known: 'public' } as const;
  for (const who of [as.owner(), as.stranger(), as.operator()]) {
    assert.equal(await check(who, UNKNOWN, 'member', { ...pub, read: true }), 'not_found: no such organization');
  }
  assert.deepEqual(await check(as.owner(), a.id, 'admin', pub), { role: 'owner', orgId: a.id });
  assert.equal(await check(as.member(), a.id, 'admin', pub), 'forbidden: organization admins only');
  assert.equal(await check(as.stranger(), a.id, 'member', { ...pub, read: true }), 'forbidden: members of this organization only');
  assert.equal(await check(as.stranger(), a.id, 'admin', pub), 'forbidden: organization admins only');
  assert.deepEqual(await check(as.operator(), a.id, 'admin', { ...pub, read: true }), STAFF);
  assert.equal(await check(as.operator(), a.id, 'member', pub), 'forbidden: members of this organization only');
  assert.equal(await check(as.operator(), a.id, 'admin', pub), 'forbidden: organization admins only');
});

test('requireStaff and actorLabel', () => {
  requireStaff(as.operator());
  requireStaff(as.operatorMember());
  assert.throws(() => requireStaff(as.owner()), { code: 'forbidden', message: 'platform operators only' });
  assert.throws(() => requireStaff(systemCtx('cli')), { code: 'unauthenticated' });
  assert.equal(actorLabel(as.member()), member.personId);
  assert.equal(actorLabel(systemCtx('seed')), 'seed');
  assert.equal(actorLabel({ actor: ANONYMOUS, requestId: null, ip: null }), 'system');
});
