// Request id, client address, authentication, CSRF and the error handler.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Logger } from '../log.ts';
import { ANONYMOUS, type AppEnv, type PersonActor } from './context.ts';
import { AppError, fromDatabaseError, statusOf, toProblem, type ErrorCode } from './errors.ts';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Gives every request an id (the caller's X-Request-Id when well-formed) and a child logger. */
export function requestContext(log: Logger, trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const given = c.req.header('x-request-id');
    const id = given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
    c.set('requestId', id);
    c.set('log', log.child({ reqId: id }));
    c.set('actor', ANONYMOUS);
    c.set('ip', clientIp(c, trustProxy));
    c.header('X-Request-Id', id);
    const started = performance.now();
    await next();
    c.get('log').info({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  };
}

function clientIp(c: Context<AppEnv>, trustProxy: boolean): string | null {
  if (trustProxy) {
    const fwd = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (fwd) return fwd.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // not served by node-server (tests call app.request directly)
  }
}

export interface Authenticators {
  session(token: string): Promise<{ actor: PersonActor; csrfToken: string } | { problem: 'session_expired' }>;
  token(raw: string): Promise<PersonActor>;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the caller from a bearer token or the session cookie. A cookie-authenticated write
 * must carry the session's CSRF token in X-CSRF-Token; any write that a browser marks as
 * cross-site (Sec-Fetch-Site) or from a foreign Origin is refused, which also stops login CSRF.
 */
export function authenticate(auth: Authenticators, cookieName: string, publicOrigin: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const method = c.req.method;
    if (!SAFE.has(method)) {
      const site = c.req.header('sec-fetch-site');
      const origin = c.req.header('origin');
      const selfOrigin = new URL(c.req.url).origin;
      if (site === 'cross-site' || (origin && origin !== 'null' && origin !== selfOrigin && origin !== publicOrigin)) {
        throw new AppError('csrf_failed', 'cross-site request refused');
      }
    }
    const authz = c.req.header('authorization');
    if (authz !== undefined) {
      const m = /^Bearer\s+(\S{1,200})$/i.exec(authz);
      if (!m) throw new AppError('invalid_token', 'Authorization must be "Bearer <token>"');
      c.set('actor', await auth.token(m[1]!));
      return next();
    }
    const cookie = getCookie(c, cookieName);
    if (cookie) {
      const r = await auth.session(cookie);
      if ('problem' in r) {
        c.set('authProblem', r.problem);
      } else {
        // A write carried by the cookie alone is not the person's: requireAccess refuses it on
        // routes that need sign-in, and public routes (sign-in itself) treat it as anonymous.
        c.set('csrfOk', SAFE.has(method) || c.req.header('x-csrf-token') === r.csrfToken);
        c.set('actor', r.actor);
        c.set('csrfToken', r.csrfToken);
      }
    }
    return next();
  };
}

// Hono's own errors (body parsing, routing) in our vocabulary.
const HTTP_CODES: Record<number, [ErrorCode, string?]> = {
  400: ['malformed_body', 'the request body is not valid JSON'],
  401: ['unauthenticated'],
  404: ['route_not_found'],
  405: ['method_not_allowed'],
  413: ['body_too_large', 'the request body is too large'],
  415: ['unsupported_media_type', 'send the body as application/json'],
};

function fromHttpException(err: HTTPException): AppError {
  const known = HTTP_CODES[err.status];
  if (known) return new AppError(known[0], known[1]);
  return err.status >= 400 && err.status < 500 ? new AppError('validation_failed', err.message.slice(0, 200)) : new AppError('internal');
}

/** Turns every error into problem+json; a 5xx body never carries a stack or an internal message. */
export function onError(err: Error, c: Context<AppEnv>): Response {
  const requestId = c.get('requestId');
  const log = c.get('log');
  let app: AppError;
  if (err instanceof AppError) {
    app = err;
  } else if (err instanceof HTTPException) {
    app = fromHttpException(err);
  } else {
    app = fromDatabaseError(err) ?? new AppError('internal');
  }
  const status = statusOf(app.code);
  if (status >= 500) log?.error({ err: { message: err.message, stack: err.stack, code: (err as { code?: unknown }).code } }, 'request failed');
  const problem = toProblem(app.code === 'internal' ? new AppError('internal') : app, requestId);
  if (app.code === 'too_many_attempts' && typeof app.details?.retryAfterSeconds === 'number') {
    c.header('Retry-After', String(app.details.retryAfterSeconds));
  }
  return c.body(JSON.stringify(problem), status as 400, { 'Content-Type': 'application/problem+json' });
}
