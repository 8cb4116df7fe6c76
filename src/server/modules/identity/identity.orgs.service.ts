// Organizations, their members, invitations by e-mail and teams. Access is checked here against
// the caller's role in the object's organization; every write runs in one transaction with its
// audit record (orgId set, before/after views, never a token).
import { createHash, randomBytes } from 'node:crypto';
import { newId } from '../../../shared/ids.ts';
import type { OrgKind, OrgRole } from '../../../shared/enums.ts';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { COUNT_CAP, decodeCursor, toPage, type Page } from '../../http/paging.ts';
import { queueMail } from '../../mail/mail.service.ts';
import { record } from '../audit/index.ts';
import { requireOrgRole } from './identity.access.ts';
import * as repo from './identity.orgs.repo.ts';
import { isStaff, personOf } from './identity.service.ts';

type D = Pick<Deps, 'db' | 'config' | 'now' | 'jobs'>;

/** How long an invitation link stays valid. */
export const INVITATION_TTL_MS = 14 * 86_400_000;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

// ---- views

export interface OrgView {
  id: string;
  name: string;
  nameEn: string | null;
  kind: OrgKind;
  city: string | null;
  description: string | null;
  createdAt: string;
  memberCount: number;
  myRole: OrgRole | null;
}

function orgView(r: repo.OrgListRow): OrgView {
  return { ...orgAuditView(r), memberCount: r.memberCount, myRole: r.myRole };
}

/** The organization's own fields, as the audit log keeps them. */
function orgAuditView(r: repo.OrgRow) {
  return {
    id: r.id,
    name: r.name,
    nameEn: r.nameEn,
    kind: r.kind,
    city: r.city,
    description: r.description,
    createdAt: r.createdAt.toISOString(),
  };
}

export interface MemberView {
  personId: string;
  name: string;
  email: string;
  role: OrgRole;
  joinedAt: string;
}

function memberView(m: repo.MemberRow): MemberView {
  return { personId: m.personId, name: m.name, email: m.email, role: m.role, joinedAt: m.joinedAt.toISOString() };
}

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface InvitationView {
  id: string;
  email: string;
  role: OrgRole;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  status: InvitationStatus;
}

function invitationStatus(r: repo.InvitationRow, now: Date): InvitationStatus {
  if (r.acceptedAt) return 'accepted';
  if (r.revokedAt) return 'revoked';
  return now >= r.expiresAt ? 'expired' : 'pending';
}

function invitationView(r: repo.InvitationRow, now: Date): InvitationView {
  return {
    id: r.id,
    email: r.email,
    role: r.role,
    invitedBy: r.invitedBy,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    status: invitationStatus(r, now),
  };
}

export interface TeamView {
  id: string;
  orgId: string;
  name: string;
  description: string | null;
  memberCount: number;
  createdAt: string;
}

function teamView(r: repo.TeamListRow): TeamView {
  return { id: r.id, orgId: r.orgId, name: r.name, description: r.description, memberCount: r.memberCount, createdAt: r.createdAt.toISOString() };
}

function teamAuditView(r: repo.TeamRow) {
  return { id: r.id, orgId: r.orgId, name: r.name, description: r.description };
}

export interface TeamMemberView {
  personId: string;
  name: string;
  email: string;
  addedAt: string;
}

function teamMemberView(m: repo.TeamMemberRow): TeamMemberView {
  return { personId: m.personId, name: m.name, email: m.email, addedAt: m.addedAt.toISOString() };
}

// ---- access

/** The role a person holds in an organization, or null when they are not a member. */
export async function orgRoleOf(db: Db, personId: string, orgId: string): Promise<OrgRole | null> {
  return (await repo.roleOf(db, orgId, personId)) ?? null;
}

/**
 * The caller's person id for showing their own role on public pages; null for anonymous callers
 * and for API tokens without `orgs:read`, which may read the public directory but not memberships.
 */
function viewerId(ctx: RequestCtx): string | null {
  const a = ctx.actor;
  if (a.kind !== 'person') return null;
  if (a.scopes !== 'all' && !a.scopes.has('orgs:read')) return null;
  return a.personId;
}

/**
 * Loads a team the caller may see: a team of an organization the caller is not in is not found
 * (teams are visible to members only), except to platform staff, who read it but may not write.
 */
async function visibleTeam(db: Db, ctx: RequestCtx, teamId: string, min: OrgRole, read: boolean): Promise<repo.TeamRow> {
  const actor = personOf(ctx);
  const team = await repo.findTeam(db, teamId);
  if (!team) throw new AppError('not_found', 'no such team');
  if (!isStaff(ctx.actor) && !(await repo.roleOf(db, team.orgId, actor.personId))) throw new AppError('not_found', 'no such team');
  await requireOrgRole(db, ctx, team.orgId, min, { read, known: 'public' });
  return team;
}

/** A cursor of `arity` strings, or validation_failed. */
function stringCursor(cursor: string | undefined, arity: 2): [string, string] | undefined;
function stringCursor(cursor: string | undefined, arity: 1): [string] | undefined;
function stringCursor(cursor: string | undefined, arity: number): string[] | undefined {
  const c = decodeCursor(cursor, arity);
  if (c === undefined) return undefined;
  if (!c.every((v) => typeof v === 'string' && v.length <= 300)) {
    throw new AppError('validation_failed', 'cursor is not valid', undefined, [{ path: 'cursor', message: 'not a cursor' }]);
  }
  return c as string[];
}

/** '' and whitespace-only optional text become null. */
const orNull = (s: string | null | undefined): string | null => {
  const t = s?.trim();
  return t ? t : null;
};

// ---- organizations

export interface OrgInput {
  name: string;
  nameEn?: string | undefined;
  kind: OrgKind;
  city?: string | undefined;
  description?: string | undefined;
}

/** Creates an organization; the caller becomes its owner. */
export async function createOrg(deps: D, ctx: RequestCtx, input: OrgInput): Promise<OrgView> {
  const actor = personOf(ctx);
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const org = await repo.insertOrg(tx, {
      id: newId('organization', now.getTime()),
      name: input.name.trim(),
      nameEn: orNull(input.nameEn),
      kind: input.kind,
      city: orNull(input.city),
      description: orNull(input.description),
      createdAt: now,
      updatedAt: now,
    });
    await repo.insertMembership(tx, { id: newId('membership', now.getTime()), orgId: org.id, personId: actor.personId, role: 'owner', createdAt: now });
    await record(tx, ctx, { action: 'org.create', objectType: 'organization', objectId: org.id, orgId: org.id, after: { ...orgAuditView(org), owner: actor.personId } }, now);
    return orgView({ ...org, memberCount: 1, myRole: 'owner' });
  });
}

/** One organization, public, with its member count and the caller's role. */
export async function getOrg(deps: D, ctx: RequestCtx, orgId: string): Promise<OrgView> {
  const r = await repo.findOrgWithCounts(deps.db.db, orgId, viewerId(ctx));
  if (!r) throw new AppError('not_found', 'no such organization');
  return orgView(r);
}

/** The public directory: name search over the Chinese and English names, filter by kind. */
export async function listOrgs(
  deps: D,
  ctx: RequestCtx,
  filter: repo.OrgFilter,
  cursor: string | undefined,
  limit: number,
): Promise<Page<OrgView>> {
  const after = stringCursor(cursor, 2);
  const [rows, total] = await Promise.all([
    repo.listOrgs(deps.db.db, filter, after, viewerId(ctx), limit),
    repo.countOrgs(deps.db.db, filter, COUNT_CAP),
  ]);
  return toPage(rows, limit, (r) => [r.name, r.id], orgView, total);
}

export interface OrgPatch {
  name?: string | undefined;
  nameEn?: string | null | undefined;
  kind?: OrgKind | undefined;
  city?: string | null | undefined;
  description?: string | null | undefined;
}

/** Changes an organization's fields (org admins and owners); null clears an optional field. */
export async function updateOrg(deps: D, ctx: RequestCtx, orgId: string, input: OrgPatch): Promise<OrgView> {
  const actor = personOf(ctx);
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const before = await repo.lockOrg(tx, orgId);
    if (!before) throw new AppError('not_found', 'no such organization');
    await requireOrgRole(tx, ctx, orgId, 'admin', { known: 'public' });
    const set: Partial<repo.OrgRow> = {};
    if (input.name !== undefined) set.name = input.name.trim();
    if (input.nameEn !== undefined) set.nameEn = orNull(input.nameEn);
    if (input.kind !== undefined) set.kind = input.kind;
    if (input.city !== undefined) set.city = orNull(input.city);
    if (input.description !== undefined) set.description = orNull(input.description);
    const changed = (Object.keys(set) as (keyof typeof set)[]).some((k) => set[k] !== before[k]);
    if (changed) {
      const after = await repo.updateOrg(tx, orgId, { ...set, updatedAt: now });
      await record(tx, ctx, { action: 'org.update', objectType: 'organization', objectId: orgId, orgId, before: orgAuditView(before), after: orgAuditView(after) }, now);
    }
    return orgView((await repo.findOrgWithCounts(tx, orgId, actor.personId))!);
  });
}

// ---- members

/** A page of an organization's members by name (members; staff may read any organization). */
export async function listMembers(deps: D, ctx: RequestCtx, orgId: string, cursor: string | undefined, limit: number): Promise<Page<MemberView>> {
  const after = stringCursor(cursor, 2);
  await requireOrgRole(deps.db.db, ctx, orgId, 'member', { read: true, known: 'public' });
  const [rows, total] = await Promise.all([repo.listMembers(deps.db.db, orgId, after, limit), repo.countMembers(deps.db.db, orgId, COUNT_CAP)]);
  return toPage(rows, limit, (r) => [r.name, r.personId], memberView, total);
}

/**
 * Changes a member's role. Org admins may move people between member and admin; only an owner
 * may make someone owner or change an owner's role; the last owner cannot step down.
 */
export async function setMemberRole(deps: D, ctx: RequestCtx, orgId: string, personId: string, role: OrgRole): Promise<MemberView> {
  personOf(ctx);
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    if (!(await repo.lockOrg(tx, orgId))) throw new AppError('not_found', 'no such organization');
    const { role: mine } = await requireOrgRole(tx, ctx, orgId, 'admin', { known: 'public' });
    const target = await repo.findMember(tx, orgId, personId);
    if (!target) throw new AppError('not_found', 'no such member');
    if (target.role === role) return memberView(target);
    if ((role === 'owner' || target.role === 'owner') && mine !== 'owner') {
      throw new AppError('forbidden', 'only an owner may grant or take away the owner role');
    }
    if (target.role === 'owner' && (await repo.countOwners(tx, orgId)) <= 1) {
      throw new AppError('last_owner', 'the organization needs another owner first');
    }
    await repo.setMemberRole(tx, orgId, personId, role);
    const after = { ...target, role };
    await record(tx, ctx, { action: 'membership.update', objectType: 'membership', objectId: personId, orgId, before: memberView(target), after: memberView(after) }, now);
    return memberView(after);
  });
}

/**
 * Removes a member (and their places in the organization's teams). Org admins remove members and
 * admins, owners also remove owners; anyone may leave. The last owner cannot leave.
 */
export async function removeMember(deps: D, ctx: RequestCtx, orgId: string, personId: string): Promise<void> {
  const actor = personOf(ctx);
  const now = deps.now();
  await deps.db.db.transaction(async (tx) => {
    if (!(await repo.lockOrg(tx, orgId))) throw new AppError('not_found', 'no such organization');
    const self = personId === actor.personId;
    const mine = self ? null : (await requireOrgRole(tx, ctx, orgId, 'admin', { known: 'public' })).role;
    const target = await repo.findMember(tx, orgId, personId);
    if (!target) throw new AppError('not_found', 'no such member');
    if (!self && target.role === 'owner' && mine !== 'owner') throw new AppError('forbidden', 'only an owner may remove an owner');
    if (target.role === 'owner' && (await repo.countOwners(tx, orgId)) <= 1) {
      throw new AppError('last_owner', 'the organization needs another owner first');
    }
    const teamsLeft = await repo.deleteMembership(tx, orgId, personId);
    await record(
      tx,
      ctx,
      { action: self ? 'membership.leave' : 'membership.remove', objectType: 'membership', objectId: personId, orgId, before: { ...memberView(target), teams: teamsLeft } },
      now,
    );
  });
}

// ---- invitations

/** Hides most of an address for the public preview: li.wei@example.cn → l***@example.cn. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

const ROLE_NAMES: Record<OrgRole, { zh: string; en: string }> = {
  owner: { zh: '所有者', en: 'owner' },
  admin: { zh: '管理员', en: 'administrator' },
  member: { zh: '成员', en: 'member' },
};

function invitationMail(org: repo.OrgRow, inviter: string, role: OrgRole, link: string, expiresAt: Date) {
  const day = expiresAt.toISOString().slice(0, 10);
  const orgEn = org.nameEn ?? org.name;
  const subject = `邀请您加入「${org.name}」 / Invitation to join ${orgEn}`;
  const body = [
    '您好，',
    '',
    `${inviter} 邀请您以${ROLE_NAMES[role].zh}身份加入「${org.name}」。`,
    `请在 ${day}（UTC）之前打开以下链接并使用本邮箱地址登录或注册后接受邀请：`,
    link,
    '',
    '如果您不认识邀请人，请忽略本邮件。',
    '',
    '----',
    '',
    'Hello,',
    '',
    `${inviter} invites you to join ${orgEn} as ${ROLE_NAMES[role].en}.`,
    `Open this link before ${day} (UTC) and sign in or sign up with this e-mail address to accept:`,
    link,
    '',
    'If you do not know the sender, ignore this mail.',
    '',
    '浦江 Pujiang',
  ].join('\n');
  return { subject, body };
}

/**
 * Invites an e-mail address (org admins; only owners invite owners). A new invitation to the same
 * address replaces the open one. The token is sent in the mail and only its sha256 is stored.
 */
export async function createInvitation(deps: D, ctx: RequestCtx, orgId: string, input: { email: string; role: OrgRole }): Promise<InvitationView> {
  const actor = personOf(ctx);
  const email = input.email.trim().toLowerCase();
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const org = await repo.lockOrg(tx, orgId);
    if (!org) throw new AppError('not_found', 'no such organization');
    const { role: mine } = await requireOrgRole(tx, ctx, orgId, 'admin', { known: 'public' });
    if (input.role === 'owner' && mine !== 'owner') throw new AppError('forbidden', 'only an owner may invite an owner');
    if (await repo.findMemberByEmail(tx, orgId, email)) throw new AppError('already_member', 'this person is already a member');
    for (const old of await repo.revokeOpenInvitationsTo(tx, orgId, email, now)) {
      await record(
        tx,
        ctx,
        { action: 'invitation.revoke', objectType: 'invitation', objectId: old.id, orgId, before: invitationView(old, now), after: { ...invitationView({ ...old, revokedAt: now }, now), reason: 'superseded' } },
        now,
      );
    }
    const token = randomBytes(32).toString('base64url');
    const inv = await repo.insertInvitation(tx, {
      id: newId('invitation', now.getTime()),
      orgId,
      email,
      role: input.role,
      tokenHash: sha256(token),
      invitedBy: actor.personId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
    });
    const mail = invitationMail(org, actor.name, input.role, `${deps.config.publicUrl}/invitations/${token}`, inv.expiresAt);
    await queueMail(tx, deps, { to: email, ...mail });
    await record(tx, ctx, { action: 'invitation.create', objectType: 'invitation', objectId: inv.id, orgId, after: invitationView(inv, now) }, now);
    return invitationView(inv, now);
  });
}

/** A page of an organization's invitations, newest first (org admins). */
export async function listInvitations(
  deps: D,
  ctx: RequestCtx,
  orgId: string,
  status: repo.InvitationStatusFilter | undefined,
  cursor: string | undefined,
  limit: number,
): Promise<Page<InvitationView>> {
  const before = stringCursor(cursor, 1);
  await requireOrgRole(deps.db.db, ctx, orgId, 'admin', { read: true, known: 'public' });
  const now = deps.now();
  const [rows, total] = await Promise.all([
    repo.listInvitations(deps.db.db, orgId, status, now, before?.[0], limit),
    repo.countInvitations(deps.db.db, orgId, status, now, COUNT_CAP),
  ]);
  return toPage(rows, limit, (r) => [r.id], (r) => invitationView(r, now), total);
}

/** Revokes an invitation (org admins). Revoking twice is a no-op; an accepted one is closed. */
export async function revokeInvitation(deps: D, ctx: RequestCtx, orgId: string, invitationId: string): Promise<void> {
  personOf(ctx);
  const now = deps.now();
  await deps.db.db.transaction(async (tx) => {
    if (!(await repo.lockOrg(tx, orgId))) throw new AppError('not_found', 'no such organization');
    await requireOrgRole(tx, ctx, orgId, 'admin', { known: 'public' });
    const inv = await repo.findInvitation(tx, invitationId);
    // An invitation of another organization is not found here, whatever the caller's rights there.
    if (!inv || inv.orgId !== orgId) throw new AppError('not_found', 'no such invitation');
    if (inv.acceptedAt) throw new AppError('invitation_closed', 'the invitation was already accepted');
    if (inv.revokedAt) return;
    const after = (await repo.setInvitationRevoked(tx, inv.id, now))!;
    await record(tx, ctx, { action: 'invitation.revoke', objectType: 'invitation', objectId: inv.id, orgId, before: invitationView(inv, now), after: invitationView(after, now) }, now);
  });
}

export interface InvitationPreview {
  orgId: string;
  orgName: string;
  role: OrgRole;
  email: string;
  status: InvitationStatus;
}

/** What the invitation link shows before sign-in: the organization, the role, a masked e-mail. */
export async function previewInvitation(deps: D, token: string): Promise<InvitationPreview> {
  const inv = await repo.findInvitationByHash(deps.db.db, sha256(token));
  if (!inv) throw new AppError('not_found', 'no such invitation');
  const org = await repo.findOrg(deps.db.db, inv.orgId);
  if (!org) throw new AppError('not_found', 'no such invitation');
  return { orgId: org.id, orgName: org.name, role: inv.role, email: maskEmail(inv.email), status: invitationStatus(inv, deps.now()) };
}

/**
 * Accepts an invitation as the signed-in caller, whose e-mail must be the invited one. One
 * transaction: the membership, the invitation closed, the audit record.
 */
export async function acceptInvitation(deps: D, ctx: RequestCtx, token: string): Promise<MemberView> {
  const actor = personOf(ctx);
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const found = await repo.findInvitationByHash(tx, sha256(token));
    if (!found) throw new AppError('not_found', 'no such invitation');
    await repo.lockOrg(tx, found.orgId);
    // Re-read under the lock: a concurrent accept or revoke is now visible.
    const inv = (await repo.findInvitation(tx, found.id))!;
    if (invitationStatus(inv, now) !== 'pending') throw new AppError('invitation_closed', 'the invitation was accepted, revoked or has expired');
    if (inv.email !== actor.email.toLowerCase()) {
      throw new AppError('invitation_email_mismatch', 'the invitation was sent to another e-mail address; sign in with that address');
    }
    if (await repo.roleOf(tx, inv.orgId, actor.personId)) throw new AppError('already_member', 'you are already a member of this organization');
    const accepted = await repo.setInvitationAccepted(tx, inv.id, actor.personId, now);
    if (!accepted) throw new AppError('invitation_closed', 'the invitation was accepted, revoked or has expired');
    await repo.insertMembership(tx, { id: newId('membership', now.getTime()), orgId: inv.orgId, personId: actor.personId, role: inv.role, createdAt: now });
    const member = (await repo.findMember(tx, inv.orgId, actor.personId))!;
    await record(
      tx,
      ctx,
      {
        action: 'invitation.accept',
        objectType: 'invitation',
        objectId: inv.id,
        orgId: inv.orgId,
        before: invitationView(inv, now),
        after: { ...invitationView(accepted, now), acceptedBy: actor.personId, member: memberView(member) },
      },
      now,
    );
    return memberView(member);
  });
}

// ---- teams

/** A page of an organization's teams by name (members; staff may read any organization). */
export async function listTeams(deps: D, ctx: RequestCtx, orgId: string, cursor: string | undefined, limit: number): Promise<Page<TeamView>> {
  const after = stringCursor(cursor, 2);
  await requireOrgRole(deps.db.db, ctx, orgId, 'member', { read: true, known: 'public' });
  const [rows, total] = await Promise.all([repo.listTeams(deps.db.db, orgId, after, limit), repo.countTeams(deps.db.db, orgId, COUNT_CAP)]);
  return toPage(rows, limit, (r) => [r.name, r.id], teamView, total);
}

/** Creates a team in an organization (org admins); names are unique in the organization, ignoring case. */
export async function createTeam(deps: D, ctx: RequestCtx, orgId: string, input: { name: string; description?: string | undefined }): Promise<TeamView> {
  personOf(ctx);
  const now = deps.now();
  const name = input.name.trim();
  return deps.db.db.transaction(async (tx) => {
    await requireOrgRole(tx, ctx, orgId, 'admin', { known: 'public' });
    if (await repo.findTeamByName(tx, orgId, name)) throw new AppError('name_taken', 'a team of that name exists in this organization');
    const team = await repo.insertTeam(tx, { id: newId('team', now.getTime()), orgId, name, description: orNull(input.description), createdAt: now, updatedAt: now });
    await record(tx, ctx, { action: 'team.create', objectType: 'team', objectId: team.id, orgId, after: teamAuditView(team) }, now);
    return teamView({ ...team, memberCount: 0 });
  });
}

/** One team (members of its organization; staff). */
export async function getTeam(deps: D, ctx: RequestCtx, teamId: string): Promise<TeamView> {
  await visibleTeam(deps.db.db, ctx, teamId, 'member', true);
  // A concurrent delete can land between the check and this read (no transaction spans both).
  const team = await repo.findTeamWithCount(deps.db.db, teamId);
  if (!team) throw new AppError('not_found', 'no such team');
  return teamView(team);
}

/** Renames a team or changes its description (org admins). */
export async function updateTeam(
  deps: D,
  ctx: RequestCtx,
  teamId: string,
  input: { name?: string | undefined; description?: string | null | undefined },
): Promise<TeamView> {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const team = await visibleTeam(tx, ctx, teamId, 'admin', false);
    const set: Partial<repo.TeamRow> = {};
    if (input.name !== undefined) set.name = input.name.trim();
    if (input.description !== undefined) set.description = orNull(input.description);
    if (set.name !== undefined && set.name !== team.name && (await repo.findTeamByName(tx, team.orgId, set.name, team.id))) {
      throw new AppError('name_taken', 'a team of that name exists in this organization');
    }
    const changed = (Object.keys(set) as (keyof typeof set)[]).some((k) => set[k] !== team[k]);
    if (changed) {
      const after = await repo.updateTeam(tx, teamId, { ...set, updatedAt: now });
      await record(tx, ctx, { action: 'team.update', objectType: 'team', objectId: teamId, orgId: team.orgId, before: teamAuditView(team), after: teamAuditView(after) }, now);
    }
    return teamView((await repo.findTeamWithCount(tx, teamId))!);
  });
}

/** Deletes a team and its member list (org admins); the people stay in the organization. */
export async function deleteTeam(deps: D, ctx: RequestCtx, teamId: string): Promise<void> {
  const now = deps.now();
  await deps.db.db.transaction(async (tx) => {
    const team = await visibleTeam(tx, ctx, teamId, 'admin', false);
    const withCount = (await repo.findTeamWithCount(tx, teamId))!;
    await repo.deleteTeam(tx, teamId);
    await record(tx, ctx, { action: 'team.delete', objectType: 'team', objectId: teamId, orgId: team.orgId, before: { ...teamAuditView(team), memberCount: withCount.memberCount } }, now);
  });
}

/** A page of a team's members by name (members of its organization; staff). */
export async function listTeamMembers(deps: D, ctx: RequestCtx, teamId: string, cursor: string | undefined, limit: number): Promise<Page<TeamMemberView>> {
  const after = stringCursor(cursor, 2);
  await visibleTeam(deps.db.db, ctx, teamId, 'member', true);
  const [rows, total] = await Promise.all([repo.listTeamMembers(deps.db.db, teamId, after, limit), repo.countTeamMembers(deps.db.db, teamId, COUNT_CAP)]);
  return toPage(rows, limit, (r) => [r.name, r.personId], teamMemberView, total);
}

/** Adds a member of the team's organization to the team (org admins). */
export async function addTeamMember(deps: D, ctx: RequestCtx, teamId: string, personId: string): Promise<TeamMemberView> {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const team = await visibleTeam(tx, ctx, teamId, 'admin', false);
    // Locked so that the person cannot leave the organization between this check and the insert.
    await repo.lockOrg(tx, team.orgId);
    if (!(await repo.roleOf(tx, team.orgId, personId))) throw new AppError('not_org_member', 'only members of the organization can join its teams');
    if (await repo.findTeamMember(tx, teamId, personId)) throw new AppError('already_member', 'this person is already in the team');
    await repo.insertTeamMember(tx, { teamId, personId, createdAt: now });
    const m = teamMemberView((await repo.findTeamMember(tx, teamId, personId))!);
    await record(tx, ctx, { action: 'team_member.add', objectType: 'team', objectId: teamId, orgId: team.orgId, after: { teamId, ...m } }, now);
    return m;
  });
}

/** Removes a person from a team (org admins). */
export async function removeTeamMember(deps: D, ctx: RequestCtx, teamId: string, personId: string): Promise<void> {
  const now = deps.now();
  await deps.db.db.transaction(async (tx) => {
    const team = await visibleTeam(tx, ctx, teamId, 'admin', false);
    const m = await repo.findTeamMember(tx, teamId, personId);
    if (!m) throw new AppError('not_found', 'this person is not in the team');
    await repo.deleteTeamMember(tx, teamId, personId);
    await record(tx, ctx, { action: 'team_member.remove', objectType: 'team', objectId: teamId, orgId: team.orgId, before: { teamId, ...teamMemberView(m) } }, now);
  });
}
