// Runs the real `pujiang` command in child processes against a database of its own: a PGlite
// folder made from the test template, or a PostgreSQL database copied from the template.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_TEMPLATE, PG_TEMPLATE_DB, PG_URL, withDatabase } from '../../test/support/env.ts';
import { EXIT } from './cli.exit.ts';
import { runCli, type Run } from '../../test/support/cli.ts';

const NODE = 'node_modules/.bin/node';
let env: Record<string, string>;
let cleanup: () => Promise<void>;

before(async () => {
  if (PG_URL) {
    const runner = /^pujiang_tpl_(\d+)$/.exec(PG_TEMPLATE_DB)?.[1] ?? String(process.pid);
    const name = `pujiang_t_${runner}_cli_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create database "${name}" template "${PG_TEMPLATE_DB}"`);
    await admin.end();
    env = { PUJIANG_DATABASE_URL: withDatabase(PG_URL, name) };
    cleanup = async () => {
      const a = new pg.Client({ connectionString: PG_URL });
      await a.connect();
      await a.query(`drop database if exists "${name}" with (force)`);
      await a.end();
    };
  } else {
    // A data folder restored from the migrated template: the CLI opens it without an initdb.
    const dir = mkdtempSync(join(tmpdir(), 'pujiang-cli-'));
    const pglite = await PGlite.create({ dataDir: dir, loadDataDir: new Blob([readFileSync(PGLITE_TEMPLATE)]) });
    await pglite.close();
    env = { PUJIANG_DATA_DIR: dir };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
});
after(async () => {
  await cleanup();
});

/** Runs the CLI on the test's store. */
const pujiang = (args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}): Promise<Run> => runCli(env, args, opts);

const EMAIL = 'ops.admin@cli.example';

test('user add → user grant → token create → audit verify', async () => {
  const add = await pujiang(['user', 'add', '--email', EMAIL, '--name', '运维 王', '--password-stdin', '--json'], { stdin: 'a long enough password\n' });
  assert.equal(add.code, EXIT.ok, add.stderr);
  const person = JSON.parse(add.stdout);
  assert.equal(person.email, EMAIL);
  assert.equal(person.platformRole, null);

  const grant = await pujiang(['user', 'grant', '--email', EMAIL.toUpperCase(), '--role', 'admin', '--json']);
  assert.equal(grant.code, EXIT.ok, grant.stderr);
  assert.equal(JSON.parse(grant.stdout).platformRole, 'admin');

  const token = await pujiang(['token', 'create', '--email', EMAIL, '--name', 'ci', '--scopes', 'audit:read,admin:read', '--days', '7']);
  assert.equal(token.code, EXIT.ok, token.stderr);
  assert.match(token.stdout.trim(), /^pjt_[0-9A-Z]{26}_[0-9a-f]{64}$/, 'stdout carries only the secret');
  assert.match(token.stderr, /shown once/);

  const json = await pujiang(['token', 'create', '--email', EMAIL, '--name', 'ci2', '--scopes', 'orgs:read', '--json']);
  assert.equal(json.code, EXIT.ok, json.stderr);
  const issued = JSON.parse(json.stdout);
  assert.deepEqual(issued.token.scopes, ['orgs:read']);
  assert.ok(issued.secret.startsWith('pjt_'));

  const verify = await pujiang(['audit', 'verify', '--json']);
  assert.equal(verify.code, EXIT.ok, verify.stderr);
  const r = JSON.parse(verify.stdout);
  assert.equal(r.ok, true);
  assert.ok(r.checked >= 4, 'person.create, person.admin_update and two token.create are audited');
  assert.match(verify.stderr, /records checked/);
});

test('a taken e-mail is a conflict (exit 4), an unknown one not found (exit 3)', async () => {
  const first = await pujiang(['user', 'add', '--email', 'twice@cli.example', '--name', 'Twice']);
  assert.equal(first.code, EXIT.ok, first.stderr);
  const dup = await pujiang(['user', 'add', '--email', 'TWICE@cli.example', '--name', 'Twice', '--json']);
  assert.equal(dup.code, EXIT.conflict);
  assert.equal(JSON.parse(dup.stdout).error.code, 'email_taken');
  assert.match(dup.stderr, /e-mail exists/);
  const missing = await pujiang(['user', 'grant', '--email', 'nobody@cli.example', '--role', 'operator']);
  assert.equal(missing.code, EXIT.notFound);
  const noToken = await pujiang(['token', 'create', '--email', 'nobody@cli.example', '--name', 'x', '--scopes', 'orgs:read']);
  assert.equal(noToken.code, EXIT.notFound);
});

test('usage errors exit 2 without touching the database; --help exits 0', async () => {
  const cases = [
    ['user', 'add', '--email', 'x@cli.example'],
    ['user', 'grant', '--email', 'x@cli.example', '--role', 'boss'],
    ['token', 'create', '--email', 'x@cli.example', '--name', 'x', '--scopes', 'orgs:read', '--days', '0'],
    ['token', 'create', '--email', 'x@cli.example', '--name', 'x', '--scopes', 'everything'],
    ['user', 'add', '--email', 'not-an-email', '--name', 'X'],
    ['user', 'add', '--email', 'x@cli.example', '--name', 'X', '--password', 'p1', '--password-stdin'],
    ['user', 'add', '--email', 'weak@cli.example', '--name', 'W', '--password', 'short'],
    ['seed', '--scale', 'huge'],
    ['frobnicate'],
    [],
  ];
  const untouched = join(tmpdir(), `pujiang-cli-untouched-${process.pid}`);
  const runs = await Promise.all(cases.map((args) => pujiang(args, { env: { PUJIANG_DATA_DIR: untouched, PUJIANG_DATABASE_URL: '' } })));
  runs.forEach((r, i) => assert.equal(r.code, EXIT.usage, `${cases[i]!.join(' ')}: ${r.stderr}`));
  assert.equal(existsSync(untouched), false, 'no database was opened');
  const help = await pujiang(['token', 'create', '--help']);
  assert.equal(help.code, EXIT.ok);
  assert.match(help.stdout, /--scopes/);
});

test('bad configuration exits 78 and lists every problem', async () => {
  const r = await pujiang(['migrate'], { env: { PUJIANG_PORT: 'abc', PUJIANG_DATABASE_URL: 'mysql://nope' } });
  assert.equal(r.code, EXIT.config);
  assert.match(r.stderr, /PUJIANG_PORT/);
  assert.match(r.stderr, /PUJIANG_DATABASE_URL/);
});

test('remote commands reach a running server through the typed client with PUJIANG_TOKEN', async () => {
  const email = `remote.${randomBytes(3).toString('hex')}@cli.pujiang.local`;
  assert.equal((await pujiang(['user', 'add', '--email', email, '--name', 'Remote User', '--password-stdin'], { stdin: 'correct horse battery\n' })).code, EXIT.ok);
  const tok = await pujiang(['token', 'create', '--email', email, '--name', 'remote', '--scopes', 'profile:read,orgs:read']);
  assert.equal(tok.code, EXIT.ok);
  const secret = tok.stdout.trim();
  // the server owns the database while it runs (the PGlite folder is locked), so it starts after
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PUJIANG_')));
  const server = spawn(NODE, ['src/server/main.ts'], { env: { ...clean, ...env, PUJIANG_PORT: '0', PUJIANG_SEED: 'none', PUJIANG_LOG_LEVEL: 'info' } });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (d) => {
        out += d;
        const m = /"port":(\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
    });
    const url = `http://127.0.0.1:${port}`;
    const who = await pujiang(['remote', 'whoami', '--url', url, '--json'], { env: { PUJIANG_TOKEN: secret } });
    assert.equal(who.code, EXIT.ok, who.stderr);
    assert.equal(JSON.parse(who.stdout).person.email, email);
    const orgs = await pujiang(['remote', 'orgs', '--url', url], { env: { PUJIANG_TOKEN: secret } });
    assert.equal(orgs.code, EXIT.ok, orgs.stderr);
    const noToken = await pujiang(['remote', 'whoami', '--url', url]);
    assert.equal(noToken.code, EXIT.usage);
    const badToken = await pujiang(['remote', 'whoami', '--url', url], { env: { PUJIANG_TOKEN: 'pjt_nope' } });
    assert.equal(badToken.code, EXIT.failed);
    assert.match(badToken.stderr, /invalid_token/);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
});
