// /compute/clusters/:id — one cluster: its provider, region, engine, status and admission, what
// its adapter last said (refresh reads it now: the provider's members, operators), its pools with
// prices and the GPUs the platform's jobs hold; the provider changes it and decides the consents
// asked of it; a tenant's admins ask for consent when the cluster takes consented tenants only.
import { useState } from 'react';
import { App, Button, Descriptions, Flex, Form, Input, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { EditOutlined, SyncOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useAsync } from '../components/hooks.ts';
import { FormModal, ModalActions, PageHeader } from '../components/common.tsx';
import { EmptyState, ErrorAlert, ErrorResult, LoadingBlock } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import * as api from './api.ts';
import type { Cluster, ClusterPool, Consent } from './api.ts';
import { EditClusterModal } from './ClusterForm.tsx';
import { AdmissionTag, ClusterStatusTag, ComputeNav, ConsentStatusTag, EngineTag, GpuClassLabel, ObservedLine, UsageBar, useMemberships, useMoney } from './parts.tsx';

function PoolsTable({ cluster }: { cluster: Cluster }) {
  const { t, number } = useI18n();
  const money = useMoney();
  const columns: TableColumnsType<ClusterPool> = [
    { title: t('compute.form.poolName'), dataIndex: 'name', key: 'name' },
    { title: t('compute.form.gpuModel'), key: 'model', render: (_, p) => p.gpuModel ?? t('compute.gpuClass.cpu') },
    { title: t('compute.pool.class'), key: 'class', render: (_, p) => <GpuClassLabel gpuClass={p.gpuClass} /> },
    { title: t('compute.pool.size'), key: 'size', render: (_, p) => t('compute.pool.sizeValue', { nodes: number(p.nodes), gpus: number(p.gpusPerNode), cpus: number(p.cpusPerNode), mem: number(p.memGbPerNode) }) },
    {
      title: t('compute.pool.inUse'),
      key: 'use',
      render: (_, p) =>
        p.gpuModel ? (
          <UsageBar used={p.gpusInUse} total={p.gpusTotal} width={120} label={t('compute.pool.gpusUsed', { used: number(p.gpusInUse), total: number(p.gpusTotal) })} testId={`pool-use-${p.name}`} />
        ) : (
          <UsageBar used={p.cpusInUse} total={p.cpusTotal} width={120} label={t('compute.pool.cpusUsed', { used: number(p.cpusInUse), total: number(p.cpusTotal) })} testId={`pool-use-${p.name}`} />
        ),
    },
    { title: t('compute.pool.gpuPrice'), key: 'gpuPrice', align: 'right', render: (_, p) => (p.gpuModel ? t('compute.pool.perGpuHour', { price: money(p.gpuHourFen) }) : '—') },
    { title: t('compute.pool.cpuPrice'), key: 'cpuPrice', align: 'right', render: (_, p) => t('compute.pool.perCpuHour', { price: money(p.cpuHourFen) }) },
    ...(cluster.engine === 'slurm' ? [{ title: t('compute.form.partition'), key: 'partition', render: (_: unknown, p: ClusterPool) => p.partition ?? cluster.connection?.partition ?? '—' }] : []),
  ];
  return <Table<ClusterPool> rowKey="name" columns={columns} dataSource={cluster.pools} pagination={false} size="middle" scroll={{ x: 800 }} data-testid="pools-table" />;
}

/** The consents asked of the cluster, with grant and refuse for the provider's admins. */
export function ConsentsTable({ cluster, onChanged }: { cluster: Pick<Cluster, 'id' | 'canManage'>; onChanged?: () => void }) {
  const { t, pick, dateTime } = useI18n();
  const { message } = App.useApp();
  const list = useAsync((signal) => api.clusterConsents(cluster.id, signal), [cluster.id]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const decide = async (k: Consent, grant: boolean) => {
    setBusy(k.id);
    setError(null);
    try {
      const next = await api.decideConsent(k.id, { grant });
      list.setData((prev) => prev && { items: prev.items.map((x) => (x.id === next.id ? next : x)) });
      void message.success(grant ? t('compute.consents.granted') : t('compute.consents.refused'));
      onChanged?.();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const columns: TableColumnsType<Consent> = [
    { title: t('compute.consents.tenant'), key: 'org', render: (_, k) => pick(k.orgName, k.orgNameEn) },
    { title: t('compute.consents.status'), key: 'status', render: (_, k) => <ConsentStatusTag status={k.status} /> },
    { title: t('compute.consents.note'), dataIndex: 'note', key: 'note', render: (v: string | null) => v ?? '—' },
    { title: t('compute.consents.askedAt'), key: 'at', render: (_, k) => dateTime(k.createdAt) },
    ...(cluster.canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, k: Consent) => (
              <Space>
                {k.status !== 'granted' && (
                  <Button size="small" type="primary" loading={busy === k.id} onClick={() => void decide(k, true)} data-testid={`consent-grant-${k.id}`}>
                    {t('compute.consents.grant')}
                  </Button>
                )}
                {k.status !== 'refused' && (
                  <Button size="small" danger loading={busy === k.id} onClick={() => void decide(k, false)} data-testid={`consent-refuse-${k.id}`}>
                    {k.status === 'granted' ? t('compute.consents.withdraw') : t('compute.consents.refuse')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];
  if (list.loading && !list.data) return <LoadingBlock rows={2} />;
  if (list.error && !list.data) return <ErrorAlert error={list.error} onRetry={list.reload} />;
  const items = list.data?.items ?? [];
  return (
    <>
      <ErrorAlert error={error} />
      {items.length === 0 ? (
        <EmptyState description={t('compute.consents.none')} />
      ) : (
        <Table<Consent> rowKey="id" columns={columns} dataSource={items} pagination={false} size="small" data-testid={`consents-${cluster.id}`} />
      )}
    </>
  );
}

/** A tenant organization's admin asks the provider for consent. */
function AskConsentModal({ cluster, open, onClose, onDone }: { cluster: Cluster; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t, pick } = useI18n();
  const { admins } = useMemberships();
  const choices = admins.filter((m) => m.orgId !== cluster.providerOrgId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: { orgId: string; note?: string }) => {
    setBusy(true);
    setError(null);
    try {
      await api.requestConsent(cluster.id, { orgId: v.orgId, note: v.note?.trim() || undefined });
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormModal open={open} title={t('compute.consents.askTitle')} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('compute.consents.askHint')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form layout="vertical" requiredMark={false} initialValues={{ orgId: choices[0]?.orgId }} onFinish={(v: { orgId: string; note?: string }) => void submit(v)} data-testid="consent-form">
        <Form.Item label={t('compute.org')} name="orgId" rules={[{ required: true, message: t('form.required') }]}>
          <Select options={choices.map((m) => ({ value: m.orgId, label: pick(m.orgName, m.orgNameEn) }))} data-testid="consent-org" />
        </Form.Item>
        <Form.Item label={t('compute.consents.note')} name="note" rules={[{ max: 2000, message: t('form.tooLong', { max: 2000 }) }]}>
          <Input.TextArea rows={3} data-testid="consent-note" />
        </Form.Item>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('compute.consents.ask')} testId="consent-submit" />
      </Form>
    </FormModal>
  );
}

export default function ClusterPage() {
  const { id = '' } = useParams();
  const { t, pick, dateTime, number } = useI18n();
  const { message } = App.useApp();
  const { admins, list: memberships } = useMemberships();
  const state = useAsync((signal) => api.cluster(id, signal), [id]);
  const [refreshing, setRefreshing] = useState(false);
  const [refreshError, setRefreshError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  const [asking, setAsking] = useState(false);
  if (state.loading && !state.data) return <LoadingBlock rows={8} />;
  if (!state.data) return <ErrorResult error={state.error} onRetry={state.reload} />;
  const c = state.data;
  const refresh = async () => {
    setRefreshing(true);
    setRefreshError(null);
    try {
      state.setData(await api.refreshCluster(c.id));
    } catch (e) {
      setRefreshError(e);
    } finally {
      setRefreshing(false);
    }
  };
  const canAsk = c.admission === 'consent' && c.status === 'active' && admins.some((m) => m.orgId !== c.providerOrgId);
  const nameOf = (orgId: string) => {
    const m = memberships.find((x) => x.orgId === orgId);
    return m ? pick(m.orgName, m.orgNameEn) : orgId;
  };
  return (
    <div data-testid="cluster-page">
      <PageHeader
        title={
          <Space wrap>
            <span data-testid="cluster-title">{pick(c.name, c.nameEn)}</span>
            <ClusterStatusTag status={c.status} />
          </Space>
        }
        subtitle={
          <Space size={4} wrap>
            <Typography.Text code>{c.code}</Typography.Text>
            <span>{t('compute.cluster.byProvider', { provider: pick(c.providerName, c.providerNameEn) })}</span>
          </Space>
        }
        extra={
          <>
            {(c.isProvider || c.canManage) && (
              <Button icon={<SyncOutlined spin={refreshing} />} loading={refreshing} onClick={() => void refresh()} data-testid="cluster-refresh">
                {t('compute.cluster.refresh')}
              </Button>
            )}
            {c.canManage && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="cluster-edit">
                {t('compute.cluster.edit')}
              </Button>
            )}
          </>
        }
      />
      <ComputeNav extra={<Link to="/compute">{t('compute.cluster.back')}</Link>} />
      <ErrorAlert error={refreshError} />
      <Flex gap={16} wrap align="flex-start">
        <div className="pj-panel" style={{ flex: '1 1 420px' }}>
          <Descriptions column={1} size="small" bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
            <Descriptions.Item label={t('compute.cluster.provider')}>{pick(c.providerName, c.providerNameEn)}</Descriptions.Item>
            <Descriptions.Item label={t('compute.cluster.region')}>{c.region}</Descriptions.Item>
            <Descriptions.Item label={t('compute.cluster.engine')}>
              <EngineTag engine={c.engine} />
            </Descriptions.Item>
            <Descriptions.Item label={t('compute.cluster.admission')}>
              <Space>
                <AdmissionTag admission={c.admission} />
                <Typography.Text type="secondary">{t(`compute.admissionHint.${c.admission}`)}</Typography.Text>
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('compute.cluster.gpus')}>
              <UsageBar used={c.gpusInUse} total={c.gpusTotal} label={t('compute.pool.gpusUsed', { used: number(c.gpusInUse), total: number(c.gpusTotal) })} testId="cluster-gpus" />
            </Descriptions.Item>
            {c.description && <Descriptions.Item label={t('compute.form.description')}>{c.description}</Descriptions.Item>}
            <Descriptions.Item label={t('compute.cluster.updated')}>{dateTime(c.updatedAt)}</Descriptions.Item>
          </Descriptions>
        </div>
        <div className="pj-panel" style={{ flex: '1 1 300px' }} data-testid="cluster-observed">
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('compute.cluster.observed')}
          </Typography.Title>
          <ObservedLine observed={c.observed} testId="observed" />
          {c.observed && (
            <Descriptions column={1} size="small" style={{ marginTop: 8 }}>
              <Descriptions.Item label={t('compute.observed.nodes')}>
                {number(c.observed.nodesUp)} / {number(c.observed.nodesTotal)}
              </Descriptions.Item>
              <Descriptions.Item label={t('compute.observed.cpus')}>
                {number(c.observed.cpusAllocated)} / {number(c.observed.cpusTotal)}
              </Descriptions.Item>
            </Descriptions>
          )}
          {c.connection && Object.keys(c.connection).length > 0 && (
            <Descriptions column={1} size="small" style={{ marginTop: 8 }} title={t('compute.form.connection')} data-testid="cluster-connection">
              {Object.entries(c.connection).map(([k, v]) => (
                <Descriptions.Item key={k} label={k}>
                  <Typography.Text code>{String(v)}</Typography.Text>
                </Descriptions.Item>
              ))}
            </Descriptions>
          )}
        </div>
      </Flex>

      <Typography.Title level={4} style={{ marginTop: 24 }}>
        {t('compute.cluster.pools')}
      </Typography.Title>
      <PoolsTable cluster={c} />

      {c.admission === 'consent' && (
        <section style={{ marginTop: 24 }} data-testid="cluster-consents">
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Title level={4}>{t('compute.consents.title')}</Typography.Title>
            {canAsk && (
              <Button onClick={() => setAsking(true)} data-testid="consent-ask">
                {t('compute.consents.ask')}
              </Button>
            )}
          </Flex>
          {c.myConsents.length > 0 && (
            <Space wrap style={{ marginBottom: 12 }} data-testid="my-consents">
              {c.myConsents.map((k) => (
                <Space key={k.id} size={4}>
                  <span>{nameOf(k.orgId)}</span>
                  <ConsentStatusTag status={k.status} />
                </Space>
              ))}
            </Space>
          )}
          {(c.isProvider || c.canManage) && <ConsentsTable cluster={c} />}
        </section>
      )}

      <EditClusterModal
        key={editing ? c.updatedAt : 'closed'}
        cluster={editing ? c : null}
        onClose={() => setEditing(false)}
        onDone={(next) => {
          setEditing(false);
          state.setData(next);
          void message.success(t('compute.cluster.saved'));
        }}
      />
      <AskConsentModal
        cluster={c}
        open={asking}
        onClose={() => setAsking(false)}
        onDone={() => {
          setAsking(false);
          void message.success(t('compute.consents.sent'));
          state.reload();
        }}
      />
    </div>
  );
}
