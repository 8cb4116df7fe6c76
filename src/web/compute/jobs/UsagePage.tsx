// Usage and spend of a tenant organization (or one of its projects): a month's GPU-hours by GPU
// model and its spend split into the voucher's share and the organization's own, by day, the
// last twelve months by month, the month by project, and the month's statement (every metered
// job) to download as CSV or XLSX. Months are the center's (China Standard Time).
import { useState } from 'react';
import { App, Button, Col, DatePicker, Flex, Row, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { EmptyState, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { OrgPicker, useMemberships } from '../../ledger/market/parts.tsx';
import { ComputeNav } from '../parts.tsx';
import * as api from './api.ts';
import type { ExportFormat, StatementLine, TenantStatement, Usage, UsagePoint } from './api.ts';
import { SERIES_COLORS, SHARE_COLORS, StackedBars, StackedColumns, type Column, type Series } from './charts.tsx';
import { JobStateTag, Money, PERIOD, currentPeriod, periodStart, periodsBetween, shiftPeriod, useFen, useHours, useNames, TotalCards } from './parts.tsx';

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
    let subsidy = 0;
    let own = 0;
    for (const x of points) {
      if (x.period !== p) continue;
      subsidy += x.subsidyFen;
      own += x.ownFen;
    }
    return { label: label(p), values: { subsidy, own } };
  });
}

function Totals({ usage }: { usage: Usage }) {
  const { t, number } = useI18n();
  const hours = useHours();
  const fen = useFen();
  const u = usage.totals;
  const cards = [
    { key: 'jobs', title: t('computeJobs.usage.jobs'), text: number(u.jobs) },
    { key: 'gpuHours', title: t('computeJobs.usage.gpuHours'), text: hours(u.gpuHours) },
    { key: 'spend', title: t('computeJobs.usage.spend'), text: fen(u.spendFen) },
    { key: 'subsidy', title: t('computeJobs.charge.subsidy'), text: fen(u.subsidyFen), color: SHARE_COLORS.subsidy },
    { key: 'own', title: t('computeJobs.charge.own'), text: fen(u.ownFen), color: SHARE_COLORS.own },
  ];
  return <TotalCards cards={cards} testId="cj-usage" />;
}

function StatementBlock({ orgId, period }: { orgId: string; period: string }) {
  const { t, dateTime, errorText } = useI18n();
  const { message } = App.useApp();
  const hours = useHours();
  const names = useNames();
  const st = useAsync((signal) => api.tenantStatement(orgId, period, signal), [orgId, period]);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const run = async (f: ExportFormat) => {
    setBusy(f);
    try {
      api.saveFile(await api.exportTenantStatement(orgId, period, f));
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(null);
    }
  };
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
        <Space>
          {(['csv', 'xlsx'] as const).map((f) => (
            <Button key={f} icon={<DownloadOutlined />} loading={busy === f} onClick={() => void run(f)} data-testid={`cj-statement-${f}`}>
              {t(f === 'csv' ? 'computeJobs.usage.exportCsv' : 'computeJobs.usage.exportXlsx')}
            </Button>
          ))}
        </Space>
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
  const shares: Series[] = [
    { key: 'subsidy', label: t('computeJobs.charge.subsidy'), color: SHARE_COLORS.subsidy },
    { key: 'own', label: t('computeJobs.charge.own'), color: SHARE_COLORS.own },
  ];

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
              <DatePicker
                picker="month"
                format="YYYY-MM"
                allowClear={false}
                value={dayjs(`${period}-01`)}
                disabledDate={(d) => d.isAfter(dayjs(), 'month')}
                onChange={(d) => d && set('period', d.format('YYYY-MM'))}
                aria-label={t('computeJobs.usage.month')}
                data-testid="cj-usage-month"
              />
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
          <Totals usage={data.data.month} />
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} xl={12}>
              <div className="pj-panel" style={{ height: '100%' }}>
                <Typography.Title level={5} style={{ marginTop: 0 }}>
                  {t('computeJobs.usage.hoursByDay', { period })}
                </Typography.Title>
                <StackedColumns
                  testId="cj-chart-hours-day"
                  columns={hoursColumns(data.data.month.series, daysOf(period), (d) => d.slice(8))}
                  series={modelSeries(data.data.month.series, cpuLabel)}
                  format={(v) => t('computeJobs.usage.hoursValue', { h: hours(v) })}
                  emptyText={t('computeJobs.usage.noUse')}
                />
              </div>
            </Col>
            <Col xs={24} xl={12}>
              <div className="pj-panel" style={{ height: '100%' }}>
                <Typography.Title level={5} style={{ marginTop: 0 }}>
                  {t('computeJobs.usage.spendByDay', { period })}
                </Typography.Title>
                <StackedColumns testId="cj-chart-spend-day" columns={moneyColumns(data.data.month.series, daysOf(period), (d) => d.slice(8))} series={shares} format={fen} emptyText={t('computeJobs.usage.noUse')} />
              </div>
            </Col>
          </Row>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} xl={12}>
              <div className="pj-panel" style={{ height: '100%' }}>
                <Typography.Title level={5} style={{ marginTop: 0 }}>
                  {t('computeJobs.usage.byMonth')}
                </Typography.Title>
                <StackedColumns testId="cj-chart-spend-month" columns={moneyColumns(data.data.year.series, data.data.months, (m) => m)} series={shares} format={fen} emptyText={t('computeJobs.usage.noUse')} />
              </div>
            </Col>
            <Col xs={24} xl={12}>
              <div className="pj-panel" style={{ height: '100%' }}>
                <Typography.Title level={5} style={{ marginTop: 0 }}>
                  {t('computeJobs.usage.byProject', { period })}
                </Typography.Title>
                <StackedBars
                  testId="cj-chart-projects"
                  rows={data.data.month.byProject.map((x) => ({ key: x.projectId, label: names.project(x.projectId, x.projectName), values: { subsidy: x.subsidyFen, own: x.ownFen } }))}
                  series={shares}
                  format={fen}
                  emptyText={t('computeJobs.usage.noUse')}
                />
              </div>
            </Col>
          </Row>
          <div className="pj-panel">
            <StatementBlock orgId={orgId} period={period} />
          </div>
        </>
      )}
    </div>
  );
}
