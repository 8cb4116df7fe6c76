// SQL of schedules: the awards of a cycle with their proposals' dates, schedule versions and
// their blocks, experiments made by publishing, ICS sources and calendar feeds.
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { applicationMembers, applications } from '../calls/index.ts';
import {
  beamtimeAwards,
  calendarFeeds,
  experiments,
  facilityCycles,
  facilityProposals,
  scheduleBlocks,
  schedules,
  stationScientists,
  stations,
} from './facilities.table.ts';

export type ScheduleRow = typeof schedules.$inferSelect;
export type BlockRow = typeof scheduleBlocks.$inferSelect;
export type ExperimentRow = typeof experiments.$inferSelect;

/** An award of a cycle with what the scheduler needs of its proposal. */
export type AwardSource = typeof beamtimeAwards.$inferSelect & {
  number: string | null;
  title: string;
  preferredDates: { from: string; to: string }[];
  impossibleDates: { from: string; to: string }[];
};

/** The awards of a cycle with their proposals' numbers, titles and dates. */
export async function awardsOfCycle(db: Db, cycleId: string): Promise<AwardSource[]> {
  const rows = await db
    .select({ a: beamtimeAwards, number: applications.number, title: applications.title, preferredDates: facilityProposals.preferredDates, impossibleDates: facilityProposals.impossibleDates })
    .from(beamtimeAwards)
    .innerJoin(applications, eq(applications.id, beamtimeAwards.applicationId))
    .leftJoin(facilityProposals, eq(facilityProposals.applicationId, beamtimeAwards.applicationId))
    .where(eq(beamtimeAwards.cycleId, cycleId))
    .orderBy(asc(beamtimeAwards.stationId), asc(beamtimeAwards.rank), asc(beamtimeAwards.id));
  return rows.map((r) => ({ ...r.a, number: r.number, title: r.title, preferredDates: r.preferredDates ?? [], impossibleDates: r.impossibleDates ?? [] }));
}

export async function findSchedule(db: Db, id: string): Promise<ScheduleRow | undefined> {
  const [r] = await db.select().from(schedules).where(eq(schedules.id, id));
  return r;
}

/** The schedule row locked for the rest of the transaction. */
export async function lockSchedule(tx: Db, id: string): Promise<ScheduleRow | undefined> {
  const [r] = await tx.select().from(schedules).where(eq(schedules.id, id)).for('update');
  return r;
}

export async function publishedOfCycle(db: Db, cycleId: string): Promise<ScheduleRow | undefined> {
  const [r] = await db
    .select()
    .from(schedules)
    .where(and(eq(schedules.cycleId, cycleId), eq(schedules.status, 'published')));
  return r;
}

export async function nextVersion(tx: Db, cycleId: string): Promise<number> {
  const [r] = await tx.select({ v: sql<number>`coalesce(max(${schedules.version}), 0)::int` }).from(schedules).where(eq(schedules.cycleId, cycleId));
  return Number(r?.v ?? 0) + 1;
}

export async function insertSchedule(tx: Db, row: typeof schedules.$inferInsert): Promise<ScheduleRow> {
  const [r] = await tx.insert(schedules).values(row).returning();
  return r as ScheduleRow;
}

export async function updateSchedule(tx: Db, id: string, patch: Partial<typeof schedules.$inferInsert>): Promise<void> {
  await tx.update(schedules).set(patch).where(eq(schedules.id, id));
}

export async function insertBlocks(tx: Db, rows: (typeof scheduleBlocks.$inferInsert)[]): Promise<void> {
  // In slices: a full cycle has a few thousand blocks, each insert carries 11 parameters.
  for (let i = 0; i < rows.length; i += 500) await tx.insert(scheduleBlocks).values(rows.slice(i, i + 500));
}

export async function blocksOf(db: Db, scheduleId: string): Promise<BlockRow[]> {
  return db.select().from(scheduleBlocks).where(eq(scheduleBlocks.scheduleId, scheduleId)).orderBy(asc(scheduleBlocks.stationId), asc(scheduleBlocks.startShift));
}

export async function updateBlock(tx: Db, id: string, patch: Partial<typeof scheduleBlocks.$inferInsert>): Promise<void> {
  await tx.update(scheduleBlocks).set(patch).where(eq(scheduleBlocks.id, id));
}

/** Experiments of a cycle (one per award). */
export async function experimentsOfCycle(db: Db, cycleId: string): Promise<ExperimentRow[]> {
  return db.select().from(experiments).where(eq(experiments.cycleId, cycleId));
}

export async function insertExperiments(tx: Db, rows: (typeof experiments.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await tx.insert(experiments).values(rows.slice(i, i + 500));
}

export async function updateExperiment(tx: Db, id: string, patch: Partial<typeof experiments.$inferInsert>): Promise<void> {
  await tx.update(experiments).set(patch).where(eq(experiments.id, id));
}

/** An event of a feed: a block of a published schedule, or an experiment. */
export type FeedEvent = {
  awardId: string;
  cycleId: string;
  applicationId: string;
  number: string | null;
  title: string;
  stationId: string;
  stationCode: string;
  stationName: string;
  stationNameEn: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  version: number;
  stamp: Date;
};

const stationCols = { stationCode: stations.code, stationName: stations.name, stationNameEn: stations.nameEn };

/** Blocks of a station in every published schedule. */
export async function publishedBlocksOfStation(db: Db, stationId: string): Promise<FeedEvent[]> {
  const rows = await db
    .select({
      awardId: scheduleBlocks.awardId,
      cycleId: schedules.cycleId,
      applicationId: scheduleBlocks.applicationId,
      number: applications.number,
      title: applications.title,
      stationId: scheduleBlocks.stationId,
      ...stationCols,
      startsAt: scheduleBlocks.startsAt,
      endsAt: scheduleBlocks.endsAt,
      version: schedules.version,
      publishedAt: schedules.publishedAt,
      createdAt: schedules.createdAt,
    })
    .from(scheduleBlocks)
    .innerJoin(schedules, eq(schedules.id, scheduleBlocks.scheduleId))
    .innerJoin(applications, eq(applications.id, scheduleBlocks.applicationId))
    .innerJoin(stations, eq(stations.id, scheduleBlocks.stationId))
    .where(and(eq(scheduleBlocks.stationId, stationId), eq(schedules.status, 'published')))
    .orderBy(asc(scheduleBlocks.startsAt));
  return rows.map(({ publishedAt, createdAt, ...r }) => ({ ...r, cancelled: false, stamp: publishedAt ?? createdAt }));
}

/**
 * Experiments of a person: proposals where they are the PI or an accepted member, and
 * experiments on stations they are a scientist of.
 */
export async function experimentsOfPerson(db: Db, personId: string): Promise<FeedEvent[]> {
  const member = db
    .select({ id: applicationMembers.applicationId })
    .from(applicationMembers)
    .where(and(eq(applicationMembers.personId, personId), eq(applicationMembers.status, 'accepted')));
  const mine = db.select({ id: stationScientists.stationId }).from(stationScientists).where(eq(stationScientists.personId, personId));
  const rows = await db
    .select({
      awardId: experiments.awardId,
      cycleId: experiments.cycleId,
      applicationId: experiments.applicationId,
      number: applications.number,
      title: applications.title,
      stationId: experiments.stationId,
      ...stationCols,
      startsAt: experiments.scheduledStart,
      endsAt: experiments.scheduledEnd,
      status: experiments.status,
      version: sql<number>`coalesce((select max(s.version) from schedules s where s.cycle_id = ${facilityCycles.id} and s.status = 'published'), 0)::int`,
      publishedAt: sql<Date | string | null>`(select s.published_at from schedules s where s.cycle_id = ${facilityCycles.id} and s.status = 'published')`,
      createdAt: experiments.createdAt,
    })
    .from(experiments)
    .innerJoin(applications, eq(applications.id, experiments.applicationId))
    .innerJoin(stations, eq(stations.id, experiments.stationId))
    .innerJoin(facilityCycles, eq(facilityCycles.id, experiments.cycleId))
    .where(or(eq(applications.piId, personId), inArray(experiments.applicationId, member), inArray(experiments.stationId, mine)))
    .orderBy(asc(experiments.scheduledStart))
    .limit(5000);
  return rows.map(({ status, publishedAt, createdAt, version, ...r }) => ({
    ...r,
    version: Number(version),
    cancelled: status === 'cancelled',
    stamp: publishedAt ? new Date(publishedAt) : createdAt,
  }));
}

export async function activeFeedOf(db: Db, personId: string): Promise<typeof calendarFeeds.$inferSelect | undefined> {
  const [r] = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.personId, personId), isNull(calendarFeeds.revokedAt)))
    .orderBy(desc(calendarFeeds.createdAt))
    .limit(1);
  return r;
}

export async function feedByHash(db: Db, tokenHash: string): Promise<typeof calendarFeeds.$inferSelect | undefined> {
  const [r] = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt)));
  return r;
}

/** Revokes every active feed of a person; returns the revoked ids. */
export async function revokeFeeds(tx: Db, personId: string, now: Date): Promise<string[]> {
  const rows = await tx
    .update(calendarFeeds)
    .set({ revokedAt: now })
    .where(and(eq(calendarFeeds.personId, personId), isNull(calendarFeeds.revokedAt)))
    .returning({ id: calendarFeeds.id });
  return rows.map((r) => r.id);
}

export async function insertFeed(tx: Db, row: typeof calendarFeeds.$inferInsert): Promise<void> {
  await tx.insert(calendarFeeds).values(row);
}
