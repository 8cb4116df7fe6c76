// A fresh database for one test file: a copy of the migrated template, on PGlite or PostgreSQL.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, type Database } from '../../src/server/db/client.ts';
import { PGLITE_TEMPLATE, PG_TEMPLATE_DB, PG_URL, withDatabase } from './env.ts';

/** Opens a new database copied from the template; closing it drops it. */
export async function testDatabase(): Promise<Database> {
  if (PG_URL) {
    const runner = /^pujiang_tpl_(\d+)$/.exec(PG_TEMPLATE_DB)?.[1] ?? String(process.pid);
    const name = `pujiang_t_${runner}_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create database "${name}" template "${PG_TEMPLATE_DB}"`);
    await admin.end();
    const db = await openDatabase({ url: withDatabase(PG_URL, name), poolSize: 8 });
    return {
      ...db,
      async close() {
        await db.close();
        const a = new pg.Client({ connectionString: PG_URL });
        await a.connect();
        await a.query(`drop database if exists "${name}" with (force)`);
        await a.end();
      },
    };
  }
  const blob = new Blob([readFileSync(PGLITE_TEMPLATE)]);
  const pglite = await PGlite.create({ loadDataDir: blob });
  return openDatabase({ pglite });
}
