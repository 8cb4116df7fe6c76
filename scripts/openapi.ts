// Writes openapi.json (the committed contract) and src/shared/api-schema.ts (its TypeScript
// types for the typed client) from the route definitions. `--check` fails when either drifted.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { OPENAPI_INFO, buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { createJobQueue } from '../src/server/jobs/queue.ts';
import { createLogger } from '../src/server/log.ts';
import type { Database } from '../src/server/db/client.ts';

/** The OpenAPI document as the running server would serve it (no database needed). */
export async function generateDocument(): Promise<string> {
  const config = loadConfig({ PUJIANG_LOG_LEVEL: 'silent' });
  const deps = { config, db: {} as Database, log: createLogger('silent'), now: () => new Date(), jobs: createJobQueue(() => new Date()) };
  const app = buildApp(deps);
  const res = await app.request('/api/openapi.json');
  const doc = (await res.json()) as Record<string, unknown>;
  return `${JSON.stringify({ ...doc, info: OPENAPI_INFO.info }, null, 2)}\n`;
}

/** The TypeScript types of the document. */
export async function generateTypes(doc: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(doc));
  return `// Generated from openapi.json by \`npm run openapi\`. Do not edit.\n/* eslint-disable */\n${astToString(ast)}`;
}

if (import.meta.main) {
  const check = process.argv.includes('--check');
  const doc = await generateDocument();
  const types = await generateTypes(doc);
  const files: [string, string][] = [
    ['openapi.json', doc],
    ['src/shared/api-schema.ts', types],
  ];
  let drift = false;
  for (const [path, content] of files) {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (current === content) continue;
    if (check) {
      console.error(`${path} is out of date: run \`npm run openapi\` and commit it`);
      drift = true;
    } else {
      writeFileSync(path, content);
      console.log(`wrote ${path}`);
    }
  }
  if (drift) process.exit(1);
}
