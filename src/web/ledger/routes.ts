// The ledger desk's screens register here: each area (ops: programs, vouchers, approvals,
// reconciliation, settlement; market: providers, prices, orders, wallets) lists its routes.
export type { AreaRoute as LedgerRoute } from '../app/routes.ts';
