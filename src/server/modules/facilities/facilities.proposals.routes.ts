// Routes of beamtime proposals: requests, samples, dates; feasibility; the panel meeting; awards.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRouter, jsonBody, jsonResponse, z, type Access, problemResponse, taggedRoute } from '../../http/openapi.ts';
import { pageOf } from '../../http/paging.ts';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/context.ts';
import { ctxOf } from '../identity/index.ts';
import * as s from './facilities.proposals.schemas.ts';
import * as svc from './facilities.proposals.service.ts';

const problem = problemResponse;

const READ: Access = { auth: 'signed-in', scope: 'facilities:read' };
const WRITE: Access = { auth: 'signed-in', scope: 'facilities:write' };

const op = <R extends Parameters<typeof taggedRoute>[2]>(access: Access, spec: R) => taggedRoute(access, 'user office', spec);

const appParams = z.object({ applicationId: s.IdParam('applicationId') });

const getProposal = op(READ, {
  method: 'get',
  path: '/facilities/proposals/{applicationId}',
  summary: 'The beamtime part of a proposal (its team; once submitted: the facility staff, scientists of requested stations, assigned reviewers)',
  request: { params: appParams },
  responses: { 200: jsonResponse(s.BeamtimeProposal, 'The beamtime part') },
});
const putProposal = op(WRITE, {
  method: 'put',
  path: '/facilities/proposals/{applicationId}',
  summary: 'Create or replace the beamtime part of a draft: stations and shifts, sample environments, samples and hazards, dates, safety declaration',
  request: { params: appParams, body: jsonBody(s.ProposalBody) },
  responses: {
    200: jsonResponse(s.BeamtimeProposal, 'The beamtime part as saved'),
    409: problem('Not a draft, call closed or deadline passed (invalid_state, call_not_open, deadline_passed)'),
  },
});
const queue = op(READ, {
  method: 'get',
  path: '/facilities/{facilityId}/feasibility',
  summary: "Feasibility queue: requests of submitted proposals on the caller's stations (user office: all), judged or not",
  request: { params: z.object({ facilityId: s.IdParam('facilityId') }), query: s.FeasibilityQuery },
  responses: { 200: jsonResponse(pageOf(s.FeasibilityItem, 'FeasibilityPage'), 'A page of requests') },
});
const judge = op(WRITE, {
  method: 'put',
  path: '/facilities/proposals/{applicationId}/feasibility/{stationId}',
  summary: 'A station scientist judges the feasibility of a request on their station (replaces an earlier verdict)',
  request: { params: z.object({ applicationId: s.IdParam('applicationId'), stationId: s.IdParam('stationId') }), body: jsonBody(s.FeasibilityBody) },
  responses: { 200: jsonResponse(s.Feasibility, 'The verdict'), 409: problem('The proposal is not under review (invalid_state)') },
});
const meeting = op(READ, {
  method: 'get',
  path: '/facilities/cycles/{cycleId}/meeting',
  summary: "The panel meeting: per station, proposals ranked by grade against available shifts, cutoff and oversubscription (grades hidden from conflicted viewers)",
  request: { params: z.object({ cycleId: s.IdParam('cycleId') }) },
  responses: { 200: jsonResponse(s.Meeting, 'The meeting') },
});
const approve = op(WRITE, {
  method: 'post',
  path: '/facilities/proposals/{applicationId}/approve',
  summary: 'Approve or reject a rapid-access, in-house or proprietary proposal (proprietary: charged through the ledger)',
  request: { params: appParams, body: jsonBody(s.ApproveBody) },
  responses: {
    200: jsonResponse(s.ApproveResult, 'The decision and its awards'),
    409: problem('invalid_state, capacity_exceeded, insufficient_funds'),
  },
});
const calls = op(
  { auth: 'public' },
  {
    method: 'get',
    path: '/facilities/{facilityId}/calls',
    summary: "The facility's calls with their access routes and deadlines (apply for beamtime)",
    request: { params: z.object({ facilityId: s.IdParam('facilityId') }) },
    responses: { 200: jsonResponse(z.object({ items: z.array(s.FacilityCall) }).openapi('FacilityCallList'), 'The calls, by opening') },
  },
);

/** Routes of beamtime proposals: requests, samples, dates; feasibility; the panel meeting; awards. */
export function facilityProposalRoutes(deps: Deps): OpenAPIHono<AppEnv> {
  const r = createRouter();
  r.openapi(getProposal, async (c) => c.json(await svc.getProposal(deps, ctxOf(c), c.req.valid('param').applicationId), 200));
  r.openapi(putProposal, async (c) => c.json(await svc.saveProposal(deps, ctxOf(c), c.req.valid('param').applicationId, c.req.valid('json')), 200));
  r.openapi(queue, async (c) => c.json(await svc.feasibilityQueue(deps, ctxOf(c), c.req.valid('param').facilityId, c.req.valid('query')), 200));
  r.openapi(judge, async (c) => {
    const p = c.req.valid('param');
    return c.json(await svc.judgeFeasibility(deps, ctxOf(c), p.applicationId, p.stationId, c.req.valid('json')), 200);
  });
  r.openapi(meeting, async (c) => c.json(await svc.meeting(deps, ctxOf(c), c.req.valid('param').cycleId), 200));
  r.openapi(approve, async (c) => c.json(await svc.approve(deps, ctxOf(c), c.req.valid('param').applicationId, c.req.valid('json')), 200));
  r.openapi(calls, async (c) => c.json(await svc.facilityCalls(deps, c.req.valid('param').facilityId), 200));
  return r;
}
