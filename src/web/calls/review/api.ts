// The review screens' calls: panels, assignments, reviews, conflicts, grades and decisions, one
// typed call per route through the generated contract.
import { call, client } from '../../api/client.ts';
import type { components, paths } from '../../../shared/api-client.ts';

type S = components['schemas'];
type Signal = AbortSignal | undefined;
type BodyOf<P extends keyof paths, M extends 'post' | 'put'> = paths[P] extends Record<M, { requestBody?: { content: { 'application/json': infer B } } }> ? B : never;

export type Panel = S['Panel'];
export type PanelDetail = S['PanelDetail'];
export type PanelMember = S['PanelMember'];
export type PanelList = S['PanelList'];
export type ReviewItem = S['ReviewItem'];
export type ReviewDetail = S['ReviewDetail'];
export type ReviewBoard = S['ReviewBoard'];
export type BoardApplication = ReviewBoard['applications'][number];
export type Assignment = S['ReviewAssignment'];
export type AutoAssignResult = S['AutoAssignResult'];
export type ApplicationReviews = S['ApplicationReviews'];
export type Decision = S['Decision'];
export type FormQuestion = S['ReviewFormQuestion'];
export type ComputePart = S['ComputePart'];

export type PanelInput = BodyOf<'/panels', 'post'>;
export type MembersInput = BodyOf<'/panels/{panelId}/members', 'put'>;
export type ReviewSave = BodyOf<'/reviews/{reviewId}', 'put'>;
export type DecisionInput = BodyOf<'/applications/{applicationId}/decision', 'post'>;

// --- panels
export const panels = (query: { ownerOrgId?: string; scopeRef?: string }, signal?: Signal) => call(client.GET('/panels', { params: { query }, signal }));
export const panel = (panelId: string, signal?: Signal) => call(client.GET('/panels/{panelId}', { params: { path: { panelId } }, signal }));
export const createPanel = (body: PanelInput) => call(client.POST('/panels', { body }));
export const setMembers = (panelId: string, body: MembersInput) => call(client.PUT('/panels/{panelId}/members', { params: { path: { panelId } }, body }));
export const attachApplications = (panelId: string, applicationIds: string[]) =>
  call(client.POST('/panels/{panelId}/applications', { params: { path: { panelId } }, body: { applicationIds } }));

// --- assignments
export const board = (callId: string, signal?: Signal) => call(client.GET('/calls/{callId}/review-board', { params: { path: { callId } }, signal }));
export const assign = (callId: string, items: { applicationId: string; reviewerId: string }[]) =>
  call(client.POST('/calls/{callId}/assignments', { params: { path: { callId } }, body: { items } }));
export const autoAssign = (callId: string) => call(client.POST('/calls/{callId}/assignments/auto', { params: { path: { callId } } }));
export const removeAssignment = (reviewId: string) => call(client.DELETE('/reviews/{reviewId}', { params: { path: { reviewId } } }));

// --- reviews
export const myReviews = (cursor: string | undefined, signal?: Signal) => call(client.GET('/reviews/mine', { params: { query: { cursor, limit: 50 } }, signal }));
export const review = (reviewId: string, signal?: Signal) => call(client.GET('/reviews/{reviewId}', { params: { path: { reviewId } }, signal }));
export const saveReview = (reviewId: string, body: ReviewSave) => call(client.PUT('/reviews/{reviewId}', { params: { path: { reviewId } }, body }));
export const declineReview = (reviewId: string, reason?: string) =>
  call(client.POST('/reviews/{reviewId}/decline', { params: { path: { reviewId } }, body: reason ? { reason } : {} }));

// --- conflicts, grades, decisions
export const declareConflict = (applicationId: string, reason: string) =>
  call(client.POST('/applications/{applicationId}/conflicts', { params: { path: { applicationId } }, body: { reason } }));
export const applicationReviews = (applicationId: string, signal?: Signal) =>
  call(client.GET('/applications/{applicationId}/reviews', { params: { path: { applicationId } }, signal }));
export const decide = (applicationId: string, body: DecisionInput) =>
  call(client.POST('/applications/{applicationId}/decision', { params: { path: { applicationId } }, body }));
// What a compute application asked for, shown beside the award fields of the decision dialog.
export const computePart = (applicationId: string, signal?: Signal) =>
  call(client.GET('/compute/applications/{applicationId}/part', { params: { path: { applicationId } }, signal }));
