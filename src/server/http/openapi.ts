// One route definition gives validation, the OpenAPI document, access control and the typed client.
import { OpenAPIHono, createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { TOKEN_SCOPES, type TokenScope } from '../../shared/enums.ts';
import { ERROR_CODES } from '../../shared/errors.ts';
import { ANONYMOUS, type AppEnv } from './context.ts';
import { AppError } from './errors.ts';

export { z };

/**
 * Who may call a route, checked before the handler runs. Object-level rules (this organization,
 * this person's own token) are the service's to check; `org` and `self` document them here so the
 * generated access test knows what to expect.
 *  - public: anyone, signed in or not
 *  - signed-in: any active person
 *  - operator: platform operators and admins
 *  - admin: platform admins
 */
export interface Access {
  auth: 'public' | 'signed-in' | 'operator' | 'admin';
  /** The scope an API token needs; omitted: tokens may not call the route at all. */
  scope?: TokenScope;
  /** The organization role the service requires on the object's organization. */
  org?: 'member' | 'admin' | 'owner';
  /** The object must belong to the caller (their own token, their own mail). */
  self?: boolean;
  /**
   * A desk role the service checks, e.g. 'user-office' (a facility's user office or the staff of
   * an organization that runs calls); platform operators and admins hold it everywhere.
   */
  role?: 'user-office';
}

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(Object.keys(ERROR_CODES) as [keyof typeof ERROR_CODES, ...(keyof typeof ERROR_CODES)[]]),
    detail: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('Problem');

/** A problem+json response of a route, described. */
export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});
const problem = problemResponse;

/** A 409 response naming the conflict codes a route may answer. */
export const conflictResponse = (codes: string) => ({ 409: problemResponse(codes) });

/** The middleware that enforces `access` for one route. */
export function requireAccess(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let actor = c.get('actor');
    if (actor.kind === 'person' && actor.via === 'session' && c.get('csrfOk') === false) {
      if (access.auth !== 'public') throw new AppError('csrf_failed', 'missing or wrong X-CSRF-Token header');
      c.set('actor', ANONYMOUS);
      actor = ANONYMOUS;
    }
    if (access.auth === 'public') return next();
    if (actor.kind !== 'person') {
      throw new AppError(c.get('authProblem') ?? 'unauthenticated');
    }
    if (actor.via === 'token') {
      if (!access.scope) throw new AppError('insufficient_scope', 'this route takes a browser session, not an API token');
      if (actor.scopes !== 'all' && !actor.scopes.has(access.scope)) {
        throw new AppError('insufficient_scope', `the token lacks the scope ${access.scope}`);
      }
    }
    if (access.auth === 'operator' && actor.platformRole !== 'operator' && actor.platformRole !== 'admin') {
      throw new AppError('forbidden', 'platform operators only');
    }
    if (access.auth === 'admin' && actor.platformRole !== 'admin') {
      throw new AppError('forbidden', 'platform admins only');
    }
    return next();
  };
}

type RouteInput = Omit<RouteConfig, 'middleware' | 'security'>;

/** Defines a route with its access rule; adds the standard error responses and security. */
export function defineRoute<R extends RouteInput>(access: Access, config: R) {
  const errors: RouteConfig['responses'] = {
    400: problem('Invalid request (validation_failed, malformed_body, …)'),
    413: problem('Body too large'),
    429: problem('Too many requests'),
  };
  if (access.auth !== 'public') {
    errors[401] = problem('Not signed in, session expired or token invalid');
    errors[403] = problem('Role or token scope does not allow this, or CSRF token missing');
  }
  if (config.request?.params || access.org) errors[404] = problem('Not found or not visible to the caller');
  const route = createRoute({
    ...config,
    responses: { ...errors, ...config.responses },
    security: access.auth === 'public' ? [] : access.scope ? [{ session: [] }, { token: [access.scope] }] : [{ session: [] }],
    middleware: [requireAccess(access)],
    'x-access': access,
  } as R & { middleware: MiddlewareHandler<AppEnv>[] });
  return route;
}

/** A JSON request body that must be present and match `schema` (unknown fields rejected). */
/** defineRoute with the route's OpenAPI tag: the desks' route files declare many routes per tag. */
export function taggedRoute<R extends RouteInput>(access: Access, tag: string, config: R) {
  return defineRoute(access, { ...config, tags: [tag] });
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } } as const;
}

/** A JSON 2xx response. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}

/** Creates a router whose validation failures answer problem+json with every field listed. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => ({
          path: i.path.map(String).join('.') || '(root)',
          message: i.message,
        }));
        throw new AppError('validation_failed', `${result.target} is not valid`, undefined, issues);
      }
      return undefined;
    },
  });
}

/** Registers the security schemes every route refers to. */
export function registerSecurity(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'pj_session',
    description: 'Browser session; writes also need the X-CSRF-Token header',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'token', {
    type: 'http',
    scheme: 'bearer',
    description: `API token (pjt_…). Scopes: ${TOKEN_SCOPES.join(', ')}`,
  });
}
