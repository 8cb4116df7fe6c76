// `pujiang compute clusters`, `pujiang compute allocations [grant]` and `pujiang compute sweep`: the
// operator's view of the compute catalog on the configured database through the compute desk's
// index. Reads need nobody; grants act as a named platform operator (--as), audited as that person.
import { Command, InvalidArgumentError, Option } from 'commander';
import { systemCtx, type RequestCtx } from '../server/http/context.ts';
import type { Runtime } from '../server/runtime.ts';
import { computeProjects, listAllocations, listClusters, requestAllocation, sweepAllocations, type AllocationView, type ClusterView } from '../server/modules/compute/index.ts';
import { ALLOCATION_STATUSES, GPU_CLASSES, type AllocationStatus, type GpuClass } from '../shared/compute.ts';
import { isId } from '../shared/ids.ts';
import { emailSchema, findPerson, out, parse, printJson, progress, withRuntime, type Output } from './cli.commands.ts';
import { CliError, EXIT } from './cli.exit.ts';
import { formatYuan } from './cli.ledger.parse.ts';

type Run = (action: () => Promise<number>) => Promise<void>;

const CLI = () => systemCtx('cli');

/** A request context acting as the platform operator with this e-mail (exit 3 unknown, 1 not an operator). */
async function operatorCtx(rt: Runtime, email: string): Promise<RequestCtx> {
  const p = await findPerson(rt, email);
  if (p.disabled) throw new CliError(EXIT.failed, 'account_disabled', `${p.email} is disabled`);
  if (p.platformRole !== 'operator' && p.platformRole !== 'admin') {
    throw new CliError(EXIT.failed, 'forbidden', `${p.email} is not a platform operator (pujiang user grant --email ${p.email} --role operator)`);
  }
  return { ...systemCtx('cli'), actor: { kind: 'person', personId: p.id, email: p.email, name: p.name, platformRole: p.platformRole, via: 'session', scopes: 'all' } };
}

// ── formatting ────────────────────────────────────────────────────────────────────────────

/** One line per pool: model (or CPU), size, use and price, e.g. "h100: 64 H100 (0 in use) at 17.80/GPU-h". */
export function poolLine(p: ClusterView['pools'][number]): string {
  if (!p.gpuModel) return `${p.name}: ${p.cpusTotal} CPU cores (${p.cpusInUse} in use) at ${formatYuan(p.cpuHourFen)}/core-h`;
  return `${p.name}: ${p.gpusTotal} ${p.gpuModel} (${p.gpusInUse} in use) at ${formatYuan(p.gpuHourFen)}/GPU-h`;
}

/** What the adapter last said, in a few words. */
export function observedLine(c: Pick<ClusterView, 'observed'>): string {
  const o = c.observed;
  if (!o) return 'not observed yet';
  return `${o.up ? 'up' : 'down'} ${o.gpusAllocated}/${o.gpusTotal} GPUs allocated at ${o.at}${!o.up && o.message ? ` (${o.message})` : ''}`;
}

const classOf = (a: Pick<AllocationView, 'gpuClass'>) => a.gpuClass ?? 'cpu';

/** An allocation in one line: project, class, hours, concurrency, weight, dates, status, use. */
export function allocationLine(a: AllocationView): string {
  return [
    a.projectCode.padEnd(12),
    classOf(a).padEnd(9),
    `${a.gpuHoursPerMonth} GPU-h/month`.padEnd(18),
    `max ${a.maxConcurrentGpus} GPUs`.padEnd(13),
    `weight ${a.weight}`.padEnd(9),
    `${a.startsOn} to ${a.endsOn}`,
    a.status.padEnd(9),
    `used ${a.use.gpuHoursUsed} h in ${a.use.month}`,
    a.orgName,
    a.id,
  ].join('  ');
}

// ── clusters ──────────────────────────────────────────────────────────────────────────────

/** `pujiang compute clusters`: the pool's active and draining clusters with pools, prices and status. */
export async function clustersCommand(o: Output): Promise<number> {
  return withRuntime(async (rt) => {
    const { items } = await listClusters(rt.deps, CLI(), {});
    if (o.json) {
      printJson(items);
      return EXIT.ok;
    }
    if (!items.length) {
      out('no clusters in the pool');
      return EXIT.ok;
    }
    for (const c of items) {
      out(`${c.code.padEnd(14)}  ${c.status.padEnd(8)}  ${c.engine.padEnd(6)}  ${c.region.padEnd(18)}  ${c.admission.padEnd(7)}  ${c.providerNameEn ?? c.providerName}  ${c.id}`);
      for (const p of c.pools) out(`    ${poolLine(p)}`);
      out(`    ${observedLine(c)}`);
    }
    progress(`${items.length} cluster${items.length === 1 ? '' : 's'}, ${items.reduce((n, c) => n + c.gpusTotal, 0)} GPUs`);
    return EXIT.ok;
  });
}

// ── allocations ───────────────────────────────────────────────────────────────────────────

/** `pujiang compute allocations`: every allocation (or one organization's), newest first. */
export async function allocationsCommand(o: Output & { org?: string; status?: AllocationStatus }): Promise<number> {
  return withRuntime(async (rt) => {
    const all: AllocationView[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAllocations(rt.deps, CLI(), { orgId: o.org, status: o.status }, cursor, 200);
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    if (o.json) printJson(all);
    else if (!all.length) out(`no allocations${o.org ? ` of ${o.org}` : ''}`);
    else for (const a of all) out(allocationLine(a));
    return EXIT.ok;
  });
}

export interface GrantOptions extends Output {
  project: string;
  org?: string | undefined;
  class: GpuClass | 'cpu';
  hours: number;
  maxGpus: number;
  from: string;
  to: string;
  weight: number;
  voucher?: string | undefined;
  justification?: string | undefined;
  as: string;
}

/** `pujiang compute allocations grant`: an operator grants a project an active allocation. */
export async function grantCommand(o: GrantOptions): Promise<number> {
  const email = parse(emailSchema, o.as, '--as');
  for (const [flag, v] of [
    ['--from', o.from],
    ['--to', o.to],
  ] as const) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) throw new CliError(EXIT.usage, 'usage', `${flag}: a day, YYYY-MM-DD`);
  }
  if (!isId('project', o.project) && !o.org) throw new CliError(EXIT.usage, 'usage', '--project: give the project id (prj_…), or its code with --org <orgId>');
  return withRuntime(async (rt) => {
    const ctx = await operatorCtx(rt, email);
    let projectId = o.project;
    if (!isId('project', o.project)) {
      const { items } = await computeProjects(rt.deps, CLI(), { orgId: o.org });
      const hit = items.find((p) => p.code.toLowerCase() === o.project.toLowerCase());
      if (!hit) throw new CliError(EXIT.notFound, 'not_found', `no live project ${o.project} in ${o.org}`);
      projectId = hit.id;
    }
    const gpuClass = o.class === 'cpu' ? null : o.class;
    const cpu = gpuClass === null;
    const a = await requestAllocation(rt.deps, ctx, {
      projectId,
      gpuClass,
      gpuHoursPerMonth: cpu ? 0 : o.hours,
      maxConcurrentGpus: cpu ? 0 : o.maxGpus,
      startsOn: o.from,
      endsOn: o.to,
      justification: o.justification,
      voucherId: o.voucher,
      approve: true,
      weight: o.weight,
    });
    if (o.json) printJson(a);
    else out(`granted ${a.id}: ${allocationLine(a)}`);
    return EXIT.ok;
  });
}

/** `pujiang compute sweep`: sends the expiry warnings that are due and expires ended allocations. */
export async function sweepCommand(o: Output): Promise<number> {
  return withRuntime(async (rt) => {
    const r = await sweepAllocations(rt.deps);
    if (o.json) printJson(r);
    else out(`${r.warned} expiry warning${r.warned === 1 ? '' : 's'} sent, ${r.expired} allocation${r.expired === 1 ? '' : 's'} expired`);
    return EXIT.ok;
  });
}

// ── the commands ──────────────────────────────────────────────────────────────────────────

const whole = (min: number, max: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`a whole number from ${min} to ${max}`);
  return n;
};

/** Adds the catalog's subcommands to `pujiang compute`. */
export function registerComputeCatalogCommands(compute: Command, run: Run): void {
  const json = () => new Option('--json', 'print the result as JSON');
  compute
    .command('clusters')
    .description('the pool: active and draining clusters with their provider, engine, region, pools, prices and observed status (local database)')
    .addOption(json())
    .action((o: { json?: boolean }) => run(() => clustersCommand({ json: !!o.json })));

  const allocations = compute
    .command('allocations')
    .description("projects' allocations, newest first: project, class, GPU-hours a month, concurrency, weight, dates, status, this month's use (local database)")
    .option('--org <orgId>', 'only this organization')
    .addOption(new Option('--status <status>', 'only this status').choices([...ALLOCATION_STATUSES]))
    .addOption(json())
    .action((o: { org?: string; status?: AllocationStatus; json?: boolean }) => run(() => allocationsCommand({ ...o, json: !!o.json })));
  allocations
    .command('grant')
    .description('grant a project an active allocation at once, as a platform operator (audited as that person)')
    .requiredOption('--project <id|code>', 'the project (prj_…), or its code with --org')
    .option('--org <orgId>', "the project's organization, when --project is a code")
    .addOption(new Option('--class <class>', 'the GPU class, or cpu for CPU-only work').choices([...GPU_CLASSES, 'cpu']).makeOptionMandatory())
    .option('--hours <n>', 'GPU-hours a month', whole(0, 10_000_000), 0)
    .option('--max-gpus <n>', 'the most GPUs at once', whole(0, 100_000), 0)
    .requiredOption('--from <YYYY-MM-DD>', 'the first day (China Standard Time)')
    .requiredOption('--to <YYYY-MM-DD>', 'the last day, included')
    .option('--weight <n>', 'its weight in fair share', whole(1, 1000), 1)
    .option('--voucher <id>', 'a voucher of the organization that pays the subsidy share')
    .option('--justification <text>', 'what it is for')
    .addOption(new Option('--as <email>', 'the platform operator to act as').env('PUJIANG_AS').makeOptionMandatory())
    .addOption(json())
    .action((_o: unknown, cmd: Command) => {
      // `allocations` has --org and --json too: Commander may give them to it; read both levels.
      const o = cmd.optsWithGlobals<Omit<GrantOptions, 'json'> & { json?: boolean }>();
      return run(() => grantCommand({ ...o, json: !!o.json }));
    });

  compute
    .command('sweep')
    .description("send the expiry warnings that are due (14 days before an allocation's end) and expire the allocations that ended")
    .addOption(json())
    .action((o: { json?: boolean }) => run(() => sweepCommand({ json: !!o.json })));
}
