// The one check of every desk for objects that belong to organizations: the caller's role in
// them, and platform staff (operators and admins), who read everything and write where a desk
// lets them.
import { orgRoleRank, type OrgRole } from '../../../shared/enums.ts';
import type { Db } from '../../db/client.ts';
import type { RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import * as repo from './identity.orgs.repo.ts';
import { isStaff, personOf } from './identity.service.ts';

/** Why the caller may go on: their role in one of the object's organizations, or being platform staff. */
export type OrgAccess = { role: OrgRole; orgId: string } | { role: 'staff'; orgId: null };

export interface OrgRoleCheck {
  /** Platform staff may read. */
  read?: boolean;
  /** Platform staff may write too. */
  staffWrites?: boolean;
  /**
   * Unset: the object that names the organizations exists, and someone in none of them is not
   * told about it (not found).
   * 'public': the organization's own pages, whose existence is no secret: an organization that
   * does not exist is not found, and anyone short of the role, staff too, is forbidden.
   * 'staff': staff passing without a role must name an organization that exists, so that their
   * filter by an unknown organization is not found rather than empty.
   */
  known?: 'public' | 'staff';
}

/** Throws unless the caller is a platform operator or admin. */
export function requireStaff(ctx: RequestCtx): void {
  if (!isStaff(personOf(ctx))) throw new AppError('forbidden', 'platform operators only');
}

/**
 * Checks that the caller holds at least `min` in one of the organizations an object belongs to
 * (nulls are skipped) and answers their best role and the organization it is held in; staff
 * without it pass as 'staff' when `read` or `staffWrites` lets them. A member below `min` is
 * forbidden, staff refused a write are forbidden, anyone else is not found (see `known`).
 */
export async function requireOrgRole(
  db: Db,
  ctx: RequestCtx,
  orgIds: string | readonly (string | null | undefined)[],
  min: OrgRole,
  check: OrgRoleCheck = {},
): Promise<OrgAccess> {
  const actor = personOf(ctx);
  const ids = (typeof orgIds === 'string' ? [orgIds] : orgIds).filter((o): o is string => !!o);
  const open = check.known === 'public';
  if (open && !(await anyOrgExists(db, ids))) throw new AppError('not_found', 'no such organization');
  let best: { role: OrgRole; orgId: string } | null = null;
  for (const orgId of ids) {
    const role = await repo.roleOf(db, orgId, actor.personId);
    if (role && (!best || orgRoleRank(role) > orgRoleRank(best.role))) best = { role, orgId };
  }
  if (best && orgRoleRank(best.role) >= orgRoleRank(min)) return best;
  const staff = isStaff(actor);
  if (staff && (check.read || check.staffWrites)) {
    if (check.known === 'staff' && !(await anyOrgExists(db, ids))) throw new AppError('not_found', 'no such organization');
    return { role: 'staff', orgId: null };
  }
  if (best || open) throw new AppError('forbidden', min === 'member' ? 'members of this organization only' : `organization ${min}s only`);
  if (staff) throw new AppError('forbidden', 'operators may read this but not change it');
  throw new AppError('not_found', 'not found');
}

async function anyOrgExists(db: Db, ids: string[]): Promise<boolean> {
  for (const id of ids) if (await repo.findOrg(db, id)) return true;
  return false;
}
