// Composition root: config → database → migrate → (seed) → app → listen.
import { serve } from '@hono/node-server';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { buildApp } from './app.ts';
import { openRuntime } from './runtime.ts';
import { seedDemoIfEmpty } from './seed/index.ts';
import { closeAdapters, startComputeController } from './modules/compute/index.ts';

/** Starts the server; resolves once it listens. */
export async function startServer(config: Config): Promise<{ close(): Promise<void>; port: number }> {
  const started = performance.now();
  const rt = await openRuntime(config, { startJobs: config.jobs });
  const { deps } = rt;
  const signIns = config.seed === 'demo' ? await seedDemoIfEmpty(deps, (line) => deps.log.info(line)) : '';
  const app = buildApp(deps);
  // The compute controller: sync, meter, schedule and dispatch every PUJIANG_COMPUTE_TICK_MS.
  const compute = startComputeController(deps);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  deps.log.info(
    { port, driver: deps.db.driver, ms: Math.round(performance.now() - started) },
    `Pujiang listening on http://localhost:${port} (${deps.db.driver === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL'})`,
  );
  // Printed last, so that the first start ends with what a new user needs: where, and as whom.
  if (signIns) process.stdout.write(`\nPujiang is ready at ${config.publicUrl}\n${signIns}\n\n`);
  return {
    port,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await compute.stop();
      await closeAdapters();
      await rt.close();
    },
  };
}

if (import.meta.main) {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
  const server = await startServer(config);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
