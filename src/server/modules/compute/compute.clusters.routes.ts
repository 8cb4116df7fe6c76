// Routes of the compute pool's catalog: clusters, consents, projects' allocations, and the compute
// part of applications to compute calls. Object-level access (the provider's admins, the tenant's
// admins, operators) is the services'.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/context.ts';
import { createRouter, jsonBody, jsonResponse, problemResponse, taggedRoute, z, type Access } from '../../http/openapi.ts';
import { pageOf } from '../../http/paging.ts';
import { ctxOf } from '../identity/index.ts';
import * as parts from './compute.allocations.calls.ts';
import * as alloc from './compute.allocations.service.ts';
import * as s from './compute.catalog.schemas.ts';
import * as svc from './compute.clusters.service.ts';

const problem = problemResponse;
const READ: Access = { auth: 'signed-in', scope: 'compute:read' };
const WRITE: Access = { auth: 'signed-in', scope: 'compute:write' };
const OPERATOR: Access = { auth: 'operator', scope: 'compute:write' };

const op = <R extends Parameters<typeof taggedRoute>[2]>(access: Access, tag: string, spec: R) => taggedRoute(access, tag, spec);

const clusterParams = z.object({ clusterId: s.IdParam('clusterId') });
const consentParams = z.object({ consentId: s.IdParam('consentId') });
const allocationParams = z.object({ allocationId: s.IdParam('allocationId') });
const applicationParams = z.object({ applicationId: s.IdParam('applicationId') });

const registerCluster = op(WRITE, 'compute clusters', {
  method: 'post',
  path: '/compute/clusters',
  summary: "Register a cluster of an admitted compute provider (the provider's admins; operators): engine, region, pools with GPU models and prices, connection",
  request: { body: jsonBody(s.ClusterCreateBody) },
  responses: {
    201: jsonResponse(s.Cluster, 'The cluster'),
    400: problem('Invalid pools or an engine without an adapter (validation_failed, engine_not_supported)'),
    409: problem('The provider is not admitted or does not sell compute, or the code is taken (provider_not_admitted, provider_not_eligible, name_taken)'),
  },
});
const listClusters = op(READ, 'compute clusters', {
  method: 'get',
  path: '/compute/clusters',
  summary: "The pool: active and draining clusters with their provider, pools, prices, observed status and utilization (mine=true: every cluster of the caller's providers)",
  request: { query: s.ClusterQuery },
  responses: { 200: jsonResponse(s.ClusterList, 'The clusters, by code') },
});
const getCluster = op(READ, 'compute clusters', {
  method: 'get',
  path: '/compute/clusters/{clusterId}',
  summary: "A cluster (retired ones: the provider's members and operators only)",
  request: { params: clusterParams },
  responses: { 200: jsonResponse(s.Cluster, 'The cluster') },
});
const updateCluster = op(WRITE, 'compute clusters', {
  method: 'patch',
  path: '/compute/clusters/{clusterId}',
  summary: "Change a cluster's names, status (active, draining, retired), admission, pools and prices, or connection (the provider's admins; operators); audited with before and after",
  request: { params: clusterParams, body: jsonBody(s.ClusterUpdateBody) },
  responses: { 200: jsonResponse(s.Cluster, 'The cluster as changed') },
});
const refreshCluster = op(WRITE, 'compute clusters', {
  method: 'post',
  path: '/compute/clusters/{clusterId}/refresh',
  summary: "Read the cluster's live status through its adapter now (the provider's members; operators)",
  request: { params: clusterParams },
  responses: { 200: jsonResponse(s.Cluster, 'The cluster with what was observed') },
});
const requestConsent = op(WRITE, 'compute consents', {
  method: 'post',
  path: '/compute/clusters/{clusterId}/consents',
  summary: "A tenant organization's admin asks the provider of a consent-only cluster to take its jobs (asked again: the consent as it stands)",
  request: { params: clusterParams, body: jsonBody(s.ConsentBody) },
  responses: { 201: jsonResponse(s.Consent, 'The consent'), 409: problem('The cluster is open, not active, or the provider itself asks (invalid_state)') },
});
const clusterConsents = op(READ, 'compute consents', {
  method: 'get',
  path: '/compute/clusters/{clusterId}/consents',
  summary: "Consents asked of a cluster, newest first (the provider's members; operators)",
  request: { params: clusterParams },
  responses: { 200: jsonResponse(s.ConsentList, 'The consents') },
});
const orgConsents = op({ ...READ, org: 'member' }, 'compute consents', {
  method: 'get',
  path: '/compute/consents',
  summary: "A tenant organization's consents, newest first (its members; operators)",
  request: { query: s.ConsentQuery },
  responses: { 200: jsonResponse(s.ConsentList, 'The consents') },
});
const decideConsent = op(WRITE, 'compute consents', {
  method: 'post',
  path: '/compute/consents/{consentId}/decide',
  summary: "Grant or refuse a consent (the provider's admins; operators); refusing a granted one withdraws it",
  request: { params: consentParams, body: jsonBody(s.ConsentDecideBody) },
  responses: { 200: jsonResponse(s.Consent, 'The consent as decided') },
});
const projects = op(READ, 'compute allocations', {
  method: 'get',
  path: '/compute/projects',
  summary: "Live projects of the caller's organizations with their requested and active allocations and this month's use (operators: any organization by orgId)",
  request: { query: s.ComputeProjectQuery },
  responses: { 200: jsonResponse(s.ComputeProjectList, 'The projects') },
});
const requestAllocation = op(WRITE, 'compute allocations', {
  method: 'post',
  path: '/compute/allocations',
  summary: "Request an allocation for a project (the organization's admins); operators may grant one at once with approve and a weight",
  request: { body: jsonBody(s.AllocationCreateBody) },
  responses: {
    201: jsonResponse(s.Allocation, 'The allocation (requested, or active when approved)'),
    409: problem('The project is archived, already has an allocation of the class for these days, or the voucher is not active (invalid_state, voucher_not_active)'),
  },
});
const listAllocations = op(READ, 'compute allocations', {
  method: 'get',
  path: '/compute/allocations',
  summary: "Allocations, newest first, with this month's use: the caller's organizations' (operators: everyone's)",
  request: { query: s.AllocationQuery },
  responses: { 200: jsonResponse(pageOf(s.Allocation, 'AllocationPage'), 'A page of allocations') },
});
const getAllocation = op(READ, 'compute allocations', {
  method: 'get',
  path: '/compute/allocations/{allocationId}',
  summary: "An allocation with this month's use: GPU-hours used and left, GPUs running, days to expiry (members of its organization; operators)",
  request: { params: allocationParams },
  responses: { 200: jsonResponse(s.Allocation, 'The allocation') },
});
const decideAllocation = op(OPERATOR, 'compute allocations', {
  method: 'post',
  path: '/compute/allocations/{allocationId}/decide',
  summary: 'Approve (with a weight, and other hours or concurrency if need be) or refuse a requested allocation (operators)',
  request: { params: allocationParams, body: jsonBody(s.AllocationDecideBody) },
  responses: { 200: jsonResponse(s.Allocation, 'The allocation as decided'), 409: problem('Not requested, ended, or overlapping an active one (invalid_state)') },
});
const revokeAllocation = op(OPERATOR, 'compute allocations', {
  method: 'post',
  path: '/compute/allocations/{allocationId}/revoke',
  summary: 'Revoke a requested or active allocation, with a reason (operators)',
  request: { params: allocationParams, body: jsonBody(s.AllocationRevokeBody) },
  responses: { 200: jsonResponse(s.Allocation, 'The revoked allocation'), 409: problem('Already ended, refused or revoked (invalid_state)') },
});
const getPart = op(READ, 'compute allocations', {
  method: 'get',
  path: '/compute/applications/{applicationId}/part',
  summary: "The compute part of an application to a compute call (its applicants, the call's staff, its reviewers)",
  request: { params: applicationParams },
  responses: { 200: jsonResponse(s.ComputePart, 'The compute part') },
});
const putPart = op(WRITE, 'compute allocations', {
  method: 'put',
  path: '/compute/applications/{applicationId}/part',
  summary: 'Create or replace the compute part of a draft: project, GPU class, GPU-hours per month, concurrency, months, voucher',
  request: { params: applicationParams, body: jsonBody(s.ComputePartBody) },
  responses: {
    200: jsonResponse(s.ComputePart, 'The compute part as saved'),
    409: problem('Not a draft, call closed or deadline passed (invalid_state, call_not_open, deadline_passed)'),
  },
});

/** Routes of the compute catalog. */
export function computeClusterRoutes(deps: Deps): OpenAPIHono<AppEnv> {
  const r = createRouter();
  r.openapi(registerCluster, async (c) => c.json(await svc.registerCluster(deps, ctxOf(c), c.req.valid('json')), 201));
  r.openapi(listClusters, async (c) => {
    const q = c.req.valid('query');
    return c.json(await svc.listClusters(deps, ctxOf(c), { engine: q.engine, region: q.region, gpuModel: q.gpuModel, providerId: q.providerId, mine: q.mine === 'true' }), 200);
  });
  r.openapi(getCluster, async (c) => c.json(await svc.getCluster(deps, ctxOf(c), c.req.valid('param').clusterId), 200));
  r.openapi(updateCluster, async (c) => c.json(await svc.updateCluster(deps, ctxOf(c), c.req.valid('param').clusterId, c.req.valid('json')), 200));
  r.openapi(refreshCluster, async (c) => c.json(await svc.refreshCluster(deps, ctxOf(c), c.req.valid('param').clusterId), 200));
  r.openapi(requestConsent, async (c) => c.json(await svc.requestConsent(deps, ctxOf(c), c.req.valid('param').clusterId, c.req.valid('json')), 201));
  r.openapi(clusterConsents, async (c) => c.json(await svc.consentsOfCluster(deps, ctxOf(c), c.req.valid('param').clusterId), 200));
  r.openapi(orgConsents, async (c) => c.json(await svc.consentsOfOrg(deps, ctxOf(c), c.req.valid('query').orgId), 200));
  r.openapi(decideConsent, async (c) => c.json(await svc.decideConsent(deps, ctxOf(c), c.req.valid('param').consentId, c.req.valid('json')), 200));
  r.openapi(projects, async (c) => c.json(await alloc.computeProjects(deps, ctxOf(c), c.req.valid('query')), 200));
  r.openapi(requestAllocation, async (c) => c.json(await alloc.requestAllocation(deps, ctxOf(c), c.req.valid('json')), 201));
  r.openapi(listAllocations, async (c) => {
    const q = c.req.valid('query');
    return c.json(await alloc.listAllocations(deps, ctxOf(c), { status: q.status, orgId: q.orgId, projectId: q.projectId }, q.cursor, q.limit), 200);
  });
  r.openapi(getAllocation, async (c) => c.json(await alloc.getAllocation(deps, ctxOf(c), c.req.valid('param').allocationId), 200));
  r.openapi(decideAllocation, async (c) => c.json(await alloc.decideAllocation(deps, ctxOf(c), c.req.valid('param').allocationId, c.req.valid('json')), 200));
  r.openapi(revokeAllocation, async (c) => c.json(await alloc.revokeAllocation(deps, ctxOf(c), c.req.valid('param').allocationId, c.req.valid('json').reason), 200));
  r.openapi(getPart, async (c) => c.json(await parts.getComputePart(deps, ctxOf(c), c.req.valid('param').applicationId), 200));
  r.openapi(putPart, async (c) => c.json(await parts.saveComputePart(deps, ctxOf(c), c.req.valid('param').applicationId, c.req.valid('json')), 200));
  return r;
}
