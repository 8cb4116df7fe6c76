// One function per API route the web app uses, each a typed call of the generated contract: a path,
// parameter or body that does not match openapi.json does not compile. Screens import from here.
import { ApiError, call, client, setCsrfToken } from './client.ts';
import type {
  AdminPersonInput,
  AuditQuery,
  InvitationInput,
  JobQuery,
  Member,
  OrgInput,
  OrgPatch,
  OrgQuery,
  OutboxQuery,
  PageParams,
  PasswordInput,
  PeopleQuery,
  ProfileInput,
  Session,
  SignInInput,
  SignUpInput,
  TeamInput,
  TeamPatch,
  TokenInput,
} from './types.ts';

type Signal = AbortSignal | undefined;

export const health = (signal?: Signal) => call(client.GET('/health', { signal }));

// --- the center and its facilities
export const center = (signal?: Signal) => call(client.GET('/center', { signal }));
export const facility = (facilityId: string, signal?: Signal) => call(client.GET('/facilities/{facilityId}', { params: { path: { facilityId } }, signal }));

// --- auth: every answer that carries a session also carries its CSRF token

function keep(s: Session): Session {
  setCsrfToken(s.csrfToken);
  return s;
}

/** The current session, or null when signed out. */
export async function session(): Promise<Session | null> {
  try {
    return keep(await call(client.GET('/auth/session'), { quiet401: true }));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}
export const signUp = async (body: SignUpInput) => keep(await call(client.POST('/auth/signup', { body })));
export const signIn = async (body: SignInInput) => keep(await call(client.POST('/auth/signin', { body }), { quiet401: true }));
export async function signOut(): Promise<void> {
  await call(client.POST('/auth/signout'));
  setCsrfToken(null);
}
export const oidcProviders = (signal?: Signal) => call(client.GET('/auth/oidc/providers', { signal }));
/** Where the browser goes to start an OIDC sign-in (a full page navigation, not fetch). */
export const oidcStartUrl = (provider: string, returnTo: string) =>
  `/api/auth/oidc/${encodeURIComponent(provider)}/start?${new URLSearchParams({ returnTo }).toString()}`;

// --- me
export const updateMe = (body: ProfileInput) => call(client.PATCH('/me', { body }));
export const changePassword = (body: PasswordInput) => call(client.POST('/me/password', { body }));
export const tokens = (signal?: Signal) => call(client.GET('/me/tokens', { signal }));
export const createToken = (body: TokenInput) => call(client.POST('/me/tokens', { body }));
export const revokeToken = (tokenId: string) => call(client.DELETE('/me/tokens/{tokenId}', { params: { path: { tokenId } } }));

// --- organizations
export const orgs = (query: OrgQuery, signal?: Signal) => call(client.GET('/orgs', { params: { query }, signal }));
export const createOrg = (body: OrgInput) => call(client.POST('/orgs', { body }));
export const org = (orgId: string, signal?: Signal) => call(client.GET('/orgs/{orgId}', { params: { path: { orgId } }, signal }));
export const updateOrg = (orgId: string, body: OrgPatch) => call(client.PATCH('/orgs/{orgId}', { params: { path: { orgId } }, body }));
export const members = (orgId: string, query: PageParams, signal?: Signal) =>
  call(client.GET('/orgs/{orgId}/members', { params: { path: { orgId }, query }, signal }));
export const setMemberRole = (orgId: string, personId: string, role: Member['role']) =>
  call(client.PATCH('/orgs/{orgId}/members/{personId}', { params: { path: { orgId, personId } }, body: { role } }));
export const removeMember = (orgId: string, personId: string) =>
  call(client.DELETE('/orgs/{orgId}/members/{personId}', { params: { path: { orgId, personId } } }));
export const invitations = (orgId: string, query: PageParams, signal?: Signal) =>
  call(client.GET('/orgs/{orgId}/invitations', { params: { path: { orgId }, query }, signal }));
export const invite = (orgId: string, body: InvitationInput) => call(client.POST('/orgs/{orgId}/invitations', { params: { path: { orgId } }, body }));
export const revokeInvitation = (orgId: string, invitationId: string) =>
  call(client.DELETE('/orgs/{orgId}/invitations/{invitationId}', { params: { path: { orgId, invitationId } } }));
export const invitationPreview = (token: string, signal?: Signal) => call(client.GET('/invitations/{token}', { params: { path: { token } }, signal }));
export const acceptInvitation = (token: string) => call(client.POST('/invitations/{token}/accept', { params: { path: { token } } }));

// --- teams
export const teams = (orgId: string, query: PageParams, signal?: Signal) =>
  call(client.GET('/orgs/{orgId}/teams', { params: { path: { orgId }, query }, signal }));
export const createTeam = (orgId: string, body: TeamInput) => call(client.POST('/orgs/{orgId}/teams', { params: { path: { orgId } }, body }));
export const team = (teamId: string, signal?: Signal) => call(client.GET('/teams/{teamId}', { params: { path: { teamId } }, signal }));
export const updateTeam = (teamId: string, body: TeamPatch) => call(client.PATCH('/teams/{teamId}', { params: { path: { teamId } }, body }));
export const deleteTeam = (teamId: string) => call(client.DELETE('/teams/{teamId}', { params: { path: { teamId } } }));
export const teamMembers = (teamId: string, query: PageParams, signal?: Signal) =>
  call(client.GET('/teams/{teamId}/members', { params: { path: { teamId }, query }, signal }));
export const addTeamMember = (teamId: string, personId: string) =>
  call(client.POST('/teams/{teamId}/members', { params: { path: { teamId } }, body: { personId } }));
export const removeTeamMember = (teamId: string, personId: string) =>
  call(client.DELETE('/teams/{teamId}/members/{personId}', { params: { path: { teamId, personId } } }));

// --- operators
export const adminPeople = (query: PeopleQuery, signal?: Signal) => call(client.GET('/admin/people', { params: { query }, signal }));
export const updatePerson = (personId: string, body: AdminPersonInput) =>
  call(client.PATCH('/admin/people/{personId}', { params: { path: { personId } }, body }));
export const jobs = (query: JobQuery, signal?: Signal) => call(client.GET('/admin/jobs', { params: { query }, signal }));
export const retryJob = (jobId: string) => call(client.POST('/admin/jobs/{jobId}/retry', { params: { path: { jobId } } }));
export const audit = (query: AuditQuery, signal?: Signal) => call(client.GET('/audit', { params: { query }, signal }));
export const verifyAudit = (signal?: Signal) => call(client.GET('/audit/verify', { signal }));
export const outbox = (query: OutboxQuery, signal?: Signal) => call(client.GET('/outbox', { params: { query }, signal }));
