// Pieces the market screens share: tags for categories and states, money, the market's own
// navigation, "my organization" (from the session's memberships) and an organization search.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Flex, Segmented, Select, Space, Tag, Typography } from 'antd';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { SessionMembership } from '../../api/types.ts';
import { useAsync } from '../../components/hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import { useMemberships } from '../../session/useMemberships.ts';
import { formatFen } from '../money.ts';
import * as api from './api.ts';
import type { Category, OrderStatus, Provider, ProviderStatus, Voucher } from './api.ts';

/** An amount in fen, shown as yuan in the UI language. */
export function Money({ fen, strong, testId }: { fen: number; strong?: boolean; testId?: string }) {
  const { locale } = useI18n();
  return (
    <Typography.Text strong={strong} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} data-testid={testId}>
      {formatFen(fen, locale)}
    </Typography.Text>
  );
}

const CATEGORY_COLOR: Record<Category, string> = {
  compute: 'geekblue',
  model: 'purple',
  data: 'cyan',
  testing: 'blue',
  design: 'magenta',
  consulting: 'gold',
  ip: 'orange',
  incubation: 'green',
  facility: 'volcano',
};

/** A service category as a tag. */
export function CategoryTag({ category }: { category: Category }) {
  const { t } = useI18n();
  return <Tag color={CATEGORY_COLOR[category]}>{t(`ledgerMarket.category.${category}`)}</Tag>;
}

const PROVIDER_COLOR: Record<ProviderStatus, string> = { applied: 'blue', admitted: 'green', suspended: 'orange', rejected: 'red' };

/** A provider's admission state as a tag. */
export function ProviderStatusTag({ status }: { status: ProviderStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={PROVIDER_COLOR[status]} data-testid="provider-status">
      {t(`ledgerMarket.providerStatus.${status}`)}
    </Tag>
  );
}

const ORDER_COLOR: Record<OrderStatus, string> = {
  issued: 'blue',
  confirmed: 'cyan',
  delivered: 'geekblue',
  accepted: 'green',
  claimed: 'lime',
  settled: 'success',
  rejected: 'red',
  cancelled: 'default',
  expired: 'orange',
};

/** An order's state as a tag. */
export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={ORDER_COLOR[status]} data-testid="order-status">
      {t(`ledgerMarket.orderStatus.${status}`)}
    </Tag>
  );
}

const VOUCHER_COLOR: Record<Voucher['status'], string> = { active: 'green', expired: 'orange', closed: 'default' };

/** A voucher's state as a tag. */
export function VoucherStatusTag({ status }: { status: Voucher['status'] }) {
  const { t } = useI18n();
  return <Tag color={VOUCHER_COLOR[status]}>{t(`ledgerMarket.voucherStatus.${status}`)}</Tag>;
}

const NAV = [
  { path: '/ledger/providers', key: 'ledgerMarket.nav.providers', testId: 'market-nav-providers' },
  { path: '/ledger/orders', key: 'ledgerMarket.nav.orders', testId: 'market-nav-orders' },
  { path: '/ledger/wallet', key: 'ledgerMarket.nav.wallet', testId: 'market-nav-wallet' },
  { path: '/ledger/relations', key: 'ledgerMarket.nav.relations', testId: 'market-nav-relations' },
] as const;

/** The market's own navigation: providers, orders, wallet, relations, and back to the ledger's home. */
export function MarketNav() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { session } = useSession();
  const items = NAV.filter((n) => session || n.path === '/ledger/providers');
  const current = items.find((n) => pathname.startsWith(n.path))?.path ?? '';
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
      <Segmented<string>
        value={current}
        onChange={(v) => navigate(v)}
        options={items.map((n) => ({ value: n.path, label: <span data-testid={n.testId}>{t(n.key)}</span> }))}
        aria-label={t('ledgerMarket.nav.label')}
      />
      <Link to="/ledger" data-testid="market-nav-home">
        {t('ledgerMarket.nav.home')}
      </Link>
    </Flex>
  );
}

export { useMemberships };

const ORG_STORAGE = 'pj.ledger.org';

/**
 * The organization a screen works for: `?org=` when it is one of `candidates`, else the last one
 * chosen on any market screen, else the first. Choosing one writes it to the URL.
 */
export function useOrgChoice(candidates: SessionMembership[]): [string | undefined, (orgId: string) => void] {
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get('org');
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(ORG_STORAGE);
  } catch {
    // storage disabled: the first organization
  }
  const ids = candidates.map((c) => c.orgId);
  const chosen = [fromUrl, remembered].find((x): x is string => !!x && ids.includes(x)) ?? ids[0];
  const choose = (orgId: string) => {
    try {
      localStorage.setItem(ORG_STORAGE, orgId);
    } catch {
      // not remembered; still in the URL
    }
    const p = new URLSearchParams(params);
    p.set('org', orgId);
    setParams(p, { replace: true });
  };
  return [chosen, choose];
}

/** Picks one of the caller's organizations (a label only when there is just one). */
export function OrgPicker({ candidates, value, onChange, testId = 'org-picker', label }: { candidates: SessionMembership[]; value: string | undefined; onChange: (orgId: string) => void; testId?: string; label?: ReactNode }) {
  const { t, pick } = useI18n();
  const only = candidates.length === 1 ? candidates[0] : undefined;
  return (
    <Space wrap>
      <Typography.Text type="secondary">{label ?? t('ledgerMarket.myOrg')}</Typography.Text>
      {only ? (
        <Typography.Text strong data-testid={testId}>
          {pick(only.orgName, only.orgNameEn)}
        </Typography.Text>
      ) : (
        <Select<string>
          value={value}
          onChange={onChange}
          style={{ minWidth: 240 }}
          options={candidates.map((m) => ({ value: m.orgId, label: pick(m.orgName, m.orgNameEn) }))}
          aria-label={t('ledgerMarket.myOrg')}
          data-testid={testId}
        />
      )}
    </Space>
  );
}

/** An organization chosen by searching the directory (GET /api/orgs?q=). */
export function OrgSearchSelect({ value, onChange, testId, exclude, placeholder }: { value?: string; onChange?: (orgId: string) => void; testId: string; exclude?: string[]; placeholder?: string }) {
  const { t, pick } = useI18n();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [loading, setLoading] = useState(false);
  const labels = useRef(new Map<string, string>());
  const excluded = (exclude ?? []).join(',');

  useEffect(() => {
    const ctrl = new AbortController();
    // Typing waits a moment before asking, so each keystroke does not become a request.
    const timer = setTimeout(() => {
      setLoading(true);
      api.searchOrgs(q.trim(), ctrl.signal).then(
        (page) => {
          const skip = new Set(excluded ? excluded.split(',') : []);
          const opts = page.items.filter((o) => !skip.has(o.id)).map((o) => ({ value: o.id, label: pick(o.name, o.nameEn) }));
          for (const o of opts) labels.current.set(o.value, o.label);
          setOptions(opts);
          setLoading(false);
        },
        () => {
          if (!ctrl.signal.aborted) setLoading(false);
        },
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [q, excluded, pick]);

  // The chosen organization stays labelled while a new search shows other names.
  const shown = value && !options.some((o) => o.value === value) ? [{ value, label: labels.current.get(value) ?? value }, ...options] : options;
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
      options={shown}
      loading={loading}
      placeholder={placeholder ?? t('ledgerMarket.orgSearch')}
      notFoundContent={loading ? t('common.loading') : t('common.noMatch')}
      style={{ width: '100%' }}
      data-testid={testId}
    />
  );
}

/** The program's share of a purchase, as the server computes it: floor(total × rate / 10000). */
export function subsidyOf(totalFen: number, rateBp: number): number {
  return Number((BigInt(totalFen) * BigInt(rateBp)) / 10000n);
}

/** The current month, YYYY-MM, in the center's time zone (China Standard Time). */
export function currentPeriod(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 7);
}

/** The providers among the caller's organizations (any state), by organization id. */
export function useMyProviders() {
  const { list } = useMemberships();
  const ids = list.map((m) => m.orgId).join(',');
  return useAsync(
    async (signal) => {
      const pages = await Promise.all(list.map((m) => api.providers({ orgId: m.orgId, limit: 1 }, signal)));
      return new Map<string, Provider>(pages.flatMap((p) => p.items).map((p) => [p.orgId, p]));
    },
    [ids],
  );
}
