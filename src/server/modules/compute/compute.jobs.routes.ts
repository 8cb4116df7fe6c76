// Routes of compute jobs: submit (arrays too), list, detail, cancel, logs, the queue, usage,
// statements, the provider's view of a cluster's jobs, and the controller (operators).
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/context.ts';
import { sendFile } from '../../http/files.ts';
import { XLSX_TYPE } from '../../http/export.ts';
import { conflictResponse, createRouter, jsonBody, jsonResponse, taggedRoute, z, type Access } from '../../http/openapi.ts';
import { pageOf } from '../../http/paging.ts';
import { ctxOf, requireStaff } from '../identity/index.ts';
import { controllerStatus, runComputePass } from './compute.controller.ts';
import * as jobs from './compute.jobs.service.ts';
import * as s from './compute.jobs.schemas.ts';
import * as st from './compute.statements.service.ts';

const READ: Access = { auth: 'signed-in', scope: 'compute:read' };
const WRITE: Access = { auth: 'signed-in', scope: 'compute:write' };
const OPERATOR_READ: Access = { auth: 'operator', scope: 'compute:read' };
const OPERATOR_WRITE: Access = { auth: 'operator', scope: 'compute:write' };
const TAG = 'compute-jobs';
const op = taggedRoute;

const jobParams = z.object({ jobId: s.IdParam('jobId') });

/** JSON, or the same statement as a CSV or XLSX file. */
const statementResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: {
    'application/json': { schema },
    'text/csv': { schema: z.string().openapi({ description: 'format=csv: UTF-8 with a byte order mark; CRLF lines (RFC 4180); amounts in yuan with two decimals' }) },
    [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary', description: 'format=xlsx: an Office Open XML workbook' }) },
  },
});

const submit = op({ ...WRITE, org: 'member' }, TAG, {
  method: 'post',
  path: '/compute/jobs',
  summary: 'Submit a job (or a job array) of a project: a command or a container image, GPUs × model or class, CPUs, memory, time limit',
  request: { headers: s.IdempotencyHeader, body: jsonBody(s.JobSubmitBody) },
  responses: {
    201: jsonResponse(s.JobSubmitResult, 'The job, or the array’s jobs (pending)'),
    ...conflictResponse('no_allocation, no_matching_cluster, invalid_state (archived project), idempotency_conflict'),
  },
});
const list = op(READ, TAG, {
  method: 'get',
  path: '/compute/jobs',
  summary: 'Jobs, newest first: the caller’s own, or of an organization, project, array (members) or cluster (its provider’s members); operators any',
  request: { query: s.JobQuery },
  responses: { 200: jsonResponse(pageOf(s.Job, 'ComputeJobPage'), 'A page of jobs') },
});
const detail = op(READ, TAG, {
  method: 'get',
  path: '/compute/jobs/{jobId}',
  summary: 'A job with its history, usage, charge (voucher and own share), voucher note, and its place and reason in the queue while pending',
  request: { params: jobParams },
  responses: { 200: jsonResponse(s.JobDetail, 'The job') },
});
const cancel = op(WRITE, TAG, {
  method: 'post',
  path: '/compute/jobs/{jobId}/cancel',
  summary: 'Cancel a job (its submitter, the organization’s admins, operators): pending at once; later states through the controller, paying for the time used',
  request: { params: jobParams },
  responses: { 200: jsonResponse(s.CancelResult, 'The job as it now stands'), ...conflictResponse('invalid_state (the job has ended)') },
});
const cancelArray = op(WRITE, TAG, {
  method: 'post',
  path: '/compute/arrays/{arrayId}/cancel',
  summary: 'Cancel every job of an array that has not ended',
  request: { params: z.object({ arrayId: s.IdParam('arrayId') }) },
  responses: { 200: jsonResponse(s.CancelResult, 'The array’s jobs as they now stand') },
});
const logs = op(READ, TAG, {
  method: 'get',
  path: '/compute/jobs/{jobId}/logs',
  summary: 'A job’s output from a byte offset (its tenant, operators); poll with `next` until `eof`',
  request: { params: jobParams, query: s.LogQuery },
  responses: { 200: jsonResponse(s.LogChunk, 'A chunk of the output') },
});
const queue = op(READ, TAG, {
  method: 'get',
  path: '/compute/queue',
  summary: 'Pending and admitted jobs in the scheduler’s order: position, reason, expected start; other tenants’ jobs without names',
  request: { query: s.QueueQuery },
  responses: { 200: jsonResponse(s.Queue, 'The queue') },
});
const usage = op(READ, TAG, {
  method: 'get',
  path: '/compute/usage',
  summary: 'GPU-hours by model, spend, subsidy and own share of an organization or project (its members), or of every organization of the caller, per day or month (series for charts)',
  request: { query: s.UsageQuery },
  responses: { 200: jsonResponse(s.Usage, 'The usage') },
});
const tenantStatement = op({ ...READ, org: 'member' }, TAG, {
  method: 'get',
  path: '/compute/statements/tenant/{orgId}',
  summary: 'A tenant’s compute statement of a month: its metered jobs by project and GPU model (JSON, CSV or XLSX)',
  request: { params: z.object({ orgId: s.IdParam('orgId') }), query: s.StatementQuery },
  responses: { 200: statementResponse(s.TenantStatement, 'The statement') },
});
const providerStatement = op({ ...READ, org: 'member' }, TAG, {
  method: 'get',
  path: '/compute/statements/provider/{providerId}',
  summary: 'A provider’s compute income of a month: by cluster and by tenant, subsidy and own share (JSON, CSV or XLSX)',
  request: { params: z.object({ providerId: s.IdParam('providerId') }), query: s.StatementQuery },
  responses: { 200: statementResponse(s.ProviderStatement, 'The statement') },
});
const clusterJobs = op({ ...READ, org: 'member' }, TAG, {
  method: 'get',
  path: '/compute/clusters/{clusterId}/jobs',
  summary: 'The jobs on a cluster, newest first (its provider’s members, operators; environment values hidden)',
  request: { params: z.object({ clusterId: s.IdParam('clusterId') }), query: s.ClusterJobQuery },
  responses: { 200: jsonResponse(pageOf(s.Job, 'ComputeClusterJobPage'), 'A page of jobs') },
});
const controllerPass = op(OPERATOR_WRITE, TAG, {
  method: 'post',
  path: '/compute/controller/pass',
  summary: 'Run one pass of the compute controller now (observe, sync and meter, cancel, schedule and hold, dispatch)',
  responses: { 200: jsonResponse(s.PassStats, 'The pass’s figures') },
});
const controller = op(OPERATOR_READ, TAG, {
  method: 'get',
  path: '/compute/controller',
  summary: 'The compute controller of this server: its tick, and its last pass (when, counts, ms)',
  responses: { 200: jsonResponse(s.ControllerStatus, 'The controller') },
});

/** `X-Pujiang-Client: web|cli` says how a job was submitted; anything else is the API. */
function via(header: string | undefined): 'web' | 'api' | 'cli' {
  const v = header?.trim().toLowerCase();
  return v === 'web' || v === 'cli' ? v : 'api';
}

export function computeJobRoutes(deps: Deps): OpenAPIHono<AppEnv> {
  const r = createRouter();
  r.openapi(submit, async (c) => {
    const h = c.req.valid('header');
    return c.json(await jobs.submitJob(deps, ctxOf(c), c.req.valid('json'), via(h['x-pujiang-client']), h['idempotency-key']), 201);
  });
  r.openapi(list, async (c) => {
    const q = c.req.valid('query');
    return c.json(await jobs.listJobs(deps, ctxOf(c), { orgId: q.orgId, projectId: q.projectId, clusterId: q.clusterId, arrayId: q.arrayId, state: q.state }, q.cursor, q.limit), 200);
  });
  r.openapi(detail, async (c) => c.json(await jobs.getJob(deps, ctxOf(c), c.req.valid('param').jobId), 200));
  r.openapi(cancel, async (c) => c.json(await jobs.cancelJob(deps, ctxOf(c), c.req.valid('param').jobId), 200));
  r.openapi(cancelArray, async (c) => c.json(await jobs.cancelArray(deps, ctxOf(c), c.req.valid('param').arrayId), 200));
  r.openapi(logs, async (c) => {
    const q = c.req.valid('query');
    return c.json(await jobs.jobLogs(deps, ctxOf(c), c.req.valid('param').jobId, q.offset, q.limit), 200);
  });
  r.openapi(queue, async (c) => {
    const q = c.req.valid('query');
    const out = await jobs.queue(deps, ctxOf(c), { gpuClass: q.gpuClass, clusterId: q.clusterId }, q.limit);
    return c.json({ ...out, lastPassAt: controllerStatus(deps).lastPass?.at ?? null }, 200);
  });
  r.openapi(usage, async (c) => c.json(await jobs.usage(deps, ctxOf(c), c.req.valid('query')), 200));
  r.openapi(tenantStatement, async (c) => {
    const q = c.req.valid('query');
    const orgId = c.req.valid('param').orgId;
    if (q.format === 'json') return c.json(await st.tenantStatement(deps, ctxOf(c), orgId, q.period), 200);
    return sendFile(c, await st.tenantStatementFile(deps, ctxOf(c), orgId, q.period, q.format));
  });
  r.openapi(providerStatement, async (c) => {
    const q = c.req.valid('query');
    const providerId = c.req.valid('param').providerId;
    if (q.format === 'json') return c.json(await st.providerStatement(deps, ctxOf(c), providerId, q.period), 200);
    return sendFile(c, await st.providerStatementFile(deps, ctxOf(c), providerId, q.period, q.format));
  });
  r.openapi(clusterJobs, async (c) => {
    const q = c.req.valid('query');
    return c.json(await jobs.clusterJobs(deps, ctxOf(c), c.req.valid('param').clusterId, { state: q.state }, q.cursor, q.limit), 200);
  });
  r.openapi(controllerPass, async (c) => {
    requireStaff(ctxOf(c));
    return c.json(await runComputePass(deps), 200);
  });
  r.openapi(controller, async (c) => {
    requireStaff(ctxOf(c));
    return c.json(controllerStatus(deps), 200);
  });
  return r;
}
