// `pujiang compute jobs …` and `pujiang compute queue`: compute jobs against a running server,
// through the typed client with the API token in PUJIANG_TOKEN (scopes compute:read, and
// compute:write to submit or cancel). Every request says it comes from the CLI
// (X-Pujiang-Client: cli), so a job records how it was submitted.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { ApiClient, Schemas } from '../shared/api-client.ts';
import { GPU_CLASSES, GPU_MODEL_NAMES, JOB_STATES, MAX_ARRAY_SIZE, MAX_TIME_LIMIT_MINUTES, isFinalJobState, type GpuClass, type GpuModel, type JobState } from '../shared/compute.ts';
import { isId } from '../shared/ids.ts';
import { CliError, EXIT } from './cli.exit.ts';
import { formatYuan } from './cli.ledger.parse.ts';
import { call, client, type RemoteOptions } from './cli.remote.ts';

type Job = Schemas['ComputeJob'];
type JobDetail = Schemas['ComputeJobDetail'];

const out = (s: string) => process.stdout.write(`${s}\n`);
const progress = (s: string) => process.stderr.write(`${s}\n`);

/** The typed client for --url with PUJIANG_TOKEN, marking every request as the CLI's. */
function api(o: RemoteOptions): ApiClient {
  const c = client(o);
  c.use({
    onRequest({ request }) {
      request.headers.set('X-Pujiang-Client', 'cli');
      return request;
    },
  });
  return c;
}

// --- parsing the command line

/** A time limit: whole minutes ("90"), or with a unit ("90m", "2h", "1d", "1h30m"), or Slurm's "[D-]HH:MM[:SS]". */
export function parseTimeLimit(v: string): number {
  const s = v.trim().toLowerCase();
  let minutes: number | null = null;
  if (/^\d+$/.test(s)) minutes = Number(s);
  else if (/^(\d+d)?(\d+h)?(\d+m(in)?)?(\d+s)?$/.test(s) && s !== '') {
    const n = (re: RegExp) => Number(re.exec(s)?.[1] ?? 0);
    const seconds = n(/(\d+)d/) * 86_400 + n(/(\d+)h/) * 3600 + n(/(\d+)m/) * 60 + n(/(\d+)s/);
    minutes = Math.ceil(seconds / 60);
  } else {
    const m = /^(?:(\d+)-)?(\d+):(\d{2})(?::(\d{2}))?$/.exec(s);
    if (m) minutes = Math.ceil((Number(m[1] ?? 0) * 86_400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0)) / 60);
  }
  if (minutes === null || !Number.isSafeInteger(minutes) || minutes < 1 || minutes > MAX_TIME_LIMIT_MINUTES) {
    throw new InvalidArgumentError(`minutes (90), a duration (90m, 2h, 1d, 1h30m) or [D-]HH:MM[:SS], from 1 minute to ${MAX_TIME_LIMIT_MINUTES / 1440} days`);
  }
  return minutes;
}

/** Memory in whole GB: "8", "8G", "8GB", "512M" (rounded up to 1 GB). */
export function parseMemGb(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(g|gb|gib|m|mb|mib|t|tb|tib)?$/i.exec(v.trim());
  if (!m) throw new InvalidArgumentError('a size in GB, e.g. 8, 8G or 512M');
  const unit = (m[2] ?? 'g').toLowerCase()[0];
  const n = Number(m[1]);
  const gb = Math.ceil(unit === 'm' ? n / 1024 : unit === 't' ? n * 1024 : n);
  if (gb < 1 || gb > 65_536) throw new InvalidArgumentError('from 1 GB to 64 TB');
  return Math.max(1, gb);
}

/** A whole number between `min` and `max`. */
export function intIn(min: number, max: number): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (!/^-?\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < min || n > max) throw new InvalidArgumentError(`a whole number from ${min} to ${max}`);
    return n;
  };
}

/** NAME=value, repeatable. */
function envPair(v: string, prev: Record<string, string> = {}): Record<string, string> {
  const i = v.indexOf('=');
  if (i <= 0) throw new InvalidArgumentError('NAME=value');
  return { ...prev, [v.slice(0, i)]: v.slice(i + 1) };
}

/**
 * The shell command of the words after `--`: one word is the command as written (it may hold
 * `;`, pipes and quotes); several are quoted one by one, so that the job runs exactly those words.
 */
export function commandOf(words: string[]): string {
  if (words.length === 1) return words[0]!;
  return words.map((w) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`)).join(' ');
}

// --- printing

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const yuan = (fen: number | null | undefined) => (fen === null || fen === undefined ? '-' : `¥${formatYuan(fen)}`);
const hours = (seconds: number) => (seconds / 3600).toFixed(seconds > 0 && seconds < 36 ? 4 : 2);
const resources = (j: { gpus: number; gpuModel: string | null; gpuClass: string | null; cpus: number; memGb?: number }) =>
  [j.gpus > 0 ? `${j.gpus}x${j.gpuModel ?? `any ${j.gpuClass}`}` : 'cpu-only', `${j.cpus}cpu`, ...(j.memGb !== undefined ? [`${j.memGb}G`] : [])].join(' ');
const when = (iso: string | null | undefined) => (iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '-');

function stateLine(j: Job): string {
  if (j.state === 'pending') return `pending${j.position !== null ? ` #${j.position}` : ''}${j.reason ? ` (${j.reason})` : ''}`;
  if (isFinalJobState(j.state) && j.exitCode !== null) return `${j.state} (exit ${j.exitCode})`;
  return j.state;
}

function showJob(j: JobDetail): string[] {
  const lines = [
    `${j.id}  ${j.name}`,
    `  state       ${stateLine(j)}${j.cancelRequested && !isFinalJobState(j.state) ? ' (cancel requested)' : ''}`,
    `  project     ${j.projectName} [${j.projectId}]  ${j.orgName}`,
    `  resources   ${resources(j)}  limit ${j.timeLimitMinutes} min  priority ${j.priority}${j.preemptible ? '  preemptible' : ''}`,
    `  ${j.command !== null ? 'command' : 'image  '}     ${j.command ?? j.image}`,
  ];
  if (j.arrayId) lines.push(`  array       ${j.arrayId} [${j.arrayIndex}]`);
  if (j.state === 'pending' && j.expectedStartAt) lines.push(`  expected    ${when(j.expectedStartAt)}`);
  if (j.clusterId) lines.push(`  cluster     ${j.clusterName ?? j.clusterId}${j.pool ? ` / ${j.pool}` : ''}${j.externalId ? `  (engine id ${j.externalId})` : ''}`);
  lines.push(`  submitted   ${when(j.submittedAt)} via ${j.submittedVia}`);
  if (j.startedAt) lines.push(`  started     ${when(j.startedAt)}`);
  if (j.endedAt) lines.push(`  ended       ${when(j.endedAt)}`);
  if (j.exitCode !== null) lines.push(`  exit code   ${j.exitCode}`);
  if (j.message) lines.push(`  message     ${j.message}`);
  if (j.maxCostFen !== null) lines.push(`  held        ${yuan(j.maxCostFen)}`);
  if (j.usage) lines.push(`  usage       ${j.usage.elapsedSeconds}s elapsed, ${hours(j.usage.gpuSeconds)} ${j.usage.gpuModel ?? 'GPU'} GPU-hours, ${hours(j.usage.cpuSeconds)} CPU-hours`);
  if (j.charge) lines.push(`  charge      ${yuan(j.charge.totalFen)}  (voucher ${yuan(j.charge.subsidyFen)}, own ${yuan(j.charge.ownFen)})`);
  if (j.voucherNote) lines.push(`  voucher     ${j.voucherNote}`);
  if (j.events.length) {
    lines.push('  history');
    for (const e of j.events) lines.push(`    ${when(e.at)}  ${pad(e.state, 10)} ${e.message ?? ''}`.trimEnd());
  }
  return lines;
}

// --- the commands

export interface SubmitOptions extends RemoteOptions {
  project: string;
  name?: string;
  gpus: number;
  model?: string;
  class?: string;
  cpus: number;
  mem: number;
  time: number;
  array?: number;
  priority?: number;
  preemptible?: boolean;
  image?: string;
  input?: string;
  output?: string;
  env?: Record<string, string>;
  key?: string;
  command: string[];
}

/** The project by id (prj_…) or by code among the caller's projects. */
async function findProject(c: ApiClient, ref: string): Promise<string> {
  if (isId('project', ref)) return ref;
  const page = await call(c.GET('/compute/projects'));
  const hits = page.items.filter((p) => p.code.toLowerCase() === ref.toLowerCase());
  if (hits.length === 1) return hits[0]!.id;
  if (hits.length > 1) throw new CliError(EXIT.usage, 'ambiguous_project', `several of your organizations have a project ${ref}: give its id (${hits.map((h) => h.id).join(', ')})`);
  throw new CliError(EXIT.notFound, 'not_found', `none of your organizations has a project with the code or id ${ref}`);
}

/** `pujiang compute jobs submit … -- <command>`. */
export async function submitCommand(o: SubmitOptions): Promise<number> {
  if (o.image && o.command.length) throw new CliError(EXIT.usage, 'bad_command', 'give either --image or a command after --, not both');
  if (!o.image && !o.command.length) throw new CliError(EXIT.usage, 'bad_command', 'give the command after -- (e.g. -- python train.py), or --image');
  if (o.model && !GPU_MODEL_NAMES.includes(o.model as GpuModel)) throw new CliError(EXIT.usage, 'bad_model', `--model must be one of ${GPU_MODEL_NAMES.join(', ')}`);
  if (o.gpus > 0 && !o.model && !o.class) throw new CliError(EXIT.usage, 'bad_model', 'a GPU job needs --model (e.g. H100) or --class (training, inference, domestic)');
  if (o.gpus === 0 && (o.model || o.class)) throw new CliError(EXIT.usage, 'bad_model', '--model and --class are for GPU jobs (--gpus 1 or more)');
  const c = api(o);
  const projectId = await findProject(c, o.project);
  const command = o.command.length ? commandOf(o.command) : undefined;
  const name = o.name ?? (command ? command.split(/\s+/)[0]!.split('/').pop()!.slice(0, 60) || 'job' : o.image!.split('/').pop()!.slice(0, 60));
  const body: Schemas['ComputeJobSubmit'] = {
    projectId,
    name,
    ...(command !== undefined ? { command } : { image: o.image! }),
    gpus: o.gpus,
    ...(o.model ? { gpuModel: o.model as GpuModel } : {}),
    ...(o.class ? { gpuClass: o.class as GpuClass } : {}),
    cpus: o.cpus,
    memGb: o.mem,
    timeLimitMinutes: o.time,
    ...(o.priority !== undefined ? { priority: o.priority } : {}),
    ...(o.preemptible ? { preemptible: true } : {}),
    ...(o.input ? { inputUri: o.input } : {}),
    ...(o.output ? { outputUri: o.output } : {}),
    ...(o.env && Object.keys(o.env).length ? { env: o.env } : {}),
    ...(o.array && o.array > 1 ? { array: { size: o.array } } : {}),
  };
  // One key per submission: the retry after a lost answer gets the first result back.
  const key = o.key ?? randomUUID();
  let r: Schemas['ComputeJobSubmitResult'] | undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      r = await call(c.POST('/compute/jobs', { params: { header: { 'idempotency-key': key, 'x-pujiang-client': 'cli' } }, body }));
      break;
    } catch (e) {
      const retry = e instanceof CliError && (e.code === 'unreachable' || e.code === 'idempotency_in_progress') && attempt < 3;
      if (!retry) throw e;
      await sleep(500 * attempt);
    }
  }
  if (o.json) out(JSON.stringify(r));
  else {
    if (r.arrayId) progress(`submitted array ${r.arrayId}: ${r.jobs.length} jobs`);
    for (const j of r.jobs) out(`${j.id}\t${stateLine(j)}\t${j.name}${j.arrayIndex !== null ? `[${j.arrayIndex}]` : ''}`);
  }
  return EXIT.ok;
}

/** `pujiang compute jobs list`: my jobs (or an organization's), newest first, every page up to --max. */
export async function listCommand(o: RemoteOptions & { state?: string; org?: string; project?: string; array?: string; max: number }): Promise<number> {
  if (o.state !== undefined && !JOB_STATES.includes(o.state as JobState)) throw new CliError(EXIT.usage, 'bad_state', `--state must be one of ${JOB_STATES.join(', ')}`);
  const c = api(o);
  let cursor: string | undefined;
  let printed = 0;
  do {
    const page = await call(
      c.GET('/compute/jobs', {
        params: {
          query: {
            limit: Math.min(200, o.max - printed),
            ...(o.state ? { state: o.state as JobState } : {}),
            ...(o.org ? { orgId: o.org } : {}),
            ...(o.project ? { projectId: o.project } : {}),
            ...(o.array ? { arrayId: o.array } : {}),
            ...(cursor ? { cursor } : {}),
          },
        },
      }),
    );
    for (const j of page.items) {
      out(o.json ? JSON.stringify(j) : [j.id, pad(stateLine(j), 28), pad(resources(j), 22), when(j.submittedAt), yuan(j.charge?.totalFen), `${j.name}${j.arrayIndex !== null ? `[${j.arrayIndex}]` : ''}`].join('\t'));
    }
    printed += page.items.length;
    if (!o.json && printed === page.items.length) progress(`${page.total}${page.totalCapped ? '+' : ''} jobs`);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && printed < o.max);
  return EXIT.ok;
}

/** `pujiang compute jobs show <id>`: the job with its history, usage and charge. */
export async function showCommand(o: RemoteOptions & { id: string }): Promise<number> {
  const j = await call(api(o).GET('/compute/jobs/{jobId}', { params: { path: { jobId: o.id } } }));
  if (o.json) out(JSON.stringify(j));
  else for (const l of showJob(j)) out(l);
  return EXIT.ok;
}

/** `pujiang compute jobs cancel <id>`: a job (cj_…) or a whole array (cja_…). */
export async function cancelCommand(o: RemoteOptions & { id: string }): Promise<number> {
  const c = api(o);
  const r = isId('jobArray', o.id)
    ? await call(c.POST('/compute/arrays/{arrayId}/cancel', { params: { path: { arrayId: o.id } } }))
    : await call(c.POST('/compute/jobs/{jobId}/cancel', { params: { path: { jobId: o.id } } }));
  if (o.json) out(JSON.stringify(r));
  else for (const j of r.jobs) out(`${j.id}\t${j.state}${j.cancelRequested && !isFinalJobState(j.state) ? ' (cancel requested)' : ''}`);
  return EXIT.ok;
}

/**
 * `pujiang compute jobs logs <id>`: the output so far; with --follow, what it writes next until
 * the job ends and everything was read. Exit 0, or with --follow the job's own outcome: 1 when it
 * did not complete.
 */
export async function logsCommand(o: RemoteOptions & { id: string; follow?: boolean; intervalMs?: number }): Promise<number> {
  const c = api(o);
  let offset = 0;
  const interval = o.intervalMs ?? 1000;
  for (;;) {
    const chunk = await call(c.GET('/compute/jobs/{jobId}/logs', { params: { path: { jobId: o.id }, query: { offset, limit: 1_048_576 } } }));
    if (chunk.text) await new Promise<void>((resolve) => process.stdout.write(chunk.text, () => resolve()));
    offset = chunk.next;
    if (!o.follow) return EXIT.ok;
    if (chunk.eof) {
      const j = await call(c.GET('/compute/jobs/{jobId}', { params: { path: { jobId: o.id } } }));
      if (isFinalJobState(j.state)) {
        progress(`${j.id}: ${stateLine(j)}`);
        return j.state === 'completed' ? EXIT.ok : EXIT.failed;
      }
    }
    // More may be waiting: ask again at once when this chunk was full.
    if (!chunk.text) await sleep(interval);
  }
}

/** `pujiang compute queue`: the waiting jobs in the scheduler's order, with why each waits. */
export async function queueCommand(o: RemoteOptions & { class?: string; cluster?: string; limit: number }): Promise<number> {
  if (o.class !== undefined && !GPU_CLASSES.includes(o.class as GpuClass)) throw new CliError(EXIT.usage, 'bad_class', `--class must be one of ${GPU_CLASSES.join(', ')}`);
  const q = await call(api(o).GET('/compute/queue', { params: { query: { limit: o.limit, ...(o.class ? { gpuClass: o.class as GpuClass } : {}), ...(o.cluster ? { clusterId: o.cluster } : {}) } } }));
  if (o.json) {
    out(JSON.stringify(q));
    return EXIT.ok;
  }
  progress(`${q.total} jobs waiting; last pass ${when(q.lastPassAt)}`);
  for (const e of q.items) {
    out(
      [
        pad(e.position !== null ? `#${e.position}` : '-', 6),
        pad(e.state, 9),
        pad(resources(e), 22),
        pad(e.state === 'admitted' ? 'admitted' : (e.reason ?? '-'), 22),
        pad(e.expectedStartAt ? `start ~${when(e.expectedStartAt)}` : '', 30),
        e.mine ? `${e.jobId}  ${e.name}` : '(another tenant)',
      ]
        .join(' ')
        .trimEnd(),
    );
  }
  return EXIT.ok;
}

// --- the command tree under `pujiang compute`

type Run = (action: () => Promise<number>) => Promise<void>;

/** Adds `jobs …` and `queue` to the `compute` command. */
export function registerComputeJobsCommands(compute: Command, run: Run): void {
  const url = () => new Option('--url <url>', 'the server').env('PUJIANG_URL').default('http://localhost:8080');
  const json = () => new Option('--json', 'print the result as JSON');
  const jobs = compute.command('jobs').description('compute jobs on a running server, with the API token in PUJIANG_TOKEN (scopes compute:read, compute:write)');

  jobs
    .command('submit')
    .description('submit a job (or an array of jobs): the command comes after --, e.g. `… --gpus 1 --model H100 -- python train.py`; prints the job id')
    .usage('--project <code|id> [--gpus n --model <model>|--class <class>] [--cpus n] [--mem 8G] [--time 2h] [options] -- <command…>')
    .addOption(url())
    .requiredOption('--project <code|id>', 'the project, by code or id (prj_…); it needs an active allocation')
    .option('--name <name>', 'the job name (default: the first word of the command)')
    .option('--gpus <n>', 'GPUs (0 for a CPU-only job)', intIn(0, 1024), 0)
    .addOption(new Option('--model <model>', 'the GPU model').choices([...GPU_MODEL_NAMES]))
    .addOption(new Option('--class <class>', 'any GPU model of this class').choices([...GPU_CLASSES]))
    .option('--cpus <n>', 'CPU cores', intIn(1, 4096), 1)
    .option('--mem <size>', 'memory, e.g. 8, 8G or 512M (rounded up to whole GB)', parseMemGb, 4)
    .option('--time <limit>', 'time limit: minutes, 90m, 2h, 1d or HH:MM:SS', parseTimeLimit, 60)
    .option('--array <n>', `an array of n jobs (PUJIANG_ARRAY_INDEX 0…n-1), up to ${MAX_ARRAY_SIZE}`, intIn(1, MAX_ARRAY_SIZE))
    .option('--priority <n>', 'priority among the project\'s jobs, -10 to 10', intIn(-10, 10))
    .option('--preemptible', 'the job may be preempted once by the explicit rule')
    .option('--image <image>', 'a container image instead of a command')
    .option('--input <uri>', 'where the input data is')
    .option('--output <uri>', 'where the output goes')
    .option('--env <NAME=value>', 'an environment variable (repeatable)', envPair)
    .option('--key <key>', 'the Idempotency-Key (default: a new one); the same key and body answer the first result')
    .addOption(json())
    .argument('[command...]', 'the shell command (after --)')
    .action((command: string[], o: Omit<SubmitOptions, 'command' | 'json'> & { json?: boolean }) => run(() => submitCommand({ ...o, command, json: !!o.json })));

  jobs
    .command('list')
    .description('my jobs (or an organization\'s with --org), newest first: id, state, resources, submitted, charge, name')
    .addOption(url())
    .option('--state <state>', `only jobs in this state (${JOB_STATES.join(', ')})`)
    .option('--org <id>', 'all jobs of this organization (org_…)')
    .option('--project <id>', 'only this project\'s jobs (prj_…)')
    .option('--array <id>', 'only the jobs of this array (cja_…)')
    .option('--max <n>', 'stop after this many', intIn(1, 1_000_000), 200)
    .addOption(json())
    .action((o: RemoteOptions & { state?: string; org?: string; project?: string; array?: string; max: number; json?: boolean }) => run(() => listCommand({ ...o, json: !!o.json })));

  jobs
    .command('show')
    .description('a job: state, why it waits, where it runs, history, usage and charge (the voucher\'s share and the organization\'s own)')
    .argument('<id>', 'the job (cj_…)')
    .addOption(url())
    .addOption(json())
    .action((id: string, o: { url: string; json?: boolean }) => run(() => showCommand({ url: o.url, id, json: !!o.json })));

  jobs
    .command('cancel')
    .description('cancel a job, or every job of an array; the time a job already ran is charged')
    .argument('<id>', 'the job (cj_…) or the array (cja_…)')
    .addOption(url())
    .addOption(json())
    .action((id: string, o: { url: string; json?: boolean }) => run(() => cancelCommand({ url: o.url, id, json: !!o.json })));

  jobs
    .command('logs')
    .description("print a job's output; --follow keeps printing until it ends (exit 1 when it did not complete)")
    .argument('<id>', 'the job (cj_…)')
    .addOption(url())
    .option('-f, --follow', 'wait for more output until the job ends')
    .action((id: string, o: { url: string; follow?: boolean }) => run(() => logsCommand({ url: o.url, id, follow: !!o.follow, json: false })));

  compute
    .command('queue')
    .description('the waiting jobs in the scheduler\'s order: position, state, resources, why it waits, expected start (others\' jobs without names)')
    .addOption(url())
    .addOption(new Option('--class <class>', 'only jobs of this GPU class').choices([...GPU_CLASSES]))
    .option('--cluster <id>', 'only jobs placed or expected on this cluster')
    .option('--limit <n>', 'at most this many', intIn(1, 1000), 200)
    .addOption(json())
    .action((o: RemoteOptions & { class?: string; cluster?: string; limit: number; json?: boolean }) => run(() => queueCommand({ ...o, json: !!o.json })));
}
