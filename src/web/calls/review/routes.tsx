// the review screens: assignments, reviews, panels, decisions
import type { AreaRoute } from '../../app/routes.ts';

export const reviewRoutes: AreaRoute[] = [];
