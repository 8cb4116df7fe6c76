// Routes of the compute job screens: my jobs, submitting one, a job with its live logs, the queue,
// usage and spend, and a provider's income. Each screen is loaded on demand.
import { lazy } from 'react';
import type { AreaRoute } from '../../app/routes.ts';

const MyJobsPage = lazy(() => import('./MyJobsPage.tsx'));
const SubmitJobPage = lazy(() => import('./SubmitJobPage.tsx'));
const JobPage = lazy(() => import('./JobPage.tsx'));
const QueuePage = lazy(() => import('./QueuePage.tsx'));
const UsagePage = lazy(() => import('./UsagePage.tsx'));
const ProviderIncomePage = lazy(() => import('./ProviderIncomePage.tsx'));

export const computeJobsRoutes: AreaRoute[] = [
  { path: '/compute/jobs', element: <MyJobsPage />, access: 'signed-in' },
  { path: '/compute/jobs/new', element: <SubmitJobPage />, access: 'signed-in' },
  { path: '/compute/jobs/:id', element: <JobPage />, access: 'signed-in' },
  { path: '/compute/queue', element: <QueuePage />, access: 'signed-in' },
  { path: '/compute/usage', element: <UsagePage />, access: 'signed-in' },
  { path: '/compute/provider/income', element: <ProviderIncomePage />, access: 'signed-in' },
];
