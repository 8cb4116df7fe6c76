import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, type TestApp } from '../../../../test/support/app.ts';
import { seedDemo } from '../../seed/index.ts';
import { CENTER_TTL_MS } from './facilities.service.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
  const outcome = await seedDemo(t.deps, { scale: 'demo', when: 'empty' });
  assert.ok(outcome.seeded);
});
after(async () => {
  await t.close();
});

test('GET /center lists the facilities with counts, organizations by kind, people, teams and built desks', async () => {
  const r = await t.req('GET', '/api/center');
  assert.equal(r.status, 200);
  assert.equal(r.body.nameEn, 'Shanghai International Science and Technology Innovation Center');
  const codes = r.body.facilities.map((f: any) => f.code);
  assert.deepEqual(codes, ['SSRF', 'SHINE', 'LCI', 'NCPSS', 'SAPT']);
  const ssrf = r.body.facilities[0];
  assert.equal(ssrf.instrumentCount, 34);
  assert.equal(ssrf.stationCount, 46);
  assert.equal(ssrf.status, 'operating');
  assert.equal(ssrf.figures.usersServed, 47000);
  assert.equal(r.body.facilities[1].status, 'under_construction');
  assert.equal(r.body.organizations.total, 300);
  assert.equal(r.body.organizations.byKind.university, 20);
  assert.equal(r.body.organizations.byKind.facility_operator, 5);
  const sum = Object.values(r.body.organizations.byKind as Record<string, number>).reduce((a, b) => a + b, 0);
  assert.equal(sum, 300);
  assert.equal(r.body.people, 2000);
  assert.equal(r.body.teams, 300);
  assert.deepEqual(r.body.desks, [
    { id: 'identity', built: true },
    { id: 'calls', built: true },
    { id: 'ledger', built: true },
    { id: 'facilities', built: true },
    { id: 'compute', built: true },
  ]);
});

test('the center counts only active people, at most CENTER_TTL_MS late', async () => {
  const before = (await t.req('GET', '/api/center')).body.people;
  const admin = await t.person({ platformRole: 'admin' });
  const someone = await t.person();
  assert.equal((await t.req('GET', '/api/center')).body.people, before, 'still the cached figure');
  t.advance(CENTER_TTL_MS);
  assert.equal((await t.req('GET', '/api/center')).body.people, before + 2);
  const r = await t.req('PATCH', `/api/admin/people/${someone.personId}`, { as: admin, body: { disabled: true } });
  assert.equal(r.status, 200);
  t.advance(CENTER_TTL_MS);
  assert.equal((await t.req('GET', '/api/center')).body.people, before + 1);
});

test('GET /facilities/{id} gives SSRF with its 34 beamlines and 46 stations', async () => {
  const center = await t.req('GET', '/api/center');
  const ssrf = center.body.facilities.find((f: any) => f.code === 'SSRF');
  const r = await t.req('GET', `/api/facilities/${ssrf.id}`);
  assert.equal(r.status, 200);
  assert.equal(r.body.nameEn, 'Shanghai Synchrotron Radiation Facility');
  assert.equal(r.body.name, '上海同步辐射光源');
  assert.equal(r.body.instruments.length, 34);
  const stations = r.body.instruments.flatMap((i: any) => i.stations);
  assert.equal(stations.length, 46);
  assert.ok(r.body.instruments.every((i: any) => i.stations.length >= 1 && i.stations.length <= 3));
  assert.equal(new Set(stations.map((s: any) => s.code)).size, 46, 'station codes are unique');
  const bl17u1 = r.body.instruments.find((i: any) => i.code === 'BL17U1');
  assert.deepEqual(bl17u1.stations[0].techniques, ['macromolecular crystallography']);
  assert.equal(bl17u1.stations[0].shiftHours, 8);
  assert.equal(r.body.instruments.find((i: any) => i.code === 'BL17B').stations.length, 3);
  assert.ok(r.body.operatorOrgId);
  const operator = await t.req('GET', `/api/orgs/${r.body.operatorOrgId}`);
  assert.equal(operator.status, 200);
  assert.equal(operator.body.kind, 'facility_operator');
});

test('every facility has an operator organization and at least one station', async () => {
  const list = await t.req('GET', '/api/facilities');
  assert.equal(list.status, 200);
  assert.equal(list.body.total, 5);
  for (const f of list.body.items) {
    const d = await t.req('GET', `/api/facilities/${f.id}`);
    assert.equal(d.status, 200);
    assert.ok(d.body.operatorOrgId, `${f.code} has an operator`);
    assert.equal(d.body.instruments.length, f.instrumentCount);
    assert.equal(d.body.instruments.flatMap((i: any) => i.stations).length, f.stationCount);
    assert.ok(f.stationCount > 0);
  }
});

test('GET /facilities pages with a cursor', async () => {
  const first = await t.req('GET', '/api/facilities?limit=2');
  assert.equal(first.status, 200);
  assert.equal(first.body.items.length, 2);
  assert.ok(first.body.nextCursor);
  const seen = first.body.items.map((f: any) => f.code);
  let cursor = first.body.nextCursor;
  while (cursor) {
    const next = await t.req('GET', `/api/facilities?limit=2&cursor=${encodeURIComponent(cursor)}`);
    assert.equal(next.status, 200);
    seen.push(...next.body.items.map((f: any) => f.code));
    cursor = next.body.nextCursor;
  }
  assert.deepEqual(seen, ['SSRF', 'SHINE', 'LCI', 'NCPSS', 'SAPT']);
});

test('an unknown facility is 404 not_found; bad paging input is 400', async () => {
  const r = await t.req('GET', '/api/facilities/fac_01J0000000000000000000000');
  assert.equal(r.status, 404);
  assert.equal(r.body.code, 'not_found');
  assert.equal(r.headers.get('content-type'), 'application/problem+json');
  const long = await t.req('GET', `/api/facilities/${'x'.repeat(65)}`);
  assert.equal(long.status, 400);
  assert.equal(long.body.code, 'validation_failed');
  const badCursor = await t.req('GET', '/api/facilities?cursor=nope');
  assert.equal(badCursor.status, 400);
  assert.equal(badCursor.body.code, 'validation_failed');
  const badLimit = await t.req('GET', '/api/facilities?limit=0');
  assert.equal(badLimit.status, 400);
  const unknownParam = await t.req('GET', '/api/facilities?sort=name');
  assert.equal(unknownParam.status, 400);
});

test('the catalog is public: anonymous callers and API tokens read it alike', async () => {
  const anon = await t.req('GET', '/api/center');
  assert.equal(anon.status, 200);
  const a = await t.person();
  const created = await t.req('POST', '/api/me/tokens', { as: a, body: { name: 'read', scopes: ['profile:read'], expiresInDays: 1 } });
  assert.equal(created.status, 201);
  const viaToken = await t.req('GET', '/api/facilities', { as: { personId: a.personId, email: a.email, token: created.body.secret } });
  assert.equal(viaToken.status, 200);
  assert.equal(viaToken.body.total, 5);
});
