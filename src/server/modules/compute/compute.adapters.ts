// The registry of execution adapters: one adapter per cluster, made from the cluster's engine,
// connection and pools, and made anew when those change. See docs/compute-adapters.md.
import { join, resolve } from 'node:path';
import type { ClusterEngine } from '../../../shared/compute.ts';
import { AppError } from '../../http/errors.ts';
import { LocalExecutor } from './compute.local.ts';
import { SlurmAdapter, slurmAvailable } from './compute.slurm.ts';
import type { ClusterConnection, ClusterObserved, ClusterPool, ExecutionAdapter, ExternalJob, JobUsage, LogChunk } from './compute.types.ts';

export { slurmAvailable };

/** What the registry needs of a cluster row. */
export interface AdapterCluster {
  id: string;
  engine: ClusterEngine;
  connection: ClusterConnection | null;
  pools: ClusterPool[];
  /** Accepted for convenience; the adapter is renewed by what changed (engine, connection, pools), not by the time. */
  updatedAt?: Date | string | null;
}

export interface AdapterOptions {
  /** The platform's compute folder (config.computeDir): local clusters run in `<computeDir>/<clusterId>`, Slurm output defaults to `<computeDir>/slurm/<clusterId>`. */
  computeDir: string;
}

/**
 * An engine this build has no adapter for (Kubernetes: the interface is designed for it, see
 * docs/compute-adapters.md). The cluster reads as down, so nothing is placed there.
 */
class UnavailableAdapter implements ExecutionAdapter {
  readonly runsContainers = false;
  readonly queuesAhead = false;
  readonly engine: ClusterEngine;
  constructor(engine: ClusterEngine) {
    this.engine = engine;
  }
  private get why(): string {
    return `no ${this.engine} adapter in this build of Pujiang`;
  }
  async status(): Promise<ClusterObserved> {
    return { at: new Date().toISOString(), up: false, message: this.why, nodesUp: 0, nodesTotal: 0, gpusTotal: 0, gpusAllocated: 0, cpusTotal: 0, cpusAllocated: 0 };
  }
  async submit(): Promise<{ externalId: string }> {
    throw new AppError('cluster_unreachable', this.why);
  }
  async poll(): Promise<Map<string, ExternalJob>> {
    return new Map();
  }
  async cancel(): Promise<void> {
    throw new AppError('cluster_unreachable', this.why);
  }
  async logs(): Promise<LogChunk> {
    throw new AppError('cluster_unreachable', this.why);
  }
  async accounting(): Promise<Map<string, JobUsage & { state: ExternalJob['state']; exitCode: number | null }>> {
    return new Map();
  }
  async close(): Promise<void> {}
}

const cache = new Map<string, { key: string; adapter: ExecutionAdapter }>();

function make(cluster: AdapterCluster, computeDir: string): ExecutionAdapter {
  const c = cluster.connection ?? {};
  switch (cluster.engine) {
    case 'local':
      return new LocalExecutor({ workDir: c.workDir ?? join(computeDir, cluster.id), pools: cluster.pools });
    case 'slurm':
      return new SlurmAdapter({ partition: c.partition, account: c.account, outputDir: c.outputDir ?? join(computeDir, 'slurm', cluster.id), pools: cluster.pools });
    default:
      return new UnavailableAdapter(cluster.engine);
  }
}

/** The adapter of a cluster: the same instance while its engine, connection and pools stay the same. */
export function adapterFor(cluster: AdapterCluster, opts: AdapterOptions): ExecutionAdapter {
  const computeDir = resolve(opts.computeDir);
  const key = JSON.stringify([cluster.engine, cluster.connection ?? {}, cluster.pools, computeDir]);
  const hit = cache.get(cluster.id);
  if (hit?.key === key) return hit.adapter;
  if (hit) void hit.adapter.close();
  const adapter = make(cluster, computeDir);
  cache.set(cluster.id, { key, adapter });
  return adapter;
}

/** Closes every adapter (timers stop; jobs keep running) and empties the registry. */
export async function closeAdapters(): Promise<void> {
  const all = [...cache.values()];
  cache.clear();
  await Promise.all(all.map((a) => a.adapter.close()));
}
