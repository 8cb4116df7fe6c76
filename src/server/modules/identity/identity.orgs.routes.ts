// Routes of organizations, their members and invitations, and teams. Object-level access (this
// organization, this role) is the service's; `access.org` documents it for the access tests.
import { z, createRouter, defineRoute, jsonBody, jsonResponse, problemResponse } from '../../http/openapi.ts';
import { pageOf } from '../../http/paging.ts';
import type { Deps } from '../../deps.ts';
import { ctxOf } from './identity.routes.ts';
import * as svc from './identity.orgs.service.ts';
import {
  IdParam,
  Invitation,
  InvitationCreateBody,
  InvitationPreview,
  InvitationQuery,
  InvitationTokenParam,
  Member,
  MemberRoleBody,
  Org,
  OrgCreateBody,
  OrgQuery,
  OrgUpdateBody,
  PageOnlyQuery,
  Team,
  TeamCreateBody,
  TeamMember,
  TeamMemberBody,
  TeamUpdateBody,
} from './identity.orgs.schemas.ts';

/** A documented refusal beyond the standard ones defineRoute adds. */
const problem = problemResponse;

const orgParams = z.object({ orgId: IdParam('orgId') });
const memberParams = z.object({ orgId: IdParam('orgId'), personId: IdParam('personId') });
const invitationParams = z.object({ orgId: IdParam('orgId'), invitationId: IdParam('invitationId') });
const tokenParams = z.object({ token: InvitationTokenParam });
const teamParams = z.object({ teamId: IdParam('teamId') });
const teamMemberParams = z.object({ teamId: IdParam('teamId'), personId: IdParam('personId') });

const listOrgs = defineRoute(
  { auth: 'public' },
  {
    method: 'get',
    path: '/orgs',
    tags: ['orgs'],
    summary: 'The directory of organizations, by name; search the Chinese and English names, filter by kind',
    request: { query: OrgQuery },
    responses: { 200: jsonResponse(pageOf(Org, 'OrgPage'), 'A page of organizations') },
  },
);
const createOrg = defineRoute(
  { auth: 'signed-in', scope: 'orgs:write' },
  {
    method: 'post',
    path: '/orgs',
    tags: ['orgs'],
    summary: 'Create an organization; you become its owner',
    request: { body: jsonBody(OrgCreateBody) },
    responses: { 201: jsonResponse(Org, 'The new organization') },
  },
);
const getOrg = defineRoute(
  { auth: 'public' },
  {
    method: 'get',
    path: '/orgs/{orgId}',
    tags: ['orgs'],
    summary: 'An organization with its member count and your role in it',
    request: { params: orgParams },
    responses: { 200: jsonResponse(Org, 'The organization') },
  },
);
const updateOrg = defineRoute(
  { auth: 'signed-in', scope: 'orgs:write', org: 'admin' },
  {
    method: 'patch',
    path: '/orgs/{orgId}',
    tags: ['orgs'],
    summary: "Change an organization's name, kind, city or description (org admins)",
    request: { params: orgParams, body: jsonBody(OrgUpdateBody) },
    responses: { 200: jsonResponse(Org, 'The updated organization') },
  },
);
const listMembers = defineRoute(
  { auth: 'signed-in', scope: 'orgs:read', org: 'member' },
  {
    method: 'get',
    path: '/orgs/{orgId}/members',
    tags: ['orgs'],
    summary: 'Members of an organization, by name (members; platform operators)',
    request: { params: orgParams, query: PageOnlyQuery },
    responses: { 200: jsonResponse(pageOf(Member, 'MemberPage'), 'A page of members') },
  },
);
const setMemberRole = defineRoute(
  { auth: 'signed-in', scope: 'orgs:write', org: 'admin' },
  {
    method: 'patch',
    path: '/orgs/{orgId}/members/{personId}',
    tags: ['orgs'],
    summary: "Change a member's role (org admins; only owners grant or take away owner; the last owner stays)",
    request: { params: memberParams, body: jsonBody(MemberRoleBody) },
    responses: { 200: jsonResponse(Member, 'The member with the new role'), 409: problem('The last owner cannot step down (last_owner)') },
  },
);
const removeMember = defineRoute(
  { auth: 'signed-in', scope: 'orgs:write', org: 'admin' },
  {
    method: 'delete',
    path: '/orgs/{orgId}/members/{personId}',
    tags: ['orgs'],
    summary: 'Remove a member (org admins; owners only by owners), or leave (yourself); never the last owner',
    request: { params: memberParams },
    responses: { 204: { description: 'Removed, also from the organization’s teams' }, 409: problem('The last owner cannot leave (last_owner)') },
  },
);
const listInvitations = defineRoute(
  { auth: 'signed-in', scope: 'orgs:read', org: 'admin' },
  {
    method: 'get',
    path: '/orgs/{orgId}/invitations',
    tags: ['orgs'],
    summary: "An organization's invitations, newest first (org admins)",
    request: { params: orgParams, query: InvitationQuery },
    responses: { 200: jsonResponse(pageOf(Invitation, 'InvitationPage'), 'A page of invitations') },
  },
);
const createInvitation = defineRoute(
  { auth: 'signed-in', scope: 'orgs:write', org: 'admin' },
  {
    method: 'post',
    path: '/orgs/{orgId}/invitations',
    tags: ['orgs'],
    summary: 'Invite an e-mail address (org admins; only owners invite owners); the link is mailed, valid 14 days',
    request: { params: orgParams, body: jsonBody(InvitationCreateBody) },
    responses: { 201: jsonResponse(Invitation, 'The invitation; the mail is queued'), 409: problem('Already a member (already_member)') },
  },
);
const revokeInvitation = defineRoute(
  { auth: 'signed-in', scope: 'orgs:write', org: 'admin' },
  {
    method: 'delete',
    path: '/orgs/{orgId}/invitations/{invitationId}',
    tags: ['orgs'],
    summary: 'Revoke an invitation (org admins)',
    request: { params: invitationParams },
    responses: { 204: { description: 'Revoked' }, 410: problem('Already accepted (invitation_closed)') },
  },
);
const previewInvitation = defineRoute(
  { auth: 'public' },
  {
    method: 'get',
    path: '/invitations/{token}',
    tags: ['orgs'],
    summary: 'What an invitation link is for: organization, role, masked e-mail, status',
    request: { params: tokenParams },
    responses: { 200: jsonResponse(InvitationPreview, 'The invitation') },
  },
);
const acceptInvitation = defineRoute(
  { auth: 'signed-in', scope: 'orgs:write' },
  {
    method: 'post',
    path: '/invitations/{token}/accept',
    tags: ['orgs'],
    summary: 'Accept an invitation; your e-mail must be the invited one',
    request: { params: tokenParams },
    responses: {
      200: jsonResponse(Member, 'You are now a member'),
      409: problem('Already a member (already_member)'),
      410: problem('Accepted, revoked or expired (invitation_closed)'),
    },
  },
);
const listTeams = defineRoute(
  { auth: 'signed-in', scope: 'orgs:read', org: 'member' },
  {
    method: 'get',
    path: '/orgs/{orgId}/teams',
    tags: ['teams'],
    summary: "An organization's teams, by name (members; platform operators)",
    request: { params: orgParams, query: PageOnlyQuery },
    responses: { 200: jsonResponse(pageOf(Team, 'TeamPage'), 'A page of teams') },
  },
);
const createTeam = defineRoute(
  { auth: 'signed-in', scope: 'orgs:write', org: 'admin' },
  {
    method: 'post',
    path: '/orgs/{orgId}/teams',
    tags: ['teams'],
    summary: 'Create a team (org admins); names are unique in the organization',
    request: { params: orgParams, body: jsonBody(TeamCreateBody) },
    responses: { 201: jsonResponse(Team, 'The new team'), 409: problem('The name is taken (name_taken)') },
  },
);
const getTeam = defineRoute(
  { auth: 'signed-in', scope: 'orgs:read', org: 'member' },
  {
    method: 'get',
    path: '/teams/{teamId}',
    tags: ['teams'],
    summary: 'A team (members of its organization; platform operators)',
    request: { params: teamParams },
    responses: { 200: jsonResponse(Team, 'The team') },
  },
);
const updateTeam = defineRoute(
  { auth: 'signed-in', scope: 'orgs:write', org: 'admin' },
  {
    method: 'patch',
    path: '/teams/{teamId}',
    tags: ['teams'],
    summary: 'Rename a team or change its description (org admins)',
    request: { params: teamParams, body: jsonBody(TeamUpdateBody) },
    responses: { 200: jsonResponse(Team, 'The updated team'), 409: problem('The name is taken (name_taken)') },
  },
);
const deleteTeam = defineRoute(
  { auth: 'signed-in', scope: 'orgs:write', org: 'admin' },
  {
    method: 'delete',
    path: '/teams/{teamId}',
    tags: ['teams'],
    summary: 'Delete a team (org admins); its people stay in the organization',
    request: { params: teamParams },
    responses: { 204: { description: 'Deleted' } },
  },
);
const listTeamMembers = defineRoute(
  { auth: 'signed-in', scope: 'orgs:read', org: 'member' },
  {
    method: 'get',
    path: '/teams/{teamId}/members',
    tags: ['teams'],
    summary: "A team's members, by name (members of its organization; platform operators)",
    request: { params: teamParams, query: PageOnlyQuery },
    responses: { 200: jsonResponse(pageOf(TeamMember, 'TeamMemberPage'), 'A page of team members') },
  },
);
const addTeamMember = defineRoute(
  { auth: 'signed-in', scope: 'orgs:write', org: 'admin' },
  {
    method: 'post',
    path: '/teams/{teamId}/members',
    tags: ['teams'],
    summary: "Add a member of the team's organization to the team (org admins)",
    request: { params: teamParams, body: jsonBody(TeamMemberBody) },
    responses: { 201: jsonResponse(TeamMember, 'Added'), 409: problem('Already in the team (already_member), or not a member of the organization (not_org_member)') },
  },
);
const removeTeamMember = defineRoute(
  { auth: 'signed-in', scope: 'orgs:write', org: 'admin' },
  {
    method: 'delete',
    path: '/teams/{teamId}/members/{personId}',
    tags: ['teams'],
    summary: 'Remove a person from a team (org admins)',
    request: { params: teamMemberParams },
    responses: { 204: { description: 'Removed' } },
  },
);

/** Routes of organizations, memberships, invitations and teams. */
export function orgsRoutes(deps: Deps) {
  return createRouter()
    .openapi(listOrgs, async (c) => {
      const q = c.req.valid('query');
      return c.json(await svc.listOrgs(deps, ctxOf(c), { q: q.q || undefined, kind: q.kind }, q.cursor, q.limit), 200);
    })
    .openapi(createOrg, async (c) => c.json(await svc.createOrg(deps, ctxOf(c), c.req.valid('json')), 201))
    .openapi(getOrg, async (c) => c.json(await svc.getOrg(deps, ctxOf(c), c.req.valid('param').orgId), 200))
    .openapi(updateOrg, async (c) => c.json(await svc.updateOrg(deps, ctxOf(c), c.req.valid('param').orgId, c.req.valid('json')), 200))
    .openapi(listMembers, async (c) => {
      const q = c.req.valid('query');
      return c.json(await svc.listMembers(deps, ctxOf(c), c.req.valid('param').orgId, q.cursor, q.limit), 200);
    })
    .openapi(setMemberRole, async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.setMemberRole(deps, ctxOf(c), p.orgId, p.personId, c.req.valid('json').role), 200);
    })
    .openapi(removeMember, async (c) => {
      const p = c.req.valid('param');
      await svc.removeMember(deps, ctxOf(c), p.orgId, p.personId);
      return c.body(null, 204);
    })
    .openapi(listInvitations, async (c) => {
      const q = c.req.valid('query');
      return c.json(await svc.listInvitations(deps, ctxOf(c), c.req.valid('param').orgId, q.status, q.cursor, q.limit), 200);
    })
    .openapi(createInvitation, async (c) => c.json(await svc.createInvitation(deps, ctxOf(c), c.req.valid('param').orgId, c.req.valid('json')), 201))
    .openapi(revokeInvitation, async (c) => {
      const p = c.req.valid('param');
      await svc.revokeInvitation(deps, ctxOf(c), p.orgId, p.invitationId);
      return c.body(null, 204);
    })
    .openapi(previewInvitation, async (c) => c.json(await svc.previewInvitation(deps, c.req.valid('param').token), 200))
    .openapi(acceptInvitation, async (c) => c.json(await svc.acceptInvitation(deps, ctxOf(c), c.req.valid('param').token), 200))
    .openapi(listTeams, async (c) => {
      const q = c.req.valid('query');
      return c.json(await svc.listTeams(deps, ctxOf(c), c.req.valid('param').orgId, q.cursor, q.limit), 200);
    })
    .openapi(createTeam, async (c) => c.json(await svc.createTeam(deps, ctxOf(c), c.req.valid('param').orgId, c.req.valid('json')), 201))
    .openapi(getTeam, async (c) => c.json(await svc.getTeam(deps, ctxOf(c), c.req.valid('param').teamId), 200))
    .openapi(updateTeam, async (c) => c.json(await svc.updateTeam(deps, ctxOf(c), c.req.valid('param').teamId, c.req.valid('json')), 200))
    .openapi(deleteTeam, async (c) => {
      await svc.deleteTeam(deps, ctxOf(c), c.req.valid('param').teamId);
      return c.body(null, 204);
    })
    .openapi(listTeamMembers, async (c) => {
      const q = c.req.valid('query');
      return c.json(await svc.listTeamMembers(deps, ctxOf(c), c.req.valid('param').teamId, q.cursor, q.limit), 200);
    })
    .openapi(addTeamMember, async (c) => c.json(await svc.addTeamMember(deps, ctxOf(c), c.req.valid('param').teamId, c.req.valid('json').personId), 201))
    .openapi(removeTeamMember, async (c) => {
      const p = c.req.valid('param');
      await svc.removeTeamMember(deps, ctxOf(c), p.teamId, p.personId);
      return c.body(null, 204);
    });
}
