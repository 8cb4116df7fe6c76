// A draft survives a server restart: the real server (a child process) takes a beamtime draft
// saved as typed — answers in several quick saves and the beamtime part — and is killed with
// SIGKILL the moment the last save is acknowledged. Started again on the same store, it gives the
// draft back identical (answers, revision, beamtime part), still editable and submittable.
// Runs on PGlite (a temporary data folder) or, with PUJIANG_TEST_DATABASE_URL, on a fresh
// database of that PostgreSQL server (as test/crash.test.ts does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../src/server/config.ts';
import { openRuntime } from '../src/server/runtime.ts';
import { PASSWORD } from './support/app.ts';
import { buildOrg } from './support/factories.ts';
import { facilityWorld } from './support/facilities.ts';
import { runtimeApp } from './support/facility-flow.ts';
import { freshStore, http, signIn, startServer, type Agent, type Server } from './support/server.ts';
import { dateOf } from '../src/server/modules/facilities/facilities.calendar.ts';

const DAY = 86_400_000;

/** The body of a request that must answer `status`. */
async function must(base: string, status: number, method: string, path: string, as?: Agent, body?: unknown): Promise<any> {
  const r = await http(base, method, path, as, body);
  assert.equal(r.status, status, `${method} ${path}: ${JSON.stringify(r.body)}`);
  return r.body;
}

test('a beamtime draft saved as typed survives SIGKILL of the server', { timeout: 300_000 }, async (tt) => {
  const store = await freshStore('fdraft');
  let server: Server | undefined;
  try {
    // The facility, its cycle and call, and the PI with their university, before the server starts.
    const rt = await openRuntime(loadConfig(store.env));
    const seed = runtimeApp(rt);
    const w = await facilityWorld(seed);
    const piAgent = await seed.person({ name: 'Restart PI' });
    const org = await buildOrg(seed, piAgent, { kind: 'university' });
    await rt.close();
    const day = (n: number) => dateOf(new Date(w.cycle.startsAt.getTime() + n * DAY), 'Asia/Shanghai');

    const t0 = Date.now();
    const lap = (what: string) => tt.diagnostic(`${what} at ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    server = await startServer(store.env);
    lap('server up');
    const base = server.base;
    const pi = await signIn(base, piAgent.email, PASSWORD);

    const draft = await must(base, 201, 'POST', `/calls/${w.call.id}/applications`, pi, { orgId: org.id, title: '高压下的冰相变', orcid: '0000-0002-1825-0097' });
    assert.deepEqual([draft.status, draft.revision], ['draft', 1]);
    const id: string = draft.id;
    const part = await must(base, 200, 'PUT', `/facilities/proposals/${id}`, pi, {
      route: 'general',
      requests: [
        { stationId: w.stations[0]!.id, shifts: 6, environmentId: w.environments[0]!.id, note: '需要低温' },
        { stationId: w.stations[2]!.id, shifts: 3 },
      ],
      samples: [
        { name: 'Ice VII in a diamond anvil cell', formula: 'H2O', form: 'single crystal', quantity: '1 cell', hazards: ['pressurized', 'cryogenic'] },
        { name: 'Ruby chips', hazards: ['none'] },
      ],
      preferredDates: [{ from: day(2), to: day(4) }],
      impossibleDates: [{ from: day(12), to: day(13) }],
      safetyDeclaration: true,
    });
    assert.ok(part.safetyDeclaredAt);

    // The answers as typed: a burst of saves, each carrying the revision the last one returned.
    let saved: any = draft;
    const text = 'Ice VII transforms to ice X above 60 GPa; we map the transition in situ with XRD under laser heating.';
    for (let i = 1; i <= 6; i++) {
      saved = await must(base, 200, 'PATCH', `/applications/${id}`, pi, {
        revision: saved.revision,
        ...(i === 1 ? { abstract: '原位高压 X 射线衍射研究冰的相变。', keywords: ['high pressure', 'XRD', '冰'] } : {}),
        answers: { case: text.slice(0, (text.length * i) / 6), industry: i >= 5, ...(i === 6 ? { company: '上海某某科技有限公司' } : {}) },
      });
    }
    // The last save is acknowledged: kill the server at once.
    server.child.kill('SIGKILL');
    await server.exited;
    assert.equal(server.child.signalCode, 'SIGKILL');
    lap('killed after the last save');
    assert.equal(saved.revision, 7);
    assert.deepEqual(saved.answers, { case: text, industry: true, company: '上海某某科技有限公司' });

    server = await startServer(store.env);
    lap('restarted');
    const back = await must(server.base, 200, 'GET', `/applications/${id}`, pi);
    for (const k of ['status', 'revision', 'title', 'abstract', 'keywords', 'answers', 'orgId', 'updatedAt', 'canEdit', 'members'] as const) {
      assert.deepEqual(back[k], saved[k], `${k} after the restart`);
    }
    const partBack = await must(server.base, 200, 'GET', `/facilities/proposals/${id}`, pi);
    assert.deepEqual(partBack, part, 'the beamtime part after the restart');

    // Still a live draft: a stale revision is refused, the current one saves, and it submits.
    assert.equal((await must(server.base, 409, 'PATCH', `/applications/${id}`, pi, { revision: 6, title: 'stale' })).code, 'stale_revision');
    const next = await must(server.base, 200, 'PATCH', `/applications/${id}`, pi, { revision: 7, title: '高压下的冰相变（修订）' });
    assert.equal(next.revision, 8);
    const sub = await must(server.base, 200, 'POST', `/applications/${id}/submit`, pi);
    assert.equal(sub.status, 'submitted');
    assert.match(sub.number, /-000001$/);
    lap('checked');
  } catch (err) {
    if (server) tt.diagnostic(`server output:\n${server.output.join('').slice(-4000)}`);
    throw err;
  } finally {
    await store.cleanup(server);
  }
});
