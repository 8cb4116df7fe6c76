// Builds the HTTP app from the desks: middleware, routes, the OpenAPI document, the API
// reference page and the web app's static files.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Deps } from './deps.ts';
import type { AppEnv } from './http/context.ts';
import { AppError, toProblem } from './http/errors.ts';
import { authenticate, onError, requestContext } from './http/middleware.ts';
import { z, createRouter, defineRoute, jsonResponse, registerSecurity } from './http/openapi.ts';
import { jobsRoutes } from './jobs/jobs.routes.ts';
import { mailRoutes } from './mail/mail.routes.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { facilitiesRoutes, facilityExperimentRoutes, facilityProposalRoutes, facilitySchedulingRoutes } from './modules/facilities/index.ts';
import { ledgerReportRoutes, ledgerRoutes } from './modules/ledger/index.ts';
import { callsReviewRoutes, callsRoutes } from './modules/calls/index.ts';
import { computeClusterRoutes, computeJobRoutes } from './modules/compute/index.ts';
import { SESSION_COOKIE, authenticateSession, authenticateToken, identityRoutes, oidcRoutes, orgsRoutes, projectsRoutes } from './modules/identity/index.ts';

export const VERSION = (JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version: string }).version;
const WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

const health = defineRoute(
  { auth: 'public' },
  {
    method: 'get',
    path: '/health',
    tags: ['platform'],
    summary: 'Liveness and database reachability',
    responses: {
      200: jsonResponse(z.object({ status: z.literal('ok'), driver: z.enum(['pglite', 'pg']), version: z.string() }).openapi('Health'), 'Healthy'),
      503: { description: 'The database is not reachable' },
    },
  },
);

/** The OpenAPI document's header. */
export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Pujiang API',
    version: VERSION,
    description: 'The API of Pujiang, the open platform of a science and technology innovation center. Errors are RFC 9457 problem+json with a stable `code`.',
  },
  servers: [{ url: '/api' }],
};

/** Builds the app; `deps` carry config, database, clock and job queue. */

/** Routes that take a file upload, and their body limit (10 MB of PDF as base64, with room for the JSON around it). */
const UPLOAD_PATH = /^\/api\/applications\/[^/]+\/files$/;
const UPLOAD_BODY_BYTES = 14 * 1024 * 1024;
export function buildApp(deps: Deps): OpenAPIHono<AppEnv> {
  const app = createRouter();
  app.use('*', requestContext(deps.log, deps.config.trustProxy));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  // Attachments of applications (PDF up to 10 MB, sent as base64 in JSON) get a larger limit.
  const limited = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new AppError('body_too_large', `the body exceeds ${maxSize} bytes`);
      },
    });
  const defaultLimit = limited(deps.config.bodyLimitBytes);
  const uploadLimit = limited(Math.max(deps.config.bodyLimitBytes, UPLOAD_BODY_BYTES));
  app.use('/api/*', (c, next) => (c.req.method === 'POST' && UPLOAD_PATH.test(c.req.path) ? uploadLimit(c, next) : defaultLimit(c, next)));
  app.use(
    '/api/*',
    authenticate(
      { session: (t) => authenticateSession(deps, t), token: (t) => authenticateToken(deps, t) },
      SESSION_COOKIE,
      new URL(deps.config.publicUrl).origin,
    ),
  );

  const api = createRouter();
  registerSecurity(api);
  api.openapi(health, async (c) => {
    try {
      await deps.db.ping();
    } catch {
      throw new AppError('unavailable', 'the database is not reachable');
    }
    return c.json({ status: 'ok' as const, driver: deps.db.driver, version: VERSION }, 200);
  });
  api.route('/', identityRoutes(deps));
  api.route('/', orgsRoutes(deps));
  api.route('/', projectsRoutes(deps));
  api.route('/', oidcRoutes(deps));
  api.route('/', auditRoutes(deps));
  api.route('/', mailRoutes(deps));
  api.route('/', jobsRoutes(deps));
  api.route('/', facilitiesRoutes(deps));
  api.route('/', callsRoutes(deps));
  api.route('/', callsReviewRoutes(deps));
  api.route('/', facilityProposalRoutes(deps));
  api.route('/', facilitySchedulingRoutes(deps));
  api.route('/', facilityExperimentRoutes(deps));
  api.route('/', ledgerRoutes(deps));
  api.route('/', ledgerReportRoutes(deps));
  api.route('/', computeClusterRoutes(deps));
  api.route('/', computeJobRoutes(deps));
  api.doc31('/openapi.json', OPENAPI_INFO);
  mountApiReference(api);
  api.all('*', () => {
    throw new AppError('route_not_found');
  });
  app.route('/api', api);

  // Served only when built (npm start builds it; tests of the API alone run without it).
  if (existsSync(join(WEB_ROOT, 'index.html'))) {
    app.use('/assets/*', serveStatic({ root: WEB_ROOT, onFound: (_p, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable') }));
    app.use('*', serveStatic({ root: WEB_ROOT }));
    // A missing asset is a 404, not the SPA's index (a stale page must fail loudly).
    app.get('/assets/*', (c) => c.body(JSON.stringify(toProblem(new AppError('route_not_found'), c.get('requestId'))), 404, { 'Content-Type': 'application/problem+json' }));
    // Client-side routes: any other GET is the SPA's index, read each time so a rebuild is served at once.
    app.get('*', (c) => c.html(readFileSync(join(WEB_ROOT, 'index.html'), 'utf8')));
  }
  app.notFound((c) => c.body(JSON.stringify(toProblem(new AppError('route_not_found'), c.get('requestId'))), 404, { 'Content-Type': 'application/problem+json' }));
  app.onError(onError);
  return app;
}

/** Serves Swagger UI from the swagger-ui-dist package (no CDN) at /api/docs. */
function mountApiReference(api: OpenAPIHono<AppEnv>) {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('swagger-ui-dist/package.json'));
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>Pujiang API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head><body><div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body></html>`;
  const init = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });`;
  api.get('/docs', (c) => c.html(page));
  api.get('/docs/init.js', (c) => c.body(init, 200, { 'Content-Type': 'text/javascript' }));
  api.get('/docs/:file{swagger-ui(-bundle)?\\.(css|js)}', (c) => {
    const file = c.req.param('file');
    const body = readFileSync(join(dist, file));
    return c.body(body, 200, { 'Content-Type': file.endsWith('.css') ? 'text/css' : 'text/javascript', 'Cache-Control': 'public, max-age=86400' });
  });
}
