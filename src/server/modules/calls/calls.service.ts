// The calls engine: form templates, calls, applications with their co-applicants, attachments,
// links and status history. Generic for every desk; a desk adds its own checks through its hooks
// (calls.hooks.ts). Every write runs in one transaction with its audit record.
import { createHash } from 'node:crypto';
import { newId } from '../../../shared/ids.ts';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { queueMail } from '../../mail/mail.service.ts';
import { record } from '../audit/index.ts';
import { isStaff, personOf } from '../identity/index.ts';
import { requireStaffRole, staffRoles } from './calls.access.ts';
import { checkAnswers, checkTemplate, keptAnswers, type AnswerProblem } from './calls.forms.ts';
import { deskHooks } from './calls.hooks.ts';
import * as repo from './calls.repo.ts';
import type { ApplicationStatus, CallAward, CallEligibility, CallMode, CallStatus, FormQuestion, MemberStatus, ReviewStage } from './calls.types.ts';

type D = Pick<Deps, 'db' | 'now' | 'jobs' | 'config'>;

/** Attachments: PDF only, at most this many bytes each. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** At most this many attachments per application. */
export const MAX_FILES = 20;
const ORCID = /^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$/;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

// ── views ─────────────────────────────────────────────────────────────────────────────────

export interface TemplateView {
  id: string;
  key: string;
  version: number;
  title: string;
  titleEn: string;
  questions: FormQuestion[];
  createdBy: string | null;
  createdAt: string;
}

function templateView(t: repo.TemplateRow): TemplateView {
  return { id: t.id, key: t.key, version: t.version, title: t.title, titleEn: t.titleEn, questions: t.questions, createdBy: t.createdBy, createdAt: t.createdAt.toISOString() };
}

export interface CallView {
  id: string;
  ownerOrgId: string;
  desk: string;
  scopeRef: string | null;
  code: string;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  track: string;
  mode: CallMode;
  opensAt: string;
  closesAt: string | null;
  timeZone: string;
  /** The deadline as a wall-clock time in the call's zone ("YYYY-MM-DD HH:mm:ss"). */
  closesAtLocal: string | null;
  eligibility: CallEligibility;
  formTemplateId: string;
  stages: ReviewStage[];
  award: CallAward;
  status: CallStatus;
  /** Open, opened and before its deadline: applications may be submitted now. */
  accepting: boolean;
  createdAt: string;
}

/** A wall-clock time in a zone, "YYYY-MM-DD HH:mm:ss". */
export function localTime(d: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(d);
}

function accepting(c: repo.CallRow, now: Date): boolean {
  return c.status === 'open' && now >= c.opensAt && (c.closesAt === null || now < c.closesAt);
}

function callView(c: repo.CallRow, now: Date): CallView {
  return {
    id: c.id,
    ownerOrgId: c.ownerOrgId,
    desk: c.desk,
    scopeRef: c.scopeRef,
    code: c.code,
    title: c.title,
    titleEn: c.titleEn,
    description: c.description,
    descriptionEn: c.descriptionEn,
    track: c.track,
    mode: c.mode,
    opensAt: c.opensAt.toISOString(),
    closesAt: iso(c.closesAt),
    timeZone: c.timeZone,
    closesAtLocal: c.closesAt ? localTime(c.closesAt, c.timeZone) : null,
    eligibility: c.eligibility,
    formTemplateId: c.formTemplateId,
    stages: c.stages,
    award: c.award,
    status: c.status,
    accepting: accepting(c, now),
    createdAt: c.createdAt.toISOString(),
  };
}

export interface CallDetail extends CallView {
  template: TemplateView;
  ownerOrgName: string;
  ownerOrgNameEn: string | null;
  /** The caller runs this call (user office of its organization, or a platform operator). */
  viewerIsStaff: boolean;
}

export type ApplicationRole = 'pi' | 'member' | 'manager' | 'director';

export interface ApplicationView {
  id: string;
  callId: string;
  callCode: string;
  callTitle: string;
  callTitleEn: string;
  desk: string;
  number: string | null;
  title: string;
  abstract: string;
  keywords: string[];
  piId: string;
  piName: string;
  orgId: string | null;
  formTemplateId: string;
  answers: Record<string, unknown>;
  status: ApplicationStatus;
  revision: number;
  submittedAt: string | null;
  withdrawnAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** The caller's role on the application (null: an invitee who has not answered yet). */
  role: ApplicationRole | null;
  /** The caller may edit it now (PI or accepted co-applicant, a draft, the call accepting). */
  canEdit: boolean;
}

export interface MemberView {
  email: string;
  personId: string | null;
  name: string | null;
  role: 'pi' | 'co';
  status: MemberStatus;
  orcid: string | null;
  invitedAt: string;
  respondedAt: string | null;
}

export interface LinkView {
  id: string;
  number: string | null;
  title: string;
  status: ApplicationStatus;
}

export interface ApplicationDetail extends ApplicationView {
  call: CallView;
  members: MemberView[];
  links: LinkView[];
}

export interface EventView {
  id: string;
  at: string;
  kind: string;
  actorId: string | null;
  actorName: string | null;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus | null;
  note: string | null;
}

export interface FileView {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  createdAt: string;
}

function fileView(f: repo.FileMeta): FileView {
  return { id: f.id, name: f.name, contentType: f.contentType, size: f.size, sha256: f.sha256, uploadedBy: f.uploadedBy, createdAt: f.createdAt.toISOString() };
}

function memberViews(rows: repo.MemberRow[], names: Map<string, { name: string }>): MemberView[] {
  return rows.map((m) => ({
    email: m.email,
    personId: m.personId,
    name: m.personId ? (names.get(m.personId)?.name ?? null) : null,
    role: m.role,
    status: m.status,
    orcid: m.orcid,
    invitedAt: m.invitedAt.toISOString(),
    respondedAt: iso(m.respondedAt),
  }));
}

// ── access (the contract other slices build on) ───────────────────────────────────────────

export interface ApplicationAccess {
  app: repo.ApplicationRow;
  call: repo.CallRow;
  role: ApplicationRole | null;
}

/**
 * Loads an application and the caller's role on it: 'pi', 'member' (accepted co-applicant),
 * 'manager' or 'director' (staff of the call's organization; platform operators are managers),
 * or null (signed in, none of these: reviewers are checked by their own desk). Throws not_found
 * when the application does not exist or the caller is anonymous.
 */
export async function applicationAccess(db: Db, ctx: RequestCtx, applicationId: string): Promise<ApplicationAccess> {
  if (ctx.actor.kind !== 'person') throw new AppError('not_found', 'no such application');
  const actor = ctx.actor;
  const app = await repo.applicationById(db, applicationId);
  if (!app) throw new AppError('not_found', 'no such application');
  const call = (await repo.callById(db, app.callId))!;
  if (app.piId === actor.personId) return { app, call, role: 'pi' };
  const m = await repo.memberOfPerson(db, app.id, actor.personId, actor.email);
  if (m && m.status === 'accepted' && m.role === 'co') return { app, call, role: 'member' };
  const staff = await staffRoles(db, ctx, call.ownerOrgId);
  if (staff.manager) return { app, call, role: 'manager' };
  if (staff.director) return { app, call, role: 'director' };
  return { app, call, role: null };
}

/** The call accepts work on applications now: open, opened, and before its deadline (to the millisecond). */
function requireAccepting(call: repo.CallRow, now: Date): void {
  if (call.status !== 'open' || now < call.opensAt) throw new AppError('call_not_open', 'the call is not open');
  if (call.closesAt && now >= call.closesAt) {
    throw new AppError('deadline_passed', 'the deadline of the call has passed', { closesAt: call.closesAt.toISOString(), timeZone: call.timeZone });
  }
}

/**
 * Loads an application the caller may edit: the PI or an accepted co-applicant, a draft, in a
 * call that is open and before its deadline. Throws not_found, forbidden, invalid_state,
 * call_not_open or deadline_passed.
 */
export async function requireApplicationEditor(db: Db, ctx: RequestCtx, applicationId: string, now: Date): Promise<ApplicationAccess> {
  const a = await applicationAccess(db, ctx, applicationId);
  if (a.role === null) throw new AppError('not_found', 'no such application');
  if (a.role !== 'pi' && a.role !== 'member') throw new AppError('forbidden', 'only the applicants edit an application');
  if (a.app.status !== 'draft') throw new AppError('invalid_state', `the application is ${a.app.status}`);
  requireAccepting(a.call, now);
  return a;
}

/** Loads an application the caller may read (applicants, staff of the call), else not_found. */
async function requireReader(db: Db, ctx: RequestCtx, applicationId: string): Promise<ApplicationAccess> {
  const a = await applicationAccess(db, ctx, applicationId);
  if (a.role === null) throw new AppError('not_found', 'no such application');
  return a;
}

const TRANSITIONS: Record<ApplicationStatus, ApplicationStatus[]> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['in_review', 'decided', 'withdrawn'],
  in_review: ['decided', 'withdrawn'],
  decided: [],
  withdrawn: [],
};

/**
 * Moves an application to `to` inside the caller's transaction: checks the transition, sets
 * submittedAt/withdrawnAt, and appends a 'status' event. Throws invalid_state otherwise.
 * (The caller audits.)
 */
export async function changeStatusIn(tx: Db, ctx: RequestCtx, applicationId: string, to: ApplicationStatus, now: Date, note?: string): Promise<repo.ApplicationRow> {
  const app = await repo.applicationById(tx, applicationId, true);
  if (!app) throw new AppError('not_found', 'no such application');
  if (!TRANSITIONS[app.status].includes(to)) throw new AppError('invalid_state', `an application cannot go from ${app.status} to ${to}`, { from: app.status, to });
  const patch: Parameters<typeof repo.updateApplication>[2] = { status: to, updatedAt: now };
  if (to === 'submitted') patch.submittedAt = now;
  if (to === 'withdrawn') patch.withdrawnAt = now;
  const updated = await repo.updateApplication(tx, applicationId, patch);
  await repo.insertEvent(tx, {
    id: newId('applicationEvent', now.getTime()),
    applicationId,
    at: now,
    actorId: ctx.actor.kind === 'person' ? ctx.actor.personId : null,
    kind: 'status',
    fromStatus: app.status,
    toStatus: to,
    note: note ?? null,
  });
  return updated;
}

/** Appends a non-status event (e.g. 'feasibility', 'assigned') inside the caller's transaction. */
export async function addEventIn(tx: Db, e: { applicationId: string; kind: string; actorId: string | null; note?: string | null; at: Date }): Promise<void> {
  await repo.insertEvent(tx, { id: newId('applicationEvent', e.at.getTime()), applicationId: e.applicationId, at: e.at, actorId: e.actorId, kind: e.kind, note: e.note ?? null });
}

/** The PI and co-applicants of an application (any status), PI first. */
export async function peopleOfApplication(db: Db, applicationId: string): Promise<{ personId: string | null; email: string; role: 'pi' | 'co'; status: MemberStatus }[]> {
  return (await repo.membersOf(db, applicationId)).map((m) => ({ personId: m.personId, email: m.email, role: m.role, status: m.status }));
}

// ── form templates ────────────────────────────────────────────────────────────────────────

export interface TemplateInput {
  key: string;
  title: string;
  titleEn: string;
  questions: FormQuestion[];
}

/** Throws unless the caller may define forms: a user office (manager) somewhere, or a platform operator. */
async function requireFormAuthor(db: Db, ctx: RequestCtx): Promise<string> {
  const actor = personOf(ctx);
  if (isStaff(actor)) return actor.personId;
  if ((await repo.managerOrgsOf(db, actor.personId)).length) return actor.personId;
  throw new AppError('forbidden', 'the user office of an organization that runs calls only');
}

function templateProblems(questions: FormQuestion[]): void {
  const problems = checkTemplate(questions);
  if (problems.length) {
    throw new AppError(
      'validation_failed',
      'the form is not valid',
      { problems },
      problems.map((p) => ({ path: `questions.${p.key}`, message: p.message })),
    );
  }
}

/**
 * Creates a form template: version 1 of a new key, or the next version of an existing key
 * (versions are immutable; calls keep pointing at the version they were made with).
 */
export async function createTemplate(deps: D, ctx: RequestCtx, input: TemplateInput): Promise<TemplateView> {
  const authorId = await requireFormAuthor(deps.db.db, ctx);
  templateProblems(input.questions);
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    await repo.lockTemplateKey(tx, input.key);
    const version = (await repo.latestVersionOf(tx, input.key)) + 1;
    const t = await repo.insertTemplate(tx, {
      id: newId('formTemplate', now.getTime()),
      key: input.key,
      version,
      title: input.title,
      titleEn: input.titleEn,
      questions: input.questions,
      createdBy: authorId,
      createdAt: now,
    });
    const view = templateView(t);
    await record(tx, ctx, { action: 'calls.form.create', objectType: 'form_template', objectId: t.id, after: view }, now);
    return view;
  });
}

/** One template version (public: call pages show their forms). */
export async function getTemplate(deps: Pick<D, 'db'>, id: string): Promise<TemplateView> {
  const t = await repo.templateById(deps.db.db, id);
  if (!t) throw new AppError('not_found', 'no such form template');
  return templateView(t);
}

/** Templates, newest first; `latestOnly` keeps the newest version of each key. */
export async function listTemplates(deps: Pick<D, 'db'>, q: { key?: string; latestOnly?: boolean; cursor?: string; limit: number }): Promise<{ items: TemplateView[]; nextCursor: string | null }> {
  const after = q.cursor !== undefined ? cursorId(q.cursor) : undefined;
  const rows = await repo.listTemplates(deps.db.db, { key: q.key, latestOnly: q.latestOnly ?? false, after, limit: q.limit });
  const more = rows.length > q.limit;
  const page = more ? rows.slice(0, q.limit) : rows;
  return { items: page.map(templateView), nextCursor: more ? Buffer.from(page[page.length - 1]!.id).toString('base64url') : null };
}

function cursorId(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[a-z]+_[0-9A-Z]{26}$/.test(id)) throw new AppError('validation_failed', 'cursor is not valid', undefined, [{ path: 'cursor', message: 'not a cursor' }]);
  return id;
}

// ── calls ─────────────────────────────────────────────────────────────────────────────────

export interface CallInput {
  ownerOrgId: string;
  desk: string;
  scopeRef?: string | null;
  code: string;
  title: string;
  titleEn: string;
  description?: string;
  descriptionEn?: string;
  track: string;
  mode: CallMode;
  opensAt: string;
  closesAt?: string | null;
  timeZone?: string;
  eligibility?: CallEligibility;
  formTemplateId: string;
  stages: ReviewStage[];
  award: CallAward;
}

export type CallPatch = Partial<Omit<CallInput, 'ownerOrgId' | 'desk'>>;

function validZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Checks the parts of a call that must agree with each other. */
function checkCallShape(c: { mode: CallMode; opensAt: Date; closesAt: Date | null; timeZone: string; stages: ReviewStage[] }): void {
  const errors: { path: string; message: string }[] = [];
  if (c.mode === 'window' && !c.closesAt) errors.push({ path: 'closesAt', message: 'a call with a window needs a deadline' });
  if (c.mode === 'continuous' && c.closesAt) errors.push({ path: 'closesAt', message: 'a continuous call has no deadline' });
  if (c.closesAt && c.closesAt <= c.opensAt) errors.push({ path: 'closesAt', message: 'the deadline must come after the opening' });
  if (!validZone(c.timeZone)) errors.push({ path: 'timeZone', message: 'not an IANA time zone' });
  if (new Set(c.stages.map((s) => s.key)).size !== c.stages.length) errors.push({ path: 'stages', message: 'stage keys must be unique' });
  if (errors.length) throw new AppError('validation_failed', 'the call is not valid', undefined, errors);
}

async function callDetail(db: Db, ctx: RequestCtx, c: repo.CallRow, now: Date, viewerIsStaff?: boolean): Promise<CallDetail> {
  const t = (await repo.templateById(db, c.formTemplateId))!;
  const org = await repo.orgById(db, c.ownerOrgId);
  const staff = viewerIsStaff ?? (await staffRoles(db, ctx, c.ownerOrgId)).manager;
  return { ...callView(c, now), template: templateView(t), ownerOrgName: org?.name ?? '', ownerOrgNameEn: org?.nameEn ?? null, viewerIsStaff: staff };
}

/** Creates a call (a draft) of an organization the caller runs calls for. */
export async function createCall(deps: D, ctx: RequestCtx, input: CallInput): Promise<CallDetail> {
  const db = deps.db.db;
  if (!(await repo.orgById(db, input.ownerOrgId))) throw new AppError('not_found', 'no such organization');
  await requireStaffRole(db, ctx, input.ownerOrgId);
  const now = deps.now();
  const row = {
    id: newId('call', now.getTime()),
    ownerOrgId: input.ownerOrgId,
    desk: input.desk,
    scopeRef: input.scopeRef ?? null,
    code: input.code,
    title: input.title,
    titleEn: input.titleEn,
    description: input.description ?? '',
    descriptionEn: input.descriptionEn ?? '',
    track: input.track,
    mode: input.mode,
    opensAt: new Date(input.opensAt),
    closesAt: input.closesAt ? new Date(input.closesAt) : null,
    timeZone: input.timeZone ?? 'Asia/Shanghai',
    eligibility: input.eligibility ?? {},
    formTemplateId: input.formTemplateId,
    stages: input.stages,
    award: input.award,
    status: 'draft' as const,
    createdBy: personOf(ctx).personId,
    createdAt: now,
  };
  checkCallShape(row);
  return db.transaction(async (tx) => {
    if (!(await repo.templateById(tx, input.formTemplateId))) throw new AppError('validation_failed', 'no such form template', undefined, [{ path: 'formTemplateId', message: 'no such form template' }]);
    if (await repo.callByCode(tx, input.ownerOrgId, input.code)) throw new AppError('name_taken', `the organization already has a call ${input.code}`);
    const c = await repo.insertCall(tx, row);
    const view = await callDetail(tx, ctx, c, now, true);
    await record(tx, ctx, { action: 'calls.call.create', objectType: 'call', objectId: c.id, orgId: c.ownerOrgId, after: callView(c, now) }, now);
    return view;
  });
}

/** Loads a call the caller may see: drafts only for its staff; others not_found. */
async function visibleCall(db: Db, ctx: RequestCtx, callId: string): Promise<{ call: repo.CallRow; staff: boolean }> {
  const call = await repo.callById(db, callId);
  if (!call) throw new AppError('not_found', 'no such call');
  const roles = await staffRoles(db, ctx, call.ownerOrgId);
  if (call.status === 'draft' && !roles.manager && !roles.director) throw new AppError('not_found', 'no such call');
  return { call, staff: roles.manager };
}

/** Loads a call for its staff to change: not_found if invisible, forbidden without the manager role. */
async function callForStaff(db: Db, ctx: RequestCtx, callId: string, lock = false): Promise<repo.CallRow> {
  personOf(ctx);
  const { call } = await visibleCall(db, ctx, callId);
  await requireStaffRole(db, ctx, call.ownerOrgId);
  return lock ? (await repo.callById(db, callId, true))! : call;
}

/** Changes a call. Its form and review stages change only while it is a draft. */
export async function updateCall(deps: D, ctx: RequestCtx, callId: string, patch: CallPatch): Promise<CallDetail> {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const before = await callForStaff(tx, ctx, callId, true);
    if (before.status !== 'draft' && (patch.formTemplateId !== undefined || patch.stages !== undefined || patch.mode !== undefined)) {
      throw new AppError('invalid_state', 'the form, stages and mode of a call change only while it is a draft');
    }
    if (before.status === 'archived') throw new AppError('invalid_state', 'an archived call does not change');
    if (patch.formTemplateId !== undefined && !(await repo.templateById(tx, patch.formTemplateId))) {
      throw new AppError('validation_failed', 'no such form template', undefined, [{ path: 'formTemplateId', message: 'no such form template' }]);
    }
    if (patch.code !== undefined && patch.code !== before.code && (await repo.callByCode(tx, before.ownerOrgId, patch.code))) {
      throw new AppError('name_taken', `the organization already has a call ${patch.code}`);
    }
    const set: Parameters<typeof repo.updateCall>[2] = {};
    if (patch.scopeRef !== undefined) set.scopeRef = patch.scopeRef;
    for (const k of ['code', 'title', 'titleEn', 'description', 'descriptionEn', 'track', 'mode', 'timeZone', 'eligibility', 'formTemplateId', 'stages', 'award'] as const) {
      if (patch[k] !== undefined) (set as Record<string, unknown>)[k] = patch[k];
    }
    if (patch.opensAt !== undefined) set.opensAt = new Date(patch.opensAt);
    if (patch.closesAt !== undefined) set.closesAt = patch.closesAt === null ? null : new Date(patch.closesAt);
    const merged = { ...before, ...set };
    checkCallShape(merged);
    const c = await repo.updateCall(tx, callId, set);
    await record(tx, ctx, { action: 'calls.call.update', objectType: 'call', objectId: c.id, orgId: c.ownerOrgId, before: callView(before, now), after: callView(c, now) }, now);
    return callDetail(tx, ctx, c, now, true);
  });
}

/** Opens a call (from draft or closed) or closes an open one. */
export async function setCallStatus(deps: D, ctx: RequestCtx, callId: string, to: 'open' | 'closed'): Promise<CallDetail> {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const before = await callForStaff(tx, ctx, callId, true);
    const allowed = to === 'open' ? ['draft', 'closed'] : ['open'];
    if (!allowed.includes(before.status)) throw new AppError('invalid_state', `a ${before.status} call cannot be ${to === 'open' ? 'opened' : 'closed'}`);
    const c = await repo.updateCall(tx, callId, { status: to });
    await record(tx, ctx, { action: to === 'open' ? 'calls.call.open' : 'calls.call.close', objectType: 'call', objectId: c.id, orgId: c.ownerOrgId, before: { status: before.status }, after: { status: c.status } }, now);
    return callDetail(tx, ctx, c, now, true);
  });
}

export interface OfficesView {
  /** Platform operators run the calls of any organization. */
  operator: boolean;
  offices: { orgId: string; name: string; nameEn: string | null; manager: boolean; director: boolean }[];
}

/** The organizations whose calls the caller runs (user office) or oversees (director). */
export async function myOffices(deps: Pick<D, 'db'>, ctx: RequestCtx): Promise<OfficesView> {
  const actor = personOf(ctx);
  const rows = await repo.staffOrgDetails(deps.db.db, actor.personId);
  return {
    operator: isStaff(actor),
    offices: rows.map((r) => ({ orgId: r.orgId, name: r.name, nameEn: r.nameEn, manager: r.roles.includes('manager'), director: r.roles.includes('director') })),
  };
}

/** A call with its form (public; drafts only for their staff). */
export async function getCall(deps: D, ctx: RequestCtx, callId: string): Promise<CallDetail> {
  const db = deps.db.db;
  const { call, staff } = await visibleCall(db, ctx, callId);
  return callDetail(db, ctx, call, deps.now(), staff);
}

/** Calls, open ones first then by deadline (public; drafts for their staff). Offset-paged. */
export async function listCalls(
  deps: D,
  ctx: RequestCtx,
  q: { desk?: string; scopeRef?: string; status?: CallStatus; ownerOrgId?: string; cursor?: string; limit: number },
): Promise<{ items: CallView[]; nextCursor: string | null; total: number; totalCapped: boolean }> {
  const db = deps.db.db;
  let offset = 0;
  if (q.cursor !== undefined) {
    const n = Number(Buffer.from(q.cursor, 'base64url').toString('utf8'));
    if (!Number.isInteger(n) || n < 0 || n > 1_000_000) throw new AppError('validation_failed', 'cursor is not valid', undefined, [{ path: 'cursor', message: 'not a cursor' }]);
    offset = n;
  }
  const actor = ctx.actor;
  const allDrafts = isStaff(actor);
  const draftsOf = actor.kind === 'person' && !allDrafts ? await repo.staffOrgsOf(db, actor.personId) : [];
  const { rows, total } = await repo.listCalls(db, { ...q, draftsOf, allDrafts, offset, limit: q.limit });
  const more = rows.length > q.limit;
  const now = deps.now();
  return {
    items: (more ? rows.slice(0, q.limit) : rows).map((c) => callView(c, now)),
    nextCursor: more ? Buffer.from(String(offset + q.limit)).toString('base64url') : null,
    total,
    totalCapped: false,
  };
}

// ── applications ──────────────────────────────────────────────────────────────────────────

async function applicationViews(db: Db, ctx: RequestCtx, rows: repo.ApplicationRow[], roles: Map<string, ApplicationRole | null>, now: Date): Promise<ApplicationView[]> {
  const callsById = await repo.callsByIds(db, rows.map((a) => a.callId));
  const names = await repo.peopleNames(db, rows.map((a) => a.piId));
  return rows.map((a) => {
    const c = callsById.get(a.callId)!;
    const role = roles.get(a.id) ?? null;
    return {
      id: a.id,
      callId: a.callId,
      callCode: c.code,
      callTitle: c.title,
      callTitleEn: c.titleEn,
      desk: c.desk,
      number: a.number,
      title: a.title,
      abstract: a.abstract,
      keywords: a.keywords,
      piId: a.piId,
      piName: names.get(a.piId)?.name ?? '',
      orgId: a.orgId,
      formTemplateId: a.formTemplateId,
      answers: a.answers,
      status: a.status,
      revision: a.revision,
      submittedAt: iso(a.submittedAt),
      withdrawnAt: iso(a.withdrawnAt),
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
      role,
      canEdit: (role === 'pi' || role === 'member') && a.status === 'draft' && accepting(c, now),
    };
  });
}

async function applicationDetail(db: Db, ctx: RequestCtx, a: ApplicationAccess, now: Date): Promise<ApplicationDetail> {
  const [view] = await applicationViews(db, ctx, [a.app], new Map([[a.app.id, a.role]]), now);
  const members = await repo.membersOf(db, a.app.id);
  const names = await repo.peopleNames(db, members.map((m) => m.personId).filter((x): x is string => !!x));
  const links = (await repo.linksOf(db, a.app.id)).map((l) => ({ id: l.id, number: l.number, title: l.title, status: l.status }));
  return { ...view!, call: callView(a.call, now), members: memberViews(members, names), links };
}

/** The organization's kind is among the call's eligible kinds (when the call names any). */
async function checkEligibility(db: Db, call: repo.CallRow, orgId: string | null): Promise<void> {
  const kinds = call.eligibility.orgKinds ?? [];
  if (!kinds.length) return;
  if (!orgId) throw new AppError('not_eligible', `the call takes applications from organizations of kinds: ${kinds.join(', ')}`, { orgKinds: kinds });
  const org = await repo.orgById(db, orgId);
  if (!org || !kinds.includes(org.kind)) {
    throw new AppError('not_eligible', `the call takes applications from organizations of kinds: ${kinds.join(', ')}`, { orgKinds: kinds, orgKind: org?.kind ?? null });
  }
}

/** The caller belongs to the organization they apply for. */
async function requireOwnOrg(db: Db, orgId: string, personId: string): Promise<void> {
  if (!(await repo.orgById(db, orgId)) || !(await repo.isOrgMember(db, orgId, personId))) {
    throw new AppError('validation_failed', 'apply for an organization you are a member of', undefined, [{ path: 'orgId', message: 'not an organization of yours' }]);
  }
}

function checkOrcid(orcid: string | null | undefined): void {
  if (orcid && !ORCID.test(orcid)) throw new AppError('validation_failed', 'an ORCID iD looks like 0000-0002-1825-0097', undefined, [{ path: 'orcid', message: 'not an ORCID iD' }]);
}

export interface ApplicationCreate {
  orgId?: string | null;
  title?: string;
  /** The PI's ORCID iD. */
  orcid?: string | null;
}

/** Starts a draft application in an open call, with the caller as PI. */
export async function createApplication(deps: D, ctx: RequestCtx, callId: string, input: ApplicationCreate): Promise<ApplicationDetail> {
  const actor = personOf(ctx);
  const db = deps.db.db;
  const now = deps.now();
  const { call } = await visibleCall(db, ctx, callId);
  requireAccepting(call, now);
  checkOrcid(input.orcid);
  if (input.orgId) await requireOwnOrg(db, input.orgId, actor.personId);
  await checkEligibility(db, call, input.orgId ?? null);
  return db.transaction(async (tx) => {
    const id = newId('application', now.getTime());
    const app = await repo.insertApplication(tx, {
      id,
      callId: call.id,
      title: input.title ?? '',
      piId: actor.personId,
      orgId: input.orgId ?? null,
      formTemplateId: call.formTemplateId,
      answers: {},
      status: 'draft',
      revision: 1,
      createdAt: now,
      updatedAt: now,
    });
    await repo.insertMember(tx, { applicationId: id, email: actor.email.toLowerCase(), personId: actor.personId, role: 'pi', status: 'accepted', orcid: input.orcid ?? null, invitedAt: now, respondedAt: now });
    await repo.insertEvent(tx, { id: newId('applicationEvent', now.getTime()), applicationId: id, at: now, actorId: actor.personId, kind: 'status', fromStatus: null, toStatus: 'draft', note: null });
    const detail = await applicationDetail(tx, ctx, { app, call, role: 'pi' }, now);
    await record(tx, ctx, { action: 'calls.application.create', objectType: 'application', objectId: id, orgId: app.orgId ?? undefined, after: { callId: call.id, orgId: app.orgId, title: app.title } }, now);
    return detail;
  });
}

/** An application with its call, members and links (its applicants and the call's staff). */
export async function getApplication(deps: D, ctx: RequestCtx, applicationId: string): Promise<ApplicationDetail> {
  const db = deps.db.db;
  const a = await applicationAccess(db, ctx, applicationId);
  if (a.role === null) {
    // An invitee may read what they are invited to before answering.
    const actor = personOf(ctx);
    const m = await repo.memberByEmail(db, applicationId, actor.email);
    if (!m || m.status !== 'invited') throw new AppError('not_found', 'no such application');
  }
  return applicationDetail(db, ctx, a, deps.now());
}

export interface DraftPatch {
  revision: number;
  title?: string;
  abstract?: string;
  keywords?: string[];
  answers?: Record<string, unknown>;
  orgId?: string | null;
}

/**
 * Saves a draft as typed. `revision` must be the one the editor loaded: an older one means
 * somebody saved in between (stale_revision, with the current revision in details).
 */
export async function saveDraft(deps: D, ctx: RequestCtx, applicationId: string, patch: DraftPatch): Promise<ApplicationDetail> {
  const db = deps.db.db;
  const now = deps.now();
  const actor = personOf(ctx);
  return db.transaction(async (tx) => {
    const a = await requireApplicationEditor(tx, ctx, applicationId, now);
    const app = (await repo.applicationById(tx, applicationId, true))!;
    if (app.revision !== patch.revision) {
      throw new AppError('stale_revision', 'the application was saved by someone else in the meantime', { revision: app.revision, updatedAt: app.updatedAt.toISOString() });
    }
    const set: Parameters<typeof repo.updateApplication>[2] = { revision: app.revision + 1, updatedAt: now };
    if (patch.title !== undefined) set.title = patch.title;
    if (patch.abstract !== undefined) set.abstract = patch.abstract;
    if (patch.keywords !== undefined) set.keywords = [...new Set(patch.keywords.map((k) => k.trim()).filter(Boolean))];
    if (patch.answers !== undefined) {
      const template = (await repo.templateById(tx, app.formTemplateId))!;
      const problems = checkAnswers(template.questions, patch.answers, 'draft');
      if (problems.length) {
        throw new AppError('validation_failed', 'some answers do not fit the form', { problems }, problems.map((p) => ({ path: `answers.${p.key}`, message: p.message })));
      }
      set.answers = patch.answers;
    }
    if (patch.orgId !== undefined && patch.orgId !== app.orgId) {
      if (patch.orgId) await requireOwnOrg(tx, patch.orgId, app.piId === actor.personId ? actor.personId : app.piId);
      await checkEligibility(tx, a.call, patch.orgId);
      set.orgId = patch.orgId;
    }
    const updated = await repo.updateApplication(tx, applicationId, set);
    await record(tx, ctx, { action: 'calls.application.save', objectType: 'application', objectId: applicationId, after: { revision: updated.revision, fields: Object.keys(patch).filter((k) => k !== 'revision') } }, now);
    return applicationDetail(tx, ctx, { ...a, app: updated }, now);
  });
}

function applicationNumber(code: string, seq: number): string {
  return `${code}-${String(seq).padStart(6, '0')}`;
}

/**
 * Submits a draft (PI only): the deadline is enforced to the millisecond, the answers and the
 * desk's part must be complete (application_incomplete lists what is missing), every invited
 * co-applicant must have answered (members_pending). The application gets its number.
 */
export async function submitApplication(deps: D, ctx: RequestCtx, applicationId: string): Promise<ApplicationDetail> {
  const db = deps.db.db;
  const now = deps.now();
  return db.transaction(async (tx) => {
    const a = await requireApplicationEditor(tx, ctx, applicationId, now);
    if (a.role !== 'pi') throw new AppError('forbidden', 'only the principal investigator submits');
    // The call's row lock serializes numbering within the call.
    const call = (await repo.callById(tx, a.call.id, true))!;
    requireAccepting(call, now);
    const app = (await repo.applicationById(tx, applicationId, true))!;
    if (app.status !== 'draft') throw new AppError('invalid_state', `the application is ${app.status}`);

    const template = (await repo.templateById(tx, app.formTemplateId))!;
    const problems: AnswerProblem[] = checkAnswers(template.questions, app.answers, 'submission').filter((p) => p.code !== 'unknown_question');
    const missing: string[] = [];
    if (!app.title.trim()) missing.push('title');
    if (!app.abstract.trim()) missing.push('abstract');
    for (const p of problems) missing.push(p.code === 'required' ? `answers.${p.key}` : `answers.${p.key}:${p.code}`);
    const members = await repo.membersOf(tx, app.id);
    if (call.eligibility.requireOrcid && !members.find((m) => m.role === 'pi')?.orcid) missing.push('orcid');
    if ((call.eligibility.orgKinds ?? []).length && !app.orgId) missing.push('orgId');
    const hook = deskHooks(call.desk).missingForSubmission;
    if (hook) missing.push(...(await hook(tx, { id: app.id, callId: app.callId, piId: app.piId, status: app.status })));
    if (missing.length) throw new AppError('application_incomplete', 'the application is not complete', { missing, problems });
    if (app.orgId) await checkEligibility(tx, call, app.orgId);
    const pending = members.filter((m) => m.status === 'invited').map((m) => m.email);
    if (pending.length) throw new AppError('members_pending', 'invited co-applicants have not answered yet', { emails: pending });

    let seq = await repo.nextNumberSeq(tx, call.id);
    while (await repo.numberTaken(tx, applicationNumber(call.code, seq))) seq++;
    const number = applicationNumber(call.code, seq);
    await repo.updateApplication(tx, app.id, { number, answers: keptAnswers(template.questions, app.answers) });
    const updated = await changeStatusIn(tx, ctx, app.id, 'submitted', now);
    const pi = members.find((m) => m.role === 'pi');
    if (pi) {
      await queueMail(tx, deps, {
        to: pi.email,
        subject: `申请已提交 / Application submitted: ${number}`,
        body: `您的申请「${updated.title}」已提交，编号 ${number}。\nYour application "${updated.title}" was submitted as ${number}.\n\n${deps.config.publicUrl}/applications/${app.id}\n`,
      });
    }
    await record(tx, ctx, { action: 'calls.application.submit', objectType: 'application', objectId: app.id, orgId: app.orgId ?? undefined, after: { number, status: 'submitted' } }, now);
    return applicationDetail(tx, ctx, { ...a, call, app: updated }, now);
  });
}

/** Withdraws an application (PI only) before its decision. */
export async function withdrawApplication(deps: D, ctx: RequestCtx, applicationId: string, note?: string): Promise<ApplicationDetail> {
  const db = deps.db.db;
  const now = deps.now();
  return db.transaction(async (tx) => {
    const a = await applicationAccess(tx, ctx, applicationId);
    if (a.role === null) throw new AppError('not_found', 'no such application');
    if (a.role !== 'pi') throw new AppError('forbidden', 'only the principal investigator withdraws');
    const updated = await changeStatusIn(tx, ctx, applicationId, 'withdrawn', now, note);
    await record(tx, ctx, { action: 'calls.application.withdraw', objectType: 'application', objectId: applicationId, before: { status: a.app.status }, after: { status: 'withdrawn', note: note ?? null } }, now);
    return applicationDetail(tx, ctx, { ...a, app: updated }, now);
  });
}

/** The history of an application, oldest first. */
export async function applicationEvents(deps: D, ctx: RequestCtx, applicationId: string): Promise<EventView[]> {
  const db = deps.db.db;
  await requireReader(db, ctx, applicationId);
  const rows = await repo.eventsOf(db, applicationId);
  const names = await repo.peopleNames(db, rows.map((e) => e.actorId).filter((x): x is string => !!x));
  return rows.map((e) => ({
    id: e.id,
    at: e.at.toISOString(),
    kind: e.kind,
    actorId: e.actorId,
    actorName: e.actorId ? (names.get(e.actorId)?.name ?? null) : null,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    note: e.note,
  }));
}

export interface MineView {
  applications: ApplicationView[];
  invitations: { applicationId: string; title: string; callTitle: string; callTitleEn: string; piName: string; invitedAt: string; status: ApplicationStatus }[];
}

/** The caller's applications (as PI or co-applicant) and the invitations addressed to their e-mail. */
export async function myApplications(deps: D, ctx: RequestCtx): Promise<MineView> {
  const actor = personOf(ctx);
  const db = deps.db.db;
  const now = deps.now();
  const rows = await repo.applicationsOfPerson(db, actor.personId, 500);
  const roles = new Map<string, ApplicationRole | null>(rows.map((a) => [a.id, a.piId === actor.personId ? 'pi' : 'member']));
  const applications = await applicationViews(db, ctx, rows, roles, now);
  const inv = await repo.invitationsFor(db, actor.email);
  const callsById = await repo.callsByIds(db, inv.map((i) => i.app.callId));
  const names = await repo.peopleNames(db, inv.map((i) => i.app.piId));
  return {
    applications,
    invitations: inv.map((i) => ({
      applicationId: i.app.id,
      title: i.app.title,
      callTitle: callsById.get(i.app.callId)?.title ?? '',
      callTitleEn: callsById.get(i.app.callId)?.titleEn ?? '',
      piName: names.get(i.app.piId)?.name ?? '',
      invitedAt: i.member.invitedAt.toISOString(),
      status: i.app.status,
    })),
  };
}

/** A call's applications for its staff (managers and the director), drafts left out unless asked for. */
export async function callApplications(deps: D, ctx: RequestCtx, callId: string, q: { status?: ApplicationStatus; cursor?: string; limit: number }) {
  const db = deps.db.db;
  personOf(ctx);
  const { call } = await visibleCall(db, ctx, callId);
  const roles = await requireStaffRole(db, ctx, call.ownerOrgId, { director: true });
  const after = q.cursor !== undefined ? cursorId(q.cursor) : undefined;
  const { rows, total } = await repo.applicationsOfCall(db, callId, { status: q.status, after, limit: q.limit });
  const more = rows.length > q.limit;
  const page = more ? rows.slice(0, q.limit) : rows;
  const role: ApplicationRole = roles.manager ? 'manager' : 'director';
  const items = await applicationViews(db, ctx, page, new Map(page.map((a) => [a.id, role])), deps.now());
  return { items, nextCursor: more ? Buffer.from(page[page.length - 1]!.id).toString('base64url') : null, total, totalCapped: false };
}

// ── co-applicants ─────────────────────────────────────────────────────────────────────────

async function requirePiEditor(db: Db, ctx: RequestCtx, applicationId: string, now: Date): Promise<ApplicationAccess> {
  const a = await requireApplicationEditor(db, ctx, applicationId, now);
  if (a.role !== 'pi') throw new AppError('forbidden', 'only the principal investigator manages co-applicants');
  return a;
}

async function membersDetail(db: Db, applicationId: string): Promise<MemberView[]> {
  const members = await repo.membersOf(db, applicationId);
  const names = await repo.peopleNames(db, members.map((m) => m.personId).filter((x): x is string => !!x));
  return memberViews(members, names);
}

/** Invites a co-applicant by e-mail (PI, while a draft); the invitation is mailed. */
export async function inviteMember(deps: D, ctx: RequestCtx, applicationId: string, input: { email: string; orcid?: string | null }): Promise<MemberView[]> {
  const now = deps.now();
  checkOrcid(input.orcid);
  const email = input.email.trim().toLowerCase();
  const actor = personOf(ctx);
  return deps.db.db.transaction(async (tx) => {
    const a = await requirePiEditor(tx, ctx, applicationId, now);
    const existing = await repo.memberByEmail(tx, applicationId, email);
    if (existing && existing.status !== 'declined') throw new AppError('name_taken', 'this person is already on the application');
    const personId = (await repo.personIdByEmail(tx, email)) ?? null;
    if (existing) {
      await repo.updateMember(tx, applicationId, email, { status: 'invited', personId, orcid: input.orcid ?? existing.orcid, invitedAt: now, respondedAt: null });
    } else {
      await repo.insertMember(tx, { applicationId, email, personId, role: 'co', status: 'invited', orcid: input.orcid ?? null, invitedAt: now });
    }
    await addEventIn(tx, { applicationId, kind: 'member_invited', actorId: actor.personId, note: email, at: now });
    const title = a.app.title || a.call.title;
    await queueMail(tx, deps, {
      to: email,
      subject: `共同申请邀请 / Invitation to co-apply: ${title}`,
      body:
        `${actor.name} 邀请您作为共同申请人参加申请「${title}」（${a.call.title}）。请登录后接受或谢绝：\n` +
        `${actor.name} invites you to co-apply on "${title}" (${a.call.titleEn}). Sign in to accept or decline:\n\n` +
        `${deps.config.publicUrl}/applications/${applicationId}\n`,
    });
    await record(tx, ctx, { action: 'calls.member.invite', objectType: 'application', objectId: applicationId, after: { email, orcid: input.orcid ?? null } }, now);
    return membersDetail(tx, applicationId);
  });
}

/** Removes a co-applicant or an invitation (PI, while a draft). */
export async function removeMember(deps: D, ctx: RequestCtx, applicationId: string, email: string): Promise<MemberView[]> {
  const now = deps.now();
  const key = email.trim().toLowerCase();
  return deps.db.db.transaction(async (tx) => {
    await requirePiEditor(tx, ctx, applicationId, now);
    const m = await repo.memberByEmail(tx, applicationId, key);
    if (!m) throw new AppError('not_found', 'no such co-applicant');
    if (m.role === 'pi') throw new AppError('invalid_state', 'the principal investigator cannot be removed');
    await repo.deleteMember(tx, applicationId, key);
    await addEventIn(tx, { applicationId, kind: 'member_removed', actorId: personOf(ctx).personId, note: key, at: now });
    await record(tx, ctx, { action: 'calls.member.remove', objectType: 'application', objectId: applicationId, before: { email: key, status: m.status } }, now);
    return membersDetail(tx, applicationId);
  });
}

/** The invited person (signed in with the invited e-mail) accepts or declines; the PI is told. */
export async function respondInvitation(deps: D, ctx: RequestCtx, applicationId: string, answer: 'accepted' | 'declined', orcid?: string | null): Promise<MemberView[]> {
  const now = deps.now();
  const actor = personOf(ctx);
  checkOrcid(orcid);
  return deps.db.db.transaction(async (tx) => {
    const m = await repo.memberByEmail(tx, applicationId, actor.email);
    const app = await repo.applicationById(tx, applicationId, true);
    if (!app || !m || m.role !== 'co') throw new AppError('not_found', 'no invitation to this application');
    if (m.status !== 'invited') throw new AppError('invalid_state', `the invitation was already ${m.status}`);
    if (app.status !== 'draft') throw new AppError('invalid_state', `the application is ${app.status}`);
    await repo.updateMember(tx, applicationId, m.email, { status: answer, personId: actor.personId, respondedAt: now, ...(answer === 'accepted' && orcid ? { orcid } : {}) });
    await addEventIn(tx, { applicationId, kind: answer === 'accepted' ? 'member_accepted' : 'member_declined', actorId: actor.personId, note: m.email, at: now });
    const pi = (await repo.membersOf(tx, applicationId)).find((x) => x.role === 'pi');
    if (pi) {
      const verb = answer === 'accepted' ? ['接受', 'accepted'] : ['谢绝', 'declined'];
      await queueMail(tx, deps, {
        to: pi.email,
        subject: `${actor.name} ${verb[1]} / ${verb[0]}: ${app.title}`,
        body: `${actor.name}（${m.email}）${verb[0]}了共同申请邀请。\n${actor.name} (${m.email}) ${verb[1]} your invitation to co-apply.\n\n${deps.config.publicUrl}/applications/${applicationId}\n`,
      });
    }
    await record(tx, ctx, { action: answer === 'accepted' ? 'calls.member.accept' : 'calls.member.decline', objectType: 'application', objectId: applicationId, after: { email: m.email } }, now);
    return membersDetail(tx, applicationId);
  });
}

/** Records a member's ORCID iD: the member themselves, or the PI, while the application is a draft. */
export async function setMemberOrcid(deps: D, ctx: RequestCtx, applicationId: string, email: string, orcid: string | null): Promise<MemberView[]> {
  const now = deps.now();
  const actor = personOf(ctx);
  checkOrcid(orcid);
  const key = email.trim().toLowerCase();
  return deps.db.db.transaction(async (tx) => {
    const a = await applicationAccess(tx, ctx, applicationId);
    const m = await repo.memberByEmail(tx, applicationId, key);
    const self = !!m && (m.personId === actor.personId || m.email === actor.email.toLowerCase());
    if (a.role === null && !self) throw new AppError('not_found', 'no such application');
    if (!m) throw new AppError('not_found', 'no such co-applicant');
    if (!self && a.role !== 'pi') throw new AppError('forbidden', 'members set their own ORCID iD; the PI sets any');
    if (a.app.status !== 'draft') throw new AppError('invalid_state', `the application is ${a.app.status}`);
    await repo.updateMember(tx, applicationId, key, { orcid });
    await record(tx, ctx, { action: 'calls.member.orcid', objectType: 'application', objectId: applicationId, before: { email: key, orcid: m.orcid }, after: { email: key, orcid } }, now);
    return membersDetail(tx, applicationId);
  });
}

// ── attachments ───────────────────────────────────────────────────────────────────────────

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Attaches a PDF (applicants, while a draft): checked by its magic bytes and size; sha256 kept. */
export async function uploadFile(deps: D, ctx: RequestCtx, applicationId: string, input: { name: string; contentBase64: string }): Promise<FileView> {
  const now = deps.now();
  const actor = personOf(ctx);
  const b64 = input.contentBase64.replace(/\s+/g, '');
  if (!BASE64.test(b64) || b64.length % 4 !== 0) throw new AppError('validation_failed', 'contentBase64 is not base64', undefined, [{ path: 'contentBase64', message: 'not base64' }]);
  // Refuse by the decoded size before decoding a huge body.
  if (Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0) > MAX_FILE_BYTES) {
    throw new AppError('file_too_large', `attachments are at most ${MAX_FILE_BYTES / 1024 / 1024} MB`, { maxBytes: MAX_FILE_BYTES });
  }
  const content = Buffer.from(b64, 'base64');
  if (content.length === 0) throw new AppError('validation_failed', 'the file is empty', undefined, [{ path: 'contentBase64', message: 'empty' }]);
  if (content.subarray(0, 5).toString('latin1') !== '%PDF-') throw new AppError('file_type_not_allowed', 'attachments must be PDF files', { allowed: ['application/pdf'] });
  // path separators and control characters (below U+0020) become '_'
  const name = [...input.name].map((ch) => (ch === '/' || ch === '\\' || ch.charCodeAt(0) < 0x20 ? '_' : ch)).join('').trim() || 'attachment.pdf';
  return deps.db.db.transaction(async (tx) => {
    await requireApplicationEditor(tx, ctx, applicationId, now);
    if ((await repo.filesOf(tx, applicationId)).length >= MAX_FILES) throw new AppError('invalid_state', `an application has at most ${MAX_FILES} attachments`);
    const sha256 = createHash('sha256').update(content).digest('hex');
    const f = await repo.insertFile(tx, { id: newId('applicationFile', now.getTime()), applicationId, name, contentType: 'application/pdf', size: content.length, sha256, content, uploadedBy: actor.personId, createdAt: now });
    const view = fileView(f);
    await record(tx, ctx, { action: 'calls.file.upload', objectType: 'application', objectId: applicationId, after: view }, now);
    return view;
  });
}

/** The attachments of an application (readers). */
export async function listFiles(deps: D, ctx: RequestCtx, applicationId: string): Promise<FileView[]> {
  await requireReader(deps.db.db, ctx, applicationId);
  return (await repo.filesOf(deps.db.db, applicationId)).map(fileView);
}

/** One attachment with its bytes (readers). */
export async function downloadFile(deps: D, ctx: RequestCtx, applicationId: string, fileId: string): Promise<{ name: string; contentType: string; content: Uint8Array; sha256: string }> {
  await requireReader(deps.db.db, ctx, applicationId);
  const f = await repo.fileById(deps.db.db, applicationId, fileId);
  if (!f) throw new AppError('not_found', 'no such file');
  return { name: f.name, contentType: f.contentType, content: f.content, sha256: f.sha256 };
}

/** Deletes an attachment (applicants, while a draft). */
export async function deleteFile(deps: D, ctx: RequestCtx, applicationId: string, fileId: string): Promise<void> {
  const now = deps.now();
  await deps.db.db.transaction(async (tx) => {
    await requireApplicationEditor(tx, ctx, applicationId, now);
    const f = await repo.fileById(tx, applicationId, fileId);
    if (!f) throw new AppError('not_found', 'no such file');
    await repo.deleteFile(tx, fileId);
    await record(tx, ctx, { action: 'calls.file.delete', objectType: 'application', objectId: applicationId, before: { id: f.id, name: f.name, sha256: f.sha256, size: f.size } }, now);
  });
}

// ── links ─────────────────────────────────────────────────────────────────────────────────

/**
 * Sets the earlier applications this one builds on (applicants, while a draft): each must be a
 * submitted-or-later application of the PI or of one of the accepted co-applicants.
 */
export async function setLinks(deps: D, ctx: RequestCtx, applicationId: string, linkedIds: string[]): Promise<LinkView[]> {
  const now = deps.now();
  const ids = [...new Set(linkedIds)];
  return deps.db.db.transaction(async (tx) => {
    await requireApplicationEditor(tx, ctx, applicationId, now);
    if (ids.includes(applicationId)) throw new AppError('validation_failed', 'an application cannot link to itself', undefined, [{ path: 'applicationIds', message: 'itself' }]);
    const people = (await repo.membersOf(tx, applicationId)).filter((m) => m.status === 'accepted' && m.personId).map((m) => m.personId!);
    const ok = new Set(await repo.linkableAmong(tx, ids, people));
    const bad = ids.filter((id) => !ok.has(id));
    if (bad.length) {
      throw new AppError('validation_failed', 'only earlier applications of the applicants can be linked', { applicationIds: bad }, bad.map((id) => ({ path: 'applicationIds', message: `${id} is not an earlier application of the applicants` })));
    }
    await repo.replaceLinks(tx, applicationId, ids, now);
    await record(tx, ctx, { action: 'calls.application.links', objectType: 'application', objectId: applicationId, after: { linkedIds: ids } }, now);
    return (await repo.linksOf(tx, applicationId)).map((l) => ({ id: l.id, number: l.number, title: l.title, status: l.status }));
  });
}
