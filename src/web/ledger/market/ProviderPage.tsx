// One provider: who it is and its price list (public). Its admins publish and retire prices; its
// members issue orders, follow them (deliver, claim) and read their settlement statements.
// Operators decide on its admission from here too.
import { useState } from 'react';
import { App, Breadcrumb, Button, Descriptions, Form, Input, Popconfirm, Select, Space, Switch, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { FileAddOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useAsync, usePaged } from '../../components/hooks.ts';
import { FormModal, LoadMore, ModalActions, PageHeader } from '../../components/common.tsx';
import { EmptyState, ErrorAlert, ErrorResult, ListStates, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { parseYuan } from '../money.ts';
import * as api from './api.ts';
import type { Category, DecisionAction, PriceItem, Provider, Settlement } from './api.ts';
import { IssueOrderModal } from './IssueOrderModal.tsx';
import { OrderTable } from './orderParts.tsx';
import { CategoryTag, MarketNav, Money, ProviderStatusTag, useMemberships } from './parts.tsx';
import { DECISIONS_FROM, DecisionModal } from './ProvidersPage.tsx';

interface PriceValues {
  category: Category;
  sku: string;
  name: string;
  nameEn?: string;
  unit: string;
  unitPrice: string;
}

function PublishPriceModal({ provider, open, onClose, onDone }: { provider: Provider; open: boolean; onClose: () => void; onDone: (p: PriceItem) => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: PriceValues) => {
    const fen = parseYuan(v.unitPrice);
    if (fen === null || fen < 1) return;
    setBusy(true);
    setError(null);
    try {
      const item = await api.publishPrice(provider.id, {
        category: v.category,
        sku: v.sku.trim(),
        name: v.name.trim(),
        nameEn: v.nameEn?.trim() || undefined,
        unit: v.unit.trim(),
        unitPriceFen: fen,
      });
      onDone(item);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const required = { required: true, whitespace: true, message: t('form.required') };
  return (
    <FormModal open={open} title={t('ledgerMarket.price.publishTitle')} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('ledgerMarket.price.publishHint')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form<PriceValues> layout="vertical" requiredMark={false} initialValues={{ category: provider.categories[0] }} onFinish={(v) => void submit(v)} data-testid="price-form">
        <Form.Item label={t('ledgerMarket.category')} name="category" rules={[{ required: true, message: t('form.required') }]}>
          <Select options={provider.categories.map((c) => ({ value: c, label: t(`ledgerMarket.category.${c}`) }))} data-testid="price-category" />
        </Form.Item>
        <Form.Item
          label={t('ledgerMarket.price.sku')}
          name="sku"
          extra={t('ledgerMarket.price.skuHint')}
          rules={[required, { pattern: /^[A-Za-z0-9][A-Za-z0-9_.\-/]{0,63}$/, message: t('ledgerMarket.price.skuInvalid') }]}
        >
          <Input autoComplete="off" data-testid="price-sku" />
        </Form.Item>
        <Form.Item label={t('ledgerMarket.price.name')} name="name" rules={[required, { max: 200, message: t('form.tooLong', { max: 200 }) }]}>
          <Input data-testid="price-name" />
        </Form.Item>
        <Form.Item label={t('ledgerMarket.price.nameEn')} name="nameEn" rules={[{ max: 200, message: t('form.tooLong', { max: 200 }) }]}>
          <Input data-testid="price-name-en" />
        </Form.Item>
        <Form.Item label={t('ledgerMarket.price.unit')} name="unit" extra={t('ledgerMarket.price.unitHint')} rules={[required, { max: 40, message: t('form.tooLong', { max: 40 }) }]}>
          <Input data-testid="price-unit" />
        </Form.Item>
        <Form.Item
          label={t('ledgerMarket.price.unitPriceYuan')}
          name="unitPrice"
          rules={[
            { required: true, message: t('form.required') },
            {
              validator: async (_, v: string | undefined) => {
                if (!v) return;
                const fen = parseYuan(v);
                if (fen === null || fen < 1) throw new Error(t('ledgerMarket.yuanInvalid'));
              },
            },
          ]}
        >
          <Input prefix="¥" inputMode="decimal" autoComplete="off" data-testid="price-unit-price" />
        </Form.Item>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('ledgerMarket.price.publish')} testId="price-submit" />
      </Form>
    </FormModal>
  );
}

function PricesTab({ provider, isAdmin, isMember, onChanged }: { provider: Provider; isAdmin: boolean; isMember: boolean; onChanged: () => void }) {
  const { t, pick, date, errorText } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [showRetired, setShowRetired] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const prices = useAsync((signal) => api.prices(provider.id, isAdmin && showRetired, signal), [provider.id, isAdmin, showRetired]);
  const items = prices.data?.items ?? [];
  const admitted = provider.status === 'admitted';

  const retire = async (item: PriceItem) => {
    try {
      const after = await api.retirePrice(provider.id, item.id);
      prices.setData((d) => d && { items: showRetired ? d.items.map((x) => (x.id === after.id ? after : x)) : d.items.filter((x) => x.id !== after.id) });
      void message.success(t('ledgerMarket.price.retired', { sku: item.sku }));
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  const columns: TableColumnsType<PriceItem> = [
    { title: t('ledgerMarket.price.sku'), key: 'sku', width: 150, render: (_, i) => <Typography.Text code>{i.sku}</Typography.Text> },
    { title: t('ledgerMarket.price.name'), key: 'name', render: (_, i) => pick(i.name, i.nameEn) },
    { title: t('ledgerMarket.category'), key: 'category', width: 110, render: (_, i) => <CategoryTag category={i.category} /> },
    { title: t('ledgerMarket.price.unit'), key: 'unit', width: 100, dataIndex: 'unit' },
    { title: t('ledgerMarket.price.unitPrice'), key: 'price', width: 140, align: 'right', render: (_, i) => <Money fen={i.unitPriceFen} /> },
    { title: t('ledgerMarket.price.since'), key: 'since', width: 120, render: (_, i) => date(i.createdAt) },
  ];
  if (isAdmin) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, i) =>
        i.active ? (
          <Popconfirm title={t('ledgerMarket.price.retireConfirm', { sku: i.sku })} okText={t('ledgerMarket.price.retire')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }} onConfirm={() => retire(i)}>
            <Button size="small" danger data-testid={`price-retire-${i.sku}`}>
              {t('ledgerMarket.price.retire')}
            </Button>
          </Popconfirm>
        ) : (
          <Tag>{t('ledgerMarket.price.retiredTag')}</Tag>
        ),
    });
  }

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        {isMember && (
          <Button type="primary" icon={<FileAddOutlined />} disabled={!admitted || !items.some((i) => i.active)} onClick={() => setIssuing(true)} data-testid="order-issue">
            {t('ledgerMarket.issue.open')}
          </Button>
        )}
        {isAdmin && (
          <Button icon={<PlusOutlined />} onClick={() => setPublishing(true)} data-testid="price-publish">
            {t('ledgerMarket.price.publish')}
          </Button>
        )}
        {isAdmin && (
          <Space>
            <Switch size="small" checked={showRetired} onChange={setShowRetired} id="show-retired" data-testid="price-show-retired" />
            <label htmlFor="show-retired">{t('ledgerMarket.price.showRetired')}</label>
          </Space>
        )}
      </Space>
      {isMember && !admitted && <Typography.Paragraph type="warning">{t('ledgerMarket.provider.notAdmittedHint')}</Typography.Paragraph>}
      {prices.error != null ? (
        <ErrorResult error={prices.error} onRetry={prices.reload} />
      ) : prices.loading && !prices.data ? (
        <LoadingBlock />
      ) : (
        <Table<PriceItem>
          rowKey="id"
          columns={columns}
          dataSource={items}
          loading={prices.loading}
          pagination={false}
          scroll={{ x: 760 }}
          onRow={(i) => (i.active ? {} : { style: { opacity: 0.55 } })}
          locale={{ emptyText: <EmptyState description={t('ledgerMarket.price.empty')} /> }}
          data-testid="price-table"
        />
      )}
      <PublishPriceModal
        provider={provider}
        open={publishing}
        onClose={() => setPublishing(false)}
        onDone={(item) => {
          setPublishing(false);
          // A new price for a SKU retires the old one: read the list again.
          prices.reload();
          onChanged();
          void message.success(t('ledgerMarket.price.published', { sku: item.sku }));
        }}
      />
      <IssueOrderModal
        provider={provider}
        items={items}
        open={issuing}
        onClose={() => setIssuing(false)}
        onIssued={(o) => {
          setIssuing(false);
          void message.success(t('ledgerMarket.issue.done', { contract: o.contractNo }));
          navigate(`/ledger/orders/${encodeURIComponent(o.id)}`);
        }}
      />
    </>
  );
}

function ProviderOrdersTab({ provider }: { provider: Provider }) {
  const list = usePaged((cursor, signal) => api.orders({ providerId: provider.id, cursor, limit: 50 }, signal), [provider.id]);
  return <OrderTable list={list} side="provider" providerSteps testId="provider-orders" />;
}

function SettlementsTab({ provider }: { provider: Provider }) {
  const { t, dateTime, number } = useI18n();
  const list = usePaged((cursor, signal) => api.settlements({ providerId: provider.id, cursor, limit: 50 }, signal), [provider.id]);
  const columns: TableColumnsType<Settlement> = [
    {
      title: t('ledgerMarket.settlement.period'),
      key: 'period',
      render: (_, s) => (
        <Link to={`/ledger/settlements/${encodeURIComponent(s.id)}`} data-testid={`settlement-link-${s.period}`}>
          {s.period}
        </Link>
      ),
    },
    { title: t('ledgerMarket.settlement.orderCount'), key: 'count', width: 100, align: 'right', render: (_, s) => number(s.orderCount) },
    { title: t('ledgerMarket.order.subsidy'), key: 'subsidy', width: 140, align: 'right', render: (_, s) => <Money fen={s.subsidyFen} /> },
    { title: t('ledgerMarket.order.own'), key: 'own', width: 140, align: 'right', render: (_, s) => <Money fen={s.ownFen} /> },
    { title: t('ledgerMarket.settlement.paid'), key: 'total', width: 140, align: 'right', render: (_, s) => <Money fen={s.totalFen} strong /> },
    { title: t('ledgerMarket.settlement.createdAt'), key: 'at', width: 150, render: (_, s) => dateTime(s.createdAt) },
  ];
  return (
    <ListStates list={list}>
      <Table<Settlement>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: <EmptyState description={t('ledgerMarket.settlement.empty')} /> }}
        data-testid="settlement-table"
      />
      <LoadMore list={list} testId="settlement-load-more" />
    </ListStates>
  );
}

const TABS = ['prices', 'orders', 'settlements'] as const;
type TabKey = (typeof TABS)[number];

export default function ProviderPage() {
  const { id = '' } = useParams();
  const { t, date, number, pick } = useI18n();
  const { message } = App.useApp();
  const { roleIn, atLeast, isOperator, signedIn } = useMemberships();
  const [params, setParams] = useSearchParams();
  const [deciding, setDeciding] = useState<DecisionAction | null>(null);
  const { data: provider, error, loading, reload, setData } = useAsync((signal) => api.provider(id, signal), [id, signedIn]);

  if (loading && !provider) return <LoadingBlock rows={8} />;
  if (error != null || !provider) return <ErrorResult error={error} onRetry={reload} />;

  const isMember = roleIn(provider.orgId) !== null;
  const isAdmin = atLeast(provider.orgId, 'admin');
  const requested = params.get('tab');
  const tab: TabKey = TABS.find((k) => k === requested && (k === 'prices' || isMember)) ?? 'prices';

  const items = [
    { key: 'prices', label: t('ledgerMarket.provider.tabPrices'), children: <PricesTab provider={provider} isAdmin={isAdmin} isMember={isMember} onChanged={() => reload()} /> },
    isMember && { key: 'orders', label: t('ledgerMarket.provider.tabOrders'), children: <ProviderOrdersTab provider={provider} /> },
    isMember && { key: 'settlements', label: t('ledgerMarket.provider.tabSettlements'), children: <SettlementsTab provider={provider} /> },
  ].filter((x) => x !== false);

  return (
    <div data-testid="provider-page">
      <MarketNav />
      <Breadcrumb style={{ marginBottom: 16 }} items={[{ title: <Link to="/ledger/providers">{t('ledgerMarket.providers.title')}</Link> }, { title: pick(provider.orgName, provider.orgNameEn) }]} />
      <PageHeader
        title={pick(provider.orgName, provider.orgNameEn)}
        subtitle={
          <Space wrap size={4}>
            <ProviderStatusTag status={provider.status} />
            {provider.categories.map((c) => (
              <CategoryTag key={c} category={c} />
            ))}
          </Space>
        }
        extra={
          isOperator &&
          DECISIONS_FROM[provider.status].map((a) => (
            <Button key={a} danger={a === 'reject' || a === 'suspend'} onClick={() => setDeciding(a)} data-testid={`provider-${a}`}>
              {t(`ledgerMarket.decision.${a}`)}
            </Button>
          ))
        }
      />
      <div className="pj-panel" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('ledgerMarket.provider.org')}>
            <Link to={`/orgs/${encodeURIComponent(provider.orgId)}`}>{pick(provider.orgName, provider.orgNameEn)}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('ledgerMarket.providers.priceCount')}>{number(provider.priceItemCount)}</Descriptions.Item>
          <Descriptions.Item label={t('ledgerMarket.provider.since')}>{date(provider.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('ledgerMarket.providers.decidedAt')}>{date(provider.decidedAt)}</Descriptions.Item>
          {provider.description && (
            <Descriptions.Item label={t('ledgerMarket.description')} span={2}>
              {provider.description}
            </Descriptions.Item>
          )}
          {provider.reason && (isMember || isOperator) && (
            <Descriptions.Item label={t('ledgerMarket.reason')} span={2}>
              {provider.reason}
            </Descriptions.Item>
          )}
        </Descriptions>
      </div>
      <div className="pj-panel">
        <Tabs
          activeKey={tab}
          onChange={(k) => {
            const p = new URLSearchParams(params);
            if (k === 'prices') p.delete('tab');
            else p.set('tab', k);
            setParams(p, { replace: true });
          }}
          items={items}
          destroyOnHidden
          data-testid="provider-tabs"
        />
      </div>
      <DecisionModal
        provider={deciding ? provider : null}
        action={deciding}
        onClose={() => setDeciding(null)}
        onDone={(p) => {
          setDeciding(null);
          setData(p);
          void message.success(t('ledgerMarket.decision.done', { name: pick(p.orgName, p.orgNameEn), status: t(`ledgerMarket.providerStatus.${p.status}`) }));
        }}
      />
    </div>
  );
}
