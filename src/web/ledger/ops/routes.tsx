// Routes of the ledger's ops screens.
import type { LedgerRoute } from '../routes.ts';

export const opsRoutes: LedgerRoute[] = [];
