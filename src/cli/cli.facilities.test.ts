// `pujiang facilities …` and `pujiang calls …` run as real child processes against a seeded
// database of their own (the demo seed: the SSRF's user office, three cycles — one closed, one
// running with a published schedule, one with its calls open —, awards, experiments, statistics).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliStore, runCli, type Run } from '../../test/support/cli.ts';
import { newId } from '../shared/ids.ts';
import { EXIT } from './cli.exit.ts';
import { cycleDays, relative } from './cli.facilities.ts';

const OFFICE = 'useroffice@pujiang.example';
let env: Record<string, string>;
let cleanup: () => Promise<void>;
let dir: string;
/** Runs SQL on the test's database while no CLI holds it (the test reads what the CLI did). */
let query: <T>(text: string, params?: unknown[]) => Promise<T[]>;

interface CycleJson {
  id: string;
  code: string;
  status: string;
  facilityCode: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
}
/** The SSRF's cycles as `facilities cycles --json` prints them. */
let cycles: CycleJson[];
const cycleOf = (status: string) => cycles.find((c) => c.status === status)!;

before(async () => {
  const store = await cliStore('clif');
  env = store.env;
  dir = store.dir;
  query = store.query;
  cleanup = store.cleanup;
  const seeded = await pujiang(['seed']);
  assert.equal(seeded.code, EXIT.ok, seeded.stderr);
  const r = await pujiang(['facilities', 'cycles', '--facility', 'ssrf', '--json']);
  assert.equal(r.code, EXIT.ok, r.stderr);
  cycles = JSON.parse(r.stdout);
});
after(async () => {
  await cleanup();
});

/** Runs the CLI on the test's store. */
const pujiang = (args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}): Promise<Run> => runCli(env, args, opts);

test('the days of a cycle in its zone and times relative to now', () => {
  // 16:00 UTC is midnight in Shanghai; the end is exclusive, so the last day is the one before.
  assert.equal(cycleDays({ startsAt: '2026-02-12T16:00:00.000Z', endsAt: '2026-06-18T16:00:00.000Z', timeZone: 'Asia/Shanghai' }), '2026-02-13 to 2026-06-18');
  assert.equal(cycleDays({ startsAt: '2026-02-13T00:00:00.000Z', endsAt: '2026-02-14T00:00:00.000Z', timeZone: 'UTC' }), '2026-02-13 to 2026-02-13');
  const now = Date.parse('2026-05-01T00:00:00Z');
  assert.equal(relative(now + 3 * 86_400_000 + 4 * 3_600_000 + 5 * 60_000, now), 'in 3 d 4 h');
  assert.equal(relative(now - 2 * 3_600_000 - 30 * 60_000, now), '2 h 30 min ago');
  assert.equal(relative(now + 59_000, now), 'in 0 min');
});

test('facilities cycles lists the seeded cycles with their status and days in their zone', async () => {
  assert.deepEqual(cycles.map((c) => c.status), ['call_open', 'published', 'closed'], 'latest first');
  assert.ok(cycles.every((c) => c.facilityCode === 'SSRF'));
  const r = await pujiang(['facilities', 'cycles']);
  assert.equal(r.code, EXIT.ok, r.stderr);
  for (const c of cycles) {
    assert.match(r.stdout, new RegExp(`^SSRF\\s+${c.code}\\s+${c.status}\\s+${cycleDays(c)} \\(Asia/Shanghai\\)\\s+378 shifts of 8 h, awards in multiples of 3 .* ${c.id}$`, 'm'));
  }
  const none = await pujiang(['facilities', 'cycles', '--facility', 'SHINE']);
  assert.equal(none.code, EXIT.ok, none.stderr);
  assert.equal(none.stdout.trim(), 'no cycles at SHINE');
  const unknown = await pujiang(['facilities', 'cycles', '--facility', 'NOPE', '--json']);
  assert.equal(unknown.code, EXIT.notFound);
  assert.equal(JSON.parse(unknown.stdout).error.code, 'not_found');
  assert.match(unknown.stderr, /no facility with the code or id NOPE \(codes: SSRF, /);
});

test('usage errors are found before the database is opened', async () => {
  const untouched = join(tmpdir(), `pujiang-cli-facilities-untouched-${process.pid}`);
  const cycle = 'cyc_01J00000000000000000000000';
  const usage = [
    ['facilities', 'schedule', '--cycle', cycle],
    ['facilities', 'schedule', '--cycle', cycle, '--as', OFFICE, '--time-limit', '0'],
    ['facilities', 'schedule', '--cycle', cycle, '--as', OFFICE, '--time-limit', '61'],
    ['facilities', 'schedule', '--cycle', cycle, '--as', OFFICE, '--policy', 'best'],
    ['facilities', 'schedule', '--cycle', cycle, '--as', 'not-an-email'],
    ['facilities', 'publish', '--schedule', 'v3', '--as', OFFICE],
    ['facilities', 'stats', '--facility', 'SSRF', '--format', 'xlsx'],
    ['facilities', 'stats', '--facility', 'SSRF', '--out', join(dir, 'stats.txt')],
    ['facilities', 'stats', '--facility', 'SSRF', '--format', 'pdf'],
    ['facilities', 'stats', '--facility', 'SSRF', '--format', 'csv', '--json'],
    ['facilities', 'stats'],
    ['calls', 'list', '--closed'],
  ];
  const runs = await Promise.all(usage.map((args) => pujiang(args, { env: { PUJIANG_DATA_DIR: untouched, PUJIANG_DATABASE_URL: '' } })));
  runs.forEach((r, i) => assert.equal(r.code, EXIT.usage, `${usage[i]!.join(' ')}: ${r.stderr}`));
  assert.match(runs[0]!.stderr, /--as <email>' not specified/);
  assert.match(runs[1]!.stderr, /a whole number of seconds from 1 to 60/);
  assert.match(runs[6]!.stderr, /--format xlsx: give the file to write with --out/);
  assert.equal(existsSync(untouched), false, 'no database was opened');
});

test('calls list: every call with its deadline in its own zone; --open only those taking applications now', async () => {
  const all = await pujiang(['calls', 'list', '--json']);
  assert.equal(all.code, EXIT.ok, all.stderr);
  const calls = JSON.parse(all.stdout) as { code: string; status: string; accepting: boolean; closesAt: string | null; closesAtLocal: string | null; timeZone: string }[];
  const [{ n }] = (await query<{ n: number }>(`select count(*)::int as n from calls where status <> 'draft'`)) as [{ n: number }];
  assert.equal(calls.length, Number(n), 'every call that is not a draft');
  assert.ok(calls.some((c) => c.status === 'closed') && calls.some((c) => c.accepting));

  const open = await pujiang(['calls', 'list', '--desk', 'facilities', '--open']);
  assert.equal(open.code, EXIT.ok, open.stderr);
  const lines = open.stdout.trim().split('\n');
  const [{ m }] = (await query<{ m: number }>(
    `select count(*)::int as m from calls where desk = 'facilities' and status = 'open' and opens_at <= now() and (closes_at is null or closes_at > now())`,
  )) as [{ m: number }];
  assert.equal(lines.length, Number(m));
  assert.ok(lines.every((l) => /^\S+\s+facilities\s+accepting\s+/.test(l)), open.stdout);
  // The general call of the next cycle closes at 23:59:59 in Shanghai, whatever the server's zone.
  const gu = calls.find((c) => c.code === `${cycleOf('call_open').code}-GU`)!;
  assert.match(gu.closesAtLocal!, / 23:59:59$/);
  assert.match(open.stdout, new RegExp(`^${gu.code}\\s+facilities\\s+accepting\\s+deadline ${gu.closesAtLocal} Asia/Shanghai \\(in \\d+ d( \\d+ h)?\\)  .* call_`, 'm'));
  assert.match(open.stdout, /^\S+-RA\s+facilities\s+accepting\s+continuous \(no deadline\)/m);

  const ledger = await pujiang(['calls', 'list', '--desk', 'ledger', '--open']);
  assert.equal(ledger.code, EXIT.ok, ledger.stderr);
  assert.equal(ledger.stdout.trim(), 'no open calls of the desk ledger');
});

test('facilities stats: printed per cycle and station, as JSON, and exported as CSV and XLSX', async () => {
  const past = cycleOf('closed');
  const text = await pujiang(['facilities', 'stats', '--facility', 'SSRF', '--cycle', past.code]);
  assert.equal(text.code, EXIT.ok, text.stderr);
  const [{ awarded }] = (await query<{ awarded: number }>(`select coalesce(sum(shifts), 0)::int as awarded from beamtime_awards where cycle_id = $1`, [past.id])) as [{ awarded: number }];
  assert.ok(Number(awarded) > 0);
  const head = text.stdout.split('\n')[0]!;
  assert.match(head, new RegExp(`^SSRF ${past.code} \\(closed\\): available [\\d,]+, requested [\\d,]+, awarded ${Number(awarded).toLocaleString('en-US')} shifts; oversubscription \\d+\\.\\d\\d, cutoff grade`));
  assert.match(text.stdout, /^ {2}users by organization kind: university \d+/m);
  assert.match(text.stdout, /^ {2}BL14W1\s+available \d+, requested \d+, awarded \d+ shifts/m);

  const json = await pujiang(['facilities', 'stats', '--facility', 'SSRF', '--json']);
  assert.equal(json.code, EXIT.ok, json.stderr);
  const s = JSON.parse(json.stdout);
  assert.deepEqual(s.cycles.map((c: { code: string }) => c.code), cycles.map((c) => c.code));
  assert.equal(s.cycles.find((c: { code: string }) => c.code === past.code).totals.awardedShifts, Number(awarded));

  const csvFile = join(dir, 'ssrf.csv');
  const csv = await pujiang(['facilities', 'stats', '--facility', 'SSRF', '--cycle', past.id, '--format', 'csv', '--out', csvFile]);
  assert.equal(csv.code, EXIT.ok, csv.stderr);
  assert.match(csv.stdout, new RegExp(`^wrote ${csvFile} \\(statistics-SSRF-${past.code}\\.csv, [\\d,]+ bytes\\)`));
  const body = readFileSync(csvFile, 'utf8');
  assert.ok(body.startsWith('\ufeff[周期汇总 / Cycles]\r\n'), 'a byte order mark and the first table');
  assert.match(body, new RegExp(`\\r\\n${past.code},Cycle ${past.code},\\d+,\\d+,${awarded},`));
  const toStdout = await pujiang(['facilities', 'stats', '--facility', 'ssrf', '--format', 'csv']);
  assert.equal(toStdout.code, EXIT.ok, toStdout.stderr);
  assert.ok(toStdout.stdout.startsWith('\ufeff[周期汇总 / Cycles]'));

  const xlsxFile = join(dir, 'ssrf.xlsx');
  const xlsx = await pujiang(['facilities', 'stats', '--facility', 'SSRF', '--out', xlsxFile]);
  assert.equal(xlsx.code, EXIT.ok, xlsx.stderr);
  assert.equal(readFileSync(xlsxFile).subarray(0, 2).toString('latin1'), 'PK', 'a zip: the workbook');

  const unknown = await pujiang(['facilities', 'stats', '--facility', 'SSRF', '--cycle', '1999-1']);
  assert.equal(unknown.code, EXIT.notFound);
});

test('facilities schedule solves a draft with HiGHS and prints its figures; who may, and which cycles', async () => {
  const current = cycleOf('published');
  const r = await pujiang(['facilities', 'schedule', '--cycle', current.code, '--time-limit', '2', '--as', OFFICE]);
  assert.equal(r.code, EXIT.ok, r.stdout + r.stderr);
  assert.match(r.stderr, new RegExp(`^facilities schedule: solving SSRF ${current.code} with HiGHS, policy score, time limit 2 s, as ${OFFICE}$`, 'm'));
  assert.match(r.stderr, /^facilities schedule: solved in \d+\.\d s$/m);
  const lines = r.stdout.split('\n');
  const id = /^schedule v2 \(draft\) of SSRF \S+, policy score: (sch_\w+)$/.exec(lines[0]!)?.[1];
  assert.ok(id, r.stdout);
  assert.match(lines[1]!, /^objective \d+\.\d, LP bound \d+\.\d, gap \d+\.\d\d%, greedy objective \d+\.\d \([+-]\d+\.\d% over greedy\), \d+\.\d s$/);
  const placed = /^placed (\d+) awards \([\d,]+ shifts\), unplaced (\d+)$/.exec(lines[2]!);
  assert.ok(placed, lines[2]);
  const [{ awards }] = (await query<{ awards: number }>(`select count(*)::int as awards from beamtime_awards where cycle_id = $1`, [current.id])) as [{ awards: number }];
  assert.equal(Number(placed[1]) + Number(placed[2]), Number(awards), 'every award placed or listed as unplaced');
  const [row] = await query<{ status: string; version: number; objective: number; blocks: number }>(
    `select status, version, objective, (select count(*)::int from schedule_blocks b where b.schedule_id = s.id) as blocks from schedules s where id = $1`,
    [id],
  );
  assert.deepEqual([row!.status, row!.version, Number(row!.blocks)], ['draft', 2, Number(placed[1])]);
  const audit = await query<{ actor_label: string; action: string }>(`select actor_label, action from audit_log where object_id = $1`, [id]);
  assert.deepEqual(audit.map((a) => [a.action, a.actor_label]), [['facilities.schedule.solve', OFFICE]]);

  // one after another: the embedded database is one process's at a time
  const refused: Awaited<ReturnType<typeof pujiang>>[] = [];
  for (const args of [
    ['--cycle', current.id, '--time-limit', '1', '--as', 'researcher@pujiang.example', '--json'],
    ['--cycle', current.code, '--as', 'nobody@pujiang.example'],
    ['--cycle', '1999-1', '--as', OFFICE],
    ['--cycle', cycleOf('closed').code, '--facility', 'SSRF', '--as', OFFICE],
    ['--cycle', cycleOf('call_open').code, '--as', OFFICE],
  ]) {
    refused.push(await pujiang(['facilities', 'schedule', ...args]));
  }
  assert.equal(refused[0]!.code, EXIT.failed, refused[0]!.stderr);
  assert.equal(JSON.parse(refused[0]!.stdout).error.code, 'forbidden');
  assert.equal(refused[1]!.code, EXIT.notFound, refused[1]!.stderr);
  assert.equal(refused[2]!.code, EXIT.notFound, refused[2]!.stderr);
  assert.equal(refused[3]!.code, EXIT.failed, refused[3]!.stderr);
  assert.match(refused[3]!.stderr, /pujiang: the cycle is closed/);
  assert.equal(refused[4]!.code, EXIT.failed, refused[4]!.stderr);
  assert.match(refused[4]!.stderr, /pujiang: the cycle has no awarded beamtime to schedule/);
  const [{ versions }] = (await query<{ versions: number }>(`select count(*)::int as versions from schedules where cycle_id = $1`, [current.id])) as [{ versions: number }];
  assert.equal(Number(versions), 2, 'no refused solve wrote a schedule');
});

test('publishing a draft the calendar no longer allows is refused with its violations (exit 1); schedule --publish publishes', async () => {
  const current = cycleOf('published');
  const [draft] = await query<{ id: string; version: number }>(`select id, version from schedules where cycle_id = $1 and status = 'draft' order by version desc limit 1`, [current.id]);
  const [v1] = await query<{ id: string }>(`select id from schedules where cycle_id = $1 and status = 'published'`, [current.id]);
  assert.ok(draft && v1, 'the draft of the test before and the seed\'s published version');
  // Maintenance declared on a block's station and time after the draft was made.
  const [block] = await query<{ station_id: string; code: string; starts_at: Date; ends_at: Date; number: string }>(
    `select b.station_id, s.code, b.starts_at, b.ends_at, a.number from schedule_blocks b join applications a on a.id = b.application_id join stations s on s.id = b.station_id
      where b.schedule_id = $1 order by b.starts_at desc, b.id limit 1`,
    [draft.id],
  );
  await query(`insert into calendar_periods (id, cycle_id, station_id, kind, starts_at, ends_at, note) values ($1, $2, $3, 'maintenance', $4, $5, 'cli test')`, [
    newId('period'),
    current.id,
    block!.station_id,
    block!.starts_at,
    block!.ends_at,
  ]);

  const r = await pujiang(['facilities', 'publish', '--schedule', draft.id, '--as', OFFICE]);
  assert.equal(r.code, EXIT.failed, r.stdout + r.stderr);
  assert.match(r.stdout, new RegExp(`^violation: user-operation \\(${block!.number}\\): .+$`, 'm'));
  assert.match(r.stderr, new RegExp(`pujiang: publishing schedule v${draft.version} refused: .* \\(\\d+ violations?\\)`));
  const json = await pujiang(['facilities', 'publish', '--schedule', draft.id, '--as', OFFICE, '--json']);
  assert.equal(json.code, EXIT.failed);
  const err = JSON.parse(json.stdout).error;
  assert.equal(err.code, 'schedule_invalid');
  assert.equal(err.scheduleId, draft.id);
  assert.ok(err.violations.length >= 1 && err.violations.every((v: { rule: string; detail: string }) => v.rule && v.detail));
  const states = await query<{ id: string; status: string }>(`select id, status from schedules where id in ($1, $2)`, [draft.id, v1.id]);
  assert.deepEqual(Object.fromEntries(states.map((s) => [s.id, s.status])), { [draft.id]: 'draft', [v1.id]: 'published' }, 'nothing published, nothing superseded');

  // A new solve sees the maintenance and keeps clear of it; --publish publishes it.
  const ok = await pujiang(['facilities', 'schedule', '--cycle', current.id, '--policy', 'rank', '--time-limit', '2', '--publish', '--as', OFFICE, '--json']);
  assert.equal(ok.code, EXIT.ok, ok.stdout + ok.stderr);
  const s = JSON.parse(ok.stdout);
  assert.equal(s.status, 'published');
  assert.equal(s.policy, 'rank');
  assert.equal(s.version, draft.version + 1);
  assert.equal(s.blocks.length, s.placed);
  const clash = s.blocks.filter((b: { station: string; startsAt: string; endsAt: string }) => b.station === block!.code && Date.parse(b.startsAt) < block!.ends_at.getTime() && Date.parse(b.endsAt) > block!.starts_at.getTime());
  assert.deepEqual(clash, [], `nothing on ${block!.code} during its maintenance`);
  const after = await query<{ id: string; status: string }>(`select id, status from schedules where cycle_id = $1 and status <> 'draft' order by version`, [current.id]);
  assert.deepEqual(after.map((x) => x.status), ['superseded', 'published']);
  assert.equal(after[1]!.id, s.id);
  const [{ n }] = (await query<{ n: number }>(`select count(*)::int as n from experiments e join schedule_blocks b on b.award_id = e.award_id and b.schedule_id = $1 where e.status <> 'cancelled'`, [s.id])) as [{ n: number }];
  assert.equal(Number(n), s.placed, 'one experiment per placed award');
  const audit = await query<{ actor_label: string }>(`select actor_label from audit_log where action = 'facilities.schedule.publish' and object_id = $1`, [s.id]);
  assert.deepEqual(audit.map((a) => a.actor_label), [OFFICE]);

  const text = await pujiang(['facilities', 'publish', '--schedule', s.id, '--as', OFFICE]);
  assert.equal(text.code, EXIT.failed, 'a published schedule is not a draft');
  assert.match(text.stderr, /pujiang: the schedule is published/);
});
