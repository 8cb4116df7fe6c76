// A screen an area of the web app registers (ledger, calls, facilities): its path, the element
// (loaded on demand) and who may open it.
import type { ReactNode } from 'react';

export interface AreaRoute {
  path: string;
  element: ReactNode;
  /** Who may open it: anyone (default), signed-in people, or platform operators. */
  access?: 'signed-in' | 'operator';
}
