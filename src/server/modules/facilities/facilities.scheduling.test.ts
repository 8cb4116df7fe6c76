// Schedules through the HTTP API: solve a fixture cycle's awards with HiGHS, check every hard
// rule independently of the validator, pin/move/swap (refused with pin_infeasible, accepted when
// valid), re-optimize around pins, publish (validated; experiments made) and who sees what.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { PASSWORD, testApp, type Agent, type TestApp } from '../../../../test/support/app.ts';
import { facilityWorld, insertAward, insertProposal, type World } from '../../../../test/support/facilities.ts';
import { ok, refused } from '../../../../test/support/ledger.ts';
import { dateOf } from './facilities.calendar.ts';

const DAY = 86_400_000;

let t: TestApp;
let w: World;
let stranger: Agent;
/** Award ids by label. */
const A: Record<string, string> = {};
/** Impossible shift ranges of awards, by award id. */
const impossible = new Map<string, { from: number; to: number }[]>();
/** Equipment of awards, by award id. */
const equipment = new Map<string, string | null>();

const day = (n: number) => dateOf(new Date(w.cycle.startsAt.getTime() + n * DAY), 'Asia/Shanghai');

before(async () => {
  t = await testApp();
  w = await facilityWorld(t);
  stranger = await t.person();
  const [s0, s1, s2] = w.stations.map((s) => s.id) as [string, string, string];
  const [cryo, furnace] = w.environments.map((e) => e.id) as [string, string];
  const award = async (label: string, stationId: string, shifts: number, grade: number, rank: number, env: string | null, impossibleDays?: [number, number]) => {
    const p = await insertProposal(t, w, {
      title: `Proposal ${label}; with, punctuation`,
      requests: [{ stationId, shifts, ...(env ? { environmentId: env } : {}) }],
      ...(impossibleDays ? { impossibleDates: [{ from: day(impossibleDays[0]), to: day(impossibleDays[1]) }] } : {}),
    });
    A[label] = await insertAward(t, w, p, { stationId, shifts, grade, rank, ...(env ? { environmentId: env } : {}) });
    impossible.set(A[label]!, impossibleDays ? [{ from: impossibleDays[0] * 3, to: (impossibleDays[1] + 1) * 3 }] : []);
    equipment.set(A[label]!, env);
  };
  // Station 0: two experiments with different environments; P1 cannot come in the first 3 days.
  await award('P1', s0, 6, 1, 1, cryo, [0, 2]);
  await award('P2', s0, 6, 2, 2, furnace);
  // Station 1: P3 shares the cryostat with P1 (another station: one block at a time).
  await award('P3', s1, 6, 1.5, 1, cryo);
  await award('P4', s1, 9, 3, 2, null);
  // Station 2: three 20-shift experiments, but only two runs of 27 user shifts: one stays out.
  await award('P5', s2, 20, 2, 1, null);
  await award('P6', s2, 20, 2.5, 2, null);
  await award('P7', s2, 20, 4, 3, null);
});
after(async () => {
  await t.close();
});

type Block = { id: string; awardId: string; stationId: string; startShift: number; shifts: number; pinned: boolean; startsAt: string; endsAt: string };

/** Every hard rule, checked here independently of facilities.schedule.validateSchedule. */
function breaches(s: any): string[] {
  const out: string[] = [];
  const user = new Map<string, { from: number; to: number }[]>(s.stations.map((x: any) => [x.id, x.userShifts]));
  const blocks: Block[] = s.blocks;
  for (const b of blocks) {
    const inUser = (user.get(b.stationId) ?? []).some((r) => r.from <= b.startShift && b.startShift + b.shifts <= r.to);
    if (!inUser) out.push(`${b.awardId} outside user operation`);
    for (const r of impossible.get(b.awardId) ?? []) if (b.startShift < r.to && r.from < b.startShift + b.shifts) out.push(`${b.awardId} on an impossible date`);
    const start = w.cycle.startsAt.getTime() + b.startShift * 8 * 3600_000;
    if (new Date(b.startsAt).getTime() !== start || new Date(b.endsAt).getTime() !== start + b.shifts * 8 * 3600_000) out.push(`${b.awardId} times`);
  }
  for (const a of blocks) {
    for (const b of blocks) {
      if (a === b) continue;
      const ea = equipment.get(a.awardId) ?? null;
      const eb = equipment.get(b.awardId) ?? null;
      if (a.stationId === b.stationId && a.startShift <= b.startShift) {
        const gap = ea === eb ? 0 : s.cycle.changeoverShifts;
        if (b.startShift < a.startShift + a.shifts + gap) out.push(`${a.awardId}/${b.awardId} overlap or no changeover`);
      }
      if (a.stationId !== b.stationId && ea && ea === eb && a.startShift < b.startShift + b.shifts && b.startShift < a.startShift + a.shifts) {
        out.push(`${a.awardId}/${b.awardId} share ${ea} at the same time`);
      }
    }
  }
  return out;
}

const blockOf = (s: any, label: string): Block => s.blocks.find((b: Block) => b.awardId === A[label]);
const rulesOf = (r: any): string[] => (r.body?.details?.violations ?? []).map((v: any) => v.rule);

let draft: any;

test('solving places the awards within every hard rule, reports the figures and lists the unplaced', async () => {
  const path = `/api/facilities/cycles/${w.cycle.id}/schedules`;
  refused(await t.req('POST', path, { body: { policy: 'score', timeLimitSeconds: 5 } }), 401, 'unauthenticated');
  refused(await t.req('POST', path, { as: w.stations[0]!.scientist, body: { policy: 'score', timeLimitSeconds: 5 } }), 403, 'forbidden');
  refused(await t.req('POST', path, { as: w.office, body: { policy: 'score', timeLimitSeconds: 61 } }), 400, 'validation_failed');
  refused(await t.req('POST', path, { as: w.office, body: { policy: 'fifo', timeLimitSeconds: 5 } }), 400, 'validation_failed');
  refused(await t.req('POST', '/api/facilities/cycles/cyc_nope/schedules', { as: w.office, body: { policy: 'score', timeLimitSeconds: 5 } }), 404, 'not_found');

  draft = ok(await t.req('POST', path, { as: w.office, body: { policy: 'score', timeLimitSeconds: 5 } }), 201);
  assert.equal(draft.status, 'draft');
  assert.equal(draft.version, 1);
  assert.equal(draft.blocks.length, 6);
  assert.deepEqual(draft.unplaced.map((u: any) => u.awardId), [A.P7]);
  assert.deepEqual(breaches(draft), []);
  assert.ok(blockOf(draft, 'P1').startShift >= 9, 'P1 after its impossible days');
  assert.ok(draft.objective > 0 && draft.lpBound >= draft.objective - 1e-6, `objective ${draft.objective} ≤ bound ${draft.lpBound}`);
  assert.ok(draft.greedyObjective <= draft.objective + 1e-6);
  assert.ok(draft.gapPct >= 0 && draft.gapPct <= 1, `gap ${draft.gapPct}`);
  assert.ok(draft.solveSeconds > 0 && draft.solveSeconds < 10);
  assert.ok(draft.blocks.every((b: Block) => !b.pinned));

  // The rank policy keeps the panel's order: P7 (rank 3) is out, P5 and P6 in.
  const ranked = ok(await t.req('POST', path, { as: w.office, body: { policy: 'rank', timeLimitSeconds: 5 } }), 201);
  assert.equal(ranked.version, 2);
  assert.equal(ranked.policy, 'rank');
  assert.deepEqual(ranked.unplaced.map((u: any) => u.awardId), [A.P7]);
  assert.deepEqual(breaches(ranked), []);

  const [row] = await t.deps.db.rows<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'facilities.schedule.solve' and object_id = ${draft.id}`);
  assert.equal(Number(row!.n), 1);
});

test('who sees a draft: the facility’s staff; others get 404', async () => {
  const path = `/api/facilities/schedules/${draft.id}`;
  assert.equal(ok(await t.req('GET', path, { as: w.office })).canEdit, true);
  const seen = ok(await t.req('GET', path, { as: w.stations[2]!.scientist }));
  assert.equal(seen.canEdit, false);
  assert.equal(seen.unplaced.length, 1);
  ok(await t.req('GET', path, { as: w.director }));
  refused(await t.req('GET', path, { as: stranger }), 404, 'not_found');
  refused(await t.req('GET', path), 404, 'not_found');
  refused(await t.req('GET', `/api/facilities/cycles/${w.cycle.id}/schedule`), 404, 'not_found');
  const blk = blockOf(draft, 'P2');
  refused(await t.req('PATCH', `${path}/blocks/${blk.id}`, { as: stranger, body: { pinned: true } }), 404, 'not_found');
  refused(await t.req('PATCH', `${path}/blocks/${blk.id}`, { as: w.stations[0]!.scientist, body: { pinned: true } }), 403, 'forbidden');
  refused(await t.req('PATCH', `${path}/blocks/blk_nope`, { as: w.office, body: { pinned: true } }), 404, 'not_found');
  refused(await t.req('PATCH', `${path}/blocks/${blk.id}`, { as: w.office, body: {} }), 400, 'validation_failed');
  // The cycle shows staff every version, others none while nothing is published.
  assert.equal(ok(await t.req('GET', `/api/facilities/cycles/${w.cycle.id}`, { as: w.office })).schedules.length, 2);
  assert.equal(ok(await t.req('GET', `/api/facilities/cycles/${w.cycle.id}`)).schedules.length, 0);
});

test('pin, move and swap: refused with pin_infeasible when a rule breaks (nothing changed), accepted when valid', async () => {
  const path = `/api/facilities/schedules/${draft.id}`;
  const p1 = blockOf(draft, 'P1');
  const p2 = blockOf(draft, 'P2');
  const p3 = blockOf(draft, 'P3');

  // Overlap on the station.
  let r = await t.req('PATCH', `${path}/blocks/${p2.id}`, { as: w.office, body: { startShift: p1.startShift } });
  refused(r, 409, 'pin_infeasible');
  assert.ok(rulesOf(r).includes('station-overlap'), r.text);
  // Into the maintenance days (shifts 27–32).
  r = await t.req('PATCH', `${path}/blocks/${p2.id}`, { as: w.office, body: { startShift: 25 } });
  refused(r, 409, 'pin_infeasible');
  assert.ok(rulesOf(r).includes('user-operation'), r.text);
  // Onto the team's impossible dates.
  r = await t.req('PATCH', `${path}/blocks/${p1.id}`, { as: w.office, body: { startShift: 3 } });
  refused(r, 409, 'pin_infeasible');
  assert.ok(rulesOf(r).includes('impossible'), r.text);
  // The shared cryostat, used at the same time on another station.
  r = await t.req('PATCH', `${path}/blocks/${p3.id}`, { as: w.office, body: { startShift: p1.startShift } });
  refused(r, 409, 'pin_infeasible');
  assert.ok(rulesOf(r).includes('equipment-overlap'), r.text);
  // Past the end of the cycle.
  refused(await t.req('PATCH', `${path}/blocks/${p2.id}`, { as: w.office, body: { startShift: 58 } }), 409, 'pin_infeasible');
  let now = ok(await t.req('GET', path, { as: w.office }));
  assert.deepEqual(now.blocks, draft.blocks, 'refused changes changed nothing');

  // P2 to the first shifts: free (P1 cannot be there), so accepted and pinned.
  const target = p2.startShift === 0 ? 1 : 0;
  const moved = ok(await t.req('PATCH', `${path}/blocks/${p2.id}`, { as: w.office, body: { startShift: target } }));
  assert.equal(blockOf(moved, 'P2').startShift, target);
  assert.equal(blockOf(moved, 'P2').pinned, true);
  assert.deepEqual(breaches(moved), []);

  // Swap P1 and P2: P1 would land on its impossible dates.
  r = await t.req('POST', `${path}/swap`, { as: w.office, body: { blockA: p1.id, blockB: p2.id } });
  refused(r, 409, 'pin_infeasible');
  assert.ok(rulesOf(r).includes('impossible'), r.text);
  refused(await t.req('POST', `${path}/swap`, { as: w.office, body: { blockA: p1.id, blockB: p1.id } }), 400, 'validation_failed');
  refused(await t.req('POST', `${path}/swap`, { as: w.office, body: { blockA: p1.id, blockB: 'blk_nope' } }), 404, 'not_found');

  // Swap P5 and P6 (same station, same length): each takes the other's start, both pinned.
  const p5 = blockOf(moved, 'P5');
  const p6 = blockOf(moved, 'P6');
  const swapped = ok(await t.req('POST', `${path}/swap`, { as: w.office, body: { blockA: p5.id, blockB: p6.id } }));
  assert.equal(blockOf(swapped, 'P5').startShift, p6.startShift);
  assert.equal(blockOf(swapped, 'P6').startShift, p5.startShift);
  assert.ok(blockOf(swapped, 'P5').pinned && blockOf(swapped, 'P6').pinned);
  assert.deepEqual(breaches(swapped), []);

  // Pin and unpin without moving.
  const pinned = ok(await t.req('PATCH', `${path}/blocks/${p3.id}`, { as: w.office, body: { pinned: true } }));
  assert.equal(blockOf(pinned, 'P3').pinned, true);
  now = ok(await t.req('PATCH', `${path}/blocks/${p3.id}`, { as: w.office, body: { pinned: false } }));
  assert.equal(blockOf(now, 'P3').pinned, false);
  assert.equal(blockOf(now, 'P3').startShift, p3.startShift);

  const actions = await t.deps.db.rows<{ action: string }>(sql`select action from audit_log where object_id = ${draft.id} order by seq`);
  assert.deepEqual(
    actions.map((a) => a.action),
    ['facilities.schedule.solve', 'facilities.schedule.block.move', 'facilities.schedule.block.swap', 'facilities.schedule.block.pin', 'facilities.schedule.block.unpin'],
  );
  draft = now;
});

let reoptimized: any;

test('re-optimizing keeps the pins; a pin the calendar no longer allows is refused', async () => {
  const path = `/api/facilities/cycles/${w.cycle.id}/schedules`;
  reoptimized = ok(await t.req('POST', path, { as: w.office, body: { policy: 'score', timeLimitSeconds: 5, from: draft.id } }), 201);
  assert.equal(reoptimized.version, 3);
  for (const label of ['P2', 'P5', 'P6']) {
    assert.equal(blockOf(reoptimized, label).startShift, blockOf(draft, label).startShift, label);
    assert.equal(blockOf(reoptimized, label).pinned, true, label);
  }
  assert.equal(blockOf(reoptimized, 'P1').pinned, false);
  assert.deepEqual(breaches(reoptimized), []);
  refused(await t.req('POST', path, { as: w.office, body: { policy: 'score', timeLimitSeconds: 5, from: 'sch_nope' } }), 404, 'not_found');

  // Station 0 gets a maintenance on the first day: P2's pin (shifts 0–6) now breaks the calendar.
  const start = w.cycle.startsAt.getTime();
  const m = ok(
    await t.req('POST', `/api/facilities/cycles/${w.cycle.id}/periods`, {
      as: w.office,
      body: { kind: 'maintenance', stationId: w.stations[0]!.id, startsAt: new Date(start).toISOString(), endsAt: new Date(start + DAY).toISOString() },
    }),
    201,
  );
  const r = await t.req('POST', path, { as: w.office, body: { policy: 'score', timeLimitSeconds: 5, from: draft.id } });
  refused(r, 409, 'pin_infeasible');
  assert.ok(rulesOf(r).includes('user-operation'), r.text);
  // Publishing a draft that keeps the block there is refused as well.
  const p = await t.req('POST', `/api/facilities/schedules/${reoptimized.id}/publish`, { as: w.office });
  refused(p, 409, 'schedule_invalid');
  assert.ok(rulesOf(p).includes('user-operation'), p.text);
  assert.equal((await t.req('DELETE', `/api/facilities/cycles/${w.cycle.id}/periods/${m.id}`, { as: w.office })).status, 204);
});

test('publishing validates (a corrupted schedule is refused), supersedes, publishes the cycle and makes experiments', async () => {
  const path = `/api/facilities/schedules/${reoptimized.id}`;
  // Corrupt the draft behind the API's back: P4 onto P3's shifts.
  const p3 = blockOf(reoptimized, 'P3');
  const p4 = blockOf(reoptimized, 'P4');
  await t.deps.db.rows(sql`update schedule_blocks set start_shift = ${p3.startShift}, starts_at = ${p3.startsAt}::timestamptz, ends_at = ${new Date(new Date(p3.startsAt).getTime() + 9 * 8 * 3600_000).toISOString()}::timestamptz where id = ${p4.id}`);
  let r = await t.req('POST', `${path}/publish`, { as: w.office });
  refused(r, 409, 'schedule_invalid');
  assert.ok(rulesOf(r).includes('station-overlap'), r.text);
  // Or an award's length changed after solving.
  await t.deps.db.rows(sql`update schedule_blocks set start_shift = ${p4.startShift}, starts_at = ${p4.startsAt}::timestamptz, ends_at = ${p4.endsAt}::timestamptz where id = ${p4.id}`);
  await t.deps.db.rows(sql`update beamtime_awards set shifts = 8 where id = ${A.P4}`);
  r = await t.req('POST', `${path}/publish`, { as: w.office });
  refused(r, 409, 'schedule_invalid');
  assert.ok(rulesOf(r).includes('awarded-length'), r.text);
  await t.deps.db.rows(sql`update beamtime_awards set shifts = 9 where id = ${A.P4}`);
  refused(await t.req('POST', `${path}/publish`, { as: w.stations[0]!.scientist }), 403, 'forbidden');
  const [none] = await t.deps.db.rows<{ n: number }>(sql`select count(*)::int as n from experiments where cycle_id = ${w.cycle.id}`);
  assert.equal(Number(none!.n), 0);

  const pub = ok(await t.req('POST', `${path}/publish`, { as: w.office }));
  assert.equal(pub.status, 'published');
  assert.ok(pub.publishedAt);
  const cycle = ok(await t.req('GET', `/api/facilities/cycles/${w.cycle.id}`));
  assert.equal(cycle.status, 'published');
  assert.deepEqual(cycle.schedules.map((s: any) => s.id), [reoptimized.id]);
  const exps = await t.deps.db.rows<{ award_id: string; status: string; scheduled_start: Date | string; station_id: string }>(
    sql`select award_id, status, scheduled_start, station_id from experiments where cycle_id = ${w.cycle.id}`,
  );
  assert.equal(exps.length, 6);
  for (const b of pub.blocks as Block[]) {
    const e = exps.find((x) => x.award_id === b.awardId);
    assert.ok(e, `experiment of ${b.awardId}`);
    assert.equal(e.status, 'scheduled');
    assert.equal(new Date(e.scheduled_start).toISOString(), b.startsAt);
  }
  refused(await t.req('PATCH', `${path}/blocks/${p3.id}`, { as: w.office, body: { pinned: true } }), 409, 'invalid_state');
  refused(await t.req('POST', `${path}/publish`, { as: w.office }), 409, 'invalid_state');

  // The public view: the published schedule, without grades or the unplaced.
  const pubView = ok(await t.req('GET', `/api/facilities/cycles/${w.cycle.id}/schedule`));
  assert.equal(pubView.id, reoptimized.id);
  assert.deepEqual(pubView.unplaced, []);
  assert.ok(pubView.blocks.every((b: any) => b.grade === null && b.rank === null));
  assert.ok(pubView.blocks.every((b: any) => b.title.startsWith('Proposal ')));

  // A later version moves P2 and drops P5 for P7: publishing it moves one experiment and cancels
  // another, and the first version is superseded.
  const next = ok(await t.req('POST', `/api/facilities/cycles/${w.cycle.id}/schedules`, { as: w.office, body: { policy: 'score', timeLimitSeconds: 5, from: reoptimized.id } }), 201);
  const np2 = blockOf(next, 'P2');
  const target = np2.startShift === 0 ? 2 : 0;
  ok(await t.req('PATCH', `/api/facilities/schedules/${next.id}/blocks/${np2.id}`, { as: w.office, body: { startShift: target } }));
  // P7 cannot be placed while P5 holds its run: take P5 out by hand in the table (no route removes
  // a block), then place P7 where P5 was.
  const np5 = blockOf(next, 'P5');
  await t.deps.db.rows(sql`update schedule_blocks set award_id = ${A.P7}, application_id = (select application_id from beamtime_awards where id = ${A.P7}) where id = ${np5.id}`);
  const pub2 = ok(await t.req('POST', `/api/facilities/schedules/${next.id}/publish`, { as: w.office }));
  assert.equal(pub2.status, 'published');
  assert.equal(ok(await t.req('GET', `/api/facilities/schedules/${reoptimized.id}`, { as: w.office })).status, 'superseded');
  const after = await t.deps.db.rows<{ award_id: string; status: string; scheduled_start: Date | string }>(sql`select award_id, status, scheduled_start from experiments where cycle_id = ${w.cycle.id}`);
  assert.equal(after.length, 7);
  const byAward = new Map(after.map((e) => [e.award_id, e]));
  assert.equal(byAward.get(A.P5!)!.status, 'cancelled');
  assert.equal(byAward.get(A.P7!)!.status, 'scheduled');
  assert.equal(new Date(byAward.get(A.P2!)!.scheduled_start).toISOString(), blockOf(pub2, 'P2').startsAt);
  assert.equal(new Date(byAward.get(A.P2!)!.scheduled_start).getTime(), w.cycle.startsAt.getTime() + target * 8 * 3600_000);
  const [audit] = await t.deps.db.rows<{ after: any }>(sql`select after from audit_log where action = 'facilities.schedule.publish' and object_id = ${next.id}`);
  assert.equal(audit!.after.experiments.cancelled.length, 1);
  assert.equal(audit!.after.experiments.created.length, 1);
  assert.ok(audit!.after.experiments.moved.length >= 1);
  for (const b of pub2.blocks as Block[]) assert.equal(new Date(byAward.get(b.awardId)!.scheduled_start).toISOString(), b.startsAt, b.awardId);
});

test('in a running cycle the past is fixed: begun blocks keep their place and nothing new starts before now', async () => {
  const published = ok(await t.req('GET', `/api/facilities/cycles/${w.cycle.id}/schedule`));
  const blocks = published.blocks as Block[];
  // Move the clock into the cycle, just after the latest block start of the first user days.
  const begun = blocks.filter((b) => b.startShift <= 6);
  assert.ok(begun.length > 0, 'some block starts in the first two days');
  const nowShift = Math.max(...begun.map((b) => b.startShift)) + 1;
  const target = w.cycle.startsAt.getTime() + nowShift * 8 * 3600_000 - 3600_000;
  t.advance(target - t.deps.now().getTime());
  // weeks have passed: the user office signs in again
  const office = await t.signIn(w.office.email, PASSWORD);
  const s = ok(await t.req('POST', `/api/facilities/cycles/${w.cycle.id}/schedules`, { as: office, body: { policy: 'score', timeLimitSeconds: 5 } }), 201);
  for (const b of begun) {
    const again = (s.blocks as Block[]).find((x) => x.awardId === b.awardId);
    assert.ok(again, `begun ${b.awardId} is still placed`);
    assert.equal(again.startShift, b.startShift, `begun ${b.awardId} keeps its start`);
    assert.equal(again.pinned, true);
  }
  const begunIds = new Set(begun.map((b) => b.awardId));
  for (const b of s.blocks as Block[]) if (!begunIds.has(b.awardId)) assert.ok(b.startShift >= nowShift, `${b.awardId} starts at ${b.startShift}, before now (${nowShift})`);
  assert.deepEqual(breaches(s), []);
});
