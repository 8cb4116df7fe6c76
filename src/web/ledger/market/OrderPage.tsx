// One order: its lines and totals, who pays what (the program through a voucher, the company),
// the steps it went through with their dates, and the steps the caller may take now by role:
// the buyer's admins confirm, reject, accept delivery or cancel; the provider's members deliver
// and claim; the provider's admins and operators cancel.
import { useState, type ReactNode } from 'react';
import { App, Breadcrumb, type ButtonProps, Button, Descriptions, Form, Input, Popconfirm, Space, Steps, Table, Typography, type StepsProps, type TableColumnsType } from 'antd';
import { Link, useParams } from 'react-router';
import { useAsync } from '../../components/hooks.ts';
import { FormModal, ModalActions, PageHeader } from '../../components/common.tsx';
import { ErrorAlert, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatRate } from '../money.ts';
import * as api from './api.ts';
import type { Order, OrderLine, OrderStatus } from './api.ts';
import { ConfirmOrderModal } from './ConfirmOrderModal.tsx';
import { CategoryTag, MarketNav, Money, OrderStatusTag, useMemberships } from './parts.tsx';

const FLOW = ['issued', 'confirmed', 'delivered', 'accepted', 'claimed', 'settled'] as const;
type FlowStep = (typeof FLOW)[number];
const CLOSED: OrderStatus[] = ['rejected', 'cancelled', 'expired'];

function stepDate(o: Order, s: FlowStep): string | null {
  switch (s) {
    case 'issued':
      return o.issuedAt;
    case 'confirmed':
      return o.confirmedAt;
    case 'delivered':
      return o.deliveredAt;
    case 'accepted':
      return o.acceptedAt;
    case 'claimed':
      return o.claimedAt;
    case 'settled':
      // The order does not carry the date of its settlement; its statement does.
      return o.status === 'settled' ? o.closedAt : null;
  }
}

/** The steps of an order, with the date of each one done; a closed order ends on its closing step. */
function Timeline({ order }: { order: Order }) {
  const { t, dateTime } = useI18n();
  const closed = CLOSED.includes(order.status);
  const reached = FLOW.filter((s) => stepDate(order, s) !== null || s === order.status);
  const last = reached.length - 1;
  let items: NonNullable<StepsProps['items']>;
  if (closed) {
    items = [
      ...reached.map((s) => ({ title: t(`ledgerMarket.orderStatus.${s}`), content: dateTime(stepDate(order, s)), status: 'finish' as const })),
      {
        title: t(`ledgerMarket.orderStatus.${order.status}`),
        content: (
          <Space orientation="vertical" size={0}>
            <span>{dateTime(order.closedAt)}</span>
            {order.closeReason && <Typography.Text type="secondary">{order.closeReason}</Typography.Text>}
          </Space>
        ),
        status: 'error' as const,
      },
    ];
  } else {
    items = FLOW.map((s, n) => ({
      title: t(`ledgerMarket.orderStatus.${s}`),
      content: n <= last ? dateTime(stepDate(order, s)) : undefined,
      status: n <= last ? ('finish' as const) : n === last + 1 ? ('process' as const) : ('wait' as const),
    }));
  }
  return <Steps size="small" items={items} responsive data-testid="order-timeline" style={{ overflowX: 'auto', paddingBottom: 4 }} />;
}

/** A reason asked before rejecting or cancelling. */
function ReasonModal({ open, title, submitLabel, testId, onClose, onSubmit }: { open: boolean; title: string; submitLabel: string; testId: string; onClose: () => void; onSubmit: (reason: string | undefined) => Promise<void> }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: { reason?: string }) => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(v.reason?.trim() || undefined);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormModal open={open} title={title} onClose={onClose}>
      <ErrorAlert error={error} />
      <Form<{ reason?: string }> layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)} data-testid={`${testId}-form`}>
        <Form.Item label={t('ledgerMarket.reason')} name="reason" rules={[{ max: 500, message: t('form.tooLong', { max: 500 }) }]}>
          <Input.TextArea rows={3} data-testid={`${testId}-reason`} />
        </Form.Item>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={submitLabel} danger testId={`${testId}-submit`} />
      </Form>
    </FormModal>
  );
}

type Dialog = 'confirm' | 'reject' | 'cancel' | null;

function Actions({ order, onChanged }: { order: Order; onChanged: (o: Order) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { roleIn, atLeast, isOperator } = useMemberships();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const buyerAdmin = atLeast(order.buyerOrgId, 'admin');
  const providerMember = roleIn(order.providerOrgId) !== null;
  const providerAdmin = atLeast(order.providerOrgId, 'admin');
  const open = order.status === 'issued' || order.status === 'confirmed' || order.status === 'delivered';
  const can = {
    confirm: buyerAdmin && order.status === 'issued',
    reject: buyerAdmin && order.status === 'issued',
    accept: buyerAdmin && order.status === 'delivered',
    deliver: providerMember && order.status === 'confirmed',
    claim: providerMember && order.status === 'accepted',
    cancel: open && (buyerAdmin || providerAdmin || isOperator),
  };

  const run = async (name: string, fn: () => Promise<Order>, done: string) => {
    setBusy(name);
    setError(null);
    try {
      onChanged(await fn());
      void message.success(done);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const buttons: ReactNode[] = [];
  if (can.confirm)
    buttons.push(
      <Button key="confirm" type="primary" onClick={() => setDialog('confirm')} data-testid="order-confirm">
        {t('ledgerMarket.order.confirm')}
      </Button>,
    );
  if (can.accept)
    buttons.push(
      <Popconfirm
        key="accept"
        title={t('ledgerMarket.order.acceptConfirm')}
        okText={t('ledgerMarket.order.accept')}
        cancelText={t('common.cancel')}
        okButtonProps={{ 'data-testid': 'order-accept-ok' } as ButtonProps}
        onConfirm={() => {
          // One key per acceptance; an automatic retry of it reuses the key.
          const key = api.newKey();
          return run('accept', () => api.withRetry(() => api.acceptOrder(order.id, key)), t('ledgerMarket.order.acceptDone'));
        }}
      >
        <Button type="primary" loading={busy === 'accept'} data-testid="order-accept">
          {t('ledgerMarket.order.accept')}
        </Button>
      </Popconfirm>,
    );
  if (can.deliver)
    buttons.push(
      <Button key="deliver" type="primary" loading={busy === 'deliver'} onClick={() => void run('deliver', () => api.deliverOrder(order.id), t('ledgerMarket.order.deliverDone'))} data-testid="order-deliver">
        {t('ledgerMarket.order.deliver')}
      </Button>,
    );
  if (can.claim)
    buttons.push(
      <Button key="claim" type="primary" loading={busy === 'claim'} onClick={() => void run('claim', () => api.claimOrder(order.id), t('ledgerMarket.order.claimDone'))} data-testid="order-claim">
        {t('ledgerMarket.order.claim')}
      </Button>,
    );
  if (can.reject)
    buttons.push(
      <Button key="reject" danger onClick={() => setDialog('reject')} data-testid="order-reject">
        {t('ledgerMarket.order.reject')}
      </Button>,
    );
  if (can.cancel)
    buttons.push(
      <Button key="cancel" danger onClick={() => setDialog('cancel')} data-testid="order-cancel">
        {t('ledgerMarket.order.cancel')}
      </Button>,
    );

  // What the caller is waiting for, when it is not theirs to act.
  const waitingFor =
    !buttons.length && (order.status === 'issued' || order.status === 'delivered')
      ? t('ledgerMarket.order.waitBuyer')
      : !buttons.length && (order.status === 'confirmed' || order.status === 'accepted')
        ? t('ledgerMarket.order.waitProvider')
        : !buttons.length && order.status === 'claimed'
          ? t('ledgerMarket.order.waitSettlement')
          : null;

  return (
    <div data-testid="order-actions">
      <ErrorAlert error={error} />
      {buttons.length > 0 ? <Space wrap>{buttons}</Space> : waitingFor ? <Typography.Text type="secondary">{waitingFor}</Typography.Text> : null}
      <ConfirmOrderModal
        order={order}
        open={dialog === 'confirm'}
        onClose={() => setDialog(null)}
        onDone={(o) => {
          setDialog(null);
          onChanged(o);
          void message.success(t('ledgerMarket.order.confirmDone'));
        }}
      />
      <ReasonModal
        open={dialog === 'reject'}
        title={t('ledgerMarket.order.rejectTitle')}
        submitLabel={t('ledgerMarket.order.reject')}
        testId="order-reject"
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => {
          const o = await api.rejectOrder(order.id, reason);
          setDialog(null);
          onChanged(o);
          void message.success(t('ledgerMarket.order.rejectDone'));
        }}
      />
      <ReasonModal
        open={dialog === 'cancel'}
        title={t('ledgerMarket.order.cancelTitle')}
        submitLabel={t('ledgerMarket.order.cancel')}
        testId="order-cancel"
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => {
          const key = api.newKey();
          const o = await api.withRetry(() => api.cancelOrder(order.id, reason, key));
          setDialog(null);
          onChanged(o);
          void message.success(t('ledgerMarket.order.cancelDone'));
        }}
      />
    </div>
  );
}

export default function OrderPage() {
  const { id = '' } = useParams();
  const { t, dateTime, pick, number } = useI18n();
  const { signedIn } = useMemberships();
  const { data: order, error, loading, reload, setData } = useAsync((signal) => api.order(id, signal), [id, signedIn]);
  const programId = order?.programId ?? null;
  const program = useAsync((signal) => (programId ? api.program(programId, signal) : Promise.resolve(null)), [programId]);

  if (loading && !order) return <LoadingBlock rows={8} />;
  if (error != null || !order) return <ErrorResult error={error} onRetry={reload} />;

  const lineColumns: TableColumnsType<OrderLine> = [
    { title: t('ledgerMarket.price.sku'), key: 'sku', width: 150, render: (_, l) => <Typography.Text code>{l.sku}</Typography.Text> },
    { title: t('ledgerMarket.price.name'), key: 'name', dataIndex: 'name' },
    { title: t('ledgerMarket.price.unitPrice'), key: 'price', width: 150, align: 'right', render: (_, l) => <Money fen={l.unitPriceFen} /> },
    { title: t('ledgerMarket.quantity'), key: 'qty', width: 120, align: 'right', render: (_, l) => `${number(l.quantity)} ${l.unit}` },
    { title: t('ledgerMarket.amount'), key: 'amount', width: 150, align: 'right', render: (_, l) => <Money fen={l.amountFen} /> },
  ];
  const p = program.data;

  return (
    <div data-testid="order-page">
      <MarketNav />
      <Breadcrumb style={{ marginBottom: 16 }} items={[{ title: <Link to="/ledger/orders">{t('ledgerMarket.orders.title')}</Link> }, { title: order.contractNo }]} />
      <PageHeader
        title={t('ledgerMarket.order.title', { contract: order.contractNo })}
        subtitle={
          <Space wrap size={4}>
            <OrderStatusTag status={order.status} />
            <CategoryTag category={order.category} />
            <span>
              {pick(order.providerName, order.providerNameEn)} → {pick(order.buyerName, order.buyerNameEn)}
            </span>
          </Space>
        }
      />
      <div className="pj-panel" style={{ marginBottom: 16 }}>
        <Timeline order={order} />
        <div style={{ marginTop: 16 }}>
          <Actions order={order} onChanged={(o) => setData(o)} />
        </div>
      </div>
      <div className="pj-panel" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="order-facts">
          <Descriptions.Item label={t('ledgerMarket.provider')}>
            <Link to={`/ledger/providers/${encodeURIComponent(order.providerId)}`}>{pick(order.providerName, order.providerNameEn)}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('ledgerMarket.order.buyer')}>
            <Link to={`/orgs/${encodeURIComponent(order.buyerOrgId)}`}>{pick(order.buyerName, order.buyerNameEn)}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('ledgerMarket.order.total')}>
            <Money fen={order.totalFen} strong testId="order-total" />
          </Descriptions.Item>
          <Descriptions.Item label={t('ledgerMarket.order.program')}>
            {order.programId ? (
              <Link to={`/ledger/programs/${encodeURIComponent(order.programId)}`} data-testid="order-program">
                {p ? `${pick(p.name, p.nameEn)} · ${formatRate(p.rateBp)}` : order.programId}
              </Link>
            ) : (
              t('common.none')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('ledgerMarket.order.subsidy')}>
            {order.confirmedAt ? <Money fen={order.subsidyFen} testId="order-subsidy" /> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('ledgerMarket.order.voucher')}>
            {order.voucherId ? (
              <Link to={`/ledger/vouchers/${encodeURIComponent(order.voucherId)}`} data-testid="order-voucher">
                {order.voucherId}
              </Link>
            ) : (
              t('common.none')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('ledgerMarket.order.own')}>
            {order.confirmedAt ? <Money fen={order.ownFen} testId="order-own" /> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('ledgerMarket.order.reservedUntil')}>
            {order.reservedUntil && (order.status === 'confirmed' || order.status === 'delivered') ? dateTime(order.reservedUntil) : '—'}
          </Descriptions.Item>
          {order.settlementId && (
            <Descriptions.Item label={t('ledgerMarket.order.settlement')}>
              <Link to={`/ledger/settlements/${encodeURIComponent(order.settlementId)}`} data-testid="order-settlement">
                {order.settlementId}
              </Link>
            </Descriptions.Item>
          )}
          {order.note && (
            <Descriptions.Item label={t('ledgerMarket.note')} span={2}>
              {order.note}
            </Descriptions.Item>
          )}
        </Descriptions>
        {order.status === 'issued' && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('ledgerMarket.order.splitLater')}
          </Typography.Paragraph>
        )}
      </div>
      <div className="pj-panel">
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('ledgerMarket.order.lines')}
        </Typography.Title>
        <Table<OrderLine>
          rowKey={(l) => l.priceItemId}
          columns={lineColumns}
          dataSource={order.lines}
          pagination={false}
          scroll={{ x: 700 }}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={4} align="right">
                <Typography.Text strong>{t('ledgerMarket.order.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <Money fen={order.totalFen} strong />
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
          data-testid="order-lines"
        />
      </div>
    </div>
  );
}
