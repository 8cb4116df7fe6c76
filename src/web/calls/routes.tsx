// The calls screens: calls, their forms, applications and co-applicants. Each screen loads on demand.
import { lazy } from 'react';
import type { AreaRoute } from '../app/routes.ts';

const CallsPage = lazy(() => import('./CallsPage.tsx'));
const CallPage = lazy(() => import('./CallPage.tsx'));
const FormsPage = lazy(() => import('./FormsPage.tsx'));
const ApplicationsPage = lazy(() => import('./ApplicationsPage.tsx'));
const ApplicationPage = lazy(() => import('./ApplicationPage.tsx'));

export const callsRoutes: AreaRoute[] = [
  { path: '/calls', element: <CallsPage /> },
  // Forms are public to read; user offices edit them (the API decides).
  { path: '/calls/forms', element: <FormsPage /> },
  { path: '/calls/:id', element: <CallPage /> },
  { path: '/applications', element: <ApplicationsPage />, access: 'signed-in' },
  { path: '/applications/:id', element: <ApplicationPage />, access: 'signed-in' },
];
