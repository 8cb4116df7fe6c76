// The compute desk on the calls engine: a call with desk 'compute' takes applications whose
// compute part (compute_allocation_requests) names the project, the GPU class, GPU-hours per
// month, the most GPUs at once and for how many months; submission refuses an application whose
// part is missing or does not fit its organization; an accepted decision ('awarded' or 'partial')
// creates the project's active allocation in the deciding transaction (source 'call'), with what
// the award says (gpuHoursPerMonth, maxConcurrentGpus, months, weight) or else what was asked.
import type { GpuClass } from '../../../shared/compute.ts';
import { newId } from '../../../shared/ids.ts';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { createJobQueue } from '../../jobs/queue.ts';
import { record } from '../audit/index.ts';
import { applicationAccess, isActiveReviewer, registerDeskHooks, requireApplicationEditor, type ApplicationRef } from '../calls/index.ts';
import { personOf } from '../identity/index.ts';
import { allocationAudit, cstDate, dayStart, orgVoucher, refuseOverlap, scheduleAllocationJobs } from './compute.allocations.service.ts';
import * as repo from './compute.catalog.repo.ts';

const DAY_MS = 86_400_000;

export interface ComputePartView {
  applicationId: string;
  saved: boolean;
  status: string;
  orgId: string | null;
  projectId: string | null;
  projectCode: string | null;
  projectName: string | null;
  projectNameEn: string | null;
  gpuClass: GpuClass | null;
  gpuHoursPerMonth: number | null;
  maxConcurrentGpus: number | null;
  months: number | null;
  voucherId: string | null;
  allocationId: string | null;
  editable: boolean;
}

export interface ComputePartInput {
  projectId: string;
  gpuClass: GpuClass | null;
  gpuHoursPerMonth: number;
  maxConcurrentGpus: number;
  months: number;
  voucherId?: string | null | undefined;
}

/** The compute part of an application (its applicants, the call's staff, its reviewers; anyone else: not found). */
export async function getComputePart(deps: Pick<Deps, 'db'>, ctx: RequestCtx, applicationId: string): Promise<ComputePartView> {
  const db = deps.db.db;
  const person = personOf(ctx);
  const access = await applicationAccess(db, ctx, applicationId);
  if (access.call.desk !== 'compute') throw new AppError('not_found', 'this application has no compute part');
  if (access.role === null && !(access.app.status !== 'draft' && (await isActiveReviewer(db, applicationId, person.personId)))) throw new AppError('not_found', 'no such application');
  const part = await repo.findRequest(db, applicationId);
  const project = part ? await repo.findProject(db, part.projectId) : undefined;
  const allocation = await repo.allocationOfApplication(db, applicationId);
  return {
    applicationId,
    saved: part !== undefined,
    status: access.app.status,
    orgId: access.app.orgId,
    projectId: part?.projectId ?? null,
    projectCode: project?.code ?? null,
    projectName: project?.name ?? null,
    projectNameEn: project?.nameEn ?? null,
    gpuClass: part?.gpuClass ?? null,
    gpuHoursPerMonth: part?.gpuHoursPerMonth ?? null,
    maxConcurrentGpus: part?.maxConcurrentGpus ?? null,
    months: part?.months ?? null,
    voucherId: part?.voucherId ?? null,
    allocationId: allocation?.id ?? null,
    editable: (access.role === 'pi' || access.role === 'member') && access.app.status === 'draft',
  };
}

/** Creates or replaces the compute part of a draft (its applicants, while the call takes work): the project must be a live one of the application's organization. */
export async function saveComputePart(deps: Pick<Deps, 'db' | 'now'>, ctx: RequestCtx, applicationId: string, input: ComputePartInput): Promise<ComputePartView> {
  const person = personOf(ctx);
  const now = deps.now();
  await deps.db.db.transaction(async (tx) => {
    const { app, call } = await requireApplicationEditor(tx, ctx, applicationId, now);
    if (call.desk !== 'compute') throw new AppError('not_found', 'this application has no compute part');
    if (!app.orgId) throw new AppError('invalid_state', 'the application names no organization: allocations go to projects of one');
    const project = await repo.findProject(tx, input.projectId);
    if (!project || project.orgId !== app.orgId) throw new AppError('validation_failed', 'not a project of the organization', undefined, [{ path: 'projectId', message: "not a project of the application's organization" }]);
    if (project.archivedAt) throw new AppError('validation_failed', 'the project is archived', undefined, [{ path: 'projectId', message: 'the project is archived' }]);
    const voucherId = input.voucherId ? await orgVoucher(tx, app.orgId, input.voucherId) : null;
    await repo.upsertRequest(tx, {
      applicationId,
      projectId: project.id,
      gpuClass: input.gpuClass,
      gpuHoursPerMonth: input.gpuHoursPerMonth,
      maxConcurrentGpus: input.maxConcurrentGpus,
      months: input.months,
      voucherId,
      updatedBy: person.personId,
      updatedAt: now,
    });
    await record(tx, ctx, { action: 'compute.part.save', objectType: 'application', objectId: applicationId, orgId: app.orgId, after: { ...input, voucherId } }, now);
  });
  return getComputePart(deps, ctx, applicationId);
}

/** What the compute part still lacks for submission (empty when complete); the submit hook. */
export async function missingForSubmission(tx: Db, app: ApplicationRef): Promise<string[]> {
  const part = await repo.findRequest(tx, app.id);
  if (!part) return ['compute.part'];
  const missing: string[] = [];
  const found = await repo.applicationDesk(tx, app.id);
  const project = await repo.findProject(tx, part.projectId);
  if (!project || project.archivedAt || !found || project.orgId !== found.orgId) missing.push('compute.project');
  if (part.gpuClass !== null && part.gpuHoursPerMonth < 1) missing.push('compute.hours');
  if (part.gpuClass !== null && part.maxConcurrentGpus < 1) missing.push('compute.concurrency');
  return missing;
}

/** A whole number ≥ `min` from the award, else the fallback; anything else is a field error. */
function awardInt(award: Record<string, unknown>, key: string, fallback: number, min: number, max: number): number {
  const v = award[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new AppError('validation_failed', `award.${key} must be a whole number from ${min} to ${max}`, undefined, [{ path: `award.${key}`, message: `a whole number from ${min} to ${max}` }]);
  }
  return v;
}

/**
 * The decide hook: an accepted application becomes an active allocation from the day of the
 * decision for its months (the award may lower or raise hours, concurrency, months and set the
 * weight); a rejection creates nothing. Any refusal rolls the decision back.
 */
export async function afterDecision(tx: Db, app: ApplicationRef, decision: { outcome: string; award: Record<string, unknown>; decidedBy: string; at: Date }, ctx: RequestCtx): Promise<void> {
  if (decision.outcome !== 'awarded' && decision.outcome !== 'partial') return;
  const part = await repo.findRequest(tx, app.id);
  if (!part) throw new AppError('invalid_state', 'the application has no compute part');
  const project = await repo.findProject(tx, part.projectId);
  if (!project) throw new AppError('invalid_state', 'the project of the application is gone');
  if (project.archivedAt) throw new AppError('invalid_state', 'the project is archived');
  if (await repo.allocationOfApplication(tx, app.id)) throw new AppError('invalid_state', 'the application already has its allocation');
  const gpuHoursPerMonth = awardInt(decision.award, 'gpuHoursPerMonth', part.gpuHoursPerMonth, 0, 10_000_000);
  const maxConcurrentGpus = awardInt(decision.award, 'maxConcurrentGpus', part.maxConcurrentGpus, 0, 100_000);
  const months = awardInt(decision.award, 'months', part.months, 1, 60);
  const weight = awardInt(decision.award, 'weight', 1, 1, 1000);
  // From the start of the decision's day (China Standard Time) for whole months of 30 days.
  const startsOn = dayStart(cstDate(decision.at));
  const endsOn = new Date(startsOn.getTime() + months * 30 * DAY_MS);
  await refuseOverlap(tx, project.id, part.gpuClass, startsOn, endsOn);
  const id = newId('allocation', decision.at.getTime());
  await repo.insertAllocation(tx, {
    id,
    projectId: project.id,
    orgId: project.orgId,
    gpuClass: part.gpuClass,
    gpuHoursPerMonth,
    maxConcurrentGpus,
    weight,
    startsOn,
    endsOn,
    status: 'active',
    voucherId: part.voucherId,
    source: 'call',
    applicationId: app.id,
    requestedBy: app.piId,
    decidedBy: decision.decidedBy,
    decidedAt: decision.at,
    createdAt: decision.at,
    updatedAt: decision.at,
  });
  const row = (await repo.lockAllocation(tx, id))!;
  // The hook has no deps: a queue over the decision's clock writes the allocation's jobs in this transaction.
  await scheduleAllocationJobs(tx, createJobQueue(() => decision.at), row, decision.at);
  await record(tx, ctx, { action: 'compute.allocation.grant', objectType: 'compute_allocation', objectId: id, orgId: project.orgId, after: { ...allocationAudit(row), outcome: decision.outcome } }, decision.at);
}

registerDeskHooks('compute', { missingForSubmission, afterDecision });
