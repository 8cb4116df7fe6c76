// Where the tests keep their database template, and which database they run on.
import { fileURLToPath } from 'node:url';

export const CACHE_DIR = fileURLToPath(new URL('../../.cache/', import.meta.url));
export const PGLITE_TEMPLATE = process.env.PUJIANG_TEST_PGLITE_TEMPLATE ?? `${CACHE_DIR}pglite-template-${process.pid}.tar.gz`;
/** When set, tests run on this PostgreSQL server instead of PGlite. */
export const PG_URL = process.env.PUJIANG_TEST_DATABASE_URL || undefined;
// One template per test run (named by the runner's pid), so concurrent runs do not collide.
export const PG_TEMPLATE_DB = process.env.PUJIANG_TEST_TEMPLATE_DB ?? `pujiang_tpl_${process.pid}`;

/** The URL of another database on the same server. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
