// Who may see and do what at the compute desk: tenants (members of the organization that owns
// a project: members read and submit, admins manage projects and allocations requests, cancel
// any job), providers (members of the provider's organization read their clusters, the jobs on
// them and their income; admins register clusters and decide consents), and platform operators
// (everything: approve allocations, admit clusters).
import { orgRoleRank, type OrgRole } from '../../../shared/enums.ts';
import type { Db } from '../../db/client.ts';
import type { RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { isStaff, orgRoleOf, personOf } from '../identity/index.ts';

/** True for platform operators and admins. */
export function operator(ctx: RequestCtx): boolean {
  return isStaff(ctx.actor);
}

/** Throws unless the caller is a platform operator or admin. */
export function requireOperator(ctx: RequestCtx): void {
  personOf(ctx);
  if (!operator(ctx)) throw new AppError('forbidden', 'platform operators only');
}

/** The caller's role in an organization, or null. */
export async function roleIn(db: Db, ctx: RequestCtx, orgId: string): Promise<OrgRole | null> {
  if (ctx.actor.kind !== 'person') return null;
  return orgRoleOf(db, ctx.actor.personId, orgId);
}

/**
 * Throws unless the caller has at least `min` in the organization. Operators pass reads (and
 * writes when `operatorWrites`). Not a member at all: not_found (the object is not theirs to know
 * about); a member below `min`: forbidden.
 */
export async function requireOrg(
  db: Db,
  ctx: RequestCtx,
  orgId: string,
  min: OrgRole,
  opts: { read?: boolean; operatorWrites?: boolean } = {},
): Promise<OrgRole | 'operator'> {
  personOf(ctx);
  const role = await roleIn(db, ctx, orgId);
  if (role && orgRoleRank(role) >= orgRoleRank(min)) return role;
  if (operator(ctx) && (opts.read || opts.operatorWrites)) return 'operator';
  if (role) throw new AppError('forbidden', min === 'member' ? 'members of the organization only' : `organization ${min}s only`);
  if (operator(ctx)) throw new AppError('forbidden', 'operators may read this but not change it');
  throw new AppError('not_found', 'not found');
}

/** The caller's role in the first of several organizations where they have at least `min` (e.g. a job's tenant or its cluster's provider). */
export async function requireAnyOrg(db: Db, ctx: RequestCtx, orgIds: (string | null | undefined)[], min: OrgRole, opts: { read?: boolean } = {}): Promise<{ orgId: string; role: OrgRole } | 'operator'> {
  personOf(ctx);
  let denied = false;
  for (const orgId of orgIds) {
    if (!orgId) continue;
    const role = await roleIn(db, ctx, orgId);
    if (role && orgRoleRank(role) >= orgRoleRank(min)) return { orgId, role };
    if (role) denied = true;
  }
  if (operator(ctx) && opts.read) return 'operator';
  if (denied) throw new AppError('forbidden', `organization ${min}s only`);
  if (operator(ctx)) throw new AppError('forbidden', 'operators may read this but not change it');
  throw new AppError('not_found', 'not found');
}

/** The person id or system label that did a write. */
export function actorLabel(ctx: RequestCtx): string {
  return ctx.actor.kind === 'person' ? ctx.actor.personId : (ctx.label ?? 'system');
}
