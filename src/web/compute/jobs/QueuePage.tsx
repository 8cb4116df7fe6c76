// The pool's queue in the scheduler's order: each waiting job's place, why it waits (in words,
// one message per reason the scheduler gives), and when it is expected to start. Jobs of the
// caller's organizations are shown in full, others only as "another tenant". Refreshed every
// few seconds; filtered by GPU class, cluster and reason, or to my organizations' jobs.
import { Button, Checkbox, Flex, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { GPU_CLASSES, type GpuClass } from '../../../shared/compute.ts';
import { PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { EmptyState, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { ComputeNav } from '../parts.tsx';
import * as api from './api.ts';
import type { QueueEntry, WaitReason } from './api.ts';
import { ALL_REASONS, JobStateTag, WaitReasonText, reasonKey, useDuration, useLimit, usePoll, useResources } from './parts.tsx';

type Row = QueueEntry & { rowKey: string };
const isClass = (v: string | null): v is GpuClass => v !== null && (GPU_CLASSES as readonly string[]).includes(v);
const isReason = (v: string | null): v is WaitReason => v !== null && (ALL_REASONS as readonly string[]).includes(v);

export default function QueuePage() {
  const { t, dateTime, number, pick } = useI18n();
  const resources = useResources();
  const limit = useLimit();
  const duration = useDuration();
  const [params, setParams] = useSearchParams();
  const c = params.get('class');
  const gpuClass = isClass(c) ? c : undefined;
  const clusterId = params.get('cluster') ?? undefined;
  const r = params.get('reason');
  const reason = isReason(r) ? r : undefined;
  const mineOnly = params.get('mine') === '1';

  const clusters = useAsync((signal) => api.clusters({}, signal), []);
  const q = useAsync((signal) => api.queue({ limit: 500, ...(gpuClass ? { gpuClass } : {}), ...(clusterId ? { clusterId } : {}) }, signal), [gpuClass, clusterId]);
  usePoll(
    async () => {
      q.setData(await api.queue({ limit: 500, ...(gpuClass ? { gpuClass } : {}), ...(clusterId ? { clusterId } : {}) }));
    },
    4000,
    !!q.data,
  );

  const set = (key: string, v: string | undefined) => {
    const p = new URLSearchParams(params);
    if (v) p.set(key, v);
    else p.delete(key);
    setParams(p, { replace: true });
  };

  const items: Row[] = (q.data?.items ?? []).map((e, i) => ({ ...e, rowKey: e.jobId ?? `other-${i}` })).filter((e) => (!mineOnly || e.mine) && (!reason || e.reason === reason));
  const counts = new Map<WaitReason, number>();
  for (const e of q.data?.items ?? []) if (e.reason) counts.set(e.reason, (counts.get(e.reason) ?? 0) + 1);
  const clusterName = new Map((clusters.data?.items ?? []).map((x) => [x.id, pick(x.name, x.nameEn)]));

  const columns: TableColumnsType<Row> = [
    { title: t('computeJobs.queue.position'), key: 'pos', width: 104, align: 'right', render: (_, e) => (e.position !== null ? <Typography.Text strong>{number(e.position)}</Typography.Text> : '—') },
    {
      title: t('computeJobs.col.job'),
      key: 'job',
      render: (_, e) =>
        e.mine && e.jobId ? (
          <Space orientation="vertical" size={0}>
            <Link to={`/compute/jobs/${encodeURIComponent(e.jobId)}`} data-testid={`cj-queue-row-${e.jobId}`}>
              {e.name}
            </Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {e.orgName && pick(e.orgName, e.orgNameEn)}
            </Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('computeJobs.queue.otherTenant')}</Typography.Text>
        ),
    },
    { title: t('computeJobs.col.state'), key: 'state', width: 96, render: (_, e) => <JobStateTag state={e.state} /> },
    { title: t('computeJobs.col.resources'), key: 'res', width: 160, render: (_, e) => resources(e) },
    { title: t('computeJobs.col.timeLimit'), key: 'limit', width: 90, render: (_, e) => limit(e.timeLimitMinutes) },
    {
      title: t('computeJobs.queue.reason'),
      key: 'reason',
      width: 180,
      render: (_, e) => (e.state === 'admitted' ? <Typography.Text type="secondary">{t('computeJobs.queue.admittedNote')}</Typography.Text> : <WaitReasonText reason={e.reason} testId={e.jobId ? `cj-queue-reason-${e.jobId}` : undefined} />),
    },
    {
      title: t('computeJobs.queue.expectedStart'),
      key: 'expected',
      width: 140,
      render: (_, e) => (e.expectedStartAt ? dateTime(e.expectedStartAt) : <Typography.Text type="secondary">{t('computeJobs.queue.noEstimate')}</Typography.Text>),
    },
    {
      title: t('computeJobs.queue.waited'),
      key: 'waited',
      width: 90,
      render: (_, e) => duration((Date.now() - Date.parse(e.submittedAt)) / 1000),
    },
    { title: t('computeJobs.col.cluster'), key: 'cluster', width: 120, ellipsis: true, render: (_, e) => (e.clusterId ? (clusterName.get(e.clusterId) ?? e.clusterId) : '—') },
  ];

  return (
    <div data-testid="cj-queue-page">
      <ComputeNav />
      <PageHeader
        title={t('computeJobs.queue.title')}
        subtitle={t('computeJobs.queue.intro')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={q.reload} data-testid="cj-queue-refresh">
            {t('common.refresh')}
          </Button>
        }
      />
      <div className="pj-panel">
        <Flex gap={16} wrap align="center" style={{ marginBottom: 12 }}>
          <Space>
            <label htmlFor="cj-queue-class">{t('computeJobs.queue.gpuClass')}</label>
            <Select<string>
              id="cj-queue-class"
              value={gpuClass ?? ''}
              style={{ width: 160 }}
              options={[{ value: '', label: t('computeJobs.queue.allClasses') }, ...GPU_CLASSES.map((x) => ({ value: x, label: t(`computeJobs.gpuClass.${x}`) }))]}
              onChange={(v) => set('class', v || undefined)}
              data-testid="cj-queue-class"
            />
          </Space>
          <Space>
            <label htmlFor="cj-queue-cluster">{t('computeJobs.col.cluster')}</label>
            <Select<string>
              id="cj-queue-cluster"
              value={clusterId ?? ''}
              style={{ minWidth: 200 }}
              options={[{ value: '', label: t('computeJobs.queue.allClusters') }, ...(clusters.data?.items ?? []).map((x) => ({ value: x.id, label: pick(x.name, x.nameEn) }))]}
              onChange={(v) => set('cluster', v || undefined)}
              data-testid="cj-queue-cluster"
            />
          </Space>
          <Space>
            <label htmlFor="cj-queue-reason">{t('computeJobs.queue.reason')}</label>
            <Select<string>
              id="cj-queue-reason"
              value={reason ?? ''}
              style={{ minWidth: 200 }}
              options={[{ value: '', label: t('computeJobs.queue.allReasons') }, ...ALL_REASONS.map((x) => ({ value: x, label: `${t(reasonKey(x))}${counts.get(x) ? ` (${counts.get(x)})` : ''}` }))]}
              onChange={(v) => set('reason', v || undefined)}
              data-testid="cj-queue-reason"
            />
          </Space>
          <Checkbox checked={mineOnly} onChange={(e) => set('mine', e.target.checked ? '1' : undefined)} data-testid="cj-queue-mine">
            {t('computeJobs.queue.mineOnly')}
          </Checkbox>
        </Flex>
        {q.data && (
          <Flex gap={16} wrap style={{ marginBottom: 12 }}>
            <Typography.Text type="secondary" data-testid="cj-queue-total">
              {t('computeJobs.queue.total', { n: number(q.data.total) })}
            </Typography.Text>
            <Typography.Text type="secondary">{q.data.lastPassAt ? t('computeJobs.queue.lastPass', { at: dateTime(q.data.lastPassAt) }) : t('computeJobs.queue.noPass')}</Typography.Text>
            {[...counts.entries()].map(([k, n]) => (
              <Tag key={k}>
                {t(reasonKey(k))}: {number(n)}
              </Tag>
            ))}
          </Flex>
        )}
        {q.error != null && !q.data ? (
          <ErrorResult error={q.error} onRetry={q.reload} />
        ) : !q.data ? (
          <LoadingBlock />
        ) : (
          <Table<Row>
            rowKey="rowKey"
            columns={columns}
            dataSource={items}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ x: 1100 }}
            locale={{ emptyText: <EmptyState description={t('computeJobs.queue.empty')} /> }}
            data-testid="cj-queue-table"
          />
        )}
      </div>
    </div>
  );
}
