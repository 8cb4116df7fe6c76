// Routes of beamtime proposals: requests, samples, dates; feasibility; the panel meeting; awards.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRouter } from '../../http/openapi.ts';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/context.ts';

/** Routes of beamtime proposals: requests, samples, dates; feasibility; the panel meeting; awards. */
export function facilityProposalRoutes(deps: Deps): OpenAPIHono<AppEnv> {
  void deps;
  const r = createRouter();
  return r;
}
