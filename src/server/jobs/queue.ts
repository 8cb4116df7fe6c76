// The durable job queue: jobs are rows written in the caller's transaction, so a job exists
// exactly when the change that asked for it committed. Handlers are registered by kind.
import { newId } from '../../shared/ids.ts';
import type { Db } from '../db/client.ts';
import { insertJob } from './jobs.repo.ts';

export interface JobContext {
  attempt: number;
  jobId: string;
}

export type JobHandler = (payload: Record<string, unknown>, ctx: JobContext) => Promise<void>;

export interface JobQueue {
  /** Adds a job in `tx`; it runs after the transaction commits. */
  enqueue(tx: Db, kind: string, payload: Record<string, unknown>, opts?: { runAt?: Date; maxAttempts?: number }): Promise<string>;
  /** Registers the handler of a kind of job. */
  register(kind: string, handler: JobHandler): void;
  handler(kind: string): JobHandler | undefined;
}

/** Creates an empty queue; desks register their handlers on it. */
export function createJobQueue(now: () => Date): JobQueue {
  const handlers = new Map<string, JobHandler>();
  return {
    async enqueue(tx, kind, payload, opts) {
      const id = newId('job');
      await insertJob(tx, { id, kind, payload, runAt: opts?.runAt ?? now(), maxAttempts: opts?.maxAttempts ?? 8 });
      return id;
    },
    register(kind, handler) {
      if (handlers.has(kind)) throw new Error(`job kind ${kind} registered twice`);
      handlers.set(kind, handler);
    },
    handler(kind) {
      return handlers.get(kind);
    },
  };
}
