// Pieces of the scheduling screens: the station × time grid (sticky station column grouped by
// beamline, month/week/day headers, hatched non-user time, blocks coloured by proposal), the
// cycle's clock in its own zone, status tags and the list of broken rules.
import { Fragment, useMemo } from 'react';
import { Alert, Tag, Tooltip, Typography } from 'antd';
import { PushpinFilled } from '@ant-design/icons';
import { ApiError } from '../../api/client.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import './schedule.css';
import type { CalendarPeriod, Cycle, CycleStation, ScheduleBlock } from './api.ts';

const HOUR = 3600_000;

/** The cycle's shift grid in its own time zone. */
export interface Clock {
  startsAt: number;
  shiftHours: number;
  shiftsPerDay: number;
  shiftCount: number;
  days: number;
  timeZone: string;
}

export function clockOf(c: Cycle): Clock {
  const shiftsPerDay = Math.max(1, Math.round(24 / c.shiftHours));
  return { startsAt: Date.parse(c.startsAt), shiftHours: c.shiftHours, shiftsPerDay, shiftCount: c.shiftCount, days: Math.ceil(c.shiftCount / shiftsPerDay), timeZone: c.timeZone };
}

/** The instant a shift starts. */
export const shiftInstant = (k: Clock, shift: number) => new Date(k.startsAt + shift * k.shiftHours * HOUR);

const parts = (d: Date, timeZone: string) => {
  const f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const p = Object.fromEntries(f.formatToParts(d).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, month: `${p.year}-${p.month}`, day: Number(p.day), time: `${p.hour}:${p.minute}` };
};

/** Date and time of an instant in the cycle's zone, e.g. 2026-09-01 08:00. */
export function zoned(iso: string | Date, timeZone: string): string {
  const p = parts(typeof iso === 'string' ? new Date(iso) : iso, timeZone);
  return `${p.date} ${p.time}`;
}

/** ISO week number of a YYYY-MM-DD date. */
function isoWeek(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

/** A stable, readable colour per proposal. */
export function colorOf(id: string): string {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return `hsl(${h % 360} 62% 78%)`;
}

export function CycleStatusTag({ status }: { status: Cycle['status'] }) {
  const { t } = useI18n();
  const color = { planning: 'default', call_open: 'blue', review: 'purple', scheduling: 'orange', published: 'green', closed: 'default' }[status];
  return <Tag color={color}>{t(`schedule.status.${status}` as MessageKey)}</Tag>;
}

export function VersionTag({ status }: { status: 'draft' | 'published' | 'superseded' }) {
  const { t } = useI18n();
  return <Tag color={status === 'published' ? 'green' : status === 'draft' ? 'orange' : 'default'}>{t(`schedule.version.${status}` as MessageKey)}</Tag>;
}

type Violation = { rule: string; experimentId?: string; detail: string };

/** The rules an answer says were broken (pin_infeasible, schedule_invalid), or nothing. */
export function violationsOf(e: unknown): Violation[] {
  if (!(e instanceof ApiError)) return [];
  const v = (e.problem.details as { violations?: unknown } | undefined)?.violations;
  return Array.isArray(v) ? (v as Violation[]) : [];
}

/** The broken rules, named in the UI language, with the server's detail. */
export function Violations({ error, label }: { error: unknown; label?: (experimentId: string | undefined) => string }) {
  const { t, errorText } = useI18n();
  const list = violationsOf(error);
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="schedule-violations"
      message={errorText(error)}
      description={
        list.length > 0 && (
          <>
            <Typography.Text strong>{t('schedule.violations')}</Typography.Text>
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
              {list.slice(0, 20).map((v, i) => (
                <li key={i}>
                  {t(`schedule.rule.${v.rule}` as MessageKey)}
                  {label && v.experimentId ? ` · ${label(v.experimentId)}` : ''}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {' '}
                    ({v.detail})
                  </Typography.Text>
                </li>
              ))}
            </ul>
          </>
        )
      }
    />
  );
}

const PERIOD_COLORS: Record<CalendarPeriod['kind'], string> = { user: '#52c41a', machine_development: '#1677ff', maintenance: '#fa8c16', shutdown: '#8c8c8c' };

export interface GridProps {
  cycle: Cycle;
  stations: CycleStation[];
  blocks?: ScheduleBlock[];
  /** Calendar periods drawn as thin bars under each station (the cycle page). */
  periods?: CalendarPeriod[];
  selectedId?: string | null;
  onSelect?: (b: ScheduleBlock) => void;
  /** Highlight these blocks (swap candidates). */
  highlight?: ReadonlySet<string>;
}

/**
 * The calendar: stations as rows grouped by beamline (sticky station column), time as columns by
 * shift with month, week and day headers, scrolling sideways.
 */
export function ScheduleGrid({ cycle, stations, blocks = [], periods, selectedId, onSelect, highlight }: GridProps) {
  const { t, pick } = useI18n();
  const k = useMemo(() => clockOf(cycle), [cycle]);
  const shiftW = Math.max(3, Math.round(27 / k.shiftsPerDay));
  const dayW = shiftW * k.shiftsPerDay;
  const width = k.shiftCount * shiftW;

  const days = useMemo(() => {
    const out: { i: number; date: string; month: string; day: number; week: number; weekday: number }[] = [];
    for (let i = 0; i < k.days; i++) {
      const p = parts(shiftInstant(k, i * k.shiftsPerDay), k.timeZone);
      const [y, m, d] = p.date.split('-').map(Number) as [number, number, number];
      out.push({ i, date: p.date, month: p.month, day: p.day, week: isoWeek(p.date), weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() });
    }
    return out;
  }, [k]);

  const spans = (key: (d: (typeof days)[number]) => string | number) => {
    const out: { from: number; to: number; label: string | number }[] = [];
    for (const d of days) {
      const last = out[out.length - 1];
      if (last && last.label === key(d)) last.to = d.i + 1;
      else out.push({ from: d.i, to: d.i + 1, label: key(d) });
    }
    return out;
  };
  const months = spans((d) => d.month);
  const weeks = spans((d) => d.week);

  const byStation = useMemo(() => {
    const m = new Map<string, ScheduleBlock[]>();
    for (const b of blocks) m.set(b.stationId, [...(m.get(b.stationId) ?? []), b]);
    return m;
  }, [blocks]);
  const groups = useMemo(() => {
    const g: { code: string; name: string; nameEn: string; stations: CycleStation[] }[] = [];
    for (const s of stations) {
      const last = g[g.length - 1];
      if (last && last.code === s.instrumentCode) last.stations.push(s);
      else g.push({ code: s.instrumentCode, name: s.instrumentName, nameEn: s.instrumentNameEn, stations: [s] });
    }
    return g;
  }, [stations]);

  if (stations.length === 0) return <Typography.Text type="secondary">{t('schedule.grid.empty')}</Typography.Text>;

  const gaps = (s: CycleStation) => {
    const out: { from: number; to: number }[] = [];
    let at = 0;
    for (const r of s.userShifts) {
      if (r.from > at) out.push({ from: at, to: r.from });
      at = Math.max(at, r.to);
    }
    if (at < k.shiftCount) out.push({ from: at, to: k.shiftCount });
    return out;
  };
  const dayLines = `repeating-linear-gradient(90deg, transparent 0 ${dayW - 1}px, #eef0f3 ${dayW - 1}px ${dayW}px)`;

  return (
    <div className="pj-sched" data-testid="schedule-grid" style={{ ['--pj-sched-width' as string]: `${width}px` }}>
      <div className="pj-sched-head">
        <div className="pj-sched-corner">{t('schedule.grid.station')}</div>
        <div className="pj-sched-track" style={{ width }}>
          <div className="pj-sched-band">
            {months.map((m) => (
              <div key={`m${m.from}`} className="pj-sched-cell pj-sched-month" style={{ left: m.from * dayW, width: (m.to - m.from) * dayW }}>
                {m.label}
              </div>
            ))}
          </div>
          <div className="pj-sched-band">
            {weeks.map((w) => (
              <div key={`w${w.from}`} className="pj-sched-cell" style={{ left: w.from * dayW, width: (w.to - w.from) * dayW }}>
                {(w.to - w.from) * dayW >= 44 ? t('schedule.grid.week', { n: w.label }) : w.label}
              </div>
            ))}
          </div>
          <div className="pj-sched-band">
            {days.map((d) => (
              <div key={d.i} className={`pj-sched-cell pj-sched-day${d.weekday === 0 || d.weekday === 6 ? ' pj-sched-weekend' : ''}`} style={{ left: d.i * dayW, width: dayW }} title={d.date}>
                {d.day}
              </div>
            ))}
          </div>
        </div>
      </div>
      {groups.map((g) => (
        <Fragment key={g.code}>
          <div className="pj-sched-group">
            <div className="pj-sched-corner">
              <Typography.Text strong>{g.code}</Typography.Text> <Typography.Text type="secondary">{pick(g.name, g.nameEn)}</Typography.Text>
            </div>
            <div style={{ width }} />
          </div>
          {g.stations.map((s) => (
            <div className="pj-sched-row" key={s.id} data-testid={`schedule-row-${s.code}`}>
              <div className="pj-sched-station" title={`${s.code} ${pick(s.name, s.nameEn)} · ${t('schedule.cycle.userShiftCount', { n: s.userShiftCount })}`}>
                <span className="pj-sched-code">{s.code}</span> <span className="pj-sched-name">{pick(s.name, s.nameEn)}</span>
              </div>
              <div className="pj-sched-track" style={{ width, backgroundImage: dayLines }}>
                {gaps(s).map((r) => (
                  <div key={`g${r.from}`} className="pj-sched-hatch" style={{ left: r.from * shiftW, width: (r.to - r.from) * shiftW }} title={t('schedule.grid.nonUser')} />
                ))}
                {periods
                  ?.filter((p) => p.stationId === null || p.stationId === s.id)
                  .map((p) => {
                    const from = Math.max(0, (Date.parse(p.startsAt) - k.startsAt) / (k.shiftHours * HOUR));
                    const to = Math.min(k.shiftCount, (Date.parse(p.endsAt) - k.startsAt) / (k.shiftHours * HOUR));
                    return (
                      <Tooltip key={p.id} title={`${t(`schedule.period.kind.${p.kind}` as MessageKey)} · ${zoned(p.startsAt, k.timeZone)} – ${zoned(p.endsAt, k.timeZone)}${p.note ? ` · ${p.note}` : ''}`}>
                        <div className="pj-sched-period" style={{ left: from * shiftW, width: Math.max(2, (to - from) * shiftW), background: PERIOD_COLORS[p.kind], top: p.stationId ? 12 : 4 }} />
                      </Tooltip>
                    );
                  })}
                {(byStation.get(s.id) ?? []).map((b) => (
                  <Tooltip key={b.id} title={`${b.number ?? ''} ${b.title} · ${zoned(b.startsAt, k.timeZone)} – ${zoned(b.endsAt, k.timeZone)} · ${t('schedule.cycle.shifts', { n: b.shifts })}`} mouseEnterDelay={0.3}>
                    <button
                      type="button"
                      className={`pj-sched-block${b.pinned ? ' pj-sched-pinned' : ''}${selectedId === b.id ? ' pj-sched-selected' : ''}${highlight?.has(b.id) ? ' pj-sched-candidate' : ''}`}
                      style={{ left: b.startShift * shiftW, width: b.shifts * shiftW, background: colorOf(b.applicationId) }}
                      onClick={() => onSelect?.(b)}
                      data-testid={`block-${b.id}`}
                      aria-label={`${b.number ?? b.title} ${zoned(b.startsAt, k.timeZone)}`}
                    >
                      {b.pinned && <PushpinFilled className="pj-sched-pin" aria-label={t('schedule.grid.pinned')} />}
                      {b.number ?? b.title}
                    </button>
                  </Tooltip>
                ))}
              </div>
            </div>
          ))}
        </Fragment>
      ))}
    </div>
  );
}

/** The grid's legend. */
export function GridLegend() {
  const { t } = useI18n();
  return (
    <div className="pj-sched-legend">
      <span>
        <span className="pj-sched-swatch pj-sched-hatch-swatch" /> {t('schedule.grid.nonUser')}
      </span>
      <span>
        <PushpinFilled /> {t('schedule.grid.pinned')}
      </span>
      {(Object.keys(PERIOD_COLORS) as CalendarPeriod['kind'][]).map((kind) => (
        <span key={kind}>
          <span className="pj-sched-swatch" style={{ background: PERIOD_COLORS[kind] }} /> {t(`schedule.period.kind.${kind}` as MessageKey)}
        </span>
      ))}
    </div>
  );
}

/** Offset of a zone from UTC at an instant, in ms. */
function zoneOffset(timeZone: string, at: number): number {
  const f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const p = Object.fromEntries(f.formatToParts(new Date(at)).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(at / 1000) * 1000;
}

/** The instant of midnight of a YYYY-MM-DD date in a zone (plus `hours`). */
export function zonedInstant(date: string, timeZone: string, hours = 0): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  let t = guess - zoneOffset(timeZone, guess);
  t = guess - zoneOffset(timeZone, t);
  return new Date(t + hours * HOUR);
}

/** The date (YYYY-MM-DD) of an instant in a zone. */
export const zonedDate = (iso: string | Date, timeZone: string) => parts(typeof iso === 'string' ? new Date(iso) : iso, timeZone).date;
