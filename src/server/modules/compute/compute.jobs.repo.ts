// SQL of compute jobs: submission, the controller's reads and writes, lists, the queue, usage and
// statements. Names of projects and organizations and the ledger's balances are read from the
// identity and ledger desks' tables by name (raw SQL): those desks export no such reads, and
// these only label rows or estimate what a tenant can pay (the ledger's hold is the real check).
import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { JobState } from '../../../shared/compute.ts';
import { computeAllocations, computeClusters, computeConsents, computeJobEvents, computeJobs, computeUsage, type JobEventCode, type JobEventParams } from './compute.table.ts';

export type JobRow = typeof computeJobs.$inferSelect;
export type JobInsert = typeof computeJobs.$inferInsert;
export type ClusterRow = typeof computeClusters.$inferSelect;
export type AllocationRow = typeof computeAllocations.$inferSelect;
export type EventRow = typeof computeJobEvents.$inferSelect;

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;
const iso = (d: Date) => d.toISOString();

// ── projects, allocations, clusters ──────────────────────────────────────────────────────────

/** A project's organization and whether it is archived. */
export async function findProject(db: Db, id: string): Promise<{ id: string; orgId: string; name: string; archived: boolean } | undefined> {
  const r = await db.execute(sql`select id, org_id, name, archived_at from projects where id = ${id}`);
  const x = rowsOf<{ id: string; org_id: string; name: string; archived_at: unknown }>(r)[0];
  return x ? { id: x.id, orgId: x.org_id, name: x.name, archived: x.archived_at != null } : undefined;
}

/** Names of projects by id. */
export async function projectNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const r = await db.execute(sql`select id, name from projects where id in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`);
  return new Map(rowsOf<{ id: string; name: string }>(r).map((x) => [x.id, x.name]));
}

/** A provider's organization and its name (the ledger's provider row). */
export async function findProvider(db: Db, id: string): Promise<{ id: string; orgId: string; name: string } | undefined> {
  const r = await db.execute(sql`select p.id, p.org_id, o.name from ledger_providers p join organizations o on o.id = p.org_id where p.id = ${id}`);
  const x = rowsOf<{ id: string; org_id: string; name: string }>(r)[0];
  return x ? { id: x.id, orgId: x.org_id, name: x.name } : undefined;
}

/** Active allocations of a project whose window holds `now`. */
export async function activeAllocationsOfProject(db: Db, projectId: string, now: Date): Promise<AllocationRow[]> {
  return db
    .select()
    .from(computeAllocations)
    .where(
      and(
        eq(computeAllocations.projectId, projectId),
        eq(computeAllocations.status, 'active'),
        sql`${computeAllocations.startsOn} <= ${iso(now)}::timestamptz`,
        sql`${computeAllocations.endsOn} > ${iso(now)}::timestamptz`,
      ),
    )
    .orderBy(asc(computeAllocations.id));
}

/** Allocations by id. */
export async function allocationsByIds(db: Db, ids: string[]): Promise<AllocationRow[]> {
  if (!ids.length) return [];
  return db.select().from(computeAllocations).where(inArray(computeAllocations.id, ids));
}

/** Active allocations (window holding `now`) of organizations: the weights of the fair-share tree. */
export async function activeAllocationsOfOrgs(db: Db, orgIds: string[], now: Date): Promise<AllocationRow[]> {
  if (!orgIds.length) return [];
  return db
    .select()
    .from(computeAllocations)
    .where(
      and(
        inArray(computeAllocations.orgId, orgIds),
        eq(computeAllocations.status, 'active'),
        sql`${computeAllocations.startsOn} <= ${iso(now)}::timestamptz`,
        sql`${computeAllocations.endsOn} > ${iso(now)}::timestamptz`,
      ),
    );
}

/** Clusters in the given statuses (default: those that take or finish jobs). */
export async function clustersIn(db: Db, statuses: ClusterRow['status'][] = ['active', 'draining']): Promise<ClusterRow[]> {
  return db.select().from(computeClusters).where(inArray(computeClusters.status, statuses)).orderBy(asc(computeClusters.id));
}

export async function findCluster(db: Db, id: string): Promise<ClusterRow | undefined> {
  const [r] = await db.select().from(computeClusters).where(eq(computeClusters.id, id));
  return r;
}

export async function clustersByIds(db: Db, ids: string[]): Promise<ClusterRow[]> {
  if (!ids.length) return [];
  return db.select().from(computeClusters).where(inArray(computeClusters.id, ids));
}

/** Clusters of a provider. */
export async function clustersOfProvider(db: Db, providerId: string): Promise<ClusterRow[]> {
  return db.select().from(computeClusters).where(eq(computeClusters.providerId, providerId));
}

/** Stores what was read from a cluster's engine. */
export async function setObserved(db: Db, id: string, observed: ClusterRow['observed']): Promise<void> {
  await db.update(computeClusters).set({ observed }).where(eq(computeClusters.id, id));
}

/** Organizations each consent-only cluster admits: cluster id → granted org ids. */
export async function grantedConsents(db: Db, clusterIds: string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (!clusterIds.length) return out;
  const rows = await db
    .select({ clusterId: computeConsents.clusterId, orgId: computeConsents.orgId })
    .from(computeConsents)
    .where(and(inArray(computeConsents.clusterId, clusterIds), eq(computeConsents.status, 'granted')));
  for (const r of rows) {
    if (!out.has(r.clusterId)) out.set(r.clusterId, new Set());
    out.get(r.clusterId)!.add(r.orgId);
  }
  return out;
}

// ── what tenants can pay, what they used ────────────────────────────────────────────────────

/**
 * What each organization could put on hold now: its own account's available balance plus what
 * is left on its active, unexpired vouchers (an upper bound: the ledger's hold decides).
 */
export async function fundsOf(db: Db, orgIds: string[], now: Date): Promise<Map<string, number>> {
  const out = new Map<string, number>(orgIds.map((o) => [o, 0]));
  if (!orgIds.length) return out;
  const list = sql.join(orgIds.map((o) => sql`${o}`), sql`, `);
  const own = await db.execute(sql`
    select org_id, coalesce(sum(credits_posted - debits_posted - debits_pending), 0)::bigint as fen
    from ledger_accounts where code = 'company' and org_id in (${list}) and ref_key = 'company:' || org_id group by org_id`);
  for (const r of rowsOf<{ org_id: string; fen: number | string }>(own)) out.set(r.org_id, (out.get(r.org_id) ?? 0) + Number(r.fen));
  const vouchers = await db.execute(sql`
    select v.org_id, coalesce(sum(a.credits_posted - a.debits_posted - a.debits_pending), 0)::bigint as fen
    from ledger_vouchers v join ledger_accounts a on a.id = v.account_id
    where v.org_id in (${list}) and v.status = 'active' and v.expires_at > ${iso(now)}::timestamptz group by v.org_id`);
  for (const r of rowsOf<{ org_id: string; fen: number | string }>(vouchers)) out.set(r.org_id, (out.get(r.org_id) ?? 0) + Math.max(0, Number(r.fen)));
  return out;
}

/** GPU-seconds metered since `from` per allocation. */
export async function meteredGpuSeconds(db: Db, allocationIds: string[], from: Date): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!allocationIds.length) return out;
  const r = await db.execute(sql`
    select allocation_id, coalesce(sum((charge->>'gpuSeconds')::float8), 0) as s
    from compute_jobs where allocation_id in (${sql.join(allocationIds.map((a) => sql`${a}`), sql`, `)})
      and metered_at >= ${iso(from)}::timestamptz and charge is not null
    group by allocation_id`);
  for (const x of rowsOf<{ allocation_id: string; s: number | string }>(r)) out.set(x.allocation_id, Number(x.s));
  return out;
}

/** Fair-share usage rows of allocations. */
export async function usageOf(db: Db, allocationIds: string[]): Promise<Map<string, { usage: number; at: Date }>> {
  if (!allocationIds.length) return new Map();
  const rows = await db.select().from(computeUsage).where(inArray(computeUsage.allocationId, allocationIds));
  return new Map(rows.map((r) => [r.allocationId, { usage: r.usage, at: r.at }]));
}

/** Locks an allocation's usage row (or nothing when there is none yet). */
export async function lockUsage(tx: Db, allocationId: string): Promise<{ usage: number; at: Date } | undefined> {
  const [r] = await tx.select().from(computeUsage).where(eq(computeUsage.allocationId, allocationId)).for('update');
  return r ? { usage: r.usage, at: r.at } : undefined;
}

export async function writeUsage(tx: Db, allocationId: string, usage: number, at: Date): Promise<void> {
  await tx
    .insert(computeUsage)
    .values({ allocationId, usage, at })
    .onConflictDoUpdate({ target: computeUsage.allocationId, set: { usage, at } });
}

// ── jobs ─────────────────────────────────────────────────────────────────────────────────────

/** Inserts jobs (an array's rows in batches). */
export async function insertJobs(tx: Db, rows: JobInsert[]): Promise<JobRow[]> {
  const out: JobRow[] = [];
  for (let i = 0; i < rows.length; i += 500) out.push(...(await tx.insert(computeJobs).values(rows.slice(i, i + 500)).returning()));
  return out.sort((a, b) => a.seq - b.seq);
}

/** Appends events to jobs' histories (`code` and `params` for the screens; the message in English). */
export async function insertEvents(tx: Db, rows: { jobId: string; at: Date; state: JobState; message: string | null; code?: JobEventCode | null; params?: JobEventParams | null }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(computeJobEvents).values(rows.slice(i, i + 1000));
}

export async function findJob(db: Db, id: string): Promise<JobRow | undefined> {
  const [r] = await db.select().from(computeJobs).where(eq(computeJobs.id, id));
  return r;
}

/** Locks a job's row for a change of state (in the caller's transaction). */
export async function lockJob(tx: Db, id: string): Promise<JobRow | undefined> {
  const [r] = await tx.select().from(computeJobs).where(eq(computeJobs.id, id)).for('update');
  return r;
}

/** Locks the jobs of an array, in id order. */
export async function lockArray(tx: Db, arrayId: string): Promise<JobRow[]> {
  return tx.select().from(computeJobs).where(eq(computeJobs.arrayId, arrayId)).orderBy(asc(computeJobs.id)).for('update');
}

export async function updateJob(tx: Db, id: string, patch: Partial<JobInsert>): Promise<void> {
  await tx
    .update(computeJobs)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(computeJobs.id, id));
}

/** A job's history, oldest first. */
export async function eventsOf(db: Db, jobId: string): Promise<EventRow[]> {
  return db.select().from(computeJobEvents).where(eq(computeJobEvents.jobId, jobId)).orderBy(asc(computeJobEvents.id));
}

// Events written before codes existed are recognized by their English sentence.
const ADMITTED = sql`(code = 'admitted' or (code is null and state = 'admitted' and message like 'admitted%'))`;
const DISPATCH_FAILED = sql`(code in ('dispatch_failed', 'dispatch_failed_requeued') or (code is null and message like 'dispatch failed%'))`;

/** How many times a job was admitted (the n of its hold's contract number). */
export async function admissionCount(db: Db, jobId: string): Promise<number> {
  const r = await db.execute(sql`select count(*)::int as n from compute_job_events where job_id = ${jobId} and ${ADMITTED}`);
  return rowsOf<{ n: number }>(r)[0]!.n;
}

/** Failed dispatches since the job's last admission. */
export async function dispatchFailures(db: Db, jobId: string): Promise<number> {
  const r = await db.execute(sql`
    select count(*)::int as n from compute_job_events
    where job_id = ${jobId} and ${DISPATCH_FAILED}
      and id > coalesce((select max(id) from compute_job_events where job_id = ${jobId} and ${ADMITTED}), 0)`);
  return rowsOf<{ n: number }>(r)[0]!.n;
}

/** Whether any job is pending, admitted, dispatched or running: without one, a pass has nothing to do (one probe of the state index). */
export async function anyLiveJob(db: Db): Promise<boolean> {
  const r = await db.execute(sql`select exists (select 1 from compute_jobs where state in ('pending', 'admitted', 'dispatched', 'running')) as live`);
  return rowsOf<{ live: boolean }>(r)[0]!.live;
}

/** Notes the first pass that found the engine without an account of the job (a job already noted keeps its instant). */
export async function markUnknown(db: Db, id: string, externalId: string, at: Date): Promise<void> {
  await db
    .update(computeJobs)
    .set({ unknownSince: at, updatedAt: sql`now()` })
    .where(and(eq(computeJobs.id, id), eq(computeJobs.externalId, externalId), inArray(computeJobs.state, ['dispatched', 'running']), isNull(computeJobs.unknownSince)));
}

/** Forgets that jobs were unknown: the engine shows them again. */
export async function clearUnknown(db: Db, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await db
    .update(computeJobs)
    .set({ unknownSince: null, updatedAt: sql`now()` })
    .where(and(inArray(computeJobs.id, ids), isNotNull(computeJobs.unknownSince)));
}

/** Jobs in some states, oldest first (the controller's working sets). */
export async function jobsInStates(db: Db, states: JobState[], opts: { cancelRequested?: boolean } = {}): Promise<JobRow[]> {
  const w: SQL[] = [inArray(computeJobs.state, states)];
  if (opts.cancelRequested !== undefined) w.push(eq(computeJobs.cancelRequested, opts.cancelRequested));
  return db
    .select()
    .from(computeJobs)
    .where(and(...w))
    .orderBy(asc(computeJobs.seq));
}

/** Writes the scheduler's verdict on waiting jobs (only rows whose values changed are passed). */
export async function writeWaits(db: Db, rows: { id: string; position: number | null; reason: JobRow['reason']; expectedStartAt: Date | null }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const values = sql.join(
      chunk.map((r) => sql`(${r.id}, ${r.position}::int, ${r.reason}::text, ${r.expectedStartAt ? iso(r.expectedStartAt) : null}::timestamptz)`),
      sql`, `,
    );
    await db.execute(sql`
      update compute_jobs j set position = v.position, reason = v.reason, expected_start_at = v.es
      from (values ${values}) as v(id, position, reason, es)
      where j.id = v.id and j.state = 'pending'`);
  }
}

export interface JobFilter {
  submittedBy?: string;
  orgId?: string;
  projectId?: string;
  clusterId?: string;
  clusterIds?: string[];
  arrayId?: string;
  state?: JobState;
}

function jobWhere(f: JobFilter): SQL[] {
  const w: SQL[] = [];
  if (f.submittedBy) w.push(eq(computeJobs.submittedBy, f.submittedBy));
  if (f.orgId) w.push(eq(computeJobs.orgId, f.orgId));
  if (f.projectId) w.push(eq(computeJobs.projectId, f.projectId));
  if (f.clusterId) w.push(eq(computeJobs.clusterId, f.clusterId));
  if (f.clusterIds) w.push(f.clusterIds.length ? inArray(computeJobs.clusterId, f.clusterIds) : sql`false`);
  if (f.arrayId) w.push(eq(computeJobs.arrayId, f.arrayId));
  if (f.state) w.push(eq(computeJobs.state, f.state));
  return w;
}

/** Jobs, newest first, after the cursor id. */
export async function listJobs(db: Db, f: JobFilter, beforeId: string | undefined, limit: number): Promise<JobRow[]> {
  const w = jobWhere(f);
  if (beforeId) w.push(lt(computeJobs.id, beforeId));
  return db
    .select()
    .from(computeJobs)
    .where(w.length ? and(...w) : undefined)
    .orderBy(desc(computeJobs.id))
    .limit(limit + 1);
}

export async function countJobs(db: Db, f: JobFilter, cap: number): Promise<number> {
  const w = jobWhere(f);
  const inner = db
    .select({ one: sql`1` })
    .from(computeJobs)
    .where(w.length ? and(...w) : undefined)
    .limit(cap + 1)
    .as('x');
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(inner);
  return r!.n;
}

/** Pending and admitted jobs in the scheduler's order: admitted first, then by position, then age. */
export async function queueJobs(db: Db, f: { gpuClass?: string; clusterId?: string }, limit: number): Promise<{ rows: JobRow[]; total: number }> {
  const w: SQL[] = [inArray(computeJobs.state, ['pending', 'admitted'])];
  if (f.gpuClass) w.push(eq(computeJobs.gpuClass, f.gpuClass as NonNullable<JobRow['gpuClass']>));
  if (f.clusterId) w.push(or(eq(computeJobs.clusterId, f.clusterId), eq(computeJobs.state, 'pending'))!);
  const rows = await db
    .select()
    .from(computeJobs)
    .where(and(...w))
    .orderBy(sql`case when ${computeJobs.state} = 'admitted' then 0 else 1 end`, sql`${computeJobs.position} asc nulls last`, asc(computeJobs.seq))
    .limit(limit);
  const [c] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(computeJobs)
    .where(and(...w));
  return { rows, total: c!.n };
}

// ── usage and statements ─────────────────────────────────────────────────────────────────────

/** Metered jobs (charge set) whose metering falls in [from, to), by tenant or by provider. */
export async function meteredJobs(db: Db, f: { orgId?: string; orgIds?: string[]; projectId?: string; providerId?: string }, from: Date, to: Date): Promise<(JobRow & { providerId: string; clusterName: string })[]> {
  const w: SQL[] = [isNotNull(computeJobs.charge), sql`${computeJobs.meteredAt} >= ${iso(from)}::timestamptz`, sql`${computeJobs.meteredAt} < ${iso(to)}::timestamptz`];
  if (f.orgId) w.push(eq(computeJobs.orgId, f.orgId));
  if (f.orgIds) w.push(f.orgIds.length ? inArray(computeJobs.orgId, f.orgIds) : sql`false`);
  if (f.projectId) w.push(eq(computeJobs.projectId, f.projectId));
  if (f.providerId) w.push(eq(computeClusters.providerId, f.providerId));
  const rows = await db
    .select({ j: computeJobs, providerId: computeClusters.providerId, clusterName: computeClusters.name })
    .from(computeJobs)
    .innerJoin(computeClusters, eq(computeClusters.id, computeJobs.clusterId))
    .where(and(...w))
    .orderBy(asc(computeJobs.meteredAt), asc(computeJobs.id));
  return rows.map((r) => ({ ...r.j, providerId: r.providerId, clusterName: r.clusterName }));
}

/** Organizations a person belongs to. */
export async function orgIdsOfPerson(db: Db, personId: string): Promise<string[]> {
  const r = await db.execute(sql`select org_id from memberships where person_id = ${personId}`);
  return rowsOf<{ org_id: string }>(r).map((x) => x.org_id);
}
