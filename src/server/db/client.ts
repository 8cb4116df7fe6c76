// The two drivers behind one Drizzle database: embedded PGlite (default) or a PostgreSQL server.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** A database handle or an open transaction: repos take either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  readonly driver: 'pglite' | 'pg';
  readonly db: Db;
  /** Runs raw SQL and returns its rows. */
  rows<T = Record<string, unknown>>(query: SQL): Promise<T[]>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** The PGlite instance, for tests that clone data folders; undefined on PostgreSQL. */
  readonly pglite?: PGlite;
  /** The pg pool, for migrations that need one connection; undefined on PGlite. */
  readonly pool?: pg.Pool;
}

// timestamptz and int8 come back as strings from node-postgres unless told otherwise; PGlite
// already parses them. Parse int8 as a JS number (ids and counts stay far below 2^53).
pg.types.setTypeParser(20, (v) => Number(v));

export interface OpenOptions {
  /** postgres:// URL of a server; when absent, PGlite is used. */
  url?: string;
  /** Folder for PGlite's data; `memory://` keeps it in memory. */
  dataDir?: string;
  /** A ready PGlite instance (tests load one from a template). */
  pglite?: PGlite;
  poolSize?: number;
}

/** Thrown when another live process has the PGlite data folder open. */
export class DataDirInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(`the data folder ${dir} is in use by process ${pid}: stop it first (PGlite is one process only; use PUJIANG_DATABASE_URL for several)`);
    this.name = 'DataDirInUseError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is PostgreSQL inside this process: two processes on one folder would corrupt it. A lock
 * file holding our pid keeps a second one out; a lock left by a dead process is taken over.
 */
function lockDataDir(dir: string): () => void {
  const path = join(dir, 'pujiang.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) throw new DataDirInUseError(dir, pid);
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not lock ${dir}`);
}

/** Opens the configured database. Does not migrate (see migrate.ts). */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
    pool.on('error', () => {
      // An idle client lost its connection; the pool replaces it. Queries in flight still fail loudly.
    });
    const db = drizzlePg({ client: pool, schema, casing: 'snake_case' }) as unknown as Db;
    return {
      driver: 'pg',
      db,
      pool,
      async rows<T>(query: SQL) {
        const r = await db.execute(query);
        return (r as unknown as { rows: T[] }).rows;
      },
      async ping() {
        await pool.query('select 1');
      },
      async close() {
        await pool.end();
      },
    };
  }
  let client = opts.pglite;
  let unlock = () => {};
  if (!client) {
    const dir = opts.dataDir ?? './data';
    if (!dir.startsWith('memory://')) {
      mkdirSync(dir, { recursive: true });
      unlock = lockDataDir(dir);
    }
    try {
      client = await PGlite.create({ dataDir: dir });
    } catch (err) {
      unlock();
      throw err;
    }
  }
  const pgl = client;
  const db = drizzlePglite({ client: pgl, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    driver: 'pglite',
    db,
    pglite: pgl,
    async rows<T>(query: SQL) {
      const r = await db.execute(query);
      return (r as unknown as { rows: T[] }).rows;
    },
    async ping() {
      await pgl.query('select 1');
    },
    async close() {
      if (!pgl.closed) await pgl.close();
      unlock();
    },
  };
}

export { sql };
