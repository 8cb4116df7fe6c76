// Demo data (CENTER.md): the center's facilities, organizations of every kind, people,
// memberships and teams, the same on every run. The server seeds an empty database at start
// (PUJIANG_SEED=demo); `pujiang seed --scale full` seeds the scale targets.
import type { OrgKind } from '../../shared/enums.ts';
import type { Deps } from '../deps.ts';
import { systemCtx } from '../http/context.ts';
import { browse, record } from '../modules/audit/index.ts';
import { seedFacilities, seedFacilityOperations, type FacilityDemoReport } from '../modules/facilities/index.ts';
import { seedComputeDemo, type ComputeDemoReport } from '../modules/compute/index.ts';
import { seedLedger, type LedgerSeedReport } from '../modules/ledger/index.ts';
import {
  hasPeople,
  hashPassword,
  insertMembershipsBulk,
  insertOrganizationsBulk,
  insertPeopleBulk,
  insertTeamMembersBulk,
  insertTeamsBulk,
} from '../modules/identity/index.ts';
import { DEMO_PASSWORD, planSeed, type Scale, type SeedPlan } from './seed.plan.ts';
import { createRandom } from './seed.random.ts';
import { analyzeAfterSeed, lockSeed, txDatabase } from './seed.repo.ts';

export { SCALES, SCALE_SPECS, DEMO_PASSWORD, ROLE_ACCOUNTS, planSeed, type Scale } from './seed.plan.ts';

// The ledger demo's own random source (any constant, like the plan's).
const LEDGER_SEED = 0x1ed6_2024;
// The facility user office's demo, likewise.
const FACILITY_SEED = 0x55_2f_20_26;
/** The compute desk's own random source. */
const COMPUTE_SEED = 0xc0_4d_20_26;

export interface SeedReport {
  scale: Scale;
  ms: number;
  counts: {
    organizations: number;
    people: number;
    memberships: number;
    teams: number;
    teamMembers: number;
    facilities: number;
    instruments: number;
    stations: number;
  };
  /** What the ledger's demo holds: programs, providers, vouchers, orders by status, settlement. */
  ledger: LedgerSeedReport;
  /** What the facility user office's demo holds. */
  facilityOffice: FacilityDemoReport;
  compute: ComputeDemoReport;
  /** The sign-in of each demo role; all share DEMO_PASSWORD. */
  accounts: SeedPlan['roleAccounts'];
  password: string;
}

export type SeedOutcome = { seeded: true; report: SeedReport } | { seeded: false; reason: 'not_empty' | 'already_seeded' };

export interface SeedOptions {
  scale: Scale;
  /**
   * 'empty': seed only a database without people (the server at start).
   * 'once': seed unless a previous seed's record is in the audit log (the CLI).
   */
  when: 'empty' | 'once';
  progress?: (line: string) => void;
}

/** True when the audit log holds the record of a finished seed. */
export async function wasSeeded(deps: Pick<Deps, 'db'>): Promise<boolean> {
  const page = await browse(deps.db.db, { action: 'seed.demo' }, undefined, 1);
  return page.items.length > 0;
}

/**
 * Seeds the demo center in one transaction: either all of it is there afterwards or none.
 * Each kind of row gets one audit record with its counts (action `seed.<kind>`), and the
 * whole seed a last one (`seed.demo`), by the system actor 'seed'.
 */
export async function seedDemo(deps: Pick<Deps, 'db' | 'now' | 'jobs'>, opts: SeedOptions): Promise<SeedOutcome> {
  const started = performance.now();
  const progress = opts.progress ?? (() => undefined);
  const db = deps.db.db;
  // Cheap checks first, so that a server restart does not plan or hash anything.
  if (opts.when === 'empty' && (await hasPeople(db))) return { seeded: false, reason: 'not_empty' };
  if (opts.when === 'once' && (await wasSeeded(deps))) return { seeded: false, reason: 'already_seeded' };

  const plan = planSeed(opts.scale);
  progress(`seed (${opts.scale}): planned ${plan.organizations.length} organizations, ${plan.people.length} people, ${plan.teams.length} teams`);
  // Each role account gets its own hash (its own salt); generated people get none.
  await Promise.all(
    plan.people.map(async (p) => {
      if (p.roleAccount) p.passwordHash = await hashPassword(DEMO_PASSWORD);
    }),
  );

  const ctx = systemCtx('seed');
  const now = deps.now();
  const step = (what: string, total: number) => (done: number) => progress(`seed: ${what} ${done}/${total}`);
  const outcome = await db.transaction(async (tx) => {
    await lockSeed(tx);
    // Re-checked under the lock: another process may have seeded while we planned.
    if (opts.when === 'empty' && (await hasPeople(tx))) return { seeded: false, reason: 'not_empty' } as const;
    if (opts.when === 'once' && (await browse(tx, { action: 'seed.demo' }, undefined, 1)).items.length > 0) {
      return { seeded: false, reason: 'already_seeded' } as const;
    }

    await insertOrganizationsBulk(tx, plan.organizations, step('organizations', plan.organizations.length));
    const byKind: Partial<Record<OrgKind, number>> = {};
    for (const o of plan.organizations) byKind[o.kind] = (byKind[o.kind] ?? 0) + 1;
    await record(tx, ctx, { action: 'seed.organizations', objectType: 'organization', after: { count: plan.organizations.length, byKind } }, now);

    const people = plan.people.map(({ roleAccount: _r, ...p }) => p);
    await insertPeopleBulk(tx, people, step('people', people.length));
    await record(tx, ctx, {
      action: 'seed.people',
      objectType: 'person',
      after: { count: people.length, withPassword: plan.roleAccounts.map((a) => a.email) },
    }, now);

    await insertMembershipsBulk(tx, plan.memberships, step('memberships', plan.memberships.length));
    const byRole: Record<string, number> = {};
    for (const m of plan.memberships) byRole[m.role] = (byRole[m.role] ?? 0) + 1;
    await record(tx, ctx, { action: 'seed.memberships', objectType: 'membership', after: { count: plan.memberships.length, byRole } }, now);

    await insertTeamsBulk(tx, plan.teams, step('teams', plan.teams.length));
    await record(tx, ctx, { action: 'seed.teams', objectType: 'team', after: { count: plan.teams.length } }, now);
    await insertTeamMembersBulk(tx, plan.teamMembers, step('team members', plan.teamMembers.length));
    await record(tx, ctx, { action: 'seed.team_members', objectType: 'team_member', after: { count: plan.teamMembers.length } }, now);

    const f = await seedFacilities(tx, ctx, plan.operatorOrgIds, now);
    progress(`seed: facilities ${f.facilities}, instruments ${f.instruments}, stations ${f.stations}`);

    // The ledger's demo goes through its services as the demo's people (their transactions nest
    // in this one as savepoints), on its own random source so the plan above stays as it was.
    const ledgerStarted = performance.now();
    const ledger = await seedLedger({ db: txDatabase(deps.db, tx), now: deps.now, jobs: deps.jobs }, ctx, {
      scale: opts.scale,
      random: createRandom(LEDGER_SEED),
      organizations: plan.organizations,
      people: plan.people,
      memberships: plan.memberships,
    });
    await record(tx, ctx, { action: 'seed.ledger', objectType: 'seed', after: { ...ledger } }, now);
    progress(
      `seed: ledger ${ledger.programs} programs, ${ledger.providers} providers, ${ledger.vouchers} vouchers, ${ledger.orders} orders, ` +
        `${ledger.settlements} statements for ${ledger.settledPeriod} (${((performance.now() - ledgerStarted) / 1000).toFixed(1)} s)`,
    );

    // The facility user office: cycles, calls, proposals at every step, a published schedule,
    // experiments and outcomes (its own random source too).
    const officeStarted = performance.now();
    const facilityOffice = await seedFacilityOperations(tx, ctx, {
      random: createRandom(FACILITY_SEED),
      now,
      organizations: plan.organizations,
      people: plan.people,
      memberships: plan.memberships,
      operatorOrgId: plan.operatorOrgIds['SSRF']!,
    });
    progress(
      `seed: user office ${facilityOffice.cycles} cycles, ${facilityOffice.calls} calls, ${facilityOffice.proposals} proposals, ${facilityOffice.awards} awards, ` +
        `${facilityOffice.experiments} experiments, ${facilityOffice.publications} publications (${((performance.now() - officeStarted) / 1000).toFixed(1)} s)`,
    );

    // The compute pool: clusters of the compute providers, projects with allocations, two months
    // of metered jobs charged through the ledger (its own random source).
    const computeStarted = performance.now();
    const compute = await seedComputeDemo({ db: txDatabase(deps.db, tx), now: deps.now, jobs: deps.jobs }, ctx, {
      random: createRandom(COMPUTE_SEED),
      now,
      organizations: plan.organizations,
      people: plan.people,
      memberships: plan.memberships,
    });
    progress(
      `seed: compute ${compute.clusters} clusters (${compute.gpus} GPUs), ${compute.projects} projects, ${compute.allocations} allocations, ${compute.jobs} metered jobs ` +
        `(${((performance.now() - computeStarted) / 1000).toFixed(1)} s)`,
    );

    const counts = {
      organizations: plan.organizations.length,
      people: people.length,
      memberships: plan.memberships.length,
      teams: plan.teams.length,
      teamMembers: plan.teamMembers.length,
      ...f,
    };
    await record(tx, ctx, { action: 'seed.demo', objectType: 'seed', after: { scale: opts.scale, counts } }, now);
    return { seeded: true, counts, ledger, facilityOffice, compute } as const;
  });
  if (!outcome.seeded) return outcome;
  await analyzeAfterSeed(db);
  const ms = Math.round(performance.now() - started);
  progress(`seed: done in ${(ms / 1000).toFixed(1)} s`);
  return { seeded: true, report: { scale: opts.scale, ms, counts: outcome.counts, ledger: outcome.ledger, facilityOffice: outcome.facilityOffice, compute: outcome.compute, accounts: plan.roleAccounts, password: DEMO_PASSWORD } };
}

/** The sign-in table printed after seeding: one account per role and the shared password. */
export function formatSignIns(report: SeedReport): string {
  const width = Math.max(...report.accounts.map((a) => a.role.length));
  const emailWidth = Math.max(...report.accounts.map((a) => a.email.length));
  const lines = report.accounts.map((a) => `  ${a.role.padEnd(width)}  ${a.email.padEnd(emailWidth)}  ${a.name}${a.orgName ? ` · ${a.orgName}` : ''}`);
  return [`Demo sign-ins (password for all: ${report.password})`, ...lines].join('\n');
}

/** Seeds the demo center when the database has no people yet; returns what to print, or ''. */
export async function seedDemoIfEmpty(deps: Deps, progress: (line: string) => void): Promise<string> {
  const outcome = await seedDemo(deps, { scale: 'demo', when: 'empty', progress });
  return outcome.seeded ? formatSignIns(outcome.report) : '';
}
