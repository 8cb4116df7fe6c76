// The ledger's reports: for each program and grant year, issued − redeemed − expired − clawed back
// = outstanding, computed from the transfers and checked against the voucher accounts' balances
// (the difference is shown, and must be zero); per company, per provider and per month. Exports
// of the reports, of providers' settlement statements and of companies' invoices as CSV (UTF-8
// with a byte order mark, RFC 4180) or XLSX, with bilingual headers and amounts in yuan.
import type { ProgramKind } from '../../../shared/enums.ts';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { CSV_TYPE, XLSX_TYPE, renderTables, type ExportFile, type ExportFormat, type Kind, type Table, type Value } from '../../http/export.ts';
import { requireStaff } from '../identity/index.ts';
import { centerYear, yearBounds } from './ledger.access.ts';
import { getSettlement, invoice, type OrderView } from './ledger.orders.service.ts';
import * as rrepo from './ledger.reports.repo.ts';

type D = Pick<Deps, 'db' | 'now'>;

// ── the reports ───────────────────────────────────────────────────────────────────────────

export interface ProgramReportFigures {
  vouchers: number;
  companies: number;
  issuedFen: number;
  redeemedFen: number;
  expiredFen: number;
  clawedBackFen: number;
  /** issued − redeemed − expired − clawed back, from the transfers. */
  outstandingFlowFen: number;
  /** Σ (credits posted − debits posted) of the voucher accounts, from the accounts. */
  outstandingBalanceFen: number;
  /** flow − balance: zero unless something moved money on a voucher account outside the rules. */
  differenceFen: number;
  /** Reserved on the vouchers by confirmed orders not yet accepted. */
  reservedFen: number;
}

export interface ProgramReportRow extends ProgramReportFigures {
  programId: string;
  code: string;
  name: string;
  nameEn: string;
  kind: ProgramKind;
}

export interface ProgramReport {
  year: number;
  rows: ProgramReportRow[];
  totals: ProgramReportFigures;
}

export interface CompanyReportRow {
  orgId: string;
  orgName: string;
  orgNameEn: string | null;
  vouchers: number;
  issuedFen: number;
  redeemedFen: number;
  expiredFen: number;
  clawedBackFen: number;
  /** What the company's vouchers of the cohort hold: their accounts' balances. */
  outstandingFen: number;
  reservedFen: number;
}

export interface ProgramReportDetail {
  year: number;
  program: ProgramReportRow;
  byCompany: CompanyReportRow[];
  byProvider: rrepo.ProviderRow[];
  byMonth: rrepo.MonthRow[];
}

function figures(f: rrepo.CohortFlows): ProgramReportFigures {
  const outstandingFlowFen = f.issuedFen - f.redeemedFen - f.expiredFen - f.clawedBackFen;
  return {
    vouchers: f.vouchers,
    companies: f.companies,
    issuedFen: f.issuedFen,
    redeemedFen: f.redeemedFen,
    expiredFen: f.expiredFen,
    clawedBackFen: f.clawedBackFen,
    outstandingFlowFen,
    outstandingBalanceFen: f.balanceFen,
    differenceFen: outstandingFlowFen - f.balanceFen,
    reservedFen: f.reservedFen,
  };
}

function rowOf(p: rrepo.ProgramBasics, f: rrepo.CohortFlows | undefined): ProgramReportRow {
  return { programId: p.id, code: p.code, name: p.name, nameEn: p.nameEn, kind: p.kind, ...figures(f ?? rrepo.NO_FLOWS) };
}

/**
 * Runs the queries of one report in one read-only snapshot, so that its parts agree with each
 * other while orders and grants go on (each equation is also one statement, one snapshot).
 */
function snapshot<T>(deps: D, run: (db: Db) => Promise<T>): Promise<T> {
  return deps.db.db.transaction(run, { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

function yearOf(deps: D, year: number | undefined): number {
  return year ?? centerYear(deps.now());
}

/** Every program's cohort of `year` (default: this year, UTC+8), with totals (operators). */
export async function programReport(deps: D, ctx: RequestCtx, year?: number): Promise<ProgramReport> {
  requireStaff(ctx);
  const y = yearOf(deps, year);
  const { from, to } = yearBounds(y);
  const { programs, flows } = await snapshot(deps, async (db) => ({ programs: await rrepo.programsOfYear(db, from, to), flows: await rrepo.programFlows(db, from, to) }));
  const byProgram = new Map(flows.filter((f) => f.programId !== null).map((f) => [f.programId!, f]));
  return { year: y, rows: programs.map((p) => rowOf(p, byProgram.get(p.id))), totals: figures(flows.find((f) => f.programId === null) ?? rrepo.NO_FLOWS) };
}

/** One program's cohort of `year`: its figures, per company, per provider and per month (operators). */
export async function programReportDetail(deps: D, ctx: RequestCtx, programId: string, year?: number): Promise<ProgramReportDetail> {
  requireStaff(ctx);
  const y = yearOf(deps, year);
  const { from, to } = yearBounds(y);
  const { p, total, companies, byProvider, byMonth } = await snapshot(deps, async (db) => {
    const p = await rrepo.programBasicsById(db, programId);
    if (!p) throw new AppError('not_found', 'no such program');
    const { total, companies } = await rrepo.companyFlows(db, programId, from, to);
    return { p, total, companies, byProvider: await rrepo.providerFlows(db, programId, from, to), byMonth: await rrepo.monthFlows(db, programId, from, to) };
  });
  const byCompany = companies.map((c) => ({
    orgId: c.orgId,
    orgName: c.orgName,
    orgNameEn: c.orgNameEn,
    vouchers: c.vouchers,
    issuedFen: c.issuedFen,
    redeemedFen: c.redeemedFen,
    expiredFen: c.expiredFen,
    clawedBackFen: c.clawedBackFen,
    outstandingFen: c.balanceFen,
    reservedFen: c.reservedFen,
  }));
  return { year: y, program: rowOf(p, total), byCompany, byProvider, byMonth };
}

// ── tables and files ──────────────────────────────────────────────────────────────────────

export { CSV_TYPE, XLSX_TYPE, csvField, toCsv, toXlsx, yuan, type ExportFile, type ExportFormat, type Table } from '../../http/export.ts';

/** A row of a key/value table (the Summary, Statement and Invoice sheets). */
type Pair = [label: string, kind: Kind, value: Value];

const CST_MS = 8 * 3600 * 1000;

/** An ISO instant as `YYYY-MM-DD HH:mm:ss` in China Standard Time. */
export function cstTime(iso: string | null): string {
  if (!iso) return '';
  return new Date(new Date(iso).getTime() + CST_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** A key/value table. */
function pairs(sheet: string, title: string, list: Pair[]): Table {
  return {
    sheet,
    title,
    columns: [
      { header: '项目 / Item', kind: 'text', width: 40 },
      { header: '数值 / Value', kind: 'text', width: 40 },
    ],
    rows: list.map(([label, , value]) => [label, value]),
    valueKinds: list.map(([, kind]) => kind),
  };
}

async function render(tables: Table[], format: ExportFormat): Promise<Uint8Array> {
  return renderTables(tables, format);
}

function file(base: string, format: ExportFormat, body: Uint8Array): ExportFile {
  const safe = base.replace(/[^A-Za-z0-9_.-]/g, '_');
  return { filename: `${safe}.${format}`, contentType: format === 'csv' ? CSV_TYPE : XLSX_TYPE, body };
}

// ── exports ───────────────────────────────────────────────────────────────────────────────

const Y = (zh: string, en: string) => `${zh}（元）/ ${en} (yuan)`;

/**
 * The report of one program's cohort as a file (operators). XLSX: sheets Summary, Companies,
 * Providers, Months. CSV: the same four tables one after another, each under a title line.
 */
export async function exportProgramReport(deps: D, ctx: RequestCtx, programId: string, year: number | undefined, format: ExportFormat): Promise<ExportFile> {
  const r = await programReportDetail(deps, ctx, programId, year);
  const p = r.program;
  const summary = pairs('Summary', '汇总 / Summary', [
    ['项目代码 / Program code', 'text', p.code],
    ['项目名称 / Program name', 'text', p.name],
    ['英文名称 / Name (English)', 'text', p.nameEn],
    ['类型 / Kind', 'text', p.kind],
    ['发放年度 / Grant year (UTC+8)', 'int', r.year],
    ['券数 / Vouchers', 'int', p.vouchers],
    ['企业数 / Companies', 'int', p.companies],
    [Y('发放', 'Issued'), 'yuan', p.issuedFen],
    [Y('已核销', 'Redeemed'), 'yuan', p.redeemedFen],
    [Y('已过期', 'Expired'), 'yuan', p.expiredFen],
    [Y('已收回', 'Clawed back'), 'yuan', p.clawedBackFen],
    [Y('未用余额（按流水）', 'Outstanding by transfers'), 'yuan', p.outstandingFlowFen],
    [Y('未用余额（按账户）', 'Outstanding by balances'), 'yuan', p.outstandingBalanceFen],
    [Y('差额（应为 0）', 'Difference (must be 0)'), 'yuan', p.differenceFen],
    [Y('预留中', 'Reserved'), 'yuan', p.reservedFen],
    ['生成时间 / Generated at (UTC+8)', 'text', cstTime(deps.now().toISOString())],
  ]);
  const companies: Table = {
    sheet: 'Companies',
    title: '按企业 / Companies',
    columns: [
      { header: '企业编号 / Org ID', kind: 'text' },
      { header: '企业名称 / Company', kind: 'text', width: 36 },
      { header: '券数 / Vouchers', kind: 'int' },
      { header: Y('发放', 'Issued'), kind: 'yuan' },
      { header: Y('已核销', 'Redeemed'), kind: 'yuan' },
      { header: Y('已过期', 'Expired'), kind: 'yuan' },
      { header: Y('已收回', 'Clawed back'), kind: 'yuan' },
      { header: Y('未用余额', 'Outstanding'), kind: 'yuan' },
      { header: Y('预留中', 'Reserved'), kind: 'yuan' },
    ],
    rows: r.byCompany.map((c) => [c.orgId, c.orgName, c.vouchers, c.issuedFen, c.redeemedFen, c.expiredFen, c.clawedBackFen, c.outstandingFen, c.reservedFen]),
  };
  const providers: Table = {
    sheet: 'Providers',
    title: '按服务商 / Providers',
    columns: [
      { header: '服务商编号 / Provider ID', kind: 'text' },
      { header: '服务商 / Provider', kind: 'text', width: 36 },
      { header: '订单数 / Orders', kind: 'int' },
      { header: Y('补贴', 'Subsidy'), kind: 'yuan' },
      { header: Y('企业自付', 'Own share'), kind: 'yuan' },
      { header: Y('合计', 'Total'), kind: 'yuan' },
    ],
    rows: r.byProvider.map((x) => [x.providerId, x.providerName, x.orders, x.subsidyFen, x.ownFen, x.totalFen]),
  };
  const months: Table = {
    sheet: 'Months',
    title: '按月 / Months',
    columns: [
      { header: '月份 / Month (UTC+8)', kind: 'text', width: 16 },
      { header: Y('发放', 'Issued'), kind: 'yuan' },
      { header: Y('已核销', 'Redeemed'), kind: 'yuan' },
    ],
    rows: r.byMonth.map((m) => [m.month, m.issuedFen, m.redeemedFen]),
  };
  return file(`program-report-${p.code}-${r.year}`, format, await render([summary, companies, providers, months], format));
}

function orderTable(title: string, orders: OrderView[], party: 'buyer' | 'provider'): Table {
  return {
    sheet: 'Orders',
    title,
    columns: [
      { header: '订单编号 / Order ID', kind: 'text' },
      { header: '合同号 / Contract No.', kind: 'text', width: 20 },
      party === 'buyer' ? { header: '采购企业 / Buyer', kind: 'text', width: 36 } : { header: '服务商 / Provider', kind: 'text', width: 36 },
      { header: '服务类别 / Category', kind: 'text', width: 14 },
      { header: '项目编号 / Program ID', kind: 'text' },
      { header: '券编号 / Voucher ID', kind: 'text' },
      { header: Y('合计', 'Total'), kind: 'yuan' },
      { header: Y('补贴', 'Subsidy'), kind: 'yuan' },
      { header: Y('企业自付', 'Own share'), kind: 'yuan' },
      { header: '验收时间 / Accepted at (UTC+8)', kind: 'text', width: 22 },
      { header: '请款时间 / Claimed at (UTC+8)', kind: 'text', width: 22 },
      { header: '状态 / Status', kind: 'text', width: 12 },
    ],
    rows: orders.map((o) => [
      o.id,
      o.contractNo,
      party === 'buyer' ? o.buyerName : o.providerName,
      o.category,
      o.programId,
      o.voucherId,
      o.totalFen,
      o.subsidyFen,
      o.ownFen,
      cstTime(o.acceptedAt),
      cstTime(o.claimedAt),
      o.status,
    ]),
  };
}

/** A provider's settlement statement as a file (its members, operators): sheets Statement and Orders. */
export async function exportSettlement(deps: D, ctx: RequestCtx, settlementId: string, format: ExportFormat): Promise<ExportFile> {
  const s = await getSettlement(deps, ctx, settlementId);
  const head = pairs('Statement', '结算单 / Statement', [
    ['结算单编号 / Statement ID', 'text', s.id],
    ['服务商编号 / Provider ID', 'text', s.providerId],
    ['服务商 / Provider', 'text', s.providerName],
    ['结算月份 / Period (UTC+8)', 'text', s.period],
    ['订单数 / Orders', 'int', s.orderCount],
    [Y('补贴', 'Subsidy'), 'yuan', s.subsidyFen],
    [Y('企业自付', 'Own share'), 'yuan', s.ownFen],
    [Y('应付合计', 'Total paid out'), 'yuan', s.totalFen],
    ['付款流水 / Payout transfer', 'text', s.payoutTransferId],
    ['结算时间 / Settled at (UTC+8)', 'text', cstTime(s.createdAt)],
  ]);
  const orders = orderTable('订单明细 / Orders', s.orders, 'buyer');
  return file(`settlement-${s.period}-${s.id}`, format, await render([head, orders], format));
}

/** A company's invoice of a month as a file (its members; operators read): sheets Invoice and Orders. */
export async function exportInvoice(deps: D, ctx: RequestCtx, orgId: string, period: string, format: ExportFormat): Promise<ExportFile> {
  const inv = await invoice(deps, ctx, orgId, period);
  const head = pairs('Invoice', '账单 / Invoice', [
    ['企业编号 / Org ID', 'text', inv.orgId],
    ['企业名称 / Company', 'text', inv.orgName],
    ['月份 / Period (UTC+8)', 'text', inv.period],
    ['订单数 / Orders', 'int', inv.orders.length],
    [Y('合计', 'Total'), 'yuan', inv.totalFen],
    [Y('补贴', 'Subsidy'), 'yuan', inv.subsidyFen],
    [Y('企业自付', 'Own share'), 'yuan', inv.ownFen],
  ]);
  const orders = orderTable('订单明细 / Orders', inv.orders, 'provider');
  return file(`invoice-${inv.period}-${inv.orgId}`, format, await render([head, orders], format));
}
