// the scheduling screens: cycles, calendars, the schedule, ICS feeds
import { lazy } from 'react';
import type { AreaRoute } from '../../app/routes.ts';

const CyclesPage = lazy(() => import('./CyclesPage.tsx'));
const CyclePage = lazy(() => import('./CyclePage.tsx'));
const SchedulePage = lazy(() => import('./SchedulePage.tsx'));
const StationSchedulePage = lazy(() => import('./StationSchedulePage.tsx'));
const MyCalendarPage = lazy(() => import('./MyCalendarPage.tsx'));

export const scheduleRoutes: AreaRoute[] = [
  { path: '/facilities/:id/cycles', element: <CyclesPage /> },
  { path: '/facilities/cycles/:id', element: <CyclePage /> },
  // Anyone sees the published version; the API shows drafts to the facility's staff.
  { path: '/facilities/cycles/:id/schedule', element: <SchedulePage /> },
  { path: '/facilities/stations/:id/schedule', element: <StationSchedulePage /> },
  { path: '/me/calendar', element: <MyCalendarPage />, access: 'signed-in' },
];
