// The compute job screens' calls: jobs, logs, the queue, usage, statements, and what their pickers
// need (projects, clusters, providers), each a typed call of the generated contract. A submission
// carries one Idempotency-Key per form (a retry answers the first result) and says it came from
// the web (X-Pujiang-Client).
import { call, client } from '../../api/client.ts';
import { download, type Download } from '../../ledger/download.ts';
import type { components, paths } from '../../../shared/api-client.ts';
export { saveFile, type Download } from '../../ledger/download.ts';
export { newKey, withRetry } from '../../ledger/market/api.ts';

type S = components['schemas'];
type Signal = AbortSignal | undefined;
type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

export type ComputeJob = S['ComputeJob'];
export type ComputeJobDetail = S['ComputeJobDetail'];
export type ComputeJobEvent = S['ComputeJobEvent'];
export type ComputeJobSubmit = S['ComputeJobSubmit'];
export type ComputeJobCharge = S['ComputeJobCharge'];
export type ComputeJobUsage = S['ComputeJobUsage'];
export type QueueEntry = S['ComputeQueueEntry'];
export type Queue = S['ComputeQueue'];
export type Usage = S['ComputeUsage'];
export type UsagePoint = S['ComputeUsagePoint'];
export type TenantStatement = S['ComputeTenantStatement'];
export type ProviderStatement = S['ComputeProviderStatement'];
export type StatementLine = S['ComputeStatementLine'];
export type JobState = ComputeJob['state'];
export type WaitReason = NonNullable<ComputeJob['reason']>;
export type JobEventCode = NonNullable<ComputeJobEvent['code']>;
export type JobEventParams = NonNullable<ComputeJobEvent['params']>;
export type JobQuery = QueryOf<'/compute/jobs'>;
export type QueueQuery = QueryOf<'/compute/queue'>;
export type UsageQuery = QueryOf<'/compute/usage'>;
export type ClusterJobQuery = QueryOf<'/compute/clusters/{clusterId}/jobs'>;
export type ComputeProject = S['ComputeProject'];
export type Cluster = S['Cluster'];
export type ExportFormat = 'csv' | 'xlsx';

// --- jobs
export const jobs = (query: JobQuery, signal?: Signal) => call(client.GET('/compute/jobs', { params: { query }, signal }));
export const job = (jobId: string, signal?: Signal) => call(client.GET('/compute/jobs/{jobId}', { params: { path: { jobId } }, signal }));
export const submit = (body: ComputeJobSubmit, key: string) =>
  call(client.POST('/compute/jobs', { params: { header: { 'idempotency-key': key, 'x-pujiang-client': 'web' } }, body }));
export const cancel = (jobId: string) => call(client.POST('/compute/jobs/{jobId}/cancel', { params: { path: { jobId } } }));
export const cancelArray = (arrayId: string) => call(client.POST('/compute/arrays/{arrayId}/cancel', { params: { path: { arrayId } } }));
export const logs = (jobId: string, offset: number, signal?: Signal) =>
  call(client.GET('/compute/jobs/{jobId}/logs', { params: { path: { jobId }, query: { offset, limit: 65_536 } }, signal }));

// --- the queue, usage, statements
export const queue = (query: QueueQuery, signal?: Signal) => call(client.GET('/compute/queue', { params: { query }, signal }));
export const usage = (query: UsageQuery, signal?: Signal) => call(client.GET('/compute/usage', { params: { query }, signal }));
export const tenantStatement = async (orgId: string, period: string, signal?: Signal): Promise<TenantStatement> =>
  (await call(client.GET('/compute/statements/tenant/{orgId}', { params: { path: { orgId }, query: { period, format: 'json' } }, signal }))) as TenantStatement;
export const exportTenantStatement = (orgId: string, period: string, format: ExportFormat): Promise<Download> =>
  download(client.GET('/compute/statements/tenant/{orgId}', { params: { path: { orgId }, query: { period, format } }, parseAs: 'blob' }), `compute-statement-${period}.${format}`);
export const providerStatement = async (providerId: string, period: string, signal?: Signal): Promise<ProviderStatement> =>
  (await call(client.GET('/compute/statements/provider/{providerId}', { params: { path: { providerId }, query: { period, format: 'json' } }, signal }))) as ProviderStatement;
export const exportProviderStatement = (providerId: string, period: string, format: ExportFormat): Promise<Download> =>
  download(
    client.GET('/compute/statements/provider/{providerId}', { params: { path: { providerId }, query: { period, format } }, parseAs: 'blob' }),
    `compute-income-${period}.${format}`,
  );
export const clusterJobs = (clusterId: string, query: ClusterJobQuery, signal?: Signal) =>
  call(client.GET('/compute/clusters/{clusterId}/jobs', { params: { path: { clusterId }, query }, signal }));

// --- what the pickers need
export const projects = (signal?: Signal) => call(client.GET('/compute/projects', { signal }));
export const clusters = (query: QueryOf<'/compute/clusters'>, signal?: Signal) => call(client.GET('/compute/clusters', { params: { query }, signal }));
export const providersOf = (orgId: string, signal?: Signal) => call(client.GET('/ledger/providers', { params: { query: { orgId, limit: 50 } }, signal }));
