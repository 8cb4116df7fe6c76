// Request and response shapes of the identity desk, shared by its routes.
import { z } from '../../http/openapi.ts';
import { LOCALES, ORG_KINDS, ORG_ROLES, PLATFORM_ROLES, TOKEN_SCOPES } from '../../../shared/enums.ts';

export const Email = z.email().max(254).openapi({ example: 'li.wei@example.edu.cn' });
export const Name = z.string().trim().min(1).max(100);
export const Password = z.string().min(1).max(128);
export const IdParam = (name: string) => z.string().min(1).max(64).openapi({ param: { name, in: 'path' } });

export const Person = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    locale: z.enum(LOCALES),
    platformRole: z.enum(PLATFORM_ROLES).nullable(),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('Person');

export const MembershipSummary = z
  .object({ orgId: z.string(), orgName: z.string(), orgNameEn: z.string().nullable(), orgKind: z.enum(ORG_KINDS), role: z.enum(ORG_ROLES) })
  .openapi('MembershipSummary');

export const Session = z
  .object({ person: Person, csrfToken: z.string(), memberships: z.array(MembershipSummary) })
  .openapi('Session');

export const SignUpBody = z.object({ email: Email, name: Name, password: Password, locale: z.enum(LOCALES).default('zh-CN') }).strict().openapi('SignUp');
export const SignInBody = z.object({ email: Email, password: Password }).strict().openapi('SignIn');
export const ProfileBody = z.object({ name: Name.optional(), locale: z.enum(LOCALES).optional() }).strict().openapi('ProfileUpdate');
export const PasswordBody = z.object({ currentPassword: z.string().max(128), newPassword: Password }).strict().openapi('PasswordChange');

export const Token = z
  .object({
    id: z.string(),
    name: z.string(),
    scopes: z.array(z.enum(TOKEN_SCOPES)),
    createdAt: z.string(),
    expiresAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('Token');

export const TokenBody = z
  .object({
    name: Name,
    scopes: z.array(z.enum(TOKEN_SCOPES)).min(1).max(TOKEN_SCOPES.length),
    expiresInDays: z.number().int().min(1).max(365).default(90),
  })
  .strict()
  .openapi('TokenCreate');

export const AdminPersonBody = z
  .object({ disabled: z.boolean().optional(), platformRole: z.enum(PLATFORM_ROLES).nullable().optional() })
  .strict()
  .openapi('AdminPersonUpdate');
