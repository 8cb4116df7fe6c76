// One settlement statement: the provider, the month, the totals and every order it paid.
import { Card, Col, Descriptions, Row, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { EmptyState, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import * as api from './api.ts';
import type { Order } from './api.ts';
import { CategoryTag, ExportButtons, LedgerCrumbs, Money, useFen } from './parts.tsx';

export default function SettlementPage() {
  const { id = '' } = useParams();
  const { t, dateTime, pick } = useI18n();
  const fen = useFen();
  const { data: s, error, loading, reload } = useAsync((signal) => api.settlement(id, signal), [id]);

  if (loading && !s) return <LoadingBlock rows={8} />;
  if (error != null || !s) return <ErrorResult error={error} onRetry={reload} />;

  const columns: TableColumnsType<Order> = [
    {
      title: t('ledgerOps.order.contract'),
      key: 'contract',
      render: (_, o) => (
        <Link to={`/ledger/orders/${encodeURIComponent(o.id)}`} data-testid={`settlement-order-${o.id}`}>
          {o.contractNo}
        </Link>
      ),
    },
    { title: t('ledgerOps.order.buyer'), key: 'buyer', render: (_, o) => <Link to={`/orgs/${encodeURIComponent(o.buyerOrgId)}`}>{o.buyerName}</Link> },
    { title: t('ledgerOps.order.category'), key: 'category', width: 110, render: (_, o) => <CategoryTag category={o.category} /> },
    { title: t('ledgerOps.order.total'), key: 'total', width: 140, align: 'right', render: (_, o) => <Money fen={o.totalFen} /> },
    { title: t('ledgerOps.settlements.subsidy'), key: 'subsidy', width: 140, align: 'right', render: (_, o) => <Money fen={o.subsidyFen} /> },
    { title: t('ledgerOps.settlements.own'), key: 'own', width: 140, align: 'right', render: (_, o) => <Money fen={o.ownFen} /> },
    { title: t('ledgerOps.order.claimedAt'), key: 'claimed', width: 140, render: (_, o) => dateTime(o.claimedAt) },
  ];

  return (
    <div data-testid="ledger-settlement-page">
      <LedgerCrumbs items={[{ title: t('ledgerOps.settlements.title'), to: '/ledger/settlements' }, { title: `${pick(s.providerName, s.providerNameEn)} · ${s.period}` }]} />
      <PageHeader
        title={t('ledgerOps.settlement.title', { provider: pick(s.providerName, s.providerNameEn), period: s.period })}
        subtitle={<Tag color="green">{t('ledgerOps.settlement.paid')}</Tag>}
        extra={<ExportButtons testId="settlement-export" fetch={(format) => api.exportSettlement(s.id, format)} />}
      />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {(
          [
            ['orders', String(s.orderCount)],
            ['subsidy', fen(s.subsidyFen)],
            ['own', fen(s.ownFen)],
            ['total', fen(s.totalFen)],
          ] as const
        ).map(([k, v]) => (
          <Col key={k} xs={12} md={6}>
            <Card size="small">
              <Statistic title={t(`ledgerOps.settlements.${k}`)} value={v} />
            </Card>
          </Col>
        ))}
      </Row>
      <div className="pj-panel" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'provider', label: t('ledgerOps.settlements.provider'), children: <Link to={`/ledger/providers/${encodeURIComponent(s.providerId)}`}>{pick(s.providerName, s.providerNameEn)}</Link> },
            { key: 'period', label: t('ledgerOps.settlements.period'), children: s.period },
            { key: 'at', label: t('ledgerOps.settlements.createdAt'), children: dateTime(s.createdAt) },
            {
              key: 'payout',
              label: t('ledgerOps.settlement.payout'),
              children: s.payoutTransferId ? <Typography.Text code>{s.payoutTransferId}</Typography.Text> : '—',
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', fontSize: 12 }}>
          {t('ledgerOps.settlement.equation', { subsidy: fen(s.subsidyFen), own: fen(s.ownFen), total: fen(s.totalFen) })}
        </Typography.Paragraph>
      </div>
      <div className="pj-panel">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('ledgerOps.settlement.orders')}
        </Typography.Title>
        <Table<Order>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={s.orders}
          pagination={s.orders.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: 950 }}
          locale={{ emptyText: <EmptyState description={t('ledgerOps.settlement.noOrders')} /> }}
          summary={() =>
            s.orders.length > 0 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}>
                  <Typography.Text strong>{t('ledgerOps.settlements.total')}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  <Money fen={s.orders.reduce((n, o) => n + o.totalFen, 0)} strong />
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  <Money fen={s.subsidyFen} strong />
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  <Money fen={s.ownFen} strong />
                </Table.Summary.Cell>
                <Table.Summary.Cell index={6} />
              </Table.Summary.Row>
            ) : null
          }
          data-testid="settlement-orders"
        />
      </div>
    </div>
  );
}
