// The real server as a child process, for the tests that kill it (crash safety): start it on a
// free port and wait until it is healthy, call its API over HTTP, sign in.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PG_URL, withDatabase } from './env.ts';

const ROOT = new URL('../../', import.meta.url);
const NODE = new URL('node_modules/.bin/node', ROOT).pathname;

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface Server {
  child: ChildProcess;
  base: string;
  /** The last 200 chunks the server wrote, for failure messages. */
  output: string[];
  exited: Promise<number | null>;
}

/** Starts `src/server/main.ts` with `env` (and none of this process's PUJIANG_ variables) and waits for /api/health. */
export async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PUJIANG_')));
  const child = spawn(NODE, ['src/server/main.ts'], {
    cwd: ROOT.pathname,
    env: { ...inherited, ...env, PUJIANG_PORT: String(port), PUJIANG_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (b: Buffer) => {
    output.push(b.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output.join('')}`);
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not become healthy in time:\n${output.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, base, output, exited };
}

/** A signed-in browser session: its cookie and CSRF token. */
export interface Agent {
  cookie: string;
  csrf: string;
}

export interface Answer {
  status: number;
  body: any;
}

/** Calls the API as `as` (or anonymously); the body parsed when it is JSON. */
export async function http(base: string, method: string, path: string, as?: Agent, body?: unknown): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (as) {
    headers.cookie = `pj_session=${as.cookie}`;
    if (method !== 'GET') headers['x-csrf-token'] = as.csrf;
  }
  if (body !== undefined) headers['content-type'] = 'application/json';
  const r = await fetch(`${base}/api${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const text = await r.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // keep the text
  }
  return { status: r.status, body: parsed };
}

/** Signs in with a password and returns the session. */
export async function signIn(base: string, email: string, password: string): Promise<Agent> {
  const r = await fetch(`${base}/api/auth/signin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  const body = (await r.json()) as { csrfToken: string };
  assert.equal(r.status, 200, `sign-in failed: ${JSON.stringify(body)}`);
  const cookie = /pj_session=([^;]+)/.exec(r.headers.get('set-cookie') ?? '')?.[1];
  assert.ok(cookie);
  return { cookie, csrf: body.csrfToken };
}

/**
 * A fresh store for a server process: a temporary PGlite folder, or (with PUJIANG_TEST_DATABASE_URL)
 * a new PostgreSQL database named like the test databases so an interrupted run is cleaned up by
 * the next. `env` starts the server on it; `cleanup` stops the server and removes the store.
 */
export async function freshStore(label: string): Promise<{ env: Record<string, string>; cleanup: (server: Server | undefined) => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), `pujiang-${label}-`));
  let dbName: string | undefined;
  const env: Record<string, string> = { PUJIANG_DATA_DIR: dataDir, PUJIANG_SEED: 'none', PUJIANG_LOG_LEVEL: 'warn' };
  if (PG_URL) {
    dbName = `pujiang_t_${process.pid}_${label}_${randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create database "${dbName}"`);
    await admin.end();
    env.PUJIANG_DATABASE_URL = withDatabase(PG_URL, dbName);
  }
  return {
    env,
    async cleanup(server) {
      if (server && server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill('SIGTERM');
        await Promise.race([server.exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (server.child.exitCode === null) server.child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
      if (dbName && PG_URL) {
        const admin = new pg.Client({ connectionString: PG_URL });
        await admin.connect();
        await admin.query(`drop database if exists "${dbName}" with (force)`);
        await admin.end();
      }
    },
  };
}
