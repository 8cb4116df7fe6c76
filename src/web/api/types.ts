// Request and response shapes of the API, written from docs/api-outline.md and the server's route
// schemas. When src/shared/api-schema.ts is generated from openapi.json, these become aliases of it.
import type { Desk, Locale, OrgKind, OrgRole, PlatformRole, TokenScope } from '../../shared/enums.ts';
import type { ErrorCode } from '../../shared/errors.ts';

/** Every list answer: keyset cursor paging; `total` stops counting at a cap (`totalCapped`). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
  totalCapped: boolean;
}

export interface PageParams {
  cursor?: string;
  limit?: number;
}

export interface Health {
  status: string;
  driver: string;
  version: string;
}

export type FacilityStatus = 'operating' | 'under_construction' | 'planned';
export type FacilityKind = 'synchrotron' | 'xfel' | 'imaging' | 'protein_science' | 'proton_therapy' | 'other';

/** A facility as the center lists it. */
export interface FacilitySummary {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  kind: FacilityKind;
  status: FacilityStatus;
  description: string | null;
  descriptionEn: string | null;
  /** Published figures, e.g. { usersServed: 47000, institutes: 800 }. */
  figures: Record<string, number>;
  instrumentCount: number;
  stationCount: number;
}

export interface Station {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  techniques: string[];
  shiftHours: number;
}

export interface Instrument {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  stations: Station[];
}

export interface FacilityDetail extends FacilitySummary {
  operatorOrgId: string | null;
  instruments: Instrument[];
}

export interface OrgKindCount {
  kind: OrgKind;
  count: number;
}

/** GET /center, normalized by api/endpoints.ts. */
export interface Center {
  facilities: FacilitySummary[];
  orgCounts: OrgKindCount[];
  people: number;
  teams: number;
  desks: Desk[];
}

export interface Person {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  platformRole: PlatformRole | null;
  disabled: boolean;
  createdAt: string;
}

export interface SessionMembership {
  orgId: string;
  orgName: string;
  orgNameEn?: string | null;
  orgKind: OrgKind;
  role: OrgRole;
}

export interface Session {
  person: Person;
  csrfToken: string;
  memberships: SessionMembership[];
}

export interface SignUpInput {
  email: string;
  name: string;
  password: string;
  locale: Locale;
}

export interface SignInInput {
  email: string;
  password: string;
}

export interface OidcProvider {
  id: string;
  name: string;
}

export interface ProfileInput {
  name?: string;
  locale?: Locale;
}

export interface PasswordInput {
  currentPassword: string;
  newPassword: string;
}

export interface Token {
  id: string;
  name: string;
  scopes: TokenScope[];
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface TokenInput {
  name: string;
  scopes: TokenScope[];
  expiresInDays: number;
}

export interface CreatedToken {
  token: Token;
  /** `pjt_<id>.<secret>`: shown once, never again. */
  secret: string;
}

export interface Org {
  id: string;
  name: string;
  nameEn: string | null;
  kind: OrgKind;
  city: string | null;
  description: string | null;
  createdAt: string;
  memberCount: number;
  /** The caller's role, null when not a member or signed out. */
  myRole: OrgRole | null;
}

export interface OrgInput {
  name: string;
  nameEn?: string;
  kind: OrgKind;
  city?: string;
  description?: string;
}

/** PATCH /orgs/{id}: null clears an optional field. */
export interface OrgPatch {
  name?: string;
  nameEn?: string | null;
  kind?: OrgKind;
  city?: string | null;
  description?: string | null;
}

export interface OrgQuery extends PageParams {
  q?: string;
  kind?: OrgKind;
}

export interface Member {
  personId: string;
  name: string;
  email: string;
  role: OrgRole;
  joinedAt: string;
}

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface Invitation {
  id: string;
  email: string;
  role: OrgRole;
  /** Person id of the inviter. */
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  status: InvitationStatus;
}

export interface InvitationInput {
  email: string;
  role: OrgRole;
}

export interface InvitationPreview {
  orgId: string;
  orgName: string;
  role: OrgRole;
  /** The invited address, masked by the server (l***@example.cn). */
  email: string;
  status: InvitationStatus;
}

export interface Team {
  id: string;
  orgId: string;
  name: string;
  description: string | null;
  memberCount: number;
  createdAt: string;
}

export interface TeamInput {
  name: string;
  description?: string;
}

/** PATCH /teams/{id}: null clears the description. */
export interface TeamPatch {
  name?: string;
  description?: string | null;
}

export interface TeamMember {
  personId: string;
  name: string;
  email: string;
  addedAt: string;
}

export interface AdminPersonInput {
  disabled?: boolean;
  platformRole?: PlatformRole | null;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'dead';

export interface Job {
  id: string;
  kind: string;
  payload?: unknown;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  runAt: string;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface AuditEntry {
  seq: number;
  id: string;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  objectType: string;
  objectId: string | null;
  orgId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
  hash: string;
}

export interface AuditQuery extends PageParams {
  actorId?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  orgId?: string;
  /** ISO 8601 instants with offset. */
  from?: string;
  to?: string;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  lastSeq: number;
  firstBadSeq: number | null;
  reason: string | null;
}

export type MailStatus = 'pending' | 'sent' | 'held' | 'failed';

export interface Mail {
  id: string;
  to: string;
  subject: string;
  body: string;
  status: MailStatus;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface FieldError {
  path: string;
  message: string;
}

export type { ErrorCode };
