// Small charts drawn with plain CSS (no chart library): where a cohort's money went, as one
// stacked bar, and grants against redemptions by month, as paired columns.
import { Flex, Tooltip, Typography } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import type { MonthReportRow } from './api.ts';
import { useFen } from './parts.tsx';

export const FLOW_COLORS = {
  redeemed: '#389e0d',
  expired: '#bfbfbf',
  clawedBack: '#cf1322',
  available: '#1677ff',
  reserved: '#91caff',
} as const;
export type FlowKey = keyof typeof FLOW_COLORS;

export interface Flows {
  issuedFen: number;
  redeemedFen: number;
  expiredFen: number;
  clawedBackFen: number;
  outstandingFlowFen: number;
  reservedFen: number;
}

/** What became of the money issued: redeemed, expired, clawed back, still held (free or reserved). */
export function flowSegments(f: Flows): { key: FlowKey; value: number }[] {
  const reserved = Math.max(0, Math.min(f.reservedFen, f.outstandingFlowFen));
  return [
    { key: 'redeemed', value: f.redeemedFen },
    { key: 'expired', value: f.expiredFen },
    { key: 'clawedBack', value: f.clawedBackFen },
    { key: 'available', value: Math.max(0, f.outstandingFlowFen - reserved) },
    { key: 'reserved', value: reserved },
  ];
}

/** The colour key of the flow bars. */
export function FlowLegend() {
  const { t } = useI18n();
  return (
    <Flex wrap gap={16} style={{ fontSize: 12 }} data-testid="flow-legend">
      {(Object.keys(FLOW_COLORS) as FlowKey[]).map((k) => (
        <Flex key={k} align="center" gap={6}>
          <span aria-hidden style={{ width: 12, height: 12, borderRadius: 2, background: FLOW_COLORS[k], display: 'inline-block' }} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`ledgerOps.reports.flow.${k}`)}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

/** One horizontal bar: the issued amount split into where it went. */
export function FlowBar({ flows, height = 14 }: { flows: Flows; height?: number }) {
  const { t } = useI18n();
  const fen = useFen();
  const total = flows.issuedFen;
  const segments = flowSegments(flows).filter((s) => s.value > 0);
  const label = segments.map((s) => `${t(`ledgerOps.reports.flow.${s.key}`)} ${fen(s.value)}`).join(' · ');
  if (total <= 0) return <div style={{ height, background: '#f0f0f0', borderRadius: 3 }} aria-hidden />;
  return (
    <Tooltip title={label}>
      <div role="img" aria-label={label} style={{ display: 'flex', height, borderRadius: 3, overflow: 'hidden', background: '#f0f0f0' }}>
        {segments.map((s) => (
          <div key={s.key} style={{ width: `${(s.value / total) * 100}%`, background: FLOW_COLORS[s.key], minWidth: 2 }} />
        ))}
      </div>
    </Tooltip>
  );
}

/** The months from the first to the last of `rows` (YYYY-MM), the quiet ones as zeros. */
export function fillMonths(rows: MonthReportRow[]): MonthReportRow[] {
  if (rows.length === 0) return [];
  const sorted = [...rows].sort((a, b) => a.month.localeCompare(b.month));
  const byMonth = new Map(sorted.map((r) => [r.month, r]));
  const [fy, fm] = sorted[0]!.month.split('-').map(Number) as [number, number];
  const last = sorted[sorted.length - 1]!.month;
  const out: MonthReportRow[] = [];
  // At most five years of columns: a longer span would not read as a chart anyway.
  for (let i = 0; i < 60; i++) {
    const y = fy + Math.floor((fm - 1 + i) / 12);
    const m = ((fm - 1 + i) % 12) + 1;
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push(byMonth.get(month) ?? { month, issuedFen: 0, redeemedFen: 0 });
    if (month >= last) break;
  }
  return out;
}

/** Grants and redemptions by month, as paired columns scaled to the largest. */
export function MonthBars({ rows: given }: { rows: MonthReportRow[] }) {
  const { t } = useI18n();
  const fen = useFen();
  const rows = fillMonths(given);
  const max = Math.max(1, ...rows.map((r) => Math.max(r.issuedFen, r.redeemedFen)));
  const HEIGHT = 160;
  return (
    <div data-testid="month-chart">
      <Flex gap={16} style={{ fontSize: 12, marginBottom: 8 }}>
        <Flex align="center" gap={6}>
          <span aria-hidden style={{ width: 12, height: 12, borderRadius: 2, background: FLOW_COLORS.available, display: 'inline-block' }} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('ledgerOps.reports.issued')}
          </Typography.Text>
        </Flex>
        <Flex align="center" gap={6}>
          <span aria-hidden style={{ width: 12, height: 12, borderRadius: 2, background: FLOW_COLORS.redeemed, display: 'inline-block' }} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('ledgerOps.reports.redeemed')}
          </Typography.Text>
        </Flex>
      </Flex>
      <div style={{ overflowX: 'auto' }}>
        <Flex align="flex-end" gap={12} style={{ height: HEIGHT + 24, minWidth: rows.length * 56, borderBottom: '1px solid #d9d9d9', paddingTop: 4 }}>
          {rows.map((r) => {
            const tip = `${r.month}: ${t('ledgerOps.reports.issued')} ${fen(r.issuedFen)} · ${t('ledgerOps.reports.redeemed')} ${fen(r.redeemedFen)}`;
            return (
              <Tooltip key={r.month} title={tip}>
                <Flex role="img" aria-label={tip} align="flex-end" gap={3} style={{ flex: '1 0 44px', height: HEIGHT, justifyContent: 'center' }}>
                  <div style={{ width: 16, height: Math.max(r.issuedFen > 0 ? 2 : 0, (r.issuedFen / max) * HEIGHT), background: FLOW_COLORS.available, borderRadius: '2px 2px 0 0' }} />
                  <div style={{ width: 16, height: Math.max(r.redeemedFen > 0 ? 2 : 0, (r.redeemedFen / max) * HEIGHT), background: FLOW_COLORS.redeemed, borderRadius: '2px 2px 0 0' }} />
                </Flex>
              </Tooltip>
            );
          })}
        </Flex>
        <Flex gap={12} style={{ minWidth: rows.length * 56 }}>
          {rows.map((r) => (
            <Typography.Text key={r.month} type="secondary" style={{ flex: '1 0 44px', textAlign: 'center', fontSize: 12 }}>
              {r.month}
            </Typography.Text>
          ))}
        </Flex>
      </div>
    </div>
  );
}
