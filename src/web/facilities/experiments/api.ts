// The experiment screens' calls: one typed call per route, through the generated contract.
import { call, client } from '../../api/client.ts';
import { download, type Download } from '../../ledger/download.ts';
import type { components, paths } from '../../../shared/api-client.ts';
export { saveFile, type Download } from '../../ledger/download.ts';

type S = components['schemas'];
type Signal = AbortSignal | undefined;
type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

export type Experiment = S['Experiment'];
export type ExperimentDetail = S['ExperimentDetail'];
export type ExperimentStatus = Experiment['status'];
export type Visit = S['ExperimentVisit'];
export type LogbookEntry = S['LogbookEntry'];
export type Outcome = S['Outcome'];
export type OutcomeInput = S['OutcomeBody'];
export type PriorProposal = S['PriorProposal'];
export type FacilityStatistics = S['FacilityStatistics'];
export type CycleStatistics = S['CycleStatistics'];
export type StationStatistics = S['StationStatistics'];
export type FacilityExperimentsQuery = QueryOf<'/facilities/{facilityId}/experiments'>;
export type ExportFormat = 'csv' | 'xlsx';

export const EXPERIMENT_STATUSES: readonly ExperimentStatus[] = ['scheduled', 'safety_approved', 'running', 'finished', 'cancelled'];

// --- experiments
export const mine = (cursor: string | undefined, signal?: Signal) => call(client.GET('/facilities/experiments/mine', { params: { query: { cursor, limit: 50 } }, signal }));
export const ofFacility = (facilityId: string, query: FacilityExperimentsQuery, signal?: Signal) =>
  call(client.GET('/facilities/{facilityId}/experiments', { params: { path: { facilityId }, query }, signal }));
export const experiment = (experimentId: string, signal?: Signal) => call(client.GET('/facilities/experiments/{experimentId}', { params: { path: { experimentId } }, signal }));

const p = (experimentId: string) => ({ params: { path: { experimentId } } });
export const registerVisit = (experimentId: string, body: { personId?: string; arrivesOn: string; leavesOn: string }) =>
  call(client.POST('/facilities/experiments/{experimentId}/visits', { ...p(experimentId), body }));
export const approveVisit = (experimentId: string, visitId: string) =>
  call(client.POST('/facilities/experiments/{experimentId}/visits/{visitId}/approve', { params: { path: { experimentId, visitId } } }));
export const approveSafety = (experimentId: string) => call(client.POST('/facilities/experiments/{experimentId}/safety-approval', p(experimentId)));
export const start = (experimentId: string) => call(client.POST('/facilities/experiments/{experimentId}/start', p(experimentId)));
export const end = (experimentId: string, body: { lostHours: number; lostReason?: string }) => call(client.POST('/facilities/experiments/{experimentId}/end', { ...p(experimentId), body }));
export const cancel = (experimentId: string, reason: string) => call(client.POST('/facilities/experiments/{experimentId}/cancel', { ...p(experimentId), body: { reason } }));
export const addLogbookEntry = (experimentId: string, body: string) => call(client.POST('/facilities/experiments/{experimentId}/logbook', { ...p(experimentId), body: { body } }));
export const writeReport = (experimentId: string, report: string) => call(client.PUT('/facilities/experiments/{experimentId}/report', { ...p(experimentId), body: { report } }));

// --- outcomes and prior work
export const outcomes = (applicationId: string, signal?: Signal) =>
  call(client.GET('/facilities/proposals/{applicationId}/outcomes', { params: { path: { applicationId } }, signal }));
export const addOutcome = (applicationId: string, body: OutcomeInput) => call(client.POST('/facilities/proposals/{applicationId}/outcomes', { params: { path: { applicationId } }, body }));
export const deleteOutcome = (outcomeId: string) => call(client.DELETE('/facilities/outcomes/{outcomeId}', { params: { path: { outcomeId } } }));
export const priorWork = (applicationId: string, signal?: Signal) =>
  call(client.GET('/facilities/proposals/{applicationId}/prior-work', { params: { path: { applicationId } }, signal }));

// --- statistics, and what the pickers need
export const statistics = async (facilityId: string, cycleId: string | undefined, signal?: Signal): Promise<FacilityStatistics> =>
  (await call(client.GET('/facilities/{facilityId}/statistics', { params: { path: { facilityId }, query: { cycleId, format: 'json' } }, signal }))) as FacilityStatistics;
export const exportStatistics = (facilityId: string, cycleId: string | undefined, format: ExportFormat): Promise<Download> =>
  download(client.GET('/facilities/{facilityId}/statistics', { params: { path: { facilityId }, query: { cycleId, format } }, parseAs: 'blob' }), `statistics.${format}`);
export const facility = (facilityId: string, signal?: Signal) => call(client.GET('/facilities/{facilityId}', { params: { path: { facilityId } }, signal }));
export const facilities = (signal?: Signal) => call(client.GET('/facilities', { params: { query: { limit: 200 } }, signal }));
export const cycles = (facilityId: string, signal?: Signal) => call(client.GET('/facilities/{facilityId}/cycles', { params: { path: { facilityId } }, signal }));
