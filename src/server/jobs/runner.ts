// The worker loop: claim ready jobs, run their handlers, and retry failures with exponential
// backoff and jitter. A job whose worker died is reclaimed when its lock passes.
import { hostname } from 'node:os';
import type { Database } from '../db/client.ts';
import type { Logger } from '../log.ts';
import type { JobQueue } from './queue.ts';
import { claimJobs, failJob, finishJob } from './jobs.repo.ts';

export interface RunnerOptions {
  pollMs?: number;
  batch?: number;
  lockMs?: number;
}

export interface Runner {
  /** Claims and runs one batch; returns how many jobs ran. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

/** Delay before attempt `attempt + 1`: 2^attempt seconds, at most an hour, ±20% jitter. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(2 ** attempt * 1000, 3_600_000);
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** Starts polling when `start` is true; `runOnce` always works (tests and the CLI use it). */
export function createRunner(db: Database, queue: JobQueue, log: Logger, now: () => Date, opts: RunnerOptions & { start: boolean }): Runner {
  const worker = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  const pollMs = opts.pollMs ?? 500;
  const batch = opts.batch ?? 10;
  const lockMs = opts.lockMs ?? 5 * 60_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  async function runOnce(): Promise<number> {
    const claimed = await claimJobs(db.db, worker, batch, now(), lockMs);
    for (const job of claimed) {
      const handler = queue.handler(job.kind);
      try {
        if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
        await handler(job.payload, { attempt: job.attempts, jobId: job.id });
        await finishJob(db.db, job.id, worker, now());
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const retryAt = job.attempts < job.maxAttempts ? new Date(now().getTime() + backoffMs(job.attempts)) : null;
        log.warn({ job: job.id, kind: job.kind, attempt: job.attempts, err: message, retryAt }, 'job failed');
        await failJob(db.db, job.id, worker, message.slice(0, 2000), retryAt, now());
      }
    }
    return claimed.length;
  }

  function schedule(delay: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runOnce()
        .catch((err: unknown) => {
          log.error({ err: err instanceof Error ? err.message : String(err) }, 'job runner poll failed');
          return 0;
        })
        .then((n) => {
          // keep draining while there is work; otherwise wait a poll interval
          schedule(n > 0 ? 0 : pollMs);
          return n;
        });
    }, delay);
    timer.unref();
  }
  if (opts.start) schedule(0);

  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}
