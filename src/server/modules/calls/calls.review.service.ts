// Review in the calls engine: panels with a chair and reviewers, assignment of reviewers (bulk and
// automatic, balanced by load and expertise), conflicts of interest enforced on every step, grades
// 1–5 with comments, and decisions with their letter. Every write runs in one transaction with its
// audit record.
import { newId } from '../../../shared/ids.ts';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { decodeCursor, toPage, type Page } from '../../http/paging.ts';
import { queueMail } from '../../mail/mail.service.ts';
import { record } from '../audit/index.ts';
import { isStaff, personOf } from '../identity/index.ts';
import { requireStaffRole, staffRoles, type StaffRoles } from './calls.access.ts';
import { conflictMatrix, conflictsOf, refuseConflict, type ConflictReason } from './calls.coi.ts';
import { deskHooks } from './calls.hooks.ts';
import * as repo from './calls.review.repo.ts';
import { addEventIn, applicationAccess, changeStatusIn } from './calls.service.ts';
import type { ApplicationStatus, DecisionOutcome, FormQuestion, ReviewStatus } from './calls.types.ts';

type D = Pick<Deps, 'db' | 'now'>;
type DJ = Pick<Deps, 'db' | 'now' | 'jobs'>;

/** Reviewers per application when the call's panel stage does not say. */
export const DEFAULT_REVIEWERS_PER_APPLICATION = 2;
/** Conflicts that keep staff (who run the call, not review it) from seeing grades. */
const STAFF_BLOCKING: ReadonlySet<ConflictReason> = new Set(['proposer', 'declared']);
const LIVE_STATUSES: ReadonlySet<ApplicationStatus> = new Set(['submitted', 'in_review']);

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const isManager = (r: StaffRoles) => r.manager;
const isReader = (r: StaffRoles) => r.manager || r.director;
const norm = (k: string) => k.trim().toLowerCase();

// ── views ─────────────────────────────────────────────────────────────────────────────────

export interface PanelView {
  id: string;
  ownerOrgId: string;
  ownerOrgName: string;
  ownerOrgNameEn: string | null;
  scopeRef: string | null;
  name: string;
  nameEn: string;
  areas: string[];
  memberCount: number;
  applicationCount: number;
  myRole: 'chair' | 'reviewer' | null;
  canManage: boolean;
  createdAt: string;
}

export interface PanelMemberView {
  personId: string;
  name: string;
  email: string | null;
  role: 'chair' | 'reviewer';
  expertise: string[];
  load: number;
}

export interface PanelApplicationView {
  id: string;
  number: string | null;
  title: string;
  status: ApplicationStatus;
  callId: string;
  keywords: string[];
  conflicted: boolean;
  grade: number | null;
  gradeCount: number;
}

export interface PanelDetailView extends PanelView {
  members: PanelMemberView[];
  applications: PanelApplicationView[];
}

export interface AssignmentView {
  id: string;
  applicationId: string;
  reviewerId: string;
  reviewerName: string;
  stage: string;
  status: ReviewStatus;
  grade: number | null;
  comments: string | null;
  assignedAt: string;
  submittedAt: string | null;
}

function assignmentView(a: repo.AssignmentRow, names: Map<string, { name: string }>, showGrade = true): AssignmentView {
  const visible = showGrade && a.status === 'submitted';
  return {
    id: a.id,
    applicationId: a.applicationId,
    reviewerId: a.reviewerId,
    reviewerName: names.get(a.reviewerId)?.name ?? '',
    stage: a.stage,
    status: a.status,
    grade: visible ? a.grade : null,
    comments: visible ? a.comments : null,
    assignedAt: a.assignedAt.toISOString(),
    submittedAt: iso(a.submittedAt),
  };
}

export type ReviewState = 'to_do' | 'draft' | 'submitted' | 'declined' | 'closed';

export interface ReviewItemView {
  id: string;
  applicationId: string;
  number: string | null;
  title: string;
  applicationStatus: ApplicationStatus;
  callId: string;
  callTitle: string;
  callTitleEn: string;
  desk: string;
  stage: string;
  status: ReviewStatus;
  state: ReviewState;
  grade: number | null;
  assignedAt: string;
  submittedAt: string | null;
}

function stateOf(a: repo.AssignmentRow, appStatus: ApplicationStatus): ReviewState {
  if (a.status === 'submitted') return 'submitted';
  if (a.status === 'declined') return 'declined';
  if (!LIVE_STATUSES.has(appStatus)) return 'closed';
  return a.grade !== null || (a.comments ?? '') !== '' ? 'draft' : 'to_do';
}

function reviewItemView(r: repo.MineRow): ReviewItemView {
  return {
    id: r.a.id,
    applicationId: r.app.id,
    number: r.app.number,
    title: r.app.title,
    applicationStatus: r.app.status,
    callId: r.app.callId,
    callTitle: r.call.title,
    callTitleEn: r.call.titleEn,
    desk: r.call.desk,
    stage: r.a.stage,
    status: r.a.status,
    state: stateOf(r.a, r.app.status),
    grade: r.a.grade,
    assignedAt: r.a.assignedAt.toISOString(),
    submittedAt: iso(r.a.submittedAt),
  };
}

export interface DecisionView {
  applicationId: string;
  outcome: DecisionOutcome;
  award: Record<string, unknown>;
  note: string | null;
  decidedBy: string;
  decidedAt: string;
  letterId: string | null;
}

function decisionView(d: repo.DecisionRow): DecisionView {
  return {
    applicationId: d.applicationId,
    outcome: d.outcome,
    award: d.award,
    note: d.note,
    decidedBy: d.decidedBy,
    decidedAt: d.decidedAt.toISOString(),
    letterId: d.letterId,
  };
}

// ── summaries (for other slices) ──────────────────────────────────────────────────────────

export interface ReviewSummary {
  mean: number | null;
  count: number;
  grades: number[];
}

/** Submitted panel grades per application (every id present); the caller decides who may see them. */
export async function reviewSummaries(db: Db, applicationIds: string[]): Promise<Map<string, ReviewSummary>> {
  const out = new Map<string, ReviewSummary>(applicationIds.map((id) => [id, { mean: null, count: 0, grades: [] }]));
  for (const g of await repo.submittedGrades(db, applicationIds)) {
    const s = out.get(g.applicationId)!;
    s.grades.push(g.grade);
    s.count++;
  }
  for (const s of out.values()) s.mean = s.count ? s.grades.reduce((a, b) => a + b, 0) / s.count : null;
  return out;
}

// ── access helpers ────────────────────────────────────────────────────────────────────────

/** The panel stage of a call: its key and how many reviewers each application gets (null: none). */
function panelStageOf(call: repo.CallRow): { key: string; reviewersPerApplication: number } | null {
  const s = call.stages.find((x) => x.kind === 'panel');
  return s ? { key: s.key, reviewersPerApplication: s.reviewersPerApplication ?? DEFAULT_REVIEWERS_PER_APPLICATION } : null;
}

async function requireCall(db: Db, callId: string): Promise<repo.CallRow> {
  const call = await repo.callById(db, callId);
  if (!call) throw new AppError('not_found', 'no such call');
  return call;
}

/**
 * Loads a call the caller manages. Callers who are not staff of its organization but know it
 * (it is public once open) get forbidden; drafts of other organizations are not found.
 */
async function requireManagedCall(db: Db, ctx: RequestCtx, callId: string): Promise<repo.CallRow> {
  personOf(ctx);
  const call = await requireCall(db, callId);
  const roles = await staffRoles(db, ctx, call.ownerOrgId);
  if (!roles.manager && call.status === 'draft') throw new AppError('not_found', 'no such call');
  await requireStaffRole(db, ctx, call.ownerOrgId);
  return call;
}

/**
 * Loads a panel the caller may see (staff of its organization, platform operators, its members);
 * anyone else gets not_found.
 */
async function visiblePanel(db: Db, ctx: RequestCtx, panelId: string): Promise<{ panel: repo.PanelRow; roles: StaffRoles; seat: repo.PanelMemberRow | undefined }> {
  const me = personOf(ctx).personId;
  const panel = await repo.panelById(db, panelId);
  if (!panel) throw new AppError('not_found', 'no such panel');
  const roles = await staffRoles(db, ctx, panel.ownerOrgId);
  const seat = await repo.panelSeat(db, panelId, me);
  if (!isReader(roles) && !seat) throw new AppError('not_found', 'no such panel');
  return { panel, roles, seat };
}

// ── panels ────────────────────────────────────────────────────────────────────────────────

/** Panels the caller may see (staff: their organizations'; members: theirs), and where they may create one. */
export async function listPanels(deps: D, ctx: RequestCtx, q: { ownerOrgId?: string | undefined; scopeRef?: string | undefined }): Promise<{ items: PanelView[]; staffOrgs: { id: string; name: string; nameEn: string | null }[] }> {
  const actor = personOf(ctx);
  const db = deps.db.db;
  const all = isStaff(actor);
  const staffOrgIds = await repo.staffOrgIdsOf(db, actor.personId);
  const rows = await repo.listPanels(db, { personId: actor.personId, all, orgIds: staffOrgIds, ownerOrgId: q.ownerOrgId, scopeRef: q.scopeRef, limit: 500 });
  const ownerIds = [...new Set(rows.map((r) => r.ownerOrgId))];
  const managed = new Set<string>();
  for (const orgId of new Set([...ownerIds, ...staffOrgIds])) {
    if (isManager(await staffRoles(db, ctx, orgId))) managed.add(orgId);
  }
  const createOrgs = all ? [...new Set([...staffOrgIds, ...(await repo.orgsRunningCalls(db))])] : staffOrgIds.filter((id) => managed.has(id));
  const names = await repo.orgNames(db, [...ownerIds, ...createOrgs]);
  const items = rows.map((p) => panelView(p, names, managed.has(p.ownerOrgId), p.myRole, p.memberCount, p.applicationCount));
  const staffOrgs = createOrgs
    .filter((id) => names.has(id))
    .map((id) => ({ id, name: names.get(id)!.name, nameEn: names.get(id)!.nameEn }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { items, staffOrgs };
}

function panelView(
  p: repo.PanelRow,
  orgs: Map<string, { name: string; nameEn: string | null }>,
  canManage: boolean,
  myRole: 'chair' | 'reviewer' | null,
  memberCount: number,
  applicationCount: number,
): PanelView {
  return {
    id: p.id,
    ownerOrgId: p.ownerOrgId,
    ownerOrgName: orgs.get(p.ownerOrgId)?.name ?? '',
    ownerOrgNameEn: orgs.get(p.ownerOrgId)?.nameEn ?? null,
    scopeRef: p.scopeRef,
    name: p.name,
    nameEn: p.nameEn,
    areas: p.areas,
    memberCount,
    applicationCount,
    myRole,
    canManage,
    createdAt: p.createdAt.toISOString(),
  };
}

export interface PanelInput {
  ownerOrgId: string;
  name: string;
  nameEn: string;
  scopeRef?: string | null | undefined;
  areas?: string[] | undefined;
}

/** Creates a panel of an organization (its user office; platform operators). */
export async function createPanel(deps: D, ctx: RequestCtx, input: PanelInput): Promise<PanelDetailView> {
  personOf(ctx);
  const db = deps.db.db;
  if (!(await repo.orgExists(db, input.ownerOrgId))) throw new AppError('not_found', 'no such organization');
  await requireStaffRole(db, ctx, input.ownerOrgId);
  const now = deps.now();
  const panel = await db.transaction(async (tx) => {
    const p = await repo.insertPanel(tx, {
      id: newId('panel', now.getTime()),
      ownerOrgId: input.ownerOrgId,
      scopeRef: input.scopeRef ?? null,
      name: input.name,
      nameEn: input.nameEn,
      areas: [...new Set(input.areas ?? [])],
      createdAt: now,
    });
    await record(tx, ctx, { action: 'calls.panel.create', objectType: 'panel', objectId: p.id, orgId: p.ownerOrgId, after: p }, now);
    return p;
  });
  return getPanel(deps, ctx, panel.id);
}

/** A panel with its members (and, for staff and the chair, its applications and the grades they may see). */
export async function getPanel(deps: D, ctx: RequestCtx, panelId: string): Promise<PanelDetailView> {
  const db = deps.db.db;
  const me = personOf(ctx).personId;
  const { panel, roles, seat } = await visiblePanel(db, ctx, panelId);
  const staff = isReader(roles);
  const members = await repo.membersOfPanels(db, [panel.id]);
  const apps = await repo.applicationsOfPanel(db, panel.id);
  const assignments = await repo.assignmentsOfApps(db, apps.map((a) => a.id));
  const people = await repo.peopleBasics(db, members.map((m) => m.personId));
  const load = new Map<string, number>();
  for (const a of assignments) if (a.status !== 'declined') load.set(a.reviewerId, (load.get(a.reviewerId) ?? 0) + 1);
  const memberViews: PanelMemberView[] = members.map((m) => ({
    personId: m.personId,
    name: people.get(m.personId)?.name ?? '',
    email: staff ? (people.get(m.personId)?.email ?? null) : null,
    role: m.role,
    expertise: m.expertise,
    load: load.get(m.personId) ?? 0,
  }));
  let appViews: PanelApplicationView[] = [];
  if (staff || seat?.role === 'chair') {
    const conflicts = await conflictMatrix(db, apps.map((a) => a.id), [me], deps.now());
    const sums = await reviewSummaries(db, apps.map((a) => a.id));
    appViews = apps.map((a) => {
      const reasons = conflicts.of(a.id, me);
      // The chair sits on the panel: every conflict counts. Staff only by their own proposals and declarations.
      const conflicted = seat ? reasons.length > 0 : reasons.some((r) => STAFF_BLOCKING.has(r));
      const s = sums.get(a.id)!;
      return {
        id: a.id,
        number: a.number,
        title: a.title,
        status: a.status,
        callId: a.callId,
        keywords: a.keywords,
        conflicted,
        grade: conflicted ? null : s.mean,
        gradeCount: conflicted ? 0 : s.count,
      };
    });
  }
  const orgs = await repo.orgNames(db, [panel.ownerOrgId]);
  return { ...panelView(panel, orgs, isManager(roles), seat?.role ?? null, members.length, apps.length), members: memberViews, applications: appViews };
}

/** Replaces the members of a panel (role and expertise keywords each; people by id or e-mail). */
export async function setPanelMembers(
  deps: D,
  ctx: RequestCtx,
  panelId: string,
  input: { personId?: string | undefined; email?: string | undefined; role: 'chair' | 'reviewer'; expertise: string[] }[],
): Promise<PanelDetailView> {
  const db = deps.db.db;
  const { panel } = await visiblePanel(db, ctx, panelId);
  await requireStaffRole(db, ctx, panel.ownerOrgId);
  const problems: { path: string; message: string }[] = [];
  const byEmail = await repo.peopleByEmail(db, input.flatMap((m) => (m.email ? [m.email] : [])));
  const known = await repo.peopleBasics(db, input.flatMap((m) => (m.personId ? [m.personId] : [])));
  const members: { personId: string; role: 'chair' | 'reviewer'; expertise: string[] }[] = [];
  const seen = new Set<string>();
  input.forEach((m, i) => {
    const personId = m.personId ?? byEmail.get(m.email!.toLowerCase());
    if (!personId || (m.personId && !known.has(m.personId))) {
      problems.push({ path: `members.${i}.${m.personId ? 'personId' : 'email'}`, message: 'no such person' });
      return;
    }
    if (seen.has(personId)) problems.push({ path: `members.${i}`, message: 'listed twice' });
    seen.add(personId);
    members.push({ personId, role: m.role, expertise: m.expertise });
  });
  if (input.filter((m) => m.role === 'chair').length > 1) problems.push({ path: 'members', message: 'a panel has at most one chair' });
  if (problems.length) throw new AppError('validation_failed', 'the members are not valid', undefined, problems);
  const now = deps.now();
  const rows = members.map((m) => ({ personId: m.personId, role: m.role, expertise: [...new Set(m.expertise.map((e) => e.trim()))] }));
  await db.transaction(async (tx) => {
    const before = await repo.membersOfPanels(tx, [panel.id]);
    await repo.replacePanelMembers(tx, panel.id, rows, now);
    await record(
      tx,
      ctx,
      {
        action: 'calls.panel.members',
        objectType: 'panel',
        objectId: panel.id,
        orgId: panel.ownerOrgId,
        before: before.map((m) => ({ personId: m.personId, role: m.role, expertise: m.expertise })),
        after: rows,
      },
      now,
    );
  });
  return getPanel(deps, ctx, panel.id);
}

/** Puts applications (of calls of the panel's organization, past the draft) on a panel. */
export async function attachApplications(deps: D, ctx: RequestCtx, panelId: string, applicationIds: string[]): Promise<{ attached: number }> {
  const db = deps.db.db;
  const { panel } = await visiblePanel(db, ctx, panelId);
  await requireStaffRole(db, ctx, panel.ownerOrgId);
  const ids = [...new Set(applicationIds)];
  const now = deps.now();
  return db.transaction(async (tx) => {
    const apps = await repo.applicationsByIds(tx, ids);
    const callsById = await repo.callsByIds(tx, apps.map((a) => a.callId));
    const found = new Set(apps.filter((a) => callsById.get(a.callId)?.ownerOrgId === panel.ownerOrgId).map((a) => a.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw new AppError('not_found', 'no such application among the calls of the organization', { applicationIds: missing });
    const drafts = apps.filter((a) => a.status === 'draft').map((a) => a.id);
    if (drafts.length) throw new AppError('invalid_state', 'drafts are not reviewed', { applicationIds: drafts });
    await repo.setPanelOf(tx, ids, panel.id, now);
    await record(tx, ctx, { action: 'calls.panel.attach', objectType: 'panel', objectId: panel.id, orgId: panel.ownerOrgId, after: { applicationIds: ids } }, now);
    return { attached: ids.length };
  });
}

// ── assignments ───────────────────────────────────────────────────────────────────────────

/** Moves a submitted application to in_review and records the assignment on its history. */
async function noteAssigned(tx: Db, ctx: RequestCtx, app: repo.AppRow, reviewerIds: string[], now: Date): Promise<void> {
  if (app.status === 'submitted') await changeStatusIn(tx, ctx, app.id, 'in_review', now, 'reviewers assigned');
  const actorId = ctx.actor.kind === 'person' ? ctx.actor.personId : null;
  await addEventIn(tx, { applicationId: app.id, kind: 'assigned', actorId, note: `${reviewerIds.length} reviewer(s)`, at: now });
}

/**
 * Assigns reviewers to applications of a call, all or nothing: each application submitted or in
 * review and on a panel, each reviewer a member of that panel and without a conflict of interest
 * (else `conflict_of_interest`). Pairs already assigned are kept as they are.
 */
export async function assignReviewers(
  deps: D,
  ctx: RequestCtx,
  callId: string,
  items: { applicationId: string; reviewerId: string }[],
): Promise<{ items: { applicationId: string; reviewerId: string; assignmentId: string; created: boolean }[] }> {
  const db = deps.db.db;
  const call = await requireManagedCall(db, ctx, callId);
  const stage = panelStageOf(call);
  if (!stage) throw new AppError('invalid_state', 'the call has no panel stage');
  const me = personOf(ctx).personId;
  const now = deps.now();
  return db.transaction(async (tx) => {
    // Locked: a concurrent assignment of the same pair waits and then finds it assigned.
    const apps = new Map((await repo.applicationsByIds(tx, items.map((i) => i.applicationId), true)).filter((a) => a.callId === call.id).map((a) => [a.id, a]));
    const missing = [...new Set(items.map((i) => i.applicationId).filter((id) => !apps.has(id)))];
    if (missing.length) throw new AppError('not_found', 'no such application in the call', { applicationIds: missing });
    for (const a of apps.values()) {
      if (!LIVE_STATUSES.has(a.status)) throw new AppError('invalid_state', `application ${a.number ?? a.id} is ${a.status}`, { applicationId: a.id, status: a.status });
      if (!a.panelId) throw new AppError('invalid_state', `application ${a.number ?? a.id} is on no panel`, { applicationId: a.id });
    }
    const seats = await repo.membersOfPanels(tx, [...new Set([...apps.values()].map((a) => a.panelId!))]);
    const seated = new Set(seats.map((s) => `${s.panelId}|${s.personId}`));
    const problems: { path: string; message: string }[] = [];
    items.forEach((it, i) => {
      if (!seated.has(`${apps.get(it.applicationId)!.panelId}|${it.reviewerId}`)) problems.push({ path: `items.${i}.reviewerId`, message: "not a member of the application's panel" });
    });
    if (problems.length) throw new AppError('validation_failed', "reviewers come from the application's panel", undefined, problems);
    const conflicts = await conflictMatrix(tx, [...apps.keys()], [...new Set(items.map((i) => i.reviewerId))], now);
    for (const it of items) refuseConflict(conflicts.of(it.applicationId, it.reviewerId), it.applicationId, it.reviewerId);

    const existing = new Map((await repo.assignmentsOfApps(tx, [...apps.keys()])).filter((a) => a.stage === stage.key).map((a) => [`${a.applicationId}|${a.reviewerId}`, a]));
    const out: { applicationId: string; reviewerId: string; assignmentId: string; created: boolean }[] = [];
    const newBy = new Map<string, string[]>();
    for (const it of items) {
      const k = `${it.applicationId}|${it.reviewerId}`;
      const had = existing.get(k);
      if (had?.status === 'declined') throw new AppError('invalid_state', 'the reviewer declined this application', { applicationId: it.applicationId, reviewerId: it.reviewerId });
      if (had) {
        out.push({ ...it, assignmentId: had.id, created: false });
        continue;
      }
      const row = await repo.insertAssignment(tx, { id: newId('review', now.getTime()), applicationId: it.applicationId, stage: stage.key, reviewerId: it.reviewerId, assignedBy: me, assignedAt: now });
      existing.set(k, row);
      newBy.set(it.applicationId, [...(newBy.get(it.applicationId) ?? []), it.reviewerId]);
      out.push({ ...it, assignmentId: row.id, created: true });
    }
    for (const [appId, reviewers] of newBy) await noteAssigned(tx, ctx, apps.get(appId)!, reviewers, now);
    await record(tx, ctx, { action: 'calls.review.assign', objectType: 'call', objectId: call.id, orgId: call.ownerOrgId, after: { stage: stage.key, items: out.filter((o) => o.created) } }, now);
    return { items: out };
  });
}

export interface AutoAssignReport {
  assigned: { applicationId: string; reviewerId: string; assignmentId: string }[];
  unfilled: { applicationId: string; number: string | null; missing: number; reason: 'no_panel' | 'not_enough_reviewers' }[];
  reviewersPerApplication: number;
}

/**
 * Gives every submitted or in-review application of the call the panel stage's number of
 * reviewers from its panel's reviewers (the chair is assigned only by hand): never a conflicted
 * one; fewest live assignments in the call first, then the most keywords shared with the
 * application, then the person id — so the same records always give the same assignment.
 * Applications are served in creation order. Reports what could not be filled.
 */
export async function autoAssign(deps: D, ctx: RequestCtx, callId: string): Promise<AutoAssignReport> {
  const db = deps.db.db;
  const call = await requireManagedCall(db, ctx, callId);
  const stage = panelStageOf(call);
  if (!stage) throw new AppError('invalid_state', 'the call has no panel stage');
  const me = personOf(ctx).personId;
  const now = deps.now();
  const need = stage.reviewersPerApplication;
  return db.transaction(async (tx) => {
    const apps = (await repo.reviewableOfCall(tx, call.id, true)).filter((a) => LIVE_STATUSES.has(a.status));
    const seats = (await repo.membersOfPanels(tx, [...new Set(apps.flatMap((a) => (a.panelId ? [a.panelId] : [])))])).filter((s) => s.role === 'reviewer');
    const byPanel = new Map<string, repo.PanelMemberRow[]>();
    for (const s of seats) byPanel.set(s.panelId, [...(byPanel.get(s.panelId) ?? []), s]);
    const conflicts = await conflictMatrix(tx, apps.map((a) => a.id), [...new Set(seats.map((s) => s.personId))], now);
    const existing = await repo.assignmentsOfApps(tx, apps.map((a) => a.id));
    const load = await repo.loadsInCall(tx, call.id);
    const report: AutoAssignReport = { assigned: [], unfilled: [], reviewersPerApplication: need };
    for (const app of apps) {
      const mine = existing.filter((a) => a.applicationId === app.id && a.stage === stage.key);
      const missing = need - mine.filter((a) => a.status !== 'declined').length;
      if (missing <= 0) continue;
      if (!app.panelId) {
        report.unfilled.push({ applicationId: app.id, number: app.number, missing, reason: 'no_panel' });
        continue;
      }
      const taken = new Set(mine.map((a) => a.reviewerId));
      const keywords = new Set(app.keywords.map(norm));
      const candidates = (byPanel.get(app.panelId) ?? [])
        .filter((s) => !taken.has(s.personId) && conflicts.of(app.id, s.personId).length === 0)
        .map((s) => ({ personId: s.personId, match: s.expertise.filter((e) => keywords.has(norm(e))).length }))
        .sort((x, y) => (load.get(x.personId) ?? 0) - (load.get(y.personId) ?? 0) || y.match - x.match || (x.personId < y.personId ? -1 : x.personId > y.personId ? 1 : 0));
      const picked = candidates.slice(0, missing);
      for (const c of picked) {
        const row = await repo.insertAssignment(tx, { id: newId('review', now.getTime()), applicationId: app.id, stage: stage.key, reviewerId: c.personId, assignedBy: me, assignedAt: now });
        load.set(c.personId, (load.get(c.personId) ?? 0) + 1);
        report.assigned.push({ applicationId: app.id, reviewerId: c.personId, assignmentId: row.id });
      }
      if (picked.length) await noteAssigned(tx, ctx, app, picked.map((c) => c.personId), now);
      if (picked.length < missing) report.unfilled.push({ applicationId: app.id, number: app.number, missing: missing - picked.length, reason: 'not_enough_reviewers' });
    }
    await record(tx, ctx, { action: 'calls.review.autoAssign', objectType: 'call', objectId: call.id, orgId: call.ownerOrgId, after: report }, now);
    return report;
  });
}

/** Removes an assignment not yet submitted (the call's user office). */
export async function removeAssignment(deps: D, ctx: RequestCtx, reviewId: string): Promise<void> {
  const db = deps.db.db;
  const me = personOf(ctx).personId;
  const a = await repo.assignmentById(db, reviewId);
  if (!a) throw new AppError('not_found', 'no such review');
  const app = (await repo.applicationById(db, a.applicationId))!;
  const call = (await repo.callById(db, app.callId))!;
  const roles = await staffRoles(db, ctx, call.ownerOrgId);
  if (!isReader(roles) && a.reviewerId !== me) throw new AppError('not_found', 'no such review');
  await requireStaffRole(db, ctx, call.ownerOrgId);
  const now = deps.now();
  await db.transaction(async (tx) => {
    const row = await repo.assignmentById(tx, reviewId, true);
    if (!row) throw new AppError('not_found', 'no such review');
    if (row.status === 'submitted') throw new AppError('invalid_state', 'a submitted review stays on the record');
    await repo.deleteAssignment(tx, row.id);
    await record(tx, ctx, { action: 'calls.review.remove', objectType: 'review', objectId: row.id, orgId: call.ownerOrgId, before: row }, now);
  });
}

export interface BoardView {
  call: { id: string; title: string; titleEn: string; desk: string; ownerOrgId: string; awardUnit: string; panelStage: string | null; reviewersPerApplication: number };
  applications: {
    id: string;
    number: string | null;
    title: string;
    status: ApplicationStatus;
    panelId: string | null;
    keywords: string[];
    piName: string;
    grade: number | null;
    gradeCount: number;
    assignments: AssignmentView[];
    decision: { outcome: DecisionOutcome; decidedAt: string } | null;
  }[];
  panels: { id: string; name: string; nameEn: string; members: PanelMemberView[] }[];
  conflicts: { applicationId: string; personId: string; reasons: ConflictReason[] }[];
}

/**
 * The assignment board of a call (its user office and director): applications past the draft
 * with their assignments and grades, the panels they are on with each member's load in the
 * call, and every conflict between an application and a member of its panel.
 */
export async function reviewBoard(deps: D, ctx: RequestCtx, callId: string): Promise<BoardView> {
  const db = deps.db.db;
  personOf(ctx);
  const call = await requireCall(db, callId);
  const roles = await staffRoles(db, ctx, call.ownerOrgId);
  if (!isReader(roles)) {
    if (call.status === 'draft') throw new AppError('not_found', 'no such call');
    throw new AppError('forbidden', 'the user office of the organization only');
  }
  const stage = panelStageOf(call);
  const apps = await repo.reviewableOfCall(db, call.id);
  const panelRows = await repo.panelsByIds(db, apps.flatMap((a) => (a.panelId ? [a.panelId] : [])));
  const seats = await repo.membersOfPanels(db, panelRows.map((p) => p.id));
  const assignments = await repo.assignmentsOfApps(db, apps.map((a) => a.id));
  const people = await repo.peopleBasics(db, [...seats.map((s) => s.personId), ...assignments.map((a) => a.reviewerId), ...apps.map((a) => a.piId)]);
  const load = await repo.loadsInCall(db, call.id);
  const sums = await reviewSummaries(db, apps.map((a) => a.id));
  const decided = new Map((await repo.decisionsOf(db, apps.map((a) => a.id))).map((d) => [d.applicationId, d]));
  const matrix = await conflictMatrix(db, apps.map((a) => a.id), [...new Set(seats.map((s) => s.personId))], deps.now());
  const conflicts: BoardView['conflicts'] = [];
  for (const a of apps) {
    for (const s of seats) {
      if (s.panelId !== a.panelId) continue;
      const reasons = matrix.of(a.id, s.personId);
      if (reasons.length) conflicts.push({ applicationId: a.id, personId: s.personId, reasons });
    }
  }
  return {
    call: {
      id: call.id,
      title: call.title,
      titleEn: call.titleEn,
      desk: call.desk,
      ownerOrgId: call.ownerOrgId,
      awardUnit: call.award.unit,
      panelStage: stage?.key ?? null,
      reviewersPerApplication: stage?.reviewersPerApplication ?? DEFAULT_REVIEWERS_PER_APPLICATION,
    },
    applications: apps.map((a) => {
      const s = sums.get(a.id)!;
      const d = decided.get(a.id);
      return {
        id: a.id,
        number: a.number,
        title: a.title,
        status: a.status,
        panelId: a.panelId,
        keywords: a.keywords,
        piName: people.get(a.piId)?.name ?? '',
        grade: s.mean,
        gradeCount: s.count,
        assignments: assignments.filter((x) => x.applicationId === a.id).map((x) => assignmentView(x, people)),
        decision: d ? { outcome: d.outcome, decidedAt: d.decidedAt.toISOString() } : null,
      };
    }),
    panels: panelRows.map((p) => ({
      id: p.id,
      name: p.name,
      nameEn: p.nameEn,
      members: seats
        .filter((s) => s.panelId === p.id)
        .map((s) => ({
          personId: s.personId,
          name: people.get(s.personId)?.name ?? '',
          email: people.get(s.personId)?.email ?? null,
          role: s.role,
          expertise: s.expertise,
          load: load.get(s.personId) ?? 0,
        })),
    })),
    conflicts,
  };
}

// ── reviews ───────────────────────────────────────────────────────────────────────────────

/** The caller's assignments, newest first. */
export async function myReviews(deps: D, ctx: RequestCtx, cursor: string | undefined, limit: number): Promise<Page<ReviewItemView>> {
  const me = personOf(ctx).personId;
  const db = deps.db.db;
  const before = decodeCursor(cursor, 1)?.[0];
  const rows = await repo.assignmentsOfReviewer(db, me, { before: before === undefined ? undefined : String(before), limit });
  return toPage(rows, limit, (r) => [r.a.id], reviewItemView, await repo.countAssignmentsOfReviewer(db, me));
}

/** Loads the caller's own assignment (anyone else's is not found) and refuses a conflicted reviewer. */
async function myAssignment(db: Db, ctx: RequestCtx, reviewId: string, now: Date, lock = false): Promise<repo.AssignmentRow> {
  const me = personOf(ctx).personId;
  const a = await repo.assignmentById(db, reviewId, lock);
  if (!a || a.reviewerId !== me) throw new AppError('not_found', 'no such review');
  refuseConflict(await conflictsOf(db, me, a.applicationId, now), a.applicationId, me);
  return a;
}

export interface ReviewDetailView {
  review: ReviewItemView & { comments: string | null; editable: boolean };
  application: {
    id: string;
    number: string | null;
    title: string;
    abstract: string;
    keywords: string[];
    answers: Record<string, unknown>;
    status: ApplicationStatus;
    piName: string;
    orgName: string | null;
    orgNameEn: string | null;
    submittedAt: string | null;
  };
  form: { id: string; title: string; titleEn: string; questions: FormQuestion[] };
}

/** The application to review, with the reviewer's own grade and comments (conflicted: refused). */
export async function getReview(deps: D, ctx: RequestCtx, reviewId: string): Promise<ReviewDetailView> {
  const db = deps.db.db;
  const a = await myAssignment(db, ctx, reviewId, deps.now());
  return reviewDetail(db, a);
}

async function reviewDetail(db: Db, a: repo.AssignmentRow): Promise<ReviewDetailView> {
  const app = (await repo.applicationById(db, a.applicationId))!;
  const call = (await repo.callById(db, app.callId))!;
  const form = (await repo.templateById(db, app.formTemplateId))!;
  const pi = await repo.peopleBasics(db, [app.piId]);
  const org = app.orgId ? (await repo.orgNames(db, [app.orgId])).get(app.orgId) : undefined;
  const item = reviewItemView({
    a,
    app: { id: app.id, number: app.number, title: app.title, status: app.status, callId: app.callId },
    call: { title: call.title, titleEn: call.titleEn, desk: call.desk, closesAt: call.closesAt },
  });
  return {
    review: { ...item, comments: a.comments, editable: a.status === 'assigned' && LIVE_STATUSES.has(app.status) },
    application: {
      id: app.id,
      number: app.number,
      title: app.title,
      abstract: app.abstract,
      keywords: app.keywords,
      answers: app.answers,
      status: app.status,
      piName: pi.get(app.piId)?.name ?? '',
      orgName: org?.name ?? null,
      orgNameEn: org?.nameEn ?? null,
      submittedAt: iso(app.submittedAt),
    },
    form: { id: form.id, title: form.title, titleEn: form.titleEn, questions: form.questions },
  };
}

/**
 * Saves the reviewer's grade (1 best … 5) and comments; `submit` finalizes the review (it needs a
 * grade, and is read-only afterwards) and updates the application's mean grade.
 */
export async function saveReview(
  deps: D,
  ctx: RequestCtx,
  reviewId: string,
  input: { grade?: number | null | undefined; comments?: string | null | undefined; submit?: boolean | undefined },
): Promise<ReviewDetailView> {
  const db = deps.db.db;
  const now = deps.now();
  const saved = await db.transaction(async (tx) => {
    const a = await myAssignment(tx, ctx, reviewId, now, true);
    if (a.status !== 'assigned') throw new AppError('invalid_state', a.status === 'submitted' ? 'the review is submitted and read-only' : 'the review was declined');
    const app = (await repo.applicationById(tx, a.applicationId, true))!;
    if (!LIVE_STATUSES.has(app.status)) throw new AppError('invalid_state', `the application is ${app.status}`);
    const grade = input.grade === undefined ? a.grade : input.grade;
    const comments = input.comments === undefined ? a.comments : input.comments;
    if (input.submit && grade === null) {
      throw new AppError('validation_failed', 'a submitted review needs a grade', undefined, [{ path: 'grade', message: 'required to submit' }]);
    }
    const row = await repo.updateAssignment(tx, a.id, { grade, comments, ...(input.submit ? { status: 'submitted' as const, submittedAt: now } : {}) });
    let mean: number | null = app.grade;
    if (input.submit) mean = await repo.setApplicationGrade(tx, app.id, now);
    const call = (await repo.callById(tx, app.callId))!;
    await record(
      tx,
      ctx,
      { action: input.submit ? 'calls.review.submit' : 'calls.review.save', objectType: 'review', objectId: a.id, orgId: call.ownerOrgId, before: { grade: a.grade, comments: a.comments }, after: { grade, comments, status: row.status, applicationGrade: mean } },
      now,
    );
    return row;
  });
  return reviewDetail(db, saved);
}

/** The reviewer declines an assignment not yet submitted. */
export async function declineReview(deps: D, ctx: RequestCtx, reviewId: string, reason: string | undefined): Promise<ReviewDetailView> {
  const db = deps.db.db;
  const me = personOf(ctx).personId;
  const now = deps.now();
  const row = await db.transaction(async (tx) => {
    const a = await repo.assignmentById(tx, reviewId, true);
    if (!a || a.reviewerId !== me) throw new AppError('not_found', 'no such review');
    if (a.status !== 'assigned') throw new AppError('invalid_state', `the review is ${a.status}`);
    const updated = await repo.updateAssignment(tx, a.id, { status: 'declined' });
    const app = (await repo.applicationById(tx, a.applicationId))!;
    const call = (await repo.callById(tx, app.callId))!;
    await record(tx, ctx, { action: 'calls.review.decline', objectType: 'review', objectId: a.id, orgId: call.ownerOrgId, after: { status: 'declined', reason: reason ?? null } }, now);
    return updated;
  });
  return reviewDetail(db, row);
}

// ── conflicts and grades ──────────────────────────────────────────────────────────────────

/**
 * A panel member (or an assigned reviewer) declares a conflict with an application; any
 * assignment of theirs on it is withdrawn (declined), and a grade they gave no longer counts.
 */
export async function declareConflict(deps: D, ctx: RequestCtx, applicationId: string, reason: string): Promise<{ applicationId: string; personId: string; reason: string; created: boolean; withdrawn: number }> {
  const db = deps.db.db;
  const me = personOf(ctx).personId;
  const app = await repo.applicationById(db, applicationId);
  if (!app) throw new AppError('not_found', 'no such application');
  const seat = app.panelId ? await repo.panelSeat(db, app.panelId, me) : undefined;
  const assigned = (await repo.assignmentsOfApps(db, [app.id])).some((a) => a.reviewerId === me);
  if (!seat && !assigned) {
    // Staff and applicants know the application but review nothing on it.
    if ((await applicationAccess(db, ctx, app.id)).role !== null) throw new AppError('forbidden', 'only its reviewers and panel members declare conflicts');
    throw new AppError('not_found', 'no such application');
  }
  const now = deps.now();
  return db.transaction(async (tx) => {
    const created = await repo.insertDeclaration(tx, { applicationId: app.id, personId: me, reason, createdAt: now });
    const withdrawn = await repo.declineAssignmentsOf(tx, app.id, me);
    // A withdrawn review may have been submitted: its grade no longer counts.
    if (withdrawn.length) await repo.setApplicationGrade(tx, app.id, now);
    const call = (await repo.callById(tx, app.callId))!;
    await record(tx, ctx, { action: 'calls.conflict.declare', objectType: 'application', objectId: app.id, orgId: call.ownerOrgId, after: { personId: me, reason, created, withdrawn: withdrawn.map((w) => w.id) } }, now);
    return { applicationId: app.id, personId: me, reason, created, withdrawn: withdrawn.length };
  });
}

/**
 * The reviews and grades of an application, for the call's staff and the chair of its panel. A
 * conflicted caller is refused (`conflict_of_interest`) — the chair for any conflict, staff for
 * their own proposals and declared conflicts (a user office shares its organization with in-house
 * applicants by design). The PI and co-applicants get conflict_of_interest (they are the proposers), reviewers forbidden; anyone else not_found.
 */
export async function applicationReviews(deps: D, ctx: RequestCtx, applicationId: string): Promise<{ applicationId: string; grade: number | null; count: number; grades: number[]; reviews: AssignmentView[] }> {
  const db = deps.db.db;
  const me = personOf(ctx).personId;
  const access = await applicationAccess(db, ctx, applicationId);
  const app = access.app;
  const staff = access.role === 'manager' || access.role === 'director';
  const seat = app.panelId ? await repo.panelSeat(db, app.panelId, me) : undefined;
  const assignments = await repo.assignmentsOfApps(db, [app.id]);
  const assigned = assignments.some((a) => a.reviewerId === me);
  if (access.role === null && !seat && !assigned) throw new AppError('not_found', 'no such application');
  const reasons = await conflictsOf(db, me, app.id, deps.now());
  refuseConflict(seat || !staff ? reasons : reasons.filter((r) => STAFF_BLOCKING.has(r)), app.id, me);
  if (!staff && seat?.role !== 'chair') throw new AppError('forbidden', "the call's staff and the panel chair only");
  const people = await repo.peopleBasics(db, assignments.map((a) => a.reviewerId));
  const s = (await reviewSummaries(db, [app.id])).get(app.id)!;
  return { applicationId: app.id, grade: s.mean, count: s.count, grades: s.grades, reviews: assignments.map((a) => assignmentView(a, people)) };
}

// ── decisions ─────────────────────────────────────────────────────────────────────────────

export interface DecisionInput {
  outcome: DecisionOutcome;
  award: Record<string, unknown>;
  note?: string | undefined;
}

const OUTCOME_ZH: Record<DecisionOutcome, string> = { awarded: '批准', partial: '部分批准', rejected: '未获批准' };
const OUTCOME_EN: Record<DecisionOutcome, string> = { awarded: 'awarded', partial: 'partially awarded', rejected: 'not awarded' };

/** The award as "path: value" lines, nested objects joined with " / ", keys sorted. */
function awardLines(award: Record<string, unknown>, prefix = ''): string[] {
  const out: string[] = [];
  for (const k of Object.keys(award).sort()) {
    const v = award[k];
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) out.push(...awardLines(v as Record<string, unknown>, `${prefix}${k} / `));
    else out.push(`${prefix}${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
  }
  return out;
}

function numericTotal(award: Record<string, unknown>): number | null {
  let total = 0;
  let any = false;
  const walk = (v: unknown) => {
    if (typeof v === 'number') {
      total += v;
      any = true;
    } else if (v !== null && typeof v === 'object' && !Array.isArray(v)) Object.values(v).forEach(walk);
  };
  walk(award);
  return any ? total : null;
}

/** The decision letter: Chinese, then English, in one mail. */
export function decisionLetter(
  o: { piName: string; number: string | null; title: string; callTitle: string; callTitleEn: string; unit: string },
  d: { outcome: DecisionOutcome; award: Record<string, unknown>; note: string | null },
): { subject: string; body: string } {
  const ref = o.number ?? o.title;
  const lines = awardLines(d.award);
  const total = numericTotal(d.award);
  const zh = [
    `${o.piName}，您好：`,
    '',
    `您在「${o.callTitle}」中提交的申请 ${ref}《${o.title}》评审结果为：${OUTCOME_ZH[d.outcome]}。`,
    ...(d.outcome === 'rejected' ? [] : [`授予：${total !== null ? `共 ${total} ${o.unit}` : ''}`, ...lines.map((l) => `  ${l}`)]),
    ...(d.note ? [`说明：${d.note}`] : []),
  ];
  const en = [
    `Dear ${o.piName},`,
    '',
    `The decision on your application ${ref} "${o.title}" to "${o.callTitleEn}": ${OUTCOME_EN[d.outcome]}.`,
    ...(d.outcome === 'rejected' ? [] : [`Award: ${total !== null ? `${total} ${o.unit}(s) in total` : ''}`, ...lines.map((l) => `  ${l}`)]),
    ...(d.note ? [`Note: ${d.note}`] : []),
  ];
  return { subject: `申请结果 Decision: ${ref}`, body: [...zh, '', '——', '', ...en, ''].join('\n') };
}

/**
 * Decides an application inside the caller's transaction: writes the decision, moves the
 * application to decided, runs the desk's `afterDecision` hook (its AppError rolls everything
 * back), queues the letter to the PI through the outbox and audits. A second decision is
 * invalid_state.
 */
export async function decideIn(tx: Db, deps: Pick<Deps, 'jobs' | 'now'>, ctx: RequestCtx, applicationId: string, input: DecisionInput, now: Date): Promise<repo.DecisionRow> {
  const decidedBy = personOf(ctx).personId;
  const app = await repo.applicationById(tx, applicationId, true);
  if (!app) throw new AppError('not_found', 'no such application');
  if (await repo.decisionOf(tx, app.id)) throw new AppError('invalid_state', 'the application is decided already');
  const call = (await repo.callById(tx, app.callId))!;
  await repo.insertDecision(tx, { applicationId: app.id, outcome: input.outcome, award: input.award, note: input.note ?? null, decidedBy, decidedAt: now });
  await changeStatusIn(tx, ctx, app.id, 'decided', now, `${input.outcome}${input.note ? `: ${input.note}` : ''}`);
  const hook = deskHooks(call.desk).afterDecision;
  if (hook) await hook(tx, { id: app.id, callId: app.callId, piId: app.piId, status: 'decided' }, { outcome: input.outcome, award: input.award, decidedBy, at: now }, ctx);
  const pi = (await repo.peopleBasics(tx, [app.piId])).get(app.piId)!;
  const letter = decisionLetter(
    { piName: pi.name, number: app.number, title: app.title, callTitle: call.title, callTitleEn: call.titleEn, unit: call.award.unit },
    { outcome: input.outcome, award: input.award, note: input.note ?? null },
  );
  const letterId = await queueMail(tx, deps, { to: pi.email, ...letter });
  const decision = await repo.setDecisionLetter(tx, app.id, letterId);
  await record(tx, ctx, { action: 'calls.application.decide', objectType: 'application', objectId: app.id, orgId: call.ownerOrgId, after: decision }, now);
  return decision;
}

/** Decides an application (the user office or the director of the call's organization). */
export async function decide(deps: DJ, ctx: RequestCtx, applicationId: string, input: DecisionInput): Promise<DecisionView> {
  const db = deps.db.db;
  const access = await applicationAccess(db, ctx, applicationId);
  if (access.role === null) {
    const me = personOf(ctx).personId;
    const seat = access.app.panelId ? await repo.panelSeat(db, access.app.panelId, me) : undefined;
    if (!seat) throw new AppError('not_found', 'no such application');
  }
  await requireStaffRole(db, ctx, access.call.ownerOrgId, { director: true });
  const now = deps.now();
  const d = await db.transaction((tx) => decideIn(tx, deps, ctx, applicationId, input, now));
  return decisionView(d);
}
