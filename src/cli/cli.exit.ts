// Exit codes of `pujiang`, which scripts may rely on, and how errors map to them.
import { ConfigError } from '../server/config.ts';
import { AppError, fromDatabaseError, type ErrorCode } from '../server/http/errors.ts';

/** Exit codes (docs/cli.md lists them; 78 is sysexits' EX_CONFIG). */
export const EXIT = {
  ok: 0,
  /** The command failed, or the check it ran failed (audit verify). */
  failed: 1,
  /** The command line is wrong: unknown command or option, missing or invalid value. */
  usage: 2,
  /** What the command names does not exist (no person with that e-mail). */
  notFound: 3,
  /** The change conflicts with what is there (e-mail taken, database already seeded). */
  conflict: 4,
  /** The environment is not a valid configuration. */
  config: 78,
} as const;

/** An error the CLI reports with a message and exits with `exitCode`. */
export class CliError extends Error {
  readonly exitCode: number;
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;
  constructor(exitCode: number, code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.exitCode = exitCode;
    this.code = code;
    this.details = details;
  }
}

const CONFLICTS: ReadonlySet<ErrorCode> = new Set(['email_taken', 'name_taken', 'already_member', 'last_owner']);
const USAGE: ReadonlySet<ErrorCode> = new Set(['validation_failed', 'weak_password']);

/** Turns anything thrown by a command into the error the CLI reports. */
export function toCliError(err: unknown): CliError {
  if (err instanceof CliError) return err;
  if (err instanceof ConfigError) return new CliError(EXIT.config, 'bad_configuration', err.message, { problems: err.problems });
  const app = err instanceof AppError ? err : fromDatabaseError(err);
  if (app) {
    const exitCode = app.code === 'not_found' ? EXIT.notFound : CONFLICTS.has(app.code) ? EXIT.conflict : USAGE.has(app.code) ? EXIT.usage : EXIT.failed;
    return new CliError(exitCode, app.code, app.message);
  }
  const e = err as { message?: unknown; code?: unknown };
  // a refused or unknown database host is a failure to run, not a bug of ours
  return new CliError(EXIT.failed, typeof e?.code === 'string' ? e.code.toLowerCase() : 'failed', typeof e?.message === 'string' ? e.message : String(err));
}
