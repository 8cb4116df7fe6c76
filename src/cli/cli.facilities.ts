// `pujiang facilities …` and `pujiang calls …`: the user office's scripted work on the configured
// database through the desks' index: list cycles, solve (and publish) a cycle's schedule with
// HiGHS, export a facility's statistics, list calls with their deadlines. Reads need nobody;
// schedules are made as the person named by --as (the facility's user office or a platform
// operator), audited as that person.
import { writeFileSync } from 'node:fs';
import { systemCtx, type RequestCtx } from '../server/http/context.ts';
import { AppError } from '../server/http/errors.ts';
import type { Runtime } from '../server/runtime.ts';
import { listCalls, type CallView } from '../server/modules/calls/index.ts';
import {
  exportStatistics,
  facilityStatistics,
  getCycle,
  getSchedule,
  listCycles,
  listFacilities,
  publishSchedule,
  solveCycle,
  type CycleStatistics,
  type CycleView,
  type FacilitySummaryView,
  type ScheduleView,
} from '../server/modules/facilities/index.ts';
import { isId } from '../shared/ids.ts';
import { emailSchema, findPerson, out, parse, printJson, progress, withRuntime, type Output } from './cli.commands.ts';
import { CliError, EXIT } from './cli.exit.ts';

export { MAX_SOLVE_SECONDS } from '../server/modules/facilities/index.ts';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

// ── formatting ────────────────────────────────────────────────────────────────────────────

const wallClock = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

/** The day of an instant in a zone, YYYY-MM-DD. */
export const zoneDate = (iso: string, timeZone: string) => wallClock(iso, timeZone).slice(0, 10);

/** The days a cycle covers in its zone, first to last (its end is exclusive). */
export function cycleDays(c: Pick<CycleView, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  return `${zoneDate(c.startsAt, c.timeZone)} to ${zoneDate(new Date(Date.parse(c.endsAt) - 1).toISOString(), c.timeZone)}`;
}

/** How far an instant is from now, for people: "in 3 d 4 h", "2 h ago". */
export function relative(at: number, now: number): string {
  const ms = Math.abs(at - now);
  const d = Math.floor(ms / DAY);
  const h = Math.floor((ms % DAY) / HOUR);
  const m = Math.floor((ms % HOUR) / 60_000);
  const span = d > 0 ? `${d} d${h ? ` ${h} h` : ''}` : h > 0 ? `${h} h${m ? ` ${m} min` : ''}` : `${m} min`;
  return at >= now ? `in ${span}` : `${span} ago`;
}

const fixed = (v: number | null, digits = 1) => (v === null ? '—' : v.toFixed(digits));
const count = (n: number) => n.toLocaleString('en-US');

// ── lookups ───────────────────────────────────────────────────────────────────────────────

/** Every facility of the catalog. */
async function allFacilities(rt: Runtime): Promise<FacilitySummaryView[]> {
  const all: FacilitySummaryView[] = [];
  let cursor: string | undefined;
  do {
    const page = await listFacilities(rt.deps, cursor, 100);
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/** A facility by code (SSRF, any case) or id (`fac_…`), or exit 3. */
async function findFacility(rt: Runtime, ref: string): Promise<FacilitySummaryView> {
  const all = await allFacilities(rt);
  const hit = all.find((f) => f.id === ref || f.code.toLowerCase() === ref.toLowerCase());
  if (!hit) throw new CliError(EXIT.notFound, 'not_found', `no facility with the code or id ${ref} (codes: ${all.map((f) => f.code).join(', ')})`);
  return hit;
}

/** A cycle by id (`cyc_…`) or code, at one facility or any; a code found at several facilities is a usage error. */
async function findCycle(rt: Runtime, ref: string, facility?: FacilitySummaryView): Promise<{ cycle: CycleView; facility: FacilitySummaryView }> {
  const facilities = facility ? [facility] : await allFacilities(rt);
  if (isId('cycle', ref)) {
    const c = await getCycle(rt.deps, systemCtx('cli'), ref).catch((err: unknown) => {
      if (err instanceof AppError && err.code === 'not_found') return null;
      throw err;
    });
    const f = c && facilities.find((x) => x.id === c.facilityId);
    if (!c || !f) throw new CliError(EXIT.notFound, 'not_found', `no cycle ${ref}${facility ? ` at ${facility.code}` : ''}`);
    return { cycle: c, facility: f };
  }
  const hits: { cycle: CycleView; facility: FacilitySummaryView }[] = [];
  for (const f of facilities) {
    for (const c of (await listCycles(rt.deps, f.id)).items) if (c.code.toLowerCase() === ref.toLowerCase()) hits.push({ cycle: c, facility: f });
  }
  if (hits.length > 1) throw new CliError(EXIT.usage, 'usage', `--cycle: ${ref} is a cycle of ${hits.map((h) => h.facility.code).join(', ')}; name the facility with --facility, or give the cycle's id`);
  if (!hits[0]) throw new CliError(EXIT.notFound, 'not_found', `no cycle with the code or id ${ref}${facility ? ` at ${facility.code}` : ''} (pujiang facilities cycles lists them)`);
  return hits[0];
}

/** A request context acting as the person with this e-mail (exit 3 unknown, 1 disabled); the services check their role. */
async function personCtx(rt: Runtime, email: string): Promise<RequestCtx> {
  const p = await findPerson(rt, email);
  if (p.disabled) throw new CliError(EXIT.failed, 'account_disabled', `${p.email} is disabled`);
  return { ...systemCtx('cli'), actor: { kind: 'person', personId: p.id, email: p.email, name: p.name, platformRole: p.platformRole, via: 'session', scopes: 'all' } };
}

// ── cycles ────────────────────────────────────────────────────────────────────────────────

/** `pujiang facilities cycles`: the cycles of one facility or of all, latest first. */
export async function facilitiesCyclesCommand(o: Output & { facility?: string }): Promise<number> {
  return withRuntime(async (rt) => {
    const facilities = o.facility ? [await findFacility(rt, o.facility)] : await allFacilities(rt);
    const rows: { facility: FacilitySummaryView; cycle: CycleView }[] = [];
    for (const f of facilities) for (const c of (await listCycles(rt.deps, f.id)).items) rows.push({ facility: f, cycle: c });
    if (o.json) {
      printJson(rows.map((r) => ({ ...r.cycle, facilityCode: r.facility.code })));
      return EXIT.ok;
    }
    if (!rows.length) {
      out(o.facility ? `no cycles at ${facilities[0]!.code}` : 'no cycles');
      return EXIT.ok;
    }
    const wf = Math.max(...rows.map((r) => r.facility.code.length));
    const wc = Math.max(...rows.map((r) => r.cycle.code.length));
    const ws = Math.max(...rows.map((r) => r.cycle.status.length));
    for (const { facility: f, cycle: c } of rows) {
      out(
        `${f.code.padEnd(wf)}  ${c.code.padEnd(wc)}  ${c.status.padEnd(ws)}  ${cycleDays(c)} (${c.timeZone})  ` +
          `${c.shiftCount} shifts of ${c.shiftHours} h, awards in multiples of ${c.awardMultiple}  ${c.name} · ${c.nameEn}  ${c.id}`,
      );
    }
    return EXIT.ok;
  });
}

// ── schedule ──────────────────────────────────────────────────────────────────────────────

interface Violation {
  rule: string;
  experimentId?: string;
  detail: string;
}

/** What a script needs of a schedule: its figures, blocks and unplaced awards (not the calendar). */
function scheduleSummary(s: ScheduleView, facilityCode: string) {
  const code = new Map(s.stations.map((x) => [x.id, x.code]));
  return {
    id: s.id,
    facility: facilityCode,
    cycle: { id: s.cycleId, code: s.cycle.code },
    version: s.version,
    status: s.status,
    policy: s.policy,
    objective: s.objective,
    lpBound: s.lpBound,
    gapPct: s.gapPct,
    greedyObjective: s.greedyObjective,
    solveSeconds: s.solveSeconds,
    placed: s.blocks.length,
    placedShifts: s.blocks.reduce((n, b) => n + b.shifts, 0),
    unplaced: s.unplaced.length,
    publishedAt: s.publishedAt,
    blocks: s.blocks.map((b) => ({ id: b.id, awardId: b.awardId, applicationId: b.applicationId, number: b.number, station: code.get(b.stationId) ?? b.stationId, startsAt: b.startsAt, endsAt: b.endsAt, shifts: b.shifts, pinned: b.pinned })),
    unplacedAwards: s.unplaced.map((u) => ({ awardId: u.awardId, applicationId: u.applicationId, number: u.number, station: code.get(u.stationId) ?? u.stationId, shifts: u.shifts, grade: u.grade, rank: u.rank, title: u.title })),
  };
}

/** Unplaced awards listed in text; --json lists all. */
const UNPLACED_SHOWN = 20;

/** The lines of a solved schedule: version, figures, placed and unplaced awards. */
export function scheduleLines(s: ScheduleView, facilityCode: string): string[] {
  const sum = scheduleSummary(s, facilityCode);
  const vsGreedy = s.objective !== null && s.greedyObjective ? ` (${s.objective >= s.greedyObjective ? '+' : ''}${((100 * (s.objective - s.greedyObjective)) / s.greedyObjective).toFixed(1)}% over greedy)` : '';
  const lines = [
    `schedule v${s.version} (${s.status}) of ${facilityCode} ${s.cycle.code}, policy ${s.policy}: ${s.id}`,
    `objective ${fixed(s.objective)}, LP bound ${fixed(s.lpBound)}, gap ${s.gapPct === null ? '—' : `${s.gapPct.toFixed(2)}%`}, greedy objective ${fixed(s.greedyObjective)}${vsGreedy}, ${fixed(s.solveSeconds)} s`,
    `placed ${sum.placed} awards (${count(sum.placedShifts)} shifts), unplaced ${sum.unplaced}`,
  ];
  for (const u of sum.unplacedAwards.slice(0, UNPLACED_SHOWN)) lines.push(`  unplaced: ${u.number ?? u.applicationId}  ${u.station}  ${u.shifts} shifts  grade ${fixed(u.grade, 2)}  rank ${u.rank ?? '—'}  ${u.title}`);
  if (sum.unplaced > UNPLACED_SHOWN) lines.push(`  … and ${sum.unplaced - UNPLACED_SHOWN} more unplaced (--json lists every one)`);
  return lines;
}

/** Violations of a refused schedule, one line each, with the proposal number when known. */
function violationLines(violations: Violation[], s: ScheduleView | null): string[] {
  const numbers = new Map<string, string>();
  for (const b of s?.blocks ?? []) if (b.number) numbers.set(b.awardId, b.number);
  for (const u of s?.unplaced ?? []) if (u.number) numbers.set(u.awardId, u.number);
  return violations.map((v) => `violation: ${v.rule}${v.experimentId ? ` (${numbers.get(v.experimentId) ?? v.experimentId})` : ''}: ${v.detail}`);
}

/**
 * Publishes a draft; on a refusal with violations (schedule_invalid) lists them (text) and fails
 * with exit 1, the violations in the error's details (--json).
 */
async function publishOrExplain(rt: Runtime, ctx: RequestCtx, draft: ScheduleView, o: Output): Promise<ScheduleView> {
  try {
    return await publishSchedule(rt.deps, ctx, draft.id);
  } catch (err) {
    if (err instanceof AppError && Array.isArray(err.details?.violations)) {
      const violations = err.details.violations as Violation[];
      if (!o.json) for (const line of violationLines(violations, draft)) out(line);
      throw new CliError(EXIT.failed, err.code, `publishing schedule v${draft.version} refused: ${err.message} (${violations.length} violation${violations.length === 1 ? '' : 's'})`, { scheduleId: draft.id, violations });
    }
    throw err;
  }
}

/** The line saying a schedule is published, and which version it supersedes. */
function publishedLine(s: ScheduleView, before: ScheduleView, facilityCode: string): string {
  const previous = before.versions.find((v) => v.status === 'published' && v.id !== s.id);
  return `published schedule v${s.version} of ${facilityCode} ${s.cycle.code}: ${s.blocks.length} blocks${previous ? `, superseding v${previous.version}` : ''}; experiments scheduled for the placed awards`;
}

/**
 * `pujiang facilities schedule`: solves a cycle's awards into a new draft schedule (greedy, then
 * HiGHS within the time limit), prints the figures, and publishes it with --publish.
 */
export async function facilitiesScheduleCommand(o: Output & { cycle: string; facility?: string; policy: 'score' | 'rank'; timeLimit: number; publish?: boolean; as: string }): Promise<number> {
  const email = parse(emailSchema, o.as, '--as');
  return withRuntime(async (rt) => {
    const ctx = await personCtx(rt, email);
    const { cycle, facility } = await findCycle(rt, o.cycle, o.facility ? await findFacility(rt, o.facility) : undefined);
    progress(`facilities schedule: solving ${facility.code} ${cycle.code} with HiGHS, policy ${o.policy}, time limit ${o.timeLimit} s, as ${email}`);
    const started = performance.now();
    let draft: ScheduleView;
    try {
      draft = await solveCycle(rt.deps, ctx, cycle.id, { policy: o.policy, timeLimitSeconds: o.timeLimit });
    } catch (err) {
      // pins that break the calendar: list them like a refused publication
      if (err instanceof AppError && Array.isArray(err.details?.violations)) {
        const violations = err.details.violations as Violation[];
        if (!o.json) for (const line of violationLines(violations, null)) out(line);
        throw new CliError(EXIT.failed, err.code, err.message, { violations });
      }
      throw err;
    }
    progress(`facilities schedule: solved in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (!o.json) for (const line of scheduleLines(draft, facility.code)) out(line);
    if (!o.publish) {
      if (o.json) printJson(scheduleSummary(draft, facility.code));
      else progress(`facilities schedule: v${draft.version} is a draft; publish it with --publish, or review it at /facilities/cycles/${cycle.id}/schedule`);
      return EXIT.ok;
    }
    const published = await publishOrExplain(rt, ctx, draft, o);
    if (o.json) printJson(scheduleSummary(published, facility.code));
    else out(publishedLine(published, draft, facility.code));
    return EXIT.ok;
  });
}

/** `pujiang facilities publish`: publishes a draft schedule (made here or edited on the web). */
export async function facilitiesPublishCommand(o: Output & { schedule: string; as: string }): Promise<number> {
  const email = parse(emailSchema, o.as, '--as');
  if (!isId('schedule', o.schedule)) throw new CliError(EXIT.usage, 'usage', `--schedule: "${o.schedule}" is not a schedule id (sch_…)`);
  return withRuntime(async (rt) => {
    const ctx = await personCtx(rt, email);
    const draft = await getSchedule(rt.deps, ctx, o.schedule);
    const facility = (await allFacilities(rt)).find((f) => f.id === draft.facilityId);
    const code = facility?.code ?? draft.facilityId;
    progress(`facilities publish: schedule v${draft.version} (${draft.status}) of ${code} ${draft.cycle.code} as ${email}`);
    const published = await publishOrExplain(rt, ctx, draft, o);
    if (o.json) printJson(scheduleSummary(published, code));
    else out(publishedLine(published, draft, code));
    return EXIT.ok;
  });
}

// ── statistics ────────────────────────────────────────────────────────────────────────────

type Figures = CycleStatistics['totals'];

function figuresLine(f: Figures): string {
  return (
    `available ${count(f.availableShifts)}, requested ${count(f.requestedShifts)}, awarded ${count(f.awardedShifts)} shifts; ` +
    `oversubscription ${fixed(f.oversubscription, 2)}, cutoff grade ${fixed(f.cutoffGrade, 2)}; ` +
    `proposals ${f.proposalsSubmitted} submitted, ${f.proposalsAwarded} awarded; users ${f.users}; experiments done ${f.experimentsDone}; publications ${f.publications}`
  );
}

/** `pujiang facilities stats`: a facility's statistics, printed or exported as CSV or XLSX. */
export async function facilitiesStatsCommand(o: Output & { facility: string; cycle?: string; format?: 'csv' | 'xlsx'; out?: string }): Promise<number> {
  let format = o.format;
  if (!format && o.out) {
    const ext = /\.(csv|xlsx)$/i.exec(o.out)?.[1]?.toLowerCase() as 'csv' | 'xlsx' | undefined;
    if (!ext) throw new CliError(EXIT.usage, 'usage', '--out: give --format csv|xlsx, or a file ending in .csv or .xlsx');
    format = ext;
  }
  if (format === 'xlsx' && !o.out) throw new CliError(EXIT.usage, 'usage', '--format xlsx: give the file to write with --out');
  if (format && o.json) throw new CliError(EXIT.usage, 'usage', '--json prints the statistics themselves: leave out --format');
  return withRuntime(async (rt) => {
    const facility = await findFacility(rt, o.facility);
    const cycleId = o.cycle ? (await findCycle(rt, o.cycle, facility)).cycle.id : undefined;
    if (format) {
      const file = await exportStatistics(rt.deps, facility.id, cycleId, format);
      if (o.out) {
        writeFileSync(o.out, file.body);
        out(`wrote ${o.out} (${file.filename}, ${count(file.body.byteLength)} bytes)`);
      } else process.stdout.write(file.body);
      return EXIT.ok;
    }
    const s = await facilityStatistics(rt.deps, facility.id, cycleId);
    if (o.json) {
      printJson(s);
      return EXIT.ok;
    }
    if (!s.cycles.length) out(`no cycles at ${s.code}`);
    for (const c of s.cycles) {
      out(`${s.code} ${c.code} (${c.status}): ${figuresLine(c.totals)}`);
      const users = c.totals.usersByOrgKind.map((u) => `${u.kind} ${u.users}`).join(', ');
      if (users) out(`  users by organization kind: ${users}`);
      const w = Math.max(0, ...c.stations.map((st) => st.code.length));
      for (const st of c.stations) if (st.requestedShifts || st.awardedShifts || st.experimentsDone) out(`  ${st.code.padEnd(w)}  ${figuresLine(st)}`);
    }
    return EXIT.ok;
  });
}

// ── calls ─────────────────────────────────────────────────────────────────────────────────

/** `pujiang calls list`: calls (not drafts), open ones first, with their deadlines in their zones. */
export async function callsListCommand(o: Output & { desk?: string; open?: boolean }): Promise<number> {
  return withRuntime(async (rt) => {
    const ctx = systemCtx('cli');
    const all: CallView[] = [];
    let cursor: string | undefined;
    do {
      const page = await listCalls(rt.deps, ctx, { ...(o.desk ? { desk: o.desk } : {}), ...(o.open ? { status: 'open' as const } : {}), ...(cursor ? { cursor } : {}), limit: 200 });
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    // --open: taking applications now (open, opened, before its deadline)
    const calls = o.open ? all.filter((c) => c.accepting) : all;
    if (o.json) {
      printJson(calls);
      return EXIT.ok;
    }
    if (!calls.length) {
      out(`no ${o.open ? 'open ' : ''}calls${o.desk ? ` of the desk ${o.desk}` : ''}`);
      return EXIT.ok;
    }
    const now = rt.deps.now().getTime();
    const wc = Math.max(...calls.map((c) => c.code.length));
    const wd = Math.max(...calls.map((c) => c.desk.length));
    for (const c of calls) {
      const state = c.accepting ? 'accepting' : c.status === 'open' && Date.parse(c.opensAt) > now ? `opens ${wallClock(c.opensAt, c.timeZone)}` : c.status;
      const deadline = c.closesAt ? `deadline ${c.closesAtLocal} ${c.timeZone} (${relative(Date.parse(c.closesAt), now)})` : 'continuous (no deadline)';
      out(`${c.code.padEnd(wc)}  ${c.desk.padEnd(wd)}  ${state.padEnd(9)}  ${deadline}  ${c.title} · ${c.titleEn}  ${c.id}`);
    }
    return EXIT.ok;
  });
}
