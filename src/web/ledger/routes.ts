// The ledger desk's screens register here: each area (ops: programs, vouchers, approvals,
// reconciliation, settlement; market: providers, prices, orders, wallets) lists its routes.
import type { ReactNode } from 'react';

export interface LedgerRoute {
  path: string;
  element: ReactNode;
  /** Who may open it: anyone (default), signed-in people, or platform operators. */
  access?: 'signed-in' | 'operator';
}
