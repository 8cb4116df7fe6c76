// Commands that talk to a running server over HTTP through the typed client (src/shared/
// api-client.ts), with an API token: for scripts on other machines, where the database is not
// at hand. The token comes from PUJIANG_TOKEN, never from the command line (it would show in ps).
import { ApiError, createApiClient, unwrap, type ApiClient } from '../shared/api-client.ts';
import { ORG_KINDS, type OrgKind } from '../shared/enums.ts';
import { CliError, EXIT } from './cli.exit.ts';

export interface RemoteOptions {
  url: string;
  json: boolean;
}

/** The typed client for --url with the token in PUJIANG_TOKEN (exit 2 without one). */
export function client(o: RemoteOptions): ApiClient {
  const token = process.env.PUJIANG_TOKEN;
  if (!token) throw new CliError(EXIT.usage, 'no_token', 'set PUJIANG_TOKEN to an API token (pujiang token create, or the web app: profile → API tokens)');
  let base: URL;
  try {
    base = new URL('/api', o.url);
  } catch {
    throw new CliError(EXIT.usage, 'bad_url', `not a URL: ${o.url}`);
  }
  return createApiClient({ baseUrl: base.toString().replace(/\/$/, ''), token });
}

/** Maps an API problem to the CLI's exit codes. */
export async function call<T>(p: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  try {
    return await unwrap(p);
  } catch (err) {
    if (err instanceof ApiError) {
      const code = err.problem.code;
      const exit = err.status === 404 ? EXIT.notFound : err.status === 409 ? EXIT.conflict : err.status === 400 ? EXIT.usage : EXIT.failed;
      throw new CliError(exit, code, `${err.status} ${code}${err.problem.detail ? `: ${err.problem.detail}` : ''}`);
    }
    throw new CliError(EXIT.failed, 'unreachable', `the server did not answer: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** `pujiang remote whoami`: the person behind PUJIANG_TOKEN and their organizations. */
export async function whoamiCommand(o: RemoteOptions): Promise<number> {
  const s = await call(client(o).GET('/auth/session'));
  if (o.json) process.stdout.write(`${JSON.stringify(s)}\n`);
  else {
    process.stdout.write(`${s.person.name} <${s.person.email}>${s.person.platformRole ? ` (${s.person.platformRole})` : ''}\n`);
    for (const m of s.memberships) process.stdout.write(`  ${m.role.padEnd(7)} ${m.orgName} [${m.orgId}]\n`);
  }
  return EXIT.ok;
}

/** `pujiang remote orgs`: the organization directory, every page, streamed. */
export async function orgsCommand(o: RemoteOptions & { q?: string; kind?: string; max: number }): Promise<number> {
  if (o.kind !== undefined && !ORG_KINDS.includes(o.kind as OrgKind)) {
    throw new CliError(EXIT.usage, 'bad_kind', `--kind must be one of ${ORG_KINDS.join(', ')}`);
  }
  const api = client(o);
  let cursor: string | undefined;
  let printed = 0;
  do {
    const page = await call(
      api.GET('/orgs', { params: { query: { limit: Math.min(200, o.max - printed), ...(o.q ? { q: o.q } : {}), ...(o.kind ? { kind: o.kind as OrgKind } : {}), ...(cursor ? { cursor } : {}) } } }),
    );
    for (const org of page.items) {
      process.stdout.write(o.json ? `${JSON.stringify(org)}\n` : `${org.id}\t${org.kind}\t${org.name}${org.nameEn ? `\t${org.nameEn}` : ''}\n`);
    }
    printed += page.items.length;
    if (printed === page.items.length && !o.json) process.stderr.write(`${page.total}${page.totalCapped ? '+' : ''} organizations\n`);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && printed < o.max);
  return EXIT.ok;
}
