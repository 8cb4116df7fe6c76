// Calls for applications, for everyone: open ones first with their deadline counting down in the
// call's zone; user offices create calls and edit form templates from here.
import { useState } from 'react';
import { Button, Flex, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { FormOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LoadMore, PageHeader } from '../components/common.tsx';
import { useAsync, usePaged } from '../components/hooks.ts';
import { EmptyState, ListStates } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useSession } from '../session/SessionContext.tsx';
import * as api from './api.ts';
import type { Call } from './api.ts';
import { CallFormModal } from './CallForm.tsx';
import { CallStatusTag, Deadline } from './parts.tsx';

const STATUSES = ['open', 'closed', 'draft', 'archived'] as const;

/** Whether the caller may create calls: a user office somewhere, or a platform operator. */
export function useOffices() {
  const { session } = useSession();
  const signedIn = !!session;
  const offices = useAsync((signal) => (signedIn ? api.offices(signal) : Promise.resolve(null)), [signedIn]);
  const canRun = !!offices.data && (offices.data.operator || offices.data.offices.some((o) => o.manager));
  return { offices: offices.data, canRun };
}

export default function CallsPage() {
  const { t, pick, dateTime } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = (STATUSES as readonly string[]).includes(raw ?? '') ? (raw as Call['status']) : undefined;
  const { canRun } = useOffices();
  const [creating, setCreating] = useState(false);
  const list = usePaged((cursor, signal) => api.calls({ status, cursor, limit: 50 }, signal), [status]);

  const columns: TableColumnsType<Call> = [
    {
      title: t('calls.call.title'),
      key: 'title',
      render: (_, c) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/calls/${encodeURIComponent(c.id)}`} data-testid={`call-link-${c.code}`}>
            {pick(c.title, c.titleEn)}
          </Link>
          <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
            {c.code}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('calls.call.track'), key: 'track', width: 120, render: (_, c) => <Tag>{c.track}</Tag> },
    { title: t('common.status'), key: 'status', width: 90, render: (_, c) => <CallStatusTag status={c.status} /> },
    { title: t('calls.call.opensAt'), key: 'opens', width: 150, render: (_, c) => dateTime(c.opensAt) },
    { title: t('calls.call.deadline'), key: 'deadline', width: 330, render: (_, c) => <Deadline call={c} compact /> },
  ];

  return (
    <div data-testid="calls-page">
      <PageHeader
        title={t('calls.list.title')}
        subtitle={t('calls.list.intro')}
        extra={
          canRun && (
            <>
              <Button icon={<FormOutlined />} onClick={() => navigate('/calls/forms')} data-testid="forms-link">
                {t('calls.forms.title')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="call-create">
                {t('calls.list.create')}
              </Button>
            </>
          )
        }
      />
      <div className="pj-panel">
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          <Select<Call['status']>
            allowClear
            value={status}
            placeholder={t('calls.list.allStatuses')}
            aria-label={t('common.status')}
            style={{ width: 160 }}
            options={STATUSES.map((s) => ({ value: s, label: t(`calls.callStatus.${s}`) }))}
            onChange={(v) => {
              const p = new URLSearchParams(params);
              if (v) p.set('status', v);
              else p.delete('status');
              setParams(p, { replace: true });
            }}
            data-testid="calls-status-filter"
          />
          <Link to="/applications" style={{ alignSelf: 'center' }}>
            {t('calls.mine.title')}
          </Link>
        </Flex>
        <ListStates list={list}>
          <Table<Call>
            rowKey="id"
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: <EmptyState description={status ? t('common.noMatch') : t('calls.list.empty')} /> }}
            data-testid="calls-table"
          />
          <LoadMore list={list} testId="calls-more" />
        </ListStates>
      </div>
      {canRun && (
        <CallFormModal
          open={creating}
          onClose={() => setCreating(false)}
          onSaved={(c) => {
            setCreating(false);
            navigate(`/calls/${encodeURIComponent(c.id)}`);
          }}
        />
      )}
    </div>
  );
}
