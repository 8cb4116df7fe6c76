// The whole app on a fresh test database, driven in-process through app.request().
import { loadConfig, type Config } from '../../src/server/config.ts';
import { buildApp } from '../../src/server/app.ts';
import { openRuntime, type Runtime } from '../../src/server/runtime.ts';
import { createLogger } from '../../src/server/log.ts';
import { createPerson, setPersonFlags } from '../../src/server/modules/identity/index.ts';
import { systemCtx } from '../../src/server/http/context.ts';
import type { PlatformRole } from '../../src/shared/enums.ts';
import { testDatabase } from './db.ts';

/** A signed-in caller: the session cookie and CSRF token, or an API token. */
export interface Agent {
  personId: string;
  email: string;
  cookie?: string;
  csrf?: string;
  token?: string;
}

export interface Res<T = any> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

export interface ReqOptions {
  as?: Agent | undefined;
  body?: unknown;
  /** Raw body sent as is (for malformed-input tests). */
  raw?: string;
  headers?: Record<string, string>;
}

export interface TestApp {
  rt: Runtime;
  deps: Runtime['deps'];
  app: ReturnType<typeof buildApp>;
  /** Moves the app's clock forward. */
  advance(ms: number): void;
  req<T = any>(method: string, path: string, opts?: ReqOptions): Promise<Res<T>>;
  /** Creates a person (optionally with a platform role) and signs them in. */
  person(overrides?: { email?: string; name?: string; password?: string; platformRole?: PlatformRole }): Promise<Agent>;
  signIn(email: string, password: string): Promise<Agent>;
  close(): Promise<void>;
}

let counter = 0;
/** A unique e-mail for a test person. */
export function uniqueEmail(tag = 'p'): string {
  counter++;
  return `${tag}${counter}.${process.pid}.${Math.random().toString(36).slice(2, 8)}@test.pujiang.local`;
}

export const PASSWORD = 'correct horse battery';

/** Builds the app on a fresh copy of the migrated template. */
export async function testApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config: Config = loadConfig({ PUJIANG_LOG_LEVEL: 'silent', PUJIANG_SEED: 'none', PUJIANG_JOBS: 'false', ...env });
  let offset = 0;
  const now = () => new Date(Date.now() + offset);
  const database = await testDatabase();
  const rt = await openRuntime(config, { database, now, log: createLogger(config.logLevel) });
  return appOver(rt, (ms) => {
    offset += ms;
  });
}

/**
 * A TestApp over an opened runtime: requests go through app.request() in this process. `advance`
 * moves the runtime's clock (testApp's clock is offset-based; a shared store's may not move).
 */
export function appOver(rt: Runtime, advance: (ms: number) => void): TestApp {
  const app = buildApp(rt.deps);

  async function req<T>(method: string, path: string, opts: ReqOptions = {}): Promise<Res<T>> {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.as?.cookie) {
      headers.cookie = `pj_session=${opts.as.cookie}`;
      if (opts.as.csrf && !['GET', 'HEAD'].includes(method.toUpperCase()) && !('x-csrf-token' in headers)) headers['x-csrf-token'] = opts.as.csrf;
    }
    if (opts.as?.token) headers.authorization = `Bearer ${opts.as.token}`;
    let body: string | undefined;
    if (opts.raw !== undefined) body = opts.raw;
    else if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await app.request(path, { method: method.toUpperCase(), headers, ...(body !== undefined ? { body } : {}) });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed as T, headers: res.headers, text };
  }

  async function signIn(email: string, password: string): Promise<Agent> {
    const r = await req<any>('POST', '/api/auth/signin', { body: { email, password } });
    if (r.status !== 200) throw new Error(`sign-in failed: ${r.status} ${r.text}`);
    const cookie = /pj_session=([^;]+)/.exec(r.headers.get('set-cookie') ?? '')?.[1];
    return { personId: r.body.person.id, email, cookie: cookie!, csrf: r.body.csrfToken };
  }

  return {
    rt,
    deps: rt.deps,
    app,
    advance,
    req,
    signIn,
    async person(o = {}) {
      const email = o.email ?? uniqueEmail();
      const password = o.password ?? PASSWORD;
      const p = await createPerson(rt.deps, systemCtx('test'), { email, name: o.name ?? 'Test Person', password });
      if (o.platformRole) await setPersonFlags(rt.deps, systemCtx('test'), p.id, { platformRole: o.platformRole });
      return signIn(email, password);
    },
    async close() {
      await rt.close();
    },
  };
}
