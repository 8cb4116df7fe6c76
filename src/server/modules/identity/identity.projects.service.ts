// Projects of organizations: the thread that other desks' artifacts name (a compute allocation,
// a job, a proposal). Members of the organization read them; its admins create, change and
// archive them. Platform staff read any organization's projects but do not write them. Every
// write is audited in its own transaction.
import { newId } from '../../../shared/ids.ts';
import type { Deps } from '../../deps.ts';
import type { Db } from '../../db/client.ts';
import type { RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { COUNT_CAP, decodeCursor, toPage, type Page } from '../../http/paging.ts';
import { record } from '../audit/index.ts';
import { requireOrgRole } from './identity.access.ts';
import * as repo from './identity.projects.repo.ts';
import { isStaff, personOf } from './identity.service.ts';

type D = Pick<Deps, 'db' | 'now'>;

export interface ProjectView {
  id: string;
  orgId: string;
  code: string;
  name: string;
  nameEn: string | null;
  summary: string | null;
  leadPersonId: string | null;
  leadName: string | null;
  teamId: string | null;
  teamName: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

function projectView(r: repo.ProjectListRow): ProjectView {
  return {
    id: r.id,
    orgId: r.orgId,
    code: r.code,
    name: r.name,
    nameEn: r.nameEn,
    summary: r.summary,
    leadPersonId: r.leadPersonId,
    leadName: r.leadName,
    teamId: r.teamId,
    teamName: r.teamName,
    archivedAt: r.archivedAt ? r.archivedAt.toISOString() : null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The project's own fields, as the audit log keeps them. */
function auditView(r: repo.ProjectRow) {
  return {
    id: r.id,
    orgId: r.orgId,
    code: r.code,
    name: r.name,
    nameEn: r.nameEn,
    summary: r.summary,
    leadPersonId: r.leadPersonId,
    teamId: r.teamId,
    archivedAt: r.archivedAt ? r.archivedAt.toISOString() : null,
  };
}

/** '' and whitespace-only optional text become null. */
const orNull = (s: string | null | undefined): string | null => {
  const t = s?.trim();
  return t ? t : null;
};

function cursorOf(cursor: string | undefined): [string, string] | undefined {
  const c = decodeCursor(cursor, 2);
  if (c === undefined) return undefined;
  if (!c.every((v) => typeof v === 'string' && v.length <= 300)) {
    throw new AppError('validation_failed', 'cursor is not valid', undefined, [{ path: 'cursor', message: 'not a cursor' }]);
  }
  return c as [string, string];
}

/**
 * Loads a project the caller may see: members of its organization, and platform staff for
 * reading. Anyone else: not_found (projects are the organization's own business).
 */
async function visibleProject(db: Db, ctx: RequestCtx, projectId: string, min: 'member' | 'admin'): Promise<repo.ProjectListRow> {
  const actor = personOf(ctx);
  const p = await repo.findProject(db, projectId);
  if (!p) throw new AppError('not_found', 'no such project');
  if (!isStaff(ctx.actor) && !(await repo.isMember(db, p.orgId, actor.personId))) throw new AppError('not_found', 'no such project');
  await requireOrgRole(db, ctx, p.orgId, min, { read: min === 'member', known: 'public' });
  return p;
}

/** Checks that the lead is a member and the team a team of the organization (field errors). */
async function checkLeadAndTeam(db: Db, orgId: string, leadPersonId: string | null | undefined, teamId: string | null | undefined): Promise<void> {
  const errors: { path: string; message: string }[] = [];
  if (leadPersonId && !(await repo.isMember(db, orgId, leadPersonId))) errors.push({ path: 'leadPersonId', message: 'not a member of the organization' });
  if (teamId && (await repo.teamOrg(db, teamId)) !== orgId) errors.push({ path: 'teamId', message: 'not a team of the organization' });
  if (errors.length) throw new AppError('validation_failed', 'the project is not valid', undefined, errors);
}

/** A page of an organization's projects by code (members; platform staff). */
export async function listProjects(
  deps: D,
  ctx: RequestCtx,
  orgId: string,
  filter: repo.ProjectFilter,
  cursor: string | undefined,
  limit: number,
): Promise<Page<ProjectView>> {
  const after = cursorOf(cursor);
  await requireOrgRole(deps.db.db, ctx, orgId, 'member', { read: true, known: 'public' });
  const [rows, total] = await Promise.all([repo.listProjects(deps.db.db, orgId, filter, after, limit), repo.countProjects(deps.db.db, orgId, filter, COUNT_CAP)]);
  return toPage(rows, limit, (r) => [r.code, r.id], projectView, total);
}

export interface ProjectInput {
  code: string;
  name: string;
  nameEn?: string | undefined;
  summary?: string | undefined;
  leadPersonId?: string | undefined;
  teamId?: string | undefined;
}

/** Creates a project (org admins); codes are unique in the organization, ignoring case. */
export async function createProject(deps: D, ctx: RequestCtx, orgId: string, input: ProjectInput): Promise<ProjectView> {
  personOf(ctx);
  const now = deps.now();
  const code = input.code.trim();
  return deps.db.db.transaction(async (tx) => {
    await requireOrgRole(tx, ctx, orgId, 'admin', { known: 'public' });
    await checkLeadAndTeam(tx, orgId, input.leadPersonId, input.teamId);
    if (await repo.findProjectByCode(tx, orgId, code)) throw new AppError('name_taken', 'a project with this code exists in the organization');
    const p = await repo.insertProject(tx, {
      id: newId('project', now.getTime()),
      orgId,
      code,
      name: input.name.trim(),
      nameEn: orNull(input.nameEn),
      summary: orNull(input.summary),
      leadPersonId: input.leadPersonId ?? null,
      teamId: input.teamId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await record(tx, ctx, { action: 'project.create', objectType: 'project', objectId: p.id, orgId, after: auditView(p) }, now);
    return projectView((await repo.findProject(tx, p.id))!);
  });
}

/** One project (members of its organization; platform staff). */
export async function getProject(deps: Pick<Deps, 'db'>, ctx: RequestCtx, projectId: string): Promise<ProjectView> {
  return projectView(await visibleProject(deps.db.db, ctx, projectId, 'member'));
}

export interface ProjectPatch {
  code?: string | undefined;
  name?: string | undefined;
  nameEn?: string | null | undefined;
  summary?: string | null | undefined;
  leadPersonId?: string | null | undefined;
  teamId?: string | null | undefined;
}

/** Changes a project's fields (org admins); null clears an optional field. An archived project may still be renamed. */
export async function updateProject(deps: D, ctx: RequestCtx, projectId: string, input: ProjectPatch): Promise<ProjectView> {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    await visibleProject(tx, ctx, projectId, 'admin');
    const before = (await repo.lockProject(tx, projectId))!;
    await checkLeadAndTeam(tx, before.orgId, input.leadPersonId, input.teamId);
    const set: Partial<repo.ProjectRow> = {};
    if (input.code !== undefined) {
      const code = input.code.trim();
      const other = await repo.findProjectByCode(tx, before.orgId, code);
      if (other && other.id !== projectId) throw new AppError('name_taken', 'a project with this code exists in the organization');
      set.code = code;
    }
    if (input.name !== undefined) set.name = input.name.trim();
    if (input.nameEn !== undefined) set.nameEn = orNull(input.nameEn);
    if (input.summary !== undefined) set.summary = orNull(input.summary);
    if (input.leadPersonId !== undefined) set.leadPersonId = input.leadPersonId;
    if (input.teamId !== undefined) set.teamId = input.teamId;
    const changed = (Object.keys(set) as (keyof typeof set)[]).some((k) => set[k] !== before[k]);
    if (changed) {
      const after = await repo.updateProject(tx, projectId, { ...set, updatedAt: now });
      await record(tx, ctx, { action: 'project.update', objectType: 'project', objectId: projectId, orgId: before.orgId, before: auditView(before), after: auditView(after) }, now);
    }
    return projectView((await repo.findProject(tx, projectId))!);
  });
}

/**
 * Archives a project (org admins): it stays readable with everything that names it, but takes no
 * new work (desks refuse new allocations and jobs for it). `archived: false` restores it.
 */
export async function archiveProject(deps: D, ctx: RequestCtx, projectId: string, archived = true): Promise<ProjectView> {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    await visibleProject(tx, ctx, projectId, 'admin');
    const before = (await repo.lockProject(tx, projectId))!;
    if ((before.archivedAt !== null) !== archived) {
      const after = await repo.updateProject(tx, projectId, { archivedAt: archived ? now : null, updatedAt: now });
      await record(tx, ctx, { action: archived ? 'project.archive' : 'project.restore', objectType: 'project', objectId: projectId, orgId: before.orgId, before: auditView(before), after: auditView(after) }, now);
    }
    return projectView((await repo.findProject(tx, projectId))!);
  });
}
