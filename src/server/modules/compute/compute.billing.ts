// Metering and billing: a job's usage from the engine's accounting becomes a charge at the prices
// of the pool it ran in, capped at its hold; the ledger posts the actual amount (the program's
// share is floor(actual × rate), its rules apply) and releases the rest. The usage also feeds the
// allocation's decayed fair-share usage. Everything here runs in the caller's transaction.
import type { Db } from '../../db/client.ts';
import type { RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { settleMeteredIn, type MeteredSettlement } from '../ledger/index.ts';
import { chargeFen, decayed, HALF_LIFE_SECONDS, type Prices } from './compute.pricing.ts';
import * as repo from './compute.jobs.repo.ts';
import type { ClusterPool, JobCharge, JobUsage } from './compute.types.ts';

/** The prices of the pool a job ran in (a pool removed since: zero, so nothing is charged twice by mistake). */
export function poolOf(cluster: Pick<repo.ClusterRow, 'pools'>, name: string | null): ClusterPool | undefined {
  return cluster.pools.find((p) => p.name === name);
}

/** What the usage costs at the pool's prices, never more than was held. */
export function priceUsage(usage: Pick<JobUsage, 'gpuSeconds' | 'cpuSeconds'>, prices: Prices, heldFen: number): number {
  return Math.min(chargeFen(usage, prices), heldFen);
}

/** Adds two charges of one job (a preempted job pays for each run). */
export function addCharges(a: JobCharge | null, b: JobCharge): JobCharge {
  if (!a) return b;
  return {
    ...b,
    gpuSeconds: a.gpuSeconds + b.gpuSeconds,
    cpuSeconds: a.cpuSeconds + b.cpuSeconds,
    totalFen: a.totalFen + b.totalFen,
    subsidyFen: a.subsidyFen + b.subsidyFen,
    ownFen: a.ownFen + b.ownFen,
  };
}

/**
 * Settles a job's hold for its metered usage and returns the charge of this run: the ledger
 * posts `totalFen` (nothing used: voids the hold and cancels the order) and splits it.
 */
export async function billJob(
  tx: Db,
  ctx: RequestCtx,
  job: repo.JobRow,
  pool: ClusterPool | undefined,
  usage: JobUsage,
  now: Date,
): Promise<{ charge: JobCharge; settlement: MeteredSettlement }> {
  const prices: Prices = { gpuHourFen: pool?.gpuHourFen ?? 0, cpuHourFen: pool?.cpuHourFen ?? 0 };
  const totalFen = priceUsage(usage, prices, job.maxCostFen ?? 0);
  const model = usage.gpuModel ?? pool?.gpuModel ?? null;
  const line = {
    priceItemId: '',
    sku: `compute-${model ?? 'cpu'}`.toLowerCase(),
    name: `job ${job.id}: ${Math.round(usage.gpuSeconds)} GPU-s${model ? ` ${model}` : ''} × ${prices.gpuHourFen} fen/GPU-h + ${Math.round(usage.cpuSeconds)} CPU-s × ${prices.cpuHourFen} fen/CPU-h`,
    unit: 'job',
    unitPriceFen: totalFen,
    quantity: 1,
    amountFen: totalFen,
  };
  const settlement = await settleMeteredIn(tx, ctx, job.orderId!, { totalFen, lines: [line] }, now);
  const charge: JobCharge = {
    gpuModel: model,
    gpuSeconds: usage.gpuSeconds,
    cpuSeconds: usage.cpuSeconds,
    gpuHourFen: prices.gpuHourFen,
    cpuHourFen: prices.cpuHourFen,
    totalFen: settlement.status === 'claimed' ? settlement.totalFen : 0,
    subsidyFen: settlement.status === 'claimed' ? settlement.subsidyFen : 0,
    ownFen: settlement.status === 'claimed' ? settlement.ownFen : 0,
  };
  return { charge, settlement };
}

/** Releases a job's whole hold (nothing ran): the ledger voids the chain and cancels the order. */
export async function releaseHold(tx: Db, ctx: RequestCtx, orderId: string, now: Date): Promise<MeteredSettlement> {
  return settleMeteredIn(tx, ctx, orderId, { totalFen: 0, lines: [] }, now);
}

/** Whether the ledger refused a settlement because the hold is gone already (it expired its order). */
export function holdLapsed(err: unknown): err is AppError {
  return err instanceof AppError && (err.code === 'invalid_state' || err.code === 'pending_already_resolved');
}

/**
 * Releases a job's hold when nothing of its use is known (the engine lost it): nothing is
 * charged. A hold the ledger already let lapse has nothing left to release (null).
 */
export async function releaseUnknownHold(tx: Db, ctx: RequestCtx, orderId: string, now: Date): Promise<MeteredSettlement | null> {
  try {
    return await releaseHold(tx, ctx, orderId, now);
  } catch (err) {
    if (holdLapsed(err)) return null;
    throw err;
  }
}

/**
 * Adds a run's usage to its allocation's fair-share usage, decayed to now (GPU-seconds; CPU-only
 * allocations count CPU-seconds).
 */
export async function addUsage(tx: Db, allocationId: string, amount: number, now: Date): Promise<void> {
  if (!(amount > 0)) return;
  const prior = await repo.lockUsage(tx, allocationId);
  const base = prior ? decayed(prior.usage, prior.at.getTime(), now.getTime(), HALF_LIFE_SECONDS) : 0;
  await repo.writeUsage(tx, allocationId, base + amount, now);
}
