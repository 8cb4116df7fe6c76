// The ledger's reports and exports, on a small world built through the API: two programs, two
// companies, two providers, grants, orders through confirmation, acceptance, claim, settlement
// and cancellation, a clawback and an expiry. The report's equation must hold per program, per
// company and in total, the flows must agree with the balances (difference 0, and not 0 once an
// operator books money onto a voucher outside the rules), and the files must parse.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import readXlsxFile from 'read-excel-file/node';
import { testApp, PASSWORD, type Agent, type Res, type TestApp } from '../../../../test/support/app.ts';
import { buildOrg } from '../../../../test/support/factories.ts';
import { company, deposit, get, grant, issue, ok, program, provider, refused, step, uniq, type BuiltProvider } from '../../../../test/support/ledger.ts';
import { centerMonth, centerYear } from './ledger.access.ts';
import { csvField, yuan } from './ledger.reports.service.ts';

const DAY = 86_400_000;

let t: TestApp;
let op: Agent;
let year: number;
let month: string;
let P: any; // voucherDays 30: its vouchers expire in the test
let Q: any; // a voucher that stays active
let A: { org: any; owner: Agent };
let B: { org: any; owner: Agent };
let X: BuiltProvider;
let Y: BuiltProvider;
let order1: any;
let order2: any;
let order5: any;
let vq: any;

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  assert.equal(field, '', 'the CSV ends with CRLF');
  assert.equal(row.length, 0, 'the CSV ends with CRLF');
  return rows;
}

/** The sections of a sectioned CSV: title line `[…]`, header, rows; blank lines between. */
function sections(rows: string[][]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  let current: string[][] | null = null;
  for (const r of rows) {
    if (r.length === 1 && r[0] === '') {
      current = null;
      continue;
    }
    if (!current) {
      assert.match(r[0]!, /^\[.+ \/ .+\]$/, 'a section starts with its bilingual title');
      current = [];
      out.set(r[0]!.slice(1, -1).split(' / ')[1]!, current);
      continue;
    }
    current.push(r);
  }
  return out;
}

/** GETs a file as raw bytes. */
async function fetchFile(path: string, as: Agent): Promise<{ status: number; headers: Headers; bytes: Buffer; text: string }> {
  const res = await t.app.request(path, { headers: { cookie: `pj_session=${as.cookie}` } });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, text: bytes.toString('utf8') };
}

before(async () => {
  t = await testApp();
  op = await t.person({ platformRole: 'operator' });
  year = centerYear(t.deps.now());
  month = centerMonth(t.deps.now());
  P = await program(t, op, { voucherDays: 30, deliveryDays: 90, rateBp: 3000 });
  Q = await program(t, op, { voucherDays: 365, rateBp: 5000, kind: 'compute_voucher' });
  // A's name holds a comma, quotes and a leading '=': the CSV must quote it and defuse the formula.
  const ownerA = await t.person({ name: 'Owner A' });
  A = { org: await buildOrg(t, ownerA, { kind: 'enterprise', name: `=甲方科技, "测试" ${uniq()}` }), owner: ownerA };
  B = await company(t, 'startup');
  for (const c of [A, B]) await deposit(t, op, c.org.id, 10_000_000);
  X = await provider(t, op, { unitPriceFen: 10_000 });
  Y = await provider(t, op, { unitPriceFen: 10_000 });

  const v1 = await grant(t, op, P.id, A.org.id, 500_000);
  const v2 = await grant(t, op, P.id, A.org.id, 200_000);
  const v3 = await grant(t, op, P.id, B.org.id, 300_000);
  vq = await grant(t, op, Q.id, A.org.id, 100_000);

  // Order 1: X → A, 100,000 fen, 30% from v1; accepted, claimed, settled.
  order1 = await issue(t, X, A.org.id, { quantity: 10 });
  ok(await step(t, A.owner, order1.id, 'confirm', { voucherId: v1.id }), 200, 'confirm 1');
  ok(await step(t, X.owner, order1.id, 'deliver'), 200, 'deliver 1');
  ok(await step(t, A.owner, order1.id, 'accept'), 200, 'accept 1');
  ok(await step(t, X.owner, order1.id, 'claim'), 200, 'claim 1');
  ok(await t.req('POST', '/api/ledger/settlements', { as: op, body: { period: month } }), 200, 'settle');
  // Order 2: Y → B, 50,000 fen from v3; accepted.
  order2 = await issue(t, Y, B.org.id, { quantity: 5 });
  ok(await step(t, B.owner, order2.id, 'confirm', { voucherId: v3.id }), 200, 'confirm 2');
  ok(await step(t, Y.owner, order2.id, 'deliver'), 200, 'deliver 2');
  ok(await step(t, B.owner, order2.id, 'accept'), 200, 'accept 2');
  // Order 3: X → A, 30,000 fen from v2; confirmed only: 9,000 stays reserved.
  const order3 = await issue(t, X, A.org.id, { quantity: 3 });
  ok(await step(t, A.owner, order3.id, 'confirm', { voucherId: v2.id }), 200, 'confirm 3');
  // Order 4: X → B from v3, confirmed then cancelled: the reservation is voided, nothing moves.
  const order4 = await issue(t, X, B.org.id, { quantity: 2 });
  ok(await step(t, B.owner, order4.id, 'confirm', { voucherId: v3.id }), 200, 'confirm 4');
  ok(await step(t, B.owner, order4.id, 'cancel', { reason: 'changed plans' }), 200, 'cancel 4');
  // Order 5: X → A, 20,000 fen, 50% from the Q voucher; accepted.
  order5 = await issue(t, X, A.org.id, { quantity: 2 });
  ok(await step(t, A.owner, order5.id, 'confirm', { voucherId: vq.id }), 200, 'confirm 5');
  ok(await step(t, X.owner, order5.id, 'deliver'), 200, 'deliver 5');
  ok(await step(t, A.owner, order5.id, 'accept'), 200, 'accept 5');
  // A clawback below the approval threshold.
  const cb = ok(await t.req('POST', `/api/ledger/vouchers/${v3.id}/clawback`, { as: op, body: { amountFen: 20_000, reason: 'ineligible purchase' } }));
  assert.equal(cb.status, 'done');

  // 31 days on, P's vouchers lapse: what is neither spent nor reserved returns to the budget.
  t.advance(31 * DAY);
  for (const who of [op, A.owner, B.owner, X.owner, Y.owner]) Object.assign(who, await t.signIn(who.email, PASSWORD));
  const swept = ok(await t.req('POST', '/api/ledger/sweep', { as: op }));
  assert.equal(swept.vouchersExpired, 3);
});
after(async () => {
  await t?.close();
});

// What the world above must come to, in fen.
const P_FIGURES = {
  vouchers: 3,
  companies: 2,
  issuedFen: 1_000_000,
  redeemedFen: 30_000 + 15_000,
  // v1: 500,000 − 30,000; v2: 200,000 − 9,000 reserved; v3: 300,000 − 15,000 − 20,000.
  expiredFen: 470_000 + 191_000 + 265_000,
  clawedBackFen: 20_000,
  outstandingFlowFen: 9_000,
  outstandingBalanceFen: 9_000,
  differenceFen: 0,
  reservedFen: 9_000,
};
const Q_FIGURES = {
  vouchers: 1,
  companies: 1,
  issuedFen: 100_000,
  redeemedFen: 10_000,
  expiredFen: 0,
  clawedBackFen: 0,
  outstandingFlowFen: 90_000,
  outstandingBalanceFen: 90_000,
  differenceFen: 0,
  reservedFen: 0,
};

test('the programs report: issued − redeemed − expired − clawed back = outstanding, equal to the balances', async () => {
  const r = await get(t, op, `/api/ledger/reports/programs?year=${year}`);
  assert.equal(r.year, year);
  const p = r.rows.find((x: any) => x.programId === P.id);
  const q = r.rows.find((x: any) => x.programId === Q.id);
  assert.deepEqual({ ...p }, { programId: P.id, code: P.code, name: P.name, nameEn: P.nameEn, kind: 'innovation_voucher', ...P_FIGURES });
  assert.deepEqual({ ...q }, { programId: Q.id, code: Q.code, name: Q.name, nameEn: Q.nameEn, kind: 'compute_voucher', ...Q_FIGURES });
  // Totals: sums, but companies counted once across programs (A holds vouchers of both).
  const sum = (k: keyof typeof P_FIGURES) => P_FIGURES[k] + Q_FIGURES[k];
  assert.deepEqual(r.totals, { ...Object.fromEntries(Object.keys(P_FIGURES).map((k) => [k, sum(k as keyof typeof P_FIGURES)])), companies: 2 });
  for (const row of [...r.rows, r.totals]) {
    assert.equal(row.issuedFen - row.redeemedFen - row.expiredFen - row.clawedBackFen, row.outstandingFlowFen);
    assert.equal(row.differenceFen, 0);
  }
  // The default year is this year of the center; another year has the programs but no vouchers.
  const now = await get(t, op, '/api/ledger/reports/programs');
  assert.equal(now.year, centerYear(t.deps.now()));
  const before = await get(t, op, `/api/ledger/reports/programs?year=${year - 1}`);
  assert.equal(before.totals.vouchers, 0);
  assert.equal(before.totals.issuedFen, 0);
  refused(await t.req('GET', '/api/ledger/reports/programs?year=20x6', { as: op }), 400, 'validation_failed');
});

test('one program: per company, per provider and per month', async () => {
  const r = await get(t, op, `/api/ledger/reports/programs/${P.id}?year=${year}`);
  assert.deepEqual({ ...r.program }, { programId: P.id, code: P.code, name: P.name, nameEn: P.nameEn, kind: 'innovation_voucher', ...P_FIGURES });
  const byOrg = new Map(r.byCompany.map((c: any) => [c.orgId, c]));
  assert.deepEqual(byOrg.get(A.org.id), {
    orgId: A.org.id,
    orgName: A.org.name,
    orgNameEn: A.org.nameEn ?? null,
    vouchers: 2,
    issuedFen: 700_000,
    redeemedFen: 30_000,
    expiredFen: 661_000,
    clawedBackFen: 0,
    outstandingFen: 9_000,
    reservedFen: 9_000,
  });
  assert.deepEqual(byOrg.get(B.org.id), {
    orgId: B.org.id,
    orgName: B.org.name,
    orgNameEn: B.org.nameEn ?? null,
    vouchers: 1,
    issuedFen: 300_000,
    redeemedFen: 15_000,
    expiredFen: 265_000,
    clawedBackFen: 20_000,
    outstandingFen: 0,
    reservedFen: 0,
  });
  // Providers: accepted, claimed and settled orders only (order 3 is reserved, order 4 cancelled).
  assert.deepEqual(
    r.byProvider.map((x: any) => ({ ...x })),
    [
      { providerId: X.provider.id, providerName: X.org.name, providerNameEn: X.org.nameEn ?? null, orders: 1, subsidyFen: 30_000, ownFen: 70_000, totalFen: 100_000 },
      { providerId: Y.provider.id, providerName: Y.org.name, providerNameEn: Y.org.nameEn ?? null, orders: 1, subsidyFen: 15_000, ownFen: 35_000, totalFen: 50_000 },
    ],
  );
  assert.equal(
    r.byProvider.reduce((s: number, x: any) => s + x.subsidyFen, 0),
    r.program.redeemedFen,
    'what providers were paid from the vouchers is what was redeemed',
  );
  for (const m of r.byMonth) assert.match(m.month, /^\d{4}-(0[1-9]|1[0-2])$/);
  assert.equal(r.byMonth.reduce((s: number, m: any) => s + m.issuedFen, 0), 1_000_000);
  assert.equal(r.byMonth.reduce((s: number, m: any) => s + m.redeemedFen, 0), 45_000);
  assert.ok(r.byMonth.some((m: any) => m.month === month && m.issuedFen === 1_000_000));
  refused(await t.req('GET', `/api/ledger/reports/programs/program_00000000000000000000000000?year=${year}`, { as: op }), 404, 'not_found');
});

test('money booked onto a voucher outside the rules shows as a difference', async () => {
  const budget = Q.budgetAccountId;
  const book = (debitAccountId: string, creditAccountId: string) =>
    t.req('POST', '/api/ledger/transfers', { as: op, body: { transfers: [{ debitAccountId, creditAccountId, amount: 1_234, code: 'correction' }] } });
  const r1 = ok(await book(budget, vq.accountId));
  assert.equal(r1.results[0].status, 'created');
  const off = (await get(t, op, `/api/ledger/reports/programs/${Q.id}?year=${year}`)).program;
  assert.equal(off.outstandingFlowFen, 90_000);
  assert.equal(off.outstandingBalanceFen, 91_234);
  assert.equal(off.differenceFen, -1_234);
  // Booked back, the report agrees again.
  ok(await book(vq.accountId, budget));
  const back = (await get(t, op, `/api/ledger/reports/programs/${Q.id}?year=${year}`)).program;
  assert.equal(back.differenceFen, 0);
});

test('the report exports as CSV (BOM, RFC 4180 sections) and as XLSX (four sheets)', async () => {
  const csv = await fetchFile(`/api/ledger/reports/programs/${P.id}/export?year=${year}&format=csv`, op);
  assert.equal(csv.status, 200, csv.text);
  assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
  assert.match(csv.headers.get('content-disposition')!, new RegExp(`^attachment; filename="program-report-${P.code}-${year}\\.csv"`));
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
  const s = sections(parseCsv(csv.text.slice(1)));
  assert.deepEqual([...s.keys()], ['Summary', 'Companies', 'Providers', 'Months']);
  const summary = new Map(s.get('Summary')!.slice(1).map((r) => [r[0], r[1]]));
  assert.equal(summary.get('项目代码 / Program code'), P.code);
  assert.equal(summary.get('发放（元）/ Issued (yuan)'), '10000.00');
  assert.equal(summary.get('已核销（元）/ Redeemed (yuan)'), '450.00');
  assert.equal(summary.get('已过期（元）/ Expired (yuan)'), '9260.00');
  assert.equal(summary.get('已收回（元）/ Clawed back (yuan)'), '200.00');
  assert.equal(summary.get('差额（应为 0）（元）/ Difference (must be 0) (yuan)'), '0.00');
  const companies = s.get('Companies')!;
  assert.deepEqual(companies[0]!.slice(0, 4), ['企业编号 / Org ID', '企业名称 / Company', '券数 / Vouchers', '发放（元）/ Issued (yuan)']);
  const rowA = companies.find((r) => r[0] === A.org.id)!;
  // The name with a comma and quotes came through whole; its leading '=' was defused.
  assert.equal(rowA[1], `'${A.org.name}`);
  assert.deepEqual(rowA.slice(2), ['2', '7000.00', '300.00', '6610.00', '0.00', '90.00', '90.00']);
  assert.equal(companies.length, 3);
  const providers = s.get('Providers')!;
  assert.deepEqual(providers.slice(1).map((r) => [r[0], r[2], r[3], r[4], r[5]]), [
    [X.provider.id, '1', '300.00', '700.00', '1000.00'],
    [Y.provider.id, '1', '150.00', '350.00', '500.00'],
  ]);

  const xlsx = await fetchFile(`/api/ledger/reports/programs/${P.id}/export?year=${year}&format=xlsx`, op);
  assert.equal(xlsx.status, 200);
  assert.equal(xlsx.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  assert.match(xlsx.headers.get('content-disposition')!, new RegExp(`filename="program-report-${P.code}-${year}\\.xlsx"`));
  const sheets = await readXlsxFile(xlsx.bytes);
  assert.deepEqual(
    sheets.map((x) => x.sheet),
    ['Summary', 'Companies', 'Providers', 'Months'],
  );
  const book = new Map(sheets.map((x) => [x.sheet, x.data]));
  const sum = new Map(book.get('Summary')!.map((r) => [r[0], r[1]]));
  assert.equal(sum.get('发放（元）/ Issued (yuan)'), 10000);
  assert.equal(sum.get('未用余额（按流水）（元）/ Outstanding by transfers (yuan)'), 90);
  assert.equal(sum.get('券数 / Vouchers'), 3);
  const xa = book.get('Companies')!.find((r) => r[0] === A.org.id)!;
  assert.equal(xa[1], A.org.name, 'XLSX keeps text as text: no apostrophe, no formula');
  assert.deepEqual(xa.slice(2), [2, 7000, 300, 6610, 0, 90, 90]);
  assert.equal(book.get('Providers')!.length, 3);
  assert.ok(book.get('Months')!.some((r) => r[0] === month && r[1] === 10000));

  refused(await t.req('GET', `/api/ledger/reports/programs/${P.id}/export?format=pdf`, { as: op }), 400, 'validation_failed');
});

test('settlement statements and invoices export for their own people only', async () => {
  const list = await get(t, X.owner, '/api/ledger/settlements');
  const st = list.items.find((x: any) => x.providerId === X.provider.id);
  assert.ok(st, 'X has a statement');
  const csv = await fetchFile(`/api/ledger/settlements/${st.id}/export?format=csv`, X.owner);
  assert.equal(csv.status, 200, csv.text);
  assert.match(csv.headers.get('content-disposition')!, new RegExp(`filename="settlement-${st.period}-${st.id}\\.csv"`));
  const s = sections(parseCsv(csv.text.slice(1)));
  assert.deepEqual([...s.keys()], ['Statement', 'Orders']);
  const head = new Map(s.get('Statement')!.slice(1).map((r) => [r[0], r[1]]));
  assert.equal(head.get('应付合计（元）/ Total paid out (yuan)'), '1000.00');
  const orders = s.get('Orders')!;
  assert.equal(orders.length, 2);
  assert.equal(orders[1]![0], order1.id);
  assert.equal(orders[1]![6], '1000.00');
  assert.equal(orders[1]![11], 'settled');

  const xlsx = await fetchFile(`/api/ledger/settlements/${st.id}/export?format=xlsx`, op);
  assert.equal(xlsx.status, 200);
  assert.deepEqual(
    (await readXlsxFile(xlsx.bytes)).map((x) => x.sheet),
    ['Statement', 'Orders'],
  );
  // Another provider's people, and a buyer, do not know the statement.
  refused(await t.req('GET', `/api/ledger/settlements/${st.id}/export?format=csv`, { as: Y.owner }), 404, 'not_found');
  refused(await t.req('GET', `/api/ledger/settlements/${st.id}/export?format=csv`, { as: B.owner }), 404, 'not_found');

  // A's invoice of the month: orders 1 and 5 were accepted in it.
  const inv = await fetchFile(`/api/ledger/orgs/${A.org.id}/invoice/export?period=${month}&format=csv`, A.owner);
  assert.equal(inv.status, 200, inv.text);
  const si = sections(parseCsv(inv.text.slice(1)));
  const ih = new Map(si.get('Invoice')!.slice(1).map((r) => [r[0], r[1]]));
  assert.equal(ih.get('订单数 / Orders'), '2');
  assert.equal(ih.get('合计（元）/ Total (yuan)'), '1200.00');
  assert.equal(ih.get('补贴（元）/ Subsidy (yuan)'), '400.00');
  assert.equal(ih.get('企业自付（元）/ Own share (yuan)'), '800.00');
  assert.deepEqual(si.get('Orders')!.slice(1).map((r) => r[0]).sort(), [order1.id, order5.id].sort());
  const invX = await fetchFile(`/api/ledger/orgs/${A.org.id}/invoice/export?period=${month}&format=xlsx`, op);
  assert.equal(invX.status, 200);
  assert.deepEqual(
    (await readXlsxFile(invX.bytes)).map((x) => x.sheet),
    ['Invoice', 'Orders'],
  );
  refused(await t.req('GET', `/api/ledger/orgs/${A.org.id}/invoice/export?period=${month}&format=csv`, { as: B.owner }), 404, 'not_found');
});

test('reports are for operators', async () => {
  for (const path of [`/api/ledger/reports/programs?year=${year}`, `/api/ledger/reports/programs/${P.id}`, `/api/ledger/reports/programs/${P.id}/export?format=csv`]) {
    refused(await t.req('GET', path, { as: A.owner }), 403, 'forbidden');
    refused(await t.req('GET', path, { as: X.owner }), 403, 'forbidden');
    const anon: Res = await t.req('GET', path);
    assert.equal(anon.status, 401);
  }
});

test('CSV fields and yuan amounts', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\r\nlines'), '"two\r\nlines"');
  assert.equal(csvField('=1+2'), "'=1+2");
  assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvField('-cmd,x'), `"'-cmd,x"`);
  assert.equal(csvField(-150, 'yuan'), '-1.50');
  assert.equal(csvField(null), '');
  assert.equal(yuan(0), '0.00');
  assert.equal(yuan(5), '0.05');
  assert.equal(yuan(123_456_789), '1234567.89');
  assert.equal(yuan(-1), '-0.01');
  assert.equal(yuan(Number.MAX_SAFE_INTEGER), '90071992547409.91');
});
