// The calls screens' requests: one typed call per route of the calls engine, through the generated contract.
import { call, client } from '../api/client.ts';
import { download } from '../ledger/download.ts';
import type { components, paths } from '../../shared/api-client.ts';
export { saveFile } from '../ledger/download.ts';

type S = components['schemas'];
type Signal = AbortSignal | undefined;
type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

export type Call = S['Call'];
export type CallDetail = S['CallDetail'];
export type CallInput = S['CallCreateBody'];
export type CallPatch = S['CallPatchBody'];
export type FormTemplate = S['FormTemplate'];
export type FormQuestion = S['FormQuestion'];
export type FormTemplateInput = S['FormTemplateBody'];
export type Application = S['Application'];
export type ApplicationDetail = S['ApplicationDetail'];
export type ApplicationPatch = S['ApplicationPatchBody'];
export type ApplicationMember = S['ApplicationMember'];
export type ApplicationEvent = S['ApplicationEvent'];
export type ApplicationFile = S['ApplicationFile'];
export type MyApplications = S['MyApplications'];
export type Offices = S['CallOffices'];
export type CallQuery = QueryOf<'/calls'>;
export type ApplicationStatus = Application['status'];

// --- forms
export const forms = (query: QueryOf<'/calls/forms'>, signal?: Signal) => call(client.GET('/calls/forms', { params: { query }, signal }));
export const form = (formId: string, signal?: Signal) => call(client.GET('/calls/forms/{formId}', { params: { path: { formId } }, signal }));
export const createForm = (body: FormTemplateInput) => call(client.POST('/calls/forms', { body }));

// --- calls
export const offices = (signal?: Signal) => call(client.GET('/calls/offices', { signal }));
export const calls = (query: CallQuery, signal?: Signal) => call(client.GET('/calls', { params: { query }, signal }));
export const getCall = (callId: string, signal?: Signal) => call(client.GET('/calls/{callId}', { params: { path: { callId } }, signal }));
export const createCall = (body: CallInput) => call(client.POST('/calls', { body }));
export const updateCall = (callId: string, body: CallPatch) => call(client.PATCH('/calls/{callId}', { params: { path: { callId } }, body }));
export const openCall = (callId: string) => call(client.POST('/calls/{callId}/open', { params: { path: { callId } } }));
export const closeCall = (callId: string) => call(client.POST('/calls/{callId}/close', { params: { path: { callId } } }));
export const callApplications = (callId: string, query: QueryOf<'/calls/{callId}/applications'>, signal?: Signal) =>
  call(client.GET('/calls/{callId}/applications', { params: { path: { callId }, query }, signal }));
export const startApplication = (callId: string, body: S['ApplicationCreateBody']) => call(client.POST('/calls/{callId}/applications', { params: { path: { callId } }, body }));

// --- applications
const app = (applicationId: string) => ({ path: { applicationId } });
export const mine = (signal?: Signal) => call(client.GET('/applications/mine', { signal }));
export const application = (applicationId: string, signal?: Signal) => call(client.GET('/applications/{applicationId}', { params: app(applicationId), signal }));
export const saveDraft = (applicationId: string, body: ApplicationPatch) => call(client.PATCH('/applications/{applicationId}', { params: app(applicationId), body }));
export const submit = (applicationId: string) => call(client.POST('/applications/{applicationId}/submit', { params: app(applicationId) }));
export const withdraw = (applicationId: string, note?: string) => call(client.POST('/applications/{applicationId}/withdraw', { params: app(applicationId), body: note ? { note } : {} }));
export const events = (applicationId: string, signal?: Signal) => call(client.GET('/applications/{applicationId}/events', { params: app(applicationId), signal }));
export const invite = (applicationId: string, body: { email: string; orcid?: string | null }) => call(client.POST('/applications/{applicationId}/members', { params: app(applicationId), body }));
export const acceptInvitation = (applicationId: string, orcid?: string | null) =>
  call(client.POST('/applications/{applicationId}/members/accept', { params: app(applicationId), body: orcid ? { orcid } : {} }));
export const declineInvitation = (applicationId: string) => call(client.POST('/applications/{applicationId}/members/decline', { params: app(applicationId) }));
export const setOrcid = (applicationId: string, email: string, orcid: string | null) =>
  call(client.PATCH('/applications/{applicationId}/members/{email}', { params: { path: { applicationId, email } }, body: { orcid } }));
export const removeMember = (applicationId: string, email: string) => call(client.DELETE('/applications/{applicationId}/members/{email}', { params: { path: { applicationId, email } } }));
export const files = (applicationId: string, signal?: Signal) => call(client.GET('/applications/{applicationId}/files', { params: app(applicationId), signal }));
export const uploadFile = (applicationId: string, body: { name: string; contentBase64: string }) => call(client.POST('/applications/{applicationId}/files', { params: app(applicationId), body }));
export const deleteFile = (applicationId: string, fileId: string) => call(client.DELETE('/applications/{applicationId}/files/{fileId}', { params: { path: { applicationId, fileId } } }));
export const downloadFile = (applicationId: string, fileId: string, name: string) =>
  download(client.GET('/applications/{applicationId}/files/{fileId}', { params: { path: { applicationId, fileId } }, parseAs: 'blob' }), name);
export const setLinks = (applicationId: string, applicationIds: string[]) => call(client.PUT('/applications/{applicationId}/links', { params: app(applicationId), body: { applicationIds } }));

/** Reads a File as base64 (without the data: prefix). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => {
      const s = String(r.result);
      resolve(s.slice(s.indexOf(',') + 1));
    };
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsDataURL(file);
  });
}
