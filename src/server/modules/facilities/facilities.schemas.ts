// Response shapes of the facilities desk and the center summary.
import { z } from '../../http/openapi.ts';
import { DESKS, ORG_KINDS } from '../../../shared/enums.ts';

export const FACILITY_KINDS = ['synchrotron', 'xfel', 'imaging', 'protein_science', 'proton_therapy', 'other'] as const;
export const FACILITY_STATUSES = ['operating', 'under_construction', 'planned'] as const;

export const FacilityIdParam = z.string().min(1).max(64).openapi({ param: { name: 'facilityId', in: 'path' }, example: 'fac_01J9Z3K4M5N6P7Q8R9S0T1V2W3' });

const facilityFields = {
  id: z.string(),
  code: z.string().openapi({ example: 'SSRF' }),
  name: z.string().openapi({ example: '上海同步辐射光源' }),
  nameEn: z.string().openapi({ example: 'Shanghai Synchrotron Radiation Facility' }),
  kind: z.enum(FACILITY_KINDS),
  status: z.enum(FACILITY_STATUSES),
  description: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  figures: z.record(z.string(), z.number()).openapi({ description: 'Published figures', example: { usersServed: 47000, institutes: 800 } }),
  instrumentCount: z.number().int(),
  stationCount: z.number().int(),
};

export const FacilitySummary = z.object(facilityFields).openapi('FacilitySummary');

export const Station = z
  .object({
    id: z.string(),
    code: z.string().openapi({ example: 'BL17U1' }),
    name: z.string(),
    nameEn: z.string(),
    techniques: z.array(z.string()),
    shiftHours: z.number().int().openapi({ description: 'Length of one beamtime shift in hours' }),
  })
  .openapi('Station');

export const Instrument = z
  .object({ id: z.string(), code: z.string(), name: z.string(), nameEn: z.string(), stations: z.array(Station) })
  .openapi('Instrument');

export const FacilityDetail = z
  .object({ ...facilityFields, operatorOrgId: z.string().nullable(), instruments: z.array(Instrument) })
  .openapi('FacilityDetail');

export const Center = z
  .object({
    name: z.string(),
    nameEn: z.string(),
    facilities: z.array(FacilitySummary),
    organizations: z.object({
      total: z.number().int(),
      byKind: z.object(Object.fromEntries(ORG_KINDS.map((k) => [k, z.number().int()])) as Record<(typeof ORG_KINDS)[number], z.ZodNumber>),
    }),
    people: z.number().int().openapi({ description: 'Active accounts' }),
    teams: z.number().int(),
    desks: z.array(z.object({ id: z.enum(DESKS), built: z.literal(true) })).openapi({ description: 'The desks that are built, in display order' }),
  })
  .openapi('Center');
