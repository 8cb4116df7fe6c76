// Background jobs for operators: filter by status, read errors, retry the dead ones.
import { App, Button, Flex, Popconfirm, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { ReloadOutlined, RedoOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import * as api from '../api/endpoints.ts';
import type { Job, JobStatus } from '../api/types.ts';
import { usePaged } from '../components/hooks.ts';
import { LoadMore, PageHeader } from '../components/common.tsx';
import { EmptyState, ListStates } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';

const STATUSES: JobStatus[] = ['queued', 'running', 'done', 'dead'];
const STATUS_COLOR: Record<JobStatus, string> = { queued: 'blue', running: 'processing', done: 'green', dead: 'red' };

function isStatus(v: string | null): v is JobStatus {
  return v !== null && (STATUSES as string[]).includes(v);
}

export default function JobsPage() {
  const { t, dateTime, errorText } = useI18n();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const s = params.get('status');
  const status = isStatus(s) ? s : undefined;
  const list = usePaged((cursor, signal) => api.jobs({ status, cursor, limit: 50 }, signal), [status]);

  const retry = async (job: Job) => {
    try {
      const updated = await api.retryJob(job.id);
      list.setItems((items) => items.map((x) => (x.id === job.id ? { ...x, ...updated } : x)));
      void message.success(t('admin.jobs.retried'));
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  const columns: TableColumnsType<Job> = [
    { title: t('admin.jobs.kind'), dataIndex: 'kind', render: (k: string) => <Typography.Text code>{k}</Typography.Text> },
    { title: t('common.status'), key: 'status', width: 100, render: (_, j) => <Tag color={STATUS_COLOR[j.status]}>{t(`jobStatus.${j.status}`)}</Tag> },
    { title: t('admin.jobs.attempts'), key: 'attempts', width: 120, render: (_, j) => `${j.attempts} / ${j.maxAttempts}` },
    { title: t('admin.jobs.runAt'), key: 'runAt', width: 150, render: (_, j) => dateTime(j.runAt) },
    { title: t('common.createdAt'), key: 'createdAt', width: 150, render: (_, j) => dateTime(j.createdAt) },
    { title: t('admin.jobs.finishedAt'), key: 'finishedAt', width: 150, render: (_, j) => dateTime(j.finishedAt) },
    {
      title: t('admin.jobs.lastError'),
      key: 'lastError',
      ellipsis: true,
      render: (_, j) => (j.lastError ? <Typography.Text type="danger">{j.lastError}</Typography.Text> : '—'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, j) =>
        j.status === 'dead' ? (
          <Popconfirm title={t('admin.jobs.retryConfirm')} okText={t('admin.jobs.retry')} cancelText={t('common.cancel')} onConfirm={() => retry(j)}>
            <Button size="small" icon={<RedoOutlined />} data-testid={`job-retry-${j.id}`}>
              {t('admin.jobs.retry')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <div data-testid="jobs-page">
      <PageHeader
        title={t('admin.jobs.title')}
        subtitle={t('admin.jobs.intro')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={list.reload} data-testid="jobs-refresh">
            {t('common.refresh')}
          </Button>
        }
      />
      <div className="pj-panel">
        <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
          <label htmlFor="job-status">{t('common.status')}</label>
          <Select<JobStatus>
            id="job-status"
            allowClear
            value={status}
            placeholder={t('common.all')}
            style={{ width: 180 }}
            options={STATUSES.map((v) => ({ value: v, label: t(`jobStatus.${v}`) }))}
            onChange={(v) => {
              const p = new URLSearchParams(params);
              if (v) p.set('status', v);
              else p.delete('status');
              setParams(p, { replace: true });
            }}
            data-testid="jobs-status-filter"
          />
        </Flex>
        <ListStates list={list}>
          <Table<Job>
            rowKey="id"
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            scroll={{ x: 1100 }}
            expandable={{
              // The whole error text, which the column cuts short.
              rowExpandable: (j) => !!j.lastError,
              expandedRowRender: (j) => (
                <div data-testid={`job-error-${j.id}`}>
                  <Typography.Text strong>{t('admin.jobs.lastError')}</Typography.Text>
                  <pre className="pj-pre" tabIndex={0}>
                    {j.lastError}
                  </pre>
                </div>
              ),
            }}
            locale={{ emptyText: <EmptyState description={status ? t('common.noMatch') : t('admin.jobs.empty')} /> }}
            data-testid="jobs-table"
          />
          <LoadMore list={list} testId="jobs-load-more" />
        </ListStates>
      </div>
    </div>
  );
}
