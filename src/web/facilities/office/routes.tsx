// the user office screens: beamtime proposals, feasibility, panel meeting, awards
import { lazy } from 'react';
import type { AreaRoute } from '../../app/routes.ts';

const ApplyPage = lazy(() => import('./ApplyPage.tsx'));
const FeasibilityPage = lazy(() => import('./FeasibilityPage.tsx'));
const MeetingPage = lazy(() => import('./MeetingPage.tsx'));

export const officeRoutes: AreaRoute[] = [
  // the calls of a facility are public; applying starts on the call's page
  { path: '/facilities/:id/apply', element: <ApplyPage /> },
  // station scientists and the user office (the API decides what each sees)
  { path: '/facilities/:id/feasibility', element: <FeasibilityPage />, access: 'signed-in' },
  // the user office, the director and the chairs of the cycle's panels
  { path: '/facilities/cycles/:id/meeting', element: <MeetingPage />, access: 'signed-in' },
];
