// The typed API client used by the web app and the CLI: openapi-fetch over the types generated
// from openapi.json (api-schema.ts), so a call that does not match the contract does not compile.
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from './api-schema.ts';
import type { Problem } from './errors.ts';

export type { paths, components };
export type Schemas = components['schemas'];
export type ApiClient = Client<paths>;

/** A problem+json answer, thrown by `unwrap`. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? problem.code);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export interface ClientOptions {
  /** e.g. `http://localhost:8080/api`; in the browser, `/api`. */
  baseUrl: string;
  /** An API token (CLI and other systems). */
  token?: string;
  /** The session's CSRF token (browser); sent on every write. */
  csrfToken?: () => string | undefined;
  fetch?: (input: Request) => Promise<Response>;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Creates a client; writes carry the CSRF token or the bearer token as configured. */
export function createApiClient(opts: ClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: opts.baseUrl,
    credentials: 'same-origin',
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  const auth: Middleware = {
    onRequest({ request }) {
      if (opts.token) request.headers.set('Authorization', `Bearer ${opts.token}`);
      const csrf = opts.csrfToken?.();
      if (csrf && WRITES.has(request.method)) request.headers.set('X-CSRF-Token', csrf);
      return request;
    },
  };
  client.use(auth);
  return client;
}

/** Returns `data` of an openapi-fetch result, or throws ApiError with the problem document. */
export async function unwrap<T>(p: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const r = await p;
  if (r.response.ok) return r.data as T;
  const e = r.error as Partial<Problem> | undefined;
  throw new ApiError(r.response.status, {
    type: e?.type ?? 'about:blank',
    title: e?.title ?? r.response.statusText,
    status: r.response.status,
    code: e?.code ?? 'internal',
    ...(e?.detail ? { detail: e.detail } : {}),
    ...(e?.requestId ? { requestId: e.requestId } : {}),
    ...(e?.errors ? { errors: e.errors } : {}),
    ...(e?.details ? { details: e.details } : {}),
  });
}
