// The one place that talks HTTP: same-origin cookies, the CSRF header on writes, and problem+json
// turned into a thrown ApiError. Every API call of the web app goes through `request`.
import { ERROR_CODES, type ErrorCode } from '../../shared/errors.ts';
import type { FieldError } from './types.ts';

/** An error answer of the API (or a failure to reach it: status 0, code null). */
export class ApiError extends Error {
  readonly status: number;
  /** The stable code from src/shared/errors.ts; null when the answer was not problem+json. */
  readonly code: ErrorCode | null;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  readonly requestId: string | undefined;
  /** Seconds to wait before trying again, from Retry-After (429, 503). */
  retryAfter: number | undefined;
  constructor(status: number, code: ErrorCode | null, detail?: string, errors?: FieldError[], requestId?: string) {
    super(detail ?? code ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.errors = errors ?? [];
    this.requestId = requestId;
  }
}

/** True when `e` is an ApiError with the given code. */
export function isApiError(e: unknown, code?: ErrorCode): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}

const BASE = '/api';
const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

// The session's CSRF token, kept in memory only: it comes with every session answer.
let csrfToken: string | null = null;

/** Remembers the CSRF token of the current session (null after sign-out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Listener = (e: ApiError) => void;
const unauthenticatedListeners = new Set<Listener>();

/** Calls `fn` whenever a request answers 401 because the session is gone; returns the unsubscribe. */
export function onUnauthenticated(fn: Listener): () => void {
  unauthenticatedListeners.add(fn);
  return () => unauthenticatedListeners.delete(fn);
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Do not tell the session listeners about a 401 (the session probe and sign-in itself). */
  quiet401?: boolean;
}

/** Builds `/api/path?query`, leaving out empty values. */
export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return `${BASE}${path}${qs ? `?${qs}` : ''}`;
}

function isErrorCode(v: unknown): v is ErrorCode {
  return typeof v === 'string' && Object.hasOwn(ERROR_CODES, v);
}

async function toApiError(res: Response): Promise<ApiError> {
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const p = (await res.json()) as Record<string, unknown>;
      const errors = Array.isArray(p.errors) ? (p.errors as FieldError[]) : undefined;
      return new ApiError(
        res.status,
        isErrorCode(p.code) ? p.code : null,
        typeof p.detail === 'string' ? p.detail : undefined,
        errors,
        typeof p.requestId === 'string' ? p.requestId : (res.headers.get('x-request-id') ?? undefined),
      );
    } catch {
      // not JSON after all: fall through to a code-less error
    }
  }
  return new ApiError(res.status, null, undefined, undefined, res.headers.get('x-request-id') ?? undefined);
}

/** Sends one request to the API and returns the parsed JSON (undefined for 204). */
export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: string | undefined;
  if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (WRITES.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(apiUrl(path, opts.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, null, e instanceof Error ? e.message : undefined);
  }
  if (!res.ok) {
    const err = await toApiError(res);
    const retryAfter = Number(res.headers.get('retry-after'));
    if (Number.isFinite(retryAfter) && retryAfter > 0) err.retryAfter = retryAfter;
    if (res.status === 401 && !opts.quiet401 && (err.code === 'unauthenticated' || err.code === 'session_expired')) {
      for (const fn of unauthenticatedListeners) fn(err);
    }
    throw err;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const get = <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal });
export const post = <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} });
export const patch = <T>(path: string, body: unknown) => request<T>('PATCH', path, { body });
export const del = (path: string) => request<void>('DELETE', path);
