// The scheduling screens' calls: cycles, calendars, schedules and feeds, each a typed call of the
// generated contract.
import { call, client } from '../../api/client.ts';
import type { components, paths } from '../../../shared/api-client.ts';

type S = components['schemas'];
type Signal = AbortSignal | undefined;
type BodyOf<P extends keyof paths, M extends 'post' | 'patch'> = paths[P] extends Record<M, { requestBody?: { content: { 'application/json': infer B } } }> ? B : never;

export type Cycle = S['Cycle'];
export type CycleDetail = S['CycleDetail'];
export type CalendarPeriod = S['CalendarPeriod'];
export type CycleStation = S['CycleStation'];
export type Schedule = S['Schedule'];
export type ScheduleBlock = S['ScheduleBlock'];
export type UnplacedAward = S['UnplacedAward'];
export type StationSchedule = S['StationSchedule'];
export type CycleInput = BodyOf<'/facilities/{facilityId}/cycles', 'post'>;
export type CyclePatch = BodyOf<'/facilities/cycles/{cycleId}', 'patch'>;
export type PeriodInput = BodyOf<'/facilities/cycles/{cycleId}/periods', 'post'>;
export type SolveInput = BodyOf<'/facilities/cycles/{cycleId}/schedules', 'post'>;

export const facility = (facilityId: string, signal?: Signal) => call(client.GET('/facilities/{facilityId}', { params: { path: { facilityId } }, signal }));
export const cycles = (facilityId: string, signal?: Signal) => call(client.GET('/facilities/{facilityId}/cycles', { params: { path: { facilityId } }, signal }));
export const createCycle = (facilityId: string, body: CycleInput) => call(client.POST('/facilities/{facilityId}/cycles', { params: { path: { facilityId } }, body }));
export const cycle = (cycleId: string, signal?: Signal) => call(client.GET('/facilities/cycles/{cycleId}', { params: { path: { cycleId } }, signal }));
export const patchCycle = (cycleId: string, body: CyclePatch) => call(client.PATCH('/facilities/cycles/{cycleId}', { params: { path: { cycleId } }, body }));
export const addPeriod = (cycleId: string, body: PeriodInput) => call(client.POST('/facilities/cycles/{cycleId}/periods', { params: { path: { cycleId } }, body }));
export const removePeriod = (cycleId: string, periodId: string) => call(client.DELETE('/facilities/cycles/{cycleId}/periods/{periodId}', { params: { path: { cycleId, periodId } } }));

export const solve = (cycleId: string, body: SolveInput) => call(client.POST('/facilities/cycles/{cycleId}/schedules', { params: { path: { cycleId } }, body }));
export const schedule = (scheduleId: string, signal?: Signal) => call(client.GET('/facilities/schedules/{scheduleId}', { params: { path: { scheduleId } }, signal }));
export const patchBlock = (scheduleId: string, blockId: string, body: { pinned?: boolean; startShift?: number }) =>
  call(client.PATCH('/facilities/schedules/{scheduleId}/blocks/{blockId}', { params: { path: { scheduleId, blockId } }, body }));
export const swapBlocks = (scheduleId: string, blockA: string, blockB: string) => call(client.POST('/facilities/schedules/{scheduleId}/swap', { params: { path: { scheduleId } }, body: { blockA, blockB } }));
export const publish = (scheduleId: string) => call(client.POST('/facilities/schedules/{scheduleId}/publish', { params: { path: { scheduleId } } }));

export const stationSchedule = (stationId: string, signal?: Signal) => call(client.GET('/facilities/stations/{stationId}/schedule', { params: { path: { stationId } }, signal }));
export const feedStatus = (signal?: Signal) => call(client.GET('/facilities/me/calendar-feed', { signal }));
export const createFeed = () => call(client.POST('/facilities/me/calendar-feed', {}));
export const revokeFeed = () => call(client.DELETE('/facilities/me/calendar-feed', {}));

/** Where the browser downloads ICS files (plain links: GETs with the session cookie). */
export const stationIcsUrl = (stationId: string) => `/api/facilities/stations/${encodeURIComponent(stationId)}/schedule.ics`;
export const myIcsUrl = '/api/facilities/me/schedule.ics';
