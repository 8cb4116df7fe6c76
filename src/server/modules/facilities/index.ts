// The facilities desk's public surface: the catalog of facilities, instruments and stations,
// the center summary, and the catalog's demo seed.
export { facilitiesRoutes } from './facilities.routes.ts';
export { centerSummary, facilityDetail, listFacilities, BUILT_DESKS, CENTER_NAME, type CenterView, type FacilityDetailView, type FacilitySummaryView } from './facilities.service.ts';
export { seedFacilities, type FacilitiesSeeded } from './facilities.seed.ts';
export { CATALOG } from './facilities.catalog.ts';
