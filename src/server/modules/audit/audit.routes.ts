import { z, createRouter, defineRoute, jsonResponse } from '../../http/openapi.ts';
import { pageOf, pageQuery } from '../../http/paging.ts';
import type { Deps } from '../../deps.ts';
import { browse, verify } from './audit.service.ts';

const AuditEntry = z
  .object({
    seq: z.number().int(),
    id: z.string(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    objectType: z.string(),
    objectId: z.string().nullable(),
    orgId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
    hash: z.string(),
  })
  .openapi('AuditEntry');

const id = z.string().max(64);

const list = defineRoute(
  { auth: 'operator', scope: 'audit:read' },
  {
    method: 'get',
    path: '/audit',
    tags: ['audit'],
    summary: 'Browse the audit log, newest first',
    request: {
      query: z
        .object({
          ...pageQuery,
          actorId: id.optional(),
          action: z.string().max(100).optional(),
          objectType: z.string().max(64).optional(),
          objectId: id.optional(),
          orgId: id.optional(),
          from: z.iso.datetime({ offset: true }).optional(),
          to: z.iso.datetime({ offset: true }).optional(),
        })
        .strict(),
    },
    responses: { 200: jsonResponse(pageOf(AuditEntry, 'AuditPage'), 'A page of audit records') },
  },
);

const verifyRoute = defineRoute(
  { auth: 'operator', scope: 'audit:read' },
  {
    method: 'get',
    path: '/audit/verify',
    tags: ['audit'],
    summary: 'Check the hash chain of the whole audit log',
    responses: {
      200: jsonResponse(
        z
          .object({
            ok: z.boolean(),
            checked: z.number().int(),
            lastSeq: z.number().int(),
            firstBadSeq: z.number().int().nullable(),
            reason: z.string().nullable(),
          })
          .openapi('AuditVerification'),
        'The result of the check',
      ),
    },
  },
);

/** Routes of the audit desk. */
export function auditRoutes(deps: Deps) {
  return createRouter()
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      const page = await browse(
        deps.db.db,
        {
          actorId: q.actorId,
          action: q.action,
          objectType: q.objectType,
          objectId: q.objectId,
          orgId: q.orgId,
          from: q.from ? new Date(q.from) : undefined,
          to: q.to ? new Date(q.to) : undefined,
        },
        q.cursor,
        q.limit,
      );
      return c.json(page, 200);
    })
    .openapi(verifyRoute, async (c) => c.json(await verify(deps.db.db), 200));
}
