// The calls desk's public surface: the generic engine of calls for applications → applications →
// review → decision that every desk handing out something scarce reuses. Its tables are exported
// so that a desk's repos can join its own part of an application (calls.table.ts).
export { callsRoutes } from './calls.routes.ts';
export { callsReviewRoutes } from './calls.review.routes.ts';
export { registerDeskHooks, deskHooks, type DeskHooks, type ApplicationRef } from './calls.hooks.ts';
export * from './calls.types.ts';
export {
  formTemplates,
  callStaff,
  calls,
  panels,
  panelMembers,
  applications,
  applicationMembers,
  applicationEvents,
  applicationFiles,
  applicationLinks,
  reviewAssignments,
  conflictDeclarations,
  decisions,
} from './calls.table.ts';
export { staffRoles, requireStaffRole, type StaffRoles } from './calls.access.ts';
export { addStaff } from './calls.staff.repo.ts';
export {
  applicationAccess,
  requireApplicationEditor,
  changeStatusIn,
  addEventIn,
  peopleOfApplication,
  type ApplicationAccess,
  type ApplicationRole,
} from './calls.service.ts';
export { decideIn, reviewSummaries, decisionLetter, type DecisionInput, type ReviewSummary } from './calls.review.service.ts';
export { conflictsOf, conflictMatrix, CONFLICT_REASONS, type ConflictReason } from './calls.coi.ts';
export { listCalls, type CallView } from './calls.service.ts';
export { isActiveReviewer } from './calls.review.repo.ts';
