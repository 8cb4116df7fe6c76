// The operating calendar of a cycle in shifts: which shifts of each station are user operation,
// and the conversions between instants, shift indices and calendar dates in the cycle's zone.
// Pure: the meeting (available shifts per station) and the scheduler (user-operation ranges,
// impossible and preferred dates as shift ranges) share it.
import type { ShiftRange } from './facilities.schedule.ts';
import type { DateRange, PeriodKind } from './facilities.types.ts';

export interface CycleClock {
  startsAt: Date;
  endsAt: Date;
  shiftHours: number;
  /** IANA zone of the cycle's calendar dates (e.g. Asia/Shanghai). */
  timeZone: string;
}

export interface Period {
  kind: PeriodKind;
  stationId: string | null;
  startsAt: Date;
  endsAt: Date;
}

const HOUR = 3600_000;

/** Number of whole shifts in the cycle. */
export function shiftCount(c: CycleClock): number {
  return Math.floor((c.endsAt.getTime() - c.startsAt.getTime()) / (c.shiftHours * HOUR));
}

/** The instant a shift index starts at. */
export function shiftStart(c: CycleClock, shift: number): Date {
  return new Date(c.startsAt.getTime() + shift * c.shiftHours * HOUR);
}

/** The shift an instant falls in (may be < 0 or ≥ shiftCount outside the cycle). */
export function shiftAt(c: CycleClock, at: Date): number {
  return Math.floor((at.getTime() - c.startsAt.getTime()) / (c.shiftHours * HOUR));
}

/** Shift ranges [from, to) covered by an interval, clipped to the cycle; partial shifts count as covered. */
function shiftsOf(c: CycleClock, from: Date, to: Date): ShiftRange {
  const n = shiftCount(c);
  const a = Math.max(0, Math.floor((from.getTime() - c.startsAt.getTime()) / (c.shiftHours * HOUR)));
  const b = Math.min(n, Math.ceil((to.getTime() - c.startsAt.getTime()) / (c.shiftHours * HOUR)));
  return { from: a, to: Math.max(a, b) };
}

/** Sorted, merged ranges. */
function merge(ranges: ShiftRange[]): ShiftRange[] {
  const s = ranges.filter((r) => r.to > r.from).sort((x, y) => x.from - y.from);
  const out: ShiftRange[] = [];
  for (const r of s) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}

/**
 * The user-operation shifts of a station: shifts wholly inside a facility-wide or station 'user'
 * period and not touched by any other period (facility-wide or of the station). Merged, sorted.
 */
export function userShifts(c: CycleClock, periods: Period[], stationId: string): ShiftRange[] {
  const n = shiftCount(c);
  const on = new Uint8Array(n);
  const mine = periods.filter((p) => p.stationId === null || p.stationId === stationId);
  for (const p of mine) {
    if (p.kind !== 'user') continue;
    // only whole shifts inside the period
    const a = Math.max(0, Math.ceil((p.startsAt.getTime() - c.startsAt.getTime()) / (c.shiftHours * HOUR)));
    const b = Math.min(n, Math.floor((p.endsAt.getTime() - c.startsAt.getTime()) / (c.shiftHours * HOUR)));
    for (let t = a; t < b; t++) on[t] = 1;
  }
  for (const p of mine) {
    if (p.kind === 'user') continue;
    const r = shiftsOf(c, p.startsAt, p.endsAt);
    for (let t = r.from; t < r.to; t++) on[t] = 0;
  }
  const out: ShiftRange[] = [];
  for (let t = 0; t < n; t++) {
    if (!on[t]) continue;
    const last = out[out.length - 1];
    if (last && last.to === t) last.to = t + 1;
    else out.push({ from: t, to: t + 1 });
  }
  return out;
}

/** How many shifts the ranges hold. */
export function totalShifts(ranges: ShiftRange[]): number {
  return ranges.reduce((n, r) => n + r.to - r.from, 0);
}

/** Offset of a zone from UTC at an instant, in ms (e.g. +8 h for Asia/Shanghai). */
function zoneOffset(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return local - Math.floor(at.getTime() / 1000) * 1000;
}

/** The first instant of a calendar date (YYYY-MM-DD) in a zone. */
export function startOfDate(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  // two passes settle the offset across a daylight-saving change
  let t = guess - zoneOffset(timeZone, new Date(guess));
  t = guess - zoneOffset(timeZone, new Date(t));
  return new Date(t);
}

/** The calendar date (YYYY-MM-DD) of an instant in a zone. */
export function dateOf(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The day after a YYYY-MM-DD date. */
function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Inclusive date ranges in the cycle's zone as shift ranges (any shift touching those dates). */
export function dateRangesToShifts(c: CycleClock, ranges: DateRange[]): ShiftRange[] {
  return merge(ranges.map((r) => shiftsOf(c, startOfDate(r.from, c.timeZone), startOfDate(nextDate(r.to), c.timeZone))));
}
