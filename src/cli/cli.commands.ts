// The actions of `pujiang`'s commands. Each opens the configured database through the runtime,
// calls the desks' public functions with the system actor 'cli' (so every write is audited),
// writes results to stdout and progress to stderr, and returns an exit code.
import { pino } from 'pino';
import { z } from 'zod';
import { loadConfig, type Config } from '../server/config.ts';
import { systemCtx } from '../server/http/context.ts';
import { openRuntime, type Runtime } from '../server/runtime.ts';
import { verify } from '../server/modules/audit/index.ts';
import { createPerson, issueToken, passwordProblem, personByEmail, setPersonFlags, type PersonView } from '../server/modules/identity/index.ts';
import { TOKEN_SCOPES, type PlatformRole, type TokenScope } from '../shared/enums.ts';
import { CliError, EXIT } from './cli.exit.ts';

export interface Output {
  json: boolean;
}

/** Writes a line of the result to stdout. */
export const out = (s: string) => process.stdout.write(`${s}\n`);
/** Writes a progress line to stderr. */
export const progress = (s: string) => process.stderr.write(`${s}\n`);
/** Writes the result as JSON to stdout. */
export const printJson = (v: unknown) => out(JSON.stringify(v, null, 2));

/** Opens the configured database (migrated) for one command, and closes it afterwards. */
export async function withRuntime<T>(fn: (rt: Runtime, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  // Logs go to stderr so that stdout carries only the command's result; quiet unless asked.
  const level = process.env.PUJIANG_LOG_LEVEL ? config.logLevel : 'warn';
  const log = pino({ level, base: { svc: 'pujiang-cli' }, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination(2));
  const rt = await openRuntime(config, { log, startJobs: false });
  try {
    return await fn(rt, config);
  } finally {
    await rt.close();
  }
}

/** Where the command's data is, for messages. */
export const where = (rt: Runtime, config: Config) => (rt.deps.db.driver === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL');

/** Parses a value with a schema, or fails with a usage error naming the option. */
export function parse<T>(schema: z.ZodType<T>, value: unknown, option: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new CliError(EXIT.usage, 'usage', `${option}: ${r.error.issues[0]?.message ?? 'invalid value'}`);
  return r.data;
}

export const emailSchema = z.email().max(254);
const nameSchema = z.string().trim().min(1).max(100);

function personLine(p: PersonView): string {
  return `${p.id}  ${p.email}  ${p.name}  platform role: ${p.platformRole ?? 'none'}${p.disabled ? '  (disabled)' : ''}`;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // one trailing newline is the shell's (echo, a here-string), not the password's
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** `pujiang serve`: runs the server until SIGINT or SIGTERM. */
export async function serveCommand(): Promise<number> {
  const config = loadConfig();
  const { startServer } = await import('../server/main.ts');
  const server = await startServer(config);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return EXIT.ok;
}

/** `pujiang migrate`: applies pending migrations. */
export async function migrateCommand(o: Output): Promise<number> {
  return withRuntime(async (rt, config) => {
    if (o.json) printJson({ ok: true, driver: rt.deps.db.driver });
    else out(`database is up to date (${where(rt, config)})`);
    return EXIT.ok;
  });
}

/** `pujiang seed`: seeds the demo center at a scale, once per database. */
export async function seedCommand(o: Output & { scale: 'demo' | 'full' }): Promise<number> {
  return withRuntime(async (rt, config) => {
    const { seedDemo, formatSignIns } = await import('../server/seed/index.ts');
    progress(`seeding the ${o.scale} center into ${where(rt, config)}`);
    const outcome = await seedDemo(rt.deps, { scale: o.scale, when: 'once', progress });
    if (!outcome.seeded) {
      throw new CliError(EXIT.conflict, 'already_seeded', 'this database is already seeded (the audit log holds a seed.demo record); use a fresh PUJIANG_DATA_DIR or database');
    }
    const r = outcome.report;
    if (o.json) {
      printJson(r);
    } else {
      const c = r.counts;
      out(`seeded ${c.organizations} organizations, ${c.people} people, ${c.memberships} memberships, ${c.teams} teams (${c.teamMembers} team members), ${c.facilities} facilities with ${c.instruments} instruments and ${c.stations} stations in ${(r.ms / 1000).toFixed(1)} s`);
      const l = r.ledger;
      out(`ledger: ${l.programs} programs, ${l.providers} providers (${l.priceItems} prices), ${l.vouchers} vouchers, ${l.orders} orders, ${l.settlements} settlement statements for ${l.settledPeriod}, ${l.pendingApprovals} clawback awaiting approval`);
      out(formatSignIns(r));
    }
    return EXIT.ok;
  });
}

/** `pujiang user add`: creates an account. */
export async function userAddCommand(o: Output & { email: string; name: string; password?: string; passwordStdin?: boolean; platformRole?: PlatformRole }): Promise<number> {
  if (o.password !== undefined && o.passwordStdin) throw new CliError(EXIT.usage, 'usage', 'give either --password or --password-stdin, not both');
  const email = parse(emailSchema, o.email, '--email');
  const name = parse(nameSchema, o.name, '--name');
  const password = o.passwordStdin ? await readStdin() : o.password;
  if (o.passwordStdin && !password) throw new CliError(EXIT.usage, 'usage', '--password-stdin: no password on standard input');
  const weak = password !== undefined ? passwordProblem(password) : null;
  if (weak) throw new CliError(EXIT.usage, 'weak_password', `password: ${weak}`);
  return withRuntime(async (rt) => {
    const p = await createPerson(rt.deps, systemCtx('cli'), { email, name, password, platformRole: o.platformRole ?? null });
    if (o.json) printJson(p);
    else out(`created ${personLine(p)}${password === undefined ? '\n(no password: this account signs in through OIDC until one is set)' : ''}`);
    return EXIT.ok;
  });
}

/** The person with this e-mail, or exit 3. */
export async function findPerson(rt: Runtime, email: string): Promise<PersonView> {
  const p = await personByEmail(rt.deps, email);
  if (!p) throw new CliError(EXIT.notFound, 'not_found', `no person with the e-mail ${email}`);
  return p;
}

/** `pujiang user grant`: sets or removes a person's platform role. */
export async function userGrantCommand(o: Output & { email: string; role: PlatformRole | 'none' }): Promise<number> {
  const email = parse(emailSchema, o.email, '--email');
  return withRuntime(async (rt) => {
    const p = await findPerson(rt, email);
    const after = await setPersonFlags(rt.deps, systemCtx('cli'), p.id, { platformRole: o.role === 'none' ? null : o.role });
    if (o.json) printJson(after);
    else out(`updated ${personLine(after)}`);
    return EXIT.ok;
  });
}

/** `pujiang token create`: issues an API token; the secret is printed once. */
export async function tokenCreateCommand(o: Output & { email: string; name: string; scopes: string; days: number }): Promise<number> {
  const email = parse(emailSchema, o.email, '--email');
  const name = parse(nameSchema, o.name, '--name');
  const scopes = o.scopes.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = scopes.filter((s) => !(TOKEN_SCOPES as readonly string[]).includes(s));
  if (scopes.length === 0 || unknown.length) {
    throw new CliError(EXIT.usage, 'usage', `--scopes: ${unknown.length ? `unknown scope ${unknown.join(', ')}` : 'at least one scope'}; scopes are ${TOKEN_SCOPES.join(', ')}`);
  }
  return withRuntime(async (rt) => {
    const p = await findPerson(rt, email);
    const issued = await issueToken(rt.deps, systemCtx('cli'), p.id, { name, scopes: scopes as TokenScope[], expiresInDays: o.days });
    if (o.json) {
      printJson(issued);
    } else {
      // Only the secret goes to stdout, so that TOKEN=$(pujiang token create …) works.
      progress(`token ${issued.token.id} "${issued.token.name}" for ${p.email}, scopes ${issued.token.scopes.join(',')}, expires ${issued.token.expiresAt}; the secret is shown once:`);
      out(issued.secret);
    }
    return EXIT.ok;
  });
}

/** `pujiang audit verify`: walks the hash chain; exit 1 when it is broken. */
export async function auditVerifyCommand(o: Output): Promise<number> {
  return withRuntime(async (rt) => {
    const started = performance.now();
    const r = await verify(rt.deps.db.db, (checked) => progress(`audit: ${checked} records checked`));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (o.json) printJson(r);
    else if (r.ok) out(`audit chain verified: ${r.checked} records, last seq ${r.lastSeq} (${seconds} s)`);
    else out(`audit chain BROKEN at seq ${r.firstBadSeq}: ${r.reason} (${r.checked} records verified before it)`);
    return r.ok ? EXIT.ok : EXIT.failed;
  });
}
