// Usage and spend of a tenant organization (or one of its projects): a month's GPU-hours by GPU
// model and its spend split into the voucher's share and the organization's own, by day, the
// last twelve months by month, the month by project, and the month's statement (every metered
// job) to download as CSV or XLSX. Months are the center's (China Standard Time).
import { Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { EmptyState, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { OrgPicker, useMemberships } from '../../ledger/market/parts.tsx';
import { ExportButtons } from '../../ledger/ops/parts.tsx';
import { ComputeNav } from '../parts.tsx';
import * as api from './api.ts';
import type { StatementLine, TenantStatement, UsagePoint } from './api.ts';
import { ChartRow, MonthPicker, SERIES_COLORS, ShareTotals, StackedBars, StackedColumns, shareSeries, shareValues, type Column, type Series } from './charts.tsx';
import { JobStateTag, Money, PERIOD, currentPeriod, periodStart, periodsBetween, shiftPeriod, useFen, useHours, useNames } from './parts.tsx';

/** The days of a month, YYYY-MM-DD. */
function daysOf(period: string): string[] {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const n = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: n }, (_, i) => `${period}-${String(i + 1).padStart(2, '0')}`);
}

/** The models that appear in a series, each with its colour. */
function modelSeries(points: UsagePoint[], cpuLabel: string): Series[] {
  const models = [...new Set(points.filter((p) => p.gpuHours > 0).map((p) => p.gpuModel ?? ''))].sort();
  return models.map((m, i) => ({ key: m, label: m || cpuLabel, color: SERIES_COLORS[i % SERIES_COLORS.length]! }));
}

function hoursColumns(points: UsagePoint[], periods: string[], label: (p: string) => string): Column[] {
  return periods.map((p) => {
    const values: Record<string, number> = {};
    for (const x of points) if (x.period === p) values[x.gpuModel ?? ''] = (values[x.gpuModel ?? ''] ?? 0) + x.gpuHours;
    return { label: label(p), values };
  });
}

function moneyColumns(points: UsagePoint[], periods: string[], label: (p: string) => string): Column[] {
  return periods.map((p) => {
    const sum = { subsidyFen: 0, ownFen: 0 };
    for (const x of points) {
      if (x.period !== p) continue;
      sum.subsidyFen += x.subsidyFen;
      sum.ownFen += x.ownFen;
    }
    return { label: label(p), values: shareValues(sum) };
  });
}

function StatementBlock({ orgId, period }: { orgId: string; period: string }) {
  const { t, dateTime } = useI18n();
  const hours = useHours();
  const names = useNames();
  const st = useAsync((signal) => api.tenantStatement(orgId, period, signal), [orgId, period]);
  const columns: TableColumnsType<StatementLine> = [
    { title: t('computeJobs.col.job'), key: 'job', render: (_, l) => <Link to={`/compute/jobs/${encodeURIComponent(l.jobId)}`}>{l.name}</Link> },
    { title: t('computeJobs.col.project'), key: 'project', ellipsis: true, render: (_, l) => names.project(l.projectId, l.projectName) },
    { title: t('computeJobs.col.cluster'), key: 'cluster', ellipsis: true, render: (_, l) => names.cluster(l.clusterId, l.clusterName) },
    { title: t('computeJobs.col.state'), key: 'state', width: 100, render: (_, l) => <JobStateTag state={l.state} /> },
    { title: t('computeJobs.usage.gpuHours'), key: 'hours', width: 120, align: 'right', render: (_, l) => `${hours(l.gpuHours)}${l.gpuModel ? ` ${l.gpuModel}` : ''}` },
    { title: t('computeJobs.charge.total'), key: 'total', width: 120, align: 'right', render: (_, l) => <Money fen={l.totalFen} /> },
    { title: t('computeJobs.charge.subsidy'), key: 'subsidy', width: 120, align: 'right', render: (_, l) => <Money fen={l.subsidyFen} /> },
    { title: t('computeJobs.charge.own'), key: 'own', width: 120, align: 'right', render: (_, l) => <Money fen={l.ownFen} /> },
    { title: t('computeJobs.usage.meteredAt'), key: 'at', width: 150, render: (_, l) => dateTime(l.meteredAt) },
  ];
  return (
    <div data-testid="cj-statement">
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('computeJobs.usage.statement', { period })}
        </Typography.Title>
        <ExportButtons testId="cj-statement" fetch={(f) => api.exportTenantStatement(orgId, period, f)} />
      </Flex>
      {st.error != null && !st.data ? (
        <ErrorResult error={st.error} onRetry={st.reload} />
      ) : !st.data ? (
        <LoadingBlock rows={3} />
      ) : (
        <StatementTables st={st.data} columns={columns} />
      )}
    </div>
  );
}

function StatementTables({ st, columns }: { st: TenantStatement; columns: TableColumnsType<StatementLine> }) {
  const { t } = useI18n();
  const hours = useHours();
  return (
    <>
      <Typography.Paragraph type="secondary" data-testid="cj-statement-totals">
        {t('computeJobs.usage.statementTotals', { jobs: st.totals.jobs, hours: hours(st.totals.gpuHours) })} <Money fen={st.totals.totalFen} strong /> · {t('computeJobs.charge.subsidy')} <Money fen={st.totals.subsidyFen} /> ·{' '}
        {t('computeJobs.charge.own')} <Money fen={st.totals.ownFen} />
      </Typography.Paragraph>
      <Table<StatementLine>
        rowKey="jobId"
        size="small"
        columns={columns}
        dataSource={st.lines}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 1100 }}
        locale={{ emptyText: <EmptyState description={t('computeJobs.usage.statementEmpty')} /> }}
        data-testid="cj-statement-lines"
      />
    </>
  );
}

export default function UsagePage() {
  const { t, pick } = useI18n();
  const fen = useFen();
  const hours = useHours();
  const names = useNames();
  const { list: memberships } = useMemberships();
  const [params, setParams] = useSearchParams();
  const orgParam = params.get('org');
  const orgId = (memberships.find((m) => m.orgId === orgParam) ?? memberships[0])?.orgId;
  const projectId = params.get('project') ?? undefined;
  const p = params.get('period');
  const period = p && PERIOD.test(p) ? p : currentPeriod();
  const set = (key: string, v: string | undefined) => {
    const n = new URLSearchParams(params);
    if (v) n.set(key, v);
    else n.delete(key);
    if (key === 'org') n.delete('project');
    setParams(n, { replace: true });
  };

  const projects = useAsync((signal) => api.projects(signal), []);
  const orgProjects = (projects.data?.items ?? []).filter((x) => x.orgId === orgId);
  const data = useAsync(
    async (signal) => {
      if (!orgId) return null;
      const scope = projectId ? { projectId } : { orgId };
      const first = shiftPeriod(period, 11);
      const next = shiftPeriod(period, -1);
      const [month, year] = await Promise.all([
        api.usage({ ...scope, from: periodStart(period), to: periodStart(next), granularity: 'day' }, signal),
        api.usage({ ...scope, from: periodStart(first), to: periodStart(next), granularity: 'month' }, signal),
      ]);
      return { month, year, months: periodsBetween(first, period) };
    },
    [orgId, projectId, period],
  );

  const cpuLabel = t('computeJobs.usage.cpuOnly');
  const labels = { subsidy: t('computeJobs.charge.subsidy'), own: t('computeJobs.charge.own') };
  const shares = shareSeries(labels);
  const noUse = t('computeJobs.usage.noUse');

  return (
    <div data-testid="cj-usage-page">
      <ComputeNav />
      <PageHeader
        title={t('computeJobs.usage.title')}
        subtitle={t('computeJobs.usage.intro')}
        extra={
          orgId && (
            <>
              <OrgPicker candidates={memberships} value={orgId} onChange={(v) => set('org', v)} testId="cj-usage-org" />
              <Select<string>
                value={projectId ?? ''}
                style={{ minWidth: 220 }}
                options={[{ value: '', label: t('computeJobs.usage.allProjects') }, ...orgProjects.map((x) => ({ value: x.id, label: `${x.code} · ${pick(x.name, x.nameEn)}` }))]}
                onChange={(v) => set('project', v || undefined)}
                aria-label={t('computeJobs.col.project')}
                data-testid="cj-usage-project"
              />
              <MonthPicker period={period} onChange={(v) => set('period', v)} testId="cj-usage-month" />
            </>
          )
        }
      />
      {!orgId ? (
        <div className="pj-panel">
          <EmptyState description={t('computeJobs.usage.noOrg')}>
            <Link to="/orgs">{t('me.browseOrgs')}</Link>
          </EmptyState>
        </div>
      ) : data.error != null && !data.data ? (
        <ErrorResult error={data.error} onRetry={data.reload} />
      ) : !data.data ? (
        <LoadingBlock />
      ) : (
        <>
          <ShareTotals figures={{ ...data.data.month.totals, totalFen: data.data.month.totals.spendFen }} total={{ key: 'spend', title: t('computeJobs.usage.spend') }} labels={labels} testId="cj-usage" />
          <ChartRow
            panels={[
              {
                title: t('computeJobs.usage.hoursByDay', { period }),
                chart: (
                  <StackedColumns
                    testId="cj-chart-hours-day"
                    columns={hoursColumns(data.data.month.series, daysOf(period), (d) => d.slice(8))}
                    series={modelSeries(data.data.month.series, cpuLabel)}
                    format={(v) => t('computeJobs.usage.hoursValue', { h: hours(v) })}
                    emptyText={noUse}
                  />
                ),
              },
              {
                title: t('computeJobs.usage.spendByDay', { period }),
                chart: <StackedColumns testId="cj-chart-spend-day" columns={moneyColumns(data.data.month.series, daysOf(period), (d) => d.slice(8))} series={shares} format={fen} emptyText={noUse} />,
              },
            ]}
          />
          <ChartRow
            panels={[
              {
                title: t('computeJobs.usage.byMonth'),
                chart: <StackedColumns testId="cj-chart-spend-month" columns={moneyColumns(data.data.year.series, data.data.months, (m) => m)} series={shares} format={fen} emptyText={noUse} />,
              },
              {
                title: t('computeJobs.usage.byProject', { period }),
                chart: (
                  <StackedBars
                    testId="cj-chart-projects"
                    rows={data.data.month.byProject.map((x) => ({ key: x.projectId, label: names.project(x.projectId, x.projectName), values: shareValues(x) }))}
                    series={shares}
                    format={fen}
                    emptyText={noUse}
                  />
                ),
              },
            ]}
          />
          <div className="pj-panel">
            <StatementBlock orgId={orgId} period={period} />
          </div>
        </>
      )}
    </div>
  );
}
