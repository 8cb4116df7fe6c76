// Counts of the center's people, organizations and teams, for the center summary.
import { isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { ORG_KINDS, type OrgKind } from '../../../shared/enums.ts';
import { organizations, people, teams } from './identity.table.ts';

export interface CenterCounts {
  /** Active accounts (disabled ones are not counted). */
  people: number;
  teams: number;
  organizations: { total: number; byKind: Record<OrgKind, number> };
}

/**
 * Three queries, whatever the scale: two counts and one grouped count that the
 * (kind, id) index of organizations answers.
 */
export async function centerCounts(db: Db): Promise<CenterCounts> {
  const [[p], [t], kinds] = await Promise.all([
    db.select({ n: sql<number>`count(*)::int` }).from(people).where(isNull(people.disabledAt)),
    db.select({ n: sql<number>`count(*)::int` }).from(teams),
    db.select({ kind: organizations.kind, n: sql<number>`count(*)::int` }).from(organizations).groupBy(organizations.kind),
  ]);
  const byKind = Object.fromEntries(ORG_KINDS.map((k) => [k, 0])) as Record<OrgKind, number>;
  let total = 0;
  for (const k of kinds) {
    // a kind outside the vocabulary would be a bug elsewhere; count it in the total only
    if ((ORG_KINDS as readonly string[]).includes(k.kind)) byKind[k.kind] = Number(k.n);
    total += Number(k.n);
  }
  return { people: Number(p?.n ?? 0), teams: Number(t?.n ?? 0), organizations: { total, byKind } };
}
