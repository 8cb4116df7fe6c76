// The ledger market's API calls (providers, prices, relations, orders, vouchers, the company's
// account and invoice, settlements), each a typed call of the generated contract. Writes that
// take an Idempotency-Key get it from the caller: one fresh key per form submission.
import { NetworkError, call, client, isApiError } from '../../api/client.ts';
import * as base from '../../api/endpoints.ts';
import { download, type Download } from '../download.ts';
import type { components, paths } from '../../../shared/api-client.ts';
export { saveFile, type Download } from '../download.ts';

type S = components['schemas'];
type Signal = AbortSignal | undefined;

/** The query of a GET route, as the contract defines it. */
type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;
/** The JSON body of a POST route. */
type BodyOf<P extends keyof paths> = paths[P] extends { post: { requestBody?: { content: { 'application/json': infer B } } } } ? B : never;

export type Provider = S['Provider'];
export type ProviderStatus = Provider['status'];
export type Category = Provider['categories'][number];
export type PriceItem = S['PriceItem'];
export type Order = S['Order'];
export type OrderStatus = Order['status'];
export type OrderLine = Order['lines'][number];
export type Voucher = S['Voucher'];
export type Program = S['Program'];
export type Account = S['LedgerAccount'];
export type Invoice = S['Invoice'];
export type Relation = S['OrgRelation'];
export type RelationKind = Relation['kind'];
export type Settlement = S['Settlement'];
export type Org = S['Org'];

export type ProviderQuery = QueryOf<'/ledger/providers'>;
export type OrderQuery = QueryOf<'/ledger/orders'>;
export type VoucherQuery = QueryOf<'/ledger/vouchers'>;
export type SettlementQuery = QueryOf<'/ledger/settlements'>;
export type ProviderApply = BodyOf<'/ledger/providers'>;
export type ProviderDecision = BodyOf<'/ledger/providers/{providerId}/decision'>;
export type DecisionAction = ProviderDecision['action'];
export type PriceInput = BodyOf<'/ledger/providers/{providerId}/prices'>;
export type OrderInput = BodyOf<'/ledger/orders'>;
export type RelationInput = BodyOf<'/ledger/relations'>;

/** A fresh Idempotency-Key, one per form submission. */
export function newKey(): string {
  return crypto.randomUUID();
}

/**
 * Runs a keyed write, retrying with the same key when the server was not reached or was still
 * busy with the first attempt: the server then answers the first result instead of doing it twice.
 */
export async function withRetry<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await run();
    } catch (e) {
      if (n >= attempts || !(e instanceof NetworkError || isApiError(e, 'idempotency_in_progress'))) throw e;
      await new Promise((r) => setTimeout(r, 400 * n));
    }
  }
}

const keyed = (key: string) => ({ 'idempotency-key': key });

// --- organizations (search, for buyers and relations)
export const searchOrgs = (q: string, signal?: Signal) => base.orgs({ q: q || undefined, limit: 20 }, signal);
export const org = (orgId: string, signal?: Signal) => base.org(orgId, signal);

// --- providers and prices
export const providers = (query: ProviderQuery, signal?: Signal) => call(client.GET('/ledger/providers', { params: { query }, signal }));
export const provider = (providerId: string, signal?: Signal) => call(client.GET('/ledger/providers/{providerId}', { params: { path: { providerId } }, signal }));
export const applyProvider = (body: ProviderApply) => call(client.POST('/ledger/providers', { body }));
export const decideProvider = (providerId: string, body: ProviderDecision) =>
  call(client.POST('/ledger/providers/{providerId}/decision', { params: { path: { providerId } }, body }));
export const prices = (providerId: string, all: boolean, signal?: Signal) =>
  call(client.GET('/ledger/providers/{providerId}/prices', { params: { path: { providerId }, query: all ? { all: 'true' } : {} }, signal }));
export const publishPrice = (providerId: string, body: PriceInput) => call(client.POST('/ledger/providers/{providerId}/prices', { params: { path: { providerId } }, body }));
export const retirePrice = (providerId: string, priceItemId: string) =>
  call(client.DELETE('/ledger/providers/{providerId}/prices/{priceItemId}', { params: { path: { providerId, priceItemId } } }));

// --- relations
export const relations = (orgId: string | undefined, signal?: Signal) => call(client.GET('/ledger/relations', { params: { query: orgId ? { orgId } : {} }, signal }));
export const declareRelation = (body: RelationInput) => call(client.POST('/ledger/relations', { body }));
export const removeRelation = (relationId: string) => call(client.DELETE('/ledger/relations/{relationId}', { params: { path: { relationId } } }));

// --- orders
export const orders = (query: OrderQuery, signal?: Signal) => call(client.GET('/ledger/orders', { params: { query }, signal }));
export const order = (orderId: string, signal?: Signal) => call(client.GET('/ledger/orders/{orderId}', { params: { path: { orderId } }, signal }));
export const issueOrder = (body: OrderInput, key: string) => call(client.POST('/ledger/orders', { params: { header: keyed(key) }, body }));
export const confirmOrder = (orderId: string, voucherId: string | undefined, key: string) =>
  call(client.POST('/ledger/orders/{orderId}/confirm', { params: { path: { orderId }, header: keyed(key) }, body: voucherId ? { voucherId } : {} }));
export const rejectOrder = (orderId: string, reason: string | undefined) =>
  call(client.POST('/ledger/orders/{orderId}/reject', { params: { path: { orderId } }, body: reason ? { reason } : {} }));
export const deliverOrder = (orderId: string) => call(client.POST('/ledger/orders/{orderId}/deliver', { params: { path: { orderId } } }));
export const acceptOrder = (orderId: string, key: string) => call(client.POST('/ledger/orders/{orderId}/accept', { params: { path: { orderId }, header: keyed(key) } }));
export const cancelOrder = (orderId: string, reason: string | undefined, key: string) =>
  call(client.POST('/ledger/orders/{orderId}/cancel', { params: { path: { orderId }, header: keyed(key) }, body: reason ? { reason } : {} }));
export const claimOrder = (orderId: string) => call(client.POST('/ledger/orders/{orderId}/claim', { params: { path: { orderId } } }));

// --- programs, vouchers, the company's account and invoice, settlements
export const program = (programId: string, signal?: Signal) => call(client.GET('/ledger/programs/{programId}', { params: { path: { programId } }, signal }));
export const vouchers = (query: VoucherQuery, signal?: Signal) => call(client.GET('/ledger/vouchers', { params: { query }, signal }));
export const orgAccount = (orgId: string, signal?: Signal) => call(client.GET('/ledger/orgs/{orgId}/account', { params: { path: { orgId } }, signal }));
export const invoice = (orgId: string, period: string, signal?: Signal) =>
  call(client.GET('/ledger/orgs/{orgId}/invoice', { params: { path: { orgId }, query: { period } }, signal }));
export const settlements = (query: SettlementQuery, signal?: Signal) => call(client.GET('/ledger/settlements', { params: { query }, signal }));

// --- the invoice as a file (CSV or XLSX)
export type InvoiceFormat = NonNullable<QueryOf<'/ledger/orgs/{orgId}/invoice/export'>['format']>;

/**
 * The month's invoice as a file, read as a blob through the typed client, so that a refusal shows
 * as an error on the screen instead of a problem document opened in the browser.
 */
export async function exportInvoice(orgId: string, period: string, format: InvoiceFormat): Promise<Download> {
  return download(client.GET('/ledger/orgs/{orgId}/invoice/export', { params: { path: { orgId }, query: { period, format } }, parseAs: 'blob' }), `invoice-${period}.${format}`);
}

