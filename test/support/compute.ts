// Compute fixtures: an admitted compute provider with one cluster, a startup with money and a
// compute voucher, a project with an active allocation. The ledger parts go through the HTTP
// API; the cluster, project and allocation rows are inserted into the real database (the desk's
// own API for them has tests of its own), so that the jobs tests do not depend on that API.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClusterEngine, GpuClass } from '../../src/shared/compute.ts';
import { newId } from '../../src/shared/ids.ts';
import { computeAllocations, computeClusters, projects } from '../../src/server/db/schema.ts';
import type { ClusterConnection, ClusterPool } from '../../src/server/modules/compute/compute.types.ts';
import type { Agent, TestApp } from './app.ts';
import { company, deposit, grant, program, provider, uniq, type BuiltProvider } from './ledger.ts';

const DAY = 86_400_000;

export const H100_POOL: ClusterPool = { name: 'h100', gpuModel: 'H100', nodes: 1, gpusPerNode: 4, cpusPerNode: 8, memGbPerNode: 64, gpuHourFen: 3600, cpuHourFen: 36 };

export interface ComputeWorld {
  op: Agent;
  prov: BuiltProvider;
  /** The startup and its owner (an organization admin). */
  tenant: { org: any; owner: Agent };
  program: any;
  voucher: any;
  projectId: string;
  clusterId: string;
  allocationId: string;
  workDir: string;
}

export interface ComputeWorldOptions {
  engine?: ClusterEngine;
  pools?: ClusterPool[];
  connection?: ClusterConnection;
  ownFen?: number;
  voucherFen?: number;
  rateBp?: number;
  gpuClass?: GpuClass | null;
  gpuHoursPerMonth?: number;
  maxConcurrentGpus?: number;
}

/** Inserts a cluster of an admitted provider (the row the desk's registration writes). */
export async function insertCluster(t: TestApp, prov: BuiltProvider, o: { engine?: ClusterEngine; pools?: ClusterPool[]; connection?: ClusterConnection; code?: string } = {}): Promise<string> {
  const id = newId('cluster');
  await t.deps.db.db.insert(computeClusters).values({
    id,
    providerId: prov.provider.id,
    providerOrgId: prov.org.id,
    code: o.code ?? `C-${uniq()}`,
    name: '测试集群',
    nameEn: 'Test cluster',
    engine: o.engine ?? 'local',
    region: 'shanghai',
    pools: o.pools ?? [H100_POOL],
    connection: o.connection ?? {},
  });
  return id;
}

/** Inserts a project of an organization. */
export async function insertProject(t: TestApp, orgId: string, leadPersonId?: string): Promise<string> {
  const id = newId('project');
  await t.deps.db.db.insert(projects).values({ id, orgId, code: `PRJ-${uniq()}`, name: '大模型预训练', nameEn: 'Foundation model pre-training', leadPersonId: leadPersonId ?? null });
  return id;
}

/** Inserts an active allocation of a project. */
export async function insertAllocation(
  t: TestApp,
  projectId: string,
  orgId: string,
  o: { gpuClass?: GpuClass | null; gpuHoursPerMonth?: number; maxConcurrentGpus?: number; weight?: number; voucherId?: string | null } = {},
): Promise<string> {
  const id = newId('allocation');
  const now = t.deps.now().getTime();
  await t.deps.db.db.insert(computeAllocations).values({
    id,
    projectId,
    orgId,
    gpuClass: o.gpuClass === undefined ? 'training' : o.gpuClass,
    gpuHoursPerMonth: o.gpuHoursPerMonth ?? 1000,
    maxConcurrentGpus: o.maxConcurrentGpus ?? 8,
    weight: o.weight ?? 1,
    startsOn: new Date(now - DAY),
    endsOn: new Date(now + 90 * DAY),
    status: 'active',
    voucherId: o.voucherId ?? null,
    source: 'operator',
  });
  return id;
}

/** The whole world of a compute test. */
export async function computeWorld(t: TestApp, opts: ComputeWorldOptions = {}): Promise<ComputeWorld> {
  const op = await t.person({ platformRole: 'operator' });
  const prov = await provider(t, op, { categories: ['compute'] });
  const tenant = await company(t, 'startup');
  const prog = await program(t, op, { kind: 'compute_voucher', rateBp: opts.rateBp ?? 3000, eligibleCategories: ['compute'] });
  const voucher = await grant(t, op, prog.id, tenant.org.id, opts.voucherFen ?? 500_000);
  await deposit(t, op, tenant.org.id, opts.ownFen ?? 1_000_000);
  const workDir = mkdtempSync(join(tmpdir(), 'pujiang-compute-'));
  const clusterId = await insertCluster(t, prov, { engine: opts.engine, pools: opts.pools, connection: opts.connection ?? { workDir } });
  const projectId = await insertProject(t, tenant.org.id, tenant.owner.personId);
  const allocationId = await insertAllocation(t, projectId, tenant.org.id, { gpuClass: opts.gpuClass, gpuHoursPerMonth: opts.gpuHoursPerMonth, maxConcurrentGpus: opts.maxConcurrentGpus });
  return { op, prov, tenant, program: prog, voucher, projectId, clusterId, allocationId, workDir };
}
