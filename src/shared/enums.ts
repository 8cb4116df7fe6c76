// Closed vocabularies shared by the server, the web app and the CLI.

/** Kinds of organization a center works with (CENTER.md). */
export const ORG_KINDS = [
  'university',
  'research_institute',
  'enterprise',
  'startup',
  'service_provider',
  'investor',
  'facility_operator',
  'incubator',
  'government_agency',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** Roles inside one organization, strongest first. */
export const ORG_ROLES = ['owner', 'admin', 'member'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

/** Rank of an organization role: a higher number may do more. */
export function orgRoleRank(role: OrgRole): number {
  return role === 'owner' ? 3 : role === 'admin' ? 2 : 1;
}

/** Platform-wide roles: operators run the center day to day, admins also manage people and roles. */
export const PLATFORM_ROLES = ['operator', 'admin'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/** What an API token may do. A session may do everything its person may. */
export const TOKEN_SCOPES = [
  'profile:read',
  'profile:write',
  'orgs:read',
  'orgs:write',
  'audit:read',
  'admin:read',
  'admin:write',
  'ledger:read',
  'ledger:write',
  'calls:read',
  'calls:write',
  'facilities:read',
  'facilities:write',
  'compute:read',
  'compute:write',
] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** The languages every screen is written in. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Desks of the center; the home page lists only those that are built. */
export const DESKS = [
  'identity',
  'calls',
  'ledger',
  'facilities',
  'compute',
  'data',
  'evaluation',
  'market',
  'finance',
  'incubation',
  'indicators',
] as const;
export type Desk = (typeof DESKS)[number];

/** Currency ledgers: an account holds one; transfers move value only within one (TigerBeetle's `ledger`). */
export const LEDGERS = {
  /** Renminbi, in fen. */
  cny: 156,
  /** Subsidy quota per company and year, in fen: tracks the yearly caps of programs, not money. */
  cny_quota: 1156,
} as const;

/** What an account is for. */
export const ACCOUNT_CODES = [
  'funding', // the appropriation that funds programs (system; may go negative)
  'budget', // a program's budget
  'voucher', // a company's voucher in one program
  'company', // a company's own prepaid account
  'provider', // a provider's receivable: what the center owes it
  'clearing', // money entering or leaving the platform (bank)
  'quota', // a company's yearly subsidy quota in one program
  'quota_source', // where quotas come from and return to (system)
  'general', // accounts an operator opens by hand
] as const;
export type AccountCode = (typeof ACCOUNT_CODES)[number];

/** A balance rule an account keeps (TigerBeetle's account flags). */
export const BALANCE_RULES = ['none', 'debits_must_not_exceed_credits', 'credits_must_not_exceed_debits'] as const;
export type BalanceRule = (typeof BALANCE_RULES)[number];

/** Why money moved. */
export const TRANSFER_CODES = [
  'fund', // funding → budget
  'grant', // budget → voucher
  'subsidy', // voucher → provider: the program's share of an order
  'own_share', // company → provider: the company's share of an order
  'quota', // quota → quota_source: an order's use of the yearly cap
  'expire', // voucher → budget when a voucher lapses
  'clawback', // voucher → budget by an operator's decision
  'deposit', // clearing → company
  'payout', // provider → clearing at settlement
  'refund', // company → clearing
  'correction', // an operator's correcting entry
  'transfer', // anything else an operator books
] as const;
export type TransferCode = (typeof TRANSFER_CODES)[number];

/** Kinds of transfer: single-phase, or the phases of a two-phase transfer. */
export const TRANSFER_KINDS = ['single', 'pending', 'post', 'void', 'expire'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

/** Kinds of subsidy program (CENTER.md). */
export const PROGRAM_KINDS = ['innovation_voucher', 'compute_voucher', 'model_voucher', 'data_voucher', 'incubation_grant'] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];

export const PROGRAM_STATUSES = ['draft', 'active', 'closed'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

/** Categories of service a provider sells and a program may subsidize. */
export const SERVICE_CATEGORIES = ['compute', 'model', 'data', 'testing', 'design', 'consulting', 'ip', 'incubation', 'facility'] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

export const PROVIDER_STATUSES = ['applied', 'admitted', 'suspended', 'rejected'] as const;
export type ProviderStatus = (typeof PROVIDER_STATUSES)[number];

export const VOUCHER_STATUSES = ['active', 'expired', 'closed'] as const;
export type VoucherStatus = (typeof VOUCHER_STATUSES)[number];

/**
 * An order's life: issued by the provider → confirmed by the company (money reserved) →
 * delivered → accepted (money posted) → claimed by the provider → settled (paid out);
 * or rejected (before confirmation), cancelled (before acceptance), expired (reservation lapsed).
 */
export const ORDER_STATUSES = ['issued', 'confirmed', 'delivered', 'accepted', 'claimed', 'settled', 'rejected', 'cancelled', 'expired'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const RELATION_KINDS = ['shared_controller', 'declared'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];
