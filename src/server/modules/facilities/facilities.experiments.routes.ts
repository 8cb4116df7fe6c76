// Routes of experiments (visits, safety, logbook, report), outcomes, prior work and facility statistics.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRouter, jsonBody, jsonResponse, z, type Access, conflictResponse, taggedRoute } from '../../http/openapi.ts';
import { sendFile } from '../../http/files.ts';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/context.ts';
import { ctxOf } from '../identity/index.ts';
import * as svc from './facilities.experiments.service.ts';
import * as s from './facilities.experiments.schemas.ts';
import * as stats from './facilities.stats.service.ts';

const READ: Access = { auth: 'signed-in', scope: 'facilities:read' };
const WRITE: Access = { auth: 'signed-in', scope: 'facilities:write' };

const conflict = conflictResponse;

const op = taggedRoute;

const experimentParams = z.object({ experimentId: s.IdParam('experimentId') });
const applicationParams = z.object({ applicationId: s.IdParam('applicationId') });

// ── experiments ───────────────────────────────────────────────────────────────────────────

const mine = op(READ, 'experiments', {
  method: 'get',
  path: '/facilities/experiments/mine',
  summary: 'The experiments of my proposals (as PI or accepted co-proposer), newest first',
  request: { query: s.MineQuery },
  responses: { 200: jsonResponse(s.ExperimentPage, 'A page of experiments') },
});
const ofFacility = op(READ, 'experiments', {
  method: 'get',
  path: '/facilities/{facilityId}/experiments',
  summary: 'A facility’s experiments by scheduled start: all for the user office and the director, their stations’ for station scientists, none for others',
  request: { params: z.object({ facilityId: s.IdParam('facilityId') }), query: s.FacilityExperimentsQuery },
  responses: { 200: jsonResponse(s.ExperimentPage, 'A page of experiments') },
});
const detail = op(READ, 'experiments', {
  method: 'get',
  path: '/facilities/experiments/{experimentId}',
  summary: 'An experiment with its team, visits, safety, logbook, report and outcomes (the team, the station’s scientists, the facility staff)',
  request: { params: experimentParams },
  responses: { 200: jsonResponse(s.ExperimentDetail, 'The experiment') },
});
const registerVisit = op(WRITE, 'experiments', {
  method: 'post',
  path: '/facilities/experiments/{experimentId}/visits',
  summary: 'Register a visit (team members themselves; the PI also registers members): dates inside the experiment ± 2 days; re-registering changes the dates',
  request: { params: experimentParams, body: jsonBody(s.VisitBody) },
  responses: { 201: jsonResponse(s.Visit, 'The visit, to be approved'), ...conflict('invalid_state (finished or cancelled)') },
});
const approveVisit = op(WRITE, 'experiments', {
  method: 'post',
  path: '/facilities/experiments/{experimentId}/visits/{visitId}/approve',
  summary: 'Approve a registered visit (the station’s scientists, the user office)',
  request: { params: z.object({ experimentId: s.IdParam('experimentId'), visitId: s.IdParam('visitId') }) },
  responses: { 200: jsonResponse(s.Visit, 'The approved visit'), ...conflict('invalid_state') },
});
const safety = op(WRITE, 'experiments', {
  method: 'post',
  path: '/facilities/experiments/{experimentId}/safety-approval',
  summary: 'Approve the safety of the samples (the station’s scientists, the user office); needs the proposal’s safety declaration',
  request: { params: experimentParams },
  responses: { 200: jsonResponse(s.ExperimentDetail, 'The experiment'), ...conflict('invalid_state') },
});
const start = op(WRITE, 'experiments', {
  method: 'post',
  path: '/facilities/experiments/{experimentId}/start',
  summary: 'Start the experiment (the station’s scientists, the user office); only after the safety approval',
  request: { params: experimentParams },
  responses: { 200: jsonResponse(s.ExperimentDetail, 'The running experiment'), ...conflict('safety_not_approved, invalid_state') },
});
const end = op(WRITE, 'experiments', {
  method: 'post',
  path: '/facilities/experiments/{experimentId}/end',
  summary: 'End the running experiment with the beamtime lost (hours ≥ 0, with a reason when > 0)',
  request: { params: experimentParams, body: jsonBody(s.EndBody) },
  responses: { 200: jsonResponse(s.ExperimentDetail, 'The finished experiment'), ...conflict('invalid_state') },
});
const cancel = op(WRITE, 'experiments', {
  method: 'post',
  path: '/facilities/experiments/{experimentId}/cancel',
  summary: 'Cancel an experiment that has not started (the user office)',
  request: { params: experimentParams, body: jsonBody(s.CancelBody) },
  responses: { 200: jsonResponse(s.ExperimentDetail, 'The cancelled experiment'), ...conflict('invalid_state') },
});
const readLog = op(READ, 'experiments', {
  method: 'get',
  path: '/facilities/experiments/{experimentId}/logbook',
  summary: 'The experiment’s logbook in order of writing',
  request: { params: experimentParams, query: s.LogbookQuery },
  responses: { 200: jsonResponse(s.LogbookPage, 'A page of entries') },
});
const writeLog = op(WRITE, 'experiments', {
  method: 'post',
  path: '/facilities/experiments/{experimentId}/logbook',
  summary: 'Append a logbook entry (the team, the station’s scientists, the user office); entries are never edited',
  request: { params: experimentParams, body: jsonBody(s.LogbookBody) },
  responses: { 201: jsonResponse(s.LogbookEntry, 'The entry'), ...conflict('invalid_state (cancelled)') },
});
const report = op(WRITE, 'experiments', {
  method: 'put',
  path: '/facilities/experiments/{experimentId}/report',
  summary: 'Write the end-of-experiment report (the PI and accepted co-proposers, after the end)',
  request: { params: experimentParams, body: jsonBody(s.ReportBody) },
  responses: { 200: jsonResponse(s.ExperimentDetail, 'The experiment'), ...conflict('invalid_state (not finished)') },
});

// ── outcomes and prior work ───────────────────────────────────────────────────────────────

const listOutcomes = op(READ, 'outcomes', {
  method: 'get',
  path: '/facilities/proposals/{applicationId}/outcomes',
  summary: 'What came of a proposal: publications and patents, newest first',
  request: { params: applicationParams },
  responses: { 200: jsonResponse(z.array(s.Outcome), 'The outcomes') },
});
const addOutcome = op(WRITE, 'outcomes', {
  method: 'post',
  path: '/facilities/proposals/{applicationId}/outcomes',
  summary: 'Record a publication by DOI (normalized: no resolver prefix, lower case) or a patent (the team, the user office)',
  request: { params: applicationParams, body: jsonBody(s.OutcomeBody) },
  responses: { 201: jsonResponse(s.Outcome, 'The outcome'), ...conflict('already_recorded') },
});
const deleteOutcome = op(WRITE, 'outcomes', {
  method: 'delete',
  path: '/facilities/outcomes/{outcomeId}',
  summary: 'Delete an outcome (whoever recorded it, the user office)',
  request: { params: z.object({ outcomeId: s.IdParam('outcomeId') }) },
  responses: { 204: { description: 'Deleted' } },
});
const priorWork = op(READ, 'outcomes', {
  method: 'get',
  path: '/facilities/proposals/{applicationId}/prior-work',
  summary:
    'Earlier proposals of the team (linked ones and the PI’s or members’ earlier ones) with their experiments, end-of-experiment reports and outcomes; for the team, the facility staff, scientists of the requested stations and the assigned reviewers',
  request: { params: applicationParams },
  responses: { 200: jsonResponse(z.array(s.PriorProposal), 'Newest first') },
});

// ── statistics ────────────────────────────────────────────────────────────────────────────

const statistics = op({ auth: 'public' }, 'statistics', {
  method: 'get',
  path: '/facilities/{facilityId}/statistics',
  summary:
    'Per cycle and station: shifts available, requested and awarded, oversubscription, cutoff grade, proposals, users by organization kind, experiments done, publications; totals per cycle. As JSON, or a CSV / XLSX file (?format=)',
  request: { params: z.object({ facilityId: s.IdParam('facilityId') }), query: s.StatisticsQuery },
  responses: {
    200: {
      description: 'The statistics (JSON), or the file (Content-Disposition: attachment) with tables Cycles, Stations, Users',
      headers: z.object({ 'Content-Disposition': z.string().optional().openapi({ description: 'attachment; filename="…" for csv and xlsx' }) }),
      content: {
        'application/json': { schema: s.FacilityStatistics },
        'text/csv': { schema: z.string().openapi({ description: 'UTF-8 with a byte order mark; CRLF lines (RFC 4180); sections under title lines' }) },
        [stats.XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary', description: 'An Office Open XML workbook' }) },
      },
    },
  },
});

/** Routes of experiments (visits, safety, logbook, report), outcomes, prior work and facility statistics. */
export function facilityExperimentRoutes(deps: Deps): OpenAPIHono<AppEnv> {
  const r = createRouter();
  // the literal path first, so that 'mine' is never taken for an experiment id
  r.openapi(mine, async (c) => {
    const q = c.req.valid('query');
    return c.json(await svc.myExperiments(deps, ctxOf(c), q.cursor, q.limit), 200);
  });
  r.openapi(ofFacility, async (c) => {
    const q = c.req.valid('query');
    return c.json(await svc.facilityExperiments(deps, ctxOf(c), c.req.valid('param').facilityId, { cycleId: q.cycleId, stationId: q.stationId, status: q.status }, q.cursor, q.limit), 200);
  });
  r.openapi(detail, async (c) => c.json(await svc.getExperiment(deps, ctxOf(c), c.req.valid('param').experimentId), 200));
  r.openapi(registerVisit, async (c) => c.json(await svc.registerVisit(deps, ctxOf(c), c.req.valid('param').experimentId, c.req.valid('json')), 201));
  r.openapi(approveVisit, async (c) => {
    const p = c.req.valid('param');
    return c.json(await svc.approveVisit(deps, ctxOf(c), p.experimentId, p.visitId), 200);
  });
  r.openapi(safety, async (c) => c.json(await svc.approveSafety(deps, ctxOf(c), c.req.valid('param').experimentId), 200));
  r.openapi(start, async (c) => c.json(await svc.startExperiment(deps, ctxOf(c), c.req.valid('param').experimentId), 200));
  r.openapi(end, async (c) => c.json(await svc.endExperiment(deps, ctxOf(c), c.req.valid('param').experimentId, c.req.valid('json')), 200));
  r.openapi(cancel, async (c) => c.json(await svc.cancelExperiment(deps, ctxOf(c), c.req.valid('param').experimentId, c.req.valid('json').reason), 200));
  r.openapi(readLog, async (c) => {
    const q = c.req.valid('query');
    return c.json(await svc.logbook(deps, ctxOf(c), c.req.valid('param').experimentId, q.cursor, q.limit), 200);
  });
  r.openapi(writeLog, async (c) => c.json(await svc.addLogbookEntry(deps, ctxOf(c), c.req.valid('param').experimentId, c.req.valid('json').body), 201));
  r.openapi(report, async (c) => c.json(await svc.writeReport(deps, ctxOf(c), c.req.valid('param').experimentId, c.req.valid('json').report), 200));
  r.openapi(listOutcomes, async (c) => c.json(await svc.listOutcomes(deps, ctxOf(c), c.req.valid('param').applicationId), 200));
  r.openapi(addOutcome, async (c) => c.json(await svc.addOutcome(deps, ctxOf(c), c.req.valid('param').applicationId, c.req.valid('json')), 201));
  r.openapi(deleteOutcome, async (c) => {
    await svc.deleteOutcome(deps, ctxOf(c), c.req.valid('param').outcomeId);
    return c.body(null, 204);
  });
  r.openapi(priorWork, async (c) => c.json(await svc.priorWork(deps, ctxOf(c), c.req.valid('param').applicationId), 200));
  r.openapi(statistics, async (c) => {
    const q = c.req.valid('query');
    const facilityId = c.req.valid('param').facilityId;
    if (q.format === 'json') return c.json(await stats.facilityStatistics(deps, facilityId, q.cycleId), 200);
    return sendFile(c, await stats.exportStatistics(deps, facilityId, q.cycleId, q.format));
  });
  return r;
}
