// Orders in a table (orders screen, a provider's orders, a company's recent orders), and the
// provider's quick steps on a row: deliver and claim.
import { useState } from 'react';
import { App, Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { LoadMore } from '../../components/common.tsx';
import { EmptyState, ListStates } from '../../components/states.tsx';
import type { PagedState } from '../../components/hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import * as api from './api.ts';
import type { Order } from './api.ts';
import { CategoryTag, Money, OrderStatusTag, useMemberships } from './parts.tsx';

/** What a provider's member may do next on an order: deliver a confirmed one, claim an accepted one. */
export function providerStep(o: Order): 'deliver' | 'claim' | null {
  return o.status === 'confirmed' ? 'deliver' : o.status === 'accepted' ? 'claim' : null;
}

/** Deliver or claim from a list row; the row is replaced by the answer. */
function RowStep({ order, onChanged }: { order: Order; onChanged: (o: Order) => void }) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const step = providerStep(order);
  if (!step) return null;
  const run = async () => {
    setBusy(true);
    try {
      const o = step === 'deliver' ? await api.deliverOrder(order.id) : await api.claimOrder(order.id);
      onChanged(o);
      void message.success(t(`ledgerMarket.order.${step}Done`));
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" type="primary" loading={busy} onClick={() => void run()} data-testid={`order-row-${step}-${order.id}`}>
      {t(`ledgerMarket.order.${step}`)}
    </Button>
  );
}

/**
 * A paged list of orders. `side` hides the column that would name the caller's own organization
 * on every row; `providerSteps` shows deliver and claim on the rows where the caller is the provider.
 */
export function OrderTable({ list, side, providerSteps, testId = 'orders-table', emptyText }: { list: PagedState<Order>; side?: 'buyer' | 'provider'; providerSteps?: boolean; testId?: string; emptyText?: string }) {
  const { t, dateTime, pick } = useI18n();
  const { roleIn } = useMemberships();
  const columns: TableColumnsType<Order> = [
    {
      title: t('ledgerMarket.order.contractNo'),
      key: 'contract',
      render: (_, o) => (
        <Link to={`/ledger/orders/${encodeURIComponent(o.id)}`} data-testid={`order-link-${o.id}`}>
          {o.contractNo}
        </Link>
      ),
    },
    ...(side === 'provider' ? [] : [{ title: t('ledgerMarket.provider'), key: 'provider', ellipsis: true, render: (_: unknown, o: Order) => pick(o.providerName, o.providerNameEn) }]),
    ...(side === 'buyer' ? [] : [{ title: t('ledgerMarket.order.buyer'), key: 'buyer', ellipsis: true, render: (_: unknown, o: Order) => pick(o.buyerName, o.buyerNameEn) }]),
    { title: t('ledgerMarket.category'), key: 'category', width: 110, render: (_, o) => <CategoryTag category={o.category} /> },
    { title: t('ledgerMarket.order.total'), key: 'total', width: 130, align: 'right', render: (_, o) => <Money fen={o.totalFen} /> },
    // The split is set when the buyer confirms; before that there is none to show.
    { title: t('ledgerMarket.order.subsidy'), key: 'subsidy', width: 140, align: 'right', render: (_, o) => (o.confirmedAt ? <Money fen={o.subsidyFen} /> : '—') },
    { title: t('common.status'), key: 'status', width: 100, render: (_, o) => <OrderStatusTag status={o.status} /> },
    { title: t('ledgerMarket.order.issuedAt'), key: 'issuedAt', width: 150, render: (_, o) => dateTime(o.issuedAt) },
  ];
  if (providerSteps) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_, o) =>
        roleIn(o.providerOrgId) ? (
          <Space>
            <RowStep order={o} onChanged={(n) => list.setItems((items) => items.map((x) => (x.id === n.id ? n : x)))} />
          </Space>
        ) : null,
    });
  }
  return (
    <ListStates list={list}>
      <Table<Order>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 960 }}
        locale={{ emptyText: <EmptyState description={emptyText ?? t('ledgerMarket.orders.empty')} /> }}
        data-testid={testId}
      />
      <LoadMore list={list} testId={`${testId}-load-more`} />
    </ListStates>
  );
}

/** A short line under a table or a card: secondary text. */
export function Hint({ children }: { children: React.ReactNode }) {
  return (
    <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
      {children}
    </Typography.Paragraph>
  );
}
