// Routes of cycles, operating calendars, sample environments, station scientists, schedules and ICS feeds.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z, createRouter, jsonBody, jsonResponse, type Access, conflictResponse, taggedRoute } from '../../http/openapi.ts';
import { sendFile } from '../../http/files.ts';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/context.ts';
import { ctxOf } from '../identity/index.ts';
import * as cycles from './facilities.cycles.service.ts';
import * as sched from './facilities.scheduling.service.ts';
import * as s from './facilities.scheduling.schemas.ts';
import { FacilityIdParam } from './facilities.schemas.ts';

const PUBLIC: Access = { auth: 'public' };
const READ: Access = { auth: 'signed-in', scope: 'facilities:read' };
const OFFICE: Access = { auth: 'signed-in', scope: 'facilities:write', role: 'user-office' };
const WRITE: Access = { auth: 'signed-in', scope: 'facilities:write' };

const conflict = conflictResponse;

const op = taggedRoute;

const facilityParams = z.object({ facilityId: FacilityIdParam });
const cycleParams = z.object({ cycleId: s.IdParam('cycleId') });
const stationParams = z.object({ stationId: s.IdParam('stationId') });
const scheduleParams = z.object({ scheduleId: s.IdParam('scheduleId') });

/** An iCalendar file. */
const icsResponse = (description: string) => ({
  description,
  content: { 'text/calendar': { schema: z.string().openapi({ description: 'RFC 5545: CRLF lines folded at 75 octets, times in UTC' }) } },
});

// ── cycles and calendars ──────────────────────────────────────────────────────────────────

const listCycles = op(PUBLIC, 'cycles', {
  method: 'get',
  path: '/facilities/{facilityId}/cycles',
  summary: 'The operating cycles of a facility, latest first',
  request: { params: facilityParams },
  responses: { 200: jsonResponse(s.CycleList, 'The cycles') },
});
const createCycle = op(OFFICE, 'cycles', {
  method: 'post',
  path: '/facilities/{facilityId}/cycles',
  summary: 'Create a cycle in planning (user office): start at a shift boundary of its zone, a whole number of shifts',
  request: { params: facilityParams, body: jsonBody(s.CycleCreateBody) },
  responses: { 201: jsonResponse(s.Cycle, 'The cycle'), ...conflict('Code taken (name_taken)') },
});
const getCycle = op(PUBLIC, 'cycles', {
  method: 'get',
  path: '/facilities/cycles/{cycleId}',
  summary: "A cycle with its operating calendar, each station's user-operation shifts and its schedule versions",
  request: { params: cycleParams },
  responses: { 200: jsonResponse(s.CycleDetail, 'The cycle') },
});
const patchCycle = op(WRITE, 'cycles', {
  method: 'patch',
  path: '/facilities/cycles/{cycleId}',
  summary: 'Change a cycle (user office): names and changeover any time; span, zone, shift length, award multiple while planning; status one step on',
  request: { params: cycleParams, body: jsonBody(s.CyclePatchBody) },
  responses: { 200: jsonResponse(s.Cycle, 'The cycle'), ...conflict('invalid_state, name_taken') },
});
const addPeriod = op(WRITE, 'cycles', {
  method: 'post',
  path: '/facilities/cycles/{cycleId}/periods',
  summary: 'Add a calendar period (user operation, machine development, maintenance, shutdown), facility-wide or for one station, inside the cycle',
  request: { params: cycleParams, body: jsonBody(s.PeriodCreateBody) },
  responses: { 201: jsonResponse(s.Period, 'The period'), ...conflict('invalid_state (cycle closed)') },
});
const removePeriod = op(WRITE, 'cycles', {
  method: 'delete',
  path: '/facilities/cycles/{cycleId}/periods/{periodId}',
  summary: 'Remove a calendar period (user office)',
  request: { params: z.object({ cycleId: s.IdParam('cycleId'), periodId: s.IdParam('periodId') }) },
  responses: { 204: { description: 'Removed' }, ...conflict('invalid_state (cycle closed)') },
});

// ── catalog additions ─────────────────────────────────────────────────────────────────────

const listEnvironments = op(PUBLIC, 'cycles', {
  method: 'get',
  path: '/facilities/{facilityId}/environments',
  summary: 'The sample environments (shared equipment) of a facility',
  request: { params: facilityParams },
  responses: { 200: jsonResponse(s.EnvironmentList, 'The environments') },
});
const createEnvironment = op(OFFICE, 'cycles', {
  method: 'post',
  path: '/facilities/{facilityId}/environments',
  summary: 'Add a sample environment (user office)',
  request: { params: facilityParams, body: jsonBody(s.EnvironmentCreateBody) },
  responses: { 201: jsonResponse(s.Environment, 'The environment'), ...conflict('Code taken (name_taken)') },
});
const putStationEnvironments = op(WRITE, 'cycles', {
  method: 'put',
  path: '/facilities/stations/{stationId}/environments',
  summary: 'Replace the sample environments a station can mount (user office)',
  request: { params: stationParams, body: jsonBody(s.StationEnvironmentsBody) },
  responses: { 200: jsonResponse(s.StationEnvironments, "The station's environments") },
});
const putStationScientists = op(WRITE, 'cycles', {
  method: 'put',
  path: '/facilities/stations/{stationId}/scientists',
  summary: 'Replace the scientists of a station (user office)',
  request: { params: stationParams, body: jsonBody(s.StationScientistsBody) },
  responses: { 200: jsonResponse(s.StationScientists, "The station's scientists") },
});

// ── schedules ─────────────────────────────────────────────────────────────────────────────

const solve = op(WRITE, 'schedules', {
  method: 'post',
  path: '/facilities/cycles/{cycleId}/schedules',
  summary:
    "Solve the cycle's awards into a new draft schedule (user office): rank-order greedy, then HiGHS per equipment cluster within the time limit; `from` keeps that schedule's pins (re-optimize). Waits for the solver.",
  request: { params: cycleParams, body: jsonBody(s.SolveBody) },
  responses: { 201: jsonResponse(s.Schedule, 'The new draft'), ...conflict('pin_infeasible (details.violations), invalid_state') },
});
const getSchedule = op(PUBLIC, 'schedules', {
  method: 'get',
  path: '/facilities/schedules/{scheduleId}',
  summary: "A schedule version with its blocks and unplaced awards (published: anyone; drafts: the facility's staff)",
  request: { params: scheduleParams },
  responses: { 200: jsonResponse(s.Schedule, 'The schedule') },
});
const patchBlock = op(WRITE, 'schedules', {
  method: 'patch',
  path: '/facilities/schedules/{scheduleId}/blocks/{blockId}',
  summary: 'Pin, unpin or move a block of a draft (user office); a moved block is pinned; every hard rule is checked again',
  request: { params: z.object({ scheduleId: s.IdParam('scheduleId'), blockId: s.IdParam('blockId') }), body: jsonBody(s.BlockPatchBody) },
  responses: { 200: jsonResponse(s.Schedule, 'The schedule'), ...conflict('pin_infeasible (details.violations), invalid_state') },
});
const swap = op(WRITE, 'schedules', {
  method: 'post',
  path: '/facilities/schedules/{scheduleId}/swap',
  summary: "Swap two blocks of a draft (user office): each takes the other's start, both pinned; every hard rule is checked again",
  request: { params: scheduleParams, body: jsonBody(s.SwapBody) },
  responses: { 200: jsonResponse(s.Schedule, 'The schedule'), ...conflict('pin_infeasible (details.violations), invalid_state') },
});
const publish = op(WRITE, 'schedules', {
  method: 'post',
  path: '/facilities/schedules/{scheduleId}/publish',
  summary: 'Publish a draft (user office): validated against every hard rule, the previous version superseded, the cycle published, experiments created, moved or cancelled',
  request: { params: scheduleParams },
  responses: { 200: jsonResponse(s.Schedule, 'The published schedule'), ...conflict('schedule_invalid (details.violations), invalid_state') },
});
const published = op(PUBLIC, 'schedules', {
  method: 'get',
  path: '/facilities/cycles/{cycleId}/schedule',
  summary: 'The published schedule of a cycle',
  request: { params: cycleParams },
  responses: { 200: jsonResponse(s.Schedule, 'The published schedule') },
});

const stationSchedule = op(PUBLIC, 'schedules', {
  method: 'get',
  path: '/facilities/stations/{stationId}/schedule',
  summary: "A station's blocks in published schedules, in time order",
  request: { params: stationParams },
  responses: { 200: jsonResponse(s.StationSchedule, 'The station schedule') },
});

// ── ICS ───────────────────────────────────────────────────────────────────────────────────

const stationIcs = op(PUBLIC, 'schedules', {
  method: 'get',
  path: '/facilities/stations/{stationId}/schedule.ics',
  summary: "A station's published beamtime as iCalendar (proposal number and title per block)",
  request: { params: stationParams },
  responses: { 200: icsResponse('The calendar') },
});
const myIcs = op(READ, 'schedules', {
  method: 'get',
  path: '/facilities/me/schedule.ics',
  summary: "The caller's experiments (PI, accepted co-proposer, station scientist) as iCalendar",
  responses: { 200: icsResponse('The calendar') },
});
const feedStatus = op(READ, 'schedules', {
  method: 'get',
  path: '/facilities/me/calendar-feed',
  summary: 'Whether the caller has a secret calendar-feed address',
  responses: { 200: jsonResponse(s.FeedStatus, 'The status') },
});
const createFeed = op(WRITE, 'schedules', {
  method: 'post',
  path: '/facilities/me/calendar-feed',
  summary: 'Make a new secret calendar-feed address for calendar apps (shown once; the previous one stops working)',
  responses: { 201: jsonResponse(s.FeedCreated, 'The address') },
});
const revokeFeed = op(WRITE, 'schedules', {
  method: 'delete',
  path: '/facilities/me/calendar-feed',
  summary: "Revoke the caller's secret calendar-feed address",
  responses: { 204: { description: 'Revoked (or there was none)' } },
});
const feed = op(PUBLIC, 'schedules', {
  method: 'get',
  path: '/facilities/feeds/{token}',
  summary: 'The calendar of the person a secret feed address belongs to (404 when unknown or revoked)',
  request: { params: z.object({ token: z.string().min(1).max(200).openapi({ param: { name: 'token', in: 'path' } }) }) },
  responses: { 200: icsResponse('The calendar') },
});

/** A calendar the client opens itself; calendar apps may cache it for five minutes. */
const sendIcs = (c: Context<AppEnv>, f: sched.IcsFile): Response => sendFile(c, f, { disposition: 'inline', cacheControl: 'private, max-age=300' });

/** Routes of cycles, operating calendars, sample environments, station scientists, schedules and ICS feeds. */
export function facilitySchedulingRoutes(deps: Deps): OpenAPIHono<AppEnv> {
  const r = createRouter();
  r.openapi(listCycles, async (c) => c.json(await cycles.listCycles(deps, c.req.valid('param').facilityId), 200));
  r.openapi(createCycle, async (c) => c.json(await cycles.createCycle(deps, ctxOf(c), c.req.valid('param').facilityId, c.req.valid('json')), 201));
  r.openapi(getCycle, async (c) => c.json(await cycles.getCycle(deps, ctxOf(c), c.req.valid('param').cycleId), 200));
  r.openapi(patchCycle, async (c) => c.json(await cycles.patchCycle(deps, ctxOf(c), c.req.valid('param').cycleId, c.req.valid('json')), 200));
  r.openapi(addPeriod, async (c) => c.json(await cycles.addPeriod(deps, ctxOf(c), c.req.valid('param').cycleId, c.req.valid('json')), 201));
  r.openapi(removePeriod, async (c) => {
    const p = c.req.valid('param');
    await cycles.removePeriod(deps, ctxOf(c), p.cycleId, p.periodId);
    return c.body(null, 204);
  });
  r.openapi(listEnvironments, async (c) => c.json(await cycles.listEnvironments(deps, c.req.valid('param').facilityId), 200));
  r.openapi(createEnvironment, async (c) => c.json(await cycles.createEnvironment(deps, ctxOf(c), c.req.valid('param').facilityId, c.req.valid('json')), 201));
  r.openapi(putStationEnvironments, async (c) =>
    c.json(await cycles.putStationEnvironments(deps, ctxOf(c), c.req.valid('param').stationId, c.req.valid('json').environmentIds), 200),
  );
  r.openapi(putStationScientists, async (c) => c.json(await cycles.putStationScientists(deps, ctxOf(c), c.req.valid('param').stationId, c.req.valid('json').scientists), 200));
  r.openapi(solve, async (c) => c.json(await sched.solveCycle(deps, ctxOf(c), c.req.valid('param').cycleId, c.req.valid('json')), 201));
  r.openapi(getSchedule, async (c) => c.json(await sched.getSchedule(deps, ctxOf(c), c.req.valid('param').scheduleId), 200));
  r.openapi(patchBlock, async (c) => {
    const p = c.req.valid('param');
    return c.json(await sched.patchBlock(deps, ctxOf(c), p.scheduleId, p.blockId, c.req.valid('json')), 200);
  });
  r.openapi(swap, async (c) => c.json(await sched.swapBlocks(deps, ctxOf(c), c.req.valid('param').scheduleId, c.req.valid('json')), 200));
  r.openapi(publish, async (c) => c.json(await sched.publishSchedule(deps, ctxOf(c), c.req.valid('param').scheduleId), 200));
  r.openapi(published, async (c) => c.json(await sched.publishedSchedule(deps, ctxOf(c), c.req.valid('param').cycleId), 200));
  r.openapi(stationSchedule, async (c) => c.json(await sched.stationSchedule(deps, c.req.valid('param').stationId), 200));
  r.openapi(stationIcs, async (c) => sendIcs(c, await sched.stationIcs(deps, c.req.valid('param').stationId)));
  r.openapi(myIcs, async (c) => sendIcs(c, await sched.myIcs(deps, ctxOf(c))));
  r.openapi(feedStatus, async (c) => c.json(await sched.feedStatus(deps, ctxOf(c)), 200));
  r.openapi(createFeed, async (c) => c.json(await sched.createFeed(deps, ctxOf(c)), 201));
  r.openapi(revokeFeed, async (c) => {
    await sched.revokeFeed(deps, ctxOf(c));
    return c.body(null, 204);
  });
  r.openapi(feed, async (c) => {
    // Calendar apps cache hard; the secret address must not end up in shared caches.
    const f = await sched.feedIcs(deps, c.req.valid('param').token);
    c.header('Referrer-Policy', 'no-referrer');
    return sendIcs(c, f);
  });
  return r;
}
