// Structured JSON logs (pino). Request handlers log through a child carrying the request id.
import { pino, type Logger } from 'pino';

export type { Logger };

/** Creates the process logger at the given level. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { svc: 'pujiang' }, timestamp: pino.stdTimeFunctions.isoTime });
}
