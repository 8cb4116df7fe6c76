// What the composition root hands to every desk: plain values, no container.
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import type { Logger } from './log.ts';
import type { JobQueue } from './jobs/queue.ts';

export interface Deps {
  config: Config;
  db: Database;
  log: Logger;
  /** The clock; tests move it to check timeouts. */
  now: () => Date;
  jobs: JobQueue;
}
