// The ledger's tables. Accounts and transfers follow TigerBeetle's model; the invariants that keep
// money from being lost are enforced by the database itself (checks here, triggers in the custom
// migration 0003_ledger_invariants.sql), not only by the code that writes them.
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type {
  AccountCode,
  ApprovalStatus,
  BalanceRule,
  OrderStatus,
  OrgKind,
  ProgramKind,
  ProgramStatus,
  ProviderStatus,
  RelationKind,
  ServiceCategory,
  TransferCode,
  TransferKind,
  VoucherStatus,
} from '../../../shared/enums.ts';
import { organizations, people } from '../identity/identity.table.ts';

const ts = () => timestamp({ withTimezone: true, precision: 3 });
/** Amounts in fen. int8 comes back as a JS number: safe up to 2^53 fen (90 trillion yuan). */
const fen = () => bigint({ mode: 'number' });

/**
 * An account: four running balances, moved only by transfers (a trigger refuses any other
 * change), and an optional balance rule the database checks on every change.
 */
export const ledgerAccounts = pgTable(
  'ledger_accounts',
  {
    id: text().primaryKey(),
    /** The currency ledger (LEDGERS): transfers only move value between accounts of one ledger. */
    ledger: integer().notNull(),
    code: text().$type<AccountCode>().notNull(),
    rule: text().$type<BalanceRule>().notNull().default('none'),
    /** A unique name for accounts found by what they belong to, e.g. `voucher:vch_…`. */
    refKey: text(),
    orgId: text().references(() => organizations.id),
    name: text().notNull(),
    debitsPending: fen().notNull().default(0),
    debitsPosted: fen().notNull().default(0),
    creditsPending: fen().notNull().default(0),
    creditsPosted: fen().notNull().default(0),
    closed: boolean().notNull().default(false),
    /** When its latest transfer was made: a later transfer is never stamped earlier. */
    lastTransferAt: ts(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('ledger_accounts_ref_uq').on(t.refKey),
    index('ledger_accounts_org_idx').on(t.orgId, t.code),
    check('ledger_accounts_nonnegative', sql`${t.debitsPending} >= 0 and ${t.debitsPosted} >= 0 and ${t.creditsPending} >= 0 and ${t.creditsPosted} >= 0`),
    check('ledger_accounts_rule_known', sql`${t.rule} in ('none', 'debits_must_not_exceed_credits', 'credits_must_not_exceed_debits')`),
    // The balance rules, as TigerBeetle states them: pending debits count against the limit.
    check(
      'ledger_accounts_debits_within_credits',
      sql`${t.rule} <> 'debits_must_not_exceed_credits' or ${t.debitsPending} + ${t.debitsPosted} <= ${t.creditsPosted}`,
    ),
    check(
      'ledger_accounts_credits_within_debits',
      sql`${t.rule} <> 'credits_must_not_exceed_debits' or ${t.creditsPending} + ${t.creditsPosted} <= ${t.debitsPosted}`,
    ),
  ],
);

/**
 * A transfer: immutable once written (a trigger refuses UPDATE, DELETE and TRUNCATE). A pending
 * transfer reserves an amount; a later post, void or expire transfer names it in `pendingId`
 * and releases it (`released` = the pending amount), at most once (unique index).
 */
export const ledgerTransfers = pgTable(
  'ledger_transfers',
  {
    id: text().primaryKey(),
    /** Commit order within an account is lock order; seq orders transfers for listing. */
    seq: bigint({ mode: 'number' }).generatedAlwaysAsIdentity(),
    /** The client's idempotency key: the same key with the same body answers the first result. */
    key: text(),
    /** sha256 of the canonical body that came with `key`. */
    bodyHash: text(),
    kind: text().$type<TransferKind>().notNull(),
    ledger: integer().notNull(),
    code: text().$type<TransferCode>().notNull(),
    debitAccountId: text()
      .notNull()
      .references(() => ledgerAccounts.id),
    creditAccountId: text()
      .notNull()
      .references(() => ledgerAccounts.id),
    /** Fen moved (single, post), reserved (pending) or released without moving (void, expire). */
    amount: fen().notNull(),
    /** Fen of the pending transfer this one resolves: what leaves the pending balances. */
    released: fen().notNull().default(0),
    pendingId: text(),
    /** A pending transfer may not be posted at or after this instant. */
    timeoutAt: ts(),
    /** Transfers created as one linked chain share it; they succeeded together. */
    chainId: text(),
    refType: text(),
    refId: text(),
    memo: text(),
    createdBy: text(),
    createdAt: ts().notNull(),
  },
  (t) => [
    uniqueIndex('ledger_transfers_seq_uq').on(t.seq),
    uniqueIndex('ledger_transfers_key_uq').on(t.key),
    // Each pending transfer is posted, voided or expired at most once.
    uniqueIndex('ledger_transfers_resolves_uq').on(t.pendingId),
    index('ledger_transfers_debit_idx').on(t.debitAccountId, t.createdAt),
    index('ledger_transfers_credit_idx').on(t.creditAccountId, t.createdAt),
    index('ledger_transfers_ref_idx').on(t.refType, t.refId),
    index('ledger_transfers_timeout_idx').on(t.timeoutAt).where(sql`${t.kind} = 'pending'`),
    check('ledger_transfers_kind_known', sql`${t.kind} in ('single', 'pending', 'post', 'void', 'expire')`),
    check('ledger_transfers_amount_positive', sql`${t.amount} > 0`),
    check('ledger_transfers_accounts_differ', sql`${t.debitAccountId} <> ${t.creditAccountId}`),
    check(
      'ledger_transfers_resolution_shape',
      sql`(${t.kind} in ('post', 'void', 'expire')) = (${t.pendingId} is not null) and (${t.kind} in ('post', 'void', 'expire')) = (${t.released} > 0)`,
    ),
    check('ledger_transfers_timeout_shape', sql`${t.timeoutAt} is null or ${t.kind} = 'pending'`),
  ],
);

/** A subsidy program: budget, validity, rate, yearly cap per company, eligibility. */
export const ledgerPrograms = pgTable(
  'ledger_programs',
  {
    id: text().primaryKey(),
    code: text().notNull(),
    name: text().notNull(),
    nameEn: text().notNull(),
    kind: text().$type<ProgramKind>().notNull(),
    status: text().$type<ProgramStatus>().notNull().default('draft'),
    description: text(),
    /** The budget the program is meant to have; what it has is its budget account's balance. */
    budgetFen: fen().notNull(),
    validFrom: ts().notNull(),
    validTo: ts().notNull(),
    /** Days a granted voucher lasts (it never outlives the program). */
    voucherDays: integer().notNull(),
    /** The program's share of each purchase, in basis points (3000 = 30%). */
    rateBp: integer().notNull(),
    /** Most subsidy one company may use in one calendar year, in fen. */
    capPerOrgYearFen: fen().notNull(),
    eligibleOrgKinds: text().array().$type<OrgKind[]>().notNull(),
    eligibleCategories: text().array().$type<ServiceCategory[]>().notNull(),
    /** Empty: every admitted provider in an eligible category. */
    eligibleProviderIds: text().array().notNull().default([]),
    /** Clawbacks above this many fen need a second operator's approval. */
    approvalThresholdFen: fen().notNull(),
    /** Days a confirmed order may wait for accepted delivery before its reservation lapses. */
    deliveryDays: integer().notNull().default(90),
    budgetAccountId: text()
      .notNull()
      .references(() => ledgerAccounts.id),
    createdBy: text().references(() => people.id),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('ledger_programs_code_uq').on(t.code),
    check('ledger_programs_rate', sql`${t.rateBp} between 1 and 10000`),
    check('ledger_programs_validity', sql`${t.validTo} > ${t.validFrom}`),
    check('ledger_programs_amounts', sql`${t.budgetFen} >= 0 and ${t.capPerOrgYearFen} > 0 and ${t.approvalThresholdFen} >= 0`),
  ],
);

/** An organization admitted (or applying) to sell subsidized services. */
export const ledgerProviders = pgTable(
  'ledger_providers',
  {
    id: text().primaryKey(),
    orgId: text()
      .notNull()
      .references(() => organizations.id),
    status: text().$type<ProviderStatus>().notNull().default('applied'),
    categories: text().array().$type<ServiceCategory[]>().notNull(),
    description: text(),
    /** Why the operator suspended or rejected it. */
    reason: text(),
    accountId: text()
      .notNull()
      .references(() => ledgerAccounts.id),
    decidedBy: text().references(() => people.id),
    decidedAt: ts(),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('ledger_providers_org_uq').on(t.orgId), index('ledger_providers_status_idx').on(t.status, t.id)],
);

/** One line of a provider's published price list. A price change retires the item and adds another. */
export const ledgerPriceItems = pgTable(
  'ledger_price_items',
  {
    id: text().primaryKey(),
    providerId: text()
      .notNull()
      .references(() => ledgerProviders.id),
    category: text().$type<ServiceCategory>().notNull(),
    sku: text().notNull(),
    name: text().notNull(),
    nameEn: text(),
    unit: text().notNull(),
    unitPriceFen: fen().notNull(),
    active: boolean().notNull().default(true),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    index('ledger_price_items_provider_idx').on(t.providerId, t.id),
    uniqueIndex('ledger_price_items_sku_uq').on(t.providerId, t.sku).where(sql`${t.active}`),
    check('ledger_price_items_price', sql`${t.unitPriceFen} > 0`),
  ],
);

/** A voucher: one company's grant from one program, held in its own account. */
export const ledgerVouchers = pgTable(
  'ledger_vouchers',
  {
    id: text().primaryKey(),
    programId: text()
      .notNull()
      .references(() => ledgerPrograms.id),
    orgId: text()
      .notNull()
      .references(() => organizations.id),
    accountId: text()
      .notNull()
      .references(() => ledgerAccounts.id),
    amountFen: fen().notNull(),
    status: text().$type<VoucherStatus>().notNull().default('active'),
    expiresAt: ts().notNull(),
    reason: text(),
    grantedBy: text(),
    grantedAt: ts().notNull(),
    closedAt: ts(),
  },
  (t) => [index('ledger_vouchers_org_idx').on(t.orgId, t.id), index('ledger_vouchers_program_idx').on(t.programId, t.id), check('ledger_vouchers_amount', sql`${t.amountFen} > 0`)],
);

export interface OrderLine {
  priceItemId: string;
  sku: string;
  name: string;
  unit: string;
  unitPriceFen: number;
  quantity: number;
  amountFen: number;
}

/** An order a provider issues to a company against its price list, paid partly by a voucher. */
export const ledgerOrders = pgTable(
  'ledger_orders',
  {
    id: text().primaryKey(),
    providerId: text()
      .notNull()
      .references(() => ledgerProviders.id),
    buyerOrgId: text()
      .notNull()
      .references(() => organizations.id),
    /** The provider's contract number: one contract earns at most one subsidy, across programs. */
    contractNo: text().notNull(),
    category: text().$type<ServiceCategory>().notNull(),
    lines: jsonb().$type<OrderLine[]>().notNull(),
    totalFen: fen().notNull(),
    voucherId: text().references(() => ledgerVouchers.id),
    programId: text().references(() => ledgerPrograms.id),
    subsidyFen: fen().notNull().default(0),
    ownFen: fen().notNull().default(0),
    status: text().$type<OrderStatus>().notNull().default('issued'),
    note: text(),
    /** The reservation lapses at this instant unless delivery was accepted. */
    reservedUntil: ts(),
    /** The linked pending transfers made at confirmation. */
    transferIds: text().array().notNull().default([]),
    settlementId: text(),
    issuedBy: text(),
    issuedAt: ts().notNull(),
    confirmedAt: ts(),
    deliveredAt: ts(),
    acceptedAt: ts(),
    claimedAt: ts(),
    closedAt: ts(),
    closeReason: text(),
  },
  (t) => [
    index('ledger_orders_provider_idx').on(t.providerId, t.id),
    index('ledger_orders_buyer_idx').on(t.buyerOrgId, t.id),
    index('ledger_orders_voucher_idx').on(t.voucherId),
    // One contract, one subsidy: a live subsidized order holds its contract number.
    uniqueIndex('ledger_orders_contract_uq')
      .on(t.providerId, t.contractNo)
      .where(sql`${t.status} not in ('issued', 'rejected', 'cancelled', 'expired')`),
    check('ledger_orders_split', sql`${t.subsidyFen} >= 0 and ${t.ownFen} >= 0 and ${t.totalFen} > 0`),
  ],
);

/** A monthly settlement statement: what the center paid a provider for claimed orders. */
export const ledgerSettlements = pgTable(
  'ledger_settlements',
  {
    id: text().primaryKey(),
    providerId: text()
      .notNull()
      .references(() => ledgerProviders.id),
    /** The month, YYYY-MM (UTC+8, the center's books). */
    period: text().notNull(),
    orderCount: integer().notNull(),
    subsidyFen: fen().notNull(),
    ownFen: fen().notNull(),
    totalFen: fen().notNull(),
    payoutTransferId: text().references(() => ledgerTransfers.id),
    createdBy: text(),
    createdAt: ts().notNull(),
  },
  (t) => [index('ledger_settlements_period_idx').on(t.providerId, t.period)],
);

/** A relation between two organizations that makes subsidized trade between them abuse. */
export const ledgerOrgRelations = pgTable(
  'ledger_org_relations',
  {
    id: text().primaryKey(),
    orgId: text()
      .notNull()
      .references(() => organizations.id),
    relatedOrgId: text()
      .notNull()
      .references(() => organizations.id),
    kind: text().$type<RelationKind>().notNull(),
    note: text(),
    createdBy: text(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('ledger_org_relations_pair_uq').on(t.orgId, t.relatedOrgId),
    index('ledger_org_relations_related_idx').on(t.relatedOrgId),
    check('ledger_org_relations_distinct', sql`${t.orgId} <> ${t.relatedOrgId}`),
  ],
);

/** A write that needs a second operator: requested by one, decided by another. */
export const ledgerApprovals = pgTable(
  'ledger_approvals',
  {
    id: text().primaryKey(),
    kind: text().$type<'clawback'>().notNull(),
    status: text().$type<ApprovalStatus>().notNull().default('pending'),
    /** What will be done when approved, e.g. { voucherId, amountFen }. */
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    amountFen: fen().notNull(),
    reason: text().notNull(),
    requestedBy: text()
      .notNull()
      .references(() => people.id),
    requestedAt: ts().notNull(),
    decidedBy: text().references(() => people.id),
    decidedAt: ts(),
    decisionNote: text(),
    transferId: text(),
  },
  (t) => [
    index('ledger_approvals_status_idx').on(t.status, t.id),
    // Two persons: whoever asked may not decide.
    check('ledger_approvals_two_persons', sql`${t.decidedBy} is null or ${t.decidedBy} <> ${t.requestedBy}`),
  ],
);

/** Idempotency keys of API writes: the first result of a key is the answer to every retry. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    /** Who may reuse the key: the person, or the system label, plus the operation. */
    scope: text().notNull(),
    key: text().notNull(),
    bodyHash: text().notNull(),
    status: integer(),
    result: jsonb(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('idempotency_keys_pk').on(t.scope, t.key)],
);
