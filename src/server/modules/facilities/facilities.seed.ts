// Seeds the catalog (facilities.catalog.ts) inside the demo seed's transaction.
import { newId } from '../../../shared/ids.ts';
import type { Db } from '../../db/client.ts';
import type { RequestCtx } from '../../http/context.ts';
import { record } from '../audit/index.ts';
import { CATALOG } from './facilities.catalog.ts';
import * as repo from './facilities.repo.ts';

export interface FacilitiesSeeded {
  facilities: number;
  instruments: number;
  stations: number;
}

/**
 * Inserts every facility of the catalog with its instruments and stations, operated by the
 * organization given for its code (or none), and records one audit entry with the counts.
 */
export async function seedFacilities(tx: Db, ctx: RequestCtx, operatorOrgIds: Readonly<Record<string, string>>, now: Date): Promise<FacilitiesSeeded> {
  const counts = { facilities: 0, instruments: 0, stations: 0 };
  const perFacility: Record<string, { instruments: number; stations: number }> = {};
  for (const f of CATALOG) {
    const facilityId = newId('facility');
    await repo.insertFacility(tx, {
      id: facilityId,
      code: f.code,
      name: f.name,
      nameEn: f.nameEn,
      kind: f.kind,
      status: f.status,
      operatorOrgId: operatorOrgIds[f.code] ?? null,
      description: f.description,
      descriptionEn: f.descriptionEn,
      figures: f.figures,
      createdAt: now,
    });
    const instrumentRows: Parameters<typeof repo.insertInstruments>[1] = [];
    const stationRows: Parameters<typeof repo.insertStations>[1] = [];
    for (const i of f.instruments) {
      const instrumentId = newId('instrument');
      instrumentRows.push({ id: instrumentId, facilityId, code: i.code, name: i.name, nameEn: i.nameEn, createdAt: now });
      for (const s of i.stations) {
        stationRows.push({ id: newId('station'), instrumentId, facilityId, code: s.code, name: s.name, nameEn: s.nameEn, techniques: s.techniques, createdAt: now });
      }
    }
    await repo.insertInstruments(tx, instrumentRows);
    await repo.insertStations(tx, stationRows);
    counts.facilities++;
    counts.instruments += instrumentRows.length;
    counts.stations += stationRows.length;
    perFacility[f.code] = { instruments: instrumentRows.length, stations: stationRows.length };
  }
  await record(tx, ctx, { action: 'seed.facilities', objectType: 'facility', after: { ...counts, perFacility } }, now);
  return counts;
}
