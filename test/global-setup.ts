// Runs once before all test files: builds a migrated template database so each test file
// starts from a fresh copy in milliseconds instead of migrating.
import { mkdirSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '../src/server/db/client.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { CACHE_DIR, PGLITE_TEMPLATE, PG_TEMPLATE_DB, PG_URL, withDatabase } from './support/env.ts';

export async function globalSetup() {
  mkdirSync(CACHE_DIR, { recursive: true });
  if (PG_URL) {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    // leftovers of interrupted runs
    const stale = await admin.query(`select datname from pg_database where datname like 'pujiang_t_%' or datname = $1`, [PG_TEMPLATE_DB]);
    for (const r of stale.rows as { datname: string }[]) await admin.query(`drop database if exists "${r.datname}" with (force)`);
    await admin.query(`create database "${PG_TEMPLATE_DB}"`);
    await admin.end();
    const db = await openDatabase({ url: withDatabase(PG_URL, PG_TEMPLATE_DB), poolSize: 1 });
    await migrate(db);
    await db.close();
    return;
  }
  const pglite = await PGlite.create();
  const db = await openDatabase({ pglite });
  await migrate(db);
  const dump = await pglite.dumpDataDir('gzip');
  writeFileSync(PGLITE_TEMPLATE, Buffer.from(await dump.arrayBuffer()));
  await db.close();
}

export async function globalTeardown() {
  if (!PG_URL) return;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`drop database if exists "${PG_TEMPLATE_DB}" with (force)`);
  await admin.end();
}
