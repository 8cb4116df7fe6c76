// the calls screens: calls, applications, co-applicants
import type { AreaRoute } from '../app/routes.ts';

export const callsRoutes: AreaRoute[] = [];
