// Cycles, operating calendars, sample environments and station staff through the HTTP API:
// validation codes, who may write, and the user-operation shifts the calendar yields.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, type Agent, type TestApp } from '../../../../test/support/app.ts';
import { facilityWorld, type World } from '../../../../test/support/facilities.ts';
import { ok, refused } from '../../../../test/support/ledger.ts';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

let t: TestApp;
let w: World;
let stranger: Agent;
before(async () => {
  t = await testApp();
  w = await facilityWorld(t);
  stranger = await t.person();
});
after(async () => {
  await t.close();
});

const iso = (ms: number) => new Date(ms).toISOString();

test('the calendar of a cycle is public, with each station’s user-operation shifts', async () => {
  const list = ok(await t.req('GET', `/api/facilities/${w.facility.id}/cycles`));
  assert.deepEqual(
    list.items.map((c: any) => c.id),
    [w.cycle.id],
  );
  const c = ok(await t.req('GET', `/api/facilities/cycles/${w.cycle.id}`));
  assert.equal(c.shiftCount, 60);
  assert.equal(c.periods.length, 3);
  assert.equal(c.canEdit, false);
  assert.equal(c.stations.length, 3);
  // 20 days of three shifts, less the two days of maintenance.
  for (const s of c.stations) {
    assert.equal(s.userShiftCount, 54);
    assert.deepEqual(s.userShifts, [
      { from: 0, to: 27 },
      { from: 33, to: 60 },
    ]);
  }
  assert.equal(ok(await t.req('GET', `/api/facilities/cycles/${w.cycle.id}`, { as: w.office })).canEdit, true);
  refused(await t.req('GET', '/api/facilities/cycles/cyc_nope'), 404, 'not_found');
  refused(await t.req('GET', '/api/facilities/fac_nope/cycles'), 404, 'not_found');
});

test('the user office creates a cycle at shift boundaries; others are refused; mistakes have codes', async () => {
  const start = w.cycle.endsAt.getTime() + 30 * DAY; // a Shanghai midnight
  const body = { code: 'NEXT-1', name: '下一周期', nameEn: 'Next cycle', startsAt: iso(start), endsAt: iso(start + 120 * DAY), changeoverShifts: 2, awardMultiple: 3 };
  refused(await t.req('POST', `/api/facilities/${w.facility.id}/cycles`, { body }), 401, 'unauthenticated');
  refused(await t.req('POST', `/api/facilities/${w.facility.id}/cycles`, { as: stranger, body }), 403, 'forbidden');
  refused(await t.req('POST', `/api/facilities/${w.facility.id}/cycles`, { as: w.stations[0]!.scientist, body }), 403, 'forbidden');
  const c = ok(await t.req('POST', `/api/facilities/${w.facility.id}/cycles`, { as: w.office, body }), 201);
  assert.equal(c.status, 'planning');
  assert.equal(c.shiftCount, 360);
  assert.equal(c.timeZone, 'Asia/Shanghai');
  assert.equal(c.awardMultiple, 3);
  refused(await t.req('POST', `/api/facilities/${w.facility.id}/cycles`, { as: w.office, body }), 409, 'name_taken');

  const bad = async (patch: Record<string, unknown>, field: string) => {
    const r = await t.req('POST', `/api/facilities/${w.facility.id}/cycles`, { as: w.office, body: { ...body, code: `X${Math.random().toString(36).slice(2, 8)}`, ...patch } });
    refused(r, 400, 'validation_failed', JSON.stringify(patch));
    assert.ok(JSON.stringify(r.body).includes(field), `${field} named in ${r.text}`);
  };
  await bad({ startsAt: iso(start + 3 * HOUR) }, 'startsAt'); // 03:00 is not a boundary of 8 h shifts
  await bad({ endsAt: iso(start + 10 * DAY + 5 * HOUR) }, 'endsAt'); // not a whole number of shifts
  await bad({ endsAt: iso(start - DAY) }, 'endsAt');
  await bad({ timeZone: 'Mars/Olympus' }, 'timeZone');
  await bad({ shiftHours: 7 }, 'shiftHours');
  await bad({ endsAt: iso(start + 500 * DAY) }, 'endsAt');
  refused(await t.req('POST', `/api/facilities/${w.facility.id}/cycles`, { as: w.office, body: { ...body, code: 'has space' } }), 400, 'validation_failed');
  refused(await t.req('POST', `/api/facilities/${w.facility.id}/cycles`, { as: w.office, body: { ...body, code: 'Z1', extra: 1 } }), 400, 'validation_failed');
  // A zone with another shift grid: UTC midnight is a boundary there.
  const utc = Date.UTC(2031, 0, 1);
  ok(await t.req('POST', `/api/facilities/${w.facility.id}/cycles`, { as: w.office, body: { ...body, code: 'UTC-1', timeZone: 'UTC', startsAt: iso(utc), endsAt: iso(utc + 10 * DAY), shiftHours: 12 } }), 201);

  // Patches: fields while planning, status one step at a time, 'published' only by publishing.
  const p = ok(await t.req('PATCH', `/api/facilities/cycles/${c.id}`, { as: w.office, body: { nameEn: 'Next cycle (2)', endsAt: iso(start + 90 * DAY) } }));
  assert.equal(p.nameEn, 'Next cycle (2)');
  assert.equal(p.shiftCount, 270);
  refused(await t.req('PATCH', `/api/facilities/cycles/${c.id}`, { as: w.office, body: {} }), 400, 'validation_failed');
  refused(await t.req('PATCH', `/api/facilities/cycles/${c.id}`, { as: w.office, body: { status: 'review' } }), 409, 'invalid_state');
  refused(await t.req('PATCH', `/api/facilities/cycles/${c.id}`, { as: stranger, body: { status: 'call_open' } }), 403, 'forbidden');
  assert.equal(ok(await t.req('PATCH', `/api/facilities/cycles/${c.id}`, { as: w.office, body: { status: 'call_open' } })).status, 'call_open');
  refused(await t.req('PATCH', `/api/facilities/cycles/${c.id}`, { as: w.office, body: { startsAt: iso(start + DAY) } }), 409, 'invalid_state');
  assert.equal(ok(await t.req('PATCH', `/api/facilities/cycles/${c.id}`, { as: w.office, body: { changeoverShifts: 0 } })).changeoverShifts, 0);
  assert.equal(ok(await t.req('PATCH', `/api/facilities/cycles/${c.id}`, { as: w.office, body: { status: 'review' } })).status, 'review');
  assert.equal(ok(await t.req('PATCH', `/api/facilities/cycles/${c.id}`, { as: w.office, body: { status: 'scheduling' } })).status, 'scheduling');
  refused(await t.req('PATCH', `/api/facilities/cycles/${c.id}`, { as: w.office, body: { status: 'published' } }), 409, 'invalid_state');
  refused(await t.req('PATCH', '/api/facilities/cycles/cyc_nope', { as: w.office, body: { name: 'x' } }), 404, 'not_found');

  const audit = await t.deps.db.rows<{ action: string }>(
    (await import('drizzle-orm')).sql`select action from audit_log where object_id = ${c.id} order by seq`,
  );
  assert.deepEqual(
    audit.map((a) => a.action),
    ['facilities.cycle.create', ...Array(5).fill('facilities.cycle.update')],
  );
});

test('calendar periods: inside the cycle, facility-wide or per station, added and removed by the user office', async () => {
  const s0 = w.stations[0]!.id;
  const start = w.cycle.startsAt.getTime();
  const body = { kind: 'maintenance', stationId: s0, startsAt: iso(start + 2 * DAY), endsAt: iso(start + 3 * DAY), note: 'undulator swap' };
  refused(await t.req('POST', `/api/facilities/cycles/${w.cycle.id}/periods`, { as: w.stations[0]!.scientist, body }), 403, 'forbidden');
  const p = ok(await t.req('POST', `/api/facilities/cycles/${w.cycle.id}/periods`, { as: w.office, body }), 201);
  assert.equal(p.stationId, s0);
  let c = ok(await t.req('GET', `/api/facilities/cycles/${w.cycle.id}`));
  const byId = new Map(c.stations.map((s: any) => [s.id, s]));
  assert.equal((byId.get(s0) as any).userShiftCount, 51);
  assert.deepEqual((byId.get(s0) as any).userShifts, [
    { from: 0, to: 6 },
    { from: 9, to: 27 },
    { from: 33, to: 60 },
  ]);
  assert.equal((byId.get(w.stations[1]!.id) as any).userShiftCount, 54);

  // A facility-wide shutdown touching part of a shift takes the whole shift.
  const sd = ok(await t.req('POST', `/api/facilities/cycles/${w.cycle.id}/periods`, { as: w.office, body: { kind: 'shutdown', startsAt: iso(start + 19 * DAY + 4 * HOUR), endsAt: iso(start + 20 * DAY) } }), 201);
  c = ok(await t.req('GET', `/api/facilities/cycles/${w.cycle.id}`));
  assert.equal(c.stations.find((s: any) => s.id === w.stations[1]!.id).userShiftCount, 51);

  refused(await t.req('POST', `/api/facilities/cycles/${w.cycle.id}/periods`, { as: w.office, body: { ...body, startsAt: iso(start - DAY) } }), 400, 'validation_failed');
  refused(await t.req('POST', `/api/facilities/cycles/${w.cycle.id}/periods`, { as: w.office, body: { ...body, endsAt: iso(start + 21 * DAY) } }), 400, 'validation_failed');
  refused(await t.req('POST', `/api/facilities/cycles/${w.cycle.id}/periods`, { as: w.office, body: { ...body, endsAt: body.startsAt } }), 400, 'validation_failed');
  refused(await t.req('POST', `/api/facilities/cycles/${w.cycle.id}/periods`, { as: w.office, body: { ...body, kind: 'holiday' } }), 400, 'validation_failed');
  const other = await facilityWorld(t);
  refused(await t.req('POST', `/api/facilities/cycles/${w.cycle.id}/periods`, { as: w.office, body: { ...body, stationId: other.stations[0]!.id } }), 400, 'validation_failed');
  // The other facility's user office is nobody here.
  refused(await t.req('POST', `/api/facilities/cycles/${w.cycle.id}/periods`, { as: other.office, body }), 403, 'forbidden');

  refused(await t.req('DELETE', `/api/facilities/cycles/${w.cycle.id}/periods/${p.id}`, { as: stranger }), 403, 'forbidden');
  refused(await t.req('DELETE', `/api/facilities/cycles/${other.cycle.id}/periods/${p.id}`, { as: other.office }), 404, 'not_found');
  assert.equal((await t.req('DELETE', `/api/facilities/cycles/${w.cycle.id}/periods/${p.id}`, { as: w.office })).status, 204);
  assert.equal((await t.req('DELETE', `/api/facilities/cycles/${w.cycle.id}/periods/${sd.id}`, { as: w.office })).status, 204);
  refused(await t.req('DELETE', `/api/facilities/cycles/${w.cycle.id}/periods/${p.id}`, { as: w.office }), 404, 'not_found');
  c = ok(await t.req('GET', `/api/facilities/cycles/${w.cycle.id}`));
  assert.ok(c.stations.every((s: any) => s.userShiftCount === 54));
});

test('sample environments and the environments and scientists of a station', async () => {
  const list = ok(await t.req('GET', `/api/facilities/${w.facility.id}/environments`));
  assert.deepEqual(list.items.map((e: any) => e.code).sort(), ['CRYO', 'FURNACE']);
  refused(await t.req('POST', `/api/facilities/${w.facility.id}/environments`, { as: stranger, body: { code: 'DAC', name: '金刚石对顶砧', nameEn: 'Diamond anvil cell' } }), 403, 'forbidden');
  const dac = ok(await t.req('POST', `/api/facilities/${w.facility.id}/environments`, { as: w.office, body: { code: 'DAC', name: '金刚石对顶砧', nameEn: 'Diamond anvil cell' } }), 201);
  refused(await t.req('POST', `/api/facilities/${w.facility.id}/environments`, { as: w.office, body: { code: 'DAC', name: 'x', nameEn: 'x' } }), 409, 'name_taken');

  const s0 = w.stations[0]!.id;
  const r = ok(await t.req('PUT', `/api/facilities/stations/${s0}/environments`, { as: w.office, body: { environmentIds: [dac.id, w.environments[0]!.id, dac.id] } }));
  assert.deepEqual(r.environments.map((e: any) => e.code), ['CRYO', 'DAC']);
  const other = await facilityWorld(t);
  refused(await t.req('PUT', `/api/facilities/stations/${s0}/environments`, { as: w.office, body: { environmentIds: [other.environments[0]!.id] } }), 400, 'validation_failed');
  refused(await t.req('PUT', `/api/facilities/stations/${s0}/environments`, { as: w.stations[0]!.scientist, body: { environmentIds: [] } }), 403, 'forbidden');
  refused(await t.req('PUT', '/api/facilities/stations/stn_nope/environments', { as: w.office, body: { environmentIds: [] } }), 404, 'not_found');

  const newcomer = await t.person({ name: 'Newcomer Scientist' });
  const sc = ok(
    await t.req('PUT', `/api/facilities/stations/${s0}/scientists`, {
      as: w.office,
      body: { scientists: [{ personId: w.stations[0]!.scientist.personId, role: 'lead' }, { personId: newcomer.personId }] },
    }),
  );
  assert.deepEqual(sc.scientists.map((x: any) => [x.personId, x.role]).sort(), [
    [w.stations[0]!.scientist.personId, 'lead'],
    [newcomer.personId, 'scientist'],
  ].sort());
  refused(await t.req('PUT', `/api/facilities/stations/${s0}/scientists`, { as: w.office, body: { scientists: [{ personId: 'per_nobody' }] } }), 400, 'validation_failed');
  // The newcomer now sees the cycle as staff would (drafts included) but may not edit it.
  assert.equal(ok(await t.req('GET', `/api/facilities/cycles/${w.cycle.id}`, { as: newcomer })).canEdit, false);
});
