// My compute jobs (or all jobs of one of my organizations, or of one array), newest first, with
// their state, why a pending one waits, how an ended one ended (its message in the UI language),
// where it runs and what it cost; refreshed every few
// seconds while any of them has not ended. Jobs are submitted from here.
import { App, Button, Flex, Popconfirm, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { JOB_STATES } from '../../../shared/compute.ts';
import { LoadMore, PageHeader } from '../../components/common.tsx';
import { usePaged } from '../../components/hooks.ts';
import { EmptyState, ListStates } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useMemberships } from '../../ledger/market/parts.tsx';
import { ComputeNav } from '../parts.tsx';
import * as api from './api.ts';
import type { ComputeJob, JobState } from './api.ts';
import { JobStateTag, Money, WaitReasonText, isFinal, useDuration, useJobText, useNames, usePoll, useResources } from './parts.tsx';

const isState = (v: string | null): v is JobState => v !== null && (JOB_STATES as readonly string[]).includes(v);

/** How an ended job ended, in one line (the whole on hover). */
function EndMessage({ text, testId }: { text: string | null; testId: string }) {
  if (!text) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12, maxWidth: 160 }} ellipsis={{ tooltip: text }} data-testid={testId}>
      {text}
    </Typography.Text>
  );
}

export default function MyJobsPage() {
  const { t, dateTime, pick, errorText } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const resources = useResources();
  const duration = useDuration();
  const names = useNames();
  const said = useJobText();
  const { list: memberships } = useMemberships();
  const [params, setParams] = useSearchParams();
  const s = params.get('state');
  const state = isState(s) ? s : undefined;
  const orgParam = params.get('org');
  const orgId = memberships.find((m) => m.orgId === orgParam)?.orgId;
  const arrayId = params.get('arrayId') ?? undefined;

  const list = usePaged((cursor, signal) => api.jobs({ cursor, limit: 50, ...(state ? { state } : {}), ...(orgId ? { orgId } : {}), ...(arrayId ? { arrayId } : {}) }, signal), [state, orgId, arrayId]);
  const live = list.items.some((j) => !isFinal(j.state) || (j.meteredAt === null && j.startedAt !== null));
  // Rows change state while the list is open: the first page is read again every few seconds.
  usePoll(
    async () => {
      const page = await api.jobs({ limit: Math.max(50, list.items.length), ...(state ? { state } : {}), ...(orgId ? { orgId } : {}), ...(arrayId ? { arrayId } : {}) });
      const fresh = new Map(page.items.map((j) => [j.id, j]));
      list.setItems((items) => items.map((j) => fresh.get(j.id) ?? j));
    },
    3000,
    live,
  );

  const set = (key: string, v: string | undefined) => {
    const p = new URLSearchParams(params);
    if (v) p.set(key, v);
    else p.delete(key);
    setParams(p, { replace: true });
  };

  const cancel = async (j: ComputeJob) => {
    try {
      await api.cancel(j.id);
      void message.success(t('computeJobs.job.cancelAsked'));
      list.reload();
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  const columns: TableColumnsType<ComputeJob> = [
    {
      title: t('computeJobs.col.job'),
      key: 'name',
      render: (_, j) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/compute/jobs/${encodeURIComponent(j.id)}`} data-testid={`cj-row-${j.id}`}>
            {j.name}
            {j.arrayId !== null && ` [${j.arrayIndex}]`}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {names.project(j.projectId, j.projectName)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('computeJobs.col.state'),
      key: 'state',
      width: 170,
      render: (_, j) => (
        <Space orientation="vertical" size={0}>
          <JobStateTag state={j.state} testId={`cj-row-state-${j.id}`} />
          {j.state === 'pending' && (
            <Typography.Text style={{ fontSize: 12 }}>
              {j.position !== null && `#${j.position} · `}
              <WaitReasonText reason={j.reason} />
            </Typography.Text>
          )}
          {isFinal(j.state) && j.exitCode !== null && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('computeJobs.job.exitCode', { code: j.exitCode })}
            </Typography.Text>
          )}
          {isFinal(j.state) && <EndMessage text={said({ code: j.messageCode, params: j.messageParams, message: j.message })} testId={`cj-row-message-${j.id}`} />}
        </Space>
      ),
    },
    { title: t('computeJobs.col.resources'), key: 'res', width: 180, render: (_, j) => resources(j) },
    { title: t('computeJobs.col.cluster'), key: 'cluster', width: 120, ellipsis: true, render: (_, j) => names.cluster(j.clusterId, j.clusterName) },
    { title: t('computeJobs.col.submitted'), key: 'submitted', width: 150, render: (_, j) => <span style={{ whiteSpace: 'nowrap' }}>{dateTime(j.submittedAt)}</span> },
    {
      title: t('computeJobs.col.runtime'),
      key: 'runtime',
      width: 86,
      render: (_, j) => (j.usage ? duration(j.usage.elapsedSeconds) : j.startedAt ? duration(((j.endedAt ? Date.parse(j.endedAt) : Date.now()) - Date.parse(j.startedAt)) / 1000) : '—'),
    },
    { title: t('computeJobs.col.charge'), key: 'charge', width: 90, align: 'right', render: (_, j) => (j.charge ? <Money fen={j.charge.totalFen} /> : '—') },
    {
      title: '',
      key: 'actions',
      width: 90,
      render: (_, j) =>
        !isFinal(j.state) && !j.cancelRequested ? (
          <Popconfirm title={t('computeJobs.job.cancelConfirm')} okText={t('computeJobs.job.cancel')} okButtonProps={{ danger: true }} cancelText={t('common.cancel')} onConfirm={() => void cancel(j)}>
            <Button size="small" danger data-testid={`cj-row-cancel-${j.id}`}>
              {t('computeJobs.job.cancel')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <div data-testid="cj-mine-page">
      <ComputeNav />
      <PageHeader
        title={t('computeJobs.mine.title')}
        subtitle={t('computeJobs.mine.intro')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={list.reload} data-testid="cj-mine-refresh">
              {t('common.refresh')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/compute/jobs/new')} data-testid="cj-submit-open">
              {t('computeJobs.submit.title')}
            </Button>
          </>
        }
      />
      <div className="pj-panel">
        <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
          <Space>
            <label htmlFor="cj-mine-scope">{t('computeJobs.mine.scope')}</label>
            <Select<string>
              id="cj-mine-scope"
              value={orgId ?? ''}
              style={{ minWidth: 220 }}
              options={[{ value: '', label: t('computeJobs.mine.scopeMine') }, ...memberships.map((m) => ({ value: m.orgId, label: t('computeJobs.mine.scopeOrg', { org: pick(m.orgName, m.orgNameEn) }) }))]}
              onChange={(v) => set('org', v || undefined)}
              data-testid="cj-mine-scope"
            />
          </Space>
          <Space>
            <label htmlFor="cj-mine-state">{t('computeJobs.col.state')}</label>
            <Select<string>
              id="cj-mine-state"
              value={state ?? ''}
              style={{ width: 160 }}
              options={[{ value: '', label: t('computeJobs.mine.allStates') }, ...JOB_STATES.map((x) => ({ value: x, label: t(`computeJobs.state.${x}`) }))]}
              onChange={(v) => set('state', v || undefined)}
              data-testid="cj-mine-state"
            />
          </Space>
          {arrayId && (
            <Button size="small" onClick={() => set('arrayId', undefined)}>
              {t('computeJobs.mine.clearArray', { id: arrayId })}
            </Button>
          )}
        </Flex>
        <ListStates list={list}>
          <Table<ComputeJob>
            rowKey="id"
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            scroll={{ x: 1000 }}
            locale={{
              emptyText: (
                <EmptyState description={t('computeJobs.mine.empty')}>
                  <Link to="/compute/jobs/new">{t('computeJobs.submit.title')}</Link>
                </EmptyState>
              ),
            }}
            data-testid="cj-mine-table"
          />
          <LoadMore list={list} testId="cj-mine-more" />
        </ListStates>
      </div>
    </div>
  );
}
