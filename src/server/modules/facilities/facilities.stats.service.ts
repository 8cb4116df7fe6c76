// A facility's statistics, public aggregates without personal data: per cycle and station the
// shifts requested, available and awarded, the oversubscription, the cutoff grade, proposals
// submitted and awarded, users by the kind of their organization, experiments done and
// publications; totals per cycle. Exported as CSV (UTF-8 with a byte order mark, RFC 4180,
// formula-safe text) or XLSX, the same way as the ledger's reports (ledger.reports.service.ts,
// whose helpers the ledger desk does not export).
import { ORG_KINDS } from '../../../shared/enums.ts';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../http/errors.ts';
import { CSV_TYPE, XLSX_TYPE, renderTables, type Column, type ExportFile, type ExportFormat, type Table, type Value } from '../../http/export.ts';
import * as frepo from './facilities.repo.ts';
import { totalShifts, userShifts } from './facilities.calendar.ts';
import * as repo from './facilities.stats.repo.ts';

type D = Pick<Deps, 'db'>;

export interface OrgKindUsers {
  kind: string;
  users: number;
}

export interface StatFigures {
  availableShifts: number;
  requestedShifts: number;
  awardedShifts: number;
  oversubscription: number | null;
  cutoffGrade: number | null;
  proposalsSubmitted: number;
  proposalsAwarded: number;
  users: number;
  usersByOrgKind: OrgKindUsers[];
  experimentsDone: number;
  publications: number;
}

export interface StationStatistics extends StatFigures {
  stationId: string;
  code: string;
  name: string;
  nameEn: string;
}

export interface CycleStatistics {
  cycleId: string;
  code: string;
  name: string;
  nameEn: string;
  status: string;
  startsAt: string;
  endsAt: string;
  stations: StationStatistics[];
  totals: StatFigures;
}

export interface FacilityStatistics {
  facilityId: string;
  code: string;
  name: string;
  nameEn: string;
  cycles: CycleStatistics[];
}

const KIND_ORDER = [...ORG_KINDS, 'unknown'] as string[];

/** Ratio rounded to two decimals; null when the denominator is 0. */
function ratio(a: number, b: number): number | null {
  return b > 0 ? Math.round((a / b) * 100) / 100 : null;
}

/** Reads the figures of one kind into a lookup by cycle and station ('' = the cycle's total). */
function lookup(list: repo.Figure[]): (cycleId: string, stationId: string | null) => number | null {
  const m = new Map(list.map((f) => [`${f.cycleId}|${f.stationId ?? ''}`, f.value]));
  return (c, s) => m.get(`${c}|${s ?? ''}`) ?? null;
}

function byKind(people: Map<string, string>): OrgKindUsers[] {
  const counts = new Map<string, number>();
  for (const kind of people.values()) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts]
    .map(([kind, users]) => ({ kind, users }))
    .sort((a, b) => (KIND_ORDER.indexOf(a.kind) >>> 0) - (KIND_ORDER.indexOf(b.kind) >>> 0) || (a.kind < b.kind ? -1 : 1));
}

/**
 * The statistics of a facility's cycles (one when `cycleId` is given), read in one snapshot so that
 * the figures agree with each other. Not found for an unknown facility or a cycle of another one.
 */
export async function facilityStatistics(deps: D, facilityId: string, cycleId?: string): Promise<FacilityStatistics> {
  return deps.db.db.transaction((db) => compute(db, facilityId, cycleId), { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

async function compute(db: Db, facilityId: string, cycleId: string | undefined): Promise<FacilityStatistics> {
  const f = await frepo.findFacility(db, facilityId);
  if (!f) throw new AppError('not_found', 'no such facility');
  const cycles = await repo.cyclesOf(db, facilityId, cycleId);
  if (cycleId && cycles.length === 0) throw new AppError('not_found', 'no such cycle at this facility');
  const ids = cycles.map((c) => c.id);
  // one after another: a transaction is one connection
  const stations = await repo.stationsOf(db, facilityId);
  const periods = await repo.periodsOf(db, ids);
  const req = await repo.requested(db, ids);
  const awd = await repo.awarded(db, ids);
  const done = await repo.experimentsDone(db, ids);
  const pubs = await repo.publications(db, ids);
  const people = await repo.users(db, ids);
  const reqShifts = lookup(req.shifts);
  const reqProps = lookup(req.proposals);
  const awdShifts = lookup(awd.shifts);
  const awdProps = lookup(awd.proposals);
  const cutoff = lookup(awd.cutoff);
  const doneOf = lookup(done);
  const pubsOf = lookup(pubs);
  // each person once per cycle (the first kind seen: PI rows come first) and once per station
  const kindInCycle = new Map<string, string>();
  for (const u of people) {
    const k = `${u.cycleId}|${u.personId}`;
    if (!kindInCycle.has(k)) kindInCycle.set(k, u.kind);
  }
  const peopleAt = new Map<string, Map<string, string>>();
  for (const u of people) {
    for (const key of [`${u.cycleId}|${u.stationId}`, `${u.cycleId}|`]) {
      let m = peopleAt.get(key);
      if (!m) peopleAt.set(key, (m = new Map()));
      m.set(u.personId, kindInCycle.get(`${u.cycleId}|${u.personId}`)!);
    }
  }

  return {
    facilityId,
    code: f.code,
    name: f.name,
    nameEn: f.nameEn,
    cycles: cycles.map((c) => {
      const clock = { startsAt: c.startsAt, endsAt: c.endsAt, shiftHours: c.shiftHours, timeZone: c.timeZone };
      const mine = periods.filter((p) => p.cycleId === c.id);
      const figures = (stationId: string | null, available: number): StatFigures => {
        const requestedShifts = reqShifts(c.id, stationId) ?? 0;
        const who = peopleAt.get(`${c.id}|${stationId ?? ''}`) ?? new Map<string, string>();
        return {
          availableShifts: available,
          requestedShifts,
          awardedShifts: awdShifts(c.id, stationId) ?? 0,
          oversubscription: ratio(requestedShifts, available),
          cutoffGrade: cutoff(c.id, stationId),
          proposalsSubmitted: reqProps(c.id, stationId) ?? 0,
          proposalsAwarded: awdProps(c.id, stationId) ?? 0,
          users: who.size,
          usersByOrgKind: byKind(who),
          experimentsDone: doneOf(c.id, stationId) ?? 0,
          publications: pubsOf(c.id, stationId) ?? 0,
        };
      };
      const rows = stations.map((s) => ({ stationId: s.id, code: s.code, name: s.name, nameEn: s.nameEn, ...figures(s.id, totalShifts(userShifts(clock, mine, s.id))) }));
      return {
        cycleId: c.id,
        code: c.code,
        name: c.name,
        nameEn: c.nameEn,
        status: c.status,
        startsAt: c.startsAt.toISOString(),
        endsAt: c.endsAt.toISOString(),
        stations: rows,
        totals: figures(
          null,
          rows.reduce((n, r) => n + r.availableShifts, 0),
        ),
      };
    }),
  };
}

// ── files ─────────────────────────────────────────────────────────────────────────────────

export { CSV_TYPE, XLSX_TYPE, csvField, type ExportFile, type ExportFormat } from '../../http/export.ts';

const FIGURE_COLUMNS: Column[] = [
  { header: '可用机时 / Available shifts', kind: 'int' },
  { header: '申请机时 / Requested shifts', kind: 'int' },
  { header: '分配机时 / Awarded shifts', kind: 'int' },
  { header: '超额申请倍数 / Oversubscription', kind: 'dec' },
  { header: '录取分数线 / Cutoff grade', kind: 'dec' },
  { header: '提交申请 / Proposals submitted', kind: 'int' },
  { header: '获批申请 / Proposals awarded', kind: 'int' },
  { header: '用户数 / Users', kind: 'int' },
  { header: '完成实验 / Experiments done', kind: 'int' },
  { header: '论文 / Publications', kind: 'int' },
];

const figureCells = (f: StatFigures): Value[] => [
  f.availableShifts,
  f.requestedShifts,
  f.awardedShifts,
  f.oversubscription,
  f.cutoffGrade,
  f.proposalsSubmitted,
  f.proposalsAwarded,
  f.users,
  f.experimentsDone,
  f.publications,
];

/** The statistics as tables: cycles (totals), stations, users by organization kind. */
function tablesOf(s: FacilityStatistics): Table[] {
  const cycles: Table = {
    sheet: 'Cycles',
    title: '周期汇总 / Cycles',
    columns: [{ header: '周期 / Cycle', kind: 'text', width: 16 }, { header: '名称 / Name', kind: 'text', width: 28 }, ...FIGURE_COLUMNS],
    rows: s.cycles.map((c) => [c.code, c.nameEn, ...figureCells(c.totals)]),
  };
  const stations: Table = {
    sheet: 'Stations',
    title: '按实验站 / Stations',
    columns: [
      { header: '周期 / Cycle', kind: 'text', width: 16 },
      { header: '实验站 / Station', kind: 'text', width: 16 },
      { header: '名称 / Name', kind: 'text', width: 28 },
      ...FIGURE_COLUMNS,
    ],
    rows: s.cycles.flatMap((c) => c.stations.map((st) => [c.code, st.code, st.nameEn, ...figureCells(st)])),
  };
  const users: Table = {
    sheet: 'Users',
    title: '用户单位类型 / Users by organization kind',
    columns: [
      { header: '周期 / Cycle', kind: 'text', width: 16 },
      { header: '实验站 / Station', kind: 'text', width: 16 },
      { header: '单位类型 / Organization kind', kind: 'text', width: 24 },
      { header: '用户数 / Users', kind: 'int' },
    ],
    rows: s.cycles.flatMap((c) => [
      ...c.totals.usersByOrgKind.map((u) => [c.code, '*', u.kind, u.users] as Value[]),
      ...c.stations.flatMap((st) => st.usersByOrgKind.map((u) => [c.code, st.code, u.kind, u.users] as Value[])),
    ]),
  };
  return [cycles, stations, users];
}

/** The statistics as a CSV or XLSX file. */
export async function exportStatistics(deps: D, facilityId: string, cycleId: string | undefined, format: ExportFormat): Promise<ExportFile> {
  const s = await facilityStatistics(deps, facilityId, cycleId);
  const tables = tablesOf(s);
  const body = await renderTables(tables, format);
  const scope = cycleId ? (s.cycles[0]?.code ?? cycleId) : 'all';
  const base = `statistics-${s.code}-${scope}`.replace(/[^A-Za-z0-9_.-]/g, '_');
  return { filename: `${base}.${format}`, contentType: format === 'csv' ? CSV_TYPE : XLSX_TYPE, body };
}
