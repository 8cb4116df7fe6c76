// The shapes the screens use: every API shape is the generated one (src/shared/api-schema.ts, from
// openapi.json), named here once; only the few UI-side types below are written by hand.
import type { components, paths } from '../../shared/api-client.ts';

type S = components['schemas'];

export type Session = S['Session'];
export type Person = S['Person'];
export type SessionMembership = S['MembershipSummary'];
export type SignUpInput = S['SignUp'];
export type SignInInput = S['SignIn'];
export type ProfileInput = S['ProfileUpdate'];
export type PasswordInput = S['PasswordChange'];
export type OidcProvider = S['OidcProvider'];
export type Token = S['Token'];
export type TokenInput = S['TokenCreate'];
export type CreatedToken = S['TokenCreated'];
export type AdminPersonInput = S['AdminPersonUpdate'];
export type Org = S['Org'];
export type OrgInput = S['OrgCreate'];
export type OrgPatch = S['OrgUpdate'];
export type Member = S['Member'];
export type Invitation = S['Invitation'];
export type InvitationInput = S['InvitationCreate'];
export type InvitationPreview = S['InvitationPreview'];
export type InvitationStatus = Invitation['status'];
export type Team = S['Team'];
export type TeamInput = S['TeamCreate'];
export type TeamPatch = S['TeamUpdate'];
export type TeamMember = S['TeamMember'];
export type Job = S['Job'];
export type JobStatus = Job['status'];
export type AuditEntry = S['AuditEntry'];
export type AuditVerification = S['AuditVerification'];
export type Mail = S['Mail'];
export type MailStatus = Mail['status'];
export type Center = S['Center'];
export type FacilitySummary = S['FacilitySummary'];
export type FacilityDetail = S['FacilityDetail'];
export type FacilityStatus = FacilitySummary['status'];
export type FacilityKind = FacilitySummary['kind'];
export type Instrument = S['Instrument'];
export type Station = S['Station'];

/** The query of a GET route, as the contract defines it. */
type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

export type OrgQuery = QueryOf<'/orgs'>;
export type AuditQuery = QueryOf<'/audit'>;
export type PeopleQuery = QueryOf<'/admin/people'>;
export type JobQuery = QueryOf<'/admin/jobs'>;
export type OutboxQuery = QueryOf<'/outbox'>;

// --- UI-side types

/** Any list answer of the API (keyset cursor paging); the generated *Page schemas all fit it. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
  totalCapped: boolean;
}

/** Where a paged list continues, and how much to fetch. */
export interface PageParams {
  cursor?: string;
  limit?: number;
}
