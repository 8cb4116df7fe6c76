// Routes of the ledger's market screens.
import type { LedgerRoute } from '../routes.ts';

export const marketRoutes: LedgerRoute[] = [];
