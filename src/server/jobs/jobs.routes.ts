// Operators' view of the background jobs, and retrying a dead one.
import { z, createRouter, defineRoute, jsonResponse } from '../http/openapi.ts';
import { COUNT_CAP, decodeCursor, pageOf, pageQuery, toPage } from '../http/paging.ts';
import { AppError } from '../http/errors.ts';
import type { Deps } from '../deps.ts';
import { record } from '../modules/audit/index.ts';
import { ctxOf } from '../modules/identity/index.ts';
import { countJobs, getJob, listJobs, requeueJob, type JobRow } from './jobs.repo.ts';

const STATUSES = ['queued', 'running', 'done', 'dead'] as const;

const Job = z
  .object({
    id: z.string(),
    kind: z.string(),
    status: z.enum(STATUSES),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    runAt: z.string(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .openapi('Job');

function view(j: JobRow) {
  return {
    id: j.id,
    kind: j.kind,
    status: j.status,
    attempts: j.attempts,
    maxAttempts: j.maxAttempts,
    runAt: j.runAt.toISOString(),
    lastError: j.lastError,
    createdAt: j.createdAt.toISOString(),
    finishedAt: j.finishedAt?.toISOString() ?? null,
  };
}

const list = defineRoute(
  { auth: 'operator', scope: 'admin:read' },
  {
    method: 'get',
    path: '/admin/jobs',
    tags: ['admin'],
    summary: 'Background jobs, newest first',
    request: { query: z.object({ ...pageQuery, status: z.enum(STATUSES).optional() }).strict() },
    responses: { 200: jsonResponse(pageOf(Job, 'JobPage'), 'A page of jobs') },
  },
);

const retry = defineRoute(
  { auth: 'operator', scope: 'admin:write' },
  {
    method: 'post',
    path: '/admin/jobs/{jobId}/retry',
    tags: ['admin'],
    summary: 'Queue a dead job again',
    request: { params: z.object({ jobId: z.string().min(1).max(64).openapi({ param: { name: 'jobId', in: 'path' } }) }) },
    responses: { 200: jsonResponse(Job, 'The job, queued again') },
  },
);

/** Routes of the job runner. */
export function jobsRoutes(deps: Deps) {
  return createRouter()
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      const cur = decodeCursor(q.cursor, 1);
      const [rows, total] = await Promise.all([
        listJobs(deps.db.db, q.status, cur ? String(cur[0]) : undefined, q.limit),
        countJobs(deps.db.db, q.status, COUNT_CAP),
      ]);
      return c.json(toPage(rows, q.limit, (r) => [r.id], view, total), 200);
    })
    .openapi(retry, async (c) => {
      const id = c.req.valid('param').jobId;
      const now = deps.now();
      const job = await deps.db.db.transaction(async (tx) => {
        const before = await getJob(tx, id);
        if (!before) throw new AppError('not_found');
        if (before.status !== 'dead') throw new AppError('validation_failed', 'only dead jobs can be retried');
        await requeueJob(tx, id, now);
        const after = (await getJob(tx, id))!;
        await record(tx, ctxOf(c), { action: 'job.retry', objectType: 'job', objectId: id, before: view(before), after: view(after) }, now);
        return after;
      });
      return c.json(view(job), 200);
    });
}
