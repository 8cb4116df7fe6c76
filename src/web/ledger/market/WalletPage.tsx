// A company's money on the platform, for its members: the organization's own account (balance,
// reserved, available), its vouchers, its recent orders and the monthly invoice (what the
// program paid and what the company paid).
import { useState } from 'react';
import { App, Button, Card, Col, DatePicker, Flex, Row, Space, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { useAsync, usePaged } from '../../components/hooks.ts';
import { LoadMore, PageHeader } from '../../components/common.tsx';
import { EmptyState, ErrorAlert, ErrorResult, ListStates, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatFen } from '../money.ts';
import * as api from './api.ts';
import type { Order, Voucher } from './api.ts';
import { OrderTable } from './orderParts.tsx';
import { MarketNav, Money, OrgPicker, VoucherStatusTag, currentPeriod, useMemberships, useOrgChoice } from './parts.tsx';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

function AccountCards({ orgId }: { orgId: string }) {
  const { t, locale } = useI18n();
  const account = useAsync((signal) => api.orgAccount(orgId, signal), [orgId]);
  if (account.loading && !account.data) return <LoadingBlock rows={2} />;
  if (account.error != null || !account.data) return <ErrorAlert error={account.error} onRetry={account.reload} />;
  const a = account.data;
  const fmt = (v: number | string) => formatFen(Number(v), locale);
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="wallet-account">
      <Col xs={24} md={8}>
        <Card size="small">
          <Statistic title={t('ledgerMarket.wallet.balance')} value={a.balance} formatter={fmt} data-testid="wallet-balance" />
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card size="small">
          <Statistic title={t('ledgerMarket.wallet.reserved')} value={a.debitsPending} formatter={fmt} data-testid="wallet-reserved" />
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card size="small">
          <Statistic title={t('ledgerMarket.wallet.available')} value={a.available} formatter={fmt} styles={{ content: { color: '#1450a3' } }} data-testid="wallet-available" />
        </Card>
      </Col>
    </Row>
  );
}

function Vouchers({ orgId }: { orgId: string }) {
  const { t, pick, date } = useI18n();
  const list = usePaged((cursor, signal) => api.vouchers({ orgId, cursor, limit: 50 }, signal), [orgId]);
  const columns: TableColumnsType<Voucher> = [
    {
      title: t('ledgerMarket.voucher.program'),
      key: 'program',
      render: (_, v) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/ledger/programs/${encodeURIComponent(v.programId)}`}>{pick(v.programName, v.programNameEn)}</Link>
          <Link to={`/ledger/vouchers/${encodeURIComponent(v.id)}`} style={{ fontSize: 12 }} data-testid={`voucher-link-${v.id}`}>
            {v.id}
          </Link>
        </Space>
      ),
    },
    { title: t('ledgerMarket.voucher.amount'), key: 'amount', width: 130, align: 'right', render: (_, v) => <Money fen={v.amountFen} /> },
    { title: t('ledgerMarket.voucher.balance'), key: 'balance', width: 130, align: 'right', render: (_, v) => <Money fen={v.balanceFen} /> },
    { title: t('ledgerMarket.voucher.reserved'), key: 'reserved', width: 130, align: 'right', render: (_, v) => <Money fen={v.reservedFen} /> },
    { title: t('ledgerMarket.voucher.available'), key: 'available', width: 130, align: 'right', render: (_, v) => <Money fen={v.availableFen} strong /> },
    { title: t('ledgerMarket.voucher.expiresAt'), key: 'expires', width: 120, render: (_, v) => date(v.expiresAt) },
    { title: t('common.status'), key: 'status', width: 90, render: (_, v) => <VoucherStatusTag status={v.status} /> },
  ];
  return (
    <ListStates list={list}>
      <Table<Voucher>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <EmptyState description={t('ledgerMarket.wallet.noVouchers')} /> }}
        data-testid="wallet-vouchers"
      />
      <LoadMore list={list} testId="wallet-vouchers-more" />
    </ListStates>
  );
}

function RecentOrders({ orgId }: { orgId: string }) {
  const list = usePaged((cursor, signal) => api.orders({ buyerOrgId: orgId, cursor, limit: 10 }, signal), [orgId]);
  return <OrderTable list={list} side="buyer" testId="wallet-orders" />;
}

function InvoiceBlock({ orgId, period, onPeriod }: { orgId: string; period: string; onPeriod: (p: string) => void }) {
  const { t, date, locale, pick } = useI18n();
  const inv = useAsync((signal) => api.invoice(orgId, period, signal), [orgId, period]);
  const fmt = (v: number | string) => formatFen(Number(v), locale);
  const columns: TableColumnsType<Order> = [
    {
      title: t('ledgerMarket.order.contractNo'),
      key: 'contract',
      render: (_, o) => <Link to={`/ledger/orders/${encodeURIComponent(o.id)}`}>{o.contractNo}</Link>,
    },
    { title: t('ledgerMarket.provider'), key: 'provider', ellipsis: true, render: (_, o) => pick(o.providerName, o.providerNameEn) },
    { title: t('ledgerMarket.wallet.acceptedAt'), key: 'accepted', width: 120, render: (_, o) => date(o.acceptedAt) },
    { title: t('ledgerMarket.order.total'), key: 'total', width: 130, align: 'right', render: (_, o) => <Money fen={o.totalFen} /> },
    { title: t('ledgerMarket.order.subsidy'), key: 'subsidy', width: 140, align: 'right', render: (_, o) => <Money fen={o.subsidyFen} /> },
    { title: t('ledgerMarket.order.own'), key: 'own', width: 130, align: 'right', render: (_, o) => <Money fen={o.ownFen} /> },
  ];
  return (
    <>
      <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
        <label htmlFor="invoice-period">{t('ledgerMarket.wallet.period')}</label>
        <DatePicker
          id="invoice-period"
          picker="month"
          allowClear={false}
          value={dayjs(`${period}-01`)}
          onChange={(d) => d && onPeriod(d.format('YYYY-MM'))}
          data-testid="invoice-period"
        />
        <InvoiceExport orgId={orgId} period={period} />
      </Flex>
      {inv.error != null ? (
        <ErrorResult error={inv.error} onRetry={inv.reload} />
      ) : inv.loading && !inv.data ? (
        <LoadingBlock rows={3} />
      ) : inv.data ? (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="invoice-totals">
            <Col xs={24} md={8}>
              <Statistic title={t('ledgerMarket.wallet.invoiceTotal')} value={inv.data.totalFen} formatter={fmt} data-testid="invoice-total" />
            </Col>
            <Col xs={24} md={8}>
              <Statistic title={t('ledgerMarket.wallet.invoiceProgram')} value={inv.data.subsidyFen} formatter={fmt} data-testid="invoice-subsidy" />
            </Col>
            <Col xs={24} md={8}>
              <Statistic title={t('ledgerMarket.wallet.invoiceOwn')} value={inv.data.ownFen} formatter={fmt} data-testid="invoice-own" />
            </Col>
          </Row>
          <Table<Order>
            rowKey="id"
            columns={columns}
            dataSource={inv.data.orders}
            loading={inv.loading}
            pagination={false}
            scroll={{ x: 800 }}
            locale={{ emptyText: <EmptyState description={t('ledgerMarket.wallet.invoiceEmpty', { period })} /> }}
            data-testid="invoice-orders"
          />
        </>
      ) : null}
    </>
  );
}

/** The month's invoice as CSV or XLSX (GET /api/ledger/orgs/{orgId}/invoice/export). */
function InvoiceExport({ orgId, period }: { orgId: string; period: string }) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<api.InvoiceFormat | null>(null);
  const run = async (format: api.InvoiceFormat) => {
    setBusy(format);
    try {
      api.saveFile(await api.exportInvoice(orgId, period, format));
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space>
      {(['csv', 'xlsx'] as const).map((f) => (
        <Button key={f} icon={<DownloadOutlined />} loading={busy === f} onClick={() => void run(f)} data-testid={`invoice-export-${f}`}>
          {t(f === 'csv' ? 'ledgerMarket.wallet.exportCsv' : 'ledgerMarket.wallet.exportXlsx')}
        </Button>
      ))}
    </Space>
  );
}

export default function WalletPage() {
  const { t } = useI18n();
  const { list: memberships } = useMemberships();
  const [orgId, setOrgId] = useOrgChoice(memberships);
  const [params, setParams] = useSearchParams();
  // Refresh reads every block again (they are keyed by it).
  const [tick, setTick] = useState(0);
  const p = params.get('period');
  const period = p && PERIOD.test(p) ? p : currentPeriod();
  const setPeriod = (v: string) => {
    const n = new URLSearchParams(params);
    n.set('period', v);
    setParams(n, { replace: true });
  };

  return (
    <div data-testid="wallet-page">
      <MarketNav />
      <PageHeader
        title={t('ledgerMarket.wallet.title')}
        subtitle={t('ledgerMarket.wallet.intro')}
        extra={
          orgId && (
            <>
              <OrgPicker candidates={memberships} value={orgId} onChange={setOrgId} testId="wallet-org" />
              <Button icon={<ReloadOutlined />} onClick={() => setTick((n) => n + 1)} data-testid="wallet-refresh">
                {t('common.refresh')}
              </Button>
            </>
          )
        }
      />
      {!orgId ? (
        <div className="pj-panel">
          <EmptyState description={t('ledgerMarket.wallet.noOrg')}>
            <Link to="/orgs">{t('me.browseOrgs')}</Link>
          </EmptyState>
        </div>
      ) : (
        <div key={`${orgId}:${tick}`}>
          <AccountCards orgId={orgId} />
          <div className="pj-panel" style={{ marginBottom: 16 }}>
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {t('ledgerMarket.wallet.vouchers')}
            </Typography.Title>
            <Vouchers orgId={orgId} />
          </div>
          <div className="pj-panel" style={{ marginBottom: 16 }}>
            <Flex justify="space-between" align="baseline" wrap>
              <Typography.Title level={4} style={{ marginTop: 0 }}>
                {t('ledgerMarket.wallet.recentOrders')}
              </Typography.Title>
              <Link to={`/ledger/orders?side=buyer&org=${encodeURIComponent(orgId)}`} data-testid="wallet-all-orders">
                {t('ledgerMarket.wallet.allOrders')}
              </Link>
            </Flex>
            <RecentOrders orgId={orgId} />
          </div>
          <div className="pj-panel">
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {t('ledgerMarket.wallet.invoice')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('ledgerMarket.wallet.invoiceHint')}</Typography.Paragraph>
            <InvoiceBlock orgId={orgId} period={period} onPeriod={setPeriod} />
          </div>
        </div>
      )}
    </div>
  );
}
