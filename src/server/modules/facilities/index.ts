// The facilities desk's public surface (catalog of facilities, instruments and stations).
import { createRouter } from '../../http/openapi.ts';
import type { Deps } from '../../deps.ts';

/** Routes of the facilities desk. */
export function facilitiesRoutes(_deps: Deps) {
  return createRouter();
}
