// Runs once before all test files: builds a migrated template database so each test file
// starts from a fresh copy in milliseconds instead of migrating.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '../src/server/db/client.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { CACHE_DIR, PGLITE_TEMPLATE, PG_TEMPLATE_DB, PG_URL, withDatabase } from './support/env.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function globalSetup() {
  mkdirSync(CACHE_DIR, { recursive: true });
  if (PG_URL) {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    // leftovers of interrupted runs: databases named after a runner pid that is no longer alive
    const stale = await admin.query(`select datname from pg_database where datname ~ '^pujiang_(tpl|t)_[0-9]+'`);
    for (const r of stale.rows as { datname: string }[]) {
      const pid = Number(/^pujiang_(?:tpl|t)_(\d+)/.exec(r.datname)![1]);
      if (!alive(pid)) await admin.query(`drop database if exists "${r.datname}" with (force)`);
    }
    await admin.query(`create database "${PG_TEMPLATE_DB}"`);
    // test files run in child processes: they find the template by this variable
    process.env.PUJIANG_TEST_TEMPLATE_DB = PG_TEMPLATE_DB;
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
  process.env.PUJIANG_TEST_PGLITE_TEMPLATE = PGLITE_TEMPLATE;
  await db.close();
}

export async function globalTeardown() {
  if (!PG_URL) {
    rmSync(PGLITE_TEMPLATE, { force: true });
    return;
  }
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`drop database if exists "${PG_TEMPLATE_DB}" with (force)`);
  await admin.end();
}
