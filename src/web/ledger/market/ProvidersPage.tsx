// The public directory of admitted providers (filter by category). Organization admins apply for
// one of their organizations and see how their applications stand; operators filter by status
// and admit, reject, suspend or reinstate with a reason.
import { useState } from 'react';
import { App, Button, Flex, Form, Input, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { ReloadOutlined, ShopOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { PROVIDER_STATUSES, SERVICE_CATEGORIES } from '../../../shared/enums.ts';
import { usePaged } from '../../components/hooks.ts';
import { FormModal, LoadMore, ModalActions, PageHeader } from '../../components/common.tsx';
import { EmptyState, ErrorAlert, ListStates } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import * as api from './api.ts';
import type { Category, DecisionAction, Provider, ProviderStatus } from './api.ts';
import { CategoryTag, MarketNav, ProviderStatusTag, useMemberships, useMyProviders } from './parts.tsx';

const isCategory = (v: string | null): v is Category => v !== null && (SERVICE_CATEGORIES as readonly string[]).includes(v);
const isStatus = (v: string | null): v is ProviderStatus => v !== null && (PROVIDER_STATUSES as readonly string[]).includes(v);

/** Which decisions a provider in each state can take. */
export const DECISIONS_FROM: Record<ProviderStatus, DecisionAction[]> = {
  applied: ['admit', 'reject'],
  rejected: ['admit'],
  admitted: ['suspend'],
  suspended: ['reinstate'],
};

interface ApplyValues {
  orgId: string;
  categories: Category[];
  description?: string;
}

function ApplyModal({ open, taken, onClose, onDone }: { open: boolean; taken: Set<string>; onClose: () => void; onDone: (p: Provider) => void }) {
  const { t, pick } = useI18n();
  const { list } = useMemberships();
  // Organizations the caller administers that are not providers yet.
  const admins = list.filter((m) => m.role !== 'member' && !taken.has(m.orgId));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: ApplyValues) => {
    setBusy(true);
    setError(null);
    try {
      const p = await api.applyProvider({ orgId: v.orgId, categories: v.categories, description: v.description?.trim() || undefined });
      onDone(p);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormModal open={open} title={t('ledgerMarket.providers.applyTitle')} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('ledgerMarket.providers.applyHint')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form<ApplyValues> layout="vertical" requiredMark={false} initialValues={{ orgId: admins[0]?.orgId }} onFinish={(v) => void submit(v)} data-testid="provider-apply-form">
        <Form.Item label={t('ledgerMarket.providers.applyOrg')} name="orgId" rules={[{ required: true, message: t('form.required') }]}>
          <Select options={admins.map((m) => ({ value: m.orgId, label: pick(m.orgName, m.orgNameEn) }))} data-testid="provider-apply-org" />
        </Form.Item>
        <Form.Item label={t('ledgerMarket.categories')} name="categories" rules={[{ required: true, message: t('form.required') }]}>
          <Select mode="multiple" options={SERVICE_CATEGORIES.map((c) => ({ value: c, label: t(`ledgerMarket.category.${c}`) }))} data-testid="provider-apply-categories" />
        </Form.Item>
        <Form.Item label={t('ledgerMarket.description')} name="description" rules={[{ max: 4000, message: t('form.tooLong', { max: 4000 }) }]}>
          <Input.TextArea rows={3} data-testid="provider-apply-description" />
        </Form.Item>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('ledgerMarket.providers.applySubmit')} testId="provider-apply-submit" />
      </Form>
    </FormModal>
  );
}

interface DecisionValues {
  reason?: string;
  categories?: Category[];
}

/** An operator's decision on a provider, with its reason (required to reject or suspend). */
export function DecisionModal({ provider, action, onClose, onDone }: { provider: Provider | null; action: DecisionAction | null; onClose: () => void; onDone: (p: Provider) => void }) {
  const { t, pick } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const needsReason = action === 'reject' || action === 'suspend';
  const submit = async (v: DecisionValues) => {
    if (!provider || !action) return;
    setBusy(true);
    setError(null);
    try {
      const p = await api.decideProvider(provider.id, {
        action,
        reason: v.reason?.trim() || undefined,
        ...(action === 'admit' && v.categories?.length ? { categories: v.categories } : {}),
      });
      onDone(p);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormModal open={!!provider && !!action} title={action ? t(`ledgerMarket.decision.${action}Title`, { name: (provider ? pick(provider.orgName, provider.orgNameEn) : '') }) : ''} onClose={onClose}>
      <ErrorAlert error={error} />
      <Form<DecisionValues> layout="vertical" requiredMark={false} initialValues={{ categories: provider?.categories }} onFinish={(v) => void submit(v)} data-testid="provider-decision-form">
        {action === 'admit' && (
          <Form.Item label={t('ledgerMarket.categories')} name="categories" rules={[{ required: true, message: t('form.required') }]}>
            <Select mode="multiple" options={SERVICE_CATEGORIES.map((c) => ({ value: c, label: t(`ledgerMarket.category.${c}`) }))} data-testid="provider-decision-categories" />
          </Form.Item>
        )}
        <Form.Item
          label={t('ledgerMarket.reason')}
          name="reason"
          rules={[
            { required: needsReason, whitespace: true, message: t('form.required') },
            { max: 500, message: t('form.tooLong', { max: 500 }) },
          ]}
        >
          <Input.TextArea rows={3} data-testid="provider-decision-reason" />
        </Form.Item>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={action ? t(`ledgerMarket.decision.${action}`) : ''} danger={needsReason} testId="provider-decision-submit" />
      </Form>
    </FormModal>
  );
}

/** The caller's organizations that are providers (or applied), whatever their state. */
function MyProviders({ mine }: { mine: ReturnType<typeof useMyProviders> }) {
  const { t, pick } = useI18n();
  const { list } = useMemberships();
  const items = [...(mine.data?.values() ?? [])];
  if (!list.length || (!mine.loading && mine.error == null && !items.length)) return null;
  return (
    <div className="pj-panel" style={{ marginBottom: 16 }} data-testid="my-providers">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('ledgerMarket.providers.mine')}
      </Typography.Title>
      <ErrorAlert error={mine.error} onRetry={mine.reload} />
      <Space orientation="vertical" style={{ width: '100%' }}>
        {items.map((p) => {
          const m = list.find((x) => x.orgId === p.orgId);
          return (
            <Flex key={p.id} gap={8} align="center" wrap>
              <Link to={`/ledger/providers/${encodeURIComponent(p.id)}`} data-testid={`my-provider-${p.orgId}`}>
                {m ? pick(m.orgName, m.orgNameEn) : pick(p.orgName, p.orgNameEn)}
              </Link>
              <ProviderStatusTag status={p.status} />
              {p.categories.map((c) => (
                <CategoryTag key={c} category={c} />
              ))}
              {p.reason && <Typography.Text type="secondary">{t('ledgerMarket.reasonIs', { reason: p.reason })}</Typography.Text>}
            </Flex>
          );
        })}
      </Space>
    </div>
  );
}

export default function ProvidersPage() {
  const { t, date, number, pick } = useI18n();
  const { message } = App.useApp();
  const { list: memberships, isOperator } = useMemberships();
  const [params, setParams] = useSearchParams();
  const c = params.get('category');
  const s = params.get('status');
  const category = isCategory(c) ? c : undefined;
  const status = isOperator && isStatus(s) ? s : undefined;
  const [applying, setApplying] = useState(false);
  const mine = useMyProviders();
  const [deciding, setDeciding] = useState<{ provider: Provider; action: DecisionAction } | null>(null);
  const list = usePaged((cursor, signal) => api.providers({ category, status, cursor, limit: 50 }, signal), [category, status, isOperator]);
  const canApply = memberships.some((m) => m.role !== 'member' && !mine.data?.has(m.orgId));

  const setFilter = (key: string, v: string | undefined) => {
    const p = new URLSearchParams(params);
    if (v) p.set(key, v);
    else p.delete(key);
    setParams(p, { replace: true });
  };

  const columns: TableColumnsType<Provider> = [
    {
      title: t('ledgerMarket.provider'),
      key: 'name',
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/ledger/providers/${encodeURIComponent(p.id)}`} data-testid={`provider-link-${p.orgId}`}>
            {pick(p.orgName, p.orgNameEn)}
          </Link>
          {p.description && (
            <Typography.Text type="secondary" ellipsis style={{ maxWidth: 420 }}>
              {p.description}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('ledgerMarket.categories'),
      key: 'categories',
      render: (_, p) => (
        <Space wrap size={[0, 4]}>
          {p.categories.map((x) => (
            <CategoryTag key={x} category={x} />
          ))}
        </Space>
      ),
    },
    { title: t('ledgerMarket.providers.priceCount'), key: 'prices', width: 110, align: 'right', render: (_, p) => number(p.priceItemCount) },
    ...(isOperator
      ? ([
          { title: t('common.status'), key: 'status', width: 100, render: (_, p) => <ProviderStatusTag status={p.status} /> },
          { title: t('ledgerMarket.providers.decidedAt'), key: 'decidedAt', width: 120, render: (_, p) => date(p.decidedAt) },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 200,
            render: (_, p) => (
              <Space wrap>
                {DECISIONS_FROM[p.status].map((a) => (
                  <Button key={a} size="small" danger={a === 'reject' || a === 'suspend'} onClick={() => setDeciding({ provider: p, action: a })} data-testid={`provider-${a}-${p.orgId}`}>
                    {t(`ledgerMarket.decision.${a}`)}
                  </Button>
                ))}
              </Space>
            ),
          },
        ] satisfies TableColumnsType<Provider>)
      : [{ title: t('ledgerMarket.providers.admittedAt'), key: 'decidedAt', width: 120, render: (_: unknown, p: Provider) => date(p.decidedAt) }]),
  ];

  return (
    <div data-testid="providers-page">
      <MarketNav />
      <PageHeader
        title={t('ledgerMarket.providers.title')}
        subtitle={t('ledgerMarket.providers.intro')}
        extra={
          <>
            {canApply && (
              <Button type="primary" icon={<ShopOutlined />} onClick={() => setApplying(true)} data-testid="provider-apply">
                {t('ledgerMarket.providers.apply')}
              </Button>
            )}
            <Button icon={<ReloadOutlined />} onClick={list.reload} data-testid="providers-refresh">
              {t('common.refresh')}
            </Button>
          </>
        }
      />
      <MyProviders mine={mine} />
      <div className="pj-panel">
        <Flex gap={16} align="center" wrap style={{ marginBottom: 16 }}>
          <Space>
            <label htmlFor="provider-category">{t('ledgerMarket.category')}</label>
            <Select<Category>
              id="provider-category"
              allowClear
              value={category}
              placeholder={t('common.all')}
              style={{ width: 180 }}
              options={SERVICE_CATEGORIES.map((x) => ({ value: x, label: t(`ledgerMarket.category.${x}`) }))}
              onChange={(v) => setFilter('category', v)}
              data-testid="providers-category-filter"
            />
          </Space>
          {isOperator && (
            <Space>
              <label htmlFor="provider-status">{t('common.status')}</label>
              <Select<ProviderStatus>
                id="provider-status"
                allowClear
                value={status}
                placeholder={t('common.all')}
                style={{ width: 160 }}
                options={PROVIDER_STATUSES.map((x) => ({ value: x, label: t(`ledgerMarket.providerStatus.${x}`) }))}
                onChange={(v) => setFilter('status', v)}
                data-testid="providers-status-filter"
              />
            </Space>
          )}
        </Flex>
        <ListStates list={list}>
          <Table<Provider>
            rowKey="id"
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            scroll={{ x: 820 }}
            locale={{ emptyText: <EmptyState description={category || status ? t('common.noMatch') : t('ledgerMarket.providers.empty')} /> }}
            data-testid="providers-table"
          />
          <LoadMore list={list} testId="providers-load-more" />
        </ListStates>
      </div>
      <ApplyModal
        open={applying}
        taken={new Set(mine.data?.keys() ?? [])}
        onClose={() => setApplying(false)}
        onDone={(p) => {
          setApplying(false);
          mine.reload();
          if (p.status === 'admitted') list.reload();
          void message.success(t(p.status === 'admitted' ? 'ledgerMarket.providers.registered' : 'ledgerMarket.providers.applied'));
        }}
      />
      <DecisionModal
        provider={deciding?.provider ?? null}
        action={deciding?.action ?? null}
        onClose={() => setDeciding(null)}
        onDone={(p) => {
          setDeciding(null);
          list.setItems((items) => (status && p.status !== status ? items.filter((x) => x.id !== p.id) : items.map((x) => (x.id === p.id ? p : x))));
          mine.reload();
          void message.success(t('ledgerMarket.decision.done', { name: pick(p.orgName, p.orgNameEn), status: t(`ledgerMarket.providerStatus.${p.status}`) }));
        }}
      />
    </div>
  );
}
