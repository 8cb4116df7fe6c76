// `pujiang ledger …` and `pujiang remote ledger …` run as real child processes against a seeded
// database of their own (the demo seed: programs, companies, orders in every state).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliStore, runCli, type Run } from '../../test/support/cli.ts';
import { EXIT } from './cli.exit.ts';
import { formatYuan, parseCsv, parseGrantCsv, yuanToFen } from './cli.ledger.parse.ts';

const OPERATOR = 'operator@pujiang.example';
let env: Record<string, string>;
let cleanup: () => Promise<void>;
let dir: string;
/** Runs SQL on the test's database while no CLI or server holds it (the test reads what the CLI did). */
let query: <T>(text: string, params?: unknown[]) => Promise<T[]>;
/** Runs several SQL statements. */
let exec: (text: string) => Promise<void>;

before(async () => {
  const store = await cliStore('clil');
  env = store.env;
  dir = store.dir;
  query = store.query;
  exec = store.exec;
  cleanup = store.cleanup;
  const seeded = await pujiang(['seed']);
  assert.equal(seeded.code, EXIT.ok, seeded.stderr);
  assert.match(seeded.stdout, /ledger: 5 programs/);
});
after(async () => {
  await cleanup();
});

/** Runs the CLI on the test's store. */
const pujiang = (args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}): Promise<Run> => runCli(env, args, opts);

let n = 0;
function csv(text: string): string {
  const file = join(dir, `grants-${++n}.csv`);
  writeFileSync(file, text);
  return file;
}

/** Organizations of a kind, in a stable order. */
async function orgs(kind: string, count: number): Promise<{ id: string; name: string }[]> {
  return query<{ id: string; name: string }>(`select id, name from organizations where kind = $1 order by name limit ${count}`, [kind]);
}

/** The month now, in China Standard Time, as the books keep it. */
const thisMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);

test('the CSV reader: quotes, commas and line breaks inside fields, a byte order mark, blank lines; amounts in yuan', () => {
  const records = parseCsv('\ufefforgId,reason\r\norg_1,"a, ""quoted""\nreason"\r\n\r\norg_2,plain\n');
  assert.deepEqual(records, [
    { line: 1, fields: ['orgId', 'reason'] },
    { line: 2, fields: ['org_1', 'a, "quoted"\nreason'] },
    { line: 5, fields: ['org_2', 'plain'] },
  ]);
  assert.equal(yuanToFen('1,200,000'), 120_000_000);
  assert.equal(yuanToFen('¥99.5'), 9950);
  assert.equal(yuanToFen('300000元'), 30_000_000);
  assert.equal(yuanToFen('0.01'), 1);
  for (const bad of ['12.345', '-5', '1e6', '', '1,00', 'abc']) assert.equal(yuanToFen(bad), null, bad);
  assert.equal(formatYuan(123_456_789), '1,234,567.89');
  // The default key is the same for the same grant, whatever the spelling of its amount.
  const a = parseGrantCsv('orgId,amountYuan\norg_01J00000000000000000000000,"1,000"\n').rows[0]!;
  const b = parseGrantCsv('org_id,amount_yuan\norg_01J00000000000000000000000,1000.00\n').rows[0]!;
  assert.equal(a.key, b.key);
});

test('ledger programs lists the seeded programs', async () => {
  const r = await pujiang(['ledger', 'programs', '--json']);
  assert.equal(r.code, EXIT.ok, r.stderr);
  const codes = JSON.parse(r.stdout).map((p: { code: string }) => p.code);
  assert.deepEqual(codes.sort(), ['SH-COMPUTE', 'SH-DATA', 'SH-INCUB', 'SH-INNOV', 'SH-MODEL']);
  const text = await pujiang(['ledger', 'programs']);
  assert.match(text.stdout, /SH-COMPUTE\s+active\s+30%\s+cap 10,000,000\.00\/yr/);
});

test('ledger grant from a CSV, twice: the second run grants nothing new', async () => {
  const [a, b, c] = await orgs('startup', 3);
  const reason = `第五批算力券 ${randomBytes(3).toString('hex')}`;
  const file = csv(`orgId,amountYuan,reason,key\n${a!.id},"1,200,000",${reason},\n${b!.id},350000.50,${reason},\n${c!.id},80000,${reason},batch-5-c\n`);
  const first = await pujiang(['ledger', 'grant', '--program', 'sh-compute', '--csv', file, '--as', OPERATOR, '--json']);
  assert.equal(first.code, EXIT.ok, first.stdout + first.stderr);
  const r1 = JSON.parse(first.stdout);
  assert.equal(r1.program.code, 'SH-COMPUTE');
  assert.deepEqual([r1.granted, r1.alreadyGranted, r1.failed], [3, 0, 0]);
  assert.equal(r1.grantedFen, 120_000_000 + 35_000_050 + 8_000_000);
  assert.deepEqual(r1.rows.map((x: { line: number }) => x.line), [2, 3, 4]);
  assert.match(first.stderr, /ledger grant: 3 rows for SH-COMPUTE/);
  assert.match(first.stderr, /ledger grant: 3\/3/);

  const second = await pujiang(['ledger', 'grant', '--program', 'SH-COMPUTE', '--csv', file, '--as', OPERATOR]);
  assert.equal(second.code, EXIT.ok, second.stdout + second.stderr);
  assert.match(second.stdout, /granted 0 vouchers \(0\.00 yuan\), 3 already granted before, 0 failed/);
  const [granted] = await query<{ count: number }>('select count(*)::int as count from ledger_vouchers where reason = $1', [reason]);
  assert.equal(Number(granted!.count), 3, 'each row granted once');
  const audit = await query<{ actor_label: string }>(`select actor_label from audit_log where action = 'ledger.voucher.grant' and after->>'reason' = $1`, [reason]);
  assert.deepEqual(audit.map((x) => x.actor_label), [OPERATOR, OPERATOR, OPERATOR], 'audited as the operator named by --as');
});

test('ledger grant: bad rows are listed with their line numbers, the good ones granted, exit 1', async () => {
  const [s1, s2] = await orgs('startup', 5).then((x) => x.slice(3));
  const [uni] = await orgs('university', 1);
  const reason = `bad-rows ${randomBytes(3).toString('hex')}`;
  const file = csv(
    [
      'orgId,amountFen,reason', // 1
      `${s1!.id},500000,${reason}`, // 2
      `${s2!.id},12.5,${reason}`, // 3: not whole fen
      '', // 4: blank, skipped
      `${s2!.id},300000,"${reason}`, // 5: a reason over two lines
      `second line"`, // 6
      `,1000,${reason}`, // 7: no organization
      `${uni!.id},1000,${reason}`, // 8: universities are not eligible
      `${s1!.id},500000,${reason}`, // 9: the same as line 2
      `org_01J0000000000000000000000Z,1000,${reason}`, // 10: no such organization
      `not-an-id,1000,${reason}`, // 11
    ].join('\n'),
  );
  const r = await pujiang(['ledger', 'grant', '--program', 'SH-INNOV', '--csv', file, '--as', OPERATOR]);
  assert.equal(r.code, EXIT.failed, r.stdout + r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.match(lines[0]!, /^line 3: bad_row: amount "12\.5" is not a positive whole number of fen/);
  assert.match(lines[1]!, /^line 7: bad_row: no orgId/);
  assert.match(lines[2]!, /^line 8: org_not_eligible: /);
  assert.match(lines[3]!, /^line 9: duplicate_row: the same organization, amount and reason as line 2/);
  assert.match(lines[4]!, /^line 10: not_found: /);
  assert.match(lines[5]!, /^line 11: bad_row: "not-an-id" is not an organization id/);
  assert.match(lines[6]!, /SH-INNOV .*: granted 2 vouchers \(8,000\.00 yuan\), 0 already granted before, 6 failed/);
  const rows = await query<{ reason: string }>('select reason from ledger_vouchers where reason like $1 order by amount_fen', [`${reason}%`]);
  assert.deepEqual(rows.map((x) => x.reason), [`${reason}\nsecond line`, reason]);
});

test('ledger grant refuses a wrong header, a missing --as and a non-operator before granting anything', async () => {
  const untouched = join(tmpdir(), `pujiang-cli-ledger-untouched-${process.pid}`);
  const usage = [
    ['ledger', 'grant', '--program', 'SH-COMPUTE', '--csv', csv('orgId,amuontYuan\norg_01J00000000000000000000000,1\n'), '--as', OPERATOR],
    ['ledger', 'grant', '--program', 'SH-COMPUTE', '--csv', csv('orgId,amountYuan,amountFen\n'), '--as', OPERATOR],
    ['ledger', 'grant', '--program', 'SH-COMPUTE', '--csv', csv('orgId,amountYuan\n'), '--as', OPERATOR],
    ['ledger', 'grant', '--program', 'SH-COMPUTE', '--csv', csv('orgId,reason\norg_x,"never closed\n'), '--as', OPERATOR],
    ['ledger', 'grant', '--program', 'SH-COMPUTE', '--csv', join(dir, 'missing.csv'), '--as', OPERATOR],
    ['ledger', 'grant', '--program', 'SH-COMPUTE', '--csv', csv('orgId,amountYuan\n')],
    ['ledger', 'settle', '--period', '2026-13', '--as', OPERATOR],
    ['ledger', 'settle', '--period', '2999-01', '--as', OPERATOR],
    ['ledger', 'settle', '--period', '2026-01', '--as', 'not-an-email'],
  ];
  const runs = await Promise.all(usage.map((args) => pujiang(args, { env: { PUJIANG_DATA_DIR: untouched, PUJIANG_DATABASE_URL: '' } })));
  runs.forEach((r, i) => assert.equal(r.code, EXIT.usage, `${usage[i]!.join(' ')}: ${r.stderr}`));
  assert.match(runs[0]!.stderr, /unknown column "amuontYuan"/);
  assert.match(runs[3]!.stderr, /line 2: a quoted field is never closed/);
  assert.equal(existsSync(untouched), false, 'no database was opened');

  const file = csv('orgId,amountYuan\norg_01J00000000000000000000000,1\n');
  const founder = await pujiang(['ledger', 'grant', '--program', 'SH-COMPUTE', '--csv', file, '--as', 'founder@pujiang.example', '--json']);
  assert.equal(founder.code, EXIT.failed);
  assert.equal(JSON.parse(founder.stdout).error.code, 'forbidden');
  const nobody = await pujiang(['ledger', 'grant', '--program', 'SH-COMPUTE', '--csv', file, '--as', 'nobody@pujiang.example']);
  assert.equal(nobody.code, EXIT.notFound);
  const noProgram = await pujiang(['ledger', 'grant', '--program', 'NO-SUCH', '--csv', file, '--as', OPERATOR]);
  assert.equal(noProgram.code, EXIT.notFound);
});

test('ledger settle prints the statements of the month; run again, it settles nothing', async () => {
  const period = thisMonth();
  const r = await pujiang(['ledger', 'settle', '--period', period, '--as', OPERATOR]);
  assert.equal(r.code, EXIT.ok, r.stderr);
  assert.match(r.stderr, new RegExp(`ledger settle: ${period} as ${OPERATOR}`));
  assert.match(r.stdout, /^stl_\S+\s+上海超级计算中心\s+\d+ orders?\s+total [\d,]+\.\d\d\s+\(program [\d,]+\.\d\d, companies [\d,]+\.\d\d\)$/m);
  assert.match(r.stdout, new RegExp(`^settled ${period}: \\d+ statements?, \\d+ orders?, [\\d,]+\\.\\d\\d yuan paid out to providers$`, 'm'));
  const again = await pujiang(['ledger', 'settle', '--period', period, '--as', OPERATOR, '--json']);
  assert.equal(again.code, EXIT.ok, again.stderr);
  assert.deepEqual(JSON.parse(again.stdout), { period, statements: [] });
  const claimed = await query<{ n: number }>(`select count(*)::int as n from ledger_orders where status = 'claimed'`);
  assert.equal(Number(claimed[0]!.n), 0, 'every claimed order is settled');
});

test('ledger sweep expires nothing on fresh books', async () => {
  const r = await pujiang(['ledger', 'sweep', '--json']);
  assert.equal(r.code, EXIT.ok, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), { ordersExpired: 0, vouchersExpired: 0, pendingsExpired: 0 });
});

test('remote ledger grant and settle go through the API with a ledger:write token', async () => {
  const tok = await pujiang(['token', 'create', '--email', OPERATOR, '--name', 'batch', '--scopes', 'ledger:read,ledger:write']);
  assert.equal(tok.code, EXIT.ok, tok.stderr);
  const secret = tok.stdout.trim();
  const [x] = await orgs('enterprise', 1);
  const file = csv(`orgId,amountYuan,key\n${x!.id},20000,remote-1\n${x!.id},abc,remote-2\n`);
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PUJIANG_')));
  const server = spawn('node_modules/.bin/node', ['src/server/main.ts'], { env: { ...clean, ...env, PUJIANG_PORT: '0', PUJIANG_SEED: 'none', PUJIANG_JOBS: 'false', PUJIANG_LOG_LEVEL: 'info' } });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (d) => {
        out += d;
        const m = /"port":(\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
    });
    const url = `http://127.0.0.1:${port}`;
    const as = { env: { PUJIANG_TOKEN: secret } };
    const first = await pujiang(['remote', 'ledger', 'grant', '--url', url, '--program', 'SH-COMPUTE', '--csv', file, '--json'], as);
    assert.equal(first.code, EXIT.failed, first.stderr);
    const r1 = JSON.parse(first.stdout);
    assert.deepEqual([r1.granted, r1.alreadyGranted, r1.failed], [1, 0, 1]);
    assert.equal(r1.rows[1].line, 3);
    const second = await pujiang(['remote', 'ledger', 'grant', '--url', url, '--program', 'SH-COMPUTE', '--csv', file], as);
    assert.match(second.stdout, /granted 0 vouchers \(0\.00 yuan\), 1 already granted before, 1 failed/);
    const settle = await pujiang(['remote', 'ledger', 'settle', '--url', url, '--period', thisMonth()], as);
    assert.equal(settle.code, EXIT.ok, settle.stderr);
    assert.match(settle.stdout, /nothing to settle/);
    const noToken = await pujiang(['remote', 'ledger', 'settle', '--url', url, '--period', thisMonth()]);
    assert.equal(noToken.code, EXIT.usage);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
});

test('ledger reconcile: exit 0 when the books agree, 1 with the account when a balance was edited behind the ledger', async () => {
  const ok = await pujiang(['ledger', 'reconcile', '--json']);
  assert.equal(ok.code, EXIT.ok, ok.stderr);
  const r = JSON.parse(ok.stdout);
  assert.equal(r.ok, true);
  assert.ok(r.transfers > 50);
  const text = await pujiang(['ledger', 'reconcile']);
  assert.match(text.stdout, /^books reconcile: \d+ transfers, \d+ accounts/);
  assert.match(text.stdout, /ledger 156 \(yuan\): debits [\d,.]+ = credits/);

  // Only by switching the guard off can a balance move without a transfer: reconcile sees it.
  const [acct] = await query<{ id: string }>(`select id from ledger_accounts where code = 'voucher' order by id limit 1`);
  await exec(
    `alter table ledger_accounts disable trigger ledger_accounts_guard;
     update ledger_accounts set credits_posted = credits_posted + 100 where id = '${acct!.id}';
     alter table ledger_accounts enable trigger ledger_accounts_guard;`,
  );
  const bad = await pujiang(['ledger', 'reconcile']);
  assert.equal(bad.code, EXIT.failed, bad.stderr);
  assert.match(bad.stdout, /^books DO NOT reconcile/);
  assert.match(bad.stdout, new RegExp(`account ${acct!.id}: stored`));
});
