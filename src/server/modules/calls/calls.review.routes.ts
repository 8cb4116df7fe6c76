// Routes of review in the calls engine: panels, assignments, conflicts of interest, grades, decisions.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRouter, jsonBody, jsonResponse, z, type Access, problemResponse, taggedRoute } from '../../http/openapi.ts';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/context.ts';
import { ctxOf } from '../identity/index.ts';
import * as s from './calls.review.schemas.ts';
import * as svc from './calls.review.service.ts';

const problem = problemResponse;

const READ: Access = { auth: 'signed-in', scope: 'calls:read' };
const WRITE: Access = { auth: 'signed-in', scope: 'calls:write' };

const op = <R extends Parameters<typeof taggedRoute>[2]>(access: Access, spec: R) => taggedRoute(access, 'review', spec);

const panelParams = z.object({ panelId: s.IdParam('panelId') });
const callParams = z.object({ callId: s.IdParam('callId') });
const reviewParams = z.object({ reviewId: s.IdParam('reviewId') });
const appParams = z.object({ applicationId: s.IdParam('applicationId') });

// ── panels ────────────────────────────────────────────────────────────────────────────────

const listPanels = op(READ, {
  method: 'get',
  path: '/panels',
  summary: "Panels the caller may see: their organizations' (user office, director; operators: all) and those they sit on",
  request: { query: s.PanelQuery },
  responses: { 200: jsonResponse(s.PanelList, 'The panels') },
});
const createPanel = op(WRITE, {
  method: 'post',
  path: '/panels',
  summary: 'Create a review panel of an organization (its user office)',
  request: { body: jsonBody(s.PanelCreateBody) },
  responses: { 201: jsonResponse(s.PanelDetail, 'The panel'), 404: problem('No such organization') },
});
const getPanel = op(READ, {
  method: 'get',
  path: '/panels/{panelId}',
  summary: 'A panel with its members; staff and the chair also see its applications and the grades they are not conflicted with',
  request: { params: panelParams },
  responses: { 200: jsonResponse(s.PanelDetail, 'The panel') },
});
const setMembers = op(WRITE, {
  method: 'put',
  path: '/panels/{panelId}/members',
  summary: 'Replace the members of a panel (chair or reviewer, with expertise keywords)',
  request: { params: panelParams, body: jsonBody(s.PanelMembersBody) },
  responses: { 200: jsonResponse(s.PanelDetail, 'The panel') },
});
const attach = op(WRITE, {
  method: 'post',
  path: '/panels/{panelId}/applications',
  summary: "Put applications (of the organization's calls) on a panel",
  request: { params: panelParams, body: jsonBody(s.PanelAttachBody) },
  responses: { 200: jsonResponse(s.AttachResult, 'How many were attached'), 409: problem('A draft among them (invalid_state)') },
});

// ── assignments ───────────────────────────────────────────────────────────────────────────

const board = op(READ, {
  method: 'get',
  path: '/calls/{callId}/review-board',
  summary: "The call's assignment board: applications × panel members with loads, assignments, grades, conflicts (staff)",
  request: { params: callParams },
  responses: { 200: jsonResponse(s.Board, 'The board') },
});
const assign = op(WRITE, {
  method: 'post',
  path: '/calls/{callId}/assignments',
  summary: 'Assign reviewers from their panels, all or nothing; a conflicted reviewer is refused (conflict_of_interest)',
  request: { params: callParams, body: jsonBody(s.AssignBody) },
  responses: { 200: jsonResponse(s.AssignResult, 'One result per pair'), 409: problem('Not on a panel, not under review, declined (invalid_state)') },
});
const autoAssign = op(WRITE, {
  method: 'post',
  path: '/calls/{callId}/assignments/auto',
  summary: 'Give every application under review its reviewers: never conflicted, fewest assignments first, then expertise; deterministic',
  request: { params: callParams },
  responses: { 200: jsonResponse(s.AutoAssignResult, 'What was assigned and what could not be filled'), 409: problem('No panel stage (invalid_state)') },
});
const removeAssignment = op(WRITE, {
  method: 'delete',
  path: '/reviews/{reviewId}',
  summary: 'Remove an assignment that is not submitted (staff)',
  request: { params: reviewParams },
  responses: { 204: { description: 'Removed' }, 409: problem('Submitted (invalid_state)') },
});

// ── reviews ───────────────────────────────────────────────────────────────────────────────

const mine = op(READ, {
  method: 'get',
  path: '/reviews/mine',
  summary: "The caller's review assignments, newest first",
  request: { query: s.MineQuery },
  responses: { 200: jsonResponse(s.ReviewPage, 'A page of assignments') },
});
const getReview = op(READ, {
  method: 'get',
  path: '/reviews/{reviewId}',
  summary: 'The application to review with the reviewer’s grade and comments (the reviewer; conflicted: conflict_of_interest)',
  request: { params: reviewParams },
  responses: { 200: jsonResponse(s.ReviewDetail, 'The review') },
});
const saveReview = op(WRITE, {
  method: 'put',
  path: '/reviews/{reviewId}',
  summary: 'Save the grade (1 best … 5) and comments; submit: true finalizes',
  request: { params: reviewParams, body: jsonBody(s.ReviewSaveBody) },
  responses: { 200: jsonResponse(s.ReviewDetail, 'The review'), 409: problem('Submitted, declined or the application is closed (invalid_state)') },
});
const decline = op(WRITE, {
  method: 'post',
  path: '/reviews/{reviewId}/decline',
  summary: 'Decline an assignment not yet submitted',
  request: { params: reviewParams, body: { required: false, content: { 'application/json': { schema: s.DeclineBody } } } },
  responses: { 200: jsonResponse(s.ReviewDetail, 'The review'), 409: problem('Not assigned (invalid_state)') },
});

// ── conflicts, grades, decisions ──────────────────────────────────────────────────────────

const declare = op(WRITE, {
  method: 'post',
  path: '/applications/{applicationId}/conflicts',
  summary: 'Declare a conflict of interest with an application (its panel members and reviewers); withdraws the caller’s assignment',
  request: { params: appParams, body: jsonBody(s.DeclareBody) },
  responses: { 201: jsonResponse(s.Declaration, 'The declaration') },
});
const reviews = op(READ, {
  method: 'get',
  path: '/applications/{applicationId}/reviews',
  summary: "An application's reviews and mean grade (the call's staff, the panel chair; conflicted: conflict_of_interest)",
  request: { params: appParams },
  responses: { 200: jsonResponse(s.ApplicationReviews, 'The reviews') },
});
const decide = op(WRITE, {
  method: 'post',
  path: '/applications/{applicationId}/decision',
  summary: 'Decide an application: awarded, partial or rejected; the letter goes to the PI through the outbox',
  request: { params: appParams, body: jsonBody(s.DecisionBody) },
  responses: { 201: jsonResponse(s.Decision, 'The decision'), 409: problem('Decided already, not under review, or refused by the desk (invalid_state, award_not_multiple, capacity_exceeded)') },
});

/** Routes of review in the calls engine: panels, assignments, conflicts of interest, grades, decisions. */
export function callsReviewRoutes(deps: Deps): OpenAPIHono<AppEnv> {
  const r = createRouter();
  r.openapi(listPanels, async (c) => c.json(await svc.listPanels(deps, ctxOf(c), c.req.valid('query')), 200));
  r.openapi(createPanel, async (c) => c.json(await svc.createPanel(deps, ctxOf(c), c.req.valid('json')), 201));
  r.openapi(getPanel, async (c) => c.json(await svc.getPanel(deps, ctxOf(c), c.req.valid('param').panelId), 200));
  r.openapi(setMembers, async (c) => c.json(await svc.setPanelMembers(deps, ctxOf(c), c.req.valid('param').panelId, c.req.valid('json').members), 200));
  r.openapi(attach, async (c) => c.json(await svc.attachApplications(deps, ctxOf(c), c.req.valid('param').panelId, c.req.valid('json').applicationIds), 200));
  r.openapi(board, async (c) => c.json(await svc.reviewBoard(deps, ctxOf(c), c.req.valid('param').callId), 200));
  r.openapi(assign, async (c) => c.json(await svc.assignReviewers(deps, ctxOf(c), c.req.valid('param').callId, c.req.valid('json').items), 200));
  r.openapi(autoAssign, async (c) => c.json(await svc.autoAssign(deps, ctxOf(c), c.req.valid('param').callId), 200));
  r.openapi(removeAssignment, async (c) => {
    await svc.removeAssignment(deps, ctxOf(c), c.req.valid('param').reviewId);
    return c.body(null, 204);
  });
  r.openapi(mine, async (c) => {
    const q = c.req.valid('query');
    return c.json(await svc.myReviews(deps, ctxOf(c), q.cursor, q.limit), 200);
  });
  r.openapi(getReview, async (c) => c.json(await svc.getReview(deps, ctxOf(c), c.req.valid('param').reviewId), 200));
  r.openapi(saveReview, async (c) => c.json(await svc.saveReview(deps, ctxOf(c), c.req.valid('param').reviewId, c.req.valid('json')), 200));
  r.openapi(decline, async (c) => {
    const body = (c.req.valid('json') as { reason?: string } | undefined) ?? {};
    return c.json(await svc.declineReview(deps, ctxOf(c), c.req.valid('param').reviewId, body.reason), 200);
  });
  r.openapi(declare, async (c) => c.json(await svc.declareConflict(deps, ctxOf(c), c.req.valid('param').applicationId, c.req.valid('json').reason), 201));
  r.openapi(reviews, async (c) => c.json(await svc.applicationReviews(deps, ctxOf(c), c.req.valid('param').applicationId), 200));
  r.openapi(decide, async (c) => c.json(await svc.decide(deps, ctxOf(c), c.req.valid('param').applicationId, c.req.valid('json')), 201));
  return r;
}
