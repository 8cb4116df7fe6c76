// Answering a route with a file: its name (an ASCII fallback and the UTF-8 name), type, caching,
// and no content sniffing. Every download of the API goes through here.
import type { Context } from 'hono';
import type { AppEnv } from './context.ts';

export interface FileAnswer {
  filename: string;
  contentType: string;
  body: Uint8Array | string;
}

/** The name as plain ASCII for the `filename=` parameter (the UTF-8 name goes in `filename*=`). */
function asciiName(name: string): string {
  return name.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 150) || 'download';
}

/** A 200 with the file; `inline` for what a client opens itself (a calendar), else a download. */
export function sendFile(
  c: Context<AppEnv>,
  f: FileAnswer,
  opts: { disposition?: 'attachment' | 'inline'; cacheControl?: string; headers?: Record<string, string> } = {},
): Response {
  c.header('Content-Disposition', `${opts.disposition ?? 'attachment'}; filename="${asciiName(f.filename)}"; filename*=UTF-8''${encodeURIComponent(f.filename)}`);
  c.header('Content-Type', f.contentType);
  c.header('Cache-Control', opts.cacheControl ?? 'no-store');
  c.header('X-Content-Type-Options', 'nosniff');
  for (const [k, v] of Object.entries(opts.headers ?? {})) c.header(k, v);
  return c.body(typeof f.body === 'string' ? f.body : (f.body as Uint8Array<ArrayBuffer>), 200);
}
