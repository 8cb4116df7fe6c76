// the review screens: assignments, reviews, panels, decisions
import { lazy } from 'react';
import type { AreaRoute } from '../../app/routes.ts';

const MyReviewsPage = lazy(() => import('./MyReviewsPage.tsx'));
const ReviewPage = lazy(() => import('./ReviewPage.tsx'));
const PanelsPage = lazy(() => import('./PanelsPage.tsx'));
const PanelPage = lazy(() => import('./PanelPage.tsx'));
const CallReviewPage = lazy(() => import('./CallReviewPage.tsx'));

export const reviewRoutes: AreaRoute[] = [
  { path: '/reviews', element: <MyReviewsPage />, access: 'signed-in' },
  { path: '/reviews/:id', element: <ReviewPage />, access: 'signed-in' },
  // Staff of the organization and panel members (the API decides what each sees).
  { path: '/panels', element: <PanelsPage />, access: 'signed-in' },
  { path: '/panels/:id', element: <PanelPage />, access: 'signed-in' },
  { path: '/calls/:id/review', element: <CallReviewPage />, access: 'signed-in' },
];
