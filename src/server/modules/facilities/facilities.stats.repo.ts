// SQL of a facility's statistics: per cycle and station, what was asked, awarded and done, and who
// came. Aggregates only; people are read only to count them by the kind of their organization.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { calendarPeriods, facilityCycles, stations } from './facilities.table.ts';

export type CycleRow = typeof facilityCycles.$inferSelect;
export type PeriodRow = typeof calendarPeriods.$inferSelect;

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;
const num = (v: unknown) => Number(v ?? 0);
const ids = (list: string[]) => sql`${sql.param(list)}::text[]`;

/** A facility's cycles, newest first (one when `cycleId` is given). */
export async function cyclesOf(db: Db, facilityId: string, cycleId?: string): Promise<CycleRow[]> {
  const conds = [eq(facilityCycles.facilityId, facilityId)];
  if (cycleId) conds.push(eq(facilityCycles.id, cycleId));
  return db
    .select()
    .from(facilityCycles)
    .where(and(...conds))
    .orderBy(desc(facilityCycles.startsAt), desc(facilityCycles.id));
}

/** The calendar periods of cycles. */
export async function periodsOf(db: Db, cycleIds: string[]): Promise<PeriodRow[]> {
  if (cycleIds.length === 0) return [];
  return db.select().from(calendarPeriods).where(inArray(calendarPeriods.cycleId, cycleIds)).orderBy(asc(calendarPeriods.startsAt));
}

/** A facility's stations in code order. */
export async function stationsOf(db: Db, facilityId: string): Promise<(typeof stations.$inferSelect)[]> {
  return db.select().from(stations).where(eq(stations.facilityId, facilityId)).orderBy(asc(stations.code), asc(stations.id));
}

/** A figure per cycle and station; stationId null is the cycle's total. */
export interface Figure {
  cycleId: string;
  stationId: string | null;
  value: number;
}

function figuresOf(r: unknown, col = 'v'): Figure[] {
  return rowsOf<Record<string, unknown>>(r).map((x) => ({ cycleId: x.cycle_id as string, stationId: (x.station_id as string | null) ?? null, value: num(x[col]) }));
}

// Proposals that count: submitted, under review or decided (not drafts, not withdrawn).
const COUNTED = sql`a.status in ('submitted', 'in_review', 'decided')`;

/** Shifts requested and proposals asking, per cycle and station, with cycle totals (grouping sets). */
export async function requested(db: Db, cycleIds: string[]): Promise<{ shifts: Figure[]; proposals: Figure[] }> {
  const r = await db.execute(sql`
    select fp.cycle_id, br.station_id, sum(br.shifts)::bigint as shifts, count(distinct br.application_id)::bigint as proposals
      from beamtime_requests br
      join facility_proposals fp on fp.application_id = br.application_id
      join applications a on a.id = br.application_id
     where fp.cycle_id = any(${ids(cycleIds)}) and ${COUNTED}
     group by grouping sets ((fp.cycle_id, br.station_id), (fp.cycle_id))`);
  return { shifts: figuresOf(r, 'shifts'), proposals: figuresOf(r, 'proposals') };
}

/** Shifts awarded, proposals awarded and the cutoff (worst) grade, per cycle and station, with cycle totals. */
export async function awarded(db: Db, cycleIds: string[]): Promise<{ shifts: Figure[]; proposals: Figure[]; cutoff: Figure[] }> {
  const r = await db.execute(sql`
    select ba.cycle_id, ba.station_id, sum(ba.shifts)::bigint as shifts, count(distinct ba.application_id)::bigint as proposals, max(ba.grade) as cutoff
      from beamtime_awards ba
     where ba.cycle_id = any(${ids(cycleIds)})
     group by grouping sets ((ba.cycle_id, ba.station_id), (ba.cycle_id))`);
  const cutoff = rowsOf<Record<string, unknown>>(r)
    .filter((x) => x.cutoff !== null && x.cutoff !== undefined)
    .map((x) => ({ cycleId: x.cycle_id as string, stationId: (x.station_id as string | null) ?? null, value: num(x.cutoff) }));
  return { shifts: figuresOf(r, 'shifts'), proposals: figuresOf(r, 'proposals'), cutoff };
}

/** Finished experiments per cycle and station, with cycle totals. */
export async function experimentsDone(db: Db, cycleIds: string[]): Promise<Figure[]> {
  const r = await db.execute(sql`
    select e.cycle_id, e.station_id, count(*)::bigint as v
      from experiments e
     where e.cycle_id = any(${ids(cycleIds)}) and e.status = 'finished'
     group by grouping sets ((e.cycle_id, e.station_id), (e.cycle_id))`);
  return figuresOf(r);
}

/**
 * Distinct DOIs of publications recorded for the proposals of each cycle: for a station, the
 * publications tied to an experiment on it, or (tied to none) of a proposal awarded time on it;
 * the cycle's total counts every publication of its proposals once.
 */
export async function publications(db: Db, cycleIds: string[]): Promise<Figure[]> {
  const r = await db.execute(sql`
    with pubs as (
      select fp.cycle_id, o.application_id, o.experiment_id, o.doi
        from outcomes o join facility_proposals fp on fp.application_id = o.application_id
       where o.kind = 'publication' and fp.cycle_id = any(${ids(cycleIds)})
    ),
    per_station as (
      select p.cycle_id, e.station_id, p.doi from pubs p join experiments e on e.id = p.experiment_id
      union
      select p.cycle_id, ba.station_id, p.doi from pubs p join beamtime_awards ba on ba.application_id = p.application_id and ba.cycle_id = p.cycle_id
       where p.experiment_id is null
    )
    select cycle_id, station_id, count(distinct doi)::bigint as v from per_station group by cycle_id, station_id
    union all
    select cycle_id, null, count(distinct doi)::bigint from pubs group by cycle_id`);
  return figuresOf(r);
}

export interface UserRow {
  cycleId: string;
  stationId: string;
  personId: string;
  kind: string;
}

/**
 * The people of the awarded proposals per cycle and station with the kind of their organization:
 * a PI's is the organization the proposal is made for, a co-proposer's the one they joined first
 * ('unknown' without any). PI rows come first, so that a caller taking the first kind of each
 * person prefers the proposal's own organization.
 */
export async function users(db: Db, cycleIds: string[]): Promise<UserRow[]> {
  const r = await db.execute(sql`
    with team as (
      select ba.cycle_id, ba.station_id, a.pi_id as person_id, a.org_id, 0 as pi_rank
        from beamtime_awards ba join applications a on a.id = ba.application_id
       where ba.cycle_id = any(${ids(cycleIds)})
      union
      select ba.cycle_id, ba.station_id, m.person_id, null, 1
        from beamtime_awards ba join application_members m on m.application_id = ba.application_id
       where ba.cycle_id = any(${ids(cycleIds)}) and m.status = 'accepted' and m.person_id is not null
    )
    select t.cycle_id, t.station_id, t.person_id,
           coalesce(o.kind,
                    (select o2.kind from memberships ms join organizations o2 on o2.id = ms.org_id
                      where ms.person_id = t.person_id order by ms.created_at, ms.id limit 1),
                    'unknown') as kind
      from team t left join organizations o on o.id = t.org_id
     order by t.pi_rank, t.cycle_id, t.station_id, t.person_id`);
  return rowsOf<Record<string, unknown>>(r).map((x) => ({ cycleId: x.cycle_id as string, stationId: x.station_id as string, personId: x.person_id as string, kind: x.kind as string }));
}
