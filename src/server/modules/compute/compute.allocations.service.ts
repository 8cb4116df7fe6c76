// Projects' allocations of compute, as ColdFront and NSF ACCESS hand them out: GPU-hours per
// month in one GPU class (or CPU only), the most GPUs at once, a weight in fair share, dates, and
// the voucher that pays the program's share. A tenant organization's admin requests one; a
// platform operator approves (with a weight), refuses, or grants one directly; the calls engine
// creates one when a decision on a compute call accepts an application
// (compute.allocations.calls.ts). Fourteen days before an allocation ends its organization's
// admins and the project's lead get one warning mail; at its end it expires. Both are durable
// jobs written with the allocation, and a sweep does whatever is due (for allocations written
// without jobs, or jobs lost with a restored backup).
import type { AllocationStatus, GpuClass } from '../../../shared/compute.ts';
import { newId } from '../../../shared/ids.ts';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { systemCtx, type RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { COUNT_CAP, decodeCursor, toPage, type Page } from '../../http/paging.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { queueMail } from '../../mail/mail.service.ts';
import { record } from '../audit/index.ts';
import { isStaff, personOf, requireOrgRole, requireStaff } from '../identity/index.ts';
import { isSystem } from './compute.clusters.service.ts';
import * as repo from './compute.catalog.repo.ts';

type D = Pick<Deps, 'db' | 'now' | 'jobs'>;

const DAY_MS = 86_400_000;
/** The center keeps its calendar in China Standard Time (UTC+8, no daylight saving). */
const CST_MS = 8 * 3_600_000;
/** How long before its end an allocation's expiry warning goes out. */
export const WARN_BEFORE_MS = 14 * DAY_MS;
export const ALLOCATION_WARN_JOB = 'compute.allocation.warn';
export const ALLOCATION_EXPIRE_JOB = 'compute.allocation.expire';
const MAX_PROJECTS = 500;
const MAX_PROJECT_ALLOCATIONS = 2000;
const SWEEP_BATCH = 500;

// ── the center's calendar ────────────────────────────────────────────────────────────────

/** The first instant of a calendar day (YYYY-MM-DD) in China Standard Time. */
export function dayStart(date: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new AppError('validation_failed', 'a date is YYYY-MM-DD');
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - CST_MS);
}

/** The calendar day (China Standard Time) of an instant. */
export function cstDate(d: Date): string {
  return new Date(d.getTime() + CST_MS).toISOString().slice(0, 10);
}

/** The center month `YYYY-MM` of an instant, with its first instant and the next month's. */
export function centerMonthOf(d: Date): { month: string; from: Date; to: Date } {
  const local = new Date(d.getTime() + CST_MS);
  const y = local.getUTCFullYear();
  const mo = local.getUTCMonth();
  return { month: local.toISOString().slice(0, 7), from: new Date(Date.UTC(y, mo, 1) - CST_MS), to: new Date(Date.UTC(y, mo + 1, 1) - CST_MS) };
}

// ── views ────────────────────────────────────────────────────────────────────────────────

export interface AllocationUseView {
  month: string;
  gpuHoursUsed: number;
  gpuHoursLeft: number;
  runningGpus: number;
  daysToExpiry: number;
}

export interface AllocationView {
  id: string;
  projectId: string;
  projectCode: string;
  projectName: string;
  projectNameEn: string | null;
  orgId: string;
  orgName: string;
  orgNameEn: string | null;
  gpuClass: GpuClass | null;
  gpuHoursPerMonth: number;
  maxConcurrentGpus: number;
  weight: number;
  startsOn: string;
  endsOn: string;
  startsAt: string;
  endsAt: string;
  status: AllocationStatus;
  voucherId: string | null;
  source: 'operator' | 'call';
  applicationId: string | null;
  justification: string | null;
  requestedBy: string | null;
  requestedByName: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  warnedAt: string | null;
  createdAt: string;
  updatedAt: string;
  use: AllocationUseView;
  canDecide: boolean;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const hours = (seconds: number) => Math.round(seconds / 36) / 100;

/** Views of allocations with this center month's use, their organizations' and requesters' names. */
async function viewsOf(db: Db, ctx: RequestCtx, rows: repo.AllocationListRow[], now: Date): Promise<AllocationView[]> {
  if (!rows.length) return [];
  const month = centerMonthOf(now);
  const use = await repo.allocationUse(
    db,
    rows.map((r) => r.id),
    month.from,
    month.to,
  );
  const orgs = await repo.orgNames(
    db,
    rows.map((r) => r.orgId),
  );
  const people = await repo.personBasics(
    db,
    rows.map((r) => r.requestedBy).filter((x): x is string => !!x),
  );
  const canDecide = isStaff(ctx.actor);
  return rows.map((a) => {
    const u = use.get(a.id) ?? { gpuSeconds: 0, runningGpus: 0 };
    const used = hours(u.gpuSeconds);
    const org = orgs.get(a.orgId);
    return {
      id: a.id,
      projectId: a.projectId,
      projectCode: a.projectCode,
      projectName: a.projectName,
      projectNameEn: a.projectNameEn,
      orgId: a.orgId,
      orgName: org?.name ?? a.orgId,
      orgNameEn: org?.nameEn ?? null,
      gpuClass: a.gpuClass,
      gpuHoursPerMonth: a.gpuHoursPerMonth,
      maxConcurrentGpus: a.maxConcurrentGpus,
      weight: a.weight,
      startsOn: cstDate(a.startsOn),
      endsOn: cstDate(new Date(a.endsOn.getTime() - 1)),
      startsAt: a.startsOn.toISOString(),
      endsAt: a.endsOn.toISOString(),
      status: a.status,
      voucherId: a.voucherId,
      source: a.source,
      applicationId: a.applicationId,
      justification: a.justification,
      requestedBy: a.requestedBy,
      requestedByName: a.requestedBy ? (people.get(a.requestedBy)?.name ?? null) : null,
      decidedBy: a.decidedBy,
      decidedAt: iso(a.decidedAt),
      decisionNote: a.decisionNote,
      warnedAt: iso(a.warnedAt),
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
      use: {
        month: month.month,
        gpuHoursUsed: used,
        gpuHoursLeft: Math.max(0, Math.round((a.gpuHoursPerMonth - used) * 100) / 100),
        runningGpus: u.runningGpus,
        daysToExpiry: Math.ceil((a.endsOn.getTime() - now.getTime()) / DAY_MS),
      },
      canDecide,
    };
  });
}

/** The allocation's own fields, as the audit log keeps them. */
export function allocationAudit(a: repo.AllocationRow) {
  return {
    id: a.id,
    projectId: a.projectId,
    orgId: a.orgId,
    gpuClass: a.gpuClass,
    gpuHoursPerMonth: a.gpuHoursPerMonth,
    maxConcurrentGpus: a.maxConcurrentGpus,
    weight: a.weight,
    startsOn: a.startsOn.toISOString(),
    endsOn: a.endsOn.toISOString(),
    status: a.status,
    voucherId: a.voucherId,
    source: a.source,
    applicationId: a.applicationId,
    decisionNote: a.decisionNote,
  };
}

// ── checks shared with the calls hook ────────────────────────────────────────────────────

/** A live project, or not_found / invalid_state. */
export async function liveProject(db: Db, projectId: string): Promise<repo.ProjectRow> {
  const p = await repo.findProject(db, projectId);
  if (!p) throw new AppError('not_found', 'no such project');
  if (p.archivedAt) throw new AppError('invalid_state', 'the project is archived');
  return p;
}

/** A voucher of the organization that is still active, or a field error / voucher_not_active. */
export async function orgVoucher(db: Db, orgId: string, voucherId: string, field = 'voucherId'): Promise<string> {
  const v = await repo.findVoucher(db, voucherId);
  if (!v || v.orgId !== orgId) throw new AppError('validation_failed', 'not a voucher of the organization', undefined, [{ path: field, message: "not a voucher of the project's organization" }]);
  if (v.status !== 'active') throw new AppError('voucher_not_active', `the voucher is ${v.status}`, { voucherId });
  return v.id;
}

/** Refuses a second allocation of the same class over the same days (the scheduler needs one per class at a time). */
export async function refuseOverlap(db: Db, projectId: string, gpuClass: GpuClass | null, from: Date, to: Date, exceptId?: string): Promise<void> {
  const other = await repo.overlapping(db, projectId, gpuClass, from, to, exceptId);
  if (other) {
    throw new AppError('invalid_state', `the project already has an allocation (${other.status}) of this class for these days`, { allocationId: other.id, status: other.status });
  }
}

/** Writes the jobs of an active allocation: the warning 14 days before its end (at once when nearer) and the expiry at its end. */
export async function scheduleAllocationJobs(tx: Db, jobs: Pick<JobQueue, 'enqueue'>, a: { id: string; endsOn: Date }, now: Date): Promise<void> {
  const warnAt = new Date(Math.max(now.getTime(), a.endsOn.getTime() - WARN_BEFORE_MS));
  await jobs.enqueue(tx, ALLOCATION_WARN_JOB, { allocationId: a.id }, { runAt: warnAt });
  await jobs.enqueue(tx, ALLOCATION_EXPIRE_JOB, { allocationId: a.id }, { runAt: a.endsOn });
}

// ── requests and decisions ───────────────────────────────────────────────────────────────

export interface AllocationInput {
  projectId: string;
  gpuClass: GpuClass | null;
  gpuHoursPerMonth: number;
  maxConcurrentGpus: number;
  startsOn: string;
  endsOn: string;
  justification?: string | undefined;
  voucherId?: string | undefined;
  approve?: boolean | undefined;
  weight?: number | undefined;
}

/**
 * A tenant organization's admin requests an allocation for a project (status requested); an
 * operator may grant it at once (`approve`, with a weight).
 */
export async function requestAllocation(deps: D, ctx: RequestCtx, input: AllocationInput): Promise<AllocationView> {
  const person = personOf(ctx);
  const now = deps.now();
  const id = newId('allocation', now.getTime());
  await deps.db.db.transaction(async (tx) => {
    const p = await repo.findProject(tx, input.projectId);
    if (!p) throw new AppError('not_found', 'no such project');
    if (input.approve) requireStaff(ctx);
    else await requireOrgRole(tx, ctx, p.orgId, 'admin', { staffWrites: true });
    if (input.weight !== undefined && !input.approve) throw new AppError('validation_failed', 'a weight is given when approving', undefined, [{ path: 'weight', message: 'only with approve: true' }]);
    await liveProject(tx, p.id);
    const startsOn = dayStart(input.startsOn);
    const endsOn = new Date(dayStart(input.endsOn).getTime() + DAY_MS);
    const errors: { path: string; message: string }[] = [];
    if (endsOn <= startsOn) errors.push({ path: 'endsOn', message: 'the last day is before the first' });
    else if (endsOn <= now) errors.push({ path: 'endsOn', message: 'the last day has passed' });
    if (errors.length) throw new AppError('validation_failed', 'the allocation is not valid', undefined, errors);
    const voucherId = input.voucherId ? await orgVoucher(tx, p.orgId, input.voucherId) : null;
    await refuseOverlap(tx, p.id, input.gpuClass, startsOn, endsOn);
    const active = input.approve === true;
    await repo.insertAllocation(tx, {
      id,
      projectId: p.id,
      orgId: p.orgId,
      gpuClass: input.gpuClass,
      gpuHoursPerMonth: input.gpuHoursPerMonth,
      maxConcurrentGpus: input.maxConcurrentGpus,
      weight: input.weight ?? 1,
      startsOn,
      endsOn,
      status: active ? 'active' : 'requested',
      voucherId,
      source: 'operator',
      justification: input.justification?.trim() || null,
      requestedBy: person.personId,
      decidedBy: active ? person.personId : null,
      decidedAt: active ? now : null,
      createdAt: now,
      updatedAt: now,
    });
    const row = (await repo.lockAllocation(tx, id))!;
    if (active) await scheduleAllocationJobs(tx, deps.jobs, row, now);
    await record(tx, ctx, { action: active ? 'compute.allocation.grant' : 'compute.allocation.request', objectType: 'compute_allocation', objectId: id, orgId: p.orgId, after: allocationAudit(row) }, now);
  });
  return getAllocation(deps, ctx, id);
}

export interface AllocationDecision {
  approve: boolean;
  weight?: number | undefined;
  gpuHoursPerMonth?: number | undefined;
  maxConcurrentGpus?: number | undefined;
  note?: string | undefined;
}

/** An operator approves (with a weight and, if they say so, other hours or concurrency) or refuses a requested allocation; the requester is told by mail. */
export async function decideAllocation(deps: D, ctx: RequestCtx, allocationId: string, input: AllocationDecision): Promise<AllocationView> {
  const person = personOf(ctx);
  requireStaff(ctx);
  const now = deps.now();
  await deps.db.db.transaction(async (tx) => {
    const before = await repo.lockAllocation(tx, allocationId);
    if (!before) throw new AppError('not_found', 'no such allocation');
    if (before.status !== 'requested') throw new AppError('invalid_state', `the allocation is ${before.status}`, { status: before.status });
    if (!input.approve && (input.weight !== undefined || input.gpuHoursPerMonth !== undefined || input.maxConcurrentGpus !== undefined)) {
      throw new AppError('validation_failed', 'a refusal changes nothing of the request', undefined, [{ path: 'approve', message: 'weight, hours and concurrency go with approve: true' }]);
    }
    if (input.approve) {
      if (before.endsOn <= now) throw new AppError('invalid_state', 'the allocation has ended before it was approved');
      await liveProject(tx, before.projectId);
      await refuseOverlap(tx, before.projectId, before.gpuClass, before.startsOn, before.endsOn, before.id);
    }
    const after = await repo.updateAllocation(tx, allocationId, {
      status: input.approve ? 'active' : 'refused',
      weight: input.weight ?? before.weight,
      gpuHoursPerMonth: input.gpuHoursPerMonth ?? before.gpuHoursPerMonth,
      maxConcurrentGpus: input.maxConcurrentGpus ?? before.maxConcurrentGpus,
      decidedBy: person.personId,
      decidedAt: now,
      decisionNote: input.note?.trim() || null,
      updatedAt: now,
    });
    if (input.approve) await scheduleAllocationJobs(tx, deps.jobs, after, now);
    await record(tx, ctx, { action: input.approve ? 'compute.allocation.approve' : 'compute.allocation.refuse', objectType: 'compute_allocation', objectId: allocationId, orgId: before.orgId, before: allocationAudit(before), after: allocationAudit(after) }, now);
    await mailDecision(tx, deps, after);
  });
  return getAllocation(deps, ctx, allocationId);
}

/** An operator revokes a requested or active allocation, with a reason. */
export async function revokeAllocation(deps: D, ctx: RequestCtx, allocationId: string, reason: string): Promise<AllocationView> {
  const person = personOf(ctx);
  requireStaff(ctx);
  const now = deps.now();
  await deps.db.db.transaction(async (tx) => {
    const before = await repo.lockAllocation(tx, allocationId);
    if (!before) throw new AppError('not_found', 'no such allocation');
    if (before.status !== 'active' && before.status !== 'requested') throw new AppError('invalid_state', `the allocation is ${before.status}`, { status: before.status });
    const after = await repo.updateAllocation(tx, allocationId, { status: 'revoked', decidedBy: person.personId, decidedAt: now, decisionNote: reason.trim(), updatedAt: now });
    await record(tx, ctx, { action: 'compute.allocation.revoke', objectType: 'compute_allocation', objectId: allocationId, orgId: before.orgId, before: allocationAudit(before), after: allocationAudit(after) }, now);
  });
  return getAllocation(deps, ctx, allocationId);
}

// ── reads ────────────────────────────────────────────────────────────────────────────────

/** One allocation with this month's use (members of its organization, operators; anyone else: not found). */
export async function getAllocation(deps: Pick<Deps, 'db' | 'now'>, ctx: RequestCtx, allocationId: string): Promise<AllocationView> {
  const db = deps.db.db;
  if (!isSystem(ctx)) personOf(ctx);
  const a = await repo.findAllocation(db, allocationId);
  if (!a) throw new AppError('not_found', 'no such allocation');
  if (!isSystem(ctx)) await requireOrgRole(db, ctx, a.orgId, 'member', { read: true });
  const [view] = await viewsOf(db, ctx, [a], deps.now());
  return view!;
}

export interface AllocationListFilter {
  status?: AllocationStatus | undefined;
  orgId?: string | undefined;
  projectId?: string | undefined;
}

/** A page of allocations, newest first: a tenant's own organizations', or (operators) everyone's. */
export async function listAllocations(deps: Pick<Deps, 'db' | 'now'>, ctx: RequestCtx, f: AllocationListFilter, cursor: string | undefined, limit: number): Promise<Page<AllocationView>> {
  const db = deps.db.db;
  const c = decodeCursor(cursor, 1);
  if (c && typeof c[0] !== 'string') throw new AppError('validation_failed', 'cursor is not valid', undefined, [{ path: 'cursor', message: 'not a cursor' }]);
  const orgIds = isSystem(ctx) || isStaff(ctx.actor) ? undefined : [...(await repo.rolesOfPerson(db, personOf(ctx).personId)).keys()];
  const filter: repo.AllocationFilter = { orgIds, orgId: f.orgId, projectId: f.projectId, status: f.status };
  const [rows, total] = await Promise.all([repo.listAllocations(db, filter, c ? String(c[0]) : undefined, limit), repo.countAllocations(db, filter, COUNT_CAP)]);
  const page = toPage(rows, limit, (r) => [r.id], (r) => r, total);
  return { ...page, items: await viewsOf(db, ctx, page.items, deps.now()) };
}

export interface ComputeProjectView {
  id: string;
  orgId: string;
  orgName: string;
  orgNameEn: string | null;
  code: string;
  name: string;
  nameEn: string | null;
  leadPersonId: string | null;
  myRole: 'owner' | 'admin' | 'member' | null;
  allocations: AllocationView[];
}

/**
 * The live projects of the caller's organizations (or of one of them), each with its requested and
 * active allocations and this month's use. Operators may name any organization.
 */
export async function computeProjects(deps: Pick<Deps, 'db' | 'now'>, ctx: RequestCtx, q: { orgId?: string | undefined }): Promise<{ items: ComputeProjectView[] }> {
  const db = deps.db.db;
  const system = isSystem(ctx);
  const roles = system ? new Map<string, 'owner' | 'admin' | 'member'>() : await repo.rolesOfPerson(db, personOf(ctx).personId);
  let orgIds = [...roles.keys()];
  if (q.orgId) {
    if (!roles.has(q.orgId) && !isStaff(ctx.actor) && !system) throw new AppError('not_found', 'no such organization');
    orgIds = [q.orgId];
  }
  const projects = await repo.projectsOfOrgs(db, orgIds, MAX_PROJECTS);
  const rows = (await repo.listAllocations(db, { projectIds: projects.map((p) => p.id) }, undefined, MAX_PROJECT_ALLOCATIONS)).filter((a) => a.status === 'requested' || a.status === 'active');
  const views = await viewsOf(db, ctx, rows, deps.now());
  const orgs = await repo.orgNames(db, orgIds);
  return {
    items: projects.map((p) => ({
      id: p.id,
      orgId: p.orgId,
      orgName: orgs.get(p.orgId)?.name ?? p.orgId,
      orgNameEn: orgs.get(p.orgId)?.nameEn ?? null,
      code: p.code,
      name: p.name,
      nameEn: p.nameEn,
      leadPersonId: p.leadPersonId,
      myRole: roles.get(p.orgId) ?? null,
      allocations: views.filter((a) => a.projectId === p.id),
    })),
  };
}

// ── mail ─────────────────────────────────────────────────────────────────────────────────

const CLASS_ZH: Record<string, string> = { training: '训练', inference: '推理', domestic: '国产', cpu: 'CPU' };

function describe(a: repo.AllocationListRow | (repo.AllocationRow & { projectCode?: string })): { zh: string; en: string } {
  const cls = a.gpuClass ?? 'cpu';
  return {
    zh: `${CLASS_ZH[cls]}类 每月 ${a.gpuHoursPerMonth} GPU 小时，最多同时 ${a.maxConcurrentGpus} 块 GPU，${cstDate(a.startsOn)} 至 ${cstDate(new Date(a.endsOn.getTime() - 1))}`,
    en: `${cls} class, ${a.gpuHoursPerMonth} GPU-hours a month, at most ${a.maxConcurrentGpus} GPUs at once, ${cstDate(a.startsOn)} to ${cstDate(new Date(a.endsOn.getTime() - 1))}`,
  };
}

/** Tells the requester how their request was decided. */
async function mailDecision(tx: Db, deps: Pick<Deps, 'jobs' | 'now'>, a: repo.AllocationRow): Promise<void> {
  if (!a.requestedBy) return;
  const who = (await repo.personBasics(tx, [a.requestedBy])).get(a.requestedBy);
  if (!who || who.disabled) return;
  const project = await repo.findProject(tx, a.projectId);
  const d = describe(a);
  const ok = a.status === 'active';
  const body = [
    `${who.name}，您好：`,
    '',
    `项目 ${project?.code ?? a.projectId} 的算力配额申请（${d.zh}）${ok ? `已批准，权重 ${a.weight}。` : '未获批准。'}`,
    ...(a.decisionNote ? [`说明：${a.decisionNote}`] : []),
    '',
    '——',
    '',
    `Dear ${who.name},`,
    '',
    `The compute allocation requested for project ${project?.code ?? a.projectId} (${d.en}) was ${ok ? `approved with weight ${a.weight}.` : 'not approved.'}`,
    ...(a.decisionNote ? [`Note: ${a.decisionNote}`] : []),
    '',
  ].join('\n');
  await queueMail(tx, deps, { to: who.email, subject: `算力配额${ok ? '已批准' : '未获批准'} Compute allocation ${ok ? 'approved' : 'not approved'}: ${project?.code ?? a.projectId}`, body });
}

// ── expiry: the warning and the end ──────────────────────────────────────────────────────

/**
 * Sends the expiry warning of one allocation once (its organization's admins and the project's
 * lead), when it is active, ends within 14 days and was not warned yet. True when it went out.
 */
export async function warnAllocation(deps: Pick<Deps, 'db' | 'now' | 'jobs'>, allocationId: string): Promise<boolean> {
  const now = deps.now();
  const ctx = systemCtx('jobs');
  return deps.db.db.transaction(async (tx) => {
    const a = await repo.lockAllocation(tx, allocationId);
    if (!a || a.status !== 'active' || a.warnedAt || a.endsOn.getTime() - WARN_BEFORE_MS > now.getTime()) return false;
    const full = (await repo.findAllocation(tx, allocationId))!;
    const admins = await repo.adminEmails(tx, a.orgId);
    const lead = full.projectLeadId ? (await repo.personBasics(tx, [full.projectLeadId])).get(full.projectLeadId) : undefined;
    const to = [...new Set([...admins, ...(lead && !lead.disabled ? [lead.email] : [])].map((e) => e.toLowerCase()))];
    const days = Math.max(0, Math.ceil((a.endsOn.getTime() - now.getTime()) / DAY_MS));
    const last = cstDate(new Date(a.endsOn.getTime() - 1));
    const d = describe(a);
    const body = [
      '您好：',
      '',
      `项目 ${full.projectCode}（${full.projectName}）的算力配额（${d.zh}）将于 ${last} 到期，还剩 ${days} 天。到期后该项目的新作业将不再被调度；如需继续使用，请尽快申请新的配额。`,
      '',
      '——',
      '',
      'Hello,',
      '',
      `The compute allocation of project ${full.projectCode} (${full.projectNameEn ?? full.projectName}; ${d.en}) ends on ${last}, in ${days} day${days === 1 ? '' : 's'}. After that no new job of the project is scheduled; request a new allocation soon to continue.`,
      '',
    ].join('\n');
    for (const email of to) await queueMail(tx, deps, { to: email, subject: `算力配额即将到期 Compute allocation ending: ${full.projectCode} (${last})`, body });
    const after = await repo.updateAllocation(tx, allocationId, { warnedAt: now, updatedAt: now });
    await record(tx, ctx, { action: 'compute.allocation.warn', objectType: 'compute_allocation', objectId: allocationId, orgId: a.orgId, after: { ...allocationAudit(after), warnedAt: now.toISOString(), recipients: to.length } }, now);
    return true;
  });
}

/** Ends an active allocation whose last day has passed (status expired). True when it expired now. */
export async function expireAllocation(deps: Pick<Deps, 'db' | 'now'>, allocationId: string): Promise<boolean> {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const a = await repo.lockAllocation(tx, allocationId);
    if (!a || a.status !== 'active' || a.endsOn > now) return false;
    const after = await repo.updateAllocation(tx, allocationId, { status: 'expired', updatedAt: now });
    await record(tx, systemCtx('jobs'), { action: 'compute.allocation.expire', objectType: 'compute_allocation', objectId: allocationId, orgId: a.orgId, before: allocationAudit(a), after: allocationAudit(after) }, now);
    return true;
  });
}

/** Does whatever is due now: warnings of allocations ending within 14 days, expiry of those ended. */
export async function sweepAllocations(deps: Pick<Deps, 'db' | 'now' | 'jobs'>): Promise<{ warned: number; expired: number }> {
  const now = deps.now();
  let warned = 0;
  let expired = 0;
  for (const id of await repo.dueForExpiry(deps.db.db, now, SWEEP_BATCH)) if (await expireAllocation(deps, id)) expired++;
  for (const id of await repo.dueForWarning(deps.db.db, new Date(now.getTime() + WARN_BEFORE_MS), SWEEP_BATCH)) if (await warnAllocation(deps, id)) warned++;
  return { warned, expired };
}

/** Registers the allocation jobs: each warns or expires its allocation, then sweeps whatever else is due. */
export function registerComputeJobs(deps: Pick<Deps, 'db' | 'now' | 'jobs'>): void {
  deps.jobs.register(ALLOCATION_WARN_JOB, async (payload) => {
    await warnAllocation(deps, String(payload.allocationId));
    await sweepAllocations(deps);
  });
  deps.jobs.register(ALLOCATION_EXPIRE_JOB, async (payload) => {
    await expireAllocation(deps, String(payload.allocationId));
    await sweepAllocations(deps);
  });
}
