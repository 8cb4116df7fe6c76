// Routes of projects of organizations. Object-level access (members read, admins write) is the
// service's; `access.org` documents it where the path names the organization.
import { z, createRouter, defineRoute, jsonBody, jsonResponse, problemResponse } from '../../http/openapi.ts';
import { pageOf, pageQuery } from '../../http/paging.ts';
import type { Deps } from '../../deps.ts';
import { ctxOf } from './identity.routes.ts';
import { IdParam } from './identity.schemas.ts';
import * as svc from './identity.projects.service.ts';

const OptionalText = (max: number) => z.string().trim().max(max);
const Code = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, dot, dash and underscore, starting with a letter or digit')
  .openapi({ example: 'LLM-2026' });
const Id = z.string().min(1).max(64);

export const Project = z
  .object({
    id: z.string(),
    orgId: z.string(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    summary: z.string().nullable(),
    leadPersonId: z.string().nullable(),
    leadName: z.string().nullable(),
    teamId: z.string().nullable(),
    teamName: z.string().nullable(),
    archivedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Project');

const ProjectCreateBody = z
  .object({
    code: Code,
    name: z.string().trim().min(1).max(200),
    nameEn: OptionalText(200).optional(),
    summary: OptionalText(4000).optional(),
    leadPersonId: Id.optional().openapi({ description: 'A member of the organization who leads the project' }),
    teamId: Id.optional(),
  })
  .strict()
  .openapi('ProjectCreate');

const ProjectUpdateBody = z
  .object({
    code: Code.optional(),
    name: z.string().trim().min(1).max(200).optional(),
    nameEn: OptionalText(200).nullable().optional(),
    summary: OptionalText(4000).nullable().optional(),
    leadPersonId: Id.nullable().optional(),
    teamId: Id.nullable().optional(),
  })
  .strict()
  .openapi('ProjectUpdate', { description: 'Fields to change; null clears an optional field' });

const ProjectQuery = z
  .object({
    ...pageQuery,
    archived: z.enum(['true', 'false']).optional().openapi({ description: 'true: only archived projects; false: only live ones; absent: both' }),
  })
  .strict();

const orgParams = z.object({ orgId: IdParam('orgId') });
const projectParams = z.object({ projectId: IdParam('projectId') });

const list = defineRoute(
  { auth: 'signed-in', scope: 'orgs:read', org: 'member' },
  {
    method: 'get',
    path: '/orgs/{orgId}/projects',
    tags: ['projects'],
    summary: "An organization's projects, by code (members; platform operators)",
    request: { params: orgParams, query: ProjectQuery },
    responses: { 200: jsonResponse(pageOf(Project, 'ProjectPage'), 'A page of projects') },
  },
);
const create = defineRoute(
  { auth: 'signed-in', scope: 'orgs:write', org: 'admin' },
  {
    method: 'post',
    path: '/orgs/{orgId}/projects',
    tags: ['projects'],
    summary: 'Create a project (org admins); codes are unique in the organization',
    request: { params: orgParams, body: jsonBody(ProjectCreateBody) },
    responses: { 201: jsonResponse(Project, 'The new project'), 409: problemResponse('The code is taken (name_taken)') },
  },
);
const get = defineRoute(
  { auth: 'signed-in', scope: 'orgs:read' },
  {
    method: 'get',
    path: '/projects/{projectId}',
    tags: ['projects'],
    summary: 'A project (members of its organization; platform operators)',
    request: { params: projectParams },
    responses: { 200: jsonResponse(Project, 'The project') },
  },
);
const update = defineRoute(
  { auth: 'signed-in', scope: 'orgs:write' },
  {
    method: 'patch',
    path: '/projects/{projectId}',
    tags: ['projects'],
    summary: "Change a project's code, names, summary, lead or team (org admins)",
    request: { params: projectParams, body: jsonBody(ProjectUpdateBody) },
    responses: { 200: jsonResponse(Project, 'The updated project'), 409: problemResponse('The code is taken (name_taken)') },
  },
);
const archive = defineRoute(
  { auth: 'signed-in', scope: 'orgs:write' },
  {
    method: 'post',
    path: '/projects/{projectId}/archive',
    tags: ['projects'],
    summary: 'Archive a project (org admins): still readable, takes no new allocations or jobs',
    request: { params: projectParams },
    responses: { 200: jsonResponse(Project, 'The archived project') },
  },
);
const restore = defineRoute(
  { auth: 'signed-in', scope: 'orgs:write' },
  {
    method: 'post',
    path: '/projects/{projectId}/restore',
    tags: ['projects'],
    summary: 'Restore an archived project (org admins)',
    request: { params: projectParams },
    responses: { 200: jsonResponse(Project, 'The restored project') },
  },
);

/** Routes of projects. */
export function projectsRoutes(deps: Deps) {
  return createRouter()
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      return c.json(await svc.listProjects(deps, ctxOf(c), c.req.valid('param').orgId, { archived: q.archived === undefined ? undefined : q.archived === 'true' }, q.cursor, q.limit), 200);
    })
    .openapi(create, async (c) => c.json(await svc.createProject(deps, ctxOf(c), c.req.valid('param').orgId, c.req.valid('json')), 201))
    .openapi(get, async (c) => c.json(await svc.getProject(deps, ctxOf(c), c.req.valid('param').projectId), 200))
    .openapi(update, async (c) => c.json(await svc.updateProject(deps, ctxOf(c), c.req.valid('param').projectId, c.req.valid('json')), 200))
    .openapi(archive, async (c) => c.json(await svc.archiveProject(deps, ctxOf(c), c.req.valid('param').projectId, true), 200))
    .openapi(restore, async (c) => c.json(await svc.archiveProject(deps, ctxOf(c), c.req.valid('param').projectId, false), 200));
}
