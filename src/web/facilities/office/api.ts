// The user office screens' calls: one typed call per route, through the generated contract.
import { call, client } from '../../api/client.ts';
import type { components, paths } from '../../../shared/api-client.ts';

type S = components['schemas'];
type Signal = AbortSignal | undefined;
type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

export type BeamtimeProposal = S['BeamtimeProposal'];
export type ProposalInput = S['BeamtimeProposalInput'];
export type FeasibilityInput = S['FeasibilityInput'];
export type Meeting = S['PanelMeeting'];
export type MeetingStation = Meeting['stations'][number];
export type MeetingRow = S['MeetingRow'];
export type FacilityCall = S['FacilityCall'];
export type Hazard = S['ProposalSample']['hazards'][number];
export type AccessRoute = FacilityCall['route'];
export type FeasibilityQuery = QueryOf<'/facilities/{facilityId}/feasibility'>;

export const proposal = (applicationId: string, signal?: Signal) =>
  call(client.GET('/facilities/proposals/{applicationId}', { params: { path: { applicationId } }, signal }));
export const saveProposal = (applicationId: string, body: ProposalInput) =>
  call(client.PUT('/facilities/proposals/{applicationId}', { params: { path: { applicationId } }, body }));
export const feasibilityQueue = (facilityId: string, query: FeasibilityQuery, signal?: Signal) =>
  call(client.GET('/facilities/{facilityId}/feasibility', { params: { path: { facilityId }, query }, signal }));
export const judge = (applicationId: string, stationId: string, body: FeasibilityInput) =>
  call(client.PUT('/facilities/proposals/{applicationId}/feasibility/{stationId}', { params: { path: { applicationId, stationId } }, body }));
export const meeting = (cycleId: string, signal?: Signal) => call(client.GET('/facilities/cycles/{cycleId}/meeting', { params: { path: { cycleId } }, signal }));
export const approve = (applicationId: string, body: S['ApprovalInput']) =>
  call(client.POST('/facilities/proposals/{applicationId}/approve', { params: { path: { applicationId } }, body }));
export const decide = (applicationId: string, body: { outcome: 'awarded' | 'partial' | 'rejected'; award: Record<string, unknown>; note?: string }) =>
  call(client.POST('/applications/{applicationId}/decision', { params: { path: { applicationId } }, body }));
export const facilityCalls = (facilityId: string, signal?: Signal) => call(client.GET('/facilities/{facilityId}/calls', { params: { path: { facilityId } }, signal }));
export const facility = (facilityId: string, signal?: Signal) => call(client.GET('/facilities/{facilityId}', { params: { path: { facilityId } }, signal }));

/** One request in the feasibility queue (as the page answers it). */
export type FeasibilityItem = Awaited<ReturnType<typeof feasibilityQueue>>['items'][number];
