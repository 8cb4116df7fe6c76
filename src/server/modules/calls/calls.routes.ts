// Routes of the calls engine: form templates, calls, applications, co-applicants, attachments, status history.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRouter } from '../../http/openapi.ts';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/context.ts';

/** Routes of the calls engine: form templates, calls, applications, co-applicants, attachments, status history. */
export function callsRoutes(deps: Deps): OpenAPIHono<AppEnv> {
  void deps;
  const r = createRouter();
  return r;
}
