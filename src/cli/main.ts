#!/usr/bin/env node
// `pujiang`: the operator's command line. Runs on the configured database (the same
// PUJIANG_* environment as the server). Results go to stdout, progress to stderr; exit codes
// are in cli.exit.ts and docs/cli.md.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { PLATFORM_ROLES, TOKEN_SCOPES } from '../shared/enums.ts';
import { EXIT, toCliError } from './cli.exit.ts';
import * as cmd from './cli.commands.ts';
import * as remote from './cli.remote.ts';
import * as ledger from './cli.ledger.ts';
import * as remoteLedger from './cli.ledger.remote.ts';
import * as facilities from './cli.facilities.ts';
import * as computeJobs from './cli.compute.jobs.ts';
import * as computeCatalog from './cli.compute.ts';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function days(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 365) throw new InvalidArgumentError('a whole number of days from 1 to 365');
  return n;
}

const json = () => new Option('--json', 'print the result as JSON');

/** Builds the command tree; `run` sets the exit code an action returns. */
export function buildProgram(run: (action: () => Promise<number>) => Promise<void>): Command {
  const program = new Command('pujiang')
    .description('Pujiang, the open platform of a science and technology innovation center: operator commands')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('serve')
    .description('start the server (the same as `npm start`), until SIGINT or SIGTERM')
    .action(() => run(() => cmd.serveCommand()));

  program
    .command('migrate')
    .description('apply pending database migrations (every command also does this first)')
    .addOption(json())
    .action((o: { json?: boolean }) => run(() => cmd.migrateCommand({ json: !!o.json })));

  program
    .command('seed')
    .description('seed the demo center: facilities, organizations, people, teams; refuses a database already seeded (exit 4)')
    .addOption(new Option('--scale <scale>', 'demo: ~300 organizations, 2,000 people; full: 5,000 organizations, 50,000 people').choices(['demo', 'full']).default('demo'))
    .addOption(json())
    .action((o: { scale: 'demo' | 'full'; json?: boolean }) => run(() => cmd.seedCommand({ scale: o.scale, json: !!o.json })));

  const user = program.command('user').description('manage accounts');
  user
    .command('add')
    .description('create an account (without a password it can only sign in through OIDC)')
    .requiredOption('--email <email>', 'e-mail address (unique, stored lower-case)')
    .requiredOption('--name <name>', 'display name')
    .option('--password <password>', 'password (visible to other users of this machine: prefer --password-stdin)')
    .option('--password-stdin', 'read the password from standard input')
    .addOption(new Option('--platform-role <role>', 'platform role').choices([...PLATFORM_ROLES]))
    .addOption(json())
    .action((o: { email: string; name: string; password?: string; passwordStdin?: boolean; platformRole?: 'operator' | 'admin'; json?: boolean }) =>
      run(() => cmd.userAddCommand({ ...o, json: !!o.json })),
    );
  user
    .command('grant')
    .description('set a person\'s platform role, or remove it with --role none')
    .requiredOption('--email <email>', 'the person\'s e-mail address')
    .addOption(new Option('--role <role>', 'platform role').choices([...PLATFORM_ROLES, 'none']).makeOptionMandatory())
    .addOption(json())
    .action((o: { email: string; role: 'operator' | 'admin' | 'none'; json?: boolean }) => run(() => cmd.userGrantCommand({ ...o, json: !!o.json })));

  const token = program.command('token').description('manage API tokens');
  token
    .command('create')
    .description('create an API token for a person and print its secret (shown once)')
    .requiredOption('--email <email>', 'the person\'s e-mail address')
    .requiredOption('--name <name>', 'what the token is for')
    .requiredOption('--scopes <scopes>', `comma-separated scopes: ${TOKEN_SCOPES.join(', ')}`)
    .option('--days <n>', 'days until it expires (1–365)', days, 90)
    .addOption(json())
    .action((o: { email: string; name: string; scopes: string; days: number; json?: boolean }) => run(() => cmd.tokenCreateCommand({ ...o, json: !!o.json })));

  const audit = program.command('audit').description('the audit log');
  audit
    .command('verify')
    .description('check the hash chain of the whole audit log (exit 1 when broken)')
    .addOption(json())
    .action((o: { json?: boolean }) => run(() => cmd.auditVerifyCommand({ json: !!o.json })));

  const ledgerCmd = program.command('ledger').description('the books: grant vouchers from a CSV, settle a month, reconcile, sweep, list programs');
  const as = () => new Option('--as <email>', 'the platform operator to act as (audited as this person)').env('PUJIANG_AS');
  const csvHelp = 'CSV with a header: orgId, amountYuan (or amountFen), reason, key (optional); - reads standard input';
  ledgerCmd
    .command('programs')
    .description('list the subsidy programs: code, status, rate, yearly cap, budget, validity, id')
    .addOption(json())
    .action((o: { json?: boolean }) => run(() => ledger.ledgerProgramsCommand({ json: !!o.json })));
  ledgerCmd
    .command('grant')
    .description('grant one voucher per CSV row, each once (re-running the file grants nothing twice); exit 1 when a row failed')
    .requiredOption('--program <code|id>', 'the program, by code (SH-COMPUTE) or id (prg_…)')
    .requiredOption('--csv <file>', csvHelp)
    .addOption(as().makeOptionMandatory())
    .addOption(json())
    .action((o: { program: string; csv: string; as: string; json?: boolean }) => run(() => ledger.ledgerGrantCommand({ ...o, json: !!o.json })));
  ledgerCmd
    .command('settle')
    .description("settle a month: pay each provider its claimed orders, one statement each, and print them")
    .requiredOption('--period <YYYY-MM>', 'the month (China Standard Time)')
    .addOption(as().makeOptionMandatory())
    .addOption(json())
    .action((o: { period: string; as: string; json?: boolean }) => run(() => ledger.ledgerSettleCommand({ ...o, json: !!o.json })));
  ledgerCmd
    .command('reconcile')
    .description('recompute every balance from every transfer and check double entry (exit 1 when the books disagree)')
    .addOption(json())
    .action((o: { json?: boolean }) => run(() => ledger.ledgerReconcileCommand({ json: !!o.json })));
  ledgerCmd
    .command('sweep')
    .description('expire now what is due: lapsed order reservations, vouchers past their date, pending transfers past their timeout')
    .addOption(as())
    .addOption(json())
    .action((o: { as?: string; json?: boolean }) => run(() => ledger.ledgerSweepCommand({ ...o, json: !!o.json })));

  const facilitiesCmd = program.command('facilities').description("the user office's batch work: cycles, solving and publishing schedules, statistics");
  const asOffice = () =>
    new Option('--as <email>', "the facility's user office (or a platform operator) to act as (audited as this person)").env('PUJIANG_AS').makeOptionMandatory();
  facilitiesCmd
    .command('cycles')
    .description('list the cycles of one facility or of all, latest first: facility, code, status, days, shifts, names, id')
    .option('--facility <code|id>', 'only this facility, by code (SSRF) or id (fac_…)')
    .addOption(json())
    .action((o: { facility?: string; json?: boolean }) => run(() => facilities.facilitiesCyclesCommand({ ...o, json: !!o.json })));
  facilitiesCmd
    .command('schedule')
    .description("solve a cycle's awarded beamtime into a new draft schedule with HiGHS and print its figures; --publish publishes it (exit 1 when refused)")
    .requiredOption('--cycle <id|code>', 'the cycle, by id (cyc_…) or code (2026-1)')
    .option('--facility <code|id>', 'the facility, when the cycle code is used at several')
    .addOption(new Option('--policy <policy>', 'score: the most shifts placed, weighted by grade; rank: also the panel\'s order on each station (no award placed while a better-ranked one is left out)').choices(['score', 'rank']).default('score'))
    .option('--time-limit <seconds>', 'the solver\'s wall-clock budget (1–60)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > facilities.MAX_SOLVE_SECONDS) throw new InvalidArgumentError(`a whole number of seconds from 1 to ${facilities.MAX_SOLVE_SECONDS}`);
      return n;
    }, 30)
    .option('--publish', 'publish the new schedule (validated again; experiments created, moved or cancelled)')
    .addOption(asOffice())
    .addOption(json())
    .action((o: { cycle: string; facility?: string; policy: 'score' | 'rank'; timeLimit: number; publish?: boolean; as: string; json?: boolean }) =>
      run(() => facilities.facilitiesScheduleCommand({ ...o, json: !!o.json })),
    );
  facilitiesCmd
    .command('publish')
    .description('publish a draft schedule (one solved here, or edited on the web); the rule violations listed and exit 1 when refused')
    .requiredOption('--schedule <id>', 'the draft schedule (sch_…)')
    .addOption(asOffice())
    .addOption(json())
    .action((o: { schedule: string; as: string; json?: boolean }) => run(() => facilities.facilitiesPublishCommand({ ...o, json: !!o.json })));
  facilitiesCmd
    .command('stats')
    .description("a facility's statistics per cycle and station, printed, or exported as CSV or XLSX")
    .requiredOption('--facility <code|id>', 'the facility, by code (SSRF) or id (fac_…)')
    .option('--cycle <id|code>', 'only this cycle')
    .addOption(new Option('--format <format>', 'export as a file: csv (to stdout without --out) or xlsx (needs --out)').choices(['csv', 'xlsx']))
    .option('--out <file>', 'the file to write (its ending .csv or .xlsx sets the format when --format is not given)')
    .addOption(json())
    .action((o: { facility: string; cycle?: string; format?: 'csv' | 'xlsx'; out?: string; json?: boolean }) => run(() => facilities.facilitiesStatsCommand({ ...o, json: !!o.json })));

  const callsCmd = program.command('calls').description('calls for applications of every desk');
  callsCmd
    .command('list')
    .description('list the calls (not drafts), open ones first, with their deadlines in their own time zones')
    .option('--desk <desk>', 'only the calls of this desk (facilities, …)')
    .option('--open', 'only calls taking applications now')
    .addOption(json())
    .action((o: { desk?: string; open?: boolean; json?: boolean }) => run(() => facilities.callsListCommand({ ...o, json: !!o.json })));

  // The compute pool; its jobs and queue talk to a running server (cli.compute.jobs.ts): other
  // compute subcommands are added to the same command.
  const computeCmd = program.command('compute').description('the compute pool: clusters, allocations, jobs and the queue');
  computeCatalog.registerComputeCatalogCommands(computeCmd, run);
  computeJobs.registerComputeJobsCommands(computeCmd, run);

  const remoteCmd = program
    .command('remote')
    .description('talk to a running server over its API with the token in PUJIANG_TOKEN (no database needed)');
  const url = () => new Option('--url <url>', 'the server').env('PUJIANG_URL').default('http://localhost:8080');
  remoteCmd
    .command('whoami')
    .description('the person behind PUJIANG_TOKEN and their organizations (scope profile:read)')
    .addOption(url())
    .addOption(json())
    .action((o: { url: string; json?: boolean }) => run(() => remote.whoamiCommand({ url: o.url, json: !!o.json })));
  remoteCmd
    .command('orgs')
    .description('list the organization directory, one per line (id, kind, name, English name)')
    .addOption(url())
    .option('--q <text>', 'search in Chinese and English names')
    .option('--kind <kind>', 'only this kind of organization')
    .option('--max <n>', 'stop after this many', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a positive whole number');
      return n;
    }, 1000)
    .addOption(json())
    .action((o: { url: string; q?: string; kind?: string; max: number; json?: boolean }) => run(() => remote.orgsCommand({ ...o, json: !!o.json })));

  const remoteLedgerCmd = remoteCmd.command('ledger').description('the operator\'s ledger batches over the API (token scope ledger:write)');
  remoteLedgerCmd
    .command('grant')
    .description('grant one voucher per CSV row through the batch API, each once; exit 1 when a row failed')
    .addOption(url())
    .requiredOption('--program <code|id>', 'the program, by code (SH-COMPUTE) or id (prg_…)')
    .requiredOption('--csv <file>', csvHelp)
    .addOption(json())
    .action((o: { url: string; program: string; csv: string; json?: boolean }) => run(() => remoteLedger.remoteGrantCommand({ ...o, json: !!o.json })));
  remoteLedgerCmd
    .command('settle')
    .description('settle a month on the server and print the statements')
    .addOption(url())
    .requiredOption('--period <YYYY-MM>', 'the month (China Standard Time)')
    .addOption(json())
    .action((o: { url: string; period: string; json?: boolean }) => run(() => remoteLedger.remoteSettleCommand({ ...o, json: !!o.json })));

  return program;
}

/** Runs the CLI with `argv` (process.argv form) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  let asJson = false;
  const program = buildProgram(async (action) => {
    try {
      code = await action();
    } catch (err) {
      const e = toCliError(err);
      process.stderr.write(`pujiang: ${e.message}\n`);
      if (asJson) process.stdout.write(`${JSON.stringify({ error: { code: e.code, message: e.message, ...e.details } })}\n`);
      code = e.exitCode;
    }
  });
  asJson = argv.includes('--json');
  try {
    await program.parseAsync(argv);
  } catch (err) {
    // Commander has printed its message already; help and version exit 0, the rest are usage errors.
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw err;
  }
  return code;
}

if (import.meta.main) {
  const code = await main(process.argv);
  // process.exit does not wait for a pipe to take what is buffered (a large --json answer would be
  // cut short): an empty write's callback runs once everything before it is flushed.
  await Promise.all([process.stdout, process.stderr].map((s) => new Promise<void>((resolve) => s.write('', () => resolve()))));
  process.exit(code);
}
