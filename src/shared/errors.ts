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
  /** The same idempotency key came with another body (or for another transfer). */
  idempotency_conflict: 409,
  /** A write with this idempotency key is still in progress; retry shortly. */
  idempotency_in_progress: 409,
  /** A transfer names an account that does not exist. */
  account_not_found: 404,
  /** A transfer's debit and credit account are the same. */
  accounts_must_differ: 400,
  /** A transfer's accounts are on different currency ledgers, or not on the one it names. */
  ledger_mismatch: 409,
  /** A transfer names a closed account. */
  account_closed: 409,
  /** The debit would take an account whose debits must not exceed its credits past its credits: not enough money. */
  exceeds_credits: 409,
  /** The credit would take an account whose credits must not exceed its debits past its debits. */
  exceeds_debits: 409,
  /** A balance would pass 2^53 fen. */
  amount_overflow: 409,
  /** A post or void names no pending transfer. */
  pending_not_found: 404,
  /** The pending transfer was already posted, voided or expired. */
  pending_already_resolved: 409,
  /** The pending transfer passed its timeout: it can no longer be posted or voided. */
  pending_expired: 409,
  /** A post asks for more than the pending transfer reserved. */
  exceeds_pending_amount: 409,
  /** A post or void names other accounts or another ledger than its pending transfer. */
  pending_mismatch: 409,
  /** Another transfer of the same linked chain failed, so this one did not happen. */
  linked_event_failed: 409,
  /** The last transfer of a batch is marked linked: the chain has no end. */
  linked_chain_open: 400,
  /** The program's budget cannot cover the grant. */
  program_budget_exceeded: 409,
  /** The program is not active now (draft, closed, or outside its validity). */
  program_not_active: 409,
  /** The company's kind of organization is not eligible for the program. */
  org_not_eligible: 409,
  /** The provider or the order's service category is not eligible for the program. */
  provider_not_eligible: 409,
  /** The provider is not admitted (applied, suspended or rejected). */
  provider_not_admitted: 409,
  /** The provider is related to the buyer (shared controller or declared relation): no subsidy. */
  provider_related_to_buyer: 409,
  /** The contract already earned a subsidy (in this or another program). */
  contract_already_subsidized: 409,
  /** The voucher's balance cannot cover the program's share of the order. */
  voucher_insufficient: 409,
  /** The voucher has expired or was closed. */
  voucher_not_active: 409,
  /** The order would take the company past the program's cap for the year. */
  yearly_cap_exceeded: 409,
  /** The company's own account cannot cover its share of the order. */
  insufficient_funds: 409,
  /** The provider claimed an order whose delivery the company has not accepted. */
  delivery_not_accepted: 409,
  /** The object is not in a state that allows this step (e.g. accepting an order not delivered). */
  invalid_state: 409,
  /** The approval must be decided by another operator than the one who asked for it. */
  same_approver: 403,
  /** The call does not take applications now (not yet open, closed or archived). */
  call_not_open: 409,
  /** The call's deadline (to the second, in the call's time zone) has passed. */
  deadline_passed: 409,
  /** The applicant or their organization is not eligible for the call. */
  not_eligible: 403,
  /** A submission lacks required answers, requests or the safety declaration (details.missing lists them). */
  application_incomplete: 400,
  /** Co-applicants have not all answered their invitation yet. */
  members_pending: 409,
  /** A draft was saved from an older revision than the one stored (someone saved in between). */
  stale_revision: 409,
  /** An attachment is larger than the limit. */
  file_too_large: 413,
  /** An attachment is not a PDF. */
  file_type_not_allowed: 415,
  /** The reviewer has a conflict of interest with the application and may not see its scores or score it. */
  conflict_of_interest: 403,
  /** Awarded shifts are not a multiple of the cycle's award unit. */
  award_not_multiple: 400,
  /** The shifts awarded on a station would exceed its user-operation shifts in the cycle. */
  capacity_exceeded: 409,
  /** A pinned, moved or swapped block would break a hard rule of the schedule (details.violations lists them). */
  pin_infeasible: 409,
  /** The schedule breaks a hard rule and cannot be published (details.violations lists them). */
  schedule_invalid: 409,
  /** The experiment cannot start before its safety approval. */
  safety_not_approved: 409,
  /** The same outcome (DOI or patent number) is already recorded for the proposal. */
  already_recorded: 409,
  /** No cluster of the pool could ever run the job (GPU model or class not offered, more GPUs, CPUs or memory than any cluster has, or a container image where no engine runs one). */
  no_matching_cluster: 409,
  /** The project has no active allocation for the GPU class the job asks for. */
  no_allocation: 409,
  /** The cluster's engine cannot be reached or refused the request. */
  cluster_unreachable: 503,
  /** No execution adapter exists for the cluster engine asked for (Kubernetes for now). */
  engine_not_supported: 400,
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
