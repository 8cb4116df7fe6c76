// The one place that talks HTTP: the typed client of src/shared/api-client.ts (openapi-fetch over
// the types generated from openapi.json) with the session's CSRF token, and `call`, which turns
// every answer into data or a thrown error the screens know how to show.
import { ApiError, createApiClient, unwrap } from '../../shared/api-client.ts';
import { ERROR_CODES, type ErrorCode } from '../../shared/errors.ts';

export { ApiError };

/** The API could not be reached at all (offline, server down, connection reset). */
export class NetworkError extends Error {
  constructor(message?: string) {
    super(message ?? 'network error');
    this.name = 'NetworkError';
  }
}

// The session's CSRF token, kept in memory only: it comes with every session answer.
let csrfToken: string | null = null;

/** Remembers the CSRF token of the current session (null after sign-out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The typed client; every call of the web app goes through it (and through `call`). */
export const client = createApiClient({ baseUrl: '/api', csrfToken: () => csrfToken ?? undefined });

// What the shared ApiError does not carry: how long to wait (429, 503) and whether the answer was a
// problem document at all (a proxy's HTML error page is not, and must not read as "internal error").
interface Extra {
  retryAfterSeconds?: number;
  coded: boolean;
}
const extras = new WeakMap<ApiError, Extra>();

/** Seconds to wait before trying again, from the problem's details or the Retry-After header. */
export function retryAfterSeconds(e: unknown): number | undefined {
  return e instanceof ApiError ? extras.get(e)?.retryAfterSeconds : undefined;
}

/** The stable code of an API error; null when it is not one, or the answer was not problem+json. */
export function errorCode(e: unknown): ErrorCode | null {
  if (!(e instanceof ApiError)) return null;
  if (extras.get(e)?.coded === false) return null;
  return e.problem.code;
}

/** True when `e` is an API error (with the given code, when one is given). */
export function isApiError(e: unknown, code?: ErrorCode): e is ApiError {
  return e instanceof ApiError && (code === undefined || errorCode(e) === code);
}

type Listener = (e: ApiError) => void;
const unauthenticatedListeners = new Set<Listener>();

/** Calls `fn` whenever a request answers 401 because the session is gone; returns the unsubscribe. */
export function onUnauthenticated(fn: Listener): () => void {
  unauthenticatedListeners.add(fn);
  return () => unauthenticatedListeners.delete(fn);
}

function isErrorCode(v: unknown): v is ErrorCode {
  return typeof v === 'string' && Object.hasOwn(ERROR_CODES, v);
}

function positive(v: unknown): number | undefined {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}

function isAbort(e: unknown): boolean {
  return (e instanceof DOMException || e instanceof Error) && e.name === 'AbortError';
}

export interface CallOptions {
  /** Do not tell the session listeners about a 401 (the session probe and sign-in itself). */
  quiet401?: boolean;
}

/**
 * Awaits one openapi-fetch call: its data, or a thrown ApiError (through the shared `unwrap`),
 * NetworkError when the server was not reached, or the AbortError of a cancelled request.
 */
export async function call<T>(p: Promise<{ data?: T; error?: unknown; response: Response }>, opts: CallOptions = {}): Promise<T> {
  let r: { data?: T; error?: unknown; response: Response };
  try {
    r = await p;
  } catch (e) {
    if (isAbort(e)) throw e;
    throw new NetworkError(e instanceof Error ? e.message : undefined);
  }
  try {
    return await unwrap(Promise.resolve(r));
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    const raw = (typeof r.error === 'object' && r.error !== null ? r.error : {}) as { code?: unknown; details?: { retryAfterSeconds?: unknown } };
    const extra: Extra = { coded: isErrorCode(raw.code) };
    const wait = positive(raw.details?.retryAfterSeconds) ?? positive(r.response.headers.get('retry-after'));
    if (wait !== undefined) extra.retryAfterSeconds = wait;
    extras.set(e, extra);
    const code = errorCode(e);
    if (r.response.status === 401 && !opts.quiet401 && (code === 'unauthenticated' || code === 'session_expired')) {
      for (const fn of unauthenticatedListeners) fn(e);
    }
    throw e;
  }
}
