// Routes of the ledger's ops screens: the desk's home, programs, vouchers, approvals, settlements,
// reconciliation with the account explorer, and reports. Each screen loads on demand.
import { lazy } from 'react';
import type { LedgerRoute } from '../routes.ts';

const LedgerHome = lazy(() => import('./LedgerHome.tsx'));
const ProgramsPage = lazy(() => import('./ProgramsPage.tsx'));
const ProgramPage = lazy(() => import('./ProgramPage.tsx'));
const VouchersPage = lazy(() => import('./VouchersPage.tsx'));
const VoucherPage = lazy(() => import('./VoucherPage.tsx'));
const ApprovalsPage = lazy(() => import('./ApprovalsPage.tsx'));
const SettlementsPage = lazy(() => import('./SettlementsPage.tsx'));
const SettlementPage = lazy(() => import('./SettlementPage.tsx'));
const ReconciliationPage = lazy(() => import('./ReconciliationPage.tsx'));
const AccountPage = lazy(() => import('./AccountPage.tsx'));
const ReportsPage = lazy(() => import('./ReportsPage.tsx'));

export const opsRoutes: LedgerRoute[] = [
  { path: '/ledger', element: <LedgerHome /> },
  { path: '/ledger/programs', element: <ProgramsPage /> },
  { path: '/ledger/programs/:id', element: <ProgramPage /> },
  { path: '/ledger/vouchers', element: <VouchersPage />, access: 'operator' },
  // Members of the voucher's organization may open it too (the API decides).
  { path: '/ledger/vouchers/:id', element: <VoucherPage />, access: 'signed-in' },
  { path: '/ledger/approvals', element: <ApprovalsPage />, access: 'operator' },
  // Providers' members see their own statements.
  { path: '/ledger/settlements', element: <SettlementsPage />, access: 'signed-in' },
  { path: '/ledger/settlements/:id', element: <SettlementPage />, access: 'signed-in' },
  { path: '/ledger/reconciliation', element: <ReconciliationPage />, access: 'operator' },
  { path: '/ledger/accounts/:id', element: <AccountPage />, access: 'operator' },
  { path: '/ledger/reports', element: <ReportsPage />, access: 'operator' },
];
