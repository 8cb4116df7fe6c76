// The facilities desk's public surface: the catalog of facilities, instruments and stations, the
// center summary, the user office (beamtime proposals, feasibility, the panel meeting, awards),
// cycles and scheduling with ICS feeds, experiments and outcomes, and the desk's demo seed.
export { facilitiesRoutes } from './facilities.routes.ts';
export { facilityProposalRoutes } from './facilities.proposals.routes.ts';
export { facilitySchedulingRoutes } from './facilities.scheduling.routes.ts';
export { facilityExperimentRoutes } from './facilities.experiments.routes.ts';
export { centerSummary, facilityDetail, listFacilities, BUILT_DESKS, CENTER_NAME, type CenterView, type FacilityDetailView, type FacilitySummaryView } from './facilities.service.ts';
export { seedFacilities, type FacilitiesSeeded } from './facilities.seed.ts';
export { CATALOG } from './facilities.catalog.ts';
export * from './facilities.types.ts';
