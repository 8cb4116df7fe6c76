// Ledger fixtures made through the HTTP API: programs, vouchers, companies with money, providers
// with a price, orders in each state. Every helper asserts the status it expects, so a test that
// uses them fails at the step that went wrong.
import assert from 'node:assert/strict';
import type { OrgKind, ServiceCategory } from '../../src/shared/enums.ts';
import type { Agent, Res, TestApp } from './app.ts';
import { buildOrg } from './factories.ts';

let n = 0;
/** A short unique tag for codes and contract numbers. */
export const uniq = () => `${++n}-${process.pid}-${Math.random().toString(36).slice(2, 7)}`;

/** Asserts the answer's status (showing the body when it differs) and returns the body. */
export function ok<T = any>(r: Res<T>, status = 200, what = ''): T {
  assert.equal(r.status, status, `${what} expected ${status}, got ${r.status} ${r.text}`);
  return r.body;
}

/** Asserts a problem answer with this status and error code. */
export function refused(r: Res, status: number, code: string, what = ''): void {
  assert.equal(r.status, status, `${what} expected ${status} ${code}, got ${r.status} ${r.text}`);
  assert.equal(r.body?.code, code, `${what} expected ${code}, got ${r.text}`);
}

const DAY = 86_400_000;

export interface ProgramTerms {
  budgetFen?: number;
  rateBp?: number;
  capPerOrgYearFen?: number;
  voucherDays?: number;
  deliveryDays?: number;
  approvalThresholdFen?: number;
  eligibleOrgKinds?: OrgKind[];
  eligibleCategories?: ServiceCategory[];
  eligibleProviderIds?: string[];
  status?: 'draft' | 'active' | 'closed';
  kind?: string;
}

/** An active program valid from yesterday for a year (terms overridable); created by `op`. */
export async function program(t: TestApp, op: Agent, terms: ProgramTerms = {}): Promise<any> {
  const now = t.deps.now().getTime();
  const body = {
    code: `P-${uniq()}`,
    name: `测试券 ${uniq()}`,
    nameEn: 'Test voucher program',
    kind: terms.kind ?? 'innovation_voucher',
    status: terms.status ?? 'active',
    budgetFen: terms.budgetFen ?? 100_000_000,
    validFrom: new Date(now - DAY).toISOString(),
    validTo: new Date(now + 365 * DAY).toISOString(),
    voucherDays: terms.voucherDays ?? 180,
    rateBp: terms.rateBp ?? 3000,
    capPerOrgYearFen: terms.capPerOrgYearFen ?? 50_000_000,
    eligibleOrgKinds: terms.eligibleOrgKinds ?? ['enterprise', 'startup'],
    eligibleCategories: terms.eligibleCategories ?? ['compute', 'testing', 'data'],
    ...(terms.eligibleProviderIds ? { eligibleProviderIds: terms.eligibleProviderIds } : {}),
    approvalThresholdFen: terms.approvalThresholdFen ?? 1_000_000,
    deliveryDays: terms.deliveryDays ?? 90,
  };
  return ok(await t.req('POST', '/api/ledger/programs', { as: op, body }), 201, 'create program');
}

/** A company (its owner is an admin-rank member) of the given kind. */
export async function company(t: TestApp, kind: OrgKind = 'enterprise'): Promise<{ org: any; owner: Agent }> {
  const owner = await t.person({ name: 'Company Owner' });
  const org = await buildOrg(t, owner, { kind });
  return { org, owner };
}

/** Grants a voucher (operators); returns it. */
export async function grant(t: TestApp, op: Agent, programId: string, orgId: string, amountFen: number, key?: string): Promise<any> {
  return ok(
    await t.req('POST', `/api/ledger/programs/${programId}/vouchers`, { as: op, body: { orgId, amountFen }, ...(key ? { headers: { 'idempotency-key': key } } : {}) }),
    201,
    'grant',
  );
}

/** Records a deposit to the company's own account (operators). */
export async function deposit(t: TestApp, op: Agent, orgId: string, amountFen: number): Promise<any> {
  return ok(await t.req('POST', `/api/ledger/orgs/${orgId}/deposits`, { as: op, body: { amountFen } }), 200, 'deposit');
}

export interface BuiltProvider {
  org: any;
  owner: Agent;
  provider: any;
  /** One active price per category, by category. */
  prices: Record<string, any>;
}

/**
 * A provider organization registered by an operator (admitted at once) with one price of
 * `unitPriceFen` for each of its categories.
 */
export async function provider(t: TestApp, op: Agent, opts: { categories?: ServiceCategory[]; unitPriceFen?: number; kind?: OrgKind } = {}): Promise<BuiltProvider> {
  const owner = await t.person({ name: 'Provider Owner' });
  const org = await buildOrg(t, owner, { kind: opts.kind ?? 'service_provider' });
  const categories = opts.categories ?? ['compute', 'testing', 'model'];
  const p = ok(await t.req('POST', '/api/ledger/providers', { as: op, body: { orgId: org.id, categories } }), 201, 'register provider');
  assert.equal(p.status, 'admitted');
  const prices: Record<string, any> = {};
  for (const category of categories) {
    prices[category] = ok(
      await t.req('POST', `/api/ledger/providers/${p.id}/prices`, {
        as: owner,
        body: { category, sku: `${category}-${uniq()}`, name: `${category} 服务`, unit: 'hour', unitPriceFen: opts.unitPriceFen ?? 10_000 },
      }),
      201,
      'publish price',
    );
  }
  return { org, owner, provider: p, prices };
}

/** The provider issues an order of `quantity` units of its `category` price to the buyer. */
export async function issue(
  t: TestApp,
  prov: BuiltProvider,
  buyerOrgId: string,
  opts: { quantity?: number; category?: ServiceCategory; contractNo?: string } = {},
): Promise<any> {
  const price = prov.prices[opts.category ?? 'compute'];
  assert.ok(price, `the provider has no ${opts.category} price`);
  return ok(
    await t.req('POST', '/api/ledger/orders', {
      as: prov.owner,
      body: { providerId: prov.provider.id, buyerOrgId, contractNo: opts.contractNo ?? `HT-${uniq()}`, lines: [{ priceItemId: price.id, quantity: opts.quantity ?? 1 }] },
    }),
    201,
    'issue order',
  );
}

/** POSTs an order step (confirm, deliver, accept, claim, cancel, reject). */
export function step(t: TestApp, as: Agent, orderId: string, name: string, body?: unknown, key?: string): Promise<Res> {
  const needsBody = ['confirm', 'cancel', 'reject'].includes(name);
  return t.req('POST', `/api/ledger/orders/${orderId}/${name}`, {
    as,
    ...(needsBody ? { body: body ?? {} } : {}),
    ...(key ? { headers: { 'idempotency-key': key } } : {}),
  });
}

/** GETs as `as` and returns the 200 body. */
export async function get(t: TestApp, as: Agent, path: string): Promise<any> {
  return ok(await t.req('GET', path, { as }), 200, `GET ${path}`);
}

/** Asserts the reconciliation is clean: balances equal their transfers, every ledger balances. */
export async function assertReconciled(t: TestApp, op: Agent): Promise<void> {
  const r = await get(t, op, '/api/ledger/reconciliation');
  assert.deepEqual(r.mismatches, [], 'stored balances equal the sums of the transfers');
  assert.deepEqual(r.ruleBreaks, [], 'no balance rule broken');
  for (const l of r.ledgers) assert.ok(l.balanced, `ledger ${l.ledger} balances: ${JSON.stringify(l)}`);
  assert.equal(r.ok, true);
}

/** Every transfer of an order (pendings and their posts, voids, expiries), oldest first. */
export async function orderTransfers(t: TestApp, op: Agent, orderId: string): Promise<any[]> {
  const out: any[] = [];
  let cursor: string | null = null;
  do {
    const r: any = await get(t, op, `/api/ledger/transfers?refType=order&refId=${orderId}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    out.push(...r.items);
    cursor = r.nextCursor;
  } while (cursor);
  return out.reverse();
}

/** How each of the order's pending transfers was resolved: 'open', 'post', 'void' or 'expire'. */
export async function pendingStates(t: TestApp, op: Agent, order: { id: string; transferIds: string[] }): Promise<string[]> {
  const all = await orderTransfers(t, op, order.id);
  return order.transferIds.map((id) => {
    assert.ok(all.some((x) => x.id === id && x.kind === 'pending'), `pending ${id} of ${order.id} exists`);
    const resolutions = all.filter((x) => x.pendingId === id);
    assert.ok(resolutions.length <= 1, `pending ${id} resolved ${resolutions.length} times`);
    return resolutions[0]?.kind ?? 'open';
  });
}

/** Runs due jobs until none is left (bounded). */
export async function drainJobs(t: TestApp): Promise<void> {
  for (let i = 0; i < 100; i++) if ((await t.rt.runner.runOnce()) === 0) return;
}
