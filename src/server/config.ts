// The environment, parsed once at start. Every variable is listed here with its default; a bad
// value stops the server with every problem listed (see README, "Configuration").
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const oidcProvider = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes'),
    name: z.string().min(1),
    issuer: z.url(),
    clientId: z.string().min(1),
    clientSecret: z.string().min(1),
    scope: z.string().default('openid email profile'),
  })
  .strict();

const schema = z.object({
  PUJIANG_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  PUJIANG_HOST: z.string().default('0.0.0.0'),
  PUJIANG_DATA_DIR: z.string().default('./data'),
  PUJIANG_DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// URL').optional(),
  PUJIANG_DATABASE_POOL: z.coerce.number().int().min(1).max(200).default(10),
  PUJIANG_PUBLIC_URL: z.url().optional(),
  PUJIANG_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUJIANG_SEED: z.enum(['demo', 'none']).default('demo'),
  PUJIANG_JOBS: bool.default(true),
  PUJIANG_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(1024 * 1024),
  PUJIANG_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(60),
  PUJIANG_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  PUJIANG_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  PUJIANG_TRUST_PROXY: bool.default(false),
  PUJIANG_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  PUJIANG_LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  PUJIANG_SMTP_URL: z.string().regex(/^smtps?:\/\//, 'an smtp:// or smtps:// URL').optional(),
  PUJIANG_MAIL_FROM: z.string().default('Pujiang <no-reply@pujiang.local>'),
  PUJIANG_OIDC_PROVIDERS: z
    .string()
    .default('[]')
    .transform((s, ctx) => {
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not valid JSON' });
        return z.NEVER;
      }
    })
    .pipe(z.array(oidcProvider)),
  PUJIANG_OIDC_ALLOW_HTTP: bool.default(false),
  PUJIANG_COMPUTE_TICK_MS: z.coerce.number().int().min(0).max(3_600_000).default(2000),
  PUJIANG_COMPUTE_DIR: z.string().optional(),
});

export type Config = Readonly<{
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePool: number;
  publicUrl: string;
  logLevel: z.infer<typeof schema>['PUJIANG_LOG_LEVEL'];
  seed: 'demo' | 'none';
  jobs: boolean;
  bodyLimitBytes: number;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  loginMaxFailures: number;
  loginWindowMs: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  oidcProviders: readonly z.infer<typeof oidcProvider>[];
  oidcAllowHttp: boolean;
  /** How often the compute controller runs a pass (sync, meter, schedule, dispatch); 0 = never by itself. */
  computeTickMs: number;
  /** Where the local executor runs jobs and keeps their logs (default `<dataDir>/compute`). */
  computeDir: string;
}>;

/** Thrown when the environment is not a valid configuration; lists every problem. */
export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/** Parses the environment into a frozen Config, or throws ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([k, v]) => k.startsWith('PUJIANG_') && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  const e = parsed.data;
  // Without a public URL, links point at this machine on the port we listen on.
  const publicUrl = e.PUJIANG_PUBLIC_URL ?? `http://localhost:${e.PUJIANG_PORT}`;
  return Object.freeze({
    port: e.PUJIANG_PORT,
    host: e.PUJIANG_HOST,
    dataDir: e.PUJIANG_DATA_DIR,
    databaseUrl: e.PUJIANG_DATABASE_URL,
    databasePool: e.PUJIANG_DATABASE_POOL,
    publicUrl: publicUrl.replace(/\/$/, ''),
    logLevel: e.PUJIANG_LOG_LEVEL,
    seed: e.PUJIANG_SEED,
    jobs: e.PUJIANG_JOBS,
    bodyLimitBytes: e.PUJIANG_BODY_LIMIT_BYTES,
    sessionIdleMs: e.PUJIANG_SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.PUJIANG_SESSION_ABSOLUTE_HOURS * 3_600_000,
    cookieSecure:
      e.PUJIANG_COOKIE_SECURE === 'auto' ? publicUrl.startsWith('https:') : e.PUJIANG_COOKIE_SECURE === 'true',
    trustProxy: e.PUJIANG_TRUST_PROXY,
    loginMaxFailures: e.PUJIANG_LOGIN_MAX_FAILURES,
    loginWindowMs: e.PUJIANG_LOGIN_WINDOW_MINUTES * 60_000,
    smtpUrl: e.PUJIANG_SMTP_URL,
    mailFrom: e.PUJIANG_MAIL_FROM,
    oidcProviders: Object.freeze(e.PUJIANG_OIDC_PROVIDERS),
    oidcAllowHttp: e.PUJIANG_OIDC_ALLOW_HTTP,
    computeTickMs: e.PUJIANG_COMPUTE_TICK_MS,
    computeDir: e.PUJIANG_COMPUTE_DIR ?? `${e.PUJIANG_DATA_DIR.replace(/\/$/, '')}/compute`,
  });
}
