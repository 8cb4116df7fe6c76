// The `pujiang` command as a real child process, on a database of the test's own (a copy of the
// migrated template: a PostgreSQL database or a PGlite folder), and SQL on that database while no
// CLI holds it (the test reads what the CLI did).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_TEMPLATE, PG_TEMPLATE_DB, PG_URL, withDatabase } from './env.ts';

const NODE = 'node_modules/.bin/node';

export interface CliStore {
  /** The environment that points the CLI at the store. */
  env: Record<string, string>;
  /** A folder of the test's own (removed by cleanup). */
  dir: string;
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs several SQL statements. */
  exec(text: string): Promise<void>;
  cleanup(): Promise<void>;
}

/** A fresh store for CLI tests; `tag` names the PostgreSQL database and the folder. */
export async function cliStore(tag: string): Promise<CliStore> {
  const dir = mkdtempSync(join(tmpdir(), `pujiang-${tag}-`));
  if (PG_URL) {
    const runner = /^pujiang_tpl_(\d+)$/.exec(PG_TEMPLATE_DB)?.[1] ?? String(process.pid);
    const name = `pujiang_t_${runner}_${tag}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create database "${name}" template "${PG_TEMPLATE_DB}"`);
    await admin.end();
    const url = withDatabase(PG_URL, name);
    const query = async <T>(text: string, params?: unknown[]): Promise<T[]> => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        return (await c.query(text, params)).rows as T[];
      } finally {
        await c.end();
      }
    };
    return {
      env: { PUJIANG_DATABASE_URL: url },
      dir,
      query,
      exec: async (text) => {
        await query(text);
      },
      cleanup: async () => {
        const a = new pg.Client({ connectionString: PG_URL });
        await a.connect();
        await a.query(`drop database if exists "${name}" with (force)`);
        await a.end();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const data = join(dir, 'data');
  const pglite = await PGlite.create({ dataDir: data, loadDataDir: new Blob([readFileSync(PGLITE_TEMPLATE)]) });
  await pglite.close();
  // PGlite's folder is opened for each statement: the CLI must not hold it at the same time.
  const withDb = async <T>(f: (db: PGlite) => Promise<T>): Promise<T> => {
    const db = await PGlite.create({ dataDir: data });
    try {
      return await f(db);
    } finally {
      await db.close();
    }
  };
  return {
    env: { PUJIANG_DATA_DIR: data },
    dir,
    query: <T>(text: string, params?: unknown[]) => withDb(async (db) => (await db.query(text, params)).rows as T[]),
    exec: (text) => withDb(async (db) => void (await db.exec(text))),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `pujiang <args>` with `env` (the caller's PUJIANG_* variables left out), `stdin` as its input. */
export function runCli(env: Record<string, string>, args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PUJIANG_')));
    const child = spawn(NODE, ['src/cli/main.ts', ...args], { env: { ...clean, PUJIANG_LOG_LEVEL: 'warn', ...env, ...opts.env } });
    let stdout = '';
    let stderr = '';
    // decode as a stream: a character split across two chunks stays whole
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (stdout += d));
    child.stderr.on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}
