// the user office screens: beamtime proposals, feasibility, panel meeting, awards
import type { AreaRoute } from '../../app/routes.ts';

export const officeRoutes: AreaRoute[] = [];
