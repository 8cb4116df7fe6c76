// Demo data (CENTER.md). Seeds an empty database and returns the lines to print.
import type { Deps } from '../deps.ts';

/** Seeds the demo center when the database has no people yet; returns what to print, or ''. */
export async function seedDemoIfEmpty(_deps: Deps, _progress: (line: string) => void): Promise<string> {
  return '';
}
