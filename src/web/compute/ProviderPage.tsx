// /compute/provider: the provider's view — the clusters of the providers the caller belongs to (in
// every status) with their utilization, a form to register a cluster with its pools (the admins of
// an admitted compute provider; operators for any), and the consents asked of consent-only
// clusters to decide.
import { useState } from 'react';
import { App, Button, Card, Flex, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useAsync } from '../components/hooks.ts';
import { PageHeader } from '../components/common.tsx';
import { EmptyState, ErrorAlert, ErrorResult, LoadingBlock } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import * as api from './api.ts';
import type { Provider } from './api.ts';
import { ClusterTable } from './ComputeHome.tsx';
import { ConsentsTable } from './ClusterPage.tsx';
import { RegisterClusterModal, type ProviderChoice } from './ClusterForm.tsx';
import { ComputeNav, useMemberships } from './parts.tsx';

const usable = (p: Provider) => p.status === 'admitted' && p.categories.includes('compute');

export default function ProviderPage() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { list: memberships, atLeast, isOperator } = useMemberships();
  const ids = memberships.map((m) => m.orgId).join(',');
  // The caller's organizations that are providers, whatever their state.
  const mine = useAsync(async (signal) => (await Promise.all(memberships.map((m) => api.providersOf(m.orgId, signal)))).flatMap((p) => p.items), [ids]);
  // Operators register for any admitted compute provider.
  const all = useAsync((signal) => (isOperator ? api.computeProviders(signal) : Promise.resolve(null)), [isOperator]);
  const clusters = useAsync((signal) => api.clusters({ mine: 'true' }, signal), []);
  const [registering, setRegistering] = useState(false);

  if (mine.loading && !mine.data) return <LoadingBlock rows={6} />;
  if (mine.error && !mine.data) return <ErrorResult error={mine.error} onRetry={mine.reload} />;
  const providers = mine.data ?? [];
  const choices: ProviderChoice[] = [
    ...providers.filter((p) => usable(p) && atLeast(p.orgId, 'admin')).map((p) => ({ id: p.id, label: pick(p.orgName, p.orgNameEn) })),
    ...(all.data?.items ?? []).filter((p) => usable(p) && !providers.some((x) => x.id === p.id)).map((p) => ({ id: p.id, label: pick(p.orgName, p.orgNameEn) })),
  ];
  const items = clusters.data?.items ?? [];
  const consentClusters = items.filter((c) => c.admission === 'consent' && c.status !== 'retired');
  return (
    <div data-testid="provider-page">
      <PageHeader
        title={t('compute.provider.title')}
        subtitle={t('compute.provider.subtitle')}
        extra={
          choices.length > 0 && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)} data-testid="cluster-register">
              {t('compute.provider.register')}
            </Button>
          )
        }
      />
      <ComputeNav />
      {providers.length === 0 && !isOperator ? (
        <EmptyState description={t('compute.provider.none')}>
          <Link to="/ledger/providers" data-testid="provider-apply-link">
            {t('compute.provider.apply')}
          </Link>
        </EmptyState>
      ) : (
        <>
          {providers.length > 0 && (
            <Flex wrap gap={12} style={{ marginBottom: 16 }} data-testid="my-compute-providers">
              {providers.map((p) => (
                <Card key={p.id} size="small" style={{ minWidth: 240 }}>
                  <Space orientation="vertical" size={2}>
                    <Typography.Text strong>{pick(p.orgName, p.orgNameEn)}</Typography.Text>
                    <Typography.Text type={usable(p) ? 'success' : 'warning'}>{usable(p) ? t('compute.provider.ready') : p.status !== 'admitted' ? t('compute.provider.notAdmitted') : t('compute.provider.noCompute')}</Typography.Text>
                    <Link to={`/ledger/providers/${encodeURIComponent(p.id)}`}>{t('compute.provider.ledgerLink')}</Link>
                  </Space>
                </Card>
              ))}
            </Flex>
          )}
          <Typography.Title level={4}>{t('compute.provider.clusters')}</Typography.Title>
          <ErrorAlert error={clusters.error} onRetry={clusters.reload} />
          {clusters.loading && !clusters.data ? (
            <LoadingBlock />
          ) : items.length === 0 ? (
            <EmptyState description={t('compute.provider.noClusters')} />
          ) : (
            <ClusterTable clusters={items} testId="provider-clusters" />
          )}
          {consentClusters.length > 0 && (
            <section style={{ marginTop: 24 }} data-testid="provider-consents">
              <Typography.Title level={4}>{t('compute.provider.consents')}</Typography.Title>
              <Space orientation="vertical" style={{ width: '100%' }} size={16}>
                {consentClusters.map((c) => (
                  <div key={c.id} className="pj-panel">
                    <Typography.Title level={5} style={{ marginTop: 0 }}>
                      <Link to={`/compute/clusters/${encodeURIComponent(c.id)}`}>{pick(c.name, c.nameEn)}</Link> <Typography.Text type="secondary">{c.code}</Typography.Text>
                    </Typography.Title>
                    <ConsentsTable cluster={c} />
                  </div>
                ))}
              </Space>
            </section>
          )}
        </>
      )}
      <RegisterClusterModal
        open={registering}
        providers={choices}
        onClose={() => setRegistering(false)}
        onDone={(c) => {
          setRegistering(false);
          void message.success(t('compute.provider.registered', { code: c.code }));
          navigate(`/compute/clusters/${encodeURIComponent(c.id)}`);
        }}
      />
    </div>
  );
}
