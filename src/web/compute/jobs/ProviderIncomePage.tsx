// A compute provider's income, for the members of its organization: the last six months by
// month, a month by cluster and by tenant, each split into what the programs' vouchers paid and
// what the tenants paid themselves, the month's statement to download, and the jobs running or
// run on its clusters.
import { Flex, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useSearchParams } from 'react-router';
import { JOB_STATES } from '../../../shared/compute.ts';
import { LoadMore, PageHeader } from '../../components/common.tsx';
import { useAsync, usePaged } from '../../components/hooks.ts';
import { EmptyState, ErrorResult, ListStates, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useMyProviders } from '../../ledger/market/parts.tsx';
import { ExportButtons } from '../../ledger/ops/parts.tsx';
import { ComputeNav } from '../parts.tsx';
import * as api from './api.ts';
import type { ComputeJob, JobState } from './api.ts';
import { ChartRow, MonthPicker, ShareTotals, StackedBars, StackedColumns, shareSeries, shareValues } from './charts.tsx';
import { JobStateTag, Money, PERIOD, currentPeriod, periodsBetween, shiftPeriod, useFen, useNames, useResources } from './parts.tsx';

const MONTHS = 6;
const isState = (v: string | null): v is JobState => v !== null && (JOB_STATES as readonly string[]).includes(v);

function ClusterJobs({ providerId }: { providerId: string }) {
  const { t, pick, dateTime } = useI18n();
  const resources = useResources();
  const [params, setParams] = useSearchParams();
  const clusters = useAsync((signal) => api.clusters({ providerId, mine: 'true' }, signal), [providerId]);
  const list0 = clusters.data?.items ?? [];
  const cp = params.get('cluster');
  const clusterId = (list0.find((c) => c.id === cp) ?? list0[0])?.id;
  const s = params.get('jobState');
  const state = isState(s) ? s : undefined;
  const list = usePaged(
    async (cursor, signal) => (clusterId ? api.clusterJobs(clusterId, { cursor, limit: 50, ...(state ? { state } : {}) }, signal) : { items: [], nextCursor: null, total: 0, totalCapped: false }),
    [clusterId, state],
  );
  const set = (key: string, v: string | undefined) => {
    const n = new URLSearchParams(params);
    if (v) n.set(key, v);
    else n.delete(key);
    setParams(n, { replace: true });
  };
  const columns: TableColumnsType<ComputeJob> = [
    {
      title: t('computeJobs.col.job'),
      key: 'job',
      render: (_, j) => (
        <Space orientation="vertical" size={0}>
          <span>{j.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {j.id}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('computeJobs.income.tenant'), key: 'org', width: 160, ellipsis: true, render: (_, j) => pick(j.orgName, j.orgNameEn) },
    { title: t('computeJobs.col.state'), key: 'state', width: 100, render: (_, j) => <JobStateTag state={j.state} /> },
    { title: t('computeJobs.col.resources'), key: 'res', width: 190, render: (_, j) => resources(j) },
    { title: t('computeJobs.col.pool'), key: 'pool', width: 80, render: (_, j) => j.pool ?? '—' },
    { title: t('computeJobs.col.started'), key: 'started', width: 140, render: (_, j) => dateTime(j.startedAt) },
    { title: t('computeJobs.col.ended'), key: 'ended', width: 140, render: (_, j) => dateTime(j.endedAt) },
    { title: t('computeJobs.col.charge'), key: 'charge', width: 90, align: 'right', render: (_, j) => (j.charge ? <Money fen={j.charge.totalFen} /> : '—') },
  ];
  if (clusters.error != null && !clusters.data) return <ErrorResult error={clusters.error} onRetry={clusters.reload} />;
  if (!clusters.data) return <LoadingBlock rows={3} />;
  if (list0.length === 0) return <EmptyState description={t('computeJobs.income.noClusters')} />;
  return (
    <div data-testid="cj-provider-jobs">
      <Flex gap={16} wrap align="center" style={{ marginBottom: 12 }}>
        <Space>
          <label htmlFor="cj-provider-cluster">{t('computeJobs.col.cluster')}</label>
          <Select<string>
            id="cj-provider-cluster"
            value={clusterId}
            style={{ minWidth: 220 }}
            options={list0.map((c) => ({ value: c.id, label: pick(c.name, c.nameEn) }))}
            onChange={(v) => set('cluster', v)}
            data-testid="cj-provider-cluster"
          />
        </Space>
        <Space>
          <label htmlFor="cj-provider-state">{t('computeJobs.col.state')}</label>
          <Select<string>
            id="cj-provider-state"
            value={state ?? ''}
            style={{ width: 160 }}
            options={[{ value: '', label: t('computeJobs.mine.allStates') }, ...JOB_STATES.map((x) => ({ value: x, label: t(`computeJobs.state.${x}`) }))]}
            onChange={(v) => set('jobState', v || undefined)}
            data-testid="cj-provider-state"
          />
        </Space>
      </Flex>
      <ListStates list={list}>
        <Table<ComputeJob>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={list.items}
          pagination={false}
          scroll={{ x: 1000 }}
          locale={{ emptyText: <EmptyState description={t('computeJobs.income.noJobs')} /> }}
          data-testid="cj-provider-jobs-table"
        />
        <LoadMore list={list} testId="cj-provider-jobs-more" />
      </ListStates>
    </div>
  );
}

export default function ProviderIncomePage() {
  const { t, pick } = useI18n();
  const fen = useFen();
  const names = useNames();
  const providers = useMyProviders();
  const [params, setParams] = useSearchParams();
  const mine = [...(providers.data?.values() ?? [])].filter((p) => p.categories.includes('compute'));
  const pp = params.get('provider');
  const provider = mine.find((p) => p.id === pp) ?? mine[0];
  const p = params.get('period');
  const period = p && PERIOD.test(p) ? p : currentPeriod();
  const set = (key: string, v: string | undefined) => {
    const n = new URLSearchParams(params);
    if (v) n.set(key, v);
    else n.delete(key);
    setParams(n, { replace: true });
  };

  const months = periodsBetween(shiftPeriod(period, MONTHS - 1), period);
  const data = useAsync(
    async (signal) => {
      if (!provider) return null;
      const statements = await Promise.all(months.map((m) => api.providerStatement(provider.id, m, signal)));
      return { statements, current: statements[statements.length - 1]! };
    },
    [provider?.id, period],
  );

  const labels = { subsidy: t('computeJobs.income.subsidy'), own: t('computeJobs.income.own') };
  const shares = shareSeries(labels);
  const none = t('computeJobs.income.none');

  return (
    <div data-testid="cj-income-page">
      <ComputeNav />
      <PageHeader
        title={t('computeJobs.income.title')}
        subtitle={t('computeJobs.income.intro')}
        extra={
          provider && (
            <>
              {mine.length > 1 ? (
                <Select<string>
                  value={provider.id}
                  style={{ minWidth: 220 }}
                  options={mine.map((x) => ({ value: x.id, label: pick(x.orgName, x.orgNameEn) }))}
                  onChange={(v) => set('provider', v)}
                  aria-label={t('computeJobs.income.provider')}
                  data-testid="cj-income-provider"
                />
              ) : (
                <Typography.Text strong data-testid="cj-income-provider">
                  {pick(provider.orgName, provider.orgNameEn)}
                </Typography.Text>
              )}
              <MonthPicker period={period} onChange={(v) => set('period', v)} testId="cj-income-month" />
              <ExportButtons testId="cj-income" fetch={(f) => api.exportProviderStatement(provider.id, period, f)} />
            </>
          )
        }
      />
      {providers.error != null && !providers.data ? (
        <ErrorResult error={providers.error} onRetry={providers.reload} />
      ) : !providers.data ? (
        <LoadingBlock />
      ) : !provider ? (
        <div className="pj-panel">
          <EmptyState description={t('computeJobs.income.notProvider')} />
        </div>
      ) : data.error != null && !data.data ? (
        <ErrorResult error={data.error} onRetry={data.reload} />
      ) : !data.data ? (
        <LoadingBlock />
      ) : (
        <>
          <ShareTotals figures={data.data.current.totals} total={{ key: 'total', title: t('computeJobs.income.total') }} labels={labels} testId="cj-income" />
          <ChartRow
            panels={[
              {
                title: t('computeJobs.income.byMonth'),
                chart: <StackedColumns testId="cj-chart-income-month" columns={data.data.statements.map((s) => ({ label: s.period, values: shareValues(s.totals) }))} series={shares} format={fen} emptyText={none} />,
              },
              {
                title: t('computeJobs.income.byCluster', { period }),
                chart: (
                  <StackedBars
                    testId="cj-chart-income-cluster"
                    rows={data.data.current.byCluster.map((c) => ({ key: c.clusterId, label: names.cluster(c.clusterId, c.clusterName), values: shareValues(c) }))}
                    series={shares}
                    format={fen}
                    emptyText={none}
                  />
                ),
              },
              {
                title: t('computeJobs.income.byTenant', { period }),
                chart: <StackedBars testId="cj-chart-income-tenant" rows={data.data.current.byTenant.map((c) => ({ key: c.orgId, label: pick(c.orgName, c.orgNameEn), values: shareValues(c) }))} series={shares} format={fen} emptyText={none} />,
              },
            ]}
          />
          <div className="pj-panel">
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {t('computeJobs.income.jobs')}
            </Typography.Title>
            <ClusterJobs providerId={provider.id} />
          </div>
        </>
      )}
    </div>
  );
}
