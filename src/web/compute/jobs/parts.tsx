// Pieces the compute job screens share: the area's tabs, a job's state as a tag, why it waits in
// words, its resources in one line, GPU-hours, months in China Standard Time, and a poll loop.
import { useCallback, useEffect, useRef } from 'react';
import { Card, Col, Flex, Row, Statistic, Tag, Tooltip, Typography } from 'antd';
import { FINAL_JOB_STATES, JOB_STATES, WAIT_REASONS } from '../../../shared/compute.ts';
import { useAsync } from '../../components/hooks.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { useFen } from '../../ledger/ops/parts.tsx';
import * as api from './api.ts';
import type { JobEventCode, JobEventParams, JobState, WaitReason } from './api.ts';

export { Money, useFen } from '../../ledger/ops/parts.tsx';

const STATE_COLOR: Record<JobState, string | undefined> = {
  pending: 'gold',
  admitted: 'cyan',
  dispatched: 'blue',
  running: 'processing',
  completed: 'green',
  failed: 'red',
  cancelled: undefined,
  timeout: 'volcano',
};

/** A job's state as a tag. */
export function JobStateTag({ state, testId }: { state: JobState; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={STATE_COLOR[state]} data-testid={testId} data-state={state}>
      {t(`computeJobs.state.${state}`)}
    </Tag>
  );
}

export const isFinal = (s: JobState): boolean => FINAL_JOB_STATES.includes(s);

/** The short words for a wait reason (one per WAIT_REASONS entry). */
export const reasonKey = (r: WaitReason): MessageKey => `computeJobs.reason.${r}`;
/** The long explanation of a wait reason: what it means and what can be done. */
export const reasonHelpKey = (r: WaitReason): MessageKey => `computeJobs.reasonHelp.${r}`;
export const ALL_REASONS: readonly WaitReason[] = WAIT_REASONS;

/** Why a job waits, in words, with the longer explanation on hover. */
export function WaitReasonText({ reason, testId }: { reason: WaitReason | null; testId?: string }) {
  const { t } = useI18n();
  if (!reason) return <Typography.Text type="secondary">{t('computeJobs.reason.none')}</Typography.Text>;
  return (
    <Tooltip title={t(reasonHelpKey(reason))}>
      <span data-testid={testId} data-reason={reason} style={{ borderBottom: '1px dotted #8c8c8c', cursor: 'help' }}>
        {t(reasonKey(reason))}
      </span>
    </Tooltip>
  );
}

/** "1 × H100 · 2 CPU · 8 GB", or CPUs and memory alone for a CPU job. */
export function useResources(): (j: { gpus: number; gpuModel: string | null; gpuClass: string | null; cpus: number; memGb?: number }) => string {
  const { t } = useI18n();
  return (j) => {
    const parts: string[] = [];
    if (j.gpus > 0) parts.push(`${j.gpus} × ${j.gpuModel ?? t(`computeJobs.gpuClass.${(j.gpuClass ?? 'training') as 'training'}`)}`);
    parts.push(t('computeJobs.cpus', { n: j.cpus }));
    if (j.memGb !== undefined) parts.push(`${j.memGb} GB`);
    return parts.join(' · ');
  };
}

/** GPU-hours with up to two decimals (at least 0.01 when something was used). */
export function useHours(): (h: number) => string {
  const { locale } = useI18n();
  const f = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 2 });
  return (h) => (h > 0 && h < 0.005 ? '< 0.01' : f.format(h));
}

/** A duration in seconds as "1 h 05 min", "3 min 20 s" or "12 s". */
export function useDuration(): (seconds: number) => string {
  const { t } = useI18n();
  return (seconds) => {
    const s = Math.max(0, Math.round(seconds));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const sec = s % 60;
    if (h > 0) return t('computeJobs.duration.hm', { h, m: String(m).padStart(2, '0') });
    if (m > 0) return t('computeJobs.duration.ms', { m, s: String(sec).padStart(2, '0') });
    return t('computeJobs.duration.s', { s: sec });
  };
}

/** A time limit in minutes as "90 min" or "2 h" or "1 d 4 h". */
export function useLimit(): (minutes: number) => string {
  const { t } = useI18n();
  return (minutes) => {
    if (minutes < 60 || minutes % 60 !== 0) return t('computeJobs.limit.min', { n: minutes });
    const h = minutes / 60;
    if (h < 24 || h % 24 !== 0) return t('computeJobs.limit.h', { n: h });
    return t('computeJobs.limit.d', { n: h / 24 });
  };
}

// --- months in China Standard Time (the center's calendar: statements and usage are by CST month)

const CST_MS = 8 * 3600_000;
export const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month now in China Standard Time, YYYY-MM. */
export function currentPeriod(now = Date.now()): string {
  return new Date(now + CST_MS).toISOString().slice(0, 7);
}

/** The month `n` months before `period` (n may be negative). */
export function shiftPeriod(period: string, n: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const idx = y * 12 + (m - 1) - n;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

/** The instant a CST month begins, as ISO with the +08:00 offset. */
export function periodStart(period: string): string {
  return `${period}-01T00:00:00+08:00`;
}

/** The months from `from` to `to`, both included, in order. */
export function periodsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let p = from; p <= to && out.length < 120; p = shiftPeriod(p, -1)) out.push(p);
  return out;
}

/**
 * Calls `fn` every `ms` while `active`, one call at a time (the next waits for the last to end),
 * and stops on unmount. The latest `fn` is used, so it may close over fresh state.
 */
export function usePoll(fn: () => Promise<unknown> | void, ms: number, active: boolean): void {
  const ref = useRef(fn);
  ref.current = fn;
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const loop = async () => {
      if (stopped) return;
      try {
        await ref.current();
      } catch {
        // the screen shows its own errors; the loop goes on
      }
      if (!stopped) timer = setTimeout(() => void loop(), ms);
    };
    timer = setTimeout(() => void loop(), ms);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [ms, active]);
}

/** A coloured square and its label, for chart legends. */
export function LegendItem({ color, label }: { color: string; label: string }) {
  return (
    <Flex align="center" gap={6}>
      <span aria-hidden style={{ width: 12, height: 12, borderRadius: 2, background: color, display: 'inline-block' }} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
    </Flex>
  );
}

/** The voucher note of a job or order (the ledger's code) in words. */
export function useVoucherNote(): (note: string | null) => string | null {
  const { t } = useI18n();
  const known = new Set(['provider_related_to_buyer', 'voucher_insufficient', 'yearly_cap_exceeded', 'voucher_not_active', 'program_not_active', 'org_not_eligible', 'provider_not_eligible']);
  return (note) => {
    if (!note) return null;
    const code = note.replace(/^voucher:\s*/, '');
    return known.has(code) ? t(`computeJobs.voucherNote.${code as 'voucher_insufficient'}`) : t('computeJobs.voucherNote.other', { code });
  };
}

/** What a job event or a job's message says: its code and params where it has them, and the English sentence. */
export interface JobSaid {
  code?: JobEventCode | null;
  params?: JobEventParams | null;
  message: string | null;
}

/**
 * A job event or a job's message in the UI language, from its code and params (amounts in fen,
 * instants in the local time); the stored English sentence for rows older than codes and for
 * codes this screen does not know. The engine's own words stay as it gave them.
 */
export function useJobText(): (e: JobSaid) => string | null {
  const { t, dateTime } = useI18n();
  const fen = useFen();
  const hours = useHours();
  const voucherNote = useVoucherNote();
  return (e) => {
    const p = e.params ?? {};
    const str = (k: string) => String(p[k] ?? '');
    const num = (k: string) => Number(p[k] ?? 0);
    const money = { total: fen(num('totalFen')), subsidy: fen(num('subsidyFen')), own: fen(num('ownFen')) };
    const joined = (...xs: (string | null | false)[]) => xs.filter((x): x is string => !!x).join(t('computeJobs.event.sep'));
    const engine = (text: string | null) => (text ? t('computeJobs.event.engine', { text }) : null);
    switch (e.code) {
      case 'submitted': {
        const via = str('via');
        return t('computeJobs.event.submitted', { via: via === 'web' || via === 'api' || via === 'cli' ? t(`computeJobs.via.${via}`) : via });
      }
      case 'cancelled_pending':
        return t('computeJobs.event.cancelledPending');
      case 'cancel_requested':
        return t('computeJobs.event.cancelRequested');
      case 'admitted':
        return joined(
          t('computeJobs.event.admitted', { cluster: str('cluster'), pool: str('pool'), max: fen(num('maxFen')), subsidy: money.subsidy, own: money.own }),
          p.latestStartAt ? t('computeJobs.event.admittedAhead', { at: dateTime(str('latestStartAt')) }) : null,
          voucherNote(p.voucherNote ? str('voucherNote') : null),
        );
      case 'dispatched':
        return t('computeJobs.event.dispatched', { cluster: str('cluster'), id: str('externalId') });
      case 'dispatch_failed':
        return joined(t('computeJobs.event.dispatchFailed', { n: num('attempt'), max: num('max') }), engine(str('error')));
      case 'dispatch_failed_requeued':
        return joined(t('computeJobs.event.dispatchFailedRequeued', { n: num('attempt'), max: num('max') }), engine(str('error')));
      case 'running':
        return t('computeJobs.event.running', { cluster: str('cluster'), id: str('externalId') });
      case 'ran_ended': {
        const state = str('engineState');
        return t('computeJobs.event.ranEnded', { cluster: str('cluster'), state: (JOB_STATES as readonly string[]).includes(state) ? t(`computeJobs.state.${state as JobState}`) : state });
      }
      case 'charged':
        return joined(
          p.exitCode !== null && p.exitCode !== undefined && t('computeJobs.job.exitCode', { code: num('exitCode') }),
          t('computeJobs.event.charged', { ...money, gpu: hours(num('gpuSeconds') / 3600), cpu: hours(num('cpuSeconds') / 3600) }),
        );
      case 'not_charged':
        return t('computeJobs.event.notCharged', { code: str('errorCode') });
      case 'preemption_requested':
        return t('computeJobs.event.preemptionRequested');
      case 'preempted_before_dispatch':
        return t('computeJobs.event.preemptedBeforeDispatch');
      case 'preempted_metered':
        return t('computeJobs.event.preemptedMetered', money);
      case 'cancelled_before_dispatch':
        return t('computeJobs.event.cancelledBeforeDispatch');
      case 'lost':
        return t('computeJobs.event.lost', { since: dateTime(str('sinceAt')), minutes: num('limitMinutes') });
      case 'engine':
        return engine(e.message);
      default:
        return e.message;
    }
  };
}

/**
 * Names of clusters and projects in the UI language: jobs carry the Chinese names only, the
 * catalog has both. Unknown ids (another tenant's project) keep the name the job carries.
 */
export function useNames(): { cluster: (id: string | null, fallback: string | null) => string; project: (id: string, fallback: string) => string } {
  const { pick } = useI18n();
  const data = useAsync(async (signal) => {
    const [clusters, projects] = await Promise.all([api.clusters({}, signal).catch(() => ({ items: [] })), api.projects(signal).catch(() => ({ items: [] }))]);
    return {
      clusters: new Map(clusters.items.map((c) => [c.id, pick(c.name, c.nameEn)])),
      projects: new Map(projects.items.map((p) => [p.id, pick(p.name, p.nameEn)])),
    };
  }, [pick]);
  const d = data.data;
  const cluster = useCallback((id: string | null, fallback: string | null) => (id ? (d?.clusters.get(id) ?? fallback ?? id) : (fallback ?? '—')), [d]);
  const project = useCallback((id: string, fallback: string) => d?.projects.get(id) ?? fallback, [d]);
  return { cluster, project };
}

export interface TotalCard {
  key: string;
  title: string;
  text: string;
  color?: string;
}

/** A row of figures (jobs, GPU-hours, money and its shares) above a page's charts. */
export function TotalCards({ cards, testId }: { cards: TotalCard[]; testId: string }) {
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid={`${testId}-totals`}>
      {cards.map((c) => (
        <Col key={c.key} xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={c.title} value={c.text} styles={c.color ? { content: { color: c.color } } : undefined} data-testid={`${testId}-${c.key}`} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
