// The ledger ops screens' calls: one typed call per route, through the generated contract (a path,
// parameter or body that does not match openapi.json does not compile).
import { call, client } from '../../api/client.ts';
import { download } from '../download.ts';
import type { components, paths } from '../../../shared/api-client.ts';
export { saveFile, type Download } from '../download.ts';

type S = components['schemas'];
type Signal = AbortSignal | undefined;
type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;
type BodyOf<P extends keyof paths, M extends 'post' | 'patch'> = paths[P] extends Record<M, { requestBody?: { content: { 'application/json': infer B } } }> ? B : never;

export type Program = S['Program'];
export type Voucher = S['Voucher'];
export type Approval = S['Approval'];
export type ClawbackResult = S['ClawbackResult'];
export type LedgerAccount = S['LedgerAccount'];
export type LedgerBalances = S['LedgerBalances'];
export type LedgerTransfer = S['LedgerTransfer'];
export type Reconciliation = S['LedgerReconciliation'];
export type Settlement = S['Settlement'];
export type SettlementDetail = S['SettlementDetail'];
export type Order = S['Order'];
export type Provider = S['Provider'];
export type Org = S['Org'];

export type ProgramInput = BodyOf<'/ledger/programs', 'post'>;
export type ProgramPatch = BodyOf<'/ledger/programs/{programId}', 'patch'>;
export type ProgramQuery = QueryOf<'/ledger/programs'>;
export type VoucherQuery = QueryOf<'/ledger/vouchers'>;
export type ApprovalQuery = QueryOf<'/ledger/approvals'>;
export type TransferQuery = QueryOf<'/ledger/transfers'>;
export type AccountQuery = QueryOf<'/ledger/accounts'>;
export type SettlementQuery = QueryOf<'/ledger/settlements'>;

/** A fresh Idempotency-Key: one per form submission, so a double click writes once. */
export const newKey = (): string => crypto.randomUUID();
const idem = (key: string) => ({ 'idempotency-key': key });

// --- programs
export const programs = (query: ProgramQuery, signal?: Signal) => call(client.GET('/ledger/programs', { params: { query }, signal }));
export const program = (programId: string, signal?: Signal) => call(client.GET('/ledger/programs/{programId}', { params: { path: { programId } }, signal }));
export const createProgram = (body: ProgramInput) => call(client.POST('/ledger/programs', { body }));
export const updateProgram = (programId: string, body: ProgramPatch) => call(client.PATCH('/ledger/programs/{programId}', { params: { path: { programId } }, body }));
export const fundProgram = (programId: string, body: { amountFen: number; memo?: string }, key: string) =>
  call(client.POST('/ledger/programs/{programId}/funding', { params: { path: { programId }, header: idem(key) }, body }));
export const grantVoucher = (programId: string, body: { orgId: string; amountFen: number; reason?: string }, key: string) =>
  call(client.POST('/ledger/programs/{programId}/vouchers', { params: { path: { programId }, header: idem(key) }, body }));

// --- vouchers and approvals
export const vouchers = (query: VoucherQuery, signal?: Signal) => call(client.GET('/ledger/vouchers', { params: { query }, signal }));
export const voucher = (voucherId: string, signal?: Signal) => call(client.GET('/ledger/vouchers/{voucherId}', { params: { path: { voucherId } }, signal }));
export const clawback = (voucherId: string, body: { amountFen: number; reason: string }, key: string) =>
  call(client.POST('/ledger/vouchers/{voucherId}/clawback', { params: { path: { voucherId }, header: idem(key) }, body }));
export const approvals = (query: ApprovalQuery, signal?: Signal) => call(client.GET('/ledger/approvals', { params: { query }, signal }));
export const decideApproval = (approvalId: string, body: { approve: boolean; note?: string }) =>
  call(client.POST('/ledger/approvals/{approvalId}/decision', { params: { path: { approvalId } }, body }));

// --- accounts, transfers, reconciliation
export const accounts = (query: AccountQuery, signal?: Signal) => call(client.GET('/ledger/accounts', { params: { query }, signal }));
export const account = (accountId: string, signal?: Signal) => call(client.GET('/ledger/accounts/{accountId}', { params: { path: { accountId } }, signal }));
export const balancesAt = (accountId: string, at: string | undefined, signal?: Signal) =>
  call(client.GET('/ledger/accounts/{accountId}/balances', { params: { path: { accountId }, query: at ? { at } : {} }, signal }));
export const transfers = (query: TransferQuery, signal?: Signal) => call(client.GET('/ledger/transfers', { params: { query }, signal }));
export const reconciliation = (signal?: Signal) => call(client.GET('/ledger/reconciliation', { signal }));

// --- settlements
export const settlements = (query: SettlementQuery, signal?: Signal) => call(client.GET('/ledger/settlements', { params: { query }, signal }));
export const settlement = (settlementId: string, signal?: Signal) =>
  call(client.GET('/ledger/settlements/{settlementId}', { params: { path: { settlementId } }, signal }));
export const runSettlement = (period: string) => call(client.POST('/ledger/settlements', { body: { period } }));

// --- what the home screen and pickers need from elsewhere
export const orgSearch = (q: string, signal?: Signal) => call(client.GET('/orgs', { params: { query: { q: q || undefined, limit: 20 } }, signal }));
export const org = (orgId: string, signal?: Signal) => call(client.GET('/orgs/{orgId}', { params: { path: { orgId } }, signal }));
export const providersOf = (orgId: string, signal?: Signal) => call(client.GET('/ledger/providers', { params: { query: { orgId, limit: 10 } }, signal }));
export const providerCount = (signal?: Signal) => call(client.GET('/ledger/providers', { params: { query: { limit: 1 } }, signal }));

// --- reports
export type ProgramReport = S['ProgramReport'];
export type ProgramReportRow = S['ProgramReportRow'];
export type ProgramReportDetail = S['ProgramReportDetail'];
export type CompanyReportRow = S['CompanyReportRow'];
export type ProviderReportRow = S['ProviderReportRow'];
export type MonthReportRow = S['MonthReportRow'];
export type ExportFormat = 'csv' | 'xlsx';

export const programsReport = (year: number, signal?: Signal) => call(client.GET('/ledger/reports/programs', { params: { query: { year } }, signal }));
export const programReport = (programId: string, year: number, signal?: Signal) =>
  call(client.GET('/ledger/reports/programs/{programId}', { params: { path: { programId }, query: { year } }, signal }));

export const exportProgramReport = (programId: string, year: number, format: ExportFormat) =>
  download(
    client.GET('/ledger/reports/programs/{programId}/export', { params: { path: { programId }, query: { year, format } }, parseAs: 'blob' }),
    `program-report-${year}.${format}`,
  );
export const exportSettlement = (settlementId: string, format: ExportFormat) =>
  download(client.GET('/ledger/settlements/{settlementId}/export', { params: { path: { settlementId }, query: { format } }, parseAs: 'blob' }), `settlement.${format}`);

