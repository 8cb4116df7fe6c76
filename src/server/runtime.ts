// Opens what a process needs: database (migrated), logger, clock and job queue with every
// desk's handlers. Shared by the server, the CLI and the tests.
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import type { Deps } from './deps.ts';
import { createJobQueue } from './jobs/queue.ts';
import { createRunner, type Runner } from './jobs/runner.ts';
import { createLogger, type Logger } from './log.ts';
import { registerMailJobs } from './mail/mail.service.ts';
import { registerOrderJobs, registerVoucherJobs } from './modules/ledger/index.ts';
import { registerComputeJobs } from './modules/compute/index.ts';

export interface Runtime {
  deps: Deps;
  runner: Runner;
  close(): Promise<void>;
}

/** Opens and migrates the database, registers job handlers, and starts the runner if asked. */
export async function openRuntime(
  config: Config,
  opts: { startJobs?: boolean; log?: Logger; database?: Database; now?: () => Date } = {},
): Promise<Runtime> {
  const log = opts.log ?? createLogger(config.logLevel);
  const db = opts.database ?? (await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePool }));
  await migrate(db);
  const now = opts.now ?? (() => new Date());
  const jobs = createJobQueue(now);
  const deps: Deps = { config, db, log, now, jobs };
  registerMailJobs(deps);
  registerVoucherJobs(deps);
  registerOrderJobs(deps);
  registerComputeJobs(deps);
  const runner = createRunner(db, jobs, log, now, { start: opts.startJobs ?? false });
  return {
    deps,
    runner,
    async close() {
      await runner.stop();
      await db.close();
    },
  };
}
