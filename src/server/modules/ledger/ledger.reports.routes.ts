// Routes of the ledger's reports (operators) and of the file exports of reports, settlement
// statements (the provider's members, operators) and invoices (the company's members, operators).
import { z, createRouter, defineRoute, jsonResponse, type Access } from '../../http/openapi.ts';
import { sendFile } from '../../http/files.ts';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/context.ts';
import { PROGRAM_KINDS } from '../../../shared/enums.ts';
import { ctxOf } from '../identity/index.ts';
import * as reports from './ledger.reports.service.ts';
import { IdParam } from './ledger.schemas.ts';

const OPERATOR_READ: Access = { auth: 'operator', scope: 'ledger:read' };
const SIGNED_READ: Access = { auth: 'signed-in', scope: 'ledger:read' };

const Fen = z.number().int();

const Figures = {
  vouchers: z.number().int(),
  companies: z.number().int(),
  issuedFen: Fen.openapi({ description: 'Granted to the cohort’s vouchers (fen)' }),
  redeemedFen: Fen.openapi({ description: 'Posted subsidy paid from them to providers (fen)' }),
  expiredFen: Fen.openapi({ description: 'Returned to the budget when vouchers lapsed (fen)' }),
  clawedBackFen: Fen.openapi({ description: 'Clawed back to the budget by operators (fen)' }),
  outstandingFlowFen: Fen.openapi({ description: 'issued − redeemed − expired − clawed back, from the transfers (fen)' }),
  outstandingBalanceFen: Fen.openapi({ description: 'Σ (credits posted − debits posted) of the voucher accounts, from the accounts (fen)' }),
  differenceFen: Fen.openapi({ description: 'outstandingFlowFen − outstandingBalanceFen: must be 0' }),
  reservedFen: Fen.openapi({ description: 'Reserved on the vouchers by confirmed orders not yet accepted (fen)' }),
};

const ProgramReportRow = z
  .object({ programId: z.string(), code: z.string(), name: z.string(), nameEn: z.string(), kind: z.enum(PROGRAM_KINDS), ...Figures })
  .openapi('ProgramReportRow');

const ProgramReport = z.object({ year: z.number().int(), rows: z.array(ProgramReportRow), totals: z.object(Figures).openapi('ProgramReportTotals') }).openapi('ProgramReport');

const CompanyReportRow = z
  .object({
    orgId: z.string(),
    orgName: z.string(),
    orgNameEn: z.string().nullable(),
    vouchers: z.number().int(),
    issuedFen: Fen,
    redeemedFen: Fen,
    expiredFen: Fen,
    clawedBackFen: Fen,
    outstandingFen: Fen.openapi({ description: 'What the company’s vouchers of the cohort hold: their accounts’ balances (fen)' }),
    reservedFen: Fen,
  })
  .openapi('CompanyReportRow');

const ProviderReportRow = z
  .object({ providerId: z.string(), providerName: z.string(), providerNameEn: z.string().nullable(), orders: z.number().int(), subsidyFen: Fen, ownFen: Fen, totalFen: Fen })
  .openapi('ProviderReportRow');

const MonthReportRow = z.object({ month: z.string(), issuedFen: Fen, redeemedFen: Fen }).openapi('MonthReportRow');

const ProgramReportDetail = z
  .object({
    year: z.number().int(),
    program: ProgramReportRow,
    byCompany: z.array(CompanyReportRow),
    byProvider: z.array(ProviderReportRow).openapi({ description: 'Orders paid by the cohort’s vouchers whose delivery was accepted (accepted, claimed, settled)' }),
    byMonth: z.array(MonthReportRow).openapi({ description: 'Grants and posted subsidy of the cohort by month (YYYY-MM, UTC+8) of the transfer' }),
  })
  .openapi('ProgramReportDetail');

const Year = z.coerce
  .number()
  .int()
  .min(2000)
  .max(2200)
  .optional()
  .openapi({ description: 'The grant year of the cohort (China Standard Time); default: this year', example: 2026 });
const Format = z.enum(['csv', 'xlsx']).default('csv').openapi({ description: 'csv (UTF-8 with BOM, RFC 4180, sections) or xlsx (one sheet per table)' });
const Period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).openapi({ description: 'A month, YYYY-MM (China Standard Time)', example: '2026-10' });

const YearQuery = z.object({ year: Year }).strict();
const ExportQuery = z.object({ year: Year, format: Format }).strict();
const FormatQuery = z.object({ format: Format }).strict();
const InvoiceExportQuery = z.object({ period: Period, format: Format }).strict();

/** A file download: CSV or XLSX, named by Content-Disposition. */
const fileResponse = (description: string) => ({
  description,
  headers: z.object({ 'Content-Disposition': z.string().openapi({ description: 'attachment; filename="…"' }) }),
  content: {
    'text/csv': { schema: z.string().openapi({ description: 'UTF-8 with a byte order mark; CRLF lines (RFC 4180); amounts in yuan with two decimals' }) },
    [reports.XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary', description: 'An Office Open XML workbook' }) },
  },
});

const programParams = z.object({ programId: IdParam('programId') });

const listReport = defineRoute(OPERATOR_READ, {
  method: 'get',
  path: '/ledger/reports/programs',
  tags: ['reports'],
  summary: 'Each program’s vouchers granted in a year: issued − redeemed − expired − clawed back = outstanding, checked against the balances',
  request: { query: YearQuery },
  responses: { 200: jsonResponse(ProgramReport, 'The report, with totals') },
});
const detailReport = defineRoute(OPERATOR_READ, {
  method: 'get',
  path: '/ledger/reports/programs/{programId}',
  tags: ['reports'],
  summary: 'One program’s vouchers granted in a year, per company, per provider and per month',
  request: { params: programParams, query: YearQuery },
  responses: { 200: jsonResponse(ProgramReportDetail, 'The report') },
});
const exportReport = defineRoute(OPERATOR_READ, {
  method: 'get',
  path: '/ledger/reports/programs/{programId}/export',
  tags: ['reports'],
  summary:
    'The report of one program and year as a file: XLSX with sheets Summary, Companies, Providers, Months; or one CSV of the same four tables, each under a title line [名称 / Name] and separated by a blank line',
  request: { params: programParams, query: ExportQuery },
  responses: { 200: fileResponse('The file (amounts in yuan, headers in Chinese and English)') },
});
const exportSettlement = defineRoute(SIGNED_READ, {
  method: 'get',
  path: '/ledger/settlements/{settlementId}/export',
  tags: ['orders'],
  summary: 'A settlement statement as a file (the provider’s members, operators): XLSX sheets Statement and Orders, or one CSV of both',
  request: { params: z.object({ settlementId: IdParam('settlementId') }), query: FormatQuery },
  responses: { 200: fileResponse('The statement') },
});
const exportInvoice = defineRoute(
  { ...SIGNED_READ, org: 'member' },
  {
    method: 'get',
    path: '/ledger/orgs/{orgId}/invoice/export',
    tags: ['orders'],
    summary: 'An organization’s invoice for a month as a file (its members; operators read): XLSX sheets Invoice and Orders, or one CSV of both',
    request: { params: z.object({ orgId: IdParam('orgId') }), query: InvoiceExportQuery },
    responses: { 200: fileResponse('The invoice') },
  },
);

/** Routes of the ledger's reports and exports. */
export function ledgerReportRoutes(deps: Deps): OpenAPIHono<AppEnv> {
  const r = createRouter();
  r.openapi(listReport, async (c) => c.json(await reports.programReport(deps, ctxOf(c), c.req.valid('query').year), 200));
  r.openapi(detailReport, async (c) => c.json(await reports.programReportDetail(deps, ctxOf(c), c.req.valid('param').programId, c.req.valid('query').year), 200));
  r.openapi(exportReport, async (c) => {
    const q = c.req.valid('query');
    return sendFile(c, await reports.exportProgramReport(deps, ctxOf(c), c.req.valid('param').programId, q.year, q.format));
  });
  r.openapi(exportSettlement, async (c) => sendFile(c, await reports.exportSettlement(deps, ctxOf(c), c.req.valid('param').settlementId, c.req.valid('query').format)));
  r.openapi(exportInvoice, async (c) => {
    const q = c.req.valid('query');
    return sendFile(c, await reports.exportInvoice(deps, ctxOf(c), c.req.valid('param').orgId, q.period, q.format));
  });
  return r;
}
