// the scheduling screens: cycles, calendars, the schedule, ICS feeds
import type { AreaRoute } from '../../app/routes.ts';

export const scheduleRoutes: AreaRoute[] = [];
