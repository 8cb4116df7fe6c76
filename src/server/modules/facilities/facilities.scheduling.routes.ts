// Routes of cycles, operating calendars, sample environments, station scientists, schedules and ICS feeds.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRouter } from '../../http/openapi.ts';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/context.ts';

/** Routes of cycles, operating calendars, sample environments, station scientists, schedules and ICS feeds. */
export function facilitySchedulingRoutes(deps: Deps): OpenAPIHono<AppEnv> {
  void deps;
  const r = createRouter();
  return r;
}
