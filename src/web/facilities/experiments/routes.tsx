// the experiment screens: experiments, logbook, outcomes, statistics
import type { AreaRoute } from '../../app/routes.ts';

export const experimentsRoutes: AreaRoute[] = [];
