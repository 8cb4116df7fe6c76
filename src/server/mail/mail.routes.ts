// The outbox screen's API: operators see every mail; in development (no SMTP) a person also
// sees the mail sent to their own address, so invitations can be followed without a mail server.
import { z, createRouter, defineRoute, jsonResponse } from '../http/openapi.ts';
import { COUNT_CAP, decodeCursor, pageOf, pageQuery, toPage } from '../http/paging.ts';
import { AppError } from '../http/errors.ts';
import type { Deps } from '../deps.ts';
import { countMail, listMail } from './mail.service.ts';

const MailEntry = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    body: z.string(),
    status: z.enum(['pending', 'sent', 'held', 'failed']),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .openapi('Mail');

const list = defineRoute(
  { auth: 'signed-in', scope: 'profile:read', self: true },
  {
    method: 'get',
    path: '/outbox',
    tags: ['mail'],
    summary: 'Mail sent by the platform (all of it for operators; your own in development)',
    request: { query: z.object({ ...pageQuery, mine: z.enum(['true', 'false']).optional() }).strict() },
    responses: { 200: jsonResponse(pageOf(MailEntry, 'MailPage'), 'A page of mail') },
  },
);

/** Routes of the outbox. */
export function mailRoutes(deps: Deps) {
  return createRouter().openapi(list, async (c) => {
    const actor = c.get('actor');
    if (actor.kind !== 'person') throw new AppError('unauthenticated');
    const q = c.req.valid('query');
    const staff = actor.platformRole === 'operator' || actor.platformRole === 'admin';
    if (!staff && deps.config.smtpUrl) throw new AppError('forbidden', 'the outbox is for operators when mail is delivered by SMTP');
    const to = staff && q.mine !== 'true' ? undefined : actor.email;
    const c0 = decodeCursor(q.cursor, 1);
    const [rows, total] = await Promise.all([listMail(deps.db.db, to, c0 ? String(c0[0]) : undefined, q.limit), countMail(deps.db.db, to, COUNT_CAP)]);
    return c.json(
      toPage(
        rows,
        q.limit,
        (r) => [r.id],
        (r) => ({
          id: r.id,
          to: r.toAddress,
          subject: r.subject,
          body: r.body,
          status: r.status,
          lastError: r.lastError,
          createdAt: r.createdAt.toISOString(),
          sentAt: r.sentAt?.toISOString() ?? null,
        }),
        total,
      ),
      200,
    );
  });
}
