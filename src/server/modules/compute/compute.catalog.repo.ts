// SQL of the compute catalog: clusters with their providers, consents, projects' allocations with
// this month's use, the compute part of applications, and the lookups of other desks' rows that
// the catalog checks against (providers, projects, memberships, vouchers).
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { AllocationStatus, ClusterEngine, ClusterStatus, GpuModel } from '../../../shared/compute.ts';
import type { OrgRole } from '../../../shared/enums.ts';
import type { Db } from '../../db/client.ts';
import { applications, calls, ledgerProviders, ledgerVouchers, memberships, organizations, people, projects } from '../../db/schema.ts';
import { computeAllocationRequests, computeAllocations, computeClusters, computeConsents, computeJobs } from './compute.table.ts';

export type ClusterRow = typeof computeClusters.$inferSelect;
export type ConsentRow = typeof computeConsents.$inferSelect;
export type AllocationRow = typeof computeAllocations.$inferSelect;
export type AllocationRequestRow = typeof computeAllocationRequests.$inferSelect;
export type ProjectRow = typeof projects.$inferSelect;

/** A cluster with its provider organization's names. */
export type ClusterListRow = ClusterRow & { providerName: string; providerNameEn: string | null };

const clusterFields = { c: computeClusters, providerName: organizations.name, providerNameEn: organizations.nameEn };
const withProvider = (r: { c: ClusterRow; providerName: string; providerNameEn: string | null }): ClusterListRow => ({ ...r.c, providerName: r.providerName, providerNameEn: r.providerNameEn });

// ── providers and memberships ────────────────────────────────────────────────────────────

export interface ProviderRow {
  id: string;
  orgId: string;
  status: string;
  categories: string[];
}

export async function findProvider(db: Db, id: string): Promise<ProviderRow | undefined> {
  const [r] = await db
    .select({ id: ledgerProviders.id, orgId: ledgerProviders.orgId, status: ledgerProviders.status, categories: ledgerProviders.categories })
    .from(ledgerProviders)
    .where(eq(ledgerProviders.id, id));
  return r;
}

/** The organizations a person belongs to, with their role. */
export async function rolesOfPerson(db: Db, personId: string): Promise<Map<string, OrgRole>> {
  const rows = await db.select({ orgId: memberships.orgId, role: memberships.role }).from(memberships).where(eq(memberships.personId, personId));
  return new Map(rows.map((r) => [r.orgId, r.role]));
}

/** E-mail addresses of an organization's owners and admins (active accounts). */
export async function adminEmails(db: Db, orgId: string): Promise<string[]> {
  const rows = await db
    .select({ email: people.email })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(eq(memberships.orgId, orgId), inArray(memberships.role, ['owner', 'admin']), isNull(people.disabledAt)))
    .orderBy(asc(people.email));
  return rows.map((r) => r.email);
}

export async function personBasics(db: Db, ids: string[]): Promise<Map<string, { name: string; email: string; disabled: boolean }>> {
  const uniq = [...new Set(ids)];
  if (!uniq.length) return new Map();
  const rows = await db.select({ id: people.id, name: people.name, email: people.email, disabledAt: people.disabledAt }).from(people).where(inArray(people.id, uniq));
  return new Map(rows.map((r) => [r.id, { name: r.name, email: r.email, disabled: r.disabledAt !== null }]));
}

export async function orgNames(db: Db, ids: string[]): Promise<Map<string, { name: string; nameEn: string | null }>> {
  const uniq = [...new Set(ids)];
  if (!uniq.length) return new Map();
  const rows = await db.select({ id: organizations.id, name: organizations.name, nameEn: organizations.nameEn }).from(organizations).where(inArray(organizations.id, uniq));
  return new Map(rows.map((r) => [r.id, { name: r.name, nameEn: r.nameEn }]));
}

export async function orgExists(db: Db, id: string): Promise<boolean> {
  const [r] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id));
  return r !== undefined;
}

// ── clusters ─────────────────────────────────────────────────────────────────────────────

export async function insertCluster(db: Db, row: typeof computeClusters.$inferInsert): Promise<void> {
  await db.insert(computeClusters).values(row);
}

export async function updateCluster(db: Db, id: string, set: Partial<typeof computeClusters.$inferInsert>): Promise<ClusterRow> {
  const [r] = await db.update(computeClusters).set(set).where(eq(computeClusters.id, id)).returning();
  return r!;
}

export async function findCluster(db: Db, id: string): Promise<ClusterListRow | undefined> {
  const [r] = await db.select(clusterFields).from(computeClusters).innerJoin(organizations, eq(organizations.id, computeClusters.providerOrgId)).where(eq(computeClusters.id, id));
  return r ? withProvider(r) : undefined;
}

/** Reads a cluster and locks its row until the transaction ends. */
export async function lockCluster(tx: Db, id: string): Promise<ClusterRow | undefined> {
  const [r] = await tx.select().from(computeClusters).where(eq(computeClusters.id, id)).for('update');
  return r;
}

export async function clusterByCode(db: Db, code: string): Promise<ClusterRow | undefined> {
  const [r] = await db
    .select()
    .from(computeClusters)
    .where(sql`lower(${computeClusters.code}) = lower(${code})`);
  return r;
}

export interface ClusterFilter {
  engine?: ClusterEngine | undefined;
  region?: string | undefined;
  gpuModel?: GpuModel | undefined;
  providerId?: string | undefined;
  /** Which statuses; the public list asks for active and draining. */
  statuses: ClusterStatus[];
  /** Only clusters of these provider organizations (a provider's own view). */
  providerOrgIds?: string[] | undefined;
}

/** Clusters matching the filter, by code (the pool is tens of clusters: no paging). */
export async function listClusters(db: Db, f: ClusterFilter, max: number): Promise<ClusterListRow[]> {
  const conds: (SQL | undefined)[] = [inArray(computeClusters.status, f.statuses)];
  if (f.engine) conds.push(eq(computeClusters.engine, f.engine));
  if (f.region) conds.push(sql`lower(${computeClusters.region}) = lower(${f.region})`);
  if (f.providerId) conds.push(eq(computeClusters.providerId, f.providerId));
  if (f.gpuModel) conds.push(sql`exists (select 1 from jsonb_array_elements(${computeClusters.pools}) p where p->>'gpuModel' = ${f.gpuModel})`);
  if (f.providerOrgIds) conds.push(f.providerOrgIds.length ? inArray(computeClusters.providerOrgId, f.providerOrgIds) : sql`false`);
  const rows = await db
    .select(clusterFields)
    .from(computeClusters)
    .innerJoin(organizations, eq(organizations.id, computeClusters.providerOrgId))
    .where(and(...conds))
    .orderBy(asc(computeClusters.code))
    .limit(max);
  return rows.map(withProvider);
}

/** GPUs and CPUs that the platform's jobs hold now, per cluster and pool (admitted, dispatched or running). */
export async function poolsInUse(db: Db, clusterIds: string[]): Promise<Map<string, { gpus: number; cpus: number }>> {
  if (!clusterIds.length) return new Map();
  const rows = await db
    .select({ clusterId: computeJobs.clusterId, pool: computeJobs.pool, gpus: sql<number>`coalesce(sum(${computeJobs.gpus}), 0)::int`, cpus: sql<number>`coalesce(sum(${computeJobs.cpus}), 0)::int` })
    .from(computeJobs)
    .where(and(inArray(computeJobs.clusterId, clusterIds), inArray(computeJobs.state, ['admitted', 'dispatched', 'running'])))
    .groupBy(computeJobs.clusterId, computeJobs.pool);
  return new Map(rows.map((r) => [`${r.clusterId}/${r.pool}`, { gpus: Number(r.gpus), cpus: Number(r.cpus) }]));
}

// ── consents ─────────────────────────────────────────────────────────────────────────────

/** A consent with the names of its cluster and organization. */
export type ConsentListRow = ConsentRow & { clusterCode: string; clusterName: string; clusterNameEn: string | null; orgName: string; orgNameEn: string | null };

const consentFields = {
  k: computeConsents,
  clusterCode: computeClusters.code,
  clusterName: computeClusters.name,
  clusterNameEn: computeClusters.nameEn,
  orgName: organizations.name,
  orgNameEn: organizations.nameEn,
};

function consentRow(r: { k: ConsentRow; clusterCode: string; clusterName: string; clusterNameEn: string | null; orgName: string; orgNameEn: string | null }): ConsentListRow {
  return { ...r.k, clusterCode: r.clusterCode, clusterName: r.clusterName, clusterNameEn: r.clusterNameEn, orgName: r.orgName, orgNameEn: r.orgNameEn };
}

async function consentsWhere(db: Db, where: SQL | undefined, max: number): Promise<ConsentListRow[]> {
  const rows = await db
    .select(consentFields)
    .from(computeConsents)
    .innerJoin(computeClusters, eq(computeClusters.id, computeConsents.clusterId))
    .innerJoin(organizations, eq(organizations.id, computeConsents.orgId))
    .where(where)
    .orderBy(desc(computeConsents.createdAt), desc(computeConsents.id))
    .limit(max);
  return rows.map(consentRow);
}

export const consentsOfCluster = (db: Db, clusterId: string, max: number) => consentsWhere(db, eq(computeConsents.clusterId, clusterId), max);
export const consentsOfOrgs = (db: Db, orgIds: string[], max: number) => (orgIds.length ? consentsWhere(db, inArray(computeConsents.orgId, orgIds), max) : Promise.resolve([]));
export const consentsOfProviderOrgs = (db: Db, providerOrgIds: string[], max: number) =>
  providerOrgIds.length ? consentsWhere(db, inArray(computeClusters.providerOrgId, providerOrgIds), max) : Promise.resolve([]);

export async function findConsent(db: Db, id: string): Promise<ConsentListRow | undefined> {
  const [r] = await consentsWhere(db, eq(computeConsents.id, id), 1);
  return r;
}

export async function consentOf(db: Db, clusterId: string, orgId: string): Promise<ConsentRow | undefined> {
  const [r] = await db
    .select()
    .from(computeConsents)
    .where(and(eq(computeConsents.clusterId, clusterId), eq(computeConsents.orgId, orgId)))
    .for('update');
  return r;
}

export async function insertConsent(db: Db, row: typeof computeConsents.$inferInsert): Promise<void> {
  await db.insert(computeConsents).values(row);
}

export async function updateConsent(db: Db, id: string, set: Partial<typeof computeConsents.$inferInsert>): Promise<ConsentRow> {
  const [r] = await db.update(computeConsents).set(set).where(eq(computeConsents.id, id)).returning();
  return r!;
}

// ── projects ─────────────────────────────────────────────────────────────────────────────

export async function findProject(db: Db, id: string): Promise<ProjectRow | undefined> {
  const [r] = await db.select().from(projects).where(eq(projects.id, id));
  return r;
}

/** Projects of organizations (live ones unless `archived`), by organization and code. */
export async function projectsOfOrgs(db: Db, orgIds: string[], max: number): Promise<ProjectRow[]> {
  if (!orgIds.length) return [];
  return db
    .select()
    .from(projects)
    .where(and(inArray(projects.orgId, orgIds), isNull(projects.archivedAt)))
    .orderBy(asc(projects.orgId), asc(projects.code))
    .limit(max);
}

// ── vouchers ─────────────────────────────────────────────────────────────────────────────

export async function findVoucher(db: Db, id: string): Promise<{ id: string; orgId: string; status: string } | undefined> {
  const [r] = await db.select({ id: ledgerVouchers.id, orgId: ledgerVouchers.orgId, status: ledgerVouchers.status }).from(ledgerVouchers).where(eq(ledgerVouchers.id, id));
  return r;
}

// ── allocations ──────────────────────────────────────────────────────────────────────────

/** An allocation with its project's code and names. */
export type AllocationListRow = AllocationRow & { projectCode: string; projectName: string; projectNameEn: string | null; projectLeadId: string | null };

const allocationFields = { a: computeAllocations, projectCode: projects.code, projectName: projects.name, projectNameEn: projects.nameEn, projectLeadId: projects.leadPersonId };

function allocationRow(r: { a: AllocationRow; projectCode: string; projectName: string; projectNameEn: string | null; projectLeadId: string | null }): AllocationListRow {
  return { ...r.a, projectCode: r.projectCode, projectName: r.projectName, projectNameEn: r.projectNameEn, projectLeadId: r.projectLeadId };
}

export async function insertAllocation(db: Db, row: typeof computeAllocations.$inferInsert): Promise<void> {
  await db.insert(computeAllocations).values(row);
}

export async function updateAllocation(db: Db, id: string, set: Partial<typeof computeAllocations.$inferInsert>): Promise<AllocationRow> {
  const [r] = await db.update(computeAllocations).set(set).where(eq(computeAllocations.id, id)).returning();
  return r!;
}

export async function findAllocation(db: Db, id: string): Promise<AllocationListRow | undefined> {
  const [r] = await db.select(allocationFields).from(computeAllocations).innerJoin(projects, eq(projects.id, computeAllocations.projectId)).where(eq(computeAllocations.id, id));
  return r ? allocationRow(r) : undefined;
}

export async function lockAllocation(tx: Db, id: string): Promise<AllocationRow | undefined> {
  const [r] = await tx.select().from(computeAllocations).where(eq(computeAllocations.id, id)).for('update');
  return r;
}

export interface AllocationFilter {
  /** Only these organizations (a tenant's own); undefined: all (operators). */
  orgIds?: string[] | undefined;
  orgId?: string | undefined;
  projectId?: string | undefined;
  status?: AllocationStatus | undefined;
  projectIds?: string[] | undefined;
}

function allocationWhere(f: AllocationFilter): SQL | undefined {
  const conds: (SQL | undefined)[] = [];
  if (f.orgIds) conds.push(f.orgIds.length ? inArray(computeAllocations.orgId, f.orgIds) : sql`false`);
  if (f.projectIds) conds.push(f.projectIds.length ? inArray(computeAllocations.projectId, f.projectIds) : sql`false`);
  if (f.orgId) conds.push(eq(computeAllocations.orgId, f.orgId));
  if (f.projectId) conds.push(eq(computeAllocations.projectId, f.projectId));
  if (f.status) conds.push(eq(computeAllocations.status, f.status));
  return and(...conds);
}

/** A keyset page of allocations, newest first; fetches limit + 1 rows. */
export async function listAllocations(db: Db, f: AllocationFilter, beforeId: string | undefined, limit: number): Promise<AllocationListRow[]> {
  const rows = await db
    .select(allocationFields)
    .from(computeAllocations)
    .innerJoin(projects, eq(projects.id, computeAllocations.projectId))
    .where(and(allocationWhere(f), beforeId ? lt(computeAllocations.id, beforeId) : undefined))
    .orderBy(desc(computeAllocations.id))
    .limit(limit + 1);
  return rows.map(allocationRow);
}

export async function countAllocations(db: Db, f: AllocationFilter, cap: number): Promise<number> {
  const inner = db
    .select({ one: sql`1` })
    .from(computeAllocations)
    .where(allocationWhere(f))
    .limit(cap + 1);
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(inner.as('capped'));
  return Number(r?.n ?? 0);
}

/** Active allocations due for their expiry warning (ending before `warnBefore`, not warned yet). */
export async function dueForWarning(db: Db, warnBefore: Date, max: number): Promise<string[]> {
  const rows = await db
    .select({ id: computeAllocations.id })
    .from(computeAllocations)
    .where(and(eq(computeAllocations.status, 'active'), isNull(computeAllocations.warnedAt), lte(computeAllocations.endsOn, warnBefore)))
    .orderBy(asc(computeAllocations.endsOn))
    .limit(max);
  return rows.map((r) => r.id);
}

/** Active allocations whose end has passed. */
export async function dueForExpiry(db: Db, now: Date, max: number): Promise<string[]> {
  const rows = await db
    .select({ id: computeAllocations.id })
    .from(computeAllocations)
    .where(and(eq(computeAllocations.status, 'active'), lte(computeAllocations.endsOn, now)))
    .orderBy(asc(computeAllocations.endsOn))
    .limit(max);
  return rows.map((r) => r.id);
}

export interface AllocationUse {
  gpuSeconds: number;
  runningGpus: number;
}

/**
 * What allocations used: GPU-seconds of their jobs metered in [from, to), and the GPUs their jobs
 * hold now (admitted, dispatched or running).
 */
export async function allocationUse(db: Db, ids: string[], from: Date, to: Date): Promise<Map<string, AllocationUse>> {
  const out = new Map<string, AllocationUse>();
  if (!ids.length) return out;
  const metered = await db
    .select({ id: computeJobs.allocationId, s: sql<number>`coalesce(sum((${computeJobs.usage}->>'gpuSeconds')::float8), 0)` })
    .from(computeJobs)
    .where(and(inArray(computeJobs.allocationId, ids), isNotNull(computeJobs.meteredAt), gte(computeJobs.meteredAt, from), lt(computeJobs.meteredAt, to)))
    .groupBy(computeJobs.allocationId);
  const running = await db
    .select({ id: computeJobs.allocationId, g: sql<number>`coalesce(sum(${computeJobs.gpus}), 0)::int` })
    .from(computeJobs)
    .where(and(inArray(computeJobs.allocationId, ids), inArray(computeJobs.state, ['admitted', 'dispatched', 'running'])))
    .groupBy(computeJobs.allocationId);
  for (const id of ids) out.set(id, { gpuSeconds: 0, runningGpus: 0 });
  for (const r of metered) out.get(r.id)!.gpuSeconds = Number(r.s);
  for (const r of running) out.get(r.id)!.runningGpus = Number(r.g);
  return out;
}

/** True when the project has another allocation of this class that is requested or active and overlaps [from, to). */
export async function overlapping(db: Db, projectId: string, gpuClass: string | null, from: Date, to: Date, exceptId?: string): Promise<AllocationRow | undefined> {
  const [r] = await db
    .select()
    .from(computeAllocations)
    .where(
      and(
        eq(computeAllocations.projectId, projectId),
        gpuClass === null ? isNull(computeAllocations.gpuClass) : eq(computeAllocations.gpuClass, gpuClass as never),
        inArray(computeAllocations.status, ['requested', 'active']),
        lt(computeAllocations.startsOn, to),
        sql`${computeAllocations.endsOn} > ${from}`,
        exceptId ? ne(computeAllocations.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return r;
}

// ── the compute part of applications ─────────────────────────────────────────────────────

export async function findRequest(db: Db, applicationId: string): Promise<AllocationRequestRow | undefined> {
  const [r] = await db.select().from(computeAllocationRequests).where(eq(computeAllocationRequests.applicationId, applicationId));
  return r;
}

export async function upsertRequest(db: Db, row: typeof computeAllocationRequests.$inferInsert): Promise<void> {
  const { applicationId: _key, ...rest } = row;
  await db.insert(computeAllocationRequests).values(row).onConflictDoUpdate({ target: computeAllocationRequests.applicationId, set: rest });
}

/** The application with its call's desk (for the part's access checks). */
export async function applicationDesk(db: Db, applicationId: string): Promise<{ orgId: string | null; desk: string; status: string } | undefined> {
  const [r] = await db
    .select({ orgId: applications.orgId, desk: calls.desk, status: applications.status })
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .where(eq(applications.id, applicationId));
  return r;
}

/** The allocation a decision on an application created, if any. */
export async function allocationOfApplication(db: Db, applicationId: string): Promise<AllocationRow | undefined> {
  const [r] = await db.select().from(computeAllocations).where(eq(computeAllocations.applicationId, applicationId));
  return r;
}
