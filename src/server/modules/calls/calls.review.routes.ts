// Routes of review in the calls engine: panels, assignments, conflicts of interest, grades, decisions.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRouter } from '../../http/openapi.ts';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/context.ts';

/** Routes of review in the calls engine: panels, assignments, conflicts of interest, grades, decisions. */
export function callsReviewRoutes(deps: Deps): OpenAPIHono<AppEnv> {
  void deps;
  const r = createRouter();
  return r;
}
