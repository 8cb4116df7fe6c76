// The panel meeting's arithmetic, pure: proposals ranked per station by panel grade, the running
// total of the shifts they need against the station's available user shifts, the cutoff (the
// last proposal that still fits) and the oversubscription. The meeting view and the awards
// (rank = position at the meeting) share it, so both always agree.

export type Verdict = 'feasible' | 'partly' | 'not_feasible';

/** One proposal's request on one station, as the meeting weighs it. */
export interface MeetingEntry {
  applicationId: string;
  /** Mean panel grade, 1 (best) … 5; null while ungraded. */
  grade: number | null;
  /** When it was submitted (ties of grade go to the earlier one). */
  submittedAt: Date | null;
  /** Shifts the proposal asks for on the station. */
  requested: number;
  /** The station scientist's verdict and shifts judged needed, once given. */
  verdict: Verdict | null;
  shiftsNeeded: number | null;
  /** Shifts already awarded by a decision (0 when rejected); a decided proposal counts exactly these. */
  decided?: number | null;
}

export interface MeetingRow<E extends MeetingEntry = MeetingEntry> {
  entry: E;
  /** 1-based position at the station. */
  rank: number;
  /** Shifts that count against the available shifts: judged needed when judged (0 if not feasible), else requested. */
  counted: number;
  /** Sum of `counted` of this and every better-ranked proposal. */
  runningTotal: number;
  /** Above the cutoff line: its running total and every earlier one fit (never when judged not feasible). */
  fits: boolean;
}

export interface StationMeeting<E extends MeetingEntry = MeetingEntry> {
  rows: MeetingRow<E>[];
  /** Shifts the station can give (user operation minus what other routes already hold). */
  available: number;
  /** Sum of requested shifts of every ranked proposal. */
  requested: number;
  /** Rank of the last proposal that fits; null when none does. */
  cutoffRank: number | null;
  /** Grade of that proposal (the station's cutoff grade). */
  cutoffGrade: number | null;
  /** requested / available, two decimals; null when nothing is available. */
  oversubscription: number | null;
}

/** Orders entries best first: grade ascending (ungraded last), then earlier submission, then id. */
export function rankEntries<E extends MeetingEntry>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => {
    const ga = a.grade ?? Number.POSITIVE_INFINITY;
    const gb = b.grade ?? Number.POSITIVE_INFINITY;
    if (ga !== gb) return ga - gb;
    const ta = a.submittedAt?.getTime() ?? Number.POSITIVE_INFINITY;
    const tb = b.submittedAt?.getTime() ?? Number.POSITIVE_INFINITY;
    if (ta !== tb) return ta - tb;
    return a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0;
  });
}

/** Shifts an entry counts against the station: a decision's award, else the scientist's judgement, else the request. */
export function countedShifts(e: MeetingEntry): number {
  if (e.decided !== undefined && e.decided !== null) return e.decided;
  if (e.verdict === 'not_feasible') return 0;
  if (e.shiftsNeeded !== null && e.verdict !== null) return e.shiftsNeeded;
  return e.requested;
}

/**
 * Ranks a station's proposals and draws the cutoff: walking in rank order, the line falls after
 * the last proposal whose running total still fits in `available` (a greedy cutoff, as user
 * offices draw it; proposals after the first that does not fit stay below the line).
 */
export function stationMeeting<E extends MeetingEntry>(available: number, entries: readonly E[]): StationMeeting<E> {
  const ranked = rankEntries(entries);
  let running = 0;
  let stillFits = true;
  let cutoffRank: number | null = null;
  let cutoffGrade: number | null = null;
  const rows = ranked.map((entry, i) => {
    const counted = countedShifts(entry);
    running += counted;
    stillFits = stillFits && running <= available;
    // a proposal judged not feasible takes nothing and is never above the line
    const fits = stillFits && entry.verdict !== 'not_feasible';
    if (fits) {
      cutoffRank = i + 1;
      cutoffGrade = entry.grade;
    }
    return { entry, rank: i + 1, counted, runningTotal: running, fits };
  });
  const requested = entries.reduce((n, e) => n + e.requested, 0);
  return {
    rows,
    available,
    requested,
    cutoffRank,
    cutoffGrade,
    oversubscription: available > 0 ? Math.round((requested / available) * 100) / 100 : null,
  };
}

/** The 1-based rank of an application among a station's entries (undefined when absent). */
export function rankOf(entries: readonly MeetingEntry[], applicationId: string): number | undefined {
  const i = rankEntries(entries).findIndex((e) => e.applicationId === applicationId);
  return i < 0 ? undefined : i + 1;
}
