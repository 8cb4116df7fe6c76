// The buyer's admin confirms an order: picks one of the company's active vouchers whose program
// covers this purchase (or none), sees the split between the program and the company before
// confirming, and confirms; the money is then reserved until delivery is accepted.
import { useState } from 'react';
import { Alert, Button, Descriptions, Flex, Radio, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { FormModal } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { ErrorAlert, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { formatRate } from '../money.ts';
import * as api from './api.ts';
import type { Order, Program, Voucher } from './api.ts';
import { Money, subsidyOf, useMemberships } from './parts.tsx';

/** Why a voucher cannot pay for this order (a message key), or null when it can. */
function unfit(v: Voucher, p: Program | undefined, order: Order, buyerKind: string | undefined, now: number): MessageKey | null {
  if (!p) return 'ledgerMarket.confirm.unfit.program';
  if (v.status !== 'active' || Date.parse(v.expiresAt) <= now) return 'ledgerMarket.confirm.unfit.expired';
  if (p.status !== 'active' || now < Date.parse(p.validFrom) || now >= Date.parse(p.validTo)) return 'ledgerMarket.confirm.unfit.programClosed';
  if (!p.eligibleCategories.includes(order.category)) return 'ledgerMarket.confirm.unfit.category';
  if (p.eligibleProviderIds.length > 0 && !p.eligibleProviderIds.includes(order.providerId)) return 'ledgerMarket.confirm.unfit.provider';
  if (buyerKind && !(p.eligibleOrgKinds as string[]).includes(buyerKind)) return 'ledgerMarket.confirm.unfit.orgKind';
  return null;
}

const NONE = '';

export function ConfirmOrderModal({ order, open, onClose, onDone }: { order: Order; open: boolean; onClose: () => void; onDone: (o: Order) => void }) {
  const { t, pick, date } = useI18n();
  const { list } = useMemberships();
  const buyerKind = list.find((m) => m.orgId === order.buyerOrgId)?.orgKind;
  const [choice, setChoice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const data = useAsync(
    async (signal) => {
      if (!open) return null;
      const [vouchers, account] = await Promise.all([api.vouchers({ orgId: order.buyerOrgId, status: 'active', limit: 200 }, signal), api.orgAccount(order.buyerOrgId, signal)]);
      const ids = [...new Set(vouchers.items.map((v) => v.programId))];
      const programs = await Promise.all(ids.map((id) => api.program(id, signal)));
      return { vouchers: vouchers.items, account, programs: new Map(programs.map((p) => [p.id, p])) };
    },
    [open, order.buyerOrgId],
  );

  const now = Date.now();
  const rows = (data.data?.vouchers ?? []).map((v) => {
    const p = data.data?.programs.get(v.programId);
    const subsidy = p ? subsidyOf(order.totalFen, p.rateBp) : 0;
    const why = unfit(v, p, order, buyerKind, now) ?? (v.availableFen < subsidy ? 'ledgerMarket.confirm.unfit.balance' : null);
    return { v, p, subsidy, why };
  });
  // Until the person picks, the first voucher that fits is proposed (the one expiring first, as listed).
  const proposed = rows.find((r) => !r.why)?.v.id ?? NONE;
  const selected = choice ?? proposed;
  const row = rows.find((r) => r.v.id === selected);
  const subsidy = row ? row.subsidy : 0;
  const own = order.totalFen - subsidy;
  const available = data.data?.account.available ?? 0;

  const confirm = async () => {
    setBusy(true);
    setError(null);
    // One key per press of the button; an automatic retry of the same press reuses it.
    const key = api.newKey();
    try {
      const o = await api.withRetry(() => api.confirmOrder(order.id, selected || undefined, key));
      onDone(o);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal open={open} title={t('ledgerMarket.confirm.title', { contract: order.contractNo })} onClose={onClose}>
      <ErrorAlert error={error} />
      {data.error != null ? (
        <ErrorResult error={data.error} onRetry={data.reload} />
      ) : data.loading || !data.data ? (
        <LoadingBlock rows={3} />
      ) : (
        <div data-testid="confirm-form">
          <Typography.Paragraph type="secondary">{t('ledgerMarket.confirm.hint')}</Typography.Paragraph>
          <Radio.Group value={selected} onChange={(e) => setChoice(e.target.value as string)} style={{ width: '100%' }} data-testid="confirm-vouchers">
            <Space orientation="vertical" style={{ width: '100%' }}>
              {rows.map(({ v, p, subsidy: s, why }) => (
                <Radio key={v.id} value={v.id} disabled={!!why} data-testid={`confirm-voucher-${v.id}`}>
                  <Space orientation="vertical" size={0}>
                    <span>
                      {pick(v.programName, v.programNameEn)}
                      {p && <Typography.Text type="secondary"> · {t('ledgerMarket.confirm.rate', { rate: formatRate(p.rateBp) })}</Typography.Text>}
                    </span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('ledgerMarket.voucher.available')} <Money fen={v.availableFen} /> · {t('ledgerMarket.voucher.expiresAt')} {date(v.expiresAt)}
                      {!why && (
                        <>
                          {' · '}
                          {t('ledgerMarket.confirm.pays')} <Money fen={s} />
                        </>
                      )}
                    </Typography.Text>
                    {why && (
                      <Typography.Text type="warning" style={{ fontSize: 12 }}>
                        {t(why)}
                      </Typography.Text>
                    )}
                  </Space>
                </Radio>
              ))}
              <Radio value={NONE} data-testid="confirm-voucher-none">
                {t('ledgerMarket.confirm.noVoucher')}
              </Radio>
            </Space>
          </Radio.Group>
          {rows.length === 0 && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {t('ledgerMarket.confirm.noVouchers')} <Link to={`/ledger/wallet?org=${encodeURIComponent(order.buyerOrgId)}`}>{t('ledgerMarket.nav.wallet')}</Link>
            </Typography.Paragraph>
          )}
          <Descriptions column={1} size="small" bordered style={{ marginTop: 16 }} data-testid="confirm-split">
            <Descriptions.Item label={t('ledgerMarket.order.total')}>
              <Money fen={order.totalFen} />
            </Descriptions.Item>
            <Descriptions.Item label={row?.p ? t('ledgerMarket.confirm.programShareRate', { rate: formatRate(row.p.rateBp) }) : t('ledgerMarket.order.subsidy')}>
              <Money fen={subsidy} testId="confirm-subsidy" />
            </Descriptions.Item>
            <Descriptions.Item label={t('ledgerMarket.order.own')}>
              <Money fen={own} strong testId="confirm-own" />
            </Descriptions.Item>
            <Descriptions.Item label={t('ledgerMarket.wallet.available')}>
              <Money fen={available} />
            </Descriptions.Item>
          </Descriptions>
          {own > available && <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('ledgerMarket.confirm.shortOfFunds')} />}
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
            {t('ledgerMarket.confirm.reserveHint', { days: row?.p?.deliveryDays ?? 90 })}
          </Typography.Paragraph>
          <Flex justify="flex-end" gap={8}>
            <Button onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="primary" loading={busy} onClick={() => void confirm()} data-testid="confirm-submit">
              {t('ledgerMarket.order.confirm')}
            </Button>
          </Flex>
        </div>
      )}
    </FormModal>
  );
}
