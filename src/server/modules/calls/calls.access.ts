// Who may run the calls of an organization: its user office ('manager') and director, and
// platform operators (who act as managers everywhere).
import type { Db } from '../../db/client.ts';
import type { RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { isStaff, personOf } from '../identity/index.ts';
import { staffRolesOf } from './calls.staff.repo.ts';

export interface StaffRoles {
  /** Runs the calls: creates them, assigns, decides (user office; platform operators). */
  manager: boolean;
  /** Reads everything and signs decisions off. */
  director: boolean;
}

/** The caller's standing roles at an organization that runs calls (anonymous: none). */
export async function staffRoles(db: Db, ctx: RequestCtx, orgId: string): Promise<StaffRoles> {
  if (ctx.actor.kind !== 'person') return { manager: false, director: false };
  const roles = await staffRolesOf(db, ctx.actor.personId, orgId);
  return { manager: isStaff(ctx.actor) || roles.includes('manager'), director: roles.includes('director') };
}

/**
 * Throws unless the caller is a manager (or, with `director: true`, also the director) of the
 * organization. Signed-in callers without a role get `forbidden`.
 */
export async function requireStaffRole(db: Db, ctx: RequestCtx, orgId: string, opts: { director?: boolean } = {}): Promise<StaffRoles> {
  personOf(ctx);
  const r = await staffRoles(db, ctx, orgId);
  if (r.manager || (opts.director && r.director)) return r;
  throw new AppError('forbidden', 'the user office of the organization only');
}
