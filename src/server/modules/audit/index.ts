// The audit desk's public surface: every other desk records its writes through `record`.
export { record, verify, browse, type AuditInput, type VerifyResult, type AuditView } from './audit.service.ts';
export { auditRoutes } from './audit.routes.ts';
export { canonical, chainHash } from './audit.repo.ts';
