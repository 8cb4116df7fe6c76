// Request and response shapes of organizations, members, invitations and teams.
import { z } from '../../http/openapi.ts';
import { pageQuery } from '../../http/paging.ts';
import { ORG_KINDS, ORG_ROLES } from '../../../shared/enums.ts';
import { Email, IdParam } from './identity.schemas.ts';

const OrgName = z.string().trim().min(1).max(200);
const OptionalText = (max: number) => z.string().trim().max(max);
const INVITATION_STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const;

export const Org = z
  .object({
    id: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    kind: z.enum(ORG_KINDS),
    city: z.string().nullable(),
    description: z.string().nullable(),
    createdAt: z.string(),
    memberCount: z.number().int(),
    myRole: z.enum(ORG_ROLES).nullable().openapi({ description: "The caller's role; null when not a member or not signed in" }),
  })
  .openapi('Org');

export const OrgQuery = z
  .object({
    ...pageQuery,
    q: z.string().trim().max(100).optional().openapi({ description: 'Part of the Chinese or English name' }),
    kind: z.enum(ORG_KINDS).optional(),
  })
  .strict();

export const OrgCreateBody = z
  .object({
    name: OrgName,
    nameEn: OptionalText(200).optional(),
    kind: z.enum(ORG_KINDS),
    city: OptionalText(100).optional(),
    description: OptionalText(4000).optional(),
  })
  .strict()
  .openapi('OrgCreate');

export const OrgUpdateBody = z
  .object({
    name: OrgName.optional(),
    nameEn: OptionalText(200).nullable().optional(),
    kind: z.enum(ORG_KINDS).optional(),
    city: OptionalText(100).nullable().optional(),
    description: OptionalText(4000).nullable().optional(),
  })
  .strict()
  .openapi('OrgUpdate', { description: 'Fields to change; null clears an optional field' });

export const Member = z
  .object({ personId: z.string(), name: z.string(), email: z.string(), role: z.enum(ORG_ROLES), joinedAt: z.string() })
  .openapi('Member');

export const MemberRoleBody = z.object({ role: z.enum(ORG_ROLES) }).strict().openapi('MemberRoleUpdate');

export const Invitation = z
  .object({
    id: z.string(),
    email: z.string(),
    role: z.enum(ORG_ROLES),
    invitedBy: z.string().openapi({ description: 'Person id of the inviter' }),
    createdAt: z.string(),
    expiresAt: z.string(),
    status: z.enum(INVITATION_STATUSES),
  })
  .openapi('Invitation');

export const InvitationQuery = z.object({ ...pageQuery, status: z.enum(INVITATION_STATUSES).optional() }).strict();

export const InvitationCreateBody = z.object({ email: Email, role: z.enum(ORG_ROLES).default('member') }).strict().openapi('InvitationCreate');

export const InvitationPreview = z
  .object({
    orgId: z.string(),
    orgName: z.string(),
    role: z.enum(ORG_ROLES),
    email: z.string().openapi({ description: 'The invited address, masked (l***@example.cn)' }),
    status: z.enum(INVITATION_STATUSES),
  })
  .openapi('InvitationPreview');

/** The secret of an invitation link: 32 random bytes in base64url (43 characters). */
export const InvitationTokenParam = z
  .string()
  .min(20)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)
  .openapi({ param: { name: 'token', in: 'path' } });

export const Team = z
  .object({
    id: z.string(),
    orgId: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    memberCount: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('Team');

const TeamName = z.string().trim().min(1).max(100);

export const TeamCreateBody = z.object({ name: TeamName, description: OptionalText(2000).optional() }).strict().openapi('TeamCreate');

export const TeamUpdateBody = z
  .object({ name: TeamName.optional(), description: OptionalText(2000).nullable().optional() })
  .strict()
  .openapi('TeamUpdate', { description: 'Fields to change; null clears the description' });

export const TeamMember = z
  .object({ personId: z.string(), name: z.string(), email: z.string(), addedAt: z.string() })
  .openapi('TeamMember');

export const TeamMemberBody = z.object({ personId: z.string().min(1).max(64) }).strict().openapi('TeamMemberAdd');

export const PageOnlyQuery = z.object(pageQuery).strict();

export { IdParam };
