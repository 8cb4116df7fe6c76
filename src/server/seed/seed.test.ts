import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { testApp, type TestApp } from '../../../test/support/app.ts';
import { browse, verify } from '../modules/audit/index.ts';
import { DEMO_PASSWORD, ROLE_ACCOUNTS, planSeed, seedDemo, seedDemoIfEmpty } from './index.ts';

let a: TestApp;
let b: TestApp;
let printed: string;
before(async () => {
  [a, b] = await Promise.all([testApp(), testApp()]);
  const lines: string[] = [];
  printed = await seedDemoIfEmpty(a.deps, (l) => lines.push(l));
  assert.ok(lines.some((l) => l.startsWith('seed: people')), 'progress lines name each table');
  const other = await seedDemo(b.deps, { scale: 'demo', when: 'once' });
  assert.ok(other.seeded);
});
after(async () => {
  await Promise.all([a.close(), b.close()]);
});

const names = (t: TestApp, table: 'organizations' | 'teams') =>
  t.deps.db.rows<{ name: string }>(sql`select name from ${sql.raw(table)} order by id`).then((r) => r.map((x) => x.name));

test('two seeds produce the same organizations, people and teams', async () => {
  const [orgsA, orgsB] = await Promise.all([names(a, 'organizations'), names(b, 'organizations')]);
  assert.equal(orgsA.length, 300);
  assert.deepEqual(orgsA, orgsB);
  assert.deepEqual(await names(a, 'teams'), await names(b, 'teams'));
  const emails = (t: TestApp) => t.deps.db.rows<{ email: string }>(sql`select email from people order by id`).then((r) => r.map((x) => x.email));
  assert.deepEqual(await emails(a), await emails(b));
  assert.ok(orgsA.includes('复旦大学'));
  assert.ok(orgsA.includes('上海市科学技术委员会'));
});

test('the plan has every kind of organization, unique e-mails, an owner per organization, team members inside their organization', () => {
  const plan = planSeed('demo');
  const kinds = new Set(plan.organizations.map((o) => o.kind));
  assert.equal(kinds.size, 9);
  assert.equal(new Set(plan.people.map((p) => p.email)).size, plan.people.length);
  const owners = new Set(plan.memberships.filter((m) => m.role === 'owner').map((m) => m.orgId));
  assert.equal(owners.size, plan.organizations.length);
  const member = new Set(plan.memberships.map((m) => `${m.orgId}:${m.personId}`));
  const orgOfTeam = new Map(plan.teams.map((t) => [t.id, t.orgId]));
  assert.ok(plan.teamMembers.every((tm) => member.has(`${orgOfTeam.get(tm.teamId)}:${tm.personId}`)));
  assert.ok(plan.organizations.every((o) => o.name && o.nameEn), 'every organization has a Chinese and an English name');
});

test('the printed table lists one sign-in per role, and each role account signs in with the demo password', async () => {
  assert.match(printed, new RegExp(DEMO_PASSWORD));
  for (const acc of ROLE_ACCOUNTS) {
    assert.match(printed, new RegExp(acc.email.replace('.', '\\.')));
    const agent = await a.signIn(acc.email, DEMO_PASSWORD);
    const s = await a.req('GET', '/api/auth/session', { as: agent });
    assert.equal(s.status, 200);
    assert.equal(s.body.person.platformRole, acc.platformRole);
    if (acc.org) {
      const m = s.body.memberships.find((x: any) => x.role === acc.org!.role);
      assert.ok(m, `${acc.email} is ${acc.org.role} of an organization`);
    }
  }
  const founder = await a.signIn('founder@pujiang.example', DEMO_PASSWORD);
  const s = await a.req('GET', '/api/auth/session', { as: founder });
  assert.equal(s.body.memberships[0].orgKind, 'startup');
});

test('only the role accounts have passwords, each with its own hash', async () => {
  const rows = await a.deps.db.rows<{ email: string; password_hash: string }>(sql`select email, password_hash from people where password_hash is not null`);
  assert.deepEqual(rows.map((r) => r.email).sort(), ROLE_ACCOUNTS.map((r) => r.email).sort());
  assert.equal(new Set(rows.map((r) => r.password_hash)).size, ROLE_ACCOUNTS.length);
  const [someone] = await a.deps.db.rows<{ email: string }>(sql`select email from people where password_hash is null limit 1`);
  const r = await a.req('POST', '/api/auth/signin', { body: { email: someone!.email, password: DEMO_PASSWORD } });
  assert.equal(r.status, 401, 'generated people have no password sign-in');
  assert.equal(r.body.code, 'invalid_credentials');
});

test('the seed is audited per kind of row and the chain verifies', async () => {
  const r = await verify(a.deps.db.db);
  assert.equal(r.ok, true);
  const page = await browse(a.deps.db.db, {}, undefined, 100_000);
  const actions = page.items.map((e) => e.action).reverse();
  assert.deepEqual(
    actions.filter((x) => x.startsWith('seed.')),
    ['seed.organizations', 'seed.people', 'seed.memberships', 'seed.teams', 'seed.team_members', 'seed.facilities', 'seed.ledger', 'seed.facility_operations', 'seed.compute', 'seed.demo'],
  );
  // The ledger's demo went through its services: each write has its own record, by a person.
  const grant = page.items.find((e) => e.action === 'ledger.voucher.grant')!;
  assert.equal(grant.actorLabel, 'operator@pujiang.example');
  assert.ok(actions.includes('ledger.settlement.create') && actions.includes('ledger.clawback.request'));
  const people = page.items.find((e) => e.action === 'seed.people')!;
  assert.equal(people.actorLabel, 'seed');
  assert.equal((people.after as { count: number }).count, 2000);
});

test('seeding again: the server skips a database with people, the CLI mode refuses a seeded one', async () => {
  assert.equal(await seedDemoIfEmpty(a.deps, () => undefined), '');
  const again = await seedDemo(a.deps, { scale: 'demo', when: 'once' });
  assert.deepEqual(again, { seeded: false, reason: 'already_seeded' });
  const count = await a.deps.db.rows<{ n: number }>(sql`select count(*)::int as n from organizations`);
  assert.equal(Number(count[0]!.n), 300);
});

test('the ledger demo: the founder has vouchers, money and orders; the provider persona its orders and statement; the books reconcile', async () => {
  const founder = await a.signIn('founder@pujiang.example', DEMO_PASSWORD);
  const session = (await a.req('GET', '/api/auth/session', { as: founder })).body;
  const orgId = session.memberships.find((m: any) => m.orgKind === 'startup').orgId;
  const vouchers = await a.req('GET', '/api/ledger/vouchers', { as: founder });
  assert.equal(vouchers.status, 200);
  assert.deepEqual(new Set(vouchers.body.items.map((v: any) => v.programKind)), new Set(['compute_voucher', 'model_voucher', 'data_voucher', 'innovation_voucher', 'incubation_grant']));
  const compute = vouchers.body.items.find((v: any) => v.programKind === 'compute_voucher');
  assert.ok(compute.balanceFen < compute.amountFen, 'spent on settled orders');
  assert.ok(compute.reservedFen > 0, 'reserved by confirmed orders');
  const account = await a.req('GET', `/api/ledger/orgs/${orgId}/account`, { as: founder });
  assert.equal(account.status, 200);
  assert.ok(account.body.creditsPosted > 0, 'a deposit');
  for (const s of ['issued', 'confirmed', 'delivered', 'accepted', 'claimed', 'settled', 'cancelled', 'rejected', 'expired']) {
    const orders = await a.req('GET', `/api/ledger/orders?status=${s}&limit=1`, { as: founder });
    assert.equal(orders.status, 200);
    assert.ok(orders.body.items.length > 0, `the founder has a ${s} order`);
  }

  // The provider persona administers the supercomputer center, an admitted provider with prices.
  const admin = await a.signIn('orgadmin@pujiang.example', DEMO_PASSWORD);
  const providers = (await a.req('GET', '/api/ledger/providers?limit=100', { as: admin })).body.items;
  const ssc = providers.find((p: any) => p.orgName === '上海超级计算中心');
  assert.equal(ssc.status, 'admitted');
  assert.ok(ssc.priceItemCount >= 3);
  const sold = await a.req('GET', `/api/ledger/orders?providerId=${ssc.id}&limit=100`, { as: admin });
  assert.equal(sold.status, 200);
  assert.ok(sold.body.items.some((o: any) => o.status === 'issued'));
  const statements = await a.req('GET', '/api/ledger/settlements', { as: admin });
  assert.equal(statements.status, 200);
  assert.equal(statements.body.items.length, 1, 'last month settled once');

  const op = await a.signIn('operator@pujiang.example', DEMO_PASSWORD);
  const approvals = await a.req('GET', '/api/ledger/approvals?status=pending', { as: op });
  assert.equal(approvals.body.items.length, 1, 'a clawback waits for a second operator');
  const relations = await a.req('GET', '/api/ledger/relations', { as: op });
  assert.ok(relations.body.items.some((r: any) => r.kind === 'shared_controller'));
  const rec = await a.req('GET', '/api/ledger/reconciliation', { as: op });
  assert.equal(rec.body.ok, true);
  assert.equal((await verify(a.deps.db.db)).ok, true);
});

test('the ledger demo is the same on every run', async () => {
  const q = (t: TestApp) =>
    t.deps.db.rows<{ s: string }>(
      sql`select o.status || ' ' || o.contract_no || ' ' || o.total_fen || ' ' || o.subsidy_fen as s from ledger_orders o where o.contract_no not like 'cj\_%' order by o.contract_no, o.total_fen`,
    ).then((r) => r.map((x) => x.s));
  const [x, y] = await Promise.all([q(a), q(b)]);
  assert.ok(x.length >= 15);
  assert.deepEqual(x, y);
  // The compute demo's metered orders are named after job ids (new on every run); their amounts are the same.
  const metered = (t: TestApp) =>
    t.deps.db.rows<{ s: string }>(sql`select o.status || ' ' || o.total_fen || ' ' || o.subsidy_fen || ' ' || o.own_fen as s from ledger_orders o where o.contract_no like 'cj\_%' order by 1`).then((r) => r.map((x) => x.s));
  const [m, n] = await Promise.all([metered(a), metered(b)]);
  assert.ok(m.length >= 50, `${m.length} metered compute orders`);
  assert.deepEqual(m, n);
});
