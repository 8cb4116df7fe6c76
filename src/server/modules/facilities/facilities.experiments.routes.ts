// Routes of experiments (visits, safety, logbook, report), outcomes and facility statistics.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRouter } from '../../http/openapi.ts';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/context.ts';

/** Routes of experiments (visits, safety, logbook, report), outcomes and facility statistics. */
export function facilityExperimentRoutes(deps: Deps): OpenAPIHono<AppEnv> {
  void deps;
  const r = createRouter();
  return r;
}
