// A desk's own part of an application, shown inside the calls screens: the application page
// (editable while a draft) and the reviewer's page (read-only). Each desk that runs calls adds
// its component here; loaded on demand.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface DeskPartProps {
  applicationId: string;
  /** True on the applicant's draft: the part is a form; otherwise a read-only summary. */
  editable: boolean;
  /** Who is looking: the applicant side, a reviewer, or staff (decides what extra to show). */
  viewer: 'applicant' | 'reviewer' | 'staff';
}

export const DESK_PARTS: Record<string, LazyExoticComponent<ComponentType<DeskPartProps>>> = {
  facilities: lazy(() => import('../facilities/office/ProposalPart.tsx')),
};
