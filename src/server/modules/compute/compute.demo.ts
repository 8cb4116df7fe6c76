// The compute desk's demo: the compute providers of the ledger's directory register clusters
// (run by the embedded local executor, with their GPUs as fake devices, so that a job submitted
// in the demo really runs on this machine), startups' projects get allocations paid partly by
// their compute vouchers, and two months of finished jobs were metered and charged through the
// ledger (holds posted for what was used, the rest released), so that usage, spend and income
// have a history. Deterministic given its random source.
import { and, eq, sql } from 'drizzle-orm';
import { GPU_MODELS, type GpuClass, type JobState } from '../../../shared/compute.ts';
import { newId } from '../../../shared/ids.ts';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { PersonActor, RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { record } from '../audit/index.ts';
import { projects, type SeedMembership, type SeedOrganization, type SeedPerson } from '../identity/index.ts';
import { deposit, holdMeteredIn, ledgerPrograms, ledgerProviders, ledgerVouchers, settleMeteredIn } from '../ledger/index.ts';
import { chargeFen, decayed, HALF_LIFE_SECONDS, maxCostFen } from './compute.pricing.ts';
import { computeAllocations, computeClusters, computeConsents, computeJobEvents, computeJobs, computeUsage } from './compute.table.ts';
import type { ClusterPool, JobCharge, JobUsage } from './compute.types.ts';

interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export interface ComputeDemoInput {
  random: Random;
  now: Date;
  organizations: readonly SeedOrganization[];
  people: readonly SeedPerson[];
  memberships: readonly SeedMembership[];
}

export interface ComputeDemoReport {
  clusters: number;
  gpus: number;
  projects: number;
  allocations: number;
  jobs: number;
  chargedFen: number;
  subsidyFen: number;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

interface ClusterDef {
  slot: 'home' | 'second';
  code: string;
  name: string;
  nameEn: string;
  region: string;
  admission: 'open' | 'consent';
  description: string;
  pools: ClusterPool[];
}

// Prices after the published rental prices of 2024–2025 (yuan per card-hour): A800 ≈ 9.8,
// H800 ≈ 17.8–18.5, Ascend 910B ≈ 6, L40S ≈ 4.2.
const CLUSTERS: ClusterDef[] = [
  {
    slot: 'home',
    code: 'SSC-PD-A800',
    name: '上海超算 · 浦东 A800 集群',
    nameEn: 'SSC Pudong A800 cluster',
    region: 'shanghai-pudong',
    admission: 'open',
    description: '演示集群：由本机执行器运行，GPU 为模拟设备 · Demo cluster: run by the local executor, GPUs are simulated devices',
    pools: [
      { name: 'a800', gpuModel: 'A800', nodes: 8, gpusPerNode: 8, cpusPerNode: 64, memGbPerNode: 1024, gpuHourFen: 980, cpuHourFen: 15 },
      { name: 'h800', gpuModel: 'H800', nodes: 2, gpusPerNode: 8, cpusPerNode: 64, memGbPerNode: 1024, gpuHourFen: 1850, cpuHourFen: 15 },
      { name: 'cpu', gpuModel: null, nodes: 8, gpusPerNode: 0, cpusPerNode: 128, memGbPerNode: 512, gpuHourFen: 1, cpuHourFen: 12 },
    ],
  },
  {
    slot: 'home',
    code: 'SSC-LG-910B',
    name: '上海超算 · 临港昇腾集群',
    nameEn: 'SSC Lingang Ascend cluster',
    region: 'shanghai-lingang',
    admission: 'open',
    description: '演示集群：国产算力（昇腾 910B），由本机执行器运行 · Demo cluster: domestic accelerators (Ascend 910B), run by the local executor',
    pools: [{ name: 'ascend', gpuModel: 'Ascend910B', nodes: 4, gpusPerNode: 8, cpusPerNode: 192, memGbPerNode: 1536, gpuHourFen: 600, cpuHourFen: 10 }],
  },
  {
    slot: 'second',
    code: 'LG-AI-H800',
    name: '临港智算中心 H800 集群',
    nameEn: 'Lingang AI computing center, H800',
    region: 'shanghai-lingang',
    admission: 'consent',
    description: '演示集群：需服务方同意后方可使用，由本机执行器运行 · Demo cluster: tenants need the provider’s consent; run by the local executor',
    pools: [
      { name: 'h800', gpuModel: 'H800', nodes: 8, gpusPerNode: 8, cpusPerNode: 96, memGbPerNode: 2048, gpuHourFen: 1780, cpuHourFen: 14 },
      { name: 'l40s', gpuModel: 'L40S', nodes: 4, gpusPerNode: 8, cpusPerNode: 64, memGbPerNode: 512, gpuHourFen: 420, cpuHourFen: 14 },
    ],
  },
];

interface ProjectDef {
  code: string;
  name: string;
  nameEn: string;
  allocations: { gpuClass: GpuClass | null; hours: number; concurrent: number; weight: number }[];
}

const FOUNDER_PROJECTS: ProjectDef[] = [
  {
    code: 'VGEN',
    name: '视频生成基础模型预训练',
    nameEn: 'Video generation foundation model, pre-training',
    allocations: [
      { gpuClass: 'training', hours: 6000, concurrent: 48, weight: 3 },
      { gpuClass: 'inference', hours: 800, concurrent: 8, weight: 1 },
    ],
  },
  { code: 'TRYON', name: '电商虚拟试衣模型微调', nameEn: 'Virtual try-on for e-commerce, fine-tuning', allocations: [{ gpuClass: 'training', hours: 1200, concurrent: 16, weight: 1 }] },
];

const OTHER_PROJECT_NAMES: [string, string][] = [
  ['写作助手大模型对齐训练', 'Writing assistant LLM alignment'],
  ['作物育种基因组预测模型', 'Genomic prediction model for crop breeding'],
  ['工业质检视觉模型', 'Visual inspection model for manufacturing'],
  ['医学影像分割模型', 'Medical image segmentation model'],
  ['多语种语音识别', 'Multilingual speech recognition'],
  ['自动驾驶场景生成', 'Driving scene generation'],
];

const COMMANDS = [
  'torchrun --nproc_per_node=$GPUS train.py --config configs/pretrain.yaml',
  'python finetune.py --lora --epochs 3',
  'python eval.py --suite ceval,cmmlu',
  'deepspeed train.py --zero 3',
  'python preprocess.py --shards 256',
];

/** Seeds the compute desk's demo inside the seed's transaction (`deps.db` is that transaction). */
export async function seedComputeDemo(deps: Pick<Deps, 'db' | 'now' | 'jobs'>, ctx: RequestCtx, input: ComputeDemoInput): Promise<ComputeDemoReport> {
  const tx: Db = deps.db.db;
  const rnd = input.random;
  const now = input.now;
  const people = new Map(input.people.map((p) => [p.email, p]));
  const as = (p: SeedPerson): RequestCtx => ({ ...ctx, actor: { kind: 'person', personId: p.id, email: p.email, name: p.name, platformRole: p.platformRole, via: 'session', scopes: 'all' } satisfies PersonActor });
  const operator = people.get('operator@pujiang.example') ?? input.people.find((p) => p.platformRole === 'operator');
  const founder = people.get('founder@pujiang.example');
  const providerAdmin = people.get('orgadmin@pujiang.example');
  if (!operator) throw new Error('seed: the compute demo needs an operator');
  const op = as(operator);

  // ── clusters of the compute providers ──
  const providers = await tx
    .select({ id: ledgerProviders.id, orgId: ledgerProviders.orgId })
    .from(ledgerProviders)
    .where(and(eq(ledgerProviders.status, 'admitted'), sql`'compute' = any(${ledgerProviders.categories})`))
    .orderBy(ledgerProviders.id);
  if (!providers.length) return { clusters: 0, gpus: 0, projects: 0, allocations: 0, jobs: 0, chargedFen: 0, subsidyFen: 0 };
  const adminOrgs = new Set(input.memberships.filter((m) => providerAdmin && m.personId === providerAdmin.id && ['owner', 'admin'].includes(m.role)).map((m) => m.orgId));
  const home = providers.find((p) => adminOrgs.has(p.orgId)) ?? providers[0]!;
  const second = providers.find((p) => p.id !== home.id) ?? home;
  const clusters: { id: string; def: ClusterDef; providerId: string; providerOrgId: string }[] = [];
  for (const def of CLUSTERS) {
    const p = def.slot === 'home' ? home : second;
    const id = newId('cluster', now.getTime() - 80 * DAY);
    await tx.insert(computeClusters).values({
      id,
      providerId: p.id,
      providerOrgId: p.orgId,
      code: def.code,
      name: def.name,
      nameEn: def.nameEn,
      engine: 'local',
      region: def.region,
      status: 'active',
      admission: def.admission,
      pools: def.pools,
      connection: {},
      description: def.description,
      createdBy: providerAdmin?.id ?? null,
      createdAt: new Date(now.getTime() - 80 * DAY),
    });
    clusters.push({ id, def, providerId: p.id, providerOrgId: p.orgId });
  }

  // ── tenants: the founder's startup and other startups holding compute vouchers ──
  const computeVouchers = await tx
    .select({ id: ledgerVouchers.id, orgId: ledgerVouchers.orgId })
    .from(ledgerVouchers)
    .innerJoin(ledgerPrograms, eq(ledgerPrograms.id, ledgerVouchers.programId))
    .where(and(eq(ledgerPrograms.kind, 'compute_voucher'), eq(ledgerVouchers.status, 'active')))
    .orderBy(ledgerVouchers.id);
  const voucherOf = new Map<string, string>();
  for (const v of computeVouchers) if (!voucherOf.has(v.orgId)) voucherOf.set(v.orgId, v.id);
  const providerOrgIds = new Set(providers.map((p) => p.orgId));
  const founderOrg = founder ? input.memberships.find((m) => m.personId === founder.id && m.role === 'owner')?.orgId : undefined;
  const ownerOf = new Map<string, string>();
  for (const m of input.memberships) if (m.role === 'owner' && !ownerOf.has(m.orgId)) ownerOf.set(m.orgId, m.personId);
  const startups = input.organizations.filter((o) => o.kind === 'startup' && o.id !== founderOrg && voucherOf.has(o.id) && !providerOrgIds.has(o.id) && ownerOf.has(o.id)).slice(0, OTHER_PROJECT_NAMES.length);

  const tenants: { orgId: string; lead: string | null; defs: ProjectDef[] }[] = [];
  if (founderOrg) tenants.push({ orgId: founderOrg, lead: founder!.id, defs: FOUNDER_PROJECTS });
  startups.forEach((o, i) => {
    const [name, nameEn] = OTHER_PROJECT_NAMES[i]!;
    tenants.push({
      orgId: o.id,
      lead: ownerOf.get(o.id) ?? null,
      defs: [{ code: `P${String(i + 1).padStart(2, '0')}`, name, nameEn, allocations: [{ gpuClass: i % 3 === 2 ? 'domestic' : 'training', hours: rnd.pick([400, 800, 1500, 2500]), concurrent: rnd.pick([8, 16, 24]), weight: rnd.int(1, 3) }] }],
    });
  });

  // The consent cluster admits the founder's startup and every other tenant but the last (who asked and waits).
  const consentCluster = clusters.find((c) => c.def.admission === 'consent');
  if (consentCluster) {
    for (const [n, tnt] of tenants.entries()) {
      const waiting = n === tenants.length - 1 && n > 0;
      await tx.insert(computeConsents).values({
        id: newId('consent', now.getTime() - 70 * DAY),
        clusterId: consentCluster.id,
        orgId: tnt.orgId,
        status: waiting ? 'requested' : 'granted',
        note: waiting ? '申请使用 H800 进行模型训练 · asking to train on H800' : null,
        requestedBy: tnt.lead,
        decidedBy: waiting ? null : (providerAdmin?.id ?? null),
        decidedAt: waiting ? null : new Date(now.getTime() - 69 * DAY),
        createdAt: new Date(now.getTime() - 70 * DAY),
      });
    }
  }

  // Own funds for the own share of the history's charges.
  for (const tnt of tenants) await deposit(deps, op, tnt.orgId, { amountFen: 3_000_000_00, memo: '算力预付款 · compute prepayment' }, `seed:compute-deposit:${tnt.orgId}`);

  let projectCount = 0;
  let allocationCount = 0;
  const allocs: { id: string; orgId: string; projectId: string; gpuClass: GpuClass | null; concurrent: number; voucherId: string | null; lead: string | null }[] = [];
  for (const [n, tnt] of tenants.entries()) {
    for (const def of tnt.defs) {
      const projectId = newId('project', now.getTime() - 75 * DAY);
      await tx.insert(projects).values({ id: projectId, orgId: tnt.orgId, code: def.code, name: def.name, nameEn: def.nameEn, leadPersonId: tnt.lead, createdAt: new Date(now.getTime() - 75 * DAY) });
      projectCount++;
      for (const a of def.allocations) {
        const id = newId('allocation', now.getTime() - 74 * DAY);
        // The second tenant's allocation ends in ten days: its expiry warning is due.
        const endsOn = n === 1 ? new Date(now.getTime() + 10 * DAY) : new Date(now.getTime() + 300 * DAY);
        await tx.insert(computeAllocations).values({
          id,
          projectId,
          orgId: tnt.orgId,
          gpuClass: a.gpuClass,
          gpuHoursPerMonth: a.hours,
          maxConcurrentGpus: a.concurrent,
          weight: a.weight,
          startsOn: new Date(now.getTime() - 74 * DAY),
          endsOn,
          status: 'active',
          voucherId: voucherOf.get(tnt.orgId) ?? null,
          source: 'operator',
          justification: `${def.name}：按月 GPU 卡时需求 · monthly GPU-hours for ${def.nameEn}`,
          requestedBy: tnt.lead,
          decidedBy: operator.id,
          decidedAt: new Date(now.getTime() - 73 * DAY),
          createdAt: new Date(now.getTime() - 74 * DAY),
        });
        allocationCount++;
        allocs.push({ id, orgId: tnt.orgId, projectId, gpuClass: a.gpuClass, concurrent: a.concurrent, voucherId: voucherOf.get(tnt.orgId) ?? null, lead: tnt.lead });
      }
    }
  }
  // One request waiting for an operator: more inference hours for the founder's video model.
  const founderVideo = allocs[0];
  if (founderVideo && founderOrg) {
    await tx.insert(computeAllocations).values({
      id: newId('allocation', now.getTime() - 2 * DAY),
      projectId: founderVideo.projectId,
      orgId: founderOrg,
      gpuClass: 'domestic',
      gpuHoursPerMonth: 2000,
      maxConcurrentGpus: 16,
      weight: 1,
      startsOn: new Date(now.getTime() + 3 * DAY),
      endsOn: new Date(now.getTime() + 183 * DAY),
      status: 'requested',
      voucherId: voucherOf.get(founderOrg) ?? null,
      source: 'operator',
      justification: '推理服务迁移到国产算力，申请昇腾 910B 配额 · moving inference to domestic accelerators',
      requestedBy: founder?.id ?? null,
      createdAt: new Date(now.getTime() - 2 * DAY),
    });
    allocationCount++;
  }

  // ── two months of finished jobs, metered and charged in the order they ended ──
  type Planned = { alloc: (typeof allocs)[number]; cluster: (typeof clusters)[number]; pool: ClusterPool; gpus: number; cpus: number; limitH: number; start: number; end: number; state: JobState; exit: number | null };
  const planned: Planned[] = [];
  const poolsFor = (cls: GpuClass | null) =>
    clusters.flatMap((c) => c.def.pools.filter((p) => (cls === null ? p.gpuModel === null : p.gpuModel !== null && GPU_MODELS[p.gpuModel].class === cls)).map((pool) => ({ c, pool })));
  for (const a of allocs) {
    const options = poolsFor(a.gpuClass).filter(({ c }) => c.def.admission === 'open' || a.orgId !== tenants[tenants.length - 1]?.orgId);
    if (!options.length) continue;
    const count = a.orgId === founderOrg ? 24 : 8;
    for (let i = 0; i < count; i++) {
      const { c, pool } = options.sort((x, y) => x.pool.gpuHourFen - y.pool.gpuHourFen || x.c.id.localeCompare(y.c.id))[rnd.chance(0.75) ? 0 : rnd.int(0, options.length - 1)]!;
      const gpus = Math.min(rnd.pick([1, 1, 2, 4, 8, 8, 16]), a.concurrent, pool.nodes * pool.gpusPerNode);
      const limitH = rnd.pick([2, 4, 8, 12, 24, 48]);
      const start = now.getTime() - rnd.int(2, 62) * DAY + rnd.int(0, 23) * HOUR;
      const roll = rnd.next();
      const state: JobState = roll < 0.6 ? 'completed' : roll < 0.85 ? 'failed' : roll < 0.95 ? 'cancelled' : 'timeout';
      const ranH = state === 'timeout' ? limitH : state === 'completed' ? limitH * (0.3 + 0.65 * rnd.next()) : limitH * 0.02 + limitH * 0.3 * rnd.next();
      const end = Math.min(start + Math.round(ranH * HOUR), now.getTime() - HOUR);
      planned.push({ alloc: a, cluster: c, pool, gpus, cpus: Math.max(1, gpus * 8), limitH, start, end, state, exit: state === 'completed' ? 0 : state === 'failed' ? rnd.pick([1, 137, 2]) : null });
    }
  }
  planned.sort((x, y) => x.end - y.end);
  let jobs = 0;
  let chargedFen = 0;
  let subsidyFen = 0;
  const usageOf = new Map<string, { usage: number; at: number }>();
  for (const p of planned) {
    const id = newId('computeJob', p.start);
    const timeLimitSeconds = p.limitH * 3600;
    const maxFen = maxCostFen({ gpus: p.gpus, cpus: p.cpus, timeLimitSeconds }, p.pool);
    const elapsed = Math.max(1, Math.round((p.end - p.start) / 1000));
    const usage: JobUsage = { elapsedSeconds: elapsed, gpus: p.gpus, cpus: p.cpus, gpuSeconds: p.gpus * elapsed, cpuSeconds: p.cpus * elapsed, gpuModel: p.pool.gpuModel, source: `local: ${p.gpus} fake GPU × ${elapsed} s` };
    const total = Math.min(chargeFen(usage, p.pool), maxFen);
    const lead = p.alloc.lead;
    const name = `${p.pool.gpuModel ?? 'cpu'}-${rnd.pick(['pretrain', 'sft', 'eval', 'dpo', 'prep'])}-${String(jobs + 1).padStart(3, '0')}`;
    // Jobs that cannot be held (the company's money ran out) are not in the history.
    const charged = await tx
      .transaction(async (sp) => {
        const hold = await holdMeteredIn(
          sp,
          ctx,
          { providerId: p.cluster.providerId, buyerOrgId: p.alloc.orgId, category: 'compute', contractNo: `${id}#1`, description: `${name}: ${p.gpus} × ${p.pool.gpuModel ?? 'CPU'}, ${p.limitH} h`, maxFen, voucherId: p.alloc.voucherId ?? undefined, timeoutSeconds: timeLimitSeconds + 7 * 86_400, refType: 'compute_job', refId: id },
          new Date(p.start),
        );
        const settled = await settleMeteredIn(
          sp,
          ctx,
          hold.orderId,
          { totalFen: total, lines: [{ priceItemId: '', sku: `gpu-${p.pool.name}`, name: `${p.pool.gpuModel ?? 'CPU'} ${(usage.gpuSeconds / 3600).toFixed(2)} GPU-h`, unit: 'GPU-second', unitPriceFen: p.pool.gpuHourFen, quantity: usage.gpuSeconds, amountFen: total }] },
          new Date(p.end),
        );
        return { hold, settled };
      })
      .catch((err: unknown) => {
        if (err instanceof AppError) return null;
        throw err;
      });
    if (!charged) continue;
    const code = p.cluster.def.code;
    const externalId = `demo-${jobs + 1}`;
    const charge: JobCharge = { gpuModel: p.pool.gpuModel, gpuSeconds: usage.gpuSeconds, cpuSeconds: usage.cpuSeconds, gpuHourFen: p.pool.gpuHourFen, cpuHourFen: p.pool.cpuHourFen, totalFen: charged.settled.totalFen, subsidyFen: charged.settled.subsidyFen, ownFen: charged.settled.ownFen };
    await tx.insert(computeJobs).values({
      id,
      projectId: p.alloc.projectId,
      orgId: p.alloc.orgId,
      allocationId: p.alloc.id,
      submittedBy: lead,
      submittedVia: rnd.pick(['web', 'cli', 'api'] as const),
      name,
      command: rnd.pick(COMMANDS),
      gpus: p.gpus,
      gpuModel: p.pool.gpuModel,
      gpuClass: p.pool.gpuModel ? GPU_MODELS[p.pool.gpuModel].class : null,
      cpus: p.cpus,
      memGb: Math.max(8, p.gpus * 64),
      timeLimitMinutes: p.limitH * 60,
      env: {},
      state: p.state,
      clusterId: p.cluster.id,
      pool: p.pool.name,
      externalId,
      orderId: charged.hold.orderId,
      maxCostFen: maxFen,
      voucherNote: charged.hold.voucherNote,
      exitCode: p.exit,
      // The engine's own words, as the controller keeps them.
      message: p.state === 'timeout' ? 'time limit reached' : null,
      messageCode: p.state === 'timeout' ? 'engine' : null,
      usage,
      charge,
      submittedAt: new Date(p.start - rnd.int(1, 90) * 60_000),
      admittedAt: new Date(p.start - 30_000),
      dispatchedAt: new Date(p.start - 20_000),
      startedAt: new Date(p.start),
      endedAt: new Date(p.end),
      meteredAt: new Date(p.end + 60_000),
      updatedAt: new Date(p.end + 60_000),
    });
    // The history the controller writes (codes and params for the screens, English sentences for the rest).
    const { hold, settled } = charged;
    const billed = `${charge.totalFen} fen (voucher ${charge.subsidyFen}, own ${charge.ownFen}) for ${usage.gpuSeconds} GPU-s and ${usage.cpuSeconds} CPU-s; order ${hold.orderId} ${settled.status}`;
    await tx.insert(computeJobEvents).values([
      {
        jobId: id,
        at: new Date(p.start - 30_000),
        state: 'admitted',
        message: `admitted to ${code}/${p.pool.name}; hold ${hold.maxFen} fen (voucher ${hold.subsidyFen}, own ${hold.ownFen}${hold.voucherNote ? `; voucher: ${hold.voucherNote}` : ''}) order ${hold.orderId}`,
        code: 'admitted',
        params: { cluster: code, pool: p.pool.name, maxFen: hold.maxFen, subsidyFen: hold.subsidyFen, ownFen: hold.ownFen, voucherNote: hold.voucherNote, orderId: hold.orderId, latestStartAt: null },
      },
      { jobId: id, at: new Date(p.start - 20_000), state: 'dispatched', message: `dispatched to ${code} as ${externalId}`, code: 'dispatched', params: { cluster: code, externalId } },
      { jobId: id, at: new Date(p.start), state: 'running', message: `running on ${code} (${externalId})`, code: 'running', params: { cluster: code, externalId } },
      ...(p.state === 'cancelled' ? [{ jobId: id, at: new Date(p.end - 5_000), state: 'running' as const, message: 'cancel requested', code: 'cancel_requested' as const }] : []),
      {
        jobId: id,
        at: new Date(p.end + 60_000),
        state: p.state,
        message: `${p.state}${p.exit !== null ? ` (exit ${p.exit})` : ''}; charged ${billed}`,
        code: 'charged',
        params: { exitCode: p.exit, totalFen: charge.totalFen, subsidyFen: charge.subsidyFen, ownFen: charge.ownFen, gpuSeconds: usage.gpuSeconds, cpuSeconds: usage.cpuSeconds, orderId: hold.orderId, orderStatus: settled.status },
      },
    ]);
    const u = usageOf.get(p.alloc.id) ?? { usage: 0, at: p.end };
    usageOf.set(p.alloc.id, { usage: decayed(u.usage, u.at, p.end, HALF_LIFE_SECONDS) + usage.gpuSeconds, at: p.end });
    jobs++;
    chargedFen += charge.totalFen;
    subsidyFen += charge.subsidyFen;
  }
  for (const [allocationId, u] of usageOf) await tx.insert(computeUsage).values({ allocationId, usage: u.usage, at: new Date(u.at) });
  const gpus = clusters.reduce((s, c) => s + c.def.pools.reduce((t, p) => t + p.nodes * p.gpusPerNode, 0), 0);
  const report = { clusters: clusters.length, gpus, projects: projectCount, allocations: allocationCount, jobs, chargedFen, subsidyFen };
  await record(tx, ctx, { action: 'seed.compute', objectType: 'seed', after: { ...report } }, now);
  return report;
}
