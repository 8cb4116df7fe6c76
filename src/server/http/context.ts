// What every request carries from the middleware to the routes and services.
import type { Logger } from '../log.ts';
import type { PlatformRole, TokenScope } from '../../shared/enums.ts';

/** Who is calling: nobody, or a person through a browser session or an API token. */
export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'person';
      personId: string;
      email: string;
      name: string;
      platformRole: PlatformRole | null;
      via: 'session' | 'token';
      sessionId?: string;
      tokenId?: string;
      /** 'all' for sessions; the token's scopes otherwise. */
      scopes: 'all' | ReadonlySet<TokenScope>;
    };

export type PersonActor = Extract<Actor, { kind: 'person' }>;

export const ANONYMOUS: Actor = Object.freeze({ kind: 'anonymous' });

/** The caller's context handed to services: who, and where from, for access checks and audit. */
export interface RequestCtx {
  actor: Actor;
  requestId: string | null;
  ip: string | null;
  /** Who acted when no person did: 'seed', 'cli', 'jobs'. */
  label?: string;
}

/** Hono's environment for every route of the app. */
export type AppEnv = {
  Variables: {
    requestId: string;
    log: Logger;
    actor: Actor;
    ip: string | null;
    /** Set when a session cookie came but is expired or revoked. */
    authProblem?: 'session_expired';
    csrfToken?: string;
    /** False for a cookie-authenticated write without the session's CSRF token. */
    csrfOk?: boolean;
  };
};

/** A request context for work that no person started (seed, jobs, CLI). */
export function systemCtx(label = 'system'): RequestCtx {
  return { actor: ANONYMOUS, requestId: `${label}-${Date.now().toString(36)}`, ip: null, label };
}

/** The person id or system label that did a write. */
export function actorLabel(ctx: RequestCtx): string {
  return ctx.actor.kind === 'person' ? ctx.actor.personId : (ctx.label ?? 'system');
}
