// The facilities catalog (read side) and the center summary.
import type { Desk } from '../../../shared/enums.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../http/errors.ts';
import { decodeCursor, toPage, type Page } from '../../http/paging.ts';
import { centerCounts, type CenterCounts } from '../identity/index.ts';
import type { FacilityKind, FacilityStatus } from './facilities.catalog.ts';
import * as repo from './facilities.repo.ts';

type D = Pick<Deps, 'db'>;

/** The center Pujiang models (CENTER.md). */
export const CENTER_NAME = { name: '上海国际科技创新中心', nameEn: 'Shanghai International Science and Technology Innovation Center' } as const;

/**
 * The desks that are built, in display order; the home page lists only these. A desk adds
 * itself here when its first screen ships.
 */
export const BUILT_DESKS: readonly Desk[] = ['identity', 'calls', 'ledger', 'facilities', 'compute'];

export interface FacilitySummaryView {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  kind: FacilityKind;
  status: FacilityStatus;
  description: string | null;
  descriptionEn: string | null;
  figures: Record<string, number>;
  instrumentCount: number;
  stationCount: number;
}

export interface StationView {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  techniques: string[];
  shiftHours: number;
}

export interface InstrumentView {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  stations: StationView[];
}

export interface FacilityDetailView extends FacilitySummaryView {
  operatorOrgId: string | null;
  instruments: InstrumentView[];
}

function summaryView(f: repo.FacilityWithCounts): FacilitySummaryView {
  return {
    id: f.id,
    code: f.code,
    name: f.name,
    nameEn: f.nameEn,
    kind: f.kind,
    status: f.status,
    description: f.description,
    descriptionEn: f.descriptionEn,
    figures: f.figures,
    instrumentCount: f.instrumentCount,
    stationCount: f.stationCount,
  };
}

/** A page of facilities in the order they were added. */
export async function listFacilities(deps: D, cursor: string | undefined, limit: number): Promise<Page<FacilitySummaryView>> {
  const c = decodeCursor(cursor, 1);
  const [rows, total] = await Promise.all([
    repo.listFacilities(deps.db.db, c ? String(c[0]) : undefined, limit),
    repo.countFacilities(deps.db.db),
  ]);
  return toPage(rows, limit, (r) => [r.id], summaryView, total);
}

/** One facility with its instruments and their stations, or not_found. */
export async function facilityDetail(deps: D, facilityId: string): Promise<FacilityDetailView> {
  const db = deps.db.db;
  const f = await repo.findFacility(db, facilityId);
  if (!f) throw new AppError('not_found', 'no such facility');
  const [instruments, stations] = await Promise.all([repo.instrumentsOf(db, f.id), repo.stationsOf(db, f.id)]);
  const byInstrument = new Map<string, StationView[]>();
  for (const s of stations) {
    const list = byInstrument.get(s.instrumentId) ?? [];
    list.push({ id: s.id, code: s.code, name: s.name, nameEn: s.nameEn, techniques: s.techniques, shiftHours: s.shiftHours });
    byInstrument.set(s.instrumentId, list);
  }
  return {
    ...summaryView(f),
    operatorOrgId: f.operatorOrgId,
    instruments: instruments.map((i) => ({ id: i.id, code: i.code, name: i.name, nameEn: i.nameEn, stations: byInstrument.get(i.id) ?? [] })),
  };
}

export interface CenterView extends CenterCounts {
  name: string;
  nameEn: string;
  facilities: FacilitySummaryView[];
  desks: { id: Desk; built: true }[];
}

// The city counts about 20 large facilities; the summary lists them all on one page.
const CENTER_FACILITIES_MAX = 200;

/** How long the center summary may be stale. */
export const CENTER_TTL_MS = 5_000;

/**
 * The center summary, recomputed at most every `ttlMs`: it is the public home page, and counting
 * 50,000 people on every visit would make it the slowest route for figures that move slowly.
 */
export function cachedCenterSummary(deps: Pick<Deps, 'db' | 'now'>, ttlMs = CENTER_TTL_MS): () => Promise<CenterView> {
  let cached: { at: number; value: Promise<CenterView> } | undefined;
  return () => {
    const now = deps.now().getTime();
    if (!cached || now - cached.at >= ttlMs) {
      const value = centerSummary(deps);
      cached = { at: now, value };
      // a failed computation is not kept
      value.catch(() => {
        if (cached?.value === value) cached = undefined;
      });
    }
    return cached.value;
  };
}

/** The center at a glance: facilities, organizations by kind, people, teams and built desks. */
export async function centerSummary(deps: D): Promise<CenterView> {
  const [rows, counts] = await Promise.all([repo.listFacilities(deps.db.db, undefined, CENTER_FACILITIES_MAX), centerCounts(deps.db.db)]);
  return {
    ...CENTER_NAME,
    facilities: rows.slice(0, CENTER_FACILITIES_MAX).map(summaryView),
    ...counts,
    desks: BUILT_DESKS.map((id) => ({ id, built: true as const })),
  };
}
