// Request and response shapes of the ledger desk. Amounts are integers in fen.
import { z } from '../../http/openapi.ts';
import { pageQuery } from '../../http/paging.ts';
import {
  ACCOUNT_CODES,
  APPROVAL_STATUSES,
  BALANCE_RULES,
  ORDER_STATUSES,
  ORG_KINDS,
  PROGRAM_KINDS,
  PROGRAM_STATUSES,
  PROVIDER_STATUSES,
  RELATION_KINDS,
  SERVICE_CATEGORIES,
  TRANSFER_CODES,
  TRANSFER_KINDS,
  VOUCHER_STATUSES,
} from '../../../shared/enums.ts';
import { MAX_FEN, MAX_TIMEOUT_SECONDS } from './ledger.engine.ts';

export const IdParam = (name: string) => z.string().min(1).max(64).openapi({ param: { name, in: 'path' } });
/** A positive amount of fen (1 fen = 0.01 yuan). */
export const Fen = z.number().int().min(1).max(MAX_FEN).openapi({ description: 'Integer amount in fen (0.01 yuan)' });
const FenOrZero = z.number().int().min(0).max(MAX_FEN);
const Text = (max: number) => z.string().trim().min(1).max(max);
const Instant = z.iso.datetime({ offset: true }).openapi({ description: 'An instant, ISO 8601 with offset' });
const Period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).openapi({ description: 'A month, YYYY-MM (China Standard Time)', example: '2026-10' });

export const IdempotencyHeader = z
  .object({
    'idempotency-key': z.string().min(1).max(200).optional().openapi({ description: 'Retries with the same key and body answer the first result; another body answers 409 idempotency_conflict' }),
  });

// ── core ──────────────────────────────────────────────────────────────────────────────────

export const Account = z
  .object({
    id: z.string(),
    ledger: z.number().int(),
    code: z.enum(ACCOUNT_CODES),
    rule: z.enum(BALANCE_RULES),
    refKey: z.string().nullable(),
    orgId: z.string().nullable(),
    name: z.string(),
    closed: z.boolean(),
    debitsPending: z.number().int(),
    debitsPosted: z.number().int(),
    creditsPending: z.number().int(),
    creditsPosted: z.number().int(),
    balance: z.number().int(),
    available: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('LedgerAccount');

export const AccountQuery = z.object({ ...pageQuery, orgId: z.string().max(64).optional(), code: z.enum(ACCOUNT_CODES).optional() }).strict();

export const AccountCreateBody = z
  .object({
    ledger: z.number().int().min(1).max(65535).optional(),
    code: z.enum(ACCOUNT_CODES),
    rule: z.enum(BALANCE_RULES),
    name: Text(200),
    orgId: z.string().max(64).optional(),
    refKey: Text(200).optional(),
  })
  .strict();

export const Balances = z
  .object({
    accountId: z.string(),
    at: z.string(),
    debitsPending: z.number().int(),
    debitsPosted: z.number().int(),
    creditsPending: z.number().int(),
    creditsPosted: z.number().int(),
    balance: z.number().int(),
    available: z.number().int(),
  })
  .openapi('LedgerBalances');

export const BalancesQuery = z.object({ at: Instant.optional() }).strict();

export const Transfer = z
  .object({
    id: z.string(),
    seq: z.number().int().optional(),
    key: z.string().nullable(),
    kind: z.enum(TRANSFER_KINDS),
    ledger: z.number().int(),
    code: z.enum(TRANSFER_CODES),
    debitAccountId: z.string(),
    creditAccountId: z.string(),
    amount: z.number().int(),
    released: z.number().int(),
    pendingId: z.string().nullable(),
    timeoutAt: z.string().nullable(),
    chainId: z.string().nullable(),
    refType: z.string().nullable(),
    refId: z.string().nullable(),
    memo: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('LedgerTransfer');

export const TransferQuery = z
  .object({
    ...pageQuery,
    accountId: z.string().max(64).optional(),
    refType: z.string().max(64).optional(),
    refId: z.string().max(64).optional(),
    code: z.enum(TRANSFER_CODES).optional(),
  })
  .strict();

export const TransferRequestBody = z
  .object({
    key: Text(200).optional(),
    kind: z.enum(['single', 'pending', 'post', 'void']).optional(),
    debitAccountId: z.string().max(64).optional(),
    creditAccountId: z.string().max(64).optional(),
    amount: Fen.optional(),
    ledger: z.number().int().min(1).max(65535).optional(),
    code: z.enum(TRANSFER_CODES),
    pendingId: z.string().max(64).optional(),
    timeoutSeconds: z.number().int().min(0).max(MAX_TIMEOUT_SECONDS).optional(),
    linked: z.boolean().optional(),
    refType: Text(64).optional(),
    refId: Text(64).optional(),
    memo: Text(500).optional(),
  })
  .strict()
  .openapi('LedgerTransferRequest');

export const TransferBatchBody = z.object({ transfers: z.array(TransferRequestBody).min(1).max(8190) }).strict();

export const TransferBatchResult = z
  .object({
    results: z.array(
      z.object({
        index: z.number().int(),
        status: z.enum(['created', 'exists', 'failed']),
        transfer: Transfer.optional(),
        code: z.string().optional(),
        message: z.string().optional(),
      }),
    ),
  })
  .openapi('LedgerTransferBatchResult');

export const Reconciliation = z
  .object({
    ok: z.boolean(),
    transfers: z.number().int(),
    accounts: z.number().int(),
    pendingOpen: z.number().int(),
    mismatches: z.array(z.object({ id: z.string(), stored: z.record(z.string(), z.number()), computed: z.record(z.string(), z.number()) })),
    ruleBreaks: z.array(z.string()),
    ledgers: z.array(
      z.object({
        ledger: z.number().int(),
        debitsPosted: z.number().int(),
        creditsPosted: z.number().int(),
        debitsPending: z.number().int(),
        creditsPending: z.number().int(),
        balanced: z.boolean(),
      }),
    ),
    ms: z.number().int(),
  })
  .openapi('LedgerReconciliation');

export const SweepResult = z.object({ pendingsExpired: z.number().int(), vouchersExpired: z.number().int(), ordersExpired: z.number().int() }).openapi('LedgerSweepResult');

// ── programs and vouchers ─────────────────────────────────────────────────────────────────

export const Program = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    kind: z.enum(PROGRAM_KINDS),
    status: z.enum(PROGRAM_STATUSES),
    description: z.string().nullable(),
    budgetFen: z.number().int(),
    validFrom: z.string(),
    validTo: z.string(),
    voucherDays: z.number().int(),
    rateBp: z.number().int(),
    capPerOrgYearFen: z.number().int(),
    eligibleOrgKinds: z.array(z.enum(ORG_KINDS)),
    eligibleCategories: z.array(z.enum(SERVICE_CATEGORIES)),
    eligibleProviderIds: z.array(z.string()),
    approvalThresholdFen: z.number().int(),
    deliveryDays: z.number().int(),
    budgetAccountId: z.string(),
    fundedFen: z.number().int(),
    grantedFen: z.number().int(),
    availableFen: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('Program');

export const ProgramQuery = z.object({ ...pageQuery, status: z.enum(PROGRAM_STATUSES).optional(), kind: z.enum(PROGRAM_KINDS).optional() }).strict();

const programFields = {
  name: Text(200),
  nameEn: Text(200),
  status: z.enum(PROGRAM_STATUSES),
  description: z.string().trim().max(4000).nullable(),
  validFrom: Instant,
  validTo: Instant,
  voucherDays: z.number().int().min(1).max(3660),
  rateBp: z.number().int().min(1).max(10000).openapi({ description: "The program's share of each purchase in basis points (3000 = 30%)" }),
  capPerOrgYearFen: Fen,
  eligibleOrgKinds: z.array(z.enum(ORG_KINDS)).min(1).max(ORG_KINDS.length),
  eligibleCategories: z.array(z.enum(SERVICE_CATEGORIES)).min(1).max(SERVICE_CATEGORIES.length),
  eligibleProviderIds: z.array(z.string().max(64)).max(1000),
  approvalThresholdFen: FenOrZero,
  deliveryDays: z.number().int().min(1).max(3660),
};

export const ProgramCreateBody = z
  .object({
    code: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{1,39}$/),
    kind: z.enum(PROGRAM_KINDS),
    budgetFen: FenOrZero,
    ...programFields,
    status: programFields.status.optional(),
    description: programFields.description.optional(),
    eligibleProviderIds: programFields.eligibleProviderIds.optional(),
    deliveryDays: programFields.deliveryDays.optional(),
  })
  .strict();

export const ProgramPatchBody = z.object(programFields).partial().strict();

export const FundBody = z.object({ amountFen: Fen, memo: Text(500).optional() }).strict();

export const Voucher = z
  .object({
    id: z.string(),
    programId: z.string(),
    programName: z.string(),
    programNameEn: z.string(),
    programKind: z.enum(PROGRAM_KINDS),
    orgId: z.string(),
    orgName: z.string(),
    orgNameEn: z.string().nullable(),
    accountId: z.string(),
    amountFen: z.number().int(),
    balanceFen: z.number().int(),
    reservedFen: z.number().int(),
    availableFen: z.number().int(),
    status: z.enum(VOUCHER_STATUSES),
    expiresAt: z.string(),
    reason: z.string().nullable(),
    grantedAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .openapi('Voucher');

export const VoucherQuery = z
  .object({ ...pageQuery, orgId: z.string().max(64).optional(), programId: z.string().max(64).optional(), status: z.enum(VOUCHER_STATUSES).optional() })
  .strict();

export const GrantBody = z.object({ orgId: z.string().min(1).max(64), amountFen: Fen, reason: Text(500).optional() }).strict();

export const GrantBatchBody = z
  .object({ grants: z.array(z.object({ orgId: z.string().min(1).max(64), amountFen: Fen, reason: Text(500).optional(), key: Text(200) }).strict()).min(1).max(5000) })
  .strict();

export const GrantBatchResult = z
  .object({
    results: z.array(z.object({ index: z.number().int(), ok: z.boolean(), voucher: Voucher.optional(), code: z.string().optional(), message: z.string().optional() })),
  })
  .openapi('GrantBatchResult');

export const ClawbackBody = z.object({ amountFen: Fen, reason: Text(500) }).strict();

export const Approval = z
  .object({
    id: z.string(),
    kind: z.literal('clawback'),
    status: z.enum(APPROVAL_STATUSES),
    payload: z.record(z.string(), z.unknown()),
    amountFen: z.number().int(),
    reason: z.string(),
    requestedBy: z.string(),
    requestedAt: z.string(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
    transferId: z.string().nullable(),
  })
  .openapi('Approval');

export const ClawbackResult = z
  .object({ status: z.enum(['done', 'pending_approval']), voucher: Voucher, approval: Approval.optional(), transferId: z.string().optional() })
  .openapi('ClawbackResult');

export const ApprovalQuery = z.object({ ...pageQuery, status: z.enum(APPROVAL_STATUSES).optional() }).strict();
export const DecisionBody = z.object({ approve: z.boolean(), note: Text(500).optional() }).strict();

export const DepositBody = z.object({ amountFen: Fen, memo: Text(500).optional() }).strict();

// ── providers, relations, orders, settlements ─────────────────────────────────────────────

export const Provider = z
  .object({
    id: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    orgNameEn: z.string().nullable(),
    status: z.enum(PROVIDER_STATUSES),
    categories: z.array(z.enum(SERVICE_CATEGORIES)),
    description: z.string().nullable(),
    reason: z.string().nullable(),
    accountId: z.string(),
    priceItemCount: z.number().int(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Provider');

export const ProviderQuery = z
  .object({ ...pageQuery, status: z.enum(PROVIDER_STATUSES).optional(), category: z.enum(SERVICE_CATEGORIES).optional(), orgId: z.string().max(64).optional() })
  .strict();

export const ProviderCreateBody = z
  .object({ orgId: z.string().min(1).max(64), categories: z.array(z.enum(SERVICE_CATEGORIES)).min(1).max(SERVICE_CATEGORIES.length), description: Text(4000).optional() })
  .strict();

export const ProviderDecisionBody = z
  .object({ action: z.enum(['admit', 'reject', 'suspend', 'reinstate']), reason: Text(500).optional(), categories: z.array(z.enum(SERVICE_CATEGORIES)).min(1).max(SERVICE_CATEGORIES.length).optional() })
  .strict();

export const PriceItem = z
  .object({
    id: z.string(),
    providerId: z.string(),
    category: z.enum(SERVICE_CATEGORIES),
    sku: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    unit: z.string(),
    unitPriceFen: z.number().int(),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('PriceItem');

export const PriceQuery = z.object({ all: z.enum(['true', 'false']).optional().openapi({ description: 'true: include retired prices' }) }).strict();

export const PriceCreateBody = z
  .object({
    category: z.enum(SERVICE_CATEGORIES),
    sku: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9_.\-/]{0,63}$/),
    name: Text(200),
    nameEn: Text(200).optional(),
    unit: Text(40),
    unitPriceFen: Fen,
  })
  .strict();

export const Relation = z
  .object({
    id: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    relatedOrgId: z.string(),
    relatedOrgName: z.string(),
    kind: z.enum(RELATION_KINDS),
    note: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('OrgRelation');

export const RelationQuery = z.object({ orgId: z.string().max(64).optional() }).strict();
export const RelationCreateBody = z
  .object({ orgId: z.string().min(1).max(64), relatedOrgId: z.string().min(1).max(64), kind: z.enum(RELATION_KINDS), note: Text(500).optional() })
  .strict();

const OrderLine = z.object({
  priceItemId: z.string(),
  sku: z.string(),
  name: z.string(),
  unit: z.string(),
  unitPriceFen: z.number().int(),
  quantity: z.number().int(),
  amountFen: z.number().int(),
});

export const Order = z
  .object({
    id: z.string(),
    providerId: z.string(),
    providerOrgId: z.string(),
    providerName: z.string(),
    providerNameEn: z.string().nullable(),
    buyerOrgId: z.string(),
    buyerName: z.string(),
    buyerNameEn: z.string().nullable(),
    contractNo: z.string(),
    category: z.enum(SERVICE_CATEGORIES),
    lines: z.array(OrderLine),
    totalFen: z.number().int(),
    voucherId: z.string().nullable(),
    programId: z.string().nullable(),
    subsidyFen: z.number().int(),
    ownFen: z.number().int(),
    status: z.enum(ORDER_STATUSES),
    note: z.string().nullable(),
    reservedUntil: z.string().nullable(),
    transferIds: z.array(z.string()),
    settlementId: z.string().nullable(),
    issuedAt: z.string(),
    confirmedAt: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    acceptedAt: z.string().nullable(),
    claimedAt: z.string().nullable(),
    settledAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    closeReason: z.string().nullable(),
  })
  .openapi('Order');

export const OrderQuery = z
  .object({
    ...pageQuery,
    providerId: z.string().max(64).optional(),
    buyerOrgId: z.string().max(64).optional(),
    status: z.enum(ORDER_STATUSES).optional(),
    programId: z.string().max(64).optional(),
  })
  .strict();

export const OrderCreateBody = z
  .object({
    providerId: z.string().min(1).max(64),
    buyerOrgId: z.string().min(1).max(64),
    contractNo: z.string().trim().min(1).max(64),
    lines: z.array(z.object({ priceItemId: z.string().min(1).max(64), quantity: z.number().int().min(1).max(1_000_000) }).strict()).min(1).max(100),
    note: Text(1000).optional(),
  })
  .strict();

export const ConfirmBody = z.object({ voucherId: z.string().min(1).max(64).optional() }).strict();
export const ReasonBody = z.object({ reason: Text(500).optional() }).strict();

export const Settlement = z
  .object({
    id: z.string(),
    providerId: z.string(),
    providerName: z.string(),
    providerNameEn: z.string().nullable(),
    period: z.string(),
    orderCount: z.number().int(),
    subsidyFen: z.number().int(),
    ownFen: z.number().int(),
    totalFen: z.number().int(),
    payoutTransferId: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Settlement');

export const SettlementDetail = Settlement.extend({ orders: z.array(Order) }).openapi('SettlementDetail');
export const SettlementQuery = z.object({ ...pageQuery, providerId: z.string().max(64).optional(), period: Period.optional() }).strict();
export const SettlementRunBody = z.object({ period: Period }).strict();

export const Invoice = z
  .object({
    orgId: z.string(),
    orgName: z.string(),
    period: z.string(),
    orders: z.array(Order),
    totalFen: z.number().int(),
    subsidyFen: z.number().int(),
    ownFen: z.number().int(),
  })
  .openapi('Invoice');

export const InvoiceQuery = z.object({ period: Period }).strict();
