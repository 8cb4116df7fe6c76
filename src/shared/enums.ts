// Closed vocabularies shared by the server, the web app and the CLI.

/** Kinds of organization a center works with (CENTER.md). */
export const ORG_KINDS = [
  'university',
  'research_institute',
  'enterprise',
  'startup',
  'service_provider',
  'investor',
  'facility_operator',
  'incubator',
  'government_agency',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** Roles inside one organization, strongest first. */
export const ORG_ROLES = ['owner', 'admin', 'member'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

/** Rank of an organization role: a higher number may do more. */
export function orgRoleRank(role: OrgRole): number {
  return role === 'owner' ? 3 : role === 'admin' ? 2 : 1;
}

/** Platform-wide roles: operators run the center day to day, admins also manage people and roles. */
export const PLATFORM_ROLES = ['operator', 'admin'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/** What an API token may do. A session may do everything its person may. */
export const TOKEN_SCOPES = [
  'profile:read',
  'profile:write',
  'orgs:read',
  'orgs:write',
  'audit:read',
  'admin:read',
  'admin:write',
] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** The languages every screen is written in. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Desks of the center; the home page lists only those that are built. */
export const DESKS = [
  'identity',
  'calls',
  'ledger',
  'facilities',
  'compute',
  'data',
  'evaluation',
  'market',
  'finance',
  'incubation',
  'indicators',
] as const;
export type Desk = (typeof DESKS)[number];
