// The ledger desk's home: what the signed-in person can do here, by role. Operators get the desk's
// work (programs, approvals with the pending count, vouchers, settlements, reconciliation,
// reports); members of a company their vouchers and orders; members of a provider its page and
// orders; everyone the open programs and the provider directory.
import type { ReactNode } from 'react';
import { Badge, Card, Col, Row, Space, Typography } from 'antd';
import {
  AuditOutlined,
  BarChartOutlined,
  CalculatorOutlined,
  CheckSquareOutlined,
  FileTextOutlined,
  GiftOutlined,
  ProjectOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import { Link } from 'react-router';
import { PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { EmptyState, ErrorAlert, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import type { SessionMembership } from '../../api/types.ts';
import { formatRate } from '../money.ts';
import * as api from './api.ts';
import { BudgetBar, lastInstant, ProgramKindTag } from './parts.tsx';

function Tile({ to, icon, title, body, badge, testId }: { to: string; icon: ReactNode; title: string; body: string; badge?: ReactNode; testId: string }) {
  return (
    <Link to={to} className="pj-card-link" data-testid={testId} style={{ display: 'block', height: '100%' }}>
      <Card hoverable size="small" style={{ height: '100%' }}>
        <Space align="start" size={12}>
          <span style={{ fontSize: 24, color: '#1450a3' }} aria-hidden>
            {icon}
          </span>
          <div>
            <Space size={8}>
              <Typography.Text strong>{title}</Typography.Text>
              {badge}
            </Space>
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 13 }}>
              {body}
            </Typography.Paragraph>
          </div>
        </Space>
      </Card>
    </Link>
  );
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <section style={{ marginBottom: 24 }} data-testid={testId}>
      <Typography.Title level={4}>{title}</Typography.Title>
      {children}
    </section>
  );
}

function OperatorDesk() {
  const { t, number } = useI18n();
  const pending = useAsync((signal) => api.approvals({ status: 'pending', limit: 100 }, signal), []);
  const count = pending.data ? pending.data.items.length : null;
  const more = pending.data?.nextCursor ? '+' : '';
  const tiles = [
    { to: '/ledger/programs', icon: <ProjectOutlined />, title: t('ledgerOps.programs.title'), body: t('ledgerOps.home.programsBody'), testId: 'home-programs' },
    {
      to: '/ledger/approvals',
      icon: <CheckSquareOutlined />,
      title: t('ledgerOps.approvals.title'),
      body: t('ledgerOps.home.approvalsBody'),
      testId: 'home-approvals',
      badge:
        count === null ? undefined : (
          <Badge count={count > 0 ? `${number(count)}${more}` : 0} showZero color={count > 0 ? '#faad14' : '#52c41a'} data-testid="home-pending-count" title={t('ledgerOps.home.pending')} />
        ),
    },
    { to: '/ledger/vouchers', icon: <GiftOutlined />, title: t('ledgerOps.vouchers.title'), body: t('ledgerOps.home.vouchersBody'), testId: 'home-vouchers' },
    { to: '/ledger/settlements', icon: <CalculatorOutlined />, title: t('ledgerOps.settlements.title'), body: t('ledgerOps.home.settlementsBody'), testId: 'home-settlements' },
    { to: '/ledger/reconciliation', icon: <SafetyCertificateOutlined />, title: t('ledgerOps.recon.title'), body: t('ledgerOps.home.reconBody'), testId: 'home-recon' },
    { to: '/ledger/reports', icon: <BarChartOutlined />, title: t('ledgerOps.reports.title'), body: t('ledgerOps.home.reportsBody'), testId: 'home-reports' },
    { to: '/ledger/providers', icon: <ShopOutlined />, title: t('ledgerOps.home.providers'), body: t('ledgerOps.home.providersOpsBody'), testId: 'home-providers' },
    { to: '/ledger/orders', icon: <FileTextOutlined />, title: t('ledgerOps.home.orders'), body: t('ledgerOps.home.ordersOpsBody'), testId: 'home-orders' },
  ];
  return (
    <Section title={t('ledgerOps.home.operatorDesk')} testId="home-operator">
      {pending.error != null && <ErrorAlert error={pending.error} onRetry={pending.reload} />}
      <Row gutter={[16, 16]}>
        {tiles.map(({ testId, ...tile }) => (
          <Col key={tile.to} xs={24} sm={12} lg={6}>
            <Tile {...tile} testId={testId} />
          </Col>
        ))}
      </Row>
    </Section>
  );
}

function OrgRow({ m }: { m: SessionMembership }) {
  const { t, pick } = useI18n();
  // Whether this organization is also a provider (its members then run its provider page).
  const providers = useAsync((signal) => api.providersOf(m.orgId, signal), [m.orgId]);
  const provider = providers.data?.items[0];
  const orgName = pick(m.orgName, m.orgNameEn);
  // The market screens choose the organization by ?org= (and orders the side by ?side=).
  const org = encodeURIComponent(m.orgId);
  return (
    <Card size="small" title={orgName} style={{ marginBottom: 12 }} data-testid={`home-org-${m.orgId}`}>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Tile to={`/ledger/wallet?org=${org}`} icon={<WalletOutlined />} title={t('ledgerOps.home.wallet')} body={t('ledgerOps.home.walletBody')} testId={`home-wallet-${m.orgId}`} />
        </Col>
        <Col xs={24} md={8}>
          <Tile to={`/ledger/orders?side=buyer&org=${org}`} icon={<FileTextOutlined />} title={t('ledgerOps.home.orders')} body={t('ledgerOps.home.ordersBody')} testId={`home-orders-${m.orgId}`} />
        </Col>
        {provider && (
          <Col xs={24} md={8}>
            <Tile
              to={`/ledger/providers/${encodeURIComponent(provider.id)}`}
              icon={<ShopOutlined />}
              title={t('ledgerOps.home.asProvider')}
              body={t(`ledgerOps.home.providerStatus.${provider.status}`)}
              testId={`home-provider-${m.orgId}`}
            />
          </Col>
        )}
        {provider?.status === 'admitted' && (
          <Col xs={24} md={8}>
            <Tile
              to={`/ledger/orders?side=provider&org=${org}`}
              icon={<FileTextOutlined />}
              title={t('ledgerOps.home.providerOrders')}
              body={t('ledgerOps.home.providerOrdersBody')}
              testId={`home-provider-orders-${m.orgId}`}
            />
          </Col>
        )}
        {provider?.status === 'admitted' && (
          <Col xs={24} md={8}>
            <Tile to="/ledger/settlements" icon={<AuditOutlined />} title={t('ledgerOps.settlements.title')} body={t('ledgerOps.home.providerSettlementsBody')} testId={`home-settlements-${m.orgId}`} />
          </Col>
        )}
      </Row>
    </Card>
  );
}

function MemberDesk({ memberships }: { memberships: SessionMembership[] }) {
  const { t } = useI18n();
  return (
    <Section title={t('ledgerOps.home.mine')} testId="home-member">
      {memberships.length === 0 ? (
        <div className="pj-panel">
          <EmptyState description={t('ledgerOps.home.noOrgs')}>
            <Link to="/orgs">{t('ledgerOps.home.findOrg')}</Link>
          </EmptyState>
        </div>
      ) : (
        memberships.slice(0, 8).map((m) => <OrgRow key={m.orgId} m={m} />)
      )}
    </Section>
  );
}

function OpenPrograms() {
  const { t, pick, date } = useI18n();
  const programs = useAsync((signal) => api.programs({ status: 'active', limit: 6 }, signal), []);
  return (
    <Section title={t('ledgerOps.home.openPrograms')} testId="home-public">
      {programs.error != null ? (
        <ErrorAlert error={programs.error} onRetry={programs.reload} />
      ) : programs.loading && !programs.data ? (
        <LoadingBlock rows={3} />
      ) : !programs.data?.items.length ? (
        <div className="pj-panel">
          <EmptyState description={t('ledgerOps.programs.empty')} />
        </div>
      ) : (
        <Row gutter={[16, 16]}>
          {programs.data.items.map((p) => (
            <Col key={p.id} xs={24} md={12} lg={8}>
              <Link to={`/ledger/programs/${encodeURIComponent(p.id)}`} className="pj-card-link" style={{ display: 'block', height: '100%' }}>
                <Card hoverable size="small" style={{ height: '100%' }}>
                  <Typography.Text strong ellipsis style={{ display: 'block' }}>
                    {pick(p.name, p.nameEn)}
                  </Typography.Text>
                  <Space size={4} wrap style={{ margin: '6px 0' }}>
                    <ProgramKindTag kind={p.kind} />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('ledgerOps.home.rateUntil', { rate: formatRate(p.rateBp), date: date(lastInstant(p.validTo)) })}
                    </Typography.Text>
                  </Space>
                  <BudgetBar program={p} compact />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
      <Space size={16} style={{ marginTop: 12 }} wrap>
        <Link to="/ledger/programs" data-testid="home-all-programs">
          {t('ledgerOps.home.allPrograms')}
        </Link>
        <Link to="/ledger/providers" data-testid="home-provider-directory">
          {t('ledgerOps.home.providerDirectory')}
        </Link>
      </Space>
    </Section>
  );
}

export default function LedgerHome() {
  const { t } = useI18n();
  const { session, isOperator, status } = useSession();
  return (
    <div data-testid="ledger-home">
      <PageHeader title={t('ledgerOps.home.title')} subtitle={t('ledgerOps.home.intro')} />
      {status === 'loading' ? (
        <LoadingBlock rows={3} />
      ) : (
        <>
          {isOperator && <OperatorDesk />}
          {session && !isOperator && <MemberDesk memberships={session.memberships} />}
          {!session && (
            <Typography.Paragraph type="secondary" data-testid="home-signin-hint">
              <Link to={`/signin?returnTo=${encodeURIComponent('/ledger')}`}>{t('nav.signIn')}</Link> {t('ledgerOps.home.signInHint')}
            </Typography.Paragraph>
          )}
          <OpenPrograms />
          {session && isOperator && session.memberships.length > 0 && <MemberDesk memberships={session.memberships} />}
        </>
      )}
    </div>
  );
}
