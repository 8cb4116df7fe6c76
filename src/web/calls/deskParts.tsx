// A desk's own part of an application, shown inside the calls screens: the application page
// (editable while a draft) and the reviewer's page (read-only). Each desk that runs calls adds
// its component here; loaded on demand.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MessageKey } from '../i18n/index.tsx';

export interface DeskPartProps {
  applicationId: string;
  /** True on the applicant's draft: the part is a form; otherwise a read-only summary. */
  editable: boolean;
  /** Who is looking: the applicant side, a reviewer, or staff (decides what extra to show). */
  viewer: 'applicant' | 'reviewer' | 'staff';
}

export const DESK_PARTS: Record<string, LazyExoticComponent<ComponentType<DeskPartProps>>> = {
  facilities: lazy(() => import('../facilities/office/ProposalPart.tsx')),
  compute: lazy(() => import('../compute/ComputePart.tsx')),
};

/**
 * What a desk's submission check may report missing (its missingForSubmission items), in words:
 * without these the applicant would read the raw item, e.g. "facilities.part".
 */
export const DESK_MISSING: Record<string, MessageKey> = {
  'facilities.part': 'office.missing.part',
  'facilities.requests': 'office.missing.requests',
  'facilities.samples': 'office.missing.samples',
  'facilities.safety': 'office.missing.safety',
  'facilities.route': 'office.missing.route',
  'facilities.cycle': 'office.missing.cycle',
  'facilities.rapid_shifts': 'office.missing.rapid_shifts',
  'facilities.rapid_one_station': 'office.missing.rapid_one_station',
  'facilities.proprietary_org': 'office.missing.proprietary_org',
  'facilities.progress_report': 'office.missing.progress_report',
  'compute.part': 'compute.missing.part',
  'compute.project': 'compute.missing.project',
  'compute.hours': 'compute.missing.hours',
  'compute.concurrency': 'compute.missing.concurrency',
};
