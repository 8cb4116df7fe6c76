// Review panels the caller may see (their organizations' as user office or director, and those
// they sit on); the user office creates new ones.
import { useState } from 'react';
import { App, Button, Form, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { FormModal, ModalActions, PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { EmptyState, ErrorAlert, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import * as api from './api.ts';
import type { Panel, PanelList } from './api.ts';

interface CreateValues {
  ownerOrgId: string;
  name: string;
  nameEn: string;
  scopeRef?: string;
  areas?: string[];
}

function CreatePanelModal({ orgs, open, onClose, onCreated }: { orgs: PanelList['staffOrgs']; open: boolean; onClose: () => void; onCreated: (p: Panel) => void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: CreateValues) => {
    setBusy(true);
    setError(null);
    try {
      const scopeRef = v.scopeRef?.trim();
      const p = await api.createPanel({ ownerOrgId: v.ownerOrgId, name: v.name.trim(), nameEn: v.nameEn.trim(), areas: v.areas ?? [], ...(scopeRef ? { scopeRef } : {}) });
      void message.success(t('review.panels.created'));
      onCreated(p);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormModal open={open} title={t('review.panels.create')} onClose={onClose}>
      <ErrorAlert error={error} />
      <Form<CreateValues>
        layout="vertical"
        requiredMark={false}
        initialValues={{ ownerOrgId: orgs[0]?.id }}
        onFinish={(v) => void submit(v)}
        data-testid="panel-create-form"
      >
        <Form.Item name="name" label={t('review.panels.name')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input data-testid="panel-name" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('review.panels.nameEn')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input data-testid="panel-name-en" />
        </Form.Item>
        <Form.Item name="ownerOrgId" label={t('review.panels.org')} rules={[{ required: true }]}>
          <Select options={orgs.map((o) => ({ value: o.id, label: pick(o.name, o.nameEn) }))} data-testid="panel-org" />
        </Form.Item>
        <Form.Item name="scopeRef" label={t('review.panels.scopeRef')} rules={[{ max: 200 }]}>
          <Input data-testid="panel-scope" />
        </Form.Item>
        <Form.Item name="areas" label={t('review.panels.areas')}>
          <Select mode="tags" tokenSeparators={[',', '，']} open={false} data-testid="panel-areas" />
        </Form.Item>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('common.create')} testId="panel-create-submit" />
      </Form>
    </FormModal>
  );
}

export default function PanelsPage() {
  const { t, pick, date } = useI18n();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const list = useAsync((signal) => api.panels({}, signal), []);

  const columns: TableColumnsType<Panel> = [
    {
      title: t('review.panels.name'),
      key: 'name',
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/panels/${encodeURIComponent(p.id)}`} data-testid={`panel-link-${p.id}`}>
            {pick(p.name, p.nameEn)}
          </Link>
          {p.scopeRef && (
            <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
              {p.scopeRef}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: t('review.panels.org'), key: 'org', render: (_, p) => pick(p.ownerOrgName, p.ownerOrgNameEn) },
    {
      title: t('review.panels.areas'),
      key: 'areas',
      render: (_, p) => (p.areas.length ? p.areas.map((a) => <Tag key={a}>{a}</Tag>) : '—'),
    },
    { title: t('review.panels.members'), key: 'members', width: 90, align: 'right', render: (_, p) => p.memberCount },
    { title: t('review.panels.applications'), key: 'apps', width: 90, align: 'right', render: (_, p) => p.applicationCount },
    { title: t('review.panels.myRole'), key: 'role', width: 110, render: (_, p) => (p.myRole ? <Tag color="blue">{t(`review.role.${p.myRole}`)}</Tag> : '—') },
    { title: t('common.createdAt'), key: 'createdAt', width: 120, render: (_, p) => date(p.createdAt) },
  ];

  if (list.loading && !list.data) return <LoadingBlock />;
  if (list.error != null) return <ErrorResult error={list.error} onRetry={list.reload} />;
  const data = list.data!;
  return (
    <div data-testid="panels-page">
      <PageHeader
        title={t('review.panels.title')}
        subtitle={t('review.panels.intro')}
        extra={
          data.staffOrgs.length > 0 && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="panel-create">
              {t('review.panels.create')}
            </Button>
          )
        }
      />
      <div className="pj-panel">
        <Table<Panel>
          rowKey="id"
          columns={columns}
          dataSource={data.items}
          pagination={data.items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: 900 }}
          locale={{ emptyText: <EmptyState description={t('review.panels.empty')} /> }}
          data-testid="panels-table"
        />
      </div>
      <CreatePanelModal
        orgs={data.staffOrgs}
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(p) => {
          setCreating(false);
          navigate(`/panels/${encodeURIComponent(p.id)}`);
        }}
      />
    </div>
  );
}
