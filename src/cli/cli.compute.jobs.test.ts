// `pujiang compute jobs …` and `pujiang compute queue` as real child processes against a real
// server (its own store, the compute controller ticking fast), with a startup's API token: submit
// a GPU job, follow its log to the end, read its charge split between the voucher and the
// startup; list, show, the queue; an array cancelled as a whole; and the exit codes of mistakes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cliStore, runCli, type CliStore, type Run } from '../../test/support/cli.ts';
import { computeWorldOverHttp, type HttpComputeWorld } from '../../test/support/compute-http.ts';
import { http, signIn, startServer, type Agent, type Server } from '../../test/support/server.ts';
import { EXIT } from './cli.exit.ts';
import { commandOf, parseMemGb, parseTimeLimit } from './cli.compute.jobs.ts';

const PASSWORD = 'correct horse battery staple';
const OPERATOR = 'ops.compute-cli@pujiang.example';
const tag = Date.now().toString(36);

let store: CliStore;
let server: Server | undefined;
let world: HttpComputeWorld<Agent>;
let token = '';
let readOnlyToken = '';

async function signUp(base: string, who: { name: string; email: string }): Promise<Agent> {
  const r = await fetch(`${base}/api/auth/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...who, password: PASSWORD, locale: 'zh-CN' }) });
  const body = (await r.json()) as { csrfToken: string };
  assert.equal(r.status, 201, `sign-up failed: ${JSON.stringify(body)}`);
  const cookie = /pj_session=([^;]+)/.exec(r.headers.get('set-cookie') ?? '')?.[1];
  assert.ok(cookie);
  return { cookie, csrf: body.csrfToken };
}

/** Runs the CLI against the test's server with the startup's token (or `tok`). */
const pujiang = (args: string[], tok: string | null = token): Promise<Run> => runCli(store.env, [...args, '--url', server!.base], tok ? { env: { PUJIANG_TOKEN: tok } } : {});
/** Same, with the URL in the environment instead (for subcommands whose options end with `--`). */
const pujiangEnvUrl = (args: string[], tok: string | null = token): Promise<Run> => runCli(store.env, args, { env: { PUJIANG_URL: server!.base, ...(tok ? { PUJIANG_TOKEN: tok } : {}) } });

before(async () => {
  store = await cliStore('clicj');
  const add = await runCli(store.env, ['user', 'add', '--email', OPERATOR, '--name', '运营 周', '--password-stdin', '--platform-role', 'operator'], { stdin: PASSWORD });
  assert.equal(add.code, EXIT.ok, add.stderr);
  server = await startServer({ ...store.env, PUJIANG_SEED: 'none', PUJIANG_COMPUTE_TICK_MS: '250', PUJIANG_COMPUTE_DIR: `${store.dir}/compute`, PUJIANG_LOG_LEVEL: 'warn' });
  const base = server.base;
  const op = await signIn(base, OPERATOR, PASSWORD);
  world = await computeWorldOverHttp<Agent>(
    {
      async call(as, method, path, body, headers) {
        const r = await http(base, method, path, as, body);
        void headers;
        if (r.status >= 300) throw new Error(`${method} ${path} answered ${r.status}: ${JSON.stringify(r.body)}`);
        return r.body;
      },
      signUp: (who) => signUp(base, who),
    },
    op,
    { tag },
  );
  const mk = async (scopes: string[]) => {
    const r = await http(base, 'POST', '/me/tokens', world.tenantOwner, { name: `cli ${scopes.join(' ')}`, scopes });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    return r.body.secret as string;
  };
  token = await mk(['compute:read', 'compute:write']);
  readOnlyToken = await mk(['compute:read']);
});

after(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await Promise.race([server.exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
  }
  await store?.cleanup();
});

/** `jobs show --json` until `ok` holds (the controller ticks every 250 ms). */
async function showUntil(id: string, ok: (j: any) => boolean, what: string, timeoutMs = 60_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await pujiang(['compute', 'jobs', 'show', id, '--json']);
    assert.equal(r.code, EXIT.ok, r.stderr);
    const j = JSON.parse(r.stdout);
    if (ok(j)) return j;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(j)}\n${server!.output.join('')}`);
    await new Promise((res) => setTimeout(res, 250));
  }
}

test('the CLI reads time limits, memory and commands the way people write them', () => {
  assert.equal(parseTimeLimit('90'), 90);
  assert.equal(parseTimeLimit('90m'), 90);
  assert.equal(parseTimeLimit('2h'), 120);
  assert.equal(parseTimeLimit('1h30m'), 90);
  assert.equal(parseTimeLimit('1d'), 1440);
  assert.equal(parseTimeLimit('01:30:00'), 90);
  assert.equal(parseTimeLimit('1-00:00'), 1440);
  assert.equal(parseTimeLimit('45s'), 1);
  for (const bad of ['0', '', 'abc', '15d', '-5', '1.5h']) assert.throws(() => parseTimeLimit(bad), bad);
  assert.equal(parseMemGb('8'), 8);
  assert.equal(parseMemGb('8G'), 8);
  assert.equal(parseMemGb('512M'), 1);
  assert.equal(parseMemGb('1536MB'), 2);
  for (const bad of ['', 'lots', '-1G', '0']) assert.throws(() => parseMemGb(bad), bad);
  // One word is the command as written; several are quoted one by one.
  assert.equal(commandOf(['echo a; sleep 1 | cat']), 'echo a; sleep 1 | cat');
  assert.equal(commandOf(['python', 'train.py', '--lr', '3e-4']), 'python train.py --lr 3e-4');
  assert.equal(commandOf(['bash', '-c', "echo it's done; exit 3"]), `bash -c 'echo it'\\''s done; exit 3'`);
});

test('a GPU job submitted from the CLI runs; its log is followed to the end; it is charged with the voucher paying its share', async () => {
  const sub = await pujiangEnvUrl(['compute', 'jobs', 'submit', '--project', world.projectCode, '--gpus', '1', '--model', 'H100', '--cpus', '1', '--mem', '1G', '--time', '5', '--name', 'cli-train', '--env', 'EPOCHS=2', '--', 'echo start epochs=$EPOCHS gpus=$CUDA_VISIBLE_DEVICES; sleep 1; echo done']);
  assert.equal(sub.code, EXIT.ok, sub.stderr);
  const id = /^(cj_\w+)\t/.exec(sub.stdout)?.[1];
  assert.ok(id, sub.stdout);

  const logs = await pujiang(['compute', 'jobs', 'logs', id, '--follow']);
  assert.equal(logs.code, EXIT.ok, `${logs.stderr}\n${server!.output.join('')}`);
  assert.match(logs.stdout, /^start epochs=2 gpus=\S+\ndone\n$/);
  assert.match(logs.stderr, new RegExp(`${id}: completed \\(exit 0\\)`));

  const j = await showUntil(id, (x) => x.charge !== null, 'the job is charged');
  assert.equal(j.state, 'completed');
  assert.equal(j.exitCode, 0);
  assert.equal(j.submittedVia, 'cli');
  assert.deepEqual(j.envNames, ['EPOCHS']);
  assert.equal(j.charge.totalFen, j.charge.subsidyFen + j.charge.ownFen);
  assert.equal(j.charge.subsidyFen, Math.floor((j.charge.totalFen * world.rateBp) / 10_000));
  assert.ok(j.charge.totalFen > 0 && j.charge.totalFen <= j.maxCostFen);

  const text = await pujiang(['compute', 'jobs', 'show', id]);
  assert.equal(text.code, EXIT.ok, text.stderr);
  assert.match(text.stdout, new RegExp(`^${id}  cli-train\\n  state       completed \\(exit 0\\)`));
  assert.match(text.stdout, /\n {2}charge {6}¥[\d,.]+ {2}\(voucher ¥[\d,.]+, own ¥[\d,.]+\)\n/);
  assert.match(text.stdout, /\n {2}history\n(.*\n)*.*running/);

  const list = await pujiang(['compute', 'jobs', 'list', '--json']);
  assert.equal(list.code, EXIT.ok, list.stderr);
  const rows = list.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(rows.some((r) => r.id === id && r.state === 'completed'));
  const plain = await pujiang(['compute', 'jobs', 'list', '--state', 'completed']);
  assert.equal(plain.code, EXIT.ok, plain.stderr);
  assert.match(plain.stdout, new RegExp(`^${id}\\tcompleted \\(exit 0\\)`, 'm'));
  assert.match(plain.stderr, /^\d+ jobs/);
});

test('an array of jobs is cancelled as a whole; the queue shows waiting jobs with their reasons', async () => {
  // Two 2-GPU jobs and one 4-GPU job on a pool of four GPUs: the 4-GPU one waits while they run.
  const arr = await pujiangEnvUrl(['compute', 'jobs', 'submit', '--project', world.projectCode, '--gpus', '2', '--class', 'training', '--time', '10m', '--array', '2', '--json', '--', 'sleep 60']);
  assert.equal(arr.code, EXIT.ok, arr.stderr);
  const a = JSON.parse(arr.stdout);
  assert.match(a.arrayId, /^cja_/);
  assert.equal(a.jobs.length, 2);
  assert.deepEqual(a.jobs.map((j: any) => j.arrayIndex), [0, 1]);
  for (const j of a.jobs) await showUntil(j.id, (x) => x.state === 'running', 'the array job runs');

  const big = await pujiangEnvUrl(['compute', 'jobs', 'submit', '--project', world.projectCode, '--gpus', '4', '--model', 'H100', '--time', '10', '--', 'true']);
  assert.equal(big.code, EXIT.ok, big.stderr);
  const bigId = /^(cj_\w+)\t/.exec(big.stdout)![1]!;
  await showUntil(bigId, (x) => x.state === 'pending' && x.reason !== null, 'the big job waits with a reason');
  const q = await pujiang(['compute', 'queue', '--json']);
  assert.equal(q.code, EXIT.ok, q.stderr);
  const entry = JSON.parse(q.stdout).items.find((e: any) => e.jobId === bigId);
  assert.ok(entry, q.stdout);
  assert.equal(entry.mine, true);
  assert.ok(entry.position >= 1);
  const qt = await pujiang(['compute', 'queue', '--class', 'training']);
  assert.equal(qt.code, EXIT.ok, qt.stderr);
  assert.match(qt.stdout, new RegExp(`^#\\d+ +pending +4xH100 1cpu +\\w+.*${bigId}`, 'm'));

  const c = await pujiang(['compute', 'jobs', 'cancel', a.arrayId]);
  assert.equal(c.code, EXIT.ok, c.stderr);
  assert.equal(c.stdout.trim().split('\n').length, 2);
  for (const j of a.jobs) {
    const done = await showUntil(j.id, (x) => x.state === 'cancelled' && x.charge !== null, 'the array job is cancelled and charged for the time it ran');
    assert.ok(done.usage.elapsedSeconds > 0);
  }
  // With the GPUs free, the big job runs and completes.
  const followed = await pujiang(['compute', 'jobs', 'logs', bigId, '--follow']);
  assert.equal(followed.code, EXIT.ok, followed.stderr);
  const list = await pujiang(['compute', 'jobs', 'list', '--array', a.arrayId, '--json']);
  assert.deepEqual(
    list.stdout.trim().split('\n').map((l) => JSON.parse(l).state),
    ['cancelled', 'cancelled'],
  );
});

test('mistakes exit with their codes: usage 2, not found 3, refused 1', async () => {
  const noToken = await pujiang(['compute', 'jobs', 'list'], null);
  assert.equal(noToken.code, EXIT.usage);
  assert.match(noToken.stderr, /PUJIANG_TOKEN/);
  const badTime = await pujiangEnvUrl(['compute', 'jobs', 'submit', '--project', world.projectCode, '--time', '3 weeks', '--', 'true']);
  assert.equal(badTime.code, EXIT.usage);
  const noModel = await pujiangEnvUrl(['compute', 'jobs', 'submit', '--project', world.projectCode, '--gpus', '1', '--', 'true']);
  assert.equal(noModel.code, EXIT.usage);
  assert.match(noModel.stderr, /--model/);
  const noCommand = await pujiangEnvUrl(['compute', 'jobs', 'submit', '--project', world.projectCode]);
  assert.equal(noCommand.code, EXIT.usage);
  const unknownProject = await pujiangEnvUrl(['compute', 'jobs', 'submit', '--project', 'NOPE', '--', 'true']);
  assert.equal(unknownProject.code, EXIT.notFound);
  const missing = await pujiang(['compute', 'jobs', 'show', 'cj_01J00000000000000000000000']);
  assert.equal(missing.code, EXIT.notFound);
  const tooBig = await pujiangEnvUrl(['compute', 'jobs', 'submit', '--project', world.projectCode, '--gpus', '64', '--model', 'H100', '--json', '--', 'true']);
  assert.notEqual(tooBig.code, EXIT.ok);
  assert.equal(JSON.parse(tooBig.stdout).error.code, 'no_matching_cluster');
  const readOnly = await pujiangEnvUrl(['compute', 'jobs', 'submit', '--project', world.projectCode, '--', 'true'], readOnlyToken);
  assert.equal(readOnly.code, EXIT.failed);
  assert.match(readOnly.stderr, /403/);
});
