// Providers and their price lists, relations between organizations, orders paid partly by
// vouchers (reserve on confirmation, post on accepted delivery, void on cancellation), claims,
// monthly settlement for providers and invoices for companies.
import type { OrderStatus, ProviderStatus, RelationKind, ServiceCategory } from '../../../shared/enums.ts';
import { newId } from '../../../shared/ids.ts';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { actorLabel, systemCtx, type RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { COUNT_CAP, decodeCursor, toPage, type Page } from '../../http/paging.ts';
import { record } from '../audit/index.ts';
import { centerYear, idempotent, monthBounds, myOrgs, subsidyOf } from './ledger.access.ts';
import type { TransferRequest } from './ledger.engine.ts';
import * as prepo from './ledger.programs.repo.ts';
import * as repo from './ledger.repo.ts';
import { companyAccountIn, throwMapped } from './ledger.programs.service.ts';
import { voucherRefusal } from './ledger.metered.service.ts';
import { createTransfersIn, ensureAccount, expectCreated, systemAccount } from './ledger.service.ts';
import type { OrderLine } from './ledger.table.ts';
import { LEDGERS } from '../../../shared/enums.ts';
import { isStaff, personOf, requireOrgRole, requireStaff } from '../identity/index.ts';

type D = Pick<Deps, 'db' | 'now' | 'jobs'>;

export const ORDER_EXPIRE_JOB = 'ledger.order.expire';

// ── providers ─────────────────────────────────────────────────────────────────────────────

export interface ProviderView {
  id: string;
  orgId: string;
  orgName: string;
  orgNameEn: string | null;
  status: ProviderStatus;
  categories: ServiceCategory[];
  description: string | null;
  reason: string | null;
  accountId: string;
  priceItemCount: number;
  decidedAt: string | null;
  createdAt: string;
}

function providerView(p: prepo.ProviderListRow): ProviderView {
  return {
    id: p.id,
    orgId: p.orgId,
    orgName: p.orgName,
    orgNameEn: p.orgNameEn,
    status: p.status,
    categories: p.categories,
    description: p.description,
    reason: p.reason,
    accountId: p.accountId,
    priceItemCount: p.priceItemCount,
    decidedAt: p.decidedAt ? p.decidedAt.toISOString() : null,
    createdAt: p.createdAt.toISOString(),
  };
}

async function providerListRow(db: Db, id: string): Promise<prepo.ProviderListRow | undefined> {
  const [row] = await prepo.listProviders(db, { ids: [id] }, undefined, 1);
  return row;
}

/** An organization applies to be a provider (its admins), or an operator registers it (admitted at once). */
export async function registerProvider(deps: D, ctx: RequestCtx, input: { orgId: string; categories: ServiceCategory[]; description?: string }): Promise<ProviderView> {
  const now = deps.now();
  const byStaff = isStaff(ctx.actor);
  if (!byStaff) await requireOrgRole(deps.db.db, ctx, input.orgId, 'admin');
  return deps.db.db.transaction(async (tx) => {
    if (!(await prepo.orgBasics(tx, [input.orgId])).has(input.orgId)) throw new AppError('not_found', 'no such organization');
    if (await prepo.providerByOrg(tx, input.orgId)) throw new AppError('name_taken', 'the organization is already registered as a provider');
    const id = newId('provider', now.getTime());
    const { account } = await ensureAccount(tx, { code: 'provider', rule: 'debits_must_not_exceed_credits', name: `Receivable of ${id}`, refKey: `provider:${id}`, orgId: input.orgId }, now);
    await prepo.insertProvider(tx, {
      id,
      orgId: input.orgId,
      status: byStaff ? 'admitted' : 'applied',
      categories: [...new Set(input.categories)],
      description: input.description ?? null,
      accountId: account.id,
      decidedBy: byStaff ? personOf(ctx).personId : null,
      decidedAt: byStaff ? now : null,
      createdAt: now,
      updatedAt: now,
    });
    const view = providerView((await providerListRow(tx, id))!);
    await record(tx, ctx, { action: 'ledger.provider.register', objectType: 'ledger_provider', objectId: id, orgId: input.orgId, after: view }, now);
    return view;
  });
}

const DECISIONS: Record<'admit' | 'reject' | 'suspend' | 'reinstate', { from: ProviderStatus[]; to: ProviderStatus }> = {
  admit: { from: ['applied', 'rejected'], to: 'admitted' },
  reject: { from: ['applied'], to: 'rejected' },
  suspend: { from: ['admitted'], to: 'suspended' },
  reinstate: { from: ['suspended'], to: 'admitted' },
};

/** Admits, rejects, suspends or reinstates a provider (operators). */
export async function decideProvider(deps: D, ctx: RequestCtx, id: string, input: { action: keyof typeof DECISIONS; reason?: string; categories?: ServiceCategory[] }): Promise<ProviderView> {
  requireStaff(ctx);
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const p = await prepo.findProvider(tx, id, true);
    if (!p) throw new AppError('not_found', 'no such provider');
    const rule = DECISIONS[input.action];
    if (!rule.from.includes(p.status)) throw new AppError('invalid_state', `a ${p.status} provider cannot be ${input.action}ed`);
    if ((input.action === 'suspend' || input.action === 'reject') && !input.reason) throw new AppError('validation_failed', 'a reason is required', undefined, [{ path: 'reason', message: 'required' }]);
    await prepo.updateProvider(tx, id, {
      status: rule.to,
      reason: input.reason ?? null,
      ...(input.categories ? { categories: [...new Set(input.categories)] } : {}),
      decidedBy: personOf(ctx).personId,
      decidedAt: now,
      updatedAt: now,
    });
    const view = providerView((await providerListRow(tx, id))!);
    await record(tx, ctx, { action: `ledger.provider.${input.action}`, objectType: 'ledger_provider', objectId: id, orgId: p.orgId, before: { status: p.status }, after: view }, now);
    return view;
  });
}

/** The directory: admitted providers for everyone; every status for operators and the provider's own members. */
export async function listProviders(
  deps: Pick<Deps, 'db'>,
  ctx: RequestCtx,
  f: { status?: ProviderStatus; category?: ServiceCategory; orgId?: string },
  cursor: string | undefined,
  limit: number,
): Promise<Page<ProviderView>> {
  let status = f.status;
  if (!isStaff(ctx.actor)) {
    let own = false;
    if (f.orgId && ctx.actor.kind === 'person') own = (await requireOrgRole(deps.db.db, ctx, f.orgId, 'member', { read: true }).catch(() => null)) !== null;
    if (!own) status = 'admitted';
    if (!own && f.status && f.status !== 'admitted') return toPage([], limit, () => [''], providerView, 0);
  }
  const c = decodeCursor(cursor, 1);
  const rows = await prepo.listProviders(deps.db.db, { status, category: f.category, ...(f.orgId ? { orgIds: [f.orgId] } : {}) }, c ? String(c[0]) : undefined, limit);
  return toPage(rows, limit, (r) => [r.id], providerView, rows.length > limit ? limit + 1 : rows.length);
}

async function visibleProvider(db: Db, ctx: RequestCtx, id: string): Promise<prepo.ProviderListRow> {
  const p = await providerListRow(db, id);
  if (!p) throw new AppError('not_found', 'no such provider');
  if (p.status !== 'admitted' && !isStaff(ctx.actor)) {
    if (ctx.actor.kind !== 'person') throw new AppError('not_found', 'no such provider');
    await requireOrgRole(db, ctx, p.orgId, 'member', { read: true });
  }
  return p;
}

export async function getProvider(deps: Pick<Deps, 'db'>, ctx: RequestCtx, id: string): Promise<ProviderView> {
  return providerView(await visibleProvider(deps.db.db, ctx, id));
}

export interface PriceItemView {
  id: string;
  providerId: string;
  category: ServiceCategory;
  sku: string;
  name: string;
  nameEn: string | null;
  unit: string;
  unitPriceFen: number;
  active: boolean;
  createdAt: string;
}

function priceItemView(i: prepo.PriceItemRow): PriceItemView {
  return {
    id: i.id,
    providerId: i.providerId,
    category: i.category,
    sku: i.sku,
    name: i.name,
    nameEn: i.nameEn,
    unit: i.unit,
    unitPriceFen: i.unitPriceFen,
    active: i.active,
    createdAt: i.createdAt.toISOString(),
  };
}

export async function listPriceItems(deps: Pick<Deps, 'db'>, ctx: RequestCtx, providerId: string, includeRetired: boolean): Promise<PriceItemView[]> {
  await visibleProvider(deps.db.db, ctx, providerId);
  return (await prepo.listPriceItems(deps.db.db, providerId, includeRetired)).map(priceItemView);
}

/** Publishes a price (the provider's admins); a new price for a SKU retires the old one. */
export async function publishPrice(
  deps: D,
  ctx: RequestCtx,
  providerId: string,
  input: { category: ServiceCategory; sku: string; name: string; nameEn?: string; unit: string; unitPriceFen: number },
): Promise<PriceItemView> {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const p = await prepo.findProvider(tx, providerId, true);
    if (!p) throw new AppError('not_found', 'no such provider');
    await requireOrgRole(tx, ctx, p.orgId, 'admin');
    if (!p.categories.includes(input.category)) throw new AppError('provider_not_eligible', `the provider is not admitted for ${input.category}`);
    await prepo.retireSku(tx, providerId, input.sku);
    const item = await prepo.insertPriceItem(tx, { id: newId('priceItem', now.getTime()), providerId, ...input, nameEn: input.nameEn ?? null, active: true, createdAt: now });
    await record(tx, ctx, { action: 'ledger.price.publish', objectType: 'ledger_price_item', objectId: item.id, orgId: p.orgId, after: priceItemView(item) }, now);
    return priceItemView(item);
  });
}

export async function retirePrice(deps: D, ctx: RequestCtx, providerId: string, itemId: string): Promise<PriceItemView> {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const p = await prepo.findProvider(tx, providerId);
    const item = await prepo.findPriceItem(tx, itemId);
    if (!p || !item || item.providerId !== providerId) throw new AppError('not_found', 'no such price item');
    await requireOrgRole(tx, ctx, p.orgId, 'admin');
    const after = await prepo.setPriceItemActive(tx, itemId, false);
    await record(tx, ctx, { action: 'ledger.price.retire', objectType: 'ledger_price_item', objectId: itemId, orgId: p.orgId, before: priceItemView(item), after: priceItemView(after) }, now);
    return priceItemView(after);
  });
}

// ── relations ─────────────────────────────────────────────────────────────────────────────

export interface RelationView {
  id: string;
  orgId: string;
  orgName: string;
  relatedOrgId: string;
  relatedOrgName: string;
  kind: RelationKind;
  note: string | null;
  createdAt: string;
}

/**
 * Records that two organizations are related (operators: any kind; an organization's admins may
 * declare their own relations). Subsidized trade between related organizations is refused.
 */
export async function declareRelation(deps: D, ctx: RequestCtx, input: { orgId: string; relatedOrgId: string; kind: RelationKind; note?: string }): Promise<RelationView> {
  const now = deps.now();
  if (!isStaff(ctx.actor)) {
    if (input.kind !== 'declared') throw new AppError('forbidden', 'only operators record shared controllers');
    await requireOrgRole(deps.db.db, ctx, input.orgId, 'admin');
  }
  if (input.orgId === input.relatedOrgId) throw new AppError('validation_failed', 'an organization is not related to itself');
  return deps.db.db.transaction(async (tx) => {
    const orgs = await prepo.orgBasics(tx, [input.orgId, input.relatedOrgId]);
    if (orgs.size !== 2) throw new AppError('not_found', 'no such organization');
    if (await prepo.relationBetween(tx, input.orgId, input.relatedOrgId)) throw new AppError('name_taken', 'the relation is already recorded');
    const r = await prepo.insertRelation(tx, { id: newId('relation', now.getTime()), ...input, note: input.note ?? null, createdBy: actorLabel(ctx), createdAt: now });
    const view: RelationView = {
      id: r.id,
      orgId: r.orgId,
      orgName: orgs.get(r.orgId)!.name,
      relatedOrgId: r.relatedOrgId,
      relatedOrgName: orgs.get(r.relatedOrgId)!.name,
      kind: r.kind,
      note: r.note,
      createdAt: r.createdAt.toISOString(),
    };
    await record(tx, ctx, { action: 'ledger.relation.declare', objectType: 'ledger_relation', objectId: r.id, orgId: r.orgId, after: view }, now);
    return view;
  });
}

export async function listRelations(deps: Pick<Deps, 'db'>, ctx: RequestCtx, orgId: string | undefined): Promise<RelationView[]> {
  let orgIds = orgId ? [orgId] : undefined;
  if (!isStaff(ctx.actor)) {
    if (orgId) await requireOrgRole(deps.db.db, ctx, orgId, 'member', { read: true });
    else orgIds = (await myOrgs(deps.db.db, ctx)).orgIds;
  }
  return (await prepo.listRelations(deps.db.db, orgIds, 500)).map((r) => ({
    id: r.id,
    orgId: r.orgId,
    orgName: r.orgName,
    relatedOrgId: r.relatedOrgId,
    relatedOrgName: r.relatedOrgName,
    kind: r.kind,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function removeRelation(deps: D, ctx: RequestCtx, id: string): Promise<void> {
  requireStaff(ctx);
  const now = deps.now();
  await deps.db.db.transaction(async (tx) => {
    const r = await prepo.deleteRelation(tx, id);
    if (!r) throw new AppError('not_found', 'no such relation');
    await record(tx, ctx, { action: 'ledger.relation.remove', objectType: 'ledger_relation', objectId: id, orgId: r.orgId, before: r }, now);
  });
}

// ── orders ────────────────────────────────────────────────────────────────────────────────

export interface OrderView {
  id: string;
  providerId: string;
  providerOrgId: string;
  providerName: string;
  providerNameEn: string | null;
  buyerOrgId: string;
  buyerName: string;
  buyerNameEn: string | null;
  contractNo: string;
  category: ServiceCategory;
  lines: OrderLine[];
  totalFen: number;
  voucherId: string | null;
  programId: string | null;
  subsidyFen: number;
  ownFen: number;
  status: OrderStatus;
  note: string | null;
  reservedUntil: string | null;
  transferIds: string[];
  settlementId: string | null;
  issuedAt: string;
  confirmedAt: string | null;
  deliveredAt: string | null;
  acceptedAt: string | null;
  claimedAt: string | null;
  settledAt: string | null;
  closedAt: string | null;
  closeReason: string | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function orderView(o: prepo.OrderListRow): OrderView {
  return {
    id: o.id,
    providerId: o.providerId,
    providerOrgId: o.providerOrgId,
    providerName: o.providerName,
    providerNameEn: o.providerNameEn,
    buyerOrgId: o.buyerOrgId,
    buyerName: o.buyerName,
    buyerNameEn: o.buyerNameEn,
    contractNo: o.contractNo,
    category: o.category,
    lines: o.lines,
    totalFen: o.totalFen,
    voucherId: o.voucherId,
    programId: o.programId,
    subsidyFen: o.subsidyFen,
    ownFen: o.ownFen,
    status: o.status,
    note: o.note,
    reservedUntil: iso(o.reservedUntil),
    transferIds: o.transferIds,
    settlementId: o.settlementId,
    issuedAt: o.issuedAt.toISOString(),
    confirmedAt: iso(o.confirmedAt),
    deliveredAt: iso(o.deliveredAt),
    acceptedAt: iso(o.acceptedAt),
    claimedAt: iso(o.claimedAt),
    settledAt: iso(o.settledAt),
    closedAt: iso(o.closedAt),
    closeReason: o.closeReason,
  };
}

async function orderOut(tx: Db, id: string): Promise<OrderView> {
  return orderView((await prepo.orderListRowById(tx, id))!);
}

export interface IssueOrderInput {
  providerId: string;
  buyerOrgId: string;
  contractNo: string;
  lines: { priceItemId: string; quantity: number }[];
  note?: string;
}

/** A provider's member issues an order to a company against its published prices. */
export async function issueOrder(deps: D, ctx: RequestCtx, input: IssueOrderInput, key?: string): Promise<OrderView> {
  const now = deps.now();
  return idempotent(deps, ctx, 'order.issue', key, input, async (tx) => {
    const p = await prepo.findProvider(tx, input.providerId);
    if (!p) throw new AppError('not_found', 'no such provider');
    await requireOrgRole(tx, ctx, p.orgId, 'member');
    if (p.status !== 'admitted') throw new AppError('provider_not_admitted', `the provider is ${p.status}`);
    if (!(await prepo.orgBasics(tx, [input.buyerOrgId])).has(input.buyerOrgId)) throw new AppError('not_found', 'no such buyer organization');
    if (input.buyerOrgId === p.orgId) throw new AppError('provider_related_to_buyer', 'a provider does not sell to itself');
    const items = new Map((await prepo.priceItemsByIds(tx, input.lines.map((l) => l.priceItemId))).map((i) => [i.id, i]));
    const lines: OrderLine[] = input.lines.map((l, n) => {
      const item = items.get(l.priceItemId);
      if (!item || item.providerId !== p.id || !item.active) {
        throw new AppError('validation_failed', `line ${n + 1}: not an active price of this provider`, undefined, [{ path: `lines.${n}.priceItemId`, message: 'not an active price of this provider' }]);
      }
      return { priceItemId: item.id, sku: item.sku, name: item.name, unit: item.unit, unitPriceFen: item.unitPriceFen, quantity: l.quantity, amountFen: item.unitPriceFen * l.quantity };
    });
    const categories = new Set(lines.map((l) => items.get(l.priceItemId)!.category));
    if (categories.size !== 1) throw new AppError('validation_failed', 'an order covers one service category');
    const totalFen = lines.reduce((s, l) => s + l.amountFen, 0);
    if (!Number.isSafeInteger(totalFen)) throw new AppError('amount_overflow', 'the order total is too large');
    const id = newId('order', now.getTime());
    await prepo.insertOrder(tx, {
      id,
      providerId: p.id,
      buyerOrgId: input.buyerOrgId,
      contractNo: input.contractNo,
      category: [...categories][0]!,
      lines,
      totalFen,
      status: 'issued',
      note: input.note ?? null,
      issuedBy: actorLabel(ctx),
      issuedAt: now,
    });
    const view = await orderOut(tx, id);
    await record(tx, ctx, { action: 'ledger.order.issue', objectType: 'ledger_order', objectId: id, orgId: input.buyerOrgId, after: view }, now);
    return view;
  });
}

async function lockOrder(tx: Db, id: string): Promise<prepo.OrderRow> {
  const o = await prepo.findOrder(tx, id, true);
  if (!o) throw new AppError('not_found', 'no such order');
  return o;
}

function requireStatus(o: prepo.OrderRow, allowed: OrderStatus[], step: string): void {
  if (!allowed.includes(o.status)) throw new AppError('invalid_state', `an order that is ${o.status} cannot be ${step}`, { status: o.status });
}

const isUnique = (err: unknown, name: string) => {
  const e = err as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string; message?: string }; message?: string };
  const code = e.code ?? e.cause?.code;
  const text = `${e.constraint ?? ''} ${e.cause?.constraint ?? ''} ${e.message ?? ''} ${e.cause?.message ?? ''}`;
  return code === '23505' && text.includes(name);
};

/**
 * The buyer's admin confirms an order, naming the voucher that pays the program's share. Every
 * abuse rule is checked, then one linked chain of pending transfers reserves the program's share
 * on the voucher, the company's share on its account and the share of its yearly cap: all three
 * or none. The reservation lapses after the program's delivery days.
 */
export async function confirmOrder(deps: D, ctx: RequestCtx, id: string, input: { voucherId?: string }, key?: string): Promise<OrderView> {
  const now = deps.now();
  return idempotent(deps, ctx, `order.confirm:${id}`, key, input, async (tx) => {
    const o = await lockOrder(tx, id);
    await requireOrgRole(tx, ctx, o.buyerOrgId, 'admin');
    requireStatus(o, ['issued'], 'confirmed');
    const provider = (await prepo.findProvider(tx, o.providerId))!;
    if (provider.status !== 'admitted') throw new AppError('provider_not_admitted', `the provider is ${provider.status}`);
    const buyerAccount = await companyAccountIn(tx, o.buyerOrgId, now);
    let subsidyFen = 0;
    let program: prepo.ProgramRow | undefined;
    let voucher: prepo.VoucherRow | undefined;
    const requests: TransferRequest[] = [];
    if (input.voucherId) {
      voucher = await prepo.findVoucher(tx, input.voucherId, true);
      if (!voucher || voucher.orgId !== o.buyerOrgId) throw new AppError('not_found', 'no such voucher');
      const refusal = await voucherRefusal(tx, voucher, { buyerOrgId: o.buyerOrgId, provider, category: o.category }, now);
      if (refusal) throw new AppError(refusal.code, refusal.message);
      program = (await prepo.findProgram(tx, voucher.programId))!;
      subsidyFen = subsidyOf(o.totalFen, program.rateBp);
    }
    const ownFen = o.totalFen - subsidyFen;
    const timeoutSeconds = (program?.deliveryDays ?? 90) * 86_400;
    const reservedUntil = new Date(now.getTime() + timeoutSeconds * 1000);
    const common = { kind: 'pending' as const, timeoutSeconds, refType: 'order', refId: o.id };
    if (voucher && program && subsidyFen > 0) {
      const year = centerYear(now);
      const source = await systemAccount(tx, 'quotaSource', now);
      const quota = await ensureAccount(
        tx,
        { ledger: LEDGERS.cny_quota, code: 'quota', rule: 'debits_must_not_exceed_credits', name: `Quota ${year} of ${o.buyerOrgId} in ${program.code}`, refKey: `quota:${program.id}:${o.buyerOrgId}:${year}`, orgId: o.buyerOrgId },
        now,
      );
      if (quota.created) {
        requests.push({ debitAccountId: source.id, creditAccountId: quota.account.id, amount: program.capPerOrgYearFen, code: 'quota', refType: 'program', refId: program.id, memo: `cap ${year}` });
      }
      requests.push({ ...common, key: `order:${o.id}:subsidy`, debitAccountId: voucher.accountId, creditAccountId: provider.accountId, amount: subsidyFen, code: 'subsidy', linked: true });
      requests.push({ ...common, key: `order:${o.id}:quota`, debitAccountId: quota.account.id, creditAccountId: source.id, amount: subsidyFen, code: 'quota', linked: ownFen > 0 });
    }
    if (ownFen > 0) requests.push({ ...common, key: `order:${o.id}:own`, debitAccountId: buyerAccount.id, creditAccountId: provider.accountId, amount: ownFen, code: 'own_share' });
    const results = await createTransfersIn(tx, requests, { now, createdBy: actorLabel(ctx) });
    // Name the failure after the account that refused: voucher, quota or the company's own.
    const failed = results.find((r) => r.status === 'failed' && r.code !== 'linked_event_failed');
    if (failed && failed.status === 'failed' && failed.code === 'exceeds_credits') {
      const code = failed.accountId === voucher?.accountId ? 'voucher_insufficient' : failed.accountId === buyerAccount.id ? 'insufficient_funds' : 'yearly_cap_exceeded';
      throw new AppError(code, failed.message);
    }
    throwMapped(results, {});
    const transferIds = results.flatMap((r, n) => (r.status !== 'failed' && requests[n]!.kind === 'pending' ? [r.transfer.id] : []));
    try {
      await prepo.updateOrder(tx, o.id, {
        status: 'confirmed',
        voucherId: voucher?.id ?? null,
        programId: program?.id ?? null,
        subsidyFen,
        ownFen,
        reservedUntil,
        transferIds,
        confirmedAt: now,
      });
    } catch (err) {
      if (isUnique(err, 'ledger_orders_contract_uq')) throw new AppError('contract_already_subsidized', `contract ${o.contractNo} already has a live order`);
      throw err;
    }
    await deps.jobs.enqueue(tx, ORDER_EXPIRE_JOB, { orderId: o.id }, { runAt: reservedUntil });
    const view = await orderOut(tx, o.id);
    await record(tx, ctx, { action: 'ledger.order.confirm', objectType: 'ledger_order', objectId: o.id, orgId: o.buyerOrgId, after: view }, now);
    return view;
  });
}

/** The buyer's admin turns down an order that was issued but not confirmed. */
export async function rejectOrder(deps: D, ctx: RequestCtx, id: string, input: { reason?: string }): Promise<OrderView> {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const o = await lockOrder(tx, id);
    await requireOrgRole(tx, ctx, o.buyerOrgId, 'admin');
    requireStatus(o, ['issued'], 'rejected');
    await prepo.updateOrder(tx, id, { status: 'rejected', closedAt: now, closeReason: input.reason ?? null });
    const view = await orderOut(tx, id);
    await record(tx, ctx, { action: 'ledger.order.reject', objectType: 'ledger_order', objectId: id, orgId: o.buyerOrgId, after: view }, now);
    return view;
  });
}

/** The provider reports delivery. */
export async function deliverOrder(deps: D, ctx: RequestCtx, id: string): Promise<OrderView> {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const o = await lockOrder(tx, id);
    const p = (await prepo.findProvider(tx, o.providerId))!;
    await requireOrgRole(tx, ctx, p.orgId, 'member');
    requireStatus(o, ['confirmed'], 'delivered');
    if (o.reservedUntil && o.reservedUntil <= now) throw new AppError('pending_expired', 'the reservation lapsed');
    await prepo.updateOrder(tx, id, { status: 'delivered', deliveredAt: now });
    const view = await orderOut(tx, id);
    await record(tx, ctx, { action: 'ledger.order.deliver', objectType: 'ledger_order', objectId: id, orgId: o.buyerOrgId, after: view }, now);
    return view;
  });
}

/** The buyer's admin accepts delivery: the reserved chain posts (provider credited) all together. */
export async function acceptOrder(deps: D, ctx: RequestCtx, id: string, key?: string): Promise<OrderView> {
  const now = deps.now();
  return idempotent(deps, ctx, `order.accept:${id}`, key, {}, async (tx) => {
    const o = await lockOrder(tx, id);
    await requireOrgRole(tx, ctx, o.buyerOrgId, 'admin');
    requireStatus(o, ['delivered'], 'accepted');
    const requests: TransferRequest[] = o.transferIds.map((pendingId, n) => ({
      kind: 'post',
      pendingId,
      code: 'transfer',
      key: `post:${pendingId}`,
      refType: 'order',
      refId: o.id,
      linked: n < o.transferIds.length - 1,
    }));
    const codes = await pendingCodes(tx, o.transferIds);
    requests.forEach((r, n) => (r.code = codes[n]!));
    throwMapped(await createTransfersIn(tx, requests, { now, createdBy: actorLabel(ctx) }), {});
    await prepo.updateOrder(tx, id, { status: 'accepted', acceptedAt: now });
    const view = await orderOut(tx, id);
    await record(tx, ctx, { action: 'ledger.order.accept', objectType: 'ledger_order', objectId: id, orgId: o.buyerOrgId, after: view }, now);
    return view;
  });
}

async function pendingCodes(tx: Db, ids: string[]) {
  const rows = new Map((await repo.transfersByIds(tx, ids)).map((t) => [t.id, t.code]));
  return ids.map((id) => rows.get(id)!);
}

/**
 * Releases an order's reservation: void (cancellation) or expire (lapsed). When the voucher is
 * no longer active, the released program share goes on back to the budget in the same chain.
 */
async function release(tx: Db, ctx: RequestCtx, o: prepo.OrderRow, kind: 'void' | 'expire', now: Date): Promise<void> {
  if (!o.transferIds.length) return;
  // The voucher is locked first (as confirmation does), so an expiring voucher cannot slip
  // between reading its status and releasing the reservation back onto it.
  const v = o.voucherId ? await prepo.findVoucher(tx, o.voucherId, true) : undefined;
  const states = new Map((await repo.pendingStates(tx, o.transferIds)).map((p) => [p.id, p]));
  if (o.transferIds.some((id) => states.get(id)?.resolvedBy === 'post')) throw new AppError('invalid_state', 'the order was already paid');
  // A reservation already expired by the ledger's own sweep is released already.
  const open = o.transferIds.filter((id) => !states.get(id)?.resolvedBy);
  const codes = await pendingCodes(tx, open);
  const requests: (TransferRequest | import('./ledger.engine.ts').ExpireRequest)[] = open.map((pendingId, n) =>
    kind === 'void'
      ? { kind: 'void' as const, pendingId, code: codes[n]!, key: `void:${pendingId}`, refType: 'order', refId: o.id, linked: true }
      : { kind: 'expire' as const, pendingId, code: codes[n]!, key: `expire:${pendingId}`, refType: 'order', refId: o.id, linked: true },
  );
  if (v) {
    if (v.status !== 'active' && o.subsidyFen > 0) {
      const p = (await prepo.findProgram(tx, v.programId))!;
      requests.push({ debitAccountId: v.accountId, creditAccountId: p.budgetAccountId, amount: o.subsidyFen, code: 'expire', refType: 'voucher', refId: v.id, memo: `released by order ${o.id}`, linked: true });
    }
  }
  if (!requests.length) return;
  requests[requests.length - 1]!.linked = false;
  throwMapped(await createTransfersIn(tx, requests, { now, createdBy: actorLabel(ctx) }), {});
}

/** Cancels an order before acceptance (the buyer's or provider's admins, or operators); a reservation is voided. */
export async function cancelOrder(deps: D, ctx: RequestCtx, id: string, input: { reason?: string }, key?: string): Promise<OrderView> {
  const now = deps.now();
  return idempotent(deps, ctx, `order.cancel:${id}`, key, input, async (tx) => {
    const o = await lockOrder(tx, id);
    const p = (await prepo.findProvider(tx, o.providerId))!;
    if (!isStaff(ctx.actor)) await requireOrgRole(tx, ctx, [o.buyerOrgId, p.orgId], 'admin');
    requireStatus(o, ['issued', 'confirmed', 'delivered'], 'cancelled');
    if (o.status !== 'issued') {
      // A lapsed reservation cannot be voided: it expires (the money is released all the same).
      if (o.reservedUntil && o.reservedUntil <= now) {
        await expireOrderIn(tx, ctx, o, now);
        return orderOut(tx, id);
      }
      await release(tx, ctx, o, 'void', now);
    }
    await prepo.updateOrder(tx, id, { status: 'cancelled', closedAt: now, closeReason: input.reason ?? null });
    const view = await orderOut(tx, id);
    await record(tx, ctx, { action: 'ledger.order.cancel', objectType: 'ledger_order', objectId: id, orgId: o.buyerOrgId, after: view }, now);
    return view;
  });
}

async function expireOrderIn(tx: Db, ctx: RequestCtx, o: prepo.OrderRow, now: Date): Promise<void> {
  await release(tx, ctx, o, 'expire', now);
  await prepo.updateOrder(tx, o.id, { status: 'expired', closedAt: now, closeReason: 'reservation lapsed' });
  await record(tx, ctx, { action: 'ledger.order.expire', objectType: 'ledger_order', objectId: o.id, orgId: o.buyerOrgId, after: { status: 'expired' } }, now);
}

/** Expires an order whose reservation lapsed before delivery was accepted. */
export async function expireOrder(deps: D, ctx: RequestCtx, id: string): Promise<boolean> {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const o = await prepo.findOrder(tx, id, true);
    if (!o || !['confirmed', 'delivered'].includes(o.status) || !o.reservedUntil || o.reservedUntil > now) return false;
    await expireOrderIn(tx, ctx, o, now);
    return true;
  });
}

/**
 * Expires every order whose reservation lapsed (the sweep behind the per-order jobs). One order
 * that cannot be expired does not hold up the others; it is left for its job, which retries.
 */
export async function expireDueOrders(deps: D, ctx: RequestCtx): Promise<number> {
  let n = 0;
  const skipped = new Set<string>();
  for (;;) {
    const due = (await prepo.dueOrders(deps.db.db, deps.now(), 200 + skipped.size)).filter((o) => !skipped.has(o.id));
    if (!due.length) return n;
    for (const o of due) {
      try {
        if (await expireOrder(deps, ctx, o.id)) n++;
        else skipped.add(o.id);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        skipped.add(o.id);
      }
    }
  }
}

/** The provider claims payment for an order; nothing is claimed before delivery is accepted. */
export async function claimOrder(deps: D, ctx: RequestCtx, id: string): Promise<OrderView> {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const o = await lockOrder(tx, id);
    const p = (await prepo.findProvider(tx, o.providerId))!;
    await requireOrgRole(tx, ctx, p.orgId, 'member');
    if (['issued', 'confirmed', 'delivered'].includes(o.status)) throw new AppError('delivery_not_accepted', 'the buyer has not accepted delivery');
    requireStatus(o, ['accepted'], 'claimed');
    await prepo.updateOrder(tx, id, { status: 'claimed', claimedAt: now });
    const view = await orderOut(tx, id);
    await record(tx, ctx, { action: 'ledger.order.claim', objectType: 'ledger_order', objectId: id, orgId: o.buyerOrgId, after: view }, now);
    return view;
  });
}

export async function getOrder(deps: Pick<Deps, 'db'>, ctx: RequestCtx, id: string): Promise<OrderView> {
  const o = await prepo.orderListRowById(deps.db.db, id);
  if (!o) throw new AppError('not_found', 'no such order');
  await requireOrgRole(deps.db.db, ctx, [o.buyerOrgId, o.providerOrgId], 'member', { read: true });
  return orderView(o);
}

/** Orders of a provider or a buyer the caller belongs to (operators: any). */
export async function listOrders(
  deps: Pick<Deps, 'db'>,
  ctx: RequestCtx,
  f: { providerId?: string; buyerOrgId?: string; status?: OrderStatus; programId?: string },
  cursor: string | undefined,
  limit: number,
): Promise<Page<OrderView>> {
  let filter: prepo.OrderFilter = f;
  if (!isStaff(ctx.actor)) {
    if (!f.providerId && !f.buyerOrgId) filter = { ...f, visibleTo: await myOrgs(deps.db.db, ctx) };
    if (f.providerId) {
      const p = await prepo.findProvider(deps.db.db, f.providerId);
      if (!p) throw new AppError('not_found', 'no such provider');
      await requireOrgRole(deps.db.db, ctx, p.orgId, 'member', { read: true });
    }
    if (f.buyerOrgId) await requireOrgRole(deps.db.db, ctx, f.buyerOrgId, 'member', { read: true });
  }
  const c = decodeCursor(cursor, 1);
  const [rows, total] = await Promise.all([prepo.listOrders(deps.db.db, filter, c ? String(c[0]) : undefined, limit), prepo.countOrders(deps.db.db, filter, COUNT_CAP)]);
  return toPage(rows, limit, (r) => [r.id], orderView, total);
}

// ── settlement and invoices ───────────────────────────────────────────────────────────────

export interface SettlementView {
  id: string;
  providerId: string;
  providerName: string;
  providerNameEn: string | null;
  period: string;
  orderCount: number;
  subsidyFen: number;
  ownFen: number;
  totalFen: number;
  payoutTransferId: string | null;
  createdAt: string;
}

async function settlementViews(db: Db, rows: prepo.SettlementRow[]): Promise<SettlementView[]> {
  const providers = await prepo.listProviders(db, { ids: [...new Set(rows.map((s) => s.providerId))] }, undefined, rows.length);
  const names = new Map(providers.map((p) => [p.id, p]));
  return rows.map((s) => ({
    id: s.id,
    providerId: s.providerId,
    providerName: names.get(s.providerId)?.orgName ?? s.providerId,
    providerNameEn: names.get(s.providerId)?.orgNameEn ?? null,
    period: s.period,
    orderCount: s.orderCount,
    subsidyFen: s.subsidyFen,
    ownFen: s.ownFen,
    totalFen: s.totalFen,
    payoutTransferId: s.payoutTransferId,
    createdAt: s.createdAt.toISOString(),
  }));
}

/**
 * Settles a month (operators): every order claimed before the month ended and not yet settled is
 * paid out to its provider (provider receivable → clearing), one statement per provider. Run
 * again, it settles only what was claimed since. `progress` reports providers done.
 */
export async function runSettlement(deps: D, ctx: RequestCtx, period: string, progress?: (done: number, total: number) => void): Promise<SettlementView[]> {
  requireStaff(ctx);
  const now = deps.now();
  const { to } = monthBounds(period);
  const cutoff = to < now ? to : now;
  const rows = await deps.db.db.transaction(async (tx) => {
    const orders = await prepo.claimedOrders(tx, cutoff);
    const byProvider = new Map<string, prepo.OrderRow[]>();
    for (const o of orders) byProvider.set(o.providerId, [...(byProvider.get(o.providerId) ?? []), o]);
    const clearing = await systemAccount(tx, 'clearing', now);
    const out: prepo.SettlementRow[] = [];
    let done = 0;
    for (const [providerId, list] of byProvider) {
      const provider = (await prepo.findProvider(tx, providerId))!;
      const subsidyFen = list.reduce((s, o) => s + o.subsidyFen, 0);
      const ownFen = list.reduce((s, o) => s + o.ownFen, 0);
      const id = newId('settlement', now.getTime());
      const [t] = expectCreated(
        await createTransfersIn(
          tx,
          [{ key: `payout:${id}`, debitAccountId: provider.accountId, creditAccountId: clearing.id, amount: subsidyFen + ownFen, code: 'payout', refType: 'settlement', refId: id, memo: `settlement ${period}` }],
          { now, createdBy: actorLabel(ctx) },
        ),
      );
      const s = await prepo.insertSettlement(tx, {
        id,
        providerId,
        period,
        orderCount: list.length,
        subsidyFen,
        ownFen,
        totalFen: subsidyFen + ownFen,
        payoutTransferId: t!.id,
        createdBy: actorLabel(ctx),
        createdAt: now,
      });
      await prepo.markSettled(
        tx,
        list.map((o) => o.id),
        id,
      );
      await record(tx, ctx, { action: 'ledger.settlement.create', objectType: 'ledger_settlement', objectId: id, orgId: provider.orgId, after: { ...s, createdAt: now.toISOString() } }, now);
      out.push(s);
      progress?.(++done, byProvider.size);
    }
    return out;
  });
  return settlementViews(deps.db.db, rows);
}

export async function listSettlements(deps: Pick<Deps, 'db'>, ctx: RequestCtx, f: { providerId?: string; period?: string }, cursor: string | undefined, limit: number): Promise<Page<SettlementView>> {
  let providerIds = f.providerId ? [f.providerId] : undefined;
  if (!isStaff(ctx.actor)) {
    if (f.providerId) {
      const p = await prepo.findProvider(deps.db.db, f.providerId);
      if (!p) throw new AppError('not_found', 'no such provider');
      await requireOrgRole(deps.db.db, ctx, p.orgId, 'member', { read: true });
    } else {
      providerIds = (await myOrgs(deps.db.db, ctx)).providerIds;
    }
  }
  const c = decodeCursor(cursor, 1);
  const rows = await prepo.listSettlements(deps.db.db, { ...(providerIds ? { providerIds } : {}), period: f.period }, c ? String(c[0]) : undefined, limit);
  const views = await settlementViews(deps.db.db, rows);
  return toPage(views, limit, (r) => [r.id], (v) => v, rows.length > limit ? limit + 1 : rows.length);
}

/** A settlement statement with its orders. */
export async function getSettlement(deps: Pick<Deps, 'db'>, ctx: RequestCtx, id: string): Promise<SettlementView & { orders: OrderView[] }> {
  const s = await prepo.findSettlement(deps.db.db, id);
  if (!s) throw new AppError('not_found', 'no such settlement');
  const p = (await prepo.findProvider(deps.db.db, s.providerId))!;
  await requireOrgRole(deps.db.db, ctx, p.orgId, 'member', { read: true });
  const [view] = await settlementViews(deps.db.db, [s]);
  const orders = await prepo.listOrders(deps.db.db, { settlementId: id }, undefined, 10_000);
  return { ...view!, orders: orders.map(orderView) };
}

export interface InvoiceView {
  orgId: string;
  orgName: string;
  period: string;
  orders: OrderView[];
  totalFen: number;
  subsidyFen: number;
  ownFen: number;
}

/** A company's invoice for a month: the orders it accepted, what they cost and who paid what. */
export async function invoice(deps: Pick<Deps, 'db'>, ctx: RequestCtx, orgId: string, period: string): Promise<InvoiceView> {
  await requireOrgRole(deps.db.db, ctx, orgId, 'member', { read: true, known: 'staff' });
  const { from, to } = monthBounds(period);
  const org = (await prepo.orgBasics(deps.db.db, [orgId])).get(orgId);
  if (!org) throw new AppError('not_found', 'no such organization');
  const rows = await prepo.ordersAcceptedBetween(deps.db.db, orgId, from, to);
  return {
    orgId,
    orgName: org.name,
    period,
    orders: rows.map(orderView),
    totalFen: rows.reduce((s, o) => s + o.totalFen, 0),
    subsidyFen: rows.reduce((s, o) => s + o.subsidyFen, 0),
    ownFen: rows.reduce((s, o) => s + o.ownFen, 0),
  };
}

/** Registers the order-expiry job. */
export function registerOrderJobs(deps: D): void {
  deps.jobs.register(ORDER_EXPIRE_JOB, async (payload) => {
    await expireOrder(deps, systemCtx('jobs'), String(payload.orderId));
  });
}

