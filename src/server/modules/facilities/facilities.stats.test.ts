// A facility's statistics on a fixture cycle: shifts available (from the calendar), requested
// (drafts and withdrawn proposals excluded), awarded, oversubscription, cutoff grade, proposals,
// users by organization kind, experiments done, publications; and the CSV and XLSX files parse
// back with the same numbers, formula-safe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import readXlsxFile from 'read-excel-file/node';
import * as schema from '../../db/schema.ts';
import { newId } from '../../../shared/ids.ts';
import { testApp, type TestApp } from '../../../../test/support/app.ts';
import { buildOrg } from '../../../../test/support/factories.ts';
import { facilityWorld, insertAward, insertProposal, type World } from '../../../../test/support/facilities.ts';
import { insertExperiment } from '../../../../test/support/experiments.ts';
import { ok, refused } from '../../../../test/support/ledger.ts';

let t: TestApp;
let w: World;
let s0: string;
let s1: string;
let s2: string;

before(async () => {
  t = await testApp();
  w = await facilityWorld(t);
  [s0, s1, s2] = w.stations.map((s) => s.id) as [string, string, string];
  const db = t.deps.db.db;
  // a station whose English name a spreadsheet would run as a formula
  await db.update(schema.stations).set({ nameEn: '=HYPERLINK("http://x","y")' }).where(eq(schema.stations.id, s1));

  // P1: a university PI with a co-proposer from a research institute; 6 + 4 asked, 6 on s0 awarded at 1.5
  const co = await t.person({ name: 'Co' });
  await buildOrg(t, co, { kind: 'research_institute' });
  const p1 = await insertProposal(t, w, { coProposers: [co], requests: [{ stationId: s0, shifts: 6 }, { stationId: s1, shifts: 4 }] });
  const a1 = await insertAward(t, w, p1, { stationId: s0, shifts: 6, grade: 1.5 });
  // P2: an enterprise PI; 12 asked, 9 awarded at 2.5
  const pi2 = await t.person({ name: 'PI 2' });
  const ent = await buildOrg(t, pi2, { kind: 'enterprise' });
  const p2 = await insertProposal(t, w, { pi: pi2, piOrgId: ent.id, requests: [{ stationId: s0, shifts: 12 }] });
  const a2 = await insertAward(t, w, p2, { stationId: s0, shifts: 9, grade: 2.5 });
  // P3: asked 30, not awarded; P4 a draft and P5 withdrawn: not counted
  await insertProposal(t, w, { requests: [{ stationId: s0, shifts: 30 }] });
  await insertProposal(t, w, { status: 'draft', requests: [{ stationId: s0, shifts: 100 }] });
  await insertProposal(t, w, { status: 'withdrawn', requests: [{ stationId: s0, shifts: 100 }] });

  const e1 = await insertExperiment(t, w, { applicationId: p1.id, awardId: a1, stationId: s0, shifts: 6, status: 'finished' });
  await insertExperiment(t, w, { applicationId: p2.id, awardId: a2, stationId: s0, startShift: 6, shifts: 9 });
  const out = (applicationId: string, o: Partial<typeof schema.outcomes.$inferInsert>) =>
    db.insert(schema.outcomes).values({ id: newId('outcome'), applicationId, kind: 'publication', title: 'A paper', createdBy: p1.pi.personId, ...o });
  await out(p1.id, { doi: '10.1000/one', experimentId: e1 });
  await out(p1.id, { doi: '10.1000/two' });
  await out(p2.id, { doi: '10.1000/three' });
  await out(p2.id, { kind: 'patent', patentNumber: 'CN1234567A' });
});

after(async () => {
  await t.close();
});

test('statistics per cycle and station, with totals (public)', async () => {
  const s = ok(await t.req('GET', `/api/facilities/${w.facility.id}/statistics`));
  assert.equal(s.facilityId, w.facility.id);
  assert.equal(s.cycles.length, 1);
  const c = s.cycles[0];
  assert.equal(c.cycleId, w.cycle.id);
  const by = new Map(c.stations.map((x: any) => [x.stationId, x]));
  // 20 days of 8-hour shifts less a 2-day maintenance: 18 days × 3 shifts
  const st0: any = by.get(s0);
  assert.deepEqual(
    {
      available: st0.availableShifts,
      requested: st0.requestedShifts,
      awarded: st0.awardedShifts,
      over: st0.oversubscription,
      cutoff: st0.cutoffGrade,
      submitted: st0.proposalsSubmitted,
      awardedProposals: st0.proposalsAwarded,
      users: st0.users,
      kinds: st0.usersByOrgKind,
      done: st0.experimentsDone,
      pubs: st0.publications,
    },
    {
      available: 54,
      requested: 48,
      awarded: 15,
      over: 0.89,
      cutoff: 2.5,
      submitted: 3,
      awardedProposals: 2,
      users: 3,
      kinds: [
        { kind: 'university', users: 1 },
        { kind: 'research_institute', users: 1 },
        { kind: 'enterprise', users: 1 },
      ],
      done: 1,
      pubs: 3,
    },
  );
  const st1: any = by.get(s1);
  assert.deepEqual([st1.requestedShifts, st1.awardedShifts, st1.cutoffGrade, st1.proposalsSubmitted, st1.proposalsAwarded, st1.users, st1.publications], [4, 0, null, 1, 0, 0, 0]);
  assert.equal(st1.oversubscription, 0.07);
  const st2: any = by.get(s2);
  assert.deepEqual([st2.requestedShifts, st2.oversubscription, st2.usersByOrgKind], [0, 0, []]);

  assert.deepEqual(
    {
      available: c.totals.availableShifts,
      requested: c.totals.requestedShifts,
      awarded: c.totals.awardedShifts,
      over: c.totals.oversubscription,
      cutoff: c.totals.cutoffGrade,
      submitted: c.totals.proposalsSubmitted,
      awardedProposals: c.totals.proposalsAwarded,
      users: c.totals.users,
      done: c.totals.experimentsDone,
      pubs: c.totals.publications,
    },
    { available: 162, requested: 52, awarded: 15, over: 0.32, cutoff: 2.5, submitted: 3, awardedProposals: 2, users: 3, done: 1, pubs: 3 },
  );
  // no personal data
  assert.doesNotMatch(JSON.stringify(s), /@|per_/);

  const one = ok(await t.req('GET', `/api/facilities/${w.facility.id}/statistics?cycleId=${w.cycle.id}`));
  assert.deepEqual(one, s);
  refused(await t.req('GET', `/api/facilities/fac_nope/statistics`), 404, 'not_found');
  const other = await facilityWorld(t);
  refused(await t.req('GET', `/api/facilities/${w.facility.id}/statistics?cycleId=${other.cycle.id}`), 404, 'not_found');
  refused(await t.req('GET', `/api/facilities/${w.facility.id}/statistics?format=pdf`), 400, 'validation_failed');
});

async function fetchFile(path: string): Promise<{ status: number; headers: Headers; bytes: Buffer; text: string }> {
  const res = await t.app.request(path);
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, text: bytes.toString('utf8') };
}

/** Splits a CSV of sections into tables by their title line (fields here hold no newlines). */
function parseCsv(text: string): Map<string, string[][]> {
  const field = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  const parseLine = (line: string) => {
    const out: string[] = [];
    for (const m of line.matchAll(field)) {
      const v = m[1]!;
      out.push(v.startsWith('"') ? v.slice(1, -1).replace(/""/g, '"') : v);
      if (m[2] === '') break;
    }
    return out;
  };
  const tables = new Map<string, string[][]>();
  let cur: string[][] | null = null;
  for (const line of text.replace(/^\uFEFF/, '').split('\r\n')) {
    if (line === '') {
      cur = null;
      continue;
    }
    if (!cur) tables.set(line, (cur = []));
    else cur.push(parseLine(line));
  }
  return tables;
}

test('CSV and XLSX exports parse back with the same numbers', async () => {
  const csv = await fetchFile(`/api/facilities/${w.facility.id}/statistics?cycleId=${w.cycle.id}&format=csv`);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type')!, /^text\/csv/);
  assert.match(csv.headers.get('content-disposition')!, /attachment; filename="statistics-F[^"]+\.csv"/);
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
  const tables = parseCsv(csv.text);
  assert.deepEqual([...tables.keys()], ['[周期汇总 / Cycles]', '[按实验站 / Stations]', '[用户单位类型 / Users by organization kind]']);
  const stations = tables.get('[按实验站 / Stations]')!;
  assert.equal(stations[0]![3], '可用机时 / Available shifts');
  const row0 = stations.find((r) => r[1] === w.stations[0]!.code)!;
  assert.deepEqual(row0.slice(3), ['54', '48', '15', '0.89', '2.50', '3', '2', '3', '1', '3']);
  const row1 = stations.find((r) => r[1] === w.stations[1]!.code)!;
  assert.equal(row1[2], `'=HYPERLINK("http://x","y")`, 'a formula is defused');
  assert.equal(row1[7], '', 'no cutoff grade');
  const cycles = tables.get('[周期汇总 / Cycles]')!;
  assert.deepEqual(cycles[1]!.slice(2), ['162', '52', '15', '0.32', '2.50', '3', '2', '3', '1', '3']);
  const users = tables.get('[用户单位类型 / Users by organization kind]')!;
  assert.deepEqual(
    users.slice(1).filter((r) => r[1] === '*').map((r) => [r[2], r[3]]),
    [
      ['university', '1'],
      ['research_institute', '1'],
      ['enterprise', '1'],
    ],
  );

  const xlsx = await fetchFile(`/api/facilities/${w.facility.id}/statistics?format=xlsx`);
  assert.equal(xlsx.status, 200);
  assert.equal(xlsx.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  assert.match(xlsx.headers.get('content-disposition')!, /filename="statistics-F[^"]+-all\.xlsx"/);
  const sheets = await readXlsxFile(xlsx.bytes);
  assert.deepEqual(
    sheets.map((x) => x.sheet),
    ['Cycles', 'Stations', 'Users'],
  );
  const book = new Map(sheets.map((x) => [x.sheet, x.data]));
  const xs = book.get('Stations')!;
  const x0 = xs.find((r) => r[1] === w.stations[0]!.code)!;
  assert.deepEqual(x0.slice(3), [54, 48, 15, 0.89, 2.5, 3, 2, 3, 1, 3]);
  const x1 = xs.find((r) => r[1] === w.stations[1]!.code)!;
  assert.equal(x1[2], '=HYPERLINK("http://x","y")', 'text stays text in the workbook');
  assert.deepEqual(book.get('Cycles')![1]!.slice(2), [162, 52, 15, 0.32, 2.5, 3, 2, 3, 1, 3]);
});
