// Relations between organizations (subsidized trade between related ones is refused). Operators
// see and record every kind and remove them; an organization's admins declare their own.
import { useState } from 'react';
import { App, Button, Form, Input, Popconfirm, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useAsync } from '../../components/hooks.ts';
import { FormModal, ModalActions, PageHeader } from '../../components/common.tsx';
import { EmptyState, ErrorAlert, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import * as api from './api.ts';
import type { Relation, RelationKind } from './api.ts';
import { MarketNav, OrgSearchSelect, useMemberships } from './parts.tsx';

const KINDS: RelationKind[] = ['shared_controller', 'declared'];
const KIND_COLOR: Record<RelationKind, string> = { shared_controller: 'volcano', declared: 'blue' };

interface RelationValues {
  orgId: string;
  relatedOrgId: string;
  kind: RelationKind;
  note?: string;
}

function RecordModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: (r: Relation) => void }) {
  const { t, pick } = useI18n();
  const { list, isOperator } = useMemberships();
  const [form] = Form.useForm<RelationValues>();
  const orgId = Form.useWatch('orgId', form);
  const admins = list.filter((m) => m.role !== 'member');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: RelationValues) => {
    setBusy(true);
    setError(null);
    try {
      const r = await api.declareRelation({ orgId: v.orgId, relatedOrgId: v.relatedOrgId, kind: isOperator ? v.kind : 'declared', note: v.note?.trim() || undefined });
      form.resetFields();
      onDone(r);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormModal open={open} title={t(isOperator ? 'ledgerMarket.relations.recordTitle' : 'ledgerMarket.relations.declareTitle')} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('ledgerMarket.relations.hint')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form<RelationValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ kind: isOperator ? 'shared_controller' : 'declared', orgId: isOperator ? undefined : admins[0]?.orgId }}
        onFinish={(v) => void submit(v)}
        data-testid="relation-form"
      >
        <Form.Item label={t('ledgerMarket.relations.org')} name="orgId" rules={[{ required: true, message: t('form.required') }]}>
          {isOperator ? (
            <OrgSearchSelect testId="relation-org" />
          ) : (
            <Select options={admins.map((m) => ({ value: m.orgId, label: pick(m.orgName, m.orgNameEn) }))} data-testid="relation-org" />
          )}
        </Form.Item>
        <Form.Item label={t('ledgerMarket.relations.related')} name="relatedOrgId" rules={[{ required: true, message: t('form.required') }]}>
          <OrgSearchSelect testId="relation-related" exclude={orgId ? [orgId] : []} />
        </Form.Item>
        <Form.Item label={t('ledgerMarket.relations.kind')} name="kind">
          {isOperator ? (
            <Select options={KINDS.map((k) => ({ value: k, label: t(`ledgerMarket.relationKind.${k}`) }))} data-testid="relation-kind" />
          ) : (
            <Typography.Text>{t('ledgerMarket.relationKind.declared')}</Typography.Text>
          )}
        </Form.Item>
        <Form.Item label={t('ledgerMarket.note')} name="note" rules={[{ max: 500, message: t('form.tooLong', { max: 500 }) }]}>
          <Input.TextArea rows={2} data-testid="relation-note" />
        </Form.Item>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t(isOperator ? 'ledgerMarket.relations.record' : 'ledgerMarket.relations.declare')} testId="relation-submit" />
      </Form>
    </FormModal>
  );
}

export default function RelationsPage() {
  const { t, dateTime, errorText } = useI18n();
  const { message } = App.useApp();
  const { list: memberships, isOperator } = useMemberships();
  const [recording, setRecording] = useState(false);
  const relations = useAsync((signal) => api.relations(undefined, signal), [isOperator, memberships.length]);
  const canRecord = isOperator || memberships.some((m) => m.role !== 'member');

  const remove = async (r: Relation) => {
    try {
      await api.removeRelation(r.id);
      relations.setData((d) => d && { items: d.items.filter((x) => x.id !== r.id) });
      void message.success(t('ledgerMarket.relations.removed'));
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  const columns: TableColumnsType<Relation> = [
    { title: t('ledgerMarket.relations.org'), key: 'org', render: (_, r) => <Link to={`/orgs/${encodeURIComponent(r.orgId)}`}>{r.orgName}</Link> },
    { title: t('ledgerMarket.relations.related'), key: 'related', render: (_, r) => <Link to={`/orgs/${encodeURIComponent(r.relatedOrgId)}`}>{r.relatedOrgName}</Link> },
    { title: t('ledgerMarket.relations.kind'), key: 'kind', width: 130, render: (_, r) => <Tag color={KIND_COLOR[r.kind]}>{t(`ledgerMarket.relationKind.${r.kind}`)}</Tag> },
    { title: t('ledgerMarket.note'), key: 'note', ellipsis: true, render: (_, r) => r.note ?? '—' },
    { title: t('common.createdAt'), key: 'at', width: 150, render: (_, r) => dateTime(r.createdAt) },
  ];
  if (isOperator) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, r) => (
        <Popconfirm title={t('ledgerMarket.relations.removeConfirm', { a: r.orgName, b: r.relatedOrgName })} okText={t('common.remove')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }} onConfirm={() => remove(r)}>
          <Button size="small" danger data-testid={`relation-remove-${r.id}`}>
            {t('common.remove')}
          </Button>
        </Popconfirm>
      ),
    });
  }

  return (
    <div data-testid="relations-page">
      <MarketNav />
      <PageHeader
        title={t('ledgerMarket.relations.title')}
        subtitle={t(isOperator ? 'ledgerMarket.relations.introOperator' : 'ledgerMarket.relations.intro')}
        extra={
          <>
            {canRecord && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="relation-record">
                {t(isOperator ? 'ledgerMarket.relations.record' : 'ledgerMarket.relations.declare')}
              </Button>
            )}
            <Button icon={<ReloadOutlined />} onClick={relations.reload} data-testid="relations-refresh">
              {t('common.refresh')}
            </Button>
          </>
        }
      />
      <div className="pj-panel">
        {relations.error != null ? (
          <ErrorResult error={relations.error} onRetry={relations.reload} />
        ) : relations.loading && !relations.data ? (
          <LoadingBlock />
        ) : (
          <Table<Relation>
            rowKey="id"
            columns={columns}
            dataSource={relations.data?.items ?? []}
            loading={relations.loading}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 800 }}
            locale={{ emptyText: <EmptyState description={t('ledgerMarket.relations.empty')} /> }}
            data-testid="relations-table"
          />
        )}
      </div>
      <RecordModal
        open={recording}
        onClose={() => setRecording(false)}
        onDone={(r) => {
          setRecording(false);
          relations.setData((d) => ({ items: [r, ...(d?.items ?? []).filter((x) => x.id !== r.id)] }));
          void message.success(t('ledgerMarket.relations.recorded'));
        }}
      />
    </div>
  );
}
