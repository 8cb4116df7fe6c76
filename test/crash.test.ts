// Crash safety: the real server, killed with SIGKILL in the middle of a burst of writes, must
// come back on the same data with every write it acknowledged, and with an intact audit chain.
// Runs on PGlite (a temporary data folder) or, with PUJIANG_TEST_DATABASE_URL, on a fresh database
// of that PostgreSQL server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../src/server/config.ts';
import { openRuntime } from '../src/server/runtime.ts';
import { systemCtx } from '../src/server/http/context.ts';
import { createPerson } from '../src/server/modules/identity/index.ts';
import { freshStore, http, signIn, startServer, type Agent, type Server } from './support/server.ts';

const ROUNDS = Number(process.env.PUJIANG_CRASH_ROUNDS ?? 3);
const PASSWORD = 'Crash-Test-Password-1';

/** Every id of the audit log's records with this action (paged, newest first). */
async function auditedIds(base: string, admin: Agent, action: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  do {
    const q: string = `/audit?action=${encodeURIComponent(action)}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const r = await http(base, 'GET', q, admin);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    for (const e of r.body.items as { objectId: string | null }[]) if (e.objectId) ids.add(e.objectId);
    cursor = r.body.nextCursor;
  } while (cursor);
  return ids;
}

interface Acked {
  tokens: string[];
  orgs: string[];
  names: Set<string>;
  /** Names sent, acknowledged or not: after the crash the name is one of them. */
  sentNames: Set<string>;
}

/**
 * Writes as fast as `workers` parallel clients can until the server dies; returns what it
 * acknowledged. The caller kills the server once `killAfter` writes are acknowledged.
 */
async function burst(base: string, user: Agent, round: number, acked: Acked, killAfter: number, kill: () => void, canCreateOrgs: boolean) {
  let n = 0;
  let ackedThisRound = 0;
  let dead = false;
  const worker = async (w: number) => {
    while (!dead) {
      const i = n++;
      const pick = i % (canCreateOrgs ? 3 : 2);
      try {
        if (pick === 0) {
          const r = await http(base, 'POST', '/me/tokens', user, { name: `crash r${round} #${i}`, scopes: ['profile:read'], expiresInDays: 30 });
          if (r.status === 201) {
            acked.tokens.push(r.body.token.id as string);
            ackedThisRound++;
          } else throw new Error(`token: ${r.status} ${JSON.stringify(r.body)}`);
        } else if (pick === 1) {
          const name = `Crash r${round} w${w} #${i}`;
          acked.sentNames.add(name);
          const r = await http(base, 'PATCH', '/me', user, { name });
          if (r.status === 200) {
            acked.names.add(name);
            ackedThisRound++;
          } else throw new Error(`name: ${r.status} ${JSON.stringify(r.body)}`);
        } else {
          const r = await http(base, 'POST', '/orgs', user, { name: `崩溃测试 r${round} #${i}`, kind: 'startup' });
          if (r.status === 201) {
            acked.orgs.push(r.body.id as string);
            ackedThisRound++;
          } else throw new Error(`org: ${r.status} ${JSON.stringify(r.body)}`);
        }
      } catch (err) {
        // The kill cuts requests in flight: those were never acknowledged. Before the kill, any
        // failure (a refused write, a connection error) fails the test.
        if (dead) return;
        throw err;
      }
      if (ackedThisRound >= killAfter && !dead) {
        dead = true;
        kill();
      }
    }
  };
  await Promise.all(Array.from({ length: 12 }, (_, w) => worker(w)));
  return ackedThisRound;
}

test('acknowledged writes survive SIGKILL of the server, and the audit chain stays intact', { timeout: 600_000 }, async (tt) => {
  const store = await freshStore('crash');
  const env = store.env;
  let server: Server | undefined;
  try {
    // The platform admin exists before the server first starts (as `pujiang user create` would do it).
    const adminEmail = `crash-admin-${randomBytes(3).toString('hex')}@test.pujiang.local`;
    const rt = await openRuntime(loadConfig(env));
    await createPerson(rt.deps, systemCtx('test'), { email: adminEmail, name: 'Crash Admin', password: PASSWORD, platformRole: 'admin' });
    await rt.close();

    server = await startServer(env);
    const doc = (await http(server.base, 'GET', '/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const canCreateOrgs = Boolean(doc.paths['/orgs']?.post);
    const userEmail = `crash-user-${randomBytes(3).toString('hex')}@test.pujiang.local`;
    const signUp = await http(server.base, 'POST', '/auth/signup', undefined, { email: userEmail, name: 'Crash User', password: PASSWORD, locale: 'en' });
    assert.equal(signUp.status, 201, JSON.stringify(signUp.body));
    const user = await signIn(server.base, userEmail, PASSWORD);
    const acked: Acked = { tokens: [], orgs: [], names: new Set(), sentNames: new Set(['Crash User']) };

    for (let round = 1; round <= ROUNDS; round++) {
      const s: Server = server;
      // Kill after a different number of acknowledged writes each round, so the kill lands at
      // different points of the write path.
      const killAfter = 15 + (round % 5) * 17;
      const count = await burst(s.base, user, round, acked, killAfter, () => s.child.kill('SIGKILL'), canCreateOrgs);
      const code = await s.exited;
      assert.equal(s.child.signalCode, 'SIGKILL', `round ${round}: the server exited by itself (${code})`);
      tt.diagnostic(`round ${round}: killed after ${count} acknowledged writes`);

      server = await startServer(env);
      const base = server.base;
      // The session survived too: it was acknowledged before the burst.
      const tokens = await http(base, 'GET', '/me/tokens', user);
      assert.equal(tokens.status, 200, `round ${round}: the session was lost: ${JSON.stringify(tokens.body)}`);
      const have = new Set((tokens.body.items as { id: string }[]).map((x) => x.id));
      const lostTokens = acked.tokens.filter((id) => !have.has(id));
      assert.deepEqual(lostTokens, [], `round ${round}: acknowledged tokens lost after SIGKILL`);
      for (const id of acked.orgs) {
        const r = await http(base, 'GET', `/orgs/${id}`, user);
        assert.equal(r.status, 200, `round ${round}: acknowledged organization ${id} lost after SIGKILL`);
      }
      const me = await http(base, 'GET', '/auth/session', user);
      assert.equal(me.status, 200);
      assert.ok(acked.sentNames.has(me.body.person.name), `round ${round}: the name is ${me.body.person.name}, which was never sent`);

      const admin = await signIn(base, adminEmail, PASSWORD);
      const audited = await auditedIds(base, admin, 'token.create');
      assert.deepEqual(acked.tokens.filter((id) => !audited.has(id)), [], `round ${round}: acknowledged tokens without their audit record`);
      if (canCreateOrgs) {
        const auditedOrgs = await auditedIds(base, admin, 'org.create');
        assert.deepEqual(acked.orgs.filter((id) => !auditedOrgs.has(id)), [], `round ${round}: organizations without their audit record`);
      }
      const verify = await http(base, 'GET', '/audit/verify', admin);
      assert.equal(verify.status, 200);
      assert.equal(verify.body.ok, true, `round ${round}: audit chain broken after SIGKILL: ${JSON.stringify(verify.body)}`);
    }
    tt.diagnostic(`${acked.tokens.length} tokens, ${acked.orgs.length} organizations and ${acked.names.size} renames acknowledged, none lost`);
  } catch (err) {
    if (server) tt.diagnostic(`server output:\n${server.output.join('').slice(-4000)}`);
    throw err;
  } finally {
    await store.cleanup(server);
  }
});
