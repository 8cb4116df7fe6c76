// Cursor pagination: keyset cursors (opaque base64url of the last row's sort key) and counts
// capped so that a count never scans a huge table.
import { z } from '@hono/zod-openapi';
import { AppError } from './errors.ts';

/** Counts stop here; `totalCapped` says the real number is larger. */
export const COUNT_CAP = 10_000;
export const MAX_LIMIT = 200;

export const pageQuery = {
  cursor: z.string().max(512).optional().openapi({ description: 'Opaque cursor from the previous page' }),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50).openapi({ description: `Page size, 1–${MAX_LIMIT}` }),
};

/** The shape of a page of items. */
export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable(),
      total: z.number().int(),
      totalCapped: z.boolean(),
    })
    .openapi(name);
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
  totalCapped: boolean;
}

export type CursorValue = string | number;

/** Encodes the sort key of the last row of a page. */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Decodes a cursor, or throws validation_failed for anything that is not one of ours. */
export function decodeCursor(cursor: string | undefined, arity: number): CursorValue[] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === arity && v.every((x) => typeof x === 'string' || typeof x === 'number')) {
      return v as CursorValue[];
    }
  } catch {
    // fall through
  }
  throw new AppError('validation_failed', 'cursor is not valid', undefined, [{ path: 'cursor', message: 'not a cursor' }]);
}

/** Builds a page from `limit + 1` fetched rows: the extra row only says a next page exists. */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  keyOf: (row: R) => CursorValue[],
  map: (row: R) => T,
  count: number,
): Page<T> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(map),
    nextCursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null,
    total: Math.min(count, COUNT_CAP),
    totalCapped: count > COUNT_CAP,
  };
}
