// `pujiang compute clusters`, `compute allocations [grant]` and `compute sweep` run as real child
// processes against a demo-seeded database of their own (the compute providers' clusters, the
// startups' projects with allocations).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cliStore, runCli, type Run } from '../../test/support/cli.ts';
import { EXIT } from './cli.exit.ts';
import { allocationLine, observedLine, poolLine } from './cli.compute.ts';

const OPERATOR = 'operator@pujiang.example';
const FOUNDER = 'founder@pujiang.example';
let env: Record<string, string>;
let cleanup: () => Promise<void>;

before(async () => {
  const store = await cliStore('clic');
  env = store.env;
  cleanup = store.cleanup;
  const seeded = await pujiang(['seed']);
  assert.equal(seeded.code, EXIT.ok, seeded.stderr);
});
after(async () => {
  await cleanup();
});

const pujiang = (args: string[]): Promise<Run> => runCli(env, args);

/** A day (China Standard Time) `days` from now, YYYY-MM-DD. */
const day = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

test('the lines of pools, observed status and allocations', () => {
  const pool = { name: 'h100', gpuModel: 'H100', gpuClass: 'training', nodes: 2, gpusPerNode: 8, cpusPerNode: 64, memGbPerNode: 512, gpuHourFen: 1780, cpuHourFen: 12, partition: null, gpusTotal: 16, cpusTotal: 128, gpusInUse: 3, cpusInUse: 9 } as const;
  assert.equal(poolLine(pool), 'h100: 16 H100 (3 in use) at 17.80/GPU-h');
  assert.equal(poolLine({ ...pool, name: 'cpu', gpuModel: null, gpuClass: null }), 'cpu: 128 CPU cores (9 in use) at 0.12/core-h');
  assert.equal(observedLine({ observed: null }), 'not observed yet');
  const observed = { at: '2026-03-01T00:00:00.000Z', up: false, message: 'sinfo failed', nodesUp: 0, nodesTotal: 2, gpusTotal: 16, gpusAllocated: 0, cpusTotal: 128, cpusAllocated: 0 };
  assert.equal(observedLine({ observed }), 'down 0/16 GPUs allocated at 2026-03-01T00:00:00.000Z (sinfo failed)');
  const line = allocationLine({ projectCode: 'VGEN', gpuClass: null, gpuHoursPerMonth: 0, maxConcurrentGpus: 0, weight: 1, startsOn: '2026-03-01', endsOn: '2026-03-31', status: 'active', use: { gpuHoursUsed: 0, month: '2026-03' }, orgName: '星澜', id: 'alc_1' } as never);
  assert.match(line, /^VGEN\s+cpu\s+0 GPU-h\/month\s+max 0 GPUs\s+weight 1\s+2026-03-01 to 2026-03-31\s+active\s+used 0 h in 2026-03\s+星澜\s+alc_1$/);
});

test('compute clusters lists the seeded pool with pools, prices and status', async () => {
  const r = await pujiang(['compute', 'clusters', '--json']);
  assert.equal(r.code, EXIT.ok, r.stderr);
  const clusters = JSON.parse(r.stdout) as { code: string; status: string; engine: string; pools: { gpuModel: string | null; gpuHourFen: number }[]; gpusTotal: number }[];
  assert.ok(clusters.length >= 2, 'the demo registers clusters');
  assert.ok(clusters.every((c) => c.status === 'active' || c.status === 'draining'));
  assert.ok(clusters.some((c) => c.pools.some((p) => p.gpuModel !== null && p.gpuHourFen > 0)));
  const text = await pujiang(['compute', 'clusters']);
  assert.equal(text.code, EXIT.ok, text.stderr);
  for (const c of clusters) assert.match(text.stdout, new RegExp(`^${c.code}\\s+${c.status}\\s+${c.engine}\\s`, 'm'));
  assert.match(text.stdout, /^ {4}\S+: \d+ \S+ \(\d+ in use\) at \d+\.\d{2}\/(GPU|core)-h$/m);
  assert.match(text.stderr, new RegExp(`^${clusters.length} clusters, ${clusters.reduce((n, c) => n + c.gpusTotal, 0)} GPUs$`, 'm'));
});

test('compute allocations lists and filters; an operator grants one; the wrong caller or input is refused', async () => {
  const r = await pujiang(['compute', 'allocations', '--json']);
  assert.equal(r.code, EXIT.ok, r.stderr);
  const all = JSON.parse(r.stdout) as { id: string; orgId: string; projectId: string; projectCode: string; status: string; gpuClass: string | null }[];
  assert.ok(all.length > 0, 'the demo grants allocations');
  const org = all[0]!.orgId;
  const mine = JSON.parse((await pujiang(['compute', 'allocations', '--org', org, '--json'])).stdout) as typeof all;
  assert.ok(mine.length > 0 && mine.every((a) => a.orgId === org));
  const active = JSON.parse((await pujiang(['compute', 'allocations', '--status', 'active', '--json'])).stdout) as typeof all;
  assert.ok(active.every((a) => a.status === 'active'));
  const text = await pujiang(['compute', 'allocations', '--org', org]);
  assert.equal(text.stdout.trim().split('\n').length, mine.length);
  assert.equal((await pujiang(['compute', 'allocations', '--status', 'nope'])).code, EXIT.usage);

  // A CPU-only allocation of a seeded project, by code with --org.
  const project = all[0]!;
  const grant = ['compute', 'allocations', 'grant', '--project', project.projectCode, '--org', org, '--class', 'cpu', '--from', day(0), '--to', day(30), '--weight', '2'];
  const refused = await pujiang([...grant, '--as', FOUNDER]);
  assert.equal(refused.code, EXIT.failed, refused.stderr);
  assert.match(refused.stderr, /not a platform operator/);
  const g = await pujiang([...grant, '--as', OPERATOR, '--json']);
  assert.equal(g.code, EXIT.ok, g.stderr);
  const granted = JSON.parse(g.stdout);
  assert.equal(granted.status, 'active');
  assert.equal(granted.gpuClass, null);
  assert.equal(granted.weight, 2);
  assert.equal(granted.projectId, project.projectId);
  assert.equal(granted.endsOn, day(30));
  const again = await pujiang([...grant, '--as', OPERATOR]);
  assert.equal(again.code, EXIT.failed, 'the same days again');
  assert.match(again.stderr, /already has an allocation \(active\) of this class/);
  const listed = JSON.parse((await pujiang(['compute', 'allocations', '--org', org, '--json'])).stdout) as typeof all;
  assert.equal(listed[0]!.id, granted.id, 'newest first');

  assert.equal((await pujiang(['compute', 'allocations', 'grant', '--project', 'NOPE', '--org', org, '--class', 'cpu', '--from', day(0), '--to', day(1), '--as', OPERATOR])).code, EXIT.notFound);
  assert.equal((await pujiang(['compute', 'allocations', 'grant', '--project', project.projectCode, '--class', 'cpu', '--from', day(0), '--to', day(1), '--as', OPERATOR])).code, EXIT.usage, 'a code without --org');
  assert.equal((await pujiang(['compute', 'allocations', 'grant', '--project', project.projectId, '--class', 'cpu', '--from', '2026-13-01', '--to', day(1), '--as', OPERATOR])).code, EXIT.usage, 'a bad day');
  assert.equal((await pujiang(['compute', 'allocations', 'grant', '--project', project.projectId, '--class', 'gpu', '--from', day(0), '--to', day(1), '--as', OPERATOR])).code, EXIT.usage, 'a bad class');
  const past = await pujiang(['compute', 'allocations', 'grant', '--project', project.projectId, '--class', 'training', '--hours', '10', '--max-gpus', '1', '--from', day(-20), '--to', day(-10), '--as', OPERATOR]);
  assert.equal(past.code, EXIT.usage, past.stderr);
});

test('compute sweep does what is due and says so', async () => {
  const r = await pujiang(['compute', 'sweep', '--json']);
  assert.equal(r.code, EXIT.ok, r.stderr);
  const s = JSON.parse(r.stdout);
  assert.equal(typeof s.warned, 'number');
  assert.equal(typeof s.expired, 'number');
  const again = await pujiang(['compute', 'sweep']);
  assert.equal(again.code, EXIT.ok, again.stderr);
  assert.equal(again.stdout.trim(), '0 expiry warnings sent, 0 allocations expired', 'nothing is due twice');
});
