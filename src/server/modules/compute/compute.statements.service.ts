// Compute statements of a month (China Standard Time): a tenant's (its jobs metered in the month,
// by project and by GPU model) and a provider's (the jobs on its clusters: income by cluster and
// by tenant, the program's subsidy and the tenants' own share). The sums are the jobs' charges,
// which are the ledger's settled amounts. As JSON, CSV or XLSX (bilingual headers, yuan).
import type { Deps } from '../../deps.ts';
import type { RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { CSV_TYPE, XLSX_TYPE, renderTables, type ExportFile, type ExportFormat, type Kind, type Table, type Value } from '../../http/export.ts';
import { requireOrgRole } from '../identity/index.ts';
import { orgNames } from './compute.catalog.repo.ts';
import * as repo from './compute.jobs.repo.ts';
import type { JobState } from '../../../shared/compute.ts';

type D = Pick<Deps, 'db' | 'now'>;

const CST_MS = 8 * 3600 * 1000;

/** The first instant of a `YYYY-MM` month and of the month after, in China Standard Time. */
export function monthRange(period: string): { from: Date; to: Date } {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new AppError('validation_failed', 'period must be YYYY-MM');
  const y = Number(m[1]);
  const mo = Number(m[2]);
  return { from: new Date(Date.UTC(y, mo - 1, 1) - CST_MS), to: new Date(Date.UTC(y, mo, 1) - CST_MS) };
}

export interface Sums {
  jobs: number;
  gpuHours: number;
  totalFen: number;
  subsidyFen: number;
  ownFen: number;
}

export interface StatementLine {
  jobId: string;
  name: string;
  projectId: string;
  projectName: string;
  orgId: string;
  orgName: string;
  orgNameEn: string | null;
  clusterId: string;
  clusterName: string;
  state: JobState;
  gpuModel: string | null;
  gpuHours: number;
  cpuHours: number;
  gpuHourFen: number;
  cpuHourFen: number;
  totalFen: number;
  subsidyFen: number;
  ownFen: number;
  orderId: string | null;
  meteredAt: string;
}

export interface TenantStatement {
  orgId: string;
  orgName: string;
  orgNameEn: string | null;
  period: string;
  lines: StatementLine[];
  byProject: ({ projectId: string; projectName: string } & Sums)[];
  byModel: ({ gpuModel: string | null } & Sums)[];
  totals: Sums;
}

export interface ProviderStatement {
  providerId: string;
  providerName: string;
  period: string;
  lines: StatementLine[];
  byCluster: ({ clusterId: string; clusterName: string } & Sums)[];
  byTenant: ({ orgId: string; orgName: string; orgNameEn: string | null } & Sums)[];
  totals: Sums;
}

const zero = (): Sums => ({ jobs: 0, gpuHours: 0, totalFen: 0, subsidyFen: 0, ownFen: 0 });
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

function add(s: Sums, l: StatementLine): void {
  s.jobs++;
  s.gpuHours = round4(s.gpuHours + l.gpuHours);
  s.totalFen += l.totalFen;
  s.subsidyFen += l.subsidyFen;
  s.ownFen += l.ownFen;
}

function groupBy<K extends Record<string, unknown>>(lines: StatementLine[], keyOf: (l: StatementLine) => string, head: (l: StatementLine) => K): (K & Sums)[] {
  const m = new Map<string, K & Sums>();
  for (const l of lines) {
    const k = keyOf(l);
    if (!m.has(k)) m.set(k, { ...head(l), ...zero() });
    add(m.get(k)!, l);
  }
  return [...m.entries()].sort(([ka, a], [kb, b]) => b.totalFen - a.totalFen || ka.localeCompare(kb)).map(([, v]) => v);
}

async function lines(deps: D, f: { orgId?: string; providerId?: string }, period: string): Promise<StatementLine[]> {
  const { from, to } = monthRange(period);
  const db = deps.db.db;
  const jobs = await repo.meteredJobs(db, f, from, to);
  const [projects, orgs] = await Promise.all([repo.projectNames(db, [...new Set(jobs.map((j) => j.projectId))]), orgNames(db, [...new Set(jobs.map((j) => j.orgId))])]);
  return jobs.map((j) => {
    const c = j.charge!;
    return {
      jobId: j.id,
      name: j.name,
      projectId: j.projectId,
      projectName: projects.get(j.projectId) ?? j.projectId,
      orgId: j.orgId,
      orgName: orgs.get(j.orgId)?.name ?? j.orgId,
      orgNameEn: orgs.get(j.orgId)?.nameEn ?? null,
      clusterId: j.clusterId!,
      clusterName: j.clusterName,
      state: j.state,
      gpuModel: c.gpuModel,
      gpuHours: round4(c.gpuSeconds / 3600),
      cpuHours: round4(c.cpuSeconds / 3600),
      gpuHourFen: c.gpuHourFen,
      cpuHourFen: c.cpuHourFen,
      totalFen: c.totalFen,
      subsidyFen: c.subsidyFen,
      ownFen: c.ownFen,
      orderId: j.orderId,
      meteredAt: j.meteredAt!.toISOString(),
    };
  });
}

function totals(ls: StatementLine[]): Sums {
  const s = zero();
  for (const l of ls) add(s, l);
  return s;
}

/** A tenant's compute statement of a month (its members; operators read). */
export async function tenantStatement(deps: D, ctx: RequestCtx, orgId: string, period: string): Promise<TenantStatement> {
  await requireOrgRole(deps.db.db, ctx, orgId, 'member', { read: true });
  const org = (await orgNames(deps.db.db, [orgId])).get(orgId);
  if (!org) throw new AppError('not_found', 'no such organization');
  const ls = await lines(deps, { orgId }, period);
  return {
    orgId,
    orgName: org.name,
    orgNameEn: org.nameEn,
    period,
    lines: ls,
    byProject: groupBy(ls, (l) => l.projectId, (l) => ({ projectId: l.projectId, projectName: l.projectName })),
    byModel: groupBy(ls, (l) => l.gpuModel ?? '', (l) => ({ gpuModel: l.gpuModel })),
    totals: totals(ls),
  };
}

/** A provider's compute income of a month (its members; operators read). */
export async function providerStatement(deps: D, ctx: RequestCtx, providerId: string, period: string): Promise<ProviderStatement> {
  const p = await repo.findProvider(deps.db.db, providerId);
  if (!p) throw new AppError('not_found', 'no such provider');
  await requireOrgRole(deps.db.db, ctx, p.orgId, 'member', { read: true });
  const ls = await lines(deps, { providerId }, period);
  return {
    providerId,
    providerName: p.name,
    period,
    lines: ls,
    byCluster: groupBy(ls, (l) => l.clusterId, (l) => ({ clusterId: l.clusterId, clusterName: l.clusterName })),
    byTenant: groupBy(ls, (l) => l.orgId, (l) => ({ orgId: l.orgId, orgName: l.orgName, orgNameEn: l.orgNameEn })),
    totals: totals(ls),
  };
}

// ── files ────────────────────────────────────────────────────────────────────────────────────

const Y = (zh: string, en: string) => `${zh}（元）/ ${en} (yuan)`;

function cstTime(iso: string): string {
  return new Date(new Date(iso).getTime() + CST_MS).toISOString().slice(0, 19).replace('T', ' ');
}

function sumsTable(sheet: string, title: string, keyHeaders: [string, string][], rows: { keys: Value[]; s: Sums }[]): Table {
  return {
    sheet,
    title,
    columns: [
      ...keyHeaders.map(([h]) => ({ header: h, kind: 'text' as Kind })),
      { header: '作业数 / Jobs', kind: 'int' },
      { header: 'GPU 时 / GPU-hours', kind: 'dec' },
      { header: Y('合计', 'Total'), kind: 'yuan' },
      { header: Y('补贴', 'Subsidy'), kind: 'yuan' },
      { header: Y('自付', 'Own share'), kind: 'yuan' },
    ],
    rows: rows.map((r) => [...r.keys, r.s.jobs, r.s.gpuHours, r.s.totalFen, r.s.subsidyFen, r.s.ownFen]),
  };
}

function linesTable(ls: StatementLine[]): Table {
  return {
    sheet: 'Jobs',
    title: '作业明细 / Jobs',
    columns: [
      { header: '作业编号 / Job ID', kind: 'text' },
      { header: '作业名称 / Name', kind: 'text' },
      { header: '项目 / Project', kind: 'text' },
      { header: '租户 / Tenant', kind: 'text' },
      { header: '集群 / Cluster', kind: 'text' },
      { header: '状态 / State', kind: 'text' },
      { header: 'GPU 型号 / GPU model', kind: 'text' },
      { header: 'GPU 时 / GPU-hours', kind: 'dec' },
      { header: 'CPU 时 / CPU-hours', kind: 'dec' },
      { header: Y('GPU 时单价', 'Price per GPU-hour'), kind: 'yuan' },
      { header: Y('合计', 'Total'), kind: 'yuan' },
      { header: Y('补贴', 'Subsidy'), kind: 'yuan' },
      { header: Y('自付', 'Own share'), kind: 'yuan' },
      { header: '订单 / Order', kind: 'text' },
      { header: '计量时间 / Metered at (UTC+8)', kind: 'text' },
    ],
    rows: ls.map((l) => [l.jobId, l.name, l.projectName, l.orgName, l.clusterName, l.state, l.gpuModel, l.gpuHours, l.cpuHours, l.gpuHourFen, l.totalFen, l.subsidyFen, l.ownFen, l.orderId, cstTime(l.meteredAt)]),
  };
}

function file(base: string, format: ExportFormat, body: Uint8Array): ExportFile {
  return { filename: `${base.replace(/[^A-Za-z0-9_.-]/g, '_')}.${format}`, contentType: format === 'csv' ? CSV_TYPE : XLSX_TYPE, body };
}

/** A tenant's statement as a file: sheets Summary (by project, by model) and Jobs. */
export async function tenantStatementFile(deps: D, ctx: RequestCtx, orgId: string, period: string, format: ExportFormat): Promise<ExportFile> {
  const s = await tenantStatement(deps, ctx, orgId, period);
  const tables = [
    sumsTable('Projects', `算力账单 ${s.period} ${s.orgName} — 按项目 / Compute statement by project`, [['项目 / Project', '']], [
      ...s.byProject.map((p) => ({ keys: [p.projectName], s: p })),
      { keys: ['合计 / Total'], s: s.totals },
    ]),
    sumsTable('Models', '按 GPU 型号 / By GPU model', [['GPU 型号 / GPU model', '']], s.byModel.map((m) => ({ keys: [m.gpuModel ?? 'CPU'], s: m }))),
    linesTable(s.lines),
  ];
  return file(`compute-statement-${s.period}-${s.orgId}`, format, await renderTables(tables, format));
}

/** A provider's statement as a file: sheets Clusters, Tenants and Jobs. */
export async function providerStatementFile(deps: D, ctx: RequestCtx, providerId: string, period: string, format: ExportFormat): Promise<ExportFile> {
  const s = await providerStatement(deps, ctx, providerId, period);
  const tables = [
    sumsTable('Clusters', `算力收入 ${s.period} ${s.providerName} — 按集群 / Compute income by cluster`, [['集群 / Cluster', '']], [
      ...s.byCluster.map((c) => ({ keys: [c.clusterName], s: c })),
      { keys: ['合计 / Total'], s: s.totals },
    ]),
    sumsTable('Tenants', '按租户 / By tenant', [['租户 / Tenant', '']], s.byTenant.map((t) => ({ keys: [t.orgName], s: t }))),
    linesTable(s.lines),
  ];
  return file(`compute-income-${s.period}-${s.providerId}`, format, await renderTables(tables, format));
}
