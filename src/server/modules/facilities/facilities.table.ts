import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { organizations } from '../identity/identity.table.ts';

const ts = () => timestamp({ withTimezone: true, precision: 3 });

/** A large research facility (a synchrotron, an XFEL, an imaging platform, …). */
export const facilities = pgTable(
  'facilities',
  {
    id: text().primaryKey(),
    code: text().notNull(),
    name: text().notNull(),
    nameEn: text().notNull(),
    kind: text().notNull().$type<'synchrotron' | 'xfel' | 'imaging' | 'protein_science' | 'proton_therapy' | 'other'>(),
    status: text().notNull().$type<'operating' | 'under_construction' | 'planned'>(),
    operatorOrgId: text().references(() => organizations.id),
    description: text(),
    descriptionEn: text(),
    // Published figures, e.g. { usersServed: 47000, institutes: 800 } (CENTER.md)
    figures: jsonb().$type<Record<string, number>>().notNull().default({}),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('facilities_code_uq').on(t.code)],
);

/** An instrument of a facility: for a synchrotron, a beamline. */
export const instruments = pgTable(
  'instruments',
  {
    id: text().primaryKey(),
    facilityId: text()
      .notNull()
      .references(() => facilities.id),
    code: text().notNull(),
    name: text().notNull(),
    nameEn: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('instruments_code_uq').on(t.facilityId, t.code)],
);

/** An experimental station at the end of an instrument; beamtime is scheduled per station. */
export const stations = pgTable(
  'stations',
  {
    id: text().primaryKey(),
    instrumentId: text()
      .notNull()
      .references(() => instruments.id),
    facilityId: text()
      .notNull()
      .references(() => facilities.id),
    code: text().notNull(),
    name: text().notNull(),
    nameEn: text().notNull(),
    techniques: text().array().notNull().default([]),
    shiftHours: integer().notNull().default(8),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('stations_code_uq').on(t.facilityId, t.code), index('stations_instrument_idx').on(t.instrumentId)],
);
