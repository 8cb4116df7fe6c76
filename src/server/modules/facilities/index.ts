// The facilities desk's public surface: the catalog of facilities, instruments and stations, the
// center summary, the user office (beamtime proposals, feasibility, the panel meeting, awards),
// cycles and scheduling with ICS feeds, experiments and outcomes, and the desk's demo seed.
export { facilitiesRoutes } from './facilities.routes.ts';
export { facilityProposalRoutes } from './facilities.proposals.routes.ts';
export { stationMeeting, rankEntries, rankOf, countedShifts, type MeetingEntry, type StationMeeting } from './facilities.meeting.ts';
export { getProposal, saveProposal, judgeFeasibility, meeting, approve, missingForSubmission, afterDecision, PANEL_ROUTES, APPROVAL_ROUTES, type ProposalInput, type ProposalView } from './facilities.proposals.service.ts';
export { facilitySchedulingRoutes } from './facilities.scheduling.routes.ts';
export { facilityExperimentRoutes } from './facilities.experiments.routes.ts';
export { centerSummary, facilityDetail, listFacilities, BUILT_DESKS, CENTER_NAME, type CenterView, type FacilityDetailView, type FacilitySummaryView } from './facilities.service.ts';
export { seedFacilities, type FacilitiesSeeded } from './facilities.seed.ts';
export { seedFacilityOperations, type FacilityDemoReport } from './facilities.demo.ts';
export { CATALOG } from './facilities.catalog.ts';
export * from './facilities.types.ts';
export { solveCycle, publishSchedule, getSchedule, scoreOfGrade, type ScheduleView, type BlockView } from './facilities.scheduling.service.ts';
export { getCycle, listCycles, type CycleView, type CycleDetailView } from './facilities.cycles.service.ts';
export { normalizeDoi, priorWork, type ExperimentView, type ExperimentDetailView, type OutcomeView, type PriorProposalView } from './facilities.experiments.service.ts';
export { facilityStatistics, exportStatistics, type FacilityStatistics, type CycleStatistics, type StationStatistics } from './facilities.stats.service.ts';
export { MAX_SOLVE_SECONDS } from './facilities.scheduling.service.ts';
