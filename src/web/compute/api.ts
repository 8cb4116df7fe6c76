// The compute catalog screens' calls (clusters, consents, projects, allocations, the compute part
// of applications), each a typed call of the generated contract.
import { call, client } from '../api/client.ts';
import type { components, paths } from '../../shared/api-client.ts';

type S = components['schemas'];
type Signal = AbortSignal | undefined;
type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

export type Cluster = S['Cluster'];
export type ClusterPool = Cluster['pools'][number];
export type ClusterObserved = S['ClusterObserved'];
export type ClusterInput = S['ClusterCreate'];
export type ClusterPatch = S['ClusterUpdate'];
export type PoolInput = S['ClusterPoolInput'];
export type ClusterEngine = Cluster['engine'];
export type ClusterStatus = Cluster['status'];
export type ClusterAdmission = Cluster['admission'];
export type Consent = S['Consent'];
export type ConsentStatus = Consent['status'];
export type Allocation = S['Allocation'];
export type AllocationStatus = Allocation['status'];
export type AllocationInput = S['AllocationCreate'];
export type AllocationDecision = S['AllocationDecision'];
export type ComputeProject = S['ComputeProject'];
export type ComputePart = S['ComputePart'];
export type ComputePartInput = S['ComputePartInput'];
export type Project = S['Project'];
export type ProjectInput = S['ProjectCreate'];
export type Voucher = S['Voucher'];
export type Provider = S['Provider'];
export type GpuClass = NonNullable<Allocation['gpuClass']>;
export type GpuModel = NonNullable<ClusterPool['gpuModel']>;

export type ClusterQuery = QueryOf<'/compute/clusters'>;
export type AllocationQuery = QueryOf<'/compute/allocations'>;

// --- clusters
export const clusters = (query: ClusterQuery, signal?: Signal) => call(client.GET('/compute/clusters', { params: { query }, signal }));
export const cluster = (clusterId: string, signal?: Signal) => call(client.GET('/compute/clusters/{clusterId}', { params: { path: { clusterId } }, signal }));
export const registerCluster = (body: ClusterInput) => call(client.POST('/compute/clusters', { body }));
export const updateCluster = (clusterId: string, body: ClusterPatch) => call(client.PATCH('/compute/clusters/{clusterId}', { params: { path: { clusterId } }, body }));
export const refreshCluster = (clusterId: string) => call(client.POST('/compute/clusters/{clusterId}/refresh', { params: { path: { clusterId } } }));

// --- consents
export const clusterConsents = (clusterId: string, signal?: Signal) => call(client.GET('/compute/clusters/{clusterId}/consents', { params: { path: { clusterId } }, signal }));
export const orgConsents = (orgId: string, signal?: Signal) => call(client.GET('/compute/consents', { params: { query: { orgId } }, signal }));
export const requestConsent = (clusterId: string, body: S['ConsentRequest']) => call(client.POST('/compute/clusters/{clusterId}/consents', { params: { path: { clusterId } }, body }));
export const decideConsent = (consentId: string, body: S['ConsentDecision']) => call(client.POST('/compute/consents/{consentId}/decide', { params: { path: { consentId } }, body }));

// --- projects and allocations
export const computeProjects = (orgId: string | undefined, signal?: Signal) => call(client.GET('/compute/projects', { params: { query: orgId ? { orgId } : {} }, signal }));
export const createProject = (orgId: string, body: ProjectInput) => call(client.POST('/orgs/{orgId}/projects', { params: { path: { orgId } }, body }));
export const allocations = (query: AllocationQuery, signal?: Signal) => call(client.GET('/compute/allocations', { params: { query }, signal }));
export const allocation = (allocationId: string, signal?: Signal) => call(client.GET('/compute/allocations/{allocationId}', { params: { path: { allocationId } }, signal }));
export const requestAllocation = (body: AllocationInput) => call(client.POST('/compute/allocations', { body }));
export const decideAllocation = (allocationId: string, body: AllocationDecision) =>
  call(client.POST('/compute/allocations/{allocationId}/decide', { params: { path: { allocationId } }, body }));
export const revokeAllocation = (allocationId: string, reason: string) =>
  call(client.POST('/compute/allocations/{allocationId}/revoke', { params: { path: { allocationId } }, body: { reason } }));

// --- the compute part of an application
export const part = (applicationId: string, signal?: Signal) => call(client.GET('/compute/applications/{applicationId}/part', { params: { path: { applicationId } }, signal }));
export const savePart = (applicationId: string, body: ComputePartInput) =>
  call(client.PUT('/compute/applications/{applicationId}/part', { params: { path: { applicationId } }, body }));

// --- the ledger: the organization's vouchers, the caller's providers
export const orgVouchers = (orgId: string, signal?: Signal) => call(client.GET('/ledger/vouchers', { params: { query: { orgId, status: 'active', limit: 200 } }, signal }));
export const providersOf = (orgId: string, signal?: Signal) => call(client.GET('/ledger/providers', { params: { query: { orgId, limit: 1 } }, signal }));
/** Admitted providers that sell compute (operators register clusters for any of them). */
export const computeProviders = (signal?: Signal) => call(client.GET('/ledger/providers', { params: { query: { status: 'admitted', category: 'compute', limit: 200 } }, signal }));
