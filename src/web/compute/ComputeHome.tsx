// /compute: the pool — every active and draining cluster with its provider, region, engine, pools
// with their GPUs in use and prices, and what its adapter last said — the cheapest price per
// GPU-hour of each model, and for tenants their projects with their allocations and this month's use.
import { useMemo, useState } from 'react';
import { App, Button, Card, Col, Empty, Flex, Row, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { CLUSTER_ENGINES, GPU_MODEL_NAMES, GPU_MODELS } from '../../shared/compute.ts';
import { useAsync } from '../components/hooks.ts';
import { PageHeader } from '../components/common.tsx';
import { EmptyState, ErrorAlert, ErrorResult, LoadingBlock } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import * as api from './api.ts';
import type { Cluster, ClusterEngine, ComputeProject, GpuModel } from './api.ts';
import { AllocationStatusTag, AdmissionTag, ClusterStatusTag, ComputeNav, EngineTag, GpuClassLabel, ObservedLine, UsageBar, useMemberships, useMoney } from './parts.tsx';
import { ProjectModal } from './ProjectModal.tsx';

const isEngine = (v: string | null): v is ClusterEngine => v !== null && (CLUSTER_ENGINES as readonly string[]).includes(v);
const isModel = (v: string | null): v is GpuModel => v !== null && (GPU_MODEL_NAMES as readonly string[]).includes(v);

/** The cheapest price per GPU-hour of each model in the pool, with how many GPUs of it there are. */
function PriceBoard({ clusters }: { clusters: Cluster[] }) {
  const { t, number } = useI18n();
  const money = useMoney();
  const rows = useMemo(() => {
    const m = new Map<GpuModel, { min: number; gpus: number; clusters: Set<string> }>();
    for (const c of clusters) {
      if (c.status !== 'active') continue;
      for (const p of c.pools) {
        if (!p.gpuModel) continue;
        const r = m.get(p.gpuModel) ?? { min: Infinity, gpus: 0, clusters: new Set<string>() };
        r.min = Math.min(r.min, p.gpuHourFen);
        r.gpus += p.gpusTotal;
        r.clusters.add(c.id);
        m.set(p.gpuModel, r);
      }
    }
    return GPU_MODEL_NAMES.filter((g) => m.has(g)).map((g) => ({ model: g, ...m.get(g)! }));
  }, [clusters]);
  if (!rows.length) return null;
  return (
    <div className="pj-panel" style={{ marginBottom: 16 }} data-testid="price-board">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('compute.pool.pricesTitle')}
      </Typography.Title>
      <Flex wrap gap={12}>
        {rows.map((r) => (
          <Card key={r.model} size="small" style={{ minWidth: 170 }} data-testid={`price-${r.model}`}>
            <Space orientation="vertical" size={0}>
              <Typography.Text strong>{r.model}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <GpuClassLabel gpuClass={GPU_MODELS[r.model].class} /> · {GPU_MODELS[r.model].memoryGb} GB
              </Typography.Text>
              <Typography.Text style={{ fontSize: 16 }}>{t('compute.pool.priceFrom', { price: money(r.min) })}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('compute.pool.gpusIn', { gpus: number(r.gpus), clusters: number(r.clusters.size) })}
              </Typography.Text>
            </Space>
          </Card>
        ))}
      </Flex>
    </div>
  );
}

/** The clusters of the pool as a table: one row per cluster, its pools stacked in a cell. */
export function ClusterTable({ clusters, loading, testId = 'cluster-table' }: { clusters: Cluster[]; loading?: boolean; testId?: string }) {
  const { t, pick, number } = useI18n();
  const money = useMoney();
  const columns: TableColumnsType<Cluster> = [
    {
      title: t('compute.cluster.name'),
      key: 'name',
      render: (_, c) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/compute/clusters/${encodeURIComponent(c.id)}`} data-testid={`cluster-link-${c.code}`}>
            {pick(c.name, c.nameEn)}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.code}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('compute.cluster.provider'), key: 'provider', render: (_, c) => pick(c.providerName, c.providerNameEn) },
    { title: t('compute.cluster.region'), dataIndex: 'region', key: 'region' },
    {
      title: t('compute.cluster.engine'),
      key: 'engine',
      render: (_, c) => (
        <Space size={0} wrap>
          <EngineTag engine={c.engine} />
          <ClusterStatusTag status={c.status} />
          {c.admission === 'consent' && <AdmissionTag admission={c.admission} />}
        </Space>
      ),
    },
    {
      title: t('compute.cluster.pools'),
      key: 'pools',
      render: (_, c) => (
        <Space orientation="vertical" size={4}>
          {c.pools.map((p) => (
            <div key={p.name} data-testid={`pool-${c.code}-${p.name}`}>
              <Flex gap={8} align="center">
                <Tag style={{ marginInlineEnd: 0 }}>{p.gpuModel ?? t('compute.gpuClass.cpu')}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                  {p.gpuModel ? t('compute.pool.perGpuHour', { price: money(p.gpuHourFen) }) : t('compute.pool.perCpuHour', { price: money(p.cpuHourFen) })}
                </Typography.Text>
              </Flex>
              {p.gpuModel ? (
                <UsageBar used={p.gpusInUse} total={p.gpusTotal} width={120} label={t('compute.pool.gpusUsed', { used: number(p.gpusInUse), total: number(p.gpusTotal) })} />
              ) : (
                <UsageBar used={p.cpusInUse} total={p.cpusTotal} width={120} label={t('compute.pool.cpusUsed', { used: number(p.cpusInUse), total: number(p.cpusTotal) })} />
              )}
            </div>
          ))}
        </Space>
      ),
    },
    { title: t('compute.cluster.observed'), key: 'observed', render: (_, c) => <ObservedLine observed={c.observed} testId={`observed-${c.code}`} /> },
  ];
  return <Table<Cluster> rowKey="id" columns={columns} dataSource={clusters} loading={loading} pagination={false} scroll={{ x: 900 }} size="middle" data-testid={testId} />;
}

function Pool() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const engine = isEngine(params.get('engine')) ? (params.get('engine') as ClusterEngine) : undefined;
  const gpuModel = isModel(params.get('model')) ? (params.get('model') as GpuModel) : undefined;
  const region = params.get('region') ?? undefined;
  const list = useAsync((signal) => api.clusters({ ...(engine ? { engine } : {}), ...(gpuModel ? { gpuModel } : {}), ...(region ? { region } : {}) }, signal), [engine, gpuModel, region]);
  // The regions offered: those of the whole pool, read once.
  const all = useAsync((signal) => api.clusters({}, signal), []);
  const regions = [...new Set((all.data?.items ?? []).map((c) => c.region))].sort();
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  if (list.error && !list.data) return <ErrorResult error={list.error} onRetry={list.reload} />;
  const items = list.data?.items ?? [];
  return (
    <section data-testid="compute-pool">
      <PriceBoard clusters={all.data?.items ?? []} />
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('compute.pool.title')}
        </Typography.Title>
        <Space wrap>
          <Select<string>
            allowClear
            placeholder={t('compute.pool.allEngines')}
            value={engine}
            onChange={(v) => set('engine', v)}
            options={CLUSTER_ENGINES.map((e) => ({ value: e, label: t(`compute.engine.${e}`) }))}
            style={{ width: 140 }}
            data-testid="filter-engine"
          />
          <Select<string>
            allowClear
            placeholder={t('compute.pool.allModels')}
            value={gpuModel}
            onChange={(v) => set('model', v)}
            options={GPU_MODEL_NAMES.map((m) => ({ value: m, label: m }))}
            style={{ width: 140 }}
            data-testid="filter-model"
          />
          <Select<string>
            allowClear
            placeholder={t('compute.pool.allRegions')}
            value={region}
            onChange={(v) => set('region', v)}
            options={regions.map((r) => ({ value: r, label: r }))}
            style={{ width: 180 }}
            data-testid="filter-region"
          />
          <Button icon={<ReloadOutlined />} onClick={list.reload} aria-label={t('common.refresh')} data-testid="pool-reload" />
        </Space>
      </Flex>
      <ErrorAlert error={list.error} onRetry={list.reload} />
      {list.loading && !list.data ? (
        <LoadingBlock />
      ) : items.length === 0 ? (
        <EmptyState description={engine || gpuModel || region ? t('compute.pool.noMatch') : t('compute.pool.empty')} />
      ) : (
        <ClusterTable clusters={items} loading={list.loading} />
      )}
    </section>
  );
}

/** One project with its allocations and this month's use. */
function ProjectCard({ p }: { p: ComputeProject }) {
  const { t, pick, number } = useI18n();
  return (
    <Card
      size="small"
      title={
        <Space orientation="vertical" size={0} style={{ padding: '6px 0', whiteSpace: 'normal' }}>
          <Space size={6} wrap>
            <Typography.Text strong>{p.code}</Typography.Text>
            <span>{pick(p.name, p.nameEn)}</span>
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
            {pick(p.orgName, p.orgNameEn)}
          </Typography.Text>
        </Space>
      }
      style={{ height: '100%' }}
      data-testid={`project-card-${p.code}`}
    >
      {p.allocations.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('compute.projects.noAllocation')} style={{ margin: 0 }} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }} size={12}>
          {p.allocations.map((a) => (
            <div key={a.id} data-testid={`project-allocation-${a.id}`}>
              <Flex justify="space-between" align="center" wrap gap={4}>
                <Space size={4}>
                  <Typography.Text strong>
                    <GpuClassLabel gpuClass={a.gpuClass} />
                  </Typography.Text>
                  <AllocationStatusTag status={a.status} />
                </Space>
                <Typography.Text type={a.use.daysToExpiry <= 14 ? 'warning' : 'secondary'} style={{ fontSize: 12 }}>
                  {a.status === 'active' ? t('compute.alloc.expiresIn', { days: number(Math.max(0, a.use.daysToExpiry)), date: a.endsOn }) : t('compute.alloc.period', { from: a.startsOn, to: a.endsOn })}
                </Typography.Text>
              </Flex>
              {a.gpuClass !== null && (
                <UsageBar used={a.use.gpuHoursUsed} total={a.gpuHoursPerMonth} width={180} label={t('compute.alloc.hoursUsed', { used: number(a.use.gpuHoursUsed), total: number(a.gpuHoursPerMonth) })} />
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('compute.alloc.runningOf', { running: number(a.use.runningGpus), max: number(a.maxConcurrentGpus) })}
              </Typography.Text>
            </div>
          ))}
        </Space>
      )}
    </Card>
  );
}

function MyProjects() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { list: memberships, admins } = useMemberships();
  const projects = useAsync((signal) => api.computeProjects(undefined, signal), []);
  const [adding, setAdding] = useState(false);
  if (!memberships.length) return null;
  const items = projects.data?.items ?? [];
  return (
    <section style={{ marginTop: 32 }} data-testid="my-projects">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('compute.projects.title')}
        </Typography.Title>
        <Space wrap>
          {admins.length > 0 && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="project-new">
              {t('compute.projects.new')}
            </Button>
          )}
          <Link to="/compute/allocations" data-testid="allocations-link">
            {admins.length > 0 ? t('compute.projects.requestLink') : t('compute.projects.allocationsLink')}
          </Link>
        </Space>
      </Flex>
      {projects.loading && !projects.data ? (
        <LoadingBlock rows={2} />
      ) : projects.error ? (
        <ErrorAlert error={projects.error} onRetry={projects.reload} />
      ) : items.length === 0 ? (
        <EmptyState description={t('compute.projects.empty')} />
      ) : (
        <Row gutter={[16, 16]}>
          {items.map((p) => (
            <Col key={p.id} xs={24} md={12} xl={8}>
              <ProjectCard p={p} />
            </Col>
          ))}
        </Row>
      )}
      <ProjectModal
        open={adding}
        onClose={() => setAdding(false)}
        onDone={(p) => {
          setAdding(false);
          void message.success(t('compute.projects.created', { code: p.code }));
          projects.reload();
        }}
      />
    </section>
  );
}

export default function ComputeHome() {
  const { t } = useI18n();
  return (
    <div data-testid="compute-home">
      <PageHeader title={t('compute.title')} subtitle={t('compute.subtitle')} />
      <ComputeNav />
      <Pool />
      <MyProjects />
    </div>
  );
}
