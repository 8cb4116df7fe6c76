// The identity desk's public surface.
export { identityRoutes, ctxOf, SESSION_COOKIE, setSessionCookie } from './identity.routes.ts';
export { oidcRoutes } from './identity.oidc.routes.ts';
export {
  authenticateSession,
  authenticateToken,
  createPerson,
  issueToken,
  personByEmail,
  setPersonFlags,
  signInAs,
  isStaff,
  personOf,
  personView,
  type PersonView,
} from './identity.service.ts';
export { hashPassword, passwordProblem } from './identity.passwords.ts';
export { orgsRoutes } from './identity.orgs.routes.ts';
export { projectsRoutes } from './identity.projects.routes.ts';
export { getProject, type ProjectView } from './identity.projects.service.ts';
export { orgRoleOf, type OrgView, type MemberView, type TeamView } from './identity.orgs.service.ts';
export { requireOrgRole, requireStaff, type OrgAccess, type OrgRoleCheck } from './identity.access.ts';
export { centerCounts, type CenterCounts } from './identity.stats.ts';
export {
  hasPeople,
  insertMembershipsBulk,
  insertOrganizationsBulk,
  insertPeopleBulk,
  insertTeamMembersBulk,
  insertTeamsBulk,
  SEED_BATCH,
  type SeedMembership,
  type SeedOrganization,
  type SeedPerson,
  type SeedTeam,
  type SeedTeamMember,
} from './identity.seed.ts';
export { projects } from './identity.table.ts';
