// Conflicts of interest, derived on the server from the records (and the reviewers' own
// declarations) every time they matter: at assignment, when a review is opened or scored, and
// when grades are shown. The anchor (the ESS User Office) only warns in the browser; here a
// conflicted person is refused with `conflict_of_interest`.
import type { Db } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import * as repo from './calls.review.repo.ts';

/** Why a person may not review an application, in the order they are reported. */
export const CONFLICT_REASONS = ['proposer', 'same_organization', 'recent_coauthor', 'declared'] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

/** How far back a shared application makes two people co-authors. */
export const COAUTHOR_YEARS = 3;

/** The start of the co-author window: the same instant `COAUTHOR_YEARS` calendar years before now (UTC). */
export function coauthorSince(now: Date): Date {
  const d = new Date(now.getTime());
  d.setUTCFullYear(d.getUTCFullYear() - COAUTHOR_YEARS);
  return d;
}

/** Reasons per (application, person) pair; a pair absent from the map has no conflict. */
export class ConflictMatrix {
  private readonly m = new Map<string, Set<ConflictReason>>();

  add(applicationId: string, personId: string, reason: ConflictReason): void {
    const k = `${applicationId}\u0000${personId}`;
    let s = this.m.get(k);
    if (!s) this.m.set(k, (s = new Set()));
    s.add(reason);
  }

  /** The reasons of a pair, in the order of CONFLICT_REASONS (empty: no conflict). */
  of(applicationId: string, personId: string): ConflictReason[] {
    const s = this.m.get(`${applicationId}\u0000${personId}`);
    return s ? CONFLICT_REASONS.filter((r) => s.has(r)) : [];
  }
}

/** Every conflict between the applications and the people, as of `now`, in a few queries. */
export async function conflictMatrix(db: Db, applicationIds: string[], personIds: string[], now: Date): Promise<ConflictMatrix> {
  const out = new ConflictMatrix();
  if (!applicationIds.length || !personIds.length) return out;
  // One after another: `db` may be a transaction, which runs one statement at a time anyway.
  const proposers = await repo.proposerPairs(db, applicationIds, personIds);
  const sameOrg = await repo.sameOrgPairs(db, applicationIds, personIds);
  const coauthors = await repo.coauthorPairs(db, applicationIds, personIds, coauthorSince(now));
  const declared = await repo.declaredPairs(db, applicationIds, personIds);
  for (const p of proposers) out.add(p.applicationId, p.personId, 'proposer');
  for (const p of sameOrg) out.add(p.applicationId, p.personId, 'same_organization');
  for (const p of coauthors) out.add(p.applicationId, p.personId, 'recent_coauthor');
  for (const p of declared) out.add(p.applicationId, p.personId, 'declared');
  return out;
}

/** The reasons the person has a conflict with the application ('proposer', …); empty: none. */
export async function conflictsOf(db: Db, personId: string, applicationId: string, now: Date): Promise<ConflictReason[]> {
  return (await conflictMatrix(db, [applicationId], [personId], now)).of(applicationId, personId);
}

/** Throws `conflict_of_interest` (with the reasons) when any of `reasons` is given. */
export function refuseConflict(reasons: readonly ConflictReason[], applicationId: string, personId: string): void {
  if (reasons.length) {
    throw new AppError('conflict_of_interest', `conflict of interest: ${reasons.join(', ')}`, { applicationId, personId, reasons: [...reasons] });
  }
}
