// The usage and income charts, drawn with plain CSS like the ledger's and the facilities' (no
// chart library): stacked columns by period (GPU-hours by model, spend as the program's share
// and the organization's own), and stacked horizontal bars by project, cluster or tenant; and
// what the two pages frame them with: rows of titled panels, the totals above them and the month
// they show.
import type { ReactNode } from 'react';
import { Col, DatePicker, Flex, Row, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../i18n/index.tsx';
import { LegendItem, TotalCards, useFen, useHours } from './parts.tsx';

/** Colours of GPU models (in the order models first appear) and of the two shares of money. */
export const SERIES_COLORS = ['#1677ff', '#13c2c2', '#722ed1', '#fa8c16', '#eb2f96', '#52c41a', '#faad14', '#2f54eb', '#f5222d', '#8c8c8c'];
export const SHARE_COLORS = { subsidy: '#389e0d', own: '#1450a3' } as const;

/** What a page calls the two shares of money: what the programs' vouchers paid, and what the payer paid itself. */
export interface ShareLabels {
  subsidy: string;
  own: string;
}

/** The two shares of money as chart series, in their colours. */
export function shareSeries(labels: ShareLabels): Series[] {
  return [
    { key: 'subsidy', label: labels.subsidy, color: SHARE_COLORS.subsidy },
    { key: 'own', label: labels.own, color: SHARE_COLORS.own },
  ];
}

/** The values of a column or bar of shares (see shareSeries) from a row of figures. */
export function shareValues(x: { subsidyFen: number; ownFen: number }): Record<string, number> {
  return { subsidy: x.subsidyFen, own: x.ownFen };
}

export interface Series {
  key: string;
  label: string;
  color: string;
}

export interface Column {
  label: string;
  /** Values by series key (missing: 0). */
  values: Record<string, number>;
}

/** Columns of stacked series, scaled to the tallest column; `format` writes a value for tooltips. */
export function StackedColumns({ columns, series, format, testId, height = 160, emptyText }: { columns: Column[]; series: Series[]; format: (v: number) => string; testId: string; height?: number; emptyText: string }) {
  const max = Math.max(0, ...columns.map((c) => series.reduce((s, x) => s + (c.values[x.key] ?? 0), 0)));
  // Columns share the width; labels thin out when there are many (a month of days).
  const every = columns.length > 16 ? 5 : columns.length > 8 ? 2 : 1;
  const gap = columns.length > 16 ? 2 : 6;
  return (
    <div data-testid={testId}>
      <Flex wrap gap={16} style={{ marginBottom: 8 }}>
        {series.map((s) => (
          <LegendItem key={s.key} color={s.color} label={s.label} />
        ))}
      </Flex>
      {max <= 0 ? (
        <Typography.Text type="secondary">{emptyText}</Typography.Text>
      ) : (
        <div>
          <Flex align="flex-end" gap={gap} style={{ height: height + 4, borderBottom: '1px solid #d9d9d9' }}>
            {columns.map((c) => {
              const total = series.reduce((s, x) => s + (c.values[x.key] ?? 0), 0);
              const tip = [`${c.label}: ${format(total)}`, ...series.filter((s) => (c.values[s.key] ?? 0) > 0).map((s) => `${s.label} ${format(c.values[s.key] ?? 0)}`)].join(' · ');
              return (
                <Tooltip key={c.label} title={tip}>
                  <Flex role="img" aria-label={tip} vertical justify="flex-end" align="center" style={{ flex: '1 1 0', minWidth: 0, height }}>
                    <Flex vertical style={{ width: '70%', maxWidth: 28, height: total > 0 ? Math.max(2, (total / max) * height) : 0, borderRadius: '2px 2px 0 0', overflow: 'hidden' }}>
                      {[...series].reverse().map((s) => {
                        const v = c.values[s.key] ?? 0;
                        // Shares as percentages: flex-grow below 1 in total would leave the column part empty.
                        return v > 0 ? <div key={s.key} style={{ height: `${(v / total) * 100}%`, background: s.color, minHeight: 1, flex: 'none' }} /> : null;
                      })}
                    </Flex>
                  </Flex>
                </Tooltip>
              );
            })}
          </Flex>
          <Flex gap={gap}>
            {columns.map((c, i) => (
              <div key={c.label} style={{ flex: '1 1 0', minWidth: 0, position: 'relative', height: 18 }}>
                {i % every === 0 && (
                  <Typography.Text type="secondary" style={{ position: 'absolute', left: '50%', transform: 'translateX(-50%)', whiteSpace: 'nowrap', fontSize: 11 }}>
                    {c.label}
                  </Typography.Text>
                )}
              </div>
            ))}
          </Flex>
        </div>
      )}
    </div>
  );
}

export interface BarRow {
  key: string;
  label: string;
  values: Record<string, number>;
}

/** One horizontal stacked bar per row (by project, cluster or tenant), scaled to the largest. */
export function StackedBars({ rows, series, format, testId, emptyText }: { rows: BarRow[]; series: Series[]; format: (v: number) => string; testId: string; emptyText: string }) {
  const totals = rows.map((r) => series.reduce((s, x) => s + (r.values[x.key] ?? 0), 0));
  const max = Math.max(0, ...totals);
  return (
    <div data-testid={testId}>
      <Flex wrap gap={16} style={{ marginBottom: 8 }}>
        {series.length > 1 && series.map((s) => <LegendItem key={s.key} color={s.color} label={s.label} />)}
      </Flex>
      {max <= 0 ? (
        <Typography.Text type="secondary">{emptyText}</Typography.Text>
      ) : (
        rows.map((r, i) => {
          const total = totals[i]!;
          const tip = [`${r.label}: ${format(total)}`, ...series.filter((s) => (r.values[s.key] ?? 0) > 0).map((s) => `${s.label} ${format(r.values[s.key] ?? 0)}`)].join(' · ');
          return (
            <Flex key={r.key} align="center" gap={8} style={{ marginBottom: 6 }}>
              <Typography.Text ellipsis={{ tooltip: r.label }} style={{ flex: '0 1 35%', minWidth: 0, fontSize: 12 }}>
                {r.label}
              </Typography.Text>
              <Tooltip title={tip}>
                <div role="img" aria-label={tip} style={{ flex: '1 1 0', minWidth: 60, height: 14, background: '#f5f5f5', borderRadius: 2 }}>
                  <div style={{ display: 'flex', width: `${(total / max) * 100}%`, minWidth: total > 0 ? 2 : 0, height: '100%', borderRadius: 2, overflow: 'hidden' }}>
                    {series.map((s) => {
                      const v = r.values[s.key] ?? 0;
                      return v > 0 ? <div key={s.key} style={{ width: `${(v / total) * 100}%`, background: s.color, flex: 'none' }} /> : null;
                    })}
                  </div>
                </div>
              </Tooltip>
              <Typography.Text style={{ flex: '0 0 auto', minWidth: 56, textAlign: 'right', fontSize: 12, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{format(total)}</Typography.Text>
            </Flex>
          );
        })
      )}
    </div>
  );
}

export interface ChartPanel {
  /** Unique within its row. */
  title: string;
  chart: ReactNode;
}

/** Charts side by side, each in a panel under its title: equal columns on wide screens, one under another on narrow ones. */
export function ChartRow({ panels }: { panels: ChartPanel[] }) {
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {panels.map((p) => (
        <Col key={p.title} xs={24} xl={24 / panels.length}>
          <div className="pj-panel" style={{ height: '100%' }}>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {p.title}
            </Typography.Title>
            {p.chart}
          </div>
        </Col>
      ))}
    </Row>
  );
}

/** The figures of a month: jobs, GPU-hours, the money charged and its two shares. */
export interface ShareFigures {
  jobs: number;
  gpuHours: number;
  totalFen: number;
  subsidyFen: number;
  ownFen: number;
}

/**
 * The row of figures above the charts; `total` names the money's card (spend for a tenant, income
 * for a provider) and the shares' cards take the charts' colours. Test ids: `${testId}-<key>`.
 */
export function ShareTotals({ figures, total, labels, testId }: { figures: ShareFigures; total: { key: string; title: string }; labels: ShareLabels; testId: string }) {
  const { t, number } = useI18n();
  const hours = useHours();
  const fen = useFen();
  const cards = [
    { key: 'jobs', title: t('computeJobs.usage.jobs'), text: number(figures.jobs) },
    { key: 'gpuHours', title: t('computeJobs.usage.gpuHours'), text: hours(figures.gpuHours) },
    { key: total.key, title: total.title, text: fen(figures.totalFen) },
    { key: 'subsidy', title: labels.subsidy, text: fen(figures.subsidyFen), color: SHARE_COLORS.subsidy },
    { key: 'own', title: labels.own, text: fen(figures.ownFen), color: SHARE_COLORS.own },
  ];
  return <TotalCards cards={cards} testId={testId} />;
}

/** The month a page shows (China Standard Time months, YYYY-MM), up to the current one. */
export function MonthPicker({ period, onChange, testId }: { period: string; onChange: (period: string) => void; testId: string }) {
  const { t } = useI18n();
  return (
    <DatePicker
      picker="month"
      format="YYYY-MM"
      allowClear={false}
      value={dayjs(`${period}-01`)}
      disabledDate={(d) => d.isAfter(dayjs(), 'month')}
      onChange={(d) => d && onChange(d.format('YYYY-MM'))}
      aria-label={t('computeJobs.usage.month')}
      data-testid={testId}
    />
  );
}
