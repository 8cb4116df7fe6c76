// Where the tests keep their database template, and which database they run on.
import { fileURLToPath } from 'node:url';

export const CACHE_DIR = fileURLToPath(new URL('../../.cache/', import.meta.url));
export const PGLITE_TEMPLATE = `${CACHE_DIR}pglite-template.tar.gz`;
/** When set, tests run on this PostgreSQL server instead of PGlite. */
export const PG_URL = process.env.PUJIANG_TEST_DATABASE_URL || undefined;
export const PG_TEMPLATE_DB = 'pujiang_test_template';

/** The URL of another database on the same server. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
