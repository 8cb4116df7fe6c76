// One function per API route the web app uses. Components import from here, never fetch directly,
// so that switching to a client generated from openapi.json touches only this folder.
import { DESKS, ORG_KINDS, type Desk, type OrgKind } from '../../shared/enums.ts';
import { apiUrl, del, get, patch, post, request, setCsrfToken } from './client.ts';
import type {
  AdminPersonInput,
  AuditEntry,
  AuditQuery,
  AuditVerification,
  Center,
  CreatedToken,
  FacilityDetail,
  FacilitySummary,
  Health,
  Invitation,
  InvitationInput,
  InvitationPreview,
  Job,
  JobStatus,
  Mail,
  Member,
  OidcProvider,
  Org,
  OrgInput,
  OrgKindCount,
  OrgPatch,
  OrgQuery,
  Page,
  PageParams,
  PasswordInput,
  Person,
  ProfileInput,
  Session,
  SignInInput,
  SignUpInput,
  Team,
  TeamInput,
  TeamPatch,
  TeamMember,
  Token,
  TokenInput,
} from './types.ts';

const enc = encodeURIComponent;

export const health = () => get<Health>('/health');

// The outline names the parts of /center but not every field; this accepts the shapes the server
// may reasonably pick (counts as a list or a map, totals as numbers or { total }) until
// openapi.json fixes one.
function normalizeCenter(raw: Record<string, unknown>): Center {
  const num = (v: unknown): number =>
    typeof v === 'number' ? v : typeof v === 'object' && v !== null && typeof (v as { total?: unknown }).total === 'number' ? (v as { total: number }).total : 0;
  const countsRaw = raw.orgCounts ?? raw.organizations ?? raw.orgsByKind ?? [];
  let orgCounts: OrgKindCount[] = [];
  const byKind = (countsRaw as { byKind?: unknown }).byKind ?? countsRaw;
  if (Array.isArray(byKind)) {
    orgCounts = byKind.filter((c): c is OrgKindCount => typeof c?.kind === 'string' && typeof c?.count === 'number');
  } else if (typeof byKind === 'object' && byKind !== null) {
    orgCounts = Object.entries(byKind as Record<string, unknown>)
      .filter(([, n]) => typeof n === 'number')
      .map(([kind, count]) => ({ kind: kind as OrgKind, count: count as number }));
  }
  orgCounts = orgCounts.filter((c) => (ORG_KINDS as readonly string[]).includes(c.kind));
  orgCounts.sort((a, b) => ORG_KINDS.indexOf(a.kind) - ORG_KINDS.indexOf(b.kind));
  const desksRaw = Array.isArray(raw.desks) ? (raw.desks as unknown[]) : [];
  const desks = desksRaw
    .map((d) => (typeof d === 'string' ? d : (d as { id?: string; desk?: string; name?: string })?.id ?? (d as { desk?: string })?.desk))
    .filter((d): d is Desk => typeof d === 'string' && (DESKS as readonly string[]).includes(d));
  const facilities = (Array.isArray(raw.facilities) ? raw.facilities : []) as FacilitySummary[];
  return {
    facilities: facilities.map((f) => ({ ...f, figures: f.figures ?? {}, instrumentCount: f.instrumentCount ?? 0, stationCount: f.stationCount ?? 0 })),
    orgCounts,
    people: num(raw.people),
    teams: num(raw.teams),
    desks,
  };
}

export const center = async (signal?: AbortSignal) => normalizeCenter(await get<Record<string, unknown>>('/center', undefined, signal));
export const facility = (id: string, signal?: AbortSignal) => get<FacilityDetail>(`/facilities/${enc(id)}`, undefined, signal);

// --- auth: every answer that carries a session also carries its CSRF token

function keep(s: Session): Session {
  setCsrfToken(s.csrfToken);
  return s;
}

/** The current session, or null when signed out. */
export async function session(): Promise<Session | null> {
  try {
    return keep(await request<Session>('GET', '/auth/session', { quiet401: true }));
  } catch (e) {
    if ((e as { status?: number }).status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}
export const signUp = async (input: SignUpInput) => keep(await post<Session>('/auth/signup', input));
export const signIn = async (input: SignInInput) => keep(await request<Session>('POST', '/auth/signin', { body: input, quiet401: true }));
export async function signOut(): Promise<void> {
  await post<void>('/auth/signout');
  setCsrfToken(null);
}
export const oidcProviders = () => get<{ items: OidcProvider[] }>('/auth/oidc/providers');
/** Where the browser goes to start an OIDC sign-in (a full page navigation, not fetch). */
export const oidcStartUrl = (provider: string, returnTo: string) => apiUrl(`/auth/oidc/${enc(provider)}/start`, { returnTo });

// --- me
export const updateMe = (input: ProfileInput) => patch<Person>('/me', input);
export const changePassword = (input: PasswordInput) => post<void>('/me/password', input);
export const tokens = (signal?: AbortSignal) => get<{ items: Token[] }>('/me/tokens', undefined, signal);
export const createToken = (input: TokenInput) => post<CreatedToken>('/me/tokens', input);
export const revokeToken = (id: string) => del(`/me/tokens/${enc(id)}`);

// --- organizations
export const orgs = (q: OrgQuery, signal?: AbortSignal) => get<Page<Org>>('/orgs', { ...q }, signal);
export const createOrg = (input: OrgInput) => post<Org>('/orgs', input);
export const org = (id: string, signal?: AbortSignal) => get<Org>(`/orgs/${enc(id)}`, undefined, signal);
export const updateOrg = (id: string, input: OrgPatch) => patch<Org>(`/orgs/${enc(id)}`, input);
export const members = (orgId: string, p: PageParams, signal?: AbortSignal) => get<Page<Member>>(`/orgs/${enc(orgId)}/members`, { ...p }, signal);
export const setMemberRole = (orgId: string, personId: string, role: Member['role']) => patch<Member>(`/orgs/${enc(orgId)}/members/${enc(personId)}`, { role });
export const removeMember = (orgId: string, personId: string) => del(`/orgs/${enc(orgId)}/members/${enc(personId)}`);
export const invitations = (orgId: string, p: PageParams, signal?: AbortSignal) =>
  get<Page<Invitation>>(`/orgs/${enc(orgId)}/invitations`, { ...p }, signal);
export const invite = (orgId: string, input: InvitationInput) => post<Invitation>(`/orgs/${enc(orgId)}/invitations`, input);
export const revokeInvitation = (orgId: string, id: string) => del(`/orgs/${enc(orgId)}/invitations/${enc(id)}`);
export const invitationPreview = (token: string, signal?: AbortSignal) => get<InvitationPreview>(`/invitations/${enc(token)}`, undefined, signal);
export const acceptInvitation = (token: string) => post<Member>(`/invitations/${enc(token)}/accept`);

// --- teams
export const teams = (orgId: string, p: PageParams, signal?: AbortSignal) => get<Page<Team>>(`/orgs/${enc(orgId)}/teams`, { ...p }, signal);
export const createTeam = (orgId: string, input: TeamInput) => post<Team>(`/orgs/${enc(orgId)}/teams`, input);
export const team = (id: string, signal?: AbortSignal) => get<Team>(`/teams/${enc(id)}`, undefined, signal);
export const updateTeam = (id: string, input: TeamPatch) => patch<Team>(`/teams/${enc(id)}`, input);
export const deleteTeam = (id: string) => del(`/teams/${enc(id)}`);
export const teamMembers = (id: string, p: PageParams, signal?: AbortSignal) => get<Page<TeamMember>>(`/teams/${enc(id)}/members`, { ...p }, signal);
export const addTeamMember = (id: string, personId: string) => post<unknown>(`/teams/${enc(id)}/members`, { personId });
export const removeTeamMember = (id: string, personId: string) => del(`/teams/${enc(id)}/members/${enc(personId)}`);

// --- operators
export const adminPeople = (q: PageParams & { q?: string }, signal?: AbortSignal) => get<Page<Person>>('/admin/people', { ...q }, signal);
export const updatePerson = (id: string, input: AdminPersonInput) => patch<Person>(`/admin/people/${enc(id)}`, input);
export const jobs = (q: PageParams & { status?: JobStatus }, signal?: AbortSignal) => get<Page<Job>>('/admin/jobs', { ...q }, signal);
export const retryJob = (id: string) => post<Job>(`/admin/jobs/${enc(id)}/retry`);
export const audit = (q: AuditQuery, signal?: AbortSignal) => get<Page<AuditEntry>>('/audit', { ...q }, signal);
export const verifyAudit = (signal?: AbortSignal) => get<AuditVerification>('/audit/verify', undefined, signal);
export const outbox = (q: PageParams & { mine?: boolean }, signal?: AbortSignal) =>
  get<Page<Mail>>('/outbox', { ...q, mine: q.mine === undefined ? undefined : String(q.mine) }, signal);
