// The orders the caller may see: all of them, or those of one of their organizations as buyer
// or as provider, filtered by state.
import { Button, Flex, Select, Space } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { ORDER_STATUSES } from '../../../shared/enums.ts';
import { usePaged } from '../../components/hooks.ts';
import { PageHeader } from '../../components/common.tsx';
import { useI18n } from '../../i18n/index.tsx';
import * as api from './api.ts';
import type { OrderStatus } from './api.ts';
import { OrderTable } from './orderParts.tsx';
import { MarketNav, useMemberships, useMyProviders } from './parts.tsx';

const SIDES = ['all', 'buyer', 'provider'] as const;
type Side = (typeof SIDES)[number];
const isStatus = (v: string | null): v is OrderStatus => v !== null && (ORDER_STATUSES as readonly string[]).includes(v);
const isSide = (v: string | null): v is Side => v !== null && (SIDES as readonly string[]).includes(v);

export default function OrdersPage() {
  const { t, pick } = useI18n();
  const { list: memberships } = useMemberships();
  const providers = useMyProviders();
  const [params, setParams] = useSearchParams();
  const s = params.get('status');
  const sd = params.get('side');
  const status = isStatus(s) ? s : undefined;
  const side: Side = isSide(sd) ? sd : 'all';

  // The organizations that can stand on the chosen side: any of mine as buyer, my providers as provider.
  const candidates = side === 'provider' ? memberships.filter((m) => providers.data?.has(m.orgId)) : memberships;
  const orgParam = params.get('org');
  const orgId = side === 'all' ? undefined : (candidates.find((m) => m.orgId === orgParam) ?? candidates[0])?.orgId;
  const providerId = side === 'provider' && orgId ? providers.data?.get(orgId)?.id : undefined;
  // Asking as provider waits until the caller's providers are known.
  const waiting = side === 'provider' && providers.loading;
  const noOrg = side !== 'all' && !orgId;

  const list = usePaged(
    async (cursor, signal) => {
      if (waiting || noOrg) return { items: [], nextCursor: null, total: 0, totalCapped: false };
      return api.orders({ status, cursor, limit: 50, ...(side === 'buyer' ? { buyerOrgId: orgId } : {}), ...(side === 'provider' ? { providerId } : {}) }, signal);
    },
    [status, side, orgId, providerId, waiting, noOrg],
  );

  const set = (key: string, v: string | undefined) => {
    const p = new URLSearchParams(params);
    if (v) p.set(key, v);
    else p.delete(key);
    if (key === 'side') p.delete('org');
    setParams(p, { replace: true });
  };

  return (
    <div data-testid="orders-page">
      <MarketNav />
      <PageHeader
        title={t('ledgerMarket.orders.title')}
        subtitle={t('ledgerMarket.orders.intro')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={list.reload} data-testid="orders-refresh">
            {t('common.refresh')}
          </Button>
        }
      />
      <div className="pj-panel">
        <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
          <Space>
            <label htmlFor="orders-side">{t('ledgerMarket.orders.side')}</label>
            <Select<Side>
              id="orders-side"
              value={side}
              style={{ width: 160 }}
              options={SIDES.map((x) => ({ value: x, label: t(`ledgerMarket.orders.side.${x}`) }))}
              onChange={(v) => set('side', v === 'all' ? undefined : v)}
              data-testid="orders-side"
            />
          </Space>
          {side !== 'all' && candidates.length > 0 && (
            <Space>
              <label htmlFor="orders-org">{t('ledgerMarket.myOrg')}</label>
              <Select<string>
                id="orders-org"
                value={orgId}
                style={{ minWidth: 240 }}
                options={candidates.map((m) => ({ value: m.orgId, label: pick(m.orgName, m.orgNameEn) }))}
                onChange={(v) => set('org', v)}
                data-testid="orders-org"
              />
            </Space>
          )}
          <Space>
            <label htmlFor="orders-status">{t('common.status')}</label>
            <Select<OrderStatus>
              id="orders-status"
              allowClear
              value={status}
              placeholder={t('common.all')}
              style={{ width: 150 }}
              options={ORDER_STATUSES.map((x) => ({ value: x, label: t(`ledgerMarket.orderStatus.${x}`) }))}
              onChange={(v) => set('status', v)}
              data-testid="orders-status"
            />
          </Space>
        </Flex>
        <OrderTable
          list={list}
          side={side === 'all' ? undefined : side}
          providerSteps
          emptyText={noOrg && !waiting ? t(side === 'provider' ? 'ledgerMarket.orders.noProvider' : 'ledgerMarket.orders.noOrg') : status ? t('common.noMatch') : undefined}
        />
      </div>
    </div>
  );
}
