// Reads the OpenAPI document the app serves into a flat list of operations, and derives from it
// the minimal valid request for each: the generated security tests walk this list, so a route
// that lands later is covered without touching the tests.
import type { Access } from '../../src/server/http/openapi.ts';

/** A JSON Schema node of the document (only the parts the tests read). */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  default?: unknown;
  example?: unknown;
  examples?: unknown[];
}

export interface Param {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Schema;
}

export interface Operation {
  method: string;
  /** The path as the document writes it, e.g. /orgs/{orgId}. */
  path: string;
  /** `GET /orgs/{orgId}` — how reports name the operation. */
  key: string;
  access: Access;
  params: Param[];
  /** The request body's media type and schema, when the operation takes one. */
  body?: { contentType: string; schema: Schema; required: boolean };
}

export interface Doc {
  paths: Record<string, Record<string, { 'x-access'?: Access; parameters?: Param[]; requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> } }>>;
  components?: { schemas?: Record<string, Schema> };
  servers?: { url: string }[];
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Every operation of the document, in document order. Throws when one lacks x-access. */
export function operationsOf(doc: Doc): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const access = op['x-access'];
      if (!access) throw new Error(`${method.toUpperCase()} ${path} has no x-access: define it with defineRoute()`);
      const content = op.requestBody?.content ?? {};
      const contentType = Object.keys(content)[0];
      ops.push({
        method: method.toUpperCase(),
        path,
        key: `${method.toUpperCase()} ${path}`,
        access,
        params: op.parameters ?? [],
        ...(contentType ? { body: { contentType, schema: content[contentType]!.schema, required: op.requestBody?.required ?? false } } : {}),
      });
    }
  }
  return ops;
}

/** Follows a `#/components/schemas/X` reference. */
export function deref(doc: Doc, s: Schema): Schema {
  let cur = s;
  for (let i = 0; cur.$ref && i < 20; i++) {
    const name = cur.$ref.replace('#/components/schemas/', '');
    const next = doc.components?.schemas?.[name];
    if (!next) throw new Error(`unresolved $ref ${cur.$ref}`);
    cur = next;
  }
  return cur;
}

/** The non-null JSON type of a schema node. */
export function typeOf(s: Schema): string | undefined {
  if (Array.isArray(s.type)) return s.type.find((t) => t !== 'null');
  if (s.type) return s.type;
  if (s.properties) return 'object';
  if (s.enum?.length) return typeof s.enum.find((v) => v !== null);
  return undefined;
}

/** Values for fields the schema cannot say enough about (ids of fixtures, e-mails, roles). */
export type Hints = (name: string, s: Schema) => unknown;

let seq = 0;

/**
 * A minimal value that satisfies `s`: required properties only, the least privileged enum value
 * (the last one: roles and scopes are listed strongest first), and lengths within bounds.
 */
export function minimalValue(doc: Doc, schema: Schema, hints: Hints = () => undefined, name = ''): unknown {
  const s = deref(doc, schema);
  const hinted = hints(name, s);
  if (hinted !== undefined) return hinted;
  if (s.const !== undefined) return s.const;
  // Examples of e-mails are one fixed address: a second sign-up with it would only test email_taken.
  if (s.format === 'email') return stringFor(s, name);
  if (s.example !== undefined) return s.example;
  if (s.examples?.length) return s.examples[0];
  if (s.default !== undefined) return s.default;
  if (s.enum?.length) {
    const vals = s.enum.filter((v) => v !== null);
    return vals[vals.length - 1];
  }
  const alt = s.anyOf ?? s.oneOf;
  if (alt?.length) return minimalValue(doc, alt.find((a) => typeOf(deref(doc, a)) !== 'null') ?? alt[0]!, hints, name);
  if (s.allOf?.length) return Object.assign({}, ...s.allOf.map((a) => minimalValue(doc, a, hints, name) as object));
  switch (typeOf(s)) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of s.required ?? []) out[key] = minimalValue(doc, s.properties?.[key] ?? {}, hints, key);
      return out;
    }
    case 'array': {
      const n = s.minItems ?? 0;
      return Array.from({ length: n }, () => minimalValue(doc, s.items ?? {}, hints, name));
    }
    case 'integer':
    case 'number': {
      const lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : undefined);
      const hi = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : undefined);
      if (lo !== undefined) return lo;
      if (hi !== undefined) return Math.min(hi, 1);
      return 1;
    }
    case 'boolean':
      return false;
    case 'string':
      return stringFor(s, name);
    default:
      return null;
  }
}

function stringFor(s: Schema, name: string): string {
  seq++;
  switch (s.format) {
    case 'email':
      return `min${seq}.${process.pid}@test.pujiang.local`;
    case 'date-time':
      return new Date().toISOString();
    case 'date':
      return new Date().toISOString().slice(0, 10);
    case 'uri':
    case 'url':
      return 'https://example.org/x';
    case 'uuid':
      return crypto.randomUUID();
    default:
      break;
  }
  const min = s.minLength ?? 0;
  const max = s.maxLength ?? 64;
  let v = `${name || 'v'}-${seq}`;
  if (v.length > max) v = v.slice(0, max);
  while (v.length < min) v += 'x';
  return v;
}

/** Substitutes `{name}` in a path with encoded values. */
export function fillPath(path: string, value: (name: string) => string): string {
  return path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(value(name)));
}

/** The names of a path's parameters. */
export function pathParamsOf(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
}
