// Bulk inserts of the demo seed: about a thousand rows per INSERT, the rows passed as one JSON
// parameter and unpacked by jsonb_to_recordset, so that 50,000 people take seconds on PGlite.
// These skip the per-row checks and audit of the services: only the seed calls them, inside its
// one transaction, and it audits each kind of row once with the counts.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Locale, OrgKind, OrgRole, PlatformRole } from '../../../shared/enums.ts';
import { people } from './identity.table.ts';

export interface SeedOrganization {
  id: string;
  name: string;
  nameEn: string | null;
  kind: OrgKind;
  city: string | null;
  description: string | null;
}

export interface SeedPerson {
  id: string;
  email: string;
  name: string;
  /** null: no password sign-in (the generated people). */
  passwordHash: string | null;
  locale: Locale;
  platformRole: PlatformRole | null;
}

export interface SeedMembership {
  id: string;
  orgId: string;
  personId: string;
  role: OrgRole;
}

export interface SeedTeam {
  id: string;
  orgId: string;
  name: string;
  description: string | null;
}

export interface SeedTeamMember {
  teamId: string;
  personId: string;
}

/** Rows per INSERT statement. */
export const SEED_BATCH = 1000;

type Column<T> = readonly [column: string, type: 'text', value: (row: T) => string | null];

async function bulkInsert<T>(db: Db, table: string, columns: readonly Column<T>[], rows: readonly T[], onBatch?: (done: number) => void): Promise<void> {
  // Table and column names are constants of this file, never input.
  const names = columns.map(([c]) => c).join(', ');
  const types = columns.map(([c, t]) => `${c} ${t}`).join(', ');
  for (let i = 0; i < rows.length; i += SEED_BATCH) {
    const batch = rows.slice(i, i + SEED_BATCH).map((r) => Object.fromEntries(columns.map(([c, , v]) => [c, v(r)])));
    await db.execute(sql`insert into ${sql.raw(table)} (${sql.raw(names)}) select ${sql.raw(names)} from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as r(${sql.raw(types)})`);
    onBatch?.(Math.min(i + SEED_BATCH, rows.length));
  }
}

/** Inserts organizations in batches. */
export function insertOrganizationsBulk(db: Db, rows: readonly SeedOrganization[], onBatch?: (done: number) => void): Promise<void> {
  return bulkInsert(db, 'organizations', [
    ['id', 'text', (r) => r.id],
    ['name', 'text', (r) => r.name],
    ['name_en', 'text', (r) => r.nameEn],
    ['kind', 'text', (r) => r.kind],
    ['city', 'text', (r) => r.city],
    ['description', 'text', (r) => r.description],
  ], rows, onBatch);
}

/** Inserts people in batches; e-mails must already be lower-case and unique. */
export function insertPeopleBulk(db: Db, rows: readonly SeedPerson[], onBatch?: (done: number) => void): Promise<void> {
  return bulkInsert(db, 'people', [
    ['id', 'text', (r) => r.id],
    ['email', 'text', (r) => r.email.toLowerCase()],
    ['name', 'text', (r) => r.name],
    ['password_hash', 'text', (r) => r.passwordHash],
    ['locale', 'text', (r) => r.locale],
    ['platform_role', 'text', (r) => r.platformRole],
  ], rows, onBatch);
}

/** Inserts memberships in batches. */
export function insertMembershipsBulk(db: Db, rows: readonly SeedMembership[], onBatch?: (done: number) => void): Promise<void> {
  return bulkInsert(db, 'memberships', [
    ['id', 'text', (r) => r.id],
    ['org_id', 'text', (r) => r.orgId],
    ['person_id', 'text', (r) => r.personId],
    ['role', 'text', (r) => r.role],
  ], rows, onBatch);
}

/** Inserts teams in batches. */
export function insertTeamsBulk(db: Db, rows: readonly SeedTeam[], onBatch?: (done: number) => void): Promise<void> {
  return bulkInsert(db, 'teams', [
    ['id', 'text', (r) => r.id],
    ['org_id', 'text', (r) => r.orgId],
    ['name', 'text', (r) => r.name],
    ['description', 'text', (r) => r.description],
  ], rows, onBatch);
}

/** Inserts team members in batches; each must be a member of the team's organization. */
export function insertTeamMembersBulk(db: Db, rows: readonly SeedTeamMember[], onBatch?: (done: number) => void): Promise<void> {
  return bulkInsert(db, 'team_members', [
    ['team_id', 'text', (r) => r.teamId],
    ['person_id', 'text', (r) => r.personId],
  ], rows, onBatch);
}

/** True when at least one person has an account. */
export async function hasPeople(db: Db): Promise<boolean> {
  const rows = await db.select({ id: people.id }).from(people).limit(1);
  return rows.length > 0;
}
