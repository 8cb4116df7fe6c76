// What a desk adds to the generic calls engine: its own checks at submission and its own view of
// an application. A desk registers its hooks once at startup (its index.ts); the engine calls them
// inside its own transaction, so a desk's check and the status change commit together.
import type { Db } from '../../db/client.ts';
import type { RequestCtx } from '../../http/context.ts';

export interface ApplicationRef {
  id: string;
  callId: string;
  piId: string;
  status: string;
}

export interface DeskHooks {
  /**
   * The desk's own part of an application is complete and valid for submission: return the list
   * of what is missing (empty when complete). Called in the submitting transaction.
   */
  missingForSubmission?(tx: Db, app: ApplicationRef): Promise<string[]>;
  /**
   * Called in the deciding transaction after the decision row is written (e.g. awards, payment),
   * with the context of whoever decided, for the desk's own audit records.
   */
  afterDecision?(tx: Db, app: ApplicationRef, decision: { outcome: string; award: Record<string, unknown>; decidedBy: string; at: Date }, ctx: RequestCtx): Promise<void>;
}

const hooks = new Map<string, DeskHooks>();

/** Registers (or replaces) the hooks of a desk. */
export function registerDeskHooks(desk: string, h: DeskHooks): void {
  hooks.set(desk, h);
}

/** The hooks of a desk (none registered: no hooks). */
export function deskHooks(desk: string): DeskHooks {
  return hooks.get(desk) ?? {};
}
