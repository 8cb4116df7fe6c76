// Routes of the ledger desk: the core (accounts, transfers, balances, reconciliation), programs
// and vouchers, providers and prices, relations, orders, settlements and invoices.
import { z, createRouter, jsonBody, jsonResponse, type Access, conflictResponse, taggedRoute } from '../../http/openapi.ts';
import { pageOf } from '../../http/paging.ts';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/context.ts';
import type { RequestCtx } from '../../http/context.ts';
import { ctxOf, requireStaff } from '../identity/index.ts';
import * as core from './ledger.service.ts';
import * as programs from './ledger.programs.service.ts';
import * as orders from './ledger.orders.service.ts';
import * as s from './ledger.schemas.ts';

const conflict = conflictResponse;

const OPERATOR_READ: Access = { auth: 'operator', scope: 'ledger:read' };
const OPERATOR_WRITE: Access = { auth: 'operator', scope: 'ledger:write' };
const SIGNED_READ: Access = { auth: 'signed-in', scope: 'ledger:read' };
const SIGNED_WRITE: Access = { auth: 'signed-in', scope: 'ledger:write' };

const op = taggedRoute;

// ── core ──────────────────────────────────────────────────────────────────────────────────

const listAccounts = op(OPERATOR_READ, 'ledger', {
  method: 'get',
  path: '/ledger/accounts',
  summary: 'Accounts, by id',
  request: { query: s.AccountQuery },
  responses: { 200: jsonResponse(pageOf(s.Account, 'LedgerAccountPage'), 'A page of accounts') },
});
const createAccount = op(OPERATOR_WRITE, 'ledger', {
  method: 'post',
  path: '/ledger/accounts',
  summary: 'Open an account with a balance rule',
  request: { body: jsonBody(s.AccountCreateBody) },
  responses: { 201: jsonResponse(s.Account, 'The account'), ...conflict('refKey taken (name_taken)') },
});
const getAccount = op(SIGNED_READ, 'ledger', {
  method: 'get',
  path: '/ledger/accounts/{accountId}',
  summary: "An account and its balances (operators; members of the account's organization)",
  request: { params: z.object({ accountId: s.IdParam('accountId') }) },
  responses: { 200: jsonResponse(s.Account, 'The account') },
});
const accountBalances = op(SIGNED_READ, 'ledger', {
  method: 'get',
  path: '/ledger/accounts/{accountId}/balances',
  summary: "An account's balances as of an instant (default now), recomputed from its transfers",
  request: { params: z.object({ accountId: s.IdParam('accountId') }), query: s.BalancesQuery },
  responses: { 200: jsonResponse(s.Balances, 'The balances') },
});
const listTransfers = op(SIGNED_READ, 'ledger', {
  method: 'get',
  path: '/ledger/transfers',
  summary: "Transfers, newest first (operators: all; others: those of their organizations' accounts)",
  request: { query: s.TransferQuery },
  responses: { 200: jsonResponse(pageOf(s.Transfer, 'LedgerTransferPage'), 'A page of transfers') },
});
const getTransfer = op(SIGNED_READ, 'ledger', {
  method: 'get',
  path: '/ledger/transfers/{transferId}',
  summary: 'One transfer',
  request: { params: z.object({ transferId: s.IdParam('transferId') }) },
  responses: { 200: jsonResponse(s.Transfer, 'The transfer') },
});
const createTransfers = op(OPERATOR_WRITE, 'ledger', {
  method: 'post',
  path: '/ledger/transfers',
  summary: 'Create a batch of transfers (single, pending, post, void; linked chains; idempotency keys): one result per transfer',
  request: { body: jsonBody(s.TransferBatchBody) },
  responses: { 200: jsonResponse(s.TransferBatchResult, 'One result per transfer, in order'), ...conflict('A key raced with another body (idempotency_conflict)') },
});
const reconcile = op(OPERATOR_READ, 'ledger', {
  method: 'get',
  path: '/ledger/reconciliation',
  summary: 'Recompute every balance from every transfer and check double entry',
  responses: { 200: jsonResponse(s.Reconciliation, 'The reconciliation') },
});
const sweep = op(OPERATOR_WRITE, 'ledger', {
  method: 'post',
  path: '/ledger/sweep',
  summary: 'Expire now every pending transfer, voucher and order whose time is up (jobs also do this on time)',
  responses: { 200: jsonResponse(s.SweepResult, 'What expired') },
});

// ── programs and vouchers ─────────────────────────────────────────────────────────────────

const listPrograms = op({ auth: 'public' }, 'programs', {
  method: 'get',
  path: '/ledger/programs',
  summary: 'Subsidy programs with their budgets',
  request: { query: s.ProgramQuery },
  responses: { 200: jsonResponse(pageOf(s.Program, 'ProgramPage'), 'A page of programs') },
});
const createProgram = op(OPERATOR_WRITE, 'programs', {
  method: 'post',
  path: '/ledger/programs',
  summary: 'Define a program; its budget is funded from appropriations',
  request: { body: jsonBody(s.ProgramCreateBody) },
  responses: { 201: jsonResponse(s.Program, 'The program'), ...conflict('Code taken (name_taken)') },
});
const getProgram = op({ auth: 'public' }, 'programs', {
  method: 'get',
  path: '/ledger/programs/{programId}',
  summary: 'A program',
  request: { params: z.object({ programId: s.IdParam('programId') }) },
  responses: { 200: jsonResponse(s.Program, 'The program') },
});
const updateProgram = op(OPERATOR_WRITE, 'programs', {
  method: 'patch',
  path: '/ledger/programs/{programId}',
  summary: "Change a program's terms (a new yearly cap adjusts this year's quotas)",
  request: { params: z.object({ programId: s.IdParam('programId') }), body: jsonBody(s.ProgramPatchBody) },
  responses: { 200: jsonResponse(s.Program, 'The program') },
});
const fundProgram = op(OPERATOR_WRITE, 'programs', {
  method: 'post',
  path: '/ledger/programs/{programId}/funding',
  summary: "Add money to a program's budget",
  request: { params: z.object({ programId: s.IdParam('programId') }), headers: s.IdempotencyHeader, body: jsonBody(s.FundBody) },
  responses: { 200: jsonResponse(s.Program, 'The program'), ...conflict('idempotency_conflict') },
});
const grant = op(OPERATOR_WRITE, 'programs', {
  method: 'post',
  path: '/ledger/programs/{programId}/vouchers',
  summary: "Grant a voucher to a company from the program's budget",
  request: { params: z.object({ programId: s.IdParam('programId') }), headers: s.IdempotencyHeader, body: jsonBody(s.GrantBody) },
  responses: { 201: jsonResponse(s.Voucher, 'The voucher'), ...conflict('program_budget_exceeded, program_not_active, org_not_eligible, idempotency_conflict') },
});
const grantBatch = op(OPERATOR_WRITE, 'programs', {
  method: 'post',
  path: '/ledger/programs/{programId}/vouchers/batch',
  summary: 'Grant many vouchers, each once per key (the CSV of the CLI)',
  request: { params: z.object({ programId: s.IdParam('programId') }), body: jsonBody(s.GrantBatchBody) },
  responses: { 200: jsonResponse(s.GrantBatchResult, 'One result per grant') },
});
const listVouchers = op(SIGNED_READ, 'vouchers', {
  method: 'get',
  path: '/ledger/vouchers',
  summary: 'Vouchers of the organizations the caller belongs to, or of one of them (operators: all)',
  request: { query: s.VoucherQuery },
  responses: { 200: jsonResponse(pageOf(s.Voucher, 'VoucherPage'), 'A page of vouchers') },
});
const getVoucher = op(SIGNED_READ, 'vouchers', {
  method: 'get',
  path: '/ledger/vouchers/{voucherId}',
  summary: 'A voucher and what is left on it (its organization’s members, operators)',
  request: { params: z.object({ voucherId: s.IdParam('voucherId') }) },
  responses: { 200: jsonResponse(s.Voucher, 'The voucher') },
});
const clawback = op(OPERATOR_WRITE, 'vouchers', {
  method: 'post',
  path: '/ledger/vouchers/{voucherId}/clawback',
  summary: 'Claw back part of a voucher with a reason; above the threshold a second operator must approve',
  request: { params: z.object({ voucherId: s.IdParam('voucherId') }), headers: s.IdempotencyHeader, body: jsonBody(s.ClawbackBody) },
  responses: { 200: jsonResponse(s.ClawbackResult, 'Done, or waiting for approval'), ...conflict('voucher_insufficient, idempotency_conflict') },
});
const listApprovals = op(OPERATOR_READ, 'vouchers', {
  method: 'get',
  path: '/ledger/approvals',
  summary: 'Writes waiting for a second operator',
  request: { query: s.ApprovalQuery },
  responses: { 200: jsonResponse(pageOf(s.Approval, 'ApprovalPage'), 'A page of approvals') },
});
const decideApproval = op(OPERATOR_WRITE, 'vouchers', {
  method: 'post',
  path: '/ledger/approvals/{approvalId}/decision',
  summary: 'Approve (and execute) or reject; not by the operator who asked',
  request: { params: z.object({ approvalId: s.IdParam('approvalId') }), body: jsonBody(s.DecisionBody) },
  responses: { 200: jsonResponse(s.Approval, 'The approval'), ...conflict('invalid_state, voucher_insufficient') },
});
const companyAccount = op({ ...SIGNED_READ, org: 'member' }, 'vouchers', {
  method: 'get',
  path: '/ledger/orgs/{orgId}/account',
  summary: "The organization's own account (its share of orders is paid from it)",
  request: { params: z.object({ orgId: s.IdParam('orgId') }) },
  responses: { 200: jsonResponse(s.Account, 'The account') },
});
const deposit = op(OPERATOR_WRITE, 'vouchers', {
  method: 'post',
  path: '/ledger/orgs/{orgId}/deposits',
  summary: "Record money an organization paid in to its account",
  request: { params: z.object({ orgId: s.IdParam('orgId') }), headers: s.IdempotencyHeader, body: jsonBody(s.DepositBody) },
  responses: { 200: jsonResponse(s.Account, 'The account'), ...conflict('idempotency_conflict') },
});
const invoice = op({ ...SIGNED_READ, org: 'member' }, 'orders', {
  method: 'get',
  path: '/ledger/orgs/{orgId}/invoice',
  summary: "An organization's invoice for a month: accepted orders and who paid what",
  request: { params: z.object({ orgId: s.IdParam('orgId') }), query: s.InvoiceQuery },
  responses: { 200: jsonResponse(s.Invoice, 'The invoice') },
});

// ── providers, relations ──────────────────────────────────────────────────────────────────

const listProviders = op({ auth: 'public' }, 'providers', {
  method: 'get',
  path: '/ledger/providers',
  summary: 'The directory of approved service providers (operators and members also see other statuses)',
  request: { query: s.ProviderQuery },
  responses: { 200: jsonResponse(pageOf(s.Provider, 'ProviderPage'), 'A page of providers') },
});
const registerProvider = op({ ...SIGNED_WRITE, org: 'admin' }, 'providers', {
  method: 'post',
  path: '/ledger/providers',
  summary: "Apply as a provider (the organization's admins) or register one (operators: admitted at once)",
  request: { body: jsonBody(s.ProviderCreateBody) },
  responses: { 201: jsonResponse(s.Provider, 'The provider'), ...conflict('Already registered (name_taken)') },
});
const getProvider = op({ auth: 'public' }, 'providers', {
  method: 'get',
  path: '/ledger/providers/{providerId}',
  summary: 'A provider',
  request: { params: z.object({ providerId: s.IdParam('providerId') }) },
  responses: { 200: jsonResponse(s.Provider, 'The provider') },
});
const decideProvider = op(OPERATOR_WRITE, 'providers', {
  method: 'post',
  path: '/ledger/providers/{providerId}/decision',
  summary: 'Admit, reject, suspend or reinstate a provider',
  request: { params: z.object({ providerId: s.IdParam('providerId') }), body: jsonBody(s.ProviderDecisionBody) },
  responses: { 200: jsonResponse(s.Provider, 'The provider'), ...conflict('invalid_state') },
});
const listPrices = op({ auth: 'public' }, 'providers', {
  method: 'get',
  path: '/ledger/providers/{providerId}/prices',
  summary: "A provider's published price list",
  request: { params: z.object({ providerId: s.IdParam('providerId') }), query: s.PriceQuery },
  responses: { 200: jsonResponse(z.object({ items: z.array(s.PriceItem) }).openapi('PriceList'), 'The price list') },
});
const publishPrice = op(SIGNED_WRITE, 'providers', {
  method: 'post',
  path: '/ledger/providers/{providerId}/prices',
  summary: "Publish a price (the provider's admins); a new price for a SKU retires the old",
  request: { params: z.object({ providerId: s.IdParam('providerId') }), body: jsonBody(s.PriceCreateBody) },
  responses: { 201: jsonResponse(s.PriceItem, 'The price'), ...conflict('provider_not_eligible') },
});
const retirePrice = op(SIGNED_WRITE, 'providers', {
  method: 'delete',
  path: '/ledger/providers/{providerId}/prices/{priceItemId}',
  summary: 'Retire a price (orders already issued keep it)',
  request: { params: z.object({ providerId: s.IdParam('providerId'), priceItemId: s.IdParam('priceItemId') }) },
  responses: { 200: jsonResponse(s.PriceItem, 'The retired price') },
});
const listRelations = op(SIGNED_READ, 'providers', {
  method: 'get',
  path: '/ledger/relations',
  summary: "Relations between organizations that bar subsidized trade (the caller's organizations; operators: all)",
  request: { query: s.RelationQuery },
  responses: { 200: jsonResponse(z.object({ items: z.array(s.Relation) }).openapi('RelationList'), 'The relations') },
});
const declareRelation = op({ ...SIGNED_WRITE, org: 'admin' }, 'providers', {
  method: 'post',
  path: '/ledger/relations',
  summary: "Record a relation (operators: any; an organization's admins: their own declared relations)",
  request: { body: jsonBody(s.RelationCreateBody) },
  responses: { 201: jsonResponse(s.Relation, 'The relation'), ...conflict('Already recorded (name_taken)') },
});
const removeRelation = op(OPERATOR_WRITE, 'providers', {
  method: 'delete',
  path: '/ledger/relations/{relationId}',
  summary: 'Remove a relation recorded in error',
  request: { params: z.object({ relationId: s.IdParam('relationId') }) },
  responses: { 204: { description: 'Removed' } },
});

// ── orders and settlements ────────────────────────────────────────────────────────────────

const orderParams = z.object({ orderId: s.IdParam('orderId') });
const listOrders = op(SIGNED_READ, 'orders', {
  method: 'get',
  path: '/ledger/orders',
  summary: 'Orders of a provider or a buyer the caller belongs to (operators: all)',
  request: { query: s.OrderQuery },
  responses: { 200: jsonResponse(pageOf(s.Order, 'OrderPage'), 'A page of orders') },
});
const issueOrder = op(SIGNED_WRITE, 'orders', {
  method: 'post',
  path: '/ledger/orders',
  summary: "Issue an order to a company against the provider's prices (the provider's members)",
  request: { headers: s.IdempotencyHeader, body: jsonBody(s.OrderCreateBody) },
  responses: { 201: jsonResponse(s.Order, 'The order'), ...conflict('provider_not_admitted, provider_related_to_buyer, idempotency_conflict') },
});
const getOrder = op(SIGNED_READ, 'orders', {
  method: 'get',
  path: '/ledger/orders/{orderId}',
  summary: 'An order (its buyer’s and provider’s members, operators)',
  request: { params: orderParams },
  responses: { 200: jsonResponse(s.Order, 'The order') },
});
const stepSpec = (path: string, summary: string, codes: string) => ({
  method: 'post' as const,
  path: `/ledger/orders/{orderId}/${path}`,
  summary,
  responses: { 200: jsonResponse(s.Order, 'The order'), ...conflict(codes) },
});
const confirmOrder = op(SIGNED_WRITE, 'orders', {
  ...stepSpec(
    'confirm',
    "The buyer's admins confirm, naming the voucher: the program's share, the company's share and the yearly quota are reserved together",
    'invalid_state, voucher_insufficient, insufficient_funds, yearly_cap_exceeded, provider_related_to_buyer, contract_already_subsidized, provider_not_eligible, org_not_eligible, program_not_active, voucher_not_active',
  ),
  request: { params: orderParams, headers: s.IdempotencyHeader, body: jsonBody(s.ConfirmBody) },
});
const rejectOrder = op(SIGNED_WRITE, 'orders', {
  ...stepSpec('reject', "The buyer's admins turn down an issued order", 'invalid_state'),
  request: { params: orderParams, body: jsonBody(s.ReasonBody) },
});
const deliverOrder = op(SIGNED_WRITE, 'orders', {
  ...stepSpec('deliver', "The provider's members report delivery", 'invalid_state, pending_expired'),
  request: { params: orderParams },
});
const acceptOrder = op(SIGNED_WRITE, 'orders', {
  ...stepSpec('accept', "The buyer's admins accept delivery: the reservation posts to the provider", 'invalid_state, pending_expired'),
  request: { params: orderParams, headers: s.IdempotencyHeader },
});
const cancelOrder = op(SIGNED_WRITE, 'orders', {
  ...stepSpec('cancel', 'Cancel before acceptance (buyer or provider admins, operators): the reservation is voided', 'invalid_state, pending_expired'),
  request: { params: orderParams, headers: s.IdempotencyHeader, body: jsonBody(s.ReasonBody) },
});
const claimOrder = op(SIGNED_WRITE, 'orders', {
  ...stepSpec('claim', "The provider's members claim payment of an accepted order", 'delivery_not_accepted, invalid_state'),
  request: { params: orderParams },
});

const listSettlements = op(SIGNED_READ, 'orders', {
  method: 'get',
  path: '/ledger/settlements',
  summary: "Settlement statements of the caller's providers (operators: all)",
  request: { query: s.SettlementQuery },
  responses: { 200: jsonResponse(pageOf(s.Settlement, 'SettlementPage'), 'A page of statements') },
});
const getSettlement = op(SIGNED_READ, 'orders', {
  method: 'get',
  path: '/ledger/settlements/{settlementId}',
  summary: 'A settlement statement with its orders',
  request: { params: z.object({ settlementId: s.IdParam('settlementId') }) },
  responses: { 200: jsonResponse(s.SettlementDetail, 'The statement') },
});
const runSettlement = op(OPERATOR_WRITE, 'orders', {
  method: 'post',
  path: '/ledger/settlements',
  summary: 'Settle a month: pay providers every claimed order, one statement each',
  request: { body: jsonBody(s.SettlementRunBody) },
  responses: { 200: jsonResponse(z.object({ items: z.array(s.Settlement) }).openapi('SettlementRun'), 'The statements made') },
});

const idem = (c: { req: { header(name: string): string | undefined } }) => c.req.header('idempotency-key');

/** Expires everything whose time is up, now (operators; the jobs do it on time). */
async function sweepAll(deps: Deps, ctx: RequestCtx) {
  requireStaff(ctx);
  const ordersExpired = await orders.expireDueOrders(deps, ctx);
  const vouchersExpired = await programs.expireDueVouchers(deps, ctx);
  const pendingsExpired = (await core.expireDuePendings(deps, ctx)).length;
  return { pendingsExpired, vouchersExpired, ordersExpired };
}

/** Routes of the ledger desk. */
export function ledgerRoutes(deps: Deps): OpenAPIHono<AppEnv> {
  const r = createRouter();
  r.openapi(listAccounts, async (c) => {
      const q = c.req.valid('query');
      return c.json(await core.listAccounts(deps, { orgId: q.orgId, code: q.code }, q.cursor, q.limit), 200);
    });
  r.openapi(createAccount, async (c) => c.json(await core.openAccount(deps, ctxOf(c), c.req.valid('json')), 201));
  r.openapi(getAccount, async (c) => c.json(await core.getAccount(deps, ctxOf(c), c.req.valid('param').accountId), 200));
  r.openapi(accountBalances, async (c) => {
      const at = c.req.valid('query').at;
      return c.json(await core.balancesAt(deps, ctxOf(c), c.req.valid('param').accountId, at ? new Date(at) : deps.now()), 200);
    });
  r.openapi(listTransfers, async (c) => {
      const q = c.req.valid('query');
      return c.json(await core.listTransfers(deps, ctxOf(c), { accountId: q.accountId, refType: q.refType, refId: q.refId, code: q.code }, q.cursor, q.limit), 200);
    });
  r.openapi(getTransfer, async (c) => c.json(await core.getTransfer(deps, ctxOf(c), c.req.valid('param').transferId), 200));
  r.openapi(createTransfers, async (c) => c.json({ results: await core.submitTransfers(deps, ctxOf(c), c.req.valid('json').transfers) }, 200));
  r.openapi(reconcile, async (c) => c.json(await core.reconcile(deps), 200));
  r.openapi(sweep, async (c) => c.json(await sweepAll(deps, ctxOf(c)), 200));
  r.openapi(listPrograms, async (c) => {
      const q = c.req.valid('query');
      return c.json(await programs.listPrograms(deps, { status: q.status, kind: q.kind }, q.cursor, q.limit), 200);
    });
  r.openapi(createProgram, async (c) => c.json(await programs.createProgram(deps, ctxOf(c), c.req.valid('json')), 201));
  r.openapi(getProgram, async (c) => c.json(await programs.getProgram(deps, c.req.valid('param').programId), 200));
  r.openapi(updateProgram, async (c) => c.json(await programs.updateProgram(deps, ctxOf(c), c.req.valid('param').programId, c.req.valid('json')), 200));
  r.openapi(fundProgram, async (c) => c.json(await programs.fundProgram(deps, ctxOf(c), c.req.valid('param').programId, c.req.valid('json'), idem(c)), 200));
  r.openapi(grant, async (c) => c.json(await programs.grantVoucher(deps, ctxOf(c), c.req.valid('param').programId, c.req.valid('json'), idem(c)), 201));
  r.openapi(grantBatch, async (c) => c.json({ results: await programs.grantVouchers(deps, ctxOf(c), c.req.valid('param').programId, c.req.valid('json').grants) }, 200));
  r.openapi(listVouchers, async (c) => {
      const q = c.req.valid('query');
      return c.json(await programs.listVouchers(deps, ctxOf(c), { orgId: q.orgId, programId: q.programId, status: q.status }, q.cursor, q.limit), 200);
    });
  r.openapi(getVoucher, async (c) => c.json(await programs.getVoucher(deps, ctxOf(c), c.req.valid('param').voucherId), 200));
  r.openapi(clawback, async (c) => c.json(await programs.clawback(deps, ctxOf(c), c.req.valid('param').voucherId, c.req.valid('json'), idem(c)), 200));
  r.openapi(listApprovals, async (c) => {
      const q = c.req.valid('query');
      return c.json(await programs.listApprovals(deps, ctxOf(c), q.status, q.cursor, q.limit), 200);
    });
  r.openapi(decideApproval, async (c) => c.json(await programs.decideApproval(deps, ctxOf(c), c.req.valid('param').approvalId, c.req.valid('json')), 200));
  r.openapi(companyAccount, async (c) => c.json(await programs.getCompanyAccount(deps, ctxOf(c), c.req.valid('param').orgId), 200));
  r.openapi(deposit, async (c) => c.json(await programs.deposit(deps, ctxOf(c), c.req.valid('param').orgId, c.req.valid('json'), idem(c)), 200));
  r.openapi(invoice, async (c) => c.json(await orders.invoice(deps, ctxOf(c), c.req.valid('param').orgId, c.req.valid('query').period), 200));
  r.openapi(listProviders, async (c) => {
      const q = c.req.valid('query');
      return c.json(await orders.listProviders(deps, ctxOf(c), { status: q.status, category: q.category, orgId: q.orgId }, q.cursor, q.limit), 200);
    });
  r.openapi(registerProvider, async (c) => c.json(await orders.registerProvider(deps, ctxOf(c), c.req.valid('json')), 201));
  r.openapi(getProvider, async (c) => c.json(await orders.getProvider(deps, ctxOf(c), c.req.valid('param').providerId), 200));
  r.openapi(decideProvider, async (c) => c.json(await orders.decideProvider(deps, ctxOf(c), c.req.valid('param').providerId, c.req.valid('json')), 200));
  r.openapi(listPrices, async (c) => c.json({ items: await orders.listPriceItems(deps, ctxOf(c), c.req.valid('param').providerId, c.req.valid('query').all === 'true') }, 200));
  r.openapi(publishPrice, async (c) => c.json(await orders.publishPrice(deps, ctxOf(c), c.req.valid('param').providerId, c.req.valid('json')), 201));
  r.openapi(retirePrice, async (c) => {
      const p = c.req.valid('param');
      return c.json(await orders.retirePrice(deps, ctxOf(c), p.providerId, p.priceItemId), 200);
    });
  r.openapi(listRelations, async (c) => c.json({ items: await orders.listRelations(deps, ctxOf(c), c.req.valid('query').orgId) }, 200));
  r.openapi(declareRelation, async (c) => c.json(await orders.declareRelation(deps, ctxOf(c), c.req.valid('json')), 201));
  r.openapi(removeRelation, async (c) => {
      await orders.removeRelation(deps, ctxOf(c), c.req.valid('param').relationId);
      return c.body(null, 204);
    });
  r.openapi(listOrders, async (c) => {
      const q = c.req.valid('query');
      return c.json(await orders.listOrders(deps, ctxOf(c), { providerId: q.providerId, buyerOrgId: q.buyerOrgId, status: q.status, programId: q.programId }, q.cursor, q.limit), 200);
    });
  r.openapi(issueOrder, async (c) => c.json(await orders.issueOrder(deps, ctxOf(c), c.req.valid('json'), idem(c)), 201));
  r.openapi(getOrder, async (c) => c.json(await orders.getOrder(deps, ctxOf(c), c.req.valid('param').orderId), 200));
  r.openapi(confirmOrder, async (c) => c.json(await orders.confirmOrder(deps, ctxOf(c), c.req.valid('param').orderId, c.req.valid('json'), idem(c)), 200));
  r.openapi(rejectOrder, async (c) => c.json(await orders.rejectOrder(deps, ctxOf(c), c.req.valid('param').orderId, c.req.valid('json')), 200));
  r.openapi(deliverOrder, async (c) => c.json(await orders.deliverOrder(deps, ctxOf(c), c.req.valid('param').orderId), 200));
  r.openapi(acceptOrder, async (c) => c.json(await orders.acceptOrder(deps, ctxOf(c), c.req.valid('param').orderId, idem(c)), 200));
  r.openapi(cancelOrder, async (c) => c.json(await orders.cancelOrder(deps, ctxOf(c), c.req.valid('param').orderId, c.req.valid('json'), idem(c)), 200));
  r.openapi(claimOrder, async (c) => c.json(await orders.claimOrder(deps, ctxOf(c), c.req.valid('param').orderId), 200));
  r.openapi(listSettlements, async (c) => {
      const q = c.req.valid('query');
      return c.json(await orders.listSettlements(deps, ctxOf(c), { providerId: q.providerId, period: q.period }, q.cursor, q.limit), 200);
    });
  r.openapi(getSettlement, async (c) => c.json(await orders.getSettlement(deps, ctxOf(c), c.req.valid('param').settlementId), 200));
  r.openapi(runSettlement, async (c) => c.json({ items: await orders.runSettlement(deps, ctxOf(c), c.req.valid('json').period) }, 200));
  return r;
}
