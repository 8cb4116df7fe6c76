// The access matrix, generated from the OpenAPI document: every operation is called as every
// persona, and the answer is checked against the operation's x-access rule. A route added later
// is covered as soon as it is in the document. PUJIANG_PRINT_MATRIX=1 prints the matrix even when
// every answer is right.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_CODES } from '../src/shared/errors.ts';
import { orgRoleRank, type TokenScope } from '../src/shared/enums.ts';
import { startIdp, type Idp } from './support/oidc-idp.ts';
import { testApp, type Res, type TestApp } from './support/app.ts';
import { agentOf, buildWorld, createCast, hintsOf, paramOf, PERSONAS, tokenOf, type Cast, type Persona, type World } from './support/personas.ts';
import { fillPath, minimalValue, operationsOf, pathParamsOf, type Doc, type Operation } from './support/openapi-ops.ts';

let t: TestApp;
let doc: Doc;
let ops: Operation[];
let cast: Cast;
let shared: World;
let idp: Idp;

before(async () => {
  // A real OIDC provider, so that the OIDC routes answer from their handlers.
  idp = await startIdp('http://pujiang.test');
  t = await testApp(idp.env);
  const r = await t.req('GET', '/api/openapi.json');
  assert.equal(r.status, 200);
  doc = r.body as Doc;
  ops = operationsOf(doc);
  cast = await createCast(t);
  shared = await buildWorld(t, cast);
});
after(async () => {
  await t?.close();
  await idp?.close();
});

/** Path parameters that name something belonging to the caller (for `self` routes). */
const PERSONAL_PARAMS = new Set(['tokenId']);

type Expectation =
  | { kind: 'allow' }
  /** Platform staff on an organization's route: policy of the desk; only never 401 or 5xx. */
  | { kind: 'staff' }
  | { kind: 'refuse'; statuses: number[]; why: string };

/** What x-access says `p` must get from `op`. */
function expectationOf(op: Operation, p: Persona, foreign: boolean): Expectation {
  const a = op.access;
  if (a.auth === 'public') return { kind: 'allow' };
  if (p.kind === 'anonymous') return { kind: 'refuse', statuses: [401], why: 'not signed in' };
  if (p.kind === 'token-without-scope') return { kind: 'refuse', statuses: [403], why: `token lacks ${a.scope ?? 'a session'}` };
  if (p.kind === 'token-with-scope' && !a.scope) return { kind: 'refuse', statuses: [403], why: 'route takes no token' };
  if (a.auth === 'operator' && !p.platformRole) return { kind: 'refuse', statuses: [403], why: 'operators only' };
  if (a.auth === 'admin' && p.platformRole !== 'admin') return { kind: 'refuse', statuses: [403], why: 'admins only' };
  if (a.role && !p.platformRole) return { kind: 'refuse', statuses: [403], why: `needs the desk role ${a.role}` };
  if (a.org) {
    if (p.orgRole === null) return p.platformRole ? { kind: 'staff' } : { kind: 'refuse', statuses: [403, 404], why: 'not in the organization' };
    if (orgRoleRank(p.orgRole) < orgRoleRank(a.org)) return { kind: 'refuse', statuses: [403], why: `needs org ${a.org}` };
  }
  if (foreign) return { kind: 'refuse', statuses: [404], why: "another person's object" };
  return { kind: 'allow' };
}

// 401/403 codes that are a business answer, not an access refusal (a wrong password on sign-in,
// an invitation addressed to someone else).
const BUSINESS_REFUSALS = new Set(['invalid_credentials', 'invitation_email_mismatch']);

interface Cell {
  op: Operation;
  persona: Persona;
  foreign: boolean;
  status: number;
  problem: string | null;
}

function judge(op: Operation, persona: Persona, foreign: boolean, r: Res): string | null {
  const e = expectationOf(op, persona, foreign);
  const code = (r.body as { code?: string } | undefined)?.code;
  if (r.status >= 500) return `server error ${r.status} ${code ?? ''}`;
  if (r.status >= 400) {
    if (r.headers.get('content-type') !== 'application/problem+json') return `${r.status} without problem+json`;
    if (!code || !(code in ERROR_CODES)) return `${r.status} with unknown code ${String(code)}`;
    if (ERROR_CODES[code as keyof typeof ERROR_CODES] !== r.status) return `code ${code} with status ${r.status}`;
  }
  if (e.kind === 'refuse') {
    if (!e.statuses.includes(r.status)) return `expected ${e.statuses.join('/')} (${e.why}), got ${r.status} ${code ?? ''}`;
    return null;
  }
  if (r.status === 401 && !BUSINESS_REFUSALS.has(code ?? '')) return `allowed caller got 401 ${code}`;
  if (e.kind === 'allow' && r.status === 403 && !BUSINESS_REFUSALS.has(code ?? '')) return `allowed caller got 403 ${code}`;
  if (e.kind === 'allow' && op.method === 'GET' && pathParamsOf(op.path).length === 0 && !op.params.some((q) => q.required) && (r.status < 200 || r.status > 299)) {
    return `allowed caller got ${r.status} ${code ?? ''} on a plain GET`;
  }
  return null;
}

async function call(op: Operation, persona: Persona, foreign: boolean): Promise<Cell> {
  // An allowed write runs in a world of its own, so that a delete or a role change spoils nothing
  // else; refused callers change nothing (and if one did, that is the leak this test reports).
  const fresh = op.method !== 'GET' && expectationOf(op, persona, foreign).kind !== 'refuse';
  const w = fresh ? await buildWorld(t, cast) : shared;
  const agent = await agentOf(t, w, persona, op.access.scope as TokenScope | undefined);
  let ownTokenId = agent?.tokenId;
  if (agent && persona.kind === 'session' && pathParamsOf(op.path).includes('tokenId')) {
    ownTokenId = (await tokenOf(t, w.cast[persona.who!], ['profile:read'])).tokenId;
  }
  const hints = hintsOf(w);
  const path = fillPath(op.path, (name) => paramOf(name, w, { ownTokenId, foreign }));
  const query = new URLSearchParams();
  for (const q of op.params) {
    if (q.in === 'query' && q.required) query.set(q.name, String(minimalValue(doc, q.schema, hints, q.name)));
  }
  const qs = query.size ? `?${query}` : '';
  const body = op.body?.contentType === 'application/json' ? minimalValue(doc, op.body.schema, hints) : undefined;
  const r = await t.req(op.method, `/api${path}${qs}`, { as: agent, ...(body !== undefined ? { body } : {}) });
  return { op, persona, foreign, status: r.status, problem: judge(op, persona, foreign, r) };
}

function matrix(cells: Cell[]): string {
  const rows = new Map<string, Map<string, Cell>>();
  for (const c of cells) {
    const row = `${c.op.key}${c.foreign ? ' [foreign]' : ''}`;
    if (!rows.has(row)) rows.set(row, new Map());
    rows.get(row)!.set(c.persona.short, c);
  }
  const width = Math.max(...[...rows.keys()].map((k) => k.length));
  const head = `${'route'.padEnd(width)} | ${PERSONAS.map((p) => p.short.padStart(6)).join(' ')}`;
  const lines = [...rows].map(([row, byPersona]) => {
    const cols = PERSONAS.map((p) => {
      const c = byPersona.get(p.short);
      return (c ? `${c.status}${c.problem ? '!' : ''}` : '-').padStart(6);
    });
    return `${row.padEnd(width)} | ${cols.join(' ')}`;
  });
  return [head, '-'.repeat(head.length), ...lines].join('\n');
}

test('every operation answers every persona as its x-access rule says', async (tt) => {
  assert.ok(ops.length >= 10, `the document lists only ${ops.length} operations`);
  const cells: Cell[] = [];
  for (const op of ops) {
    for (const persona of PERSONAS) cells.push(await call(op, persona, false));
    // `self` routes: another person's object is not found, whoever asks.
    if (op.access.self && !op.access.org && pathParamsOf(op.path).some((n) => PERSONAL_PARAMS.has(n))) {
      for (const persona of PERSONAS.filter((p) => p.kind === 'session')) cells.push(await call(op, persona, true));
    }
  }
  const bad = cells.filter((c) => c.problem);
  tt.diagnostic(`${ops.length} operations × ${PERSONAS.length} personas: ${cells.length} calls, ${bad.length} wrong`);
  if (process.env.PUJIANG_PRINT_MATRIX) console.log(matrix(cells));
  if (bad.length) {
    const list = bad.map((c) => `  ${c.op.key}${c.foreign ? ' [foreign]' : ''} as ${c.persona.key}: ${c.problem}`).join('\n');
    assert.fail(`access matrix (status; ! marks a wrong answer)\n${matrix(cells)}\n\nwrong answers:\n${list}`);
  }
  // Zero leaks, stated on its own: no refused persona ever got a 2xx.
  const leaks = cells.filter((c) => expectationOf(c.op, c.persona, c.foreign).kind === 'refuse' && c.status < 300);
  assert.deepEqual(leaks.map((c) => `${c.op.key} ${c.persona.key}`), []);
});

test('every non-public operation declares security and the token scheme only with a scope', () => {
  for (const op of ops) {
    const security = (doc.paths[op.path] as Record<string, { security?: Record<string, string[]>[] }>)[op.method.toLowerCase()]!.security ?? [];
    if (op.access.auth === 'public') {
      assert.deepEqual(security, [], `${op.key} is public but declares security`);
      continue;
    }
    assert.ok(security.some((s) => 'session' in s), `${op.key} does not declare the session scheme`);
    const token = security.find((s) => 'token' in s);
    if (op.access.scope) assert.deepEqual(token, { token: [op.access.scope] }, `${op.key}: token scheme must name scope ${op.access.scope}`);
    else assert.equal(token, undefined, `${op.key} takes no token but declares the token scheme`);
  }
});
