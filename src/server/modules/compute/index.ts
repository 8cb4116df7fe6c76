// The compute desk's public surface: the pooled clusters of providers, projects' allocations,
// jobs with their fair queue and meta-scheduler, execution adapters (local, Slurm), metering and
// billing through the ledger.
export { computeClusterRoutes } from './compute.clusters.routes.ts';
export { computeJobRoutes } from './compute.jobs.routes.ts';
export * from './compute.types.ts';
export { registerCluster, listClusters, getCluster, updateCluster, checkPools, SUPPORTED_ENGINES, type ClusterView, type ConsentView } from './compute.clusters.service.ts';
export {
  requestAllocation,
  decideAllocation,
  revokeAllocation,
  listAllocations,
  getAllocation,
  computeProjects,
  sweepAllocations,
  registerComputeJobs,
  centerMonthOf,
  type AllocationView,
  type ComputeProjectView,
} from './compute.allocations.service.ts';
export { getComputePart, saveComputePart } from './compute.allocations.calls.ts';
export { computeClusters, computeAllocations, computeJobs, computeConsents, computeUsage, computeJobEvents, computeAllocationRequests } from './compute.table.ts';
export { seedComputeDemo, type ComputeDemoReport } from './compute.demo.ts';
export { runComputePass, kickComputePass, startComputeController, observeCluster, controllerStatus, type PassOptions, type PassStats } from './compute.controller.ts';
export { closeAdapters, slurmAvailable } from './compute.adapters.ts';
