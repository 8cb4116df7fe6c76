// Who may do what at a facility: the user office and the director (the calls staff of the
// facility's operator organization; platform operators act as user office), and station
// scientists (per station). Reviewers and panel chairs are the calls engine's panels.
import type { Db } from '../../db/client.ts';
import type { RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { staffRoles } from '../calls/index.ts';
import { isStaff, personOf } from '../identity/index.ts';
import * as repo from './facilities.repo.ts';

export interface FacilityRoles {
  facilityId: string;
  operatorOrgId: string | null;
  userOffice: boolean;
  director: boolean;
  /** Stations the caller is a scientist of. */
  stations: ReadonlySet<string>;
}

/** The caller's roles at a facility; not_found when the facility does not exist. */
export async function facilityRoles(db: Db, ctx: RequestCtx, facilityId: string): Promise<FacilityRoles> {
  const f = await repo.findFacility(db, facilityId);
  if (!f) throw new AppError('not_found', 'no such facility');
  if (ctx.actor.kind !== 'person') return { facilityId, operatorOrgId: f.operatorOrgId, userOffice: false, director: false, stations: new Set() };
  const staff = f.operatorOrgId ? await staffRoles(db, ctx, f.operatorOrgId) : { manager: isStaff(ctx.actor), director: false };
  const stations = new Set(await repo.stationIdsOfScientist(db, ctx.actor.personId, facilityId));
  return { facilityId, operatorOrgId: f.operatorOrgId, userOffice: staff.manager, director: staff.director, stations };
}

/** Throws `forbidden` unless the caller is the facility's user office (or, when allowed, its director). */
export async function requireUserOffice(db: Db, ctx: RequestCtx, facilityId: string, opts: { director?: boolean } = {}): Promise<FacilityRoles> {
  personOf(ctx);
  const r = await facilityRoles(db, ctx, facilityId);
  if (r.userOffice || (opts.director && r.director)) return r;
  throw new AppError('forbidden', 'the user office of the facility only');
}

/** Throws `forbidden` unless the caller is a scientist of the station or the user office. */
export async function requireStationStaff(db: Db, ctx: RequestCtx, facilityId: string, stationId: string): Promise<FacilityRoles> {
  personOf(ctx);
  const r = await facilityRoles(db, ctx, facilityId);
  if (r.userOffice || r.stations.has(stationId)) return r;
  throw new AppError('forbidden', 'scientists of the station or the user office only');
}
