// Routes of the facilities catalog and the center summary; all public (the catalog is open).
import { z, createRouter, defineRoute, jsonResponse } from '../../http/openapi.ts';
import { pageOf, pageQuery } from '../../http/paging.ts';
import type { Deps } from '../../deps.ts';
import { Center, FacilityDetail, FacilityIdParam, FacilitySummary } from './facilities.schemas.ts';
import * as svc from './facilities.service.ts';

const center = defineRoute(
  { auth: 'public' },
  {
    method: 'get',
    path: '/center',
    tags: ['center'],
    summary: 'The center: facilities, organizations by kind, people, teams and built desks',
    responses: { 200: jsonResponse(Center, 'The center at a glance') },
  },
);

const list = defineRoute(
  { auth: 'public' },
  {
    method: 'get',
    path: '/facilities',
    tags: ['facilities'],
    summary: 'Large facilities, in the order they were added',
    request: { query: z.object({ ...pageQuery }).strict() },
    responses: { 200: jsonResponse(pageOf(FacilitySummary, 'FacilityPage'), 'A page of facilities') },
  },
);

const detail = defineRoute(
  { auth: 'public' },
  {
    method: 'get',
    path: '/facilities/{facilityId}',
    tags: ['facilities'],
    summary: 'A facility with its instruments and their stations',
    request: { params: z.object({ facilityId: FacilityIdParam }) },
    responses: { 200: jsonResponse(FacilityDetail, 'The facility') },
  },
);

/** Routes of the facilities desk. */
export function facilitiesRoutes(deps: Deps) {
  const summary = svc.cachedCenterSummary(deps);
  return createRouter()
    .openapi(center, async (c) => c.json(await summary(), 200))
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      return c.json(await svc.listFacilities(deps, q.cursor, q.limit), 200);
    })
    .openapi(detail, async (c) => c.json(await svc.facilityDetail(deps, c.req.valid('param').facilityId), 200));
}
