// One error type for the whole server, and the one map from it to RFC 9457 problem+json.
import { ERROR_CODES, type ErrorCode, type Problem } from '../../shared/errors.ts';

export { ERROR_CODES, type ErrorCode, type Problem };

/** The only error services throw on purpose. `code` is stable and listed in shared/errors.ts. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;
  readonly fieldErrors: { path: string; message: string }[] | undefined;
  constructor(
    code: ErrorCode,
    message?: string,
    details?: Record<string, unknown>,
    fieldErrors?: { path: string; message: string }[],
  ) {
    super(message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
    this.fieldErrors = fieldErrors;
  }
}

/** HTTP status for an error code. */
export function statusOf(code: ErrorCode): number {
  return ERROR_CODES[code];
}

const TITLES: Partial<Record<ErrorCode, string>> = {
  validation_failed: 'The request is not valid',
  unauthenticated: 'Sign-in required',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  internal: 'Internal error',
};

function sentence(code: string): string {
  const s = code.replaceAll('_', ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Builds the problem document for an AppError; never includes a stack trace. */
export function toProblem(err: AppError, requestId: string | undefined): Problem {
  const status = statusOf(err.code);
  const problem: Problem = {
    type: `https://pujiang.dev/problems/${err.code}`,
    title: TITLES[err.code] ?? sentence(err.code),
    status,
    code: err.code,
  };
  if (err.message && err.message !== err.code) problem.detail = err.message;
  if (requestId) problem.requestId = requestId;
  if (err.fieldErrors?.length) problem.errors = err.fieldErrors;
  if (err.details) problem.details = err.details;
  return problem;
}

/** Postgres error codes a user can cause, mapped to ours (e.g. a unique violation raced past a check). */
export function fromDatabaseError(err: unknown): AppError | undefined {
  const code = (err as { code?: unknown } | null)?.code ?? (err as { cause?: { code?: unknown } } | null)?.cause?.code;
  if (code === '23505') return new AppError('name_taken', 'a record with these values already exists');
  if (code === '22001') return new AppError('validation_failed', 'a value is too long');
  // A foreign key: an id in the request names nothing (insert/update), or a row is still referenced (delete).
  if (code === '23503') {
    const detail = String((err as { detail?: unknown }).detail ?? (err as { cause?: { detail?: unknown } }).cause?.detail ?? '');
    return /still referenced/.test(detail) ? new AppError('invalid_state', 'the record is still referenced') : new AppError('not_found', 'a record the request refers to does not exist');
  }
  // malformed numbers or dates that got past validation
  if (code === '22P02' || code === '22007' || code === '22008' || code === '22003') return new AppError('validation_failed', 'a value is malformed');
  // A NUL character (or another the encoding cannot hold) in a path, query or body value.
  if (code === '22021' || code === '22P05') return new AppError('validation_failed', 'a value contains a character that cannot be stored');
  if (code === '57P01' || code === '57P03' || code === 'ECONNREFUSED') return new AppError('unavailable', 'the database is not reachable');
  return undefined;
}
