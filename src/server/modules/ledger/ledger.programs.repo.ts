// SQL of the subsidy layer: programs, providers and price lists, relations, vouchers, orders,
// approvals, settlements and idempotency keys.
import { and, asc, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { OrderStatus, OrgKind, ProviderStatus } from '../../../shared/enums.ts';
import {
  idempotencyKeys,
  ledgerApprovals,
  ledgerOrders,
  ledgerOrgRelations,
  ledgerPriceItems,
  ledgerPrograms,
  ledgerProviders,
  ledgerSettlements,
  ledgerVouchers,
} from './ledger.table.ts';

export type ProgramRow = typeof ledgerPrograms.$inferSelect;
export type ProviderRow = typeof ledgerProviders.$inferSelect;
export type PriceItemRow = typeof ledgerPriceItems.$inferSelect;
export type VoucherRow = typeof ledgerVouchers.$inferSelect;
export type OrderRow = typeof ledgerOrders.$inferSelect;
export type RelationRow = typeof ledgerOrgRelations.$inferSelect;
export type ApprovalRow = typeof ledgerApprovals.$inferSelect;
export type SettlementRow = typeof ledgerSettlements.$inferSelect;

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

/** What the ledger needs to know of an organization. */
export interface OrgBasics {
  id: string;
  name: string;
  kind: OrgKind;
}

export async function orgBasics(db: Db, ids: string[]): Promise<Map<string, OrgBasics>> {
  if (!ids.length) return new Map();
  const r = await db.execute(sql`select id, name, kind from organizations where id = any(${sql.param([...new Set(ids)])}::text[])`);
  return new Map(rowsOf<OrgBasics>(r).map((o) => [o.id, o]));
}

/** The organizations a person belongs to, and the providers among them. */
export async function orgsOfPerson(db: Db, personId: string): Promise<{ orgIds: string[]; providerIds: string[] }> {
  const r = await db.execute(sql`
    select m.org_id, p.id as provider_id from memberships m left join ledger_providers p on p.org_id = m.org_id
     where m.person_id = ${personId}`);
  const rows = rowsOf<{ org_id: string; provider_id: string | null }>(r);
  return { orgIds: rows.map((x) => x.org_id), providerIds: rows.flatMap((x) => (x.provider_id ? [x.provider_id] : [])) };
}

// ── programs ──────────────────────────────────────────────────────────────────────────────

export async function insertProgram(db: Db, row: typeof ledgerPrograms.$inferInsert): Promise<ProgramRow> {
  const [r] = await db.insert(ledgerPrograms).values(row).returning();
  return r!;
}

export async function findProgram(db: Db, id: string, lock = false): Promise<ProgramRow | undefined> {
  const q = db.select().from(ledgerPrograms).where(eq(ledgerPrograms.id, id));
  const [r] = lock ? await q.for('update') : await q;
  return r;
}

export async function programByCode(db: Db, code: string): Promise<ProgramRow | undefined> {
  const [r] = await db.select().from(ledgerPrograms).where(eq(ledgerPrograms.code, code));
  return r;
}

export async function updateProgram(db: Db, id: string, patch: Partial<typeof ledgerPrograms.$inferInsert>): Promise<ProgramRow> {
  const [r] = await db.update(ledgerPrograms).set(patch).where(eq(ledgerPrograms.id, id)).returning();
  return r!;
}

export async function listPrograms(db: Db, f: { status?: string; kind?: string }, afterId: string | undefined, limit: number): Promise<ProgramRow[]> {
  const w: SQL[] = [];
  if (f.status) w.push(eq(ledgerPrograms.status, f.status as ProgramRow['status']));
  if (f.kind) w.push(eq(ledgerPrograms.kind, f.kind as ProgramRow['kind']));
  if (afterId) w.push(sql`${ledgerPrograms.id} > ${afterId}`);
  return db.select().from(ledgerPrograms).where(w.length ? and(...w) : undefined).orderBy(asc(ledgerPrograms.id)).limit(limit + 1);
}

export async function countPrograms(db: Db): Promise<number> {
  const r = await db.execute(sql`select count(*)::int as n from ledger_programs`);
  return rowsOf<{ n: number }>(r)[0]!.n;
}

// ── providers and price lists ─────────────────────────────────────────────────────────────

export async function insertProvider(db: Db, row: typeof ledgerProviders.$inferInsert): Promise<ProviderRow> {
  const [r] = await db.insert(ledgerProviders).values(row).returning();
  return r!;
}

export async function findProvider(db: Db, id: string, lock = false): Promise<ProviderRow | undefined> {
  const q = db.select().from(ledgerProviders).where(eq(ledgerProviders.id, id));
  const [r] = lock ? await q.for('update') : await q;
  return r;
}

export async function providerByOrg(db: Db, orgId: string): Promise<ProviderRow | undefined> {
  const [r] = await db.select().from(ledgerProviders).where(eq(ledgerProviders.orgId, orgId));
  return r;
}

export async function updateProvider(db: Db, id: string, patch: Partial<typeof ledgerProviders.$inferInsert>): Promise<ProviderRow> {
  const [r] = await db.update(ledgerProviders).set(patch).where(eq(ledgerProviders.id, id)).returning();
  return r!;
}

export interface ProviderListRow extends ProviderRow {
  orgName: string;
  orgNameEn: string | null;
  priceItemCount: number;
}

export async function listProviders(
  db: Db,
  f: { status?: ProviderStatus; category?: string; orgIds?: string[]; ids?: string[] },
  afterId: string | undefined,
  limit: number,
): Promise<ProviderListRow[]> {
  const w: SQL[] = [];
  if (f.status) w.push(sql`p.status = ${f.status}`);
  if (f.category) w.push(sql`${f.category} = any(p.categories)`);
  if (f.orgIds) w.push(sql`p.org_id = any(${sql.param(f.orgIds)}::text[])`);
  if (f.ids) w.push(sql`p.id = any(${sql.param(f.ids)}::text[])`);
  if (afterId) w.push(sql`p.id > ${afterId}`);
  const r = await db.execute(sql`
    select p.id, p.org_id, p.status, p.categories, p.description, p.reason, p.account_id, p.decided_by, p.decided_at, p.created_at, p.updated_at,
           o.name as org_name, o.name_en as org_name_en,
           (select count(*)::int from ledger_price_items i where i.provider_id = p.id and i.active) as price_item_count
      from ledger_providers p join organizations o on o.id = p.org_id
     ${w.length ? sql`where ${sql.join(w, sql` and `)}` : sql``}
     order by p.id limit ${limit + 1}`);
  return rowsOf<Record<string, unknown>>(r).map((x) => ({
    id: x.id as string,
    orgId: x.org_id as string,
    status: x.status as ProviderStatus,
    categories: x.categories as ProviderRow['categories'],
    description: (x.description as string | null) ?? null,
    reason: (x.reason as string | null) ?? null,
    accountId: x.account_id as string,
    decidedBy: (x.decided_by as string | null) ?? null,
    decidedAt: x.decided_at ? new Date(x.decided_at as string) : null,
    createdAt: new Date(x.created_at as string),
    updatedAt: new Date(x.updated_at as string),
    orgName: x.org_name as string,
    orgNameEn: (x.org_name_en as string | null) ?? null,
    priceItemCount: Number(x.price_item_count),
  }));
}

export async function insertPriceItem(db: Db, row: typeof ledgerPriceItems.$inferInsert): Promise<PriceItemRow> {
  const [r] = await db.insert(ledgerPriceItems).values(row).returning();
  return r!;
}

export async function retireSku(db: Db, providerId: string, sku: string): Promise<void> {
  await db
    .update(ledgerPriceItems)
    .set({ active: false })
    .where(and(eq(ledgerPriceItems.providerId, providerId), eq(ledgerPriceItems.sku, sku), eq(ledgerPriceItems.active, true)));
}

export async function findPriceItem(db: Db, id: string): Promise<PriceItemRow | undefined> {
  const [r] = await db.select().from(ledgerPriceItems).where(eq(ledgerPriceItems.id, id));
  return r;
}

export async function setPriceItemActive(db: Db, id: string, active: boolean): Promise<PriceItemRow> {
  const [r] = await db.update(ledgerPriceItems).set({ active }).where(eq(ledgerPriceItems.id, id)).returning();
  return r!;
}

export async function priceItemsByIds(db: Db, ids: string[]): Promise<PriceItemRow[]> {
  if (!ids.length) return [];
  return db.select().from(ledgerPriceItems).where(inArray(ledgerPriceItems.id, ids));
}

export async function listPriceItems(db: Db, providerId: string, includeRetired: boolean): Promise<PriceItemRow[]> {
  const w = [eq(ledgerPriceItems.providerId, providerId)];
  if (!includeRetired) w.push(eq(ledgerPriceItems.active, true));
  return db.select().from(ledgerPriceItems).where(and(...w)).orderBy(asc(ledgerPriceItems.category), asc(ledgerPriceItems.sku), desc(ledgerPriceItems.createdAt));
}

// ── relations ─────────────────────────────────────────────────────────────────────────────

export async function insertRelation(db: Db, row: typeof ledgerOrgRelations.$inferInsert): Promise<RelationRow> {
  const [r] = await db.insert(ledgerOrgRelations).values(row).returning();
  return r!;
}

export async function deleteRelation(db: Db, id: string): Promise<RelationRow | undefined> {
  const [r] = await db.delete(ledgerOrgRelations).where(eq(ledgerOrgRelations.id, id)).returning();
  return r;
}

/** The relation between two organizations, in either direction, if one was declared. */
export async function relationBetween(db: Db, a: string, b: string): Promise<RelationRow | undefined> {
  const [r] = await db
    .select()
    .from(ledgerOrgRelations)
    .where(or(and(eq(ledgerOrgRelations.orgId, a), eq(ledgerOrgRelations.relatedOrgId, b)), and(eq(ledgerOrgRelations.orgId, b), eq(ledgerOrgRelations.relatedOrgId, a))));
  return r;
}

export async function listRelations(db: Db, orgIds: string[] | undefined, limit: number): Promise<(RelationRow & { orgName: string; relatedOrgName: string })[]> {
  const r = await db.execute(sql`
    select r.*, a.name as org_name, b.name as related_org_name
      from ledger_org_relations r join organizations a on a.id = r.org_id join organizations b on b.id = r.related_org_id
     ${orgIds ? sql`where r.org_id = any(${sql.param(orgIds)}::text[]) or r.related_org_id = any(${sql.param(orgIds)}::text[])` : sql``}
     order by r.created_at desc limit ${limit}`);
  return rowsOf<Record<string, unknown>>(r).map((x) => ({
    id: x.id as string,
    orgId: x.org_id as string,
    relatedOrgId: x.related_org_id as string,
    kind: x.kind as RelationRow['kind'],
    note: (x.note as string | null) ?? null,
    createdBy: (x.created_by as string | null) ?? null,
    createdAt: new Date(x.created_at as string),
    orgName: x.org_name as string,
    relatedOrgName: x.related_org_name as string,
  }));
}

// ── vouchers ──────────────────────────────────────────────────────────────────────────────

export async function insertVoucher(db: Db, row: typeof ledgerVouchers.$inferInsert): Promise<VoucherRow> {
  const [r] = await db.insert(ledgerVouchers).values(row).returning();
  return r!;
}

export async function findVoucher(db: Db, id: string, lock = false): Promise<VoucherRow | undefined> {
  const q = db.select().from(ledgerVouchers).where(eq(ledgerVouchers.id, id));
  const [r] = lock ? await q.for('update') : await q;
  return r;
}

export async function updateVoucher(db: Db, id: string, patch: Partial<typeof ledgerVouchers.$inferInsert>): Promise<VoucherRow> {
  const [r] = await db.update(ledgerVouchers).set(patch).where(eq(ledgerVouchers.id, id)).returning();
  return r!;
}

export interface VoucherFilter {
  orgId?: string;
  orgIds?: string[];
  programId?: string;
  status?: string;
}

export interface VoucherListRow extends VoucherRow {
  programName: string;
  programNameEn: string;
  programKind: ProgramRow['kind'];
  orgName: string;
  orgNameEn: string | null;
  creditsPosted: number;
  debitsPosted: number;
  debitsPending: number;
}

export async function listVouchers(db: Db, f: VoucherFilter, beforeId: string | undefined, limit: number): Promise<VoucherListRow[]> {
  const w: SQL[] = [];
  if (f.orgId) w.push(sql`v.org_id = ${f.orgId}`);
  if (f.orgIds) w.push(sql`v.org_id = any(${sql.param(f.orgIds)}::text[])`);
  if (f.programId) w.push(sql`v.program_id = ${f.programId}`);
  if (f.status) w.push(sql`v.status = ${f.status}`);
  if (beforeId) w.push(sql`v.id < ${beforeId}`);
  const r = await db.execute(sql`
    select v.*, p.name as program_name, p.name_en as program_name_en, p.kind as program_kind, o.name as org_name, o.name_en as org_name_en,
           a.credits_posted, a.debits_posted, a.debits_pending
      from ledger_vouchers v join ledger_programs p on p.id = v.program_id join organizations o on o.id = v.org_id
      join ledger_accounts a on a.id = v.account_id
     ${w.length ? sql`where ${sql.join(w, sql` and `)}` : sql``}
     order by v.id desc limit ${limit + 1}`);
  return rowsOf<Record<string, unknown>>(r).map(voucherListRow);
}

function voucherListRow(x: Record<string, unknown>): VoucherListRow {
  return {
    id: x.id as string,
    programId: x.program_id as string,
    orgId: x.org_id as string,
    accountId: x.account_id as string,
    amountFen: Number(x.amount_fen),
    status: x.status as VoucherRow['status'],
    expiresAt: new Date(x.expires_at as string),
    reason: (x.reason as string | null) ?? null,
    grantedBy: (x.granted_by as string | null) ?? null,
    grantedAt: new Date(x.granted_at as string),
    closedAt: x.closed_at ? new Date(x.closed_at as string) : null,
    programName: x.program_name as string,
    programNameEn: x.program_name_en as string,
    programKind: x.program_kind as ProgramRow['kind'],
    orgName: x.org_name as string,
    orgNameEn: (x.org_name_en as string | null) ?? null,
    creditsPosted: Number(x.credits_posted),
    debitsPosted: Number(x.debits_posted),
    debitsPending: Number(x.debits_pending),
  };
}

export async function voucherListRowById(db: Db, id: string): Promise<VoucherListRow | undefined> {
  const r = await db.execute(sql`
    select v.*, p.name as program_name, p.name_en as program_name_en, p.kind as program_kind, o.name as org_name, o.name_en as org_name_en,
           a.credits_posted, a.debits_posted, a.debits_pending
      from ledger_vouchers v join ledger_programs p on p.id = v.program_id join organizations o on o.id = v.org_id
      join ledger_accounts a on a.id = v.account_id
     where v.id = ${id}`);
  const x = rowsOf<Record<string, unknown>>(r)[0];
  return x ? voucherListRow(x) : undefined;
}

export async function countVouchers(db: Db, f: VoucherFilter, cap: number): Promise<number> {
  const w: SQL[] = [];
  if (f.orgId) w.push(sql`org_id = ${f.orgId}`);
  if (f.orgIds) w.push(sql`org_id = any(${sql.param(f.orgIds)}::text[])`);
  if (f.programId) w.push(sql`program_id = ${f.programId}`);
  if (f.status) w.push(sql`status = ${f.status}`);
  const r = await db.execute(sql`select count(*)::int as n from (select 1 from ledger_vouchers ${w.length ? sql`where ${sql.join(w, sql` and `)}` : sql``} limit ${cap}) x`);
  return rowsOf<{ n: number }>(r)[0]!.n;
}

/** Active vouchers whose time is up, oldest first. */
export async function dueVouchers(db: Db, now: Date, limit: number): Promise<VoucherRow[]> {
  return db
    .select()
    .from(ledgerVouchers)
    .where(and(eq(ledgerVouchers.status, 'active'), sql`${ledgerVouchers.expiresAt} <= ${now.toISOString()}::timestamptz`))
    .orderBy(asc(ledgerVouchers.expiresAt))
    .limit(limit);
}

// ── orders ────────────────────────────────────────────────────────────────────────────────

export async function insertOrder(db: Db, row: typeof ledgerOrders.$inferInsert): Promise<OrderRow> {
  const [r] = await db.insert(ledgerOrders).values(row).returning();
  return r!;
}

export async function findOrder(db: Db, id: string, lock = false): Promise<OrderRow | undefined> {
  const q = db.select().from(ledgerOrders).where(eq(ledgerOrders.id, id));
  const [r] = lock ? await q.for('update') : await q;
  return r;
}

export async function updateOrder(db: Db, id: string, patch: Partial<typeof ledgerOrders.$inferInsert>): Promise<OrderRow> {
  const [r] = await db.update(ledgerOrders).set(patch).where(eq(ledgerOrders.id, id)).returning();
  return r!;
}

export interface OrderFilter {
  providerId?: string;
  buyerOrgId?: string;
  /** Orders either sold by this provider or bought by these organizations. */
  visibleTo?: { providerIds: string[]; orgIds: string[] };
  status?: OrderStatus;
  programId?: string;
  settlementId?: string;
}

function orderWhere(f: OrderFilter): SQL[] {
  const w: SQL[] = [];
  if (f.providerId) w.push(sql`o.provider_id = ${f.providerId}`);
  if (f.buyerOrgId) w.push(sql`o.buyer_org_id = ${f.buyerOrgId}`);
  if (f.status) w.push(sql`o.status = ${f.status}`);
  if (f.programId) w.push(sql`o.program_id = ${f.programId}`);
  if (f.settlementId) w.push(sql`o.settlement_id = ${f.settlementId}`);
  if (f.visibleTo) {
    w.push(sql`(o.provider_id = any(${sql.param(f.visibleTo.providerIds)}::text[]) or o.buyer_org_id = any(${sql.param(f.visibleTo.orgIds)}::text[]))`);
  }
  return w;
}

export interface OrderListRow extends OrderRow {
  providerOrgId: string;
  providerName: string;
  providerNameEn: string | null;
  buyerName: string;
  buyerNameEn: string | null;
  settledAt: Date | null;
}

function orderListRow(x: Record<string, unknown>): OrderListRow {
  const d = (k: string) => (x[k] ? new Date(x[k] as string) : null);
  return {
    id: x.id as string,
    providerId: x.provider_id as string,
    buyerOrgId: x.buyer_org_id as string,
    contractNo: x.contract_no as string,
    category: x.category as OrderRow['category'],
    lines: x.lines as OrderRow['lines'],
    totalFen: Number(x.total_fen),
    voucherId: (x.voucher_id as string | null) ?? null,
    programId: (x.program_id as string | null) ?? null,
    subsidyFen: Number(x.subsidy_fen),
    ownFen: Number(x.own_fen),
    status: x.status as OrderStatus,
    note: (x.note as string | null) ?? null,
    reservedUntil: d('reserved_until'),
    transferIds: (x.transfer_ids as string[]) ?? [],
    settlementId: (x.settlement_id as string | null) ?? null,
    issuedBy: (x.issued_by as string | null) ?? null,
    issuedAt: d('issued_at')!,
    confirmedAt: d('confirmed_at'),
    deliveredAt: d('delivered_at'),
    acceptedAt: d('accepted_at'),
    claimedAt: d('claimed_at'),
    closedAt: d('closed_at'),
    closeReason: (x.close_reason as string | null) ?? null,
    providerOrgId: x.provider_org_id as string,
    providerName: x.provider_name as string,
    providerNameEn: (x.provider_name_en as string | null) ?? null,
    buyerName: x.buyer_name as string,
    buyerNameEn: (x.buyer_name_en as string | null) ?? null,
    settledAt: d('settled_at'),
  };
}

const ORDER_SELECT = sql`
  select o.*, p.org_id as provider_org_id, po.name as provider_name, po.name_en as provider_name_en, bo.name as buyer_name, bo.name_en as buyer_name_en,
         st.created_at as settled_at
    from ledger_orders o join ledger_providers p on p.id = o.provider_id
    join organizations po on po.id = p.org_id join organizations bo on bo.id = o.buyer_org_id
    left join ledger_settlements st on st.id = o.settlement_id`;

export async function listOrders(db: Db, f: OrderFilter, beforeId: string | undefined, limit: number): Promise<OrderListRow[]> {
  const w = orderWhere(f);
  if (beforeId) w.push(sql`o.id < ${beforeId}`);
  const r = await db.execute(sql`${ORDER_SELECT} ${w.length ? sql`where ${sql.join(w, sql` and `)}` : sql``} order by o.id desc limit ${limit + 1}`);
  return rowsOf<Record<string, unknown>>(r).map(orderListRow);
}

export async function orderListRowById(db: Db, id: string): Promise<OrderListRow | undefined> {
  const r = await db.execute(sql`${ORDER_SELECT} where o.id = ${id}`);
  const x = rowsOf<Record<string, unknown>>(r)[0];
  return x ? orderListRow(x) : undefined;
}

export async function countOrders(db: Db, f: OrderFilter, cap: number): Promise<number> {
  const w = orderWhere(f);
  const r = await db.execute(sql`select count(*)::int as n from (select 1 from ledger_orders o ${w.length ? sql`where ${sql.join(w, sql` and `)}` : sql``} limit ${cap}) x`);
  return rowsOf<{ n: number }>(r)[0]!.n;
}

/** Accepted orders of a buyer in [from, to), for its monthly invoice. */
export async function ordersAcceptedBetween(db: Db, buyerOrgId: string, from: Date, to: Date): Promise<OrderListRow[]> {
  const r = await db.execute(sql`${ORDER_SELECT}
    where o.buyer_org_id = ${buyerOrgId} and o.accepted_at >= ${from.toISOString()}::timestamptz and o.accepted_at < ${to.toISOString()}::timestamptz
    order by o.accepted_at`);
  return rowsOf<Record<string, unknown>>(r).map(orderListRow);
}

/** Confirmed orders whose reservation lapsed, oldest first. */
export async function dueOrders(db: Db, now: Date, limit: number): Promise<OrderRow[]> {
  return db
    .select()
    .from(ledgerOrders)
    .where(and(inArray(ledgerOrders.status, ['confirmed', 'delivered']), sql`${ledgerOrders.reservedUntil} <= ${now.toISOString()}::timestamptz`))
    .orderBy(asc(ledgerOrders.reservedUntil))
    .limit(limit);
}

/** Claimed, unsettled orders of providers claimed before `before`, locked. */
export async function claimedOrders(db: Db, before: Date): Promise<OrderRow[]> {
  return db
    .select()
    .from(ledgerOrders)
    .where(and(eq(ledgerOrders.status, 'claimed'), sql`${ledgerOrders.claimedAt} < ${before.toISOString()}::timestamptz`))
    .orderBy(asc(ledgerOrders.providerId), asc(ledgerOrders.id))
    .for('update');
}

export async function markSettled(db: Db, ids: string[], settlementId: string): Promise<void> {
  if (!ids.length) return;
  await db.update(ledgerOrders).set({ status: 'settled', settlementId }).where(inArray(ledgerOrders.id, ids));
}

// ── approvals ─────────────────────────────────────────────────────────────────────────────

export async function insertApproval(db: Db, row: typeof ledgerApprovals.$inferInsert): Promise<ApprovalRow> {
  const [r] = await db.insert(ledgerApprovals).values(row).returning();
  return r!;
}

export async function findApproval(db: Db, id: string, lock = false): Promise<ApprovalRow | undefined> {
  const q = db.select().from(ledgerApprovals).where(eq(ledgerApprovals.id, id));
  const [r] = lock ? await q.for('update') : await q;
  return r;
}

export async function updateApproval(db: Db, id: string, patch: Partial<typeof ledgerApprovals.$inferInsert>): Promise<ApprovalRow> {
  const [r] = await db.update(ledgerApprovals).set(patch).where(eq(ledgerApprovals.id, id)).returning();
  return r!;
}

export async function listApprovals(db: Db, status: string | undefined, beforeId: string | undefined, limit: number): Promise<ApprovalRow[]> {
  const w: SQL[] = [];
  if (status) w.push(eq(ledgerApprovals.status, status as ApprovalRow['status']));
  if (beforeId) w.push(lt(ledgerApprovals.id, beforeId));
  return db.select().from(ledgerApprovals).where(w.length ? and(...w) : undefined).orderBy(desc(ledgerApprovals.id)).limit(limit + 1);
}

// ── settlements ───────────────────────────────────────────────────────────────────────────

export async function insertSettlement(db: Db, row: typeof ledgerSettlements.$inferInsert): Promise<SettlementRow> {
  const [r] = await db.insert(ledgerSettlements).values(row).returning();
  return r!;
}

export async function findSettlement(db: Db, id: string): Promise<SettlementRow | undefined> {
  const [r] = await db.select().from(ledgerSettlements).where(eq(ledgerSettlements.id, id));
  return r;
}

export async function settlementFor(db: Db, providerId: string, period: string): Promise<SettlementRow | undefined> {
  const [r] = await db.select().from(ledgerSettlements).where(and(eq(ledgerSettlements.providerId, providerId), eq(ledgerSettlements.period, period)));
  return r;
}

export async function listSettlements(db: Db, f: { providerIds?: string[]; period?: string }, beforeId: string | undefined, limit: number): Promise<SettlementRow[]> {
  const w: SQL[] = [];
  if (f.providerIds) w.push(inArray(ledgerSettlements.providerId, f.providerIds.length ? f.providerIds : ['']));
  if (f.period) w.push(eq(ledgerSettlements.period, f.period));
  if (beforeId) w.push(lt(ledgerSettlements.id, beforeId));
  return db.select().from(ledgerSettlements).where(w.length ? and(...w) : undefined).orderBy(desc(ledgerSettlements.id)).limit(limit + 1);
}

// ── idempotency keys ──────────────────────────────────────────────────────────────────────

/** Claims a key; false when it exists (after waiting for a writer that holds it to finish). */
export async function claimIdempotencyKey(db: Db, scope: string, key: string, bodyHash: string): Promise<boolean> {
  const r = await db.insert(idempotencyKeys).values({ scope, key, bodyHash }).onConflictDoNothing().returning({ key: idempotencyKeys.key });
  return r.length === 1;
}

export async function findIdempotencyKey(db: Db, scope: string, key: string): Promise<typeof idempotencyKeys.$inferSelect | undefined> {
  const [r] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
  return r;
}

export async function storeIdempotentResult(db: Db, scope: string, key: string, result: unknown): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ result: result as never, status: 200 })
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
}
