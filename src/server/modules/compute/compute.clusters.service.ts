// The pool's clusters and the providers' consents. An admitted provider of the ledger's directory
// whose categories include compute registers clusters (its admins, or a platform operator): the
// engine that runs jobs, the region, pools of identical nodes with their GPU model and prices, and
// how the adapter reaches the engine. Every signed-in person sees the active and draining clusters
// with their prices and utilization; the provider's members also see the connection and retired
// clusters. A cluster whose admission is 'consent' takes the jobs of tenants its provider
// consented to; tenants' admins ask, the provider's admins decide. Every write is audited.
import { GPU_MODELS, type ClusterAdmission, type ClusterEngine, type ClusterStatus, type ConsentStatus, type GpuClass, type GpuModel } from '../../../shared/compute.ts';
import { orgRoleRank, type OrgRole } from '../../../shared/enums.ts';
import { newId } from '../../../shared/ids.ts';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { record } from '../audit/index.ts';
import { isStaff, personOf, requireOrgRole } from '../identity/index.ts';
import * as repo from './compute.catalog.repo.ts';
import { observeCluster } from './compute.controller.ts';
import type { ClusterConnection, ClusterObserved, ClusterPool } from './compute.types.ts';

type D = Pick<Deps, 'db' | 'now'>;

/** The pool holds tens of clusters; a list never returns more than this. */
const MAX_CLUSTERS = 500;
const MAX_CONSENTS = 1000;

/** Engines that have an adapter. Kubernetes (Job + Kueue) is designed for but has none: no cluster here to test one against. */
export const SUPPORTED_ENGINES: readonly ClusterEngine[] = ['local', 'slurm'];

// ── views ────────────────────────────────────────────────────────────────────────────────

export interface PoolView extends Omit<ClusterPool, 'partition'> {
  gpuClass: GpuClass | null;
  partition: string | null;
  gpusTotal: number;
  cpusTotal: number;
  gpusInUse: number;
  cpusInUse: number;
}

export interface ClusterView {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  providerId: string;
  providerOrgId: string;
  providerName: string;
  providerNameEn: string | null;
  engine: ClusterEngine;
  region: string;
  status: ClusterStatus;
  admission: ClusterAdmission;
  description: string | null;
  pools: PoolView[];
  connection: ClusterConnection | null;
  observed: ClusterObserved | null;
  gpusTotal: number;
  gpusInUse: number;
  createdAt: string;
  updatedAt: string;
  canManage: boolean;
  isProvider: boolean;
  myConsents: { id: string; orgId: string; status: ConsentStatus }[];
}

/** Who the caller is to the catalog: their organizations with roles, and whether they operate the platform. */
interface Viewer {
  roles: Map<string, OrgRole>;
  operator: boolean;
}

/** True for the platform's own work (the CLI, jobs): no person, a label; it reads like an operator. */
export const isSystem = (ctx: RequestCtx): boolean => ctx.actor.kind !== 'person' && ctx.label !== undefined;

async function viewerOf(db: Db, ctx: RequestCtx): Promise<Viewer> {
  if (isSystem(ctx)) return { roles: new Map(), operator: true };
  const person = personOf(ctx);
  return { roles: await repo.rolesOfPerson(db, person.personId), operator: isStaff(ctx.actor) };
}

const isAdmin = (role: OrgRole | undefined) => role !== undefined && orgRoleRank(role) >= orgRoleRank('admin');

function poolView(p: ClusterPool, inUse: { gpus: number; cpus: number } | undefined): PoolView {
  return {
    name: p.name,
    gpuModel: p.gpuModel,
    gpuClass: p.gpuModel ? GPU_MODELS[p.gpuModel].class : null,
    nodes: p.nodes,
    gpusPerNode: p.gpusPerNode,
    cpusPerNode: p.cpusPerNode,
    memGbPerNode: p.memGbPerNode,
    gpuHourFen: p.gpuHourFen,
    cpuHourFen: p.cpuHourFen,
    partition: p.partition ?? null,
    gpusTotal: p.nodes * p.gpusPerNode,
    cpusTotal: p.nodes * p.cpusPerNode,
    gpusInUse: inUse?.gpus ?? 0,
    cpusInUse: inUse?.cpus ?? 0,
  };
}

function clusterView(c: repo.ClusterListRow, v: Viewer, inUse: Map<string, { gpus: number; cpus: number }>, consents: repo.ConsentListRow[]): ClusterView {
  const role = v.roles.get(c.providerOrgId);
  const isProvider = role !== undefined;
  const pools = c.pools.map((p) => poolView(p, inUse.get(`${c.id}/${p.name}`)));
  return {
    id: c.id,
    code: c.code,
    name: c.name,
    nameEn: c.nameEn,
    providerId: c.providerId,
    providerOrgId: c.providerOrgId,
    providerName: c.providerName,
    providerNameEn: c.providerNameEn,
    engine: c.engine,
    region: c.region,
    status: c.status,
    admission: c.admission,
    description: c.description,
    pools,
    connection: isProvider || v.operator ? c.connection : null,
    observed: c.observed ?? null,
    gpusTotal: pools.reduce((s, p) => s + p.gpusTotal, 0),
    gpusInUse: pools.reduce((s, p) => s + p.gpusInUse, 0),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    canManage: v.operator || isAdmin(role),
    isProvider,
    myConsents: consents.filter((k) => k.clusterId === c.id && v.roles.has(k.orgId)).map((k) => ({ id: k.id, orgId: k.orgId, status: k.status })),
  };
}

/** The cluster's own fields, as the audit log keeps them. */
function auditView(c: repo.ClusterRow) {
  return {
    id: c.id,
    providerId: c.providerId,
    code: c.code,
    name: c.name,
    nameEn: c.nameEn,
    engine: c.engine,
    region: c.region,
    status: c.status,
    admission: c.admission,
    pools: c.pools,
    connection: c.connection,
    description: c.description,
  };
}

/** JSON with object keys sorted, so that two equal values compare equal whatever their key order. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x,
  );
}

const orNull = (s: string | null | undefined): string | null => {
  const t = s?.trim();
  return t ? t : null;
};

/** Checks the pools: unique names, a GPU model with GPUs and a GPU price, a CPU pool without either; field errors otherwise. */
export function checkPools(pools: ClusterPool[], field = 'pools'): ClusterPool[] {
  const errors: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  pools.forEach((p, i) => {
    const at = (k: string) => `${field}.${i}.${k}`;
    if (seen.has(p.name)) errors.push({ path: at('name'), message: 'pool names are unique in a cluster' });
    seen.add(p.name);
    if (p.gpuModel !== null && !(p.gpuModel in GPU_MODELS)) errors.push({ path: at('gpuModel'), message: 'not a known GPU model' });
    if (p.gpuModel === null && p.gpusPerNode !== 0) errors.push({ path: at('gpusPerNode'), message: 'a pool without a GPU model has 0 GPUs per node' });
    if (p.gpuModel !== null && p.gpusPerNode < 1) errors.push({ path: at('gpusPerNode'), message: 'a GPU pool has at least one GPU per node' });
    if (p.gpuModel !== null && p.gpuHourFen < 1) errors.push({ path: at('gpuHourFen'), message: 'the price of a GPU-hour is a positive number of fen' });
    if (p.gpuModel === null && p.gpuHourFen !== 0) errors.push({ path: at('gpuHourFen'), message: 'a CPU pool has no GPU price (0)' });
    if (p.cpuHourFen < 1) errors.push({ path: at('cpuHourFen'), message: 'the price of a CPU-hour is a positive number of fen' });
  });
  if (errors.length) throw new AppError('validation_failed', 'the pools are not valid', undefined, errors);
  return pools.map((p) => ({
    name: p.name,
    gpuModel: p.gpuModel,
    nodes: p.nodes,
    gpusPerNode: p.gpusPerNode,
    cpusPerNode: p.cpusPerNode,
    memGbPerNode: p.memGbPerNode,
    gpuHourFen: p.gpuHourFen,
    cpuHourFen: p.cpuHourFen,
    ...(p.partition ? { partition: p.partition } : {}),
  }));
}

/** Refuses an engine without an adapter, and the local executor to anyone but operators (it runs jobs on the platform's own machine). */
function checkEngine(ctx: RequestCtx, engine: ClusterEngine): void {
  if (!SUPPORTED_ENGINES.includes(engine)) {
    throw new AppError('engine_not_supported', `no adapter for the ${engine} engine yet (supported: ${SUPPORTED_ENGINES.join(', ')})`, { engine, supported: SUPPORTED_ENGINES });
  }
  if (engine === 'local' && !isStaff(ctx.actor)) throw new AppError('forbidden', "the local executor runs jobs on the platform's own machine: only platform operators register or reconnect one");
}

/** Views of clusters for the caller, with what the platform's jobs hold in each pool. */
async function viewsOf(db: Db, v: Viewer, rows: repo.ClusterListRow[]): Promise<ClusterView[]> {
  const inUse = await repo.poolsInUse(
    db,
    rows.map((r) => r.id),
  );
  const consents = await repo.consentsOfOrgs(db, [...v.roles.keys()], MAX_CONSENTS);
  return rows.map((r) => clusterView(r, v, inUse, consents));
}

/** A cluster the caller may see: active and draining ones for everyone signed in, retired ones for the provider's members and operators. */
async function visibleCluster(db: Db, v: Viewer, clusterId: string): Promise<repo.ClusterListRow> {
  const c = await repo.findCluster(db, clusterId);
  if (!c || (c.status === 'retired' && !v.operator && !v.roles.has(c.providerOrgId))) throw new AppError('not_found', 'no such cluster');
  return c;
}

// ── clusters ─────────────────────────────────────────────────────────────────────────────

export interface ClusterInput {
  providerId: string;
  code: string;
  name: string;
  nameEn?: string | undefined;
  engine: ClusterEngine;
  region: string;
  admission: ClusterAdmission;
  pools: ClusterPool[];
  connection: ClusterConnection;
  description?: string | undefined;
}

/**
 * Registers a cluster for a provider (its admins, or an operator). The provider must be admitted
 * and sell compute; the engine must have an adapter.
 */
export async function registerCluster(deps: D, ctx: RequestCtx, input: ClusterInput): Promise<ClusterView> {
  const person = personOf(ctx);
  const now = deps.now();
  const id = newId('cluster', now.getTime());
  await deps.db.db.transaction(async (tx) => {
    const provider = await repo.findProvider(tx, input.providerId);
    if (!provider) throw new AppError('not_found', 'no such provider');
    await requireOrgRole(tx, ctx, provider.orgId, 'admin', { staffWrites: true });
    if (provider.status !== 'admitted') throw new AppError('provider_not_admitted', `the provider is ${provider.status}`, { status: provider.status });
    if (!provider.categories.includes('compute')) throw new AppError('provider_not_eligible', 'the provider does not sell compute (its categories lack compute)', { categories: provider.categories });
    checkEngine(ctx, input.engine);
    const pools = checkPools(input.pools);
    const code = input.code.trim();
    if (await repo.clusterByCode(tx, code)) throw new AppError('name_taken', 'a cluster with this code exists');
    await repo.insertCluster(tx, {
      id,
      providerId: provider.id,
      providerOrgId: provider.orgId,
      code,
      name: input.name.trim(),
      nameEn: orNull(input.nameEn),
      engine: input.engine,
      region: input.region.trim(),
      status: 'active',
      admission: input.admission,
      pools,
      connection: input.connection,
      description: orNull(input.description),
      createdBy: person.personId,
      createdAt: now,
      updatedAt: now,
    });
    const row = (await repo.lockCluster(tx, id))!;
    await record(tx, ctx, { action: 'compute.cluster.create', objectType: 'compute_cluster', objectId: id, orgId: provider.orgId, after: auditView(row) }, now);
  });
  return getCluster(deps, ctx, id);
}

export interface ClusterFilterInput {
  engine?: ClusterEngine | undefined;
  region?: string | undefined;
  gpuModel?: GpuModel | undefined;
  providerId?: string | undefined;
  /** Only the clusters of the caller's providers, in every status. */
  mine?: boolean | undefined;
}

/** The pool: active and draining clusters (or, with `mine`, every cluster of the caller's providers), by code. */
export async function listClusters(deps: Pick<Deps, 'db'>, ctx: RequestCtx, f: ClusterFilterInput): Promise<{ items: ClusterView[] }> {
  const db = deps.db.db;
  const v = await viewerOf(db, ctx);
  const rows = await repo.listClusters(
    db,
    {
      engine: f.engine,
      region: f.region?.trim() || undefined,
      gpuModel: f.gpuModel,
      providerId: f.providerId,
      statuses: f.mine ? ['active', 'draining', 'retired'] : ['active', 'draining'],
      providerOrgIds: f.mine ? [...v.roles.keys()] : undefined,
    },
    MAX_CLUSTERS,
  );
  return { items: await viewsOf(db, v, rows) };
}

/** One cluster as the caller may see it. */
export async function getCluster(deps: Pick<Deps, 'db'>, ctx: RequestCtx, clusterId: string): Promise<ClusterView> {
  const db = deps.db.db;
  const v = await viewerOf(db, ctx);
  const c = await visibleCluster(db, v, clusterId);
  const [view] = await viewsOf(db, v, [c]);
  return view!;
}

export interface ClusterPatch {
  name?: string | undefined;
  nameEn?: string | null | undefined;
  region?: string | undefined;
  status?: ClusterStatus | undefined;
  admission?: ClusterAdmission | undefined;
  pools?: ClusterPool[] | undefined;
  connection?: ClusterConnection | undefined;
  description?: string | null | undefined;
}

/** Changes a cluster (the provider's admins, operators), audited with before and after. */
export async function updateCluster(deps: D, ctx: RequestCtx, clusterId: string, input: ClusterPatch): Promise<ClusterView> {
  const now = deps.now();
  await deps.db.db.transaction(async (tx) => {
    const v = await viewerOf(tx, ctx);
    await visibleCluster(tx, v, clusterId);
    const before = (await repo.lockCluster(tx, clusterId))!;
    await requireOrgRole(tx, ctx, before.providerOrgId, 'admin', { staffWrites: true });
    const set: Partial<repo.ClusterRow> = {};
    if (input.name !== undefined) set.name = input.name.trim();
    if (input.nameEn !== undefined) set.nameEn = orNull(input.nameEn);
    if (input.region !== undefined) set.region = input.region.trim();
    if (input.status !== undefined) set.status = input.status;
    if (input.admission !== undefined) set.admission = input.admission;
    if (input.description !== undefined) set.description = orNull(input.description);
    if (input.pools !== undefined) set.pools = checkPools(input.pools);
    if (input.connection !== undefined) {
      if (canonical(input.connection) !== canonical(before.connection)) checkEngine(ctx, before.engine);
      set.connection = input.connection;
    }
    const changed = (Object.keys(set) as (keyof typeof set)[]).some((k) => canonical(set[k]) !== canonical(before[k]));
    if (!changed) return;
    const after = await repo.updateCluster(tx, clusterId, { ...set, updatedAt: now });
    await record(tx, ctx, { action: 'compute.cluster.update', objectType: 'compute_cluster', objectId: clusterId, orgId: before.providerOrgId, before: auditView(before), after: auditView(after) }, now);
  });
  return getCluster(deps, ctx, clusterId);
}

/** Reads the cluster's live status through its adapter now and stores it (the provider's members, operators). */
export async function refreshCluster(deps: Deps, ctx: RequestCtx, clusterId: string): Promise<ClusterView> {
  const db = deps.db.db;
  const v = await viewerOf(db, ctx);
  const c = await visibleCluster(db, v, clusterId);
  if (!v.operator && !v.roles.has(c.providerOrgId)) throw new AppError('forbidden', "the provider's members and operators only");
  await observeCluster(deps, clusterId);
  return getCluster(deps, ctx, clusterId);
}

// ── consents ─────────────────────────────────────────────────────────────────────────────

export interface ConsentView {
  id: string;
  clusterId: string;
  clusterCode: string;
  clusterName: string;
  clusterNameEn: string | null;
  orgId: string;
  orgName: string;
  orgNameEn: string | null;
  status: ConsentStatus;
  note: string | null;
  requestedBy: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  createdAt: string;
}

function consentView(k: repo.ConsentListRow): ConsentView {
  return {
    id: k.id,
    clusterId: k.clusterId,
    clusterCode: k.clusterCode,
    clusterName: k.clusterName,
    clusterNameEn: k.clusterNameEn,
    orgId: k.orgId,
    orgName: k.orgName,
    orgNameEn: k.orgNameEn,
    status: k.status,
    note: k.note,
    requestedBy: k.requestedBy,
    decidedBy: k.decidedBy,
    decidedAt: k.decidedAt ? k.decidedAt.toISOString() : null,
    createdAt: k.createdAt.toISOString(),
  };
}

const consentAudit = (k: repo.ConsentRow) => ({ id: k.id, clusterId: k.clusterId, orgId: k.orgId, status: k.status, note: k.note, decidedBy: k.decidedBy });

/**
 * A tenant organization's admin asks a cluster's provider for consent. Asking again while asked
 * or granted answers the consent as it is; a refused consent is asked again.
 */
export async function requestConsent(deps: D, ctx: RequestCtx, clusterId: string, input: { orgId: string; note?: string | undefined }): Promise<ConsentView> {
  const person = personOf(ctx);
  const now = deps.now();
  const id = await deps.db.db.transaction(async (tx) => {
    const v = await viewerOf(tx, ctx);
    const c = await visibleCluster(tx, v, clusterId);
    if (!(await repo.orgExists(tx, input.orgId))) throw new AppError('not_found', 'no such organization');
    await requireOrgRole(tx, ctx, input.orgId, 'admin');
    if (c.status !== 'active') throw new AppError('invalid_state', `the cluster is ${c.status}`);
    if (c.admission === 'open') throw new AppError('invalid_state', 'the cluster is open to every tenant: no consent is needed');
    if (input.orgId === c.providerOrgId) throw new AppError('invalid_state', "the provider's own organization needs no consent");
    const prior = await repo.consentOf(tx, clusterId, input.orgId);
    if (prior && prior.status !== 'refused') return prior.id;
    if (prior) {
      const after = await repo.updateConsent(tx, prior.id, { status: 'requested', note: orNull(input.note), requestedBy: person.personId, decidedBy: null, decidedAt: null, createdAt: now });
      await record(tx, ctx, { action: 'compute.consent.request', objectType: 'compute_consent', objectId: prior.id, orgId: input.orgId, before: consentAudit(prior), after: consentAudit(after) }, now);
      return prior.id;
    }
    const cid = newId('consent', now.getTime());
    await repo.insertConsent(tx, { id: cid, clusterId, orgId: input.orgId, status: 'requested', note: orNull(input.note), requestedBy: person.personId, createdAt: now });
    await record(tx, ctx, { action: 'compute.consent.request', objectType: 'compute_consent', objectId: cid, orgId: input.orgId, after: { id: cid, clusterId, orgId: input.orgId, status: 'requested' } }, now);
    return cid;
  });
  return consentView((await repo.findConsent(deps.db.db, id))!);
}

/** The consents asked of a cluster, newest first (the provider's members, operators). */
export async function consentsOfCluster(deps: Pick<Deps, 'db'>, ctx: RequestCtx, clusterId: string): Promise<{ items: ConsentView[] }> {
  const db = deps.db.db;
  const v = await viewerOf(db, ctx);
  const c = await visibleCluster(db, v, clusterId);
  if (!v.operator && !v.roles.has(c.providerOrgId)) throw new AppError('forbidden', "the provider's members and operators only");
  return { items: (await repo.consentsOfCluster(db, clusterId, MAX_CONSENTS)).map(consentView) };
}

/** A tenant organization's consents, newest first (its members, operators). */
export async function consentsOfOrg(deps: Pick<Deps, 'db'>, ctx: RequestCtx, orgId: string): Promise<{ items: ConsentView[] }> {
  const db = deps.db.db;
  await requireOrgRole(db, ctx, orgId, 'member', { read: true });
  return { items: (await repo.consentsOfOrgs(db, [orgId], MAX_CONSENTS)).map(consentView) };
}

/** The provider's admins (or an operator) grant or refuse a consent; a granted one may be withdrawn by refusing it. */
export async function decideConsent(deps: D, ctx: RequestCtx, consentId: string, input: { grant: boolean; note?: string | undefined }): Promise<ConsentView> {
  const person = personOf(ctx);
  const now = deps.now();
  await deps.db.db.transaction(async (tx) => {
    const k = await repo.findConsent(tx, consentId);
    if (!k) throw new AppError('not_found', 'no such consent');
    const c = (await repo.lockCluster(tx, k.clusterId))!;
    const v = await viewerOf(tx, ctx);
    if (!v.operator && !v.roles.has(c.providerOrgId) && !v.roles.has(k.orgId)) throw new AppError('not_found', 'no such consent');
    await requireOrgRole(tx, ctx, c.providerOrgId, 'admin', { staffWrites: true });
    const before = (await repo.consentOf(tx, k.clusterId, k.orgId))!;
    const status: ConsentStatus = input.grant ? 'granted' : 'refused';
    const after = await repo.updateConsent(tx, consentId, { status, note: input.note !== undefined ? orNull(input.note) : before.note, decidedBy: person.personId, decidedAt: now });
    await record(tx, ctx, { action: 'compute.consent.decide', objectType: 'compute_consent', objectId: consentId, orgId: c.providerOrgId, before: consentAudit(before), after: consentAudit(after) }, now);
  });
  return consentView((await repo.findConsent(deps.db.db, consentId))!);
}
