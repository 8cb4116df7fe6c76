// SQL of the standing roles at organizations that run calls (user office, director).
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { callStaff } from './calls.table.ts';

/** The roles a person holds at an organization that runs calls. */
export async function staffRolesOf(db: Db, personId: string, orgId: string): Promise<('manager' | 'director')[]> {
  const rows = await db
    .select({ role: callStaff.role })
    .from(callStaff)
    .where(and(eq(callStaff.personId, personId), eq(callStaff.orgId, orgId)));
  return rows.map((r) => r.role);
}

/** Gives a person a standing role (no-op when held). */
export async function addStaff(db: Db, orgId: string, personId: string, role: 'manager' | 'director'): Promise<void> {
  await db.insert(callStaff).values({ orgId, personId, role }).onConflictDoNothing();
}
