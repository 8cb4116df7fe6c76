// The compute screens: the pool's clusters, a cluster, allocations, the provider's view. Other
// screens of the area (jobs, the queue, usage, statements) add their routes to this list.
import { lazy } from 'react';
import type { AreaRoute } from '../app/routes.ts';

const ComputeHome = lazy(() => import('./ComputeHome.tsx'));
const ClusterPage = lazy(() => import('./ClusterPage.tsx'));
const AllocationsPage = lazy(() => import('./AllocationsPage.tsx'));
const ProviderPage = lazy(() => import('./ProviderPage.tsx'));

export const computeRoutes: AreaRoute[] = [
  { path: '/compute', element: <ComputeHome />, access: 'signed-in' },
  { path: '/compute/clusters/:id', element: <ClusterPage />, access: 'signed-in' },
  { path: '/compute/allocations', element: <AllocationsPage />, access: 'signed-in' },
  { path: '/compute/provider', element: <ProviderPage />, access: 'signed-in' },
];
