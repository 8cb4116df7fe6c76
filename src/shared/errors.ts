// Every error code the API can answer with, and when it is thrown. The server maps each to an
// HTTP status (src/server/http/errors.ts); the web app translates each for the user.

export const ERROR_CODES = {
  /** The request body, query or path did not match the route's schema. */
  validation_failed: 400,
  /** The body was not parseable JSON, or not the content type the route takes. */
  malformed_body: 400,
  /** The body came with a content type the route does not take (it takes application/json). */
  unsupported_media_type: 415,
  /** The body was larger than the configured limit. */
  body_too_large: 413,
  /** No valid session or token came with a request that needs one. */
  unauthenticated: 401,
  /** E-mail and password did not match an active account. */
  invalid_credentials: 401,
  /** The session reached its idle or absolute timeout, or was revoked. */
  session_expired: 401,
  /** The API token is unknown, expired or revoked. */
  invalid_token: 401,
  /** The caller is known but its role does not allow this. */
  forbidden: 403,
  /** The API token lacks the scope this route needs. */
  insufficient_scope: 403,
  /** A cookie-authenticated write came without the session's CSRF token. */
  csrf_failed: 403,
  /** The account is disabled. */
  account_disabled: 403,
  /** The object does not exist, or the caller may not know that it exists. */
  not_found: 404,
  /** The route does not exist. */
  route_not_found: 404,
  /** The method is not allowed on this route. */
  method_not_allowed: 405,
  /** An account with this e-mail already exists. */
  email_taken: 409,
  /** The person is already a member of the organization (invitation, accept) or of the team. */
  already_member: 409,
  /** A person added to a team is not a member of the team's organization. */
  not_org_member: 409,
  /** A team of that name already exists in the organization. */
  name_taken: 409,
  /** The change would leave an organization without an owner. */
  last_owner: 409,
  /** The invitation was accepted, revoked or has expired. */
  invitation_closed: 410,
  /** The invitation was sent to another e-mail address than the caller's. */
  invitation_email_mismatch: 403,
  /** The person's current password did not match. */
  wrong_password: 400,
  /** The password is too short, too long or too common. */
  weak_password: 400,
  /** Too many failed sign-ins for this account or address; retry later. */
  too_many_attempts: 429,
  /** The OIDC provider is not configured. */
  oidc_unknown_provider: 404,
  /** The OIDC flow failed: bad state, bad code, or the provider refused. */
  oidc_failed: 400,
  /** The database or another engine is not reachable right now. */
  unavailable: 503,
  /** A bug: something the caller could not cause. Logged with the request id. */
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The RFC 9457 problem document every error response carries. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  requestId?: string;
  errors?: { path: string; message: string }[];
  /** Machine-readable extras of some codes, e.g. `retryAfterSeconds` of too_many_attempts. */
  details?: Record<string, unknown>;
}
