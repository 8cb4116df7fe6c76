// the experiment screens: experiments, logbook, outcomes, statistics
import { lazy } from 'react';
import type { AreaRoute } from '../../app/routes.ts';

const ExperimentsPage = lazy(() => import('./ExperimentsPage.tsx'));
const ExperimentPage = lazy(() => import('./ExperimentPage.tsx'));
const StatisticsPage = lazy(() => import('./StatisticsPage.tsx'));

export const experimentsRoutes: AreaRoute[] = [
  { path: '/facilities/experiments', element: <ExperimentsPage />, access: 'signed-in' },
  { path: '/facilities/experiments/:id', element: <ExperimentPage />, access: 'signed-in' },
  // public aggregates
  { path: '/facilities/:id/statistics', element: <StatisticsPage /> },
];
