// Routes of the ledger's market screens: providers and their prices, orders, a company's wallet,
// relations between organizations. Each screen is loaded on demand.
import { lazy } from 'react';
import type { LedgerRoute } from '../routes.ts';

const ProvidersPage = lazy(() => import('./ProvidersPage.tsx'));
const ProviderPage = lazy(() => import('./ProviderPage.tsx'));
const OrdersPage = lazy(() => import('./OrdersPage.tsx'));
const OrderPage = lazy(() => import('./OrderPage.tsx'));
const WalletPage = lazy(() => import('./WalletPage.tsx'));
const RelationsPage = lazy(() => import('./RelationsPage.tsx'));

export const marketRoutes: LedgerRoute[] = [
  { path: '/ledger/providers', element: <ProvidersPage /> },
  { path: '/ledger/providers/:id', element: <ProviderPage /> },
  { path: '/ledger/orders', element: <OrdersPage />, access: 'signed-in' },
  { path: '/ledger/orders/:id', element: <OrderPage />, access: 'signed-in' },
  { path: '/ledger/wallet', element: <WalletPage />, access: 'signed-in' },
  { path: '/ledger/relations', element: <RelationsPage />, access: 'signed-in' },
];
