// Every table of the server, for Drizzle's query builder and for drizzle-kit to generate migrations.
export * from '../jobs/jobs.table.ts';
export * from '../mail/mail.table.ts';
export * from '../modules/audit/audit.table.ts';
export * from '../modules/identity/identity.table.ts';
export * from '../modules/calls/calls.table.ts';
export * from '../modules/facilities/facilities.table.ts';
export * from '../modules/ledger/ledger.table.ts';
export * from '../modules/compute/compute.table.ts';
