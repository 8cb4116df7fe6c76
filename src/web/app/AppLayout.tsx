// The frame of every screen: header (logo, navigation, language, user menu), content, footer.
import type { ReactNode } from 'react';
import { Alert, App, Avatar, Button, Dropdown, Layout, Menu, Segmented, Space, type MenuProps } from 'antd';
import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate } from 'react-router';
import type { Locale } from '../../shared/enums.ts';
import { useI18n } from '../i18n/index.tsx';
import { useSession } from '../session/SessionContext.tsx';

function selectedKey(pathname: string): string {
  if (pathname === '/') return '/';
  for (const k of ['/orgs', '/teams', '/ledger', '/audit', '/admin/people', '/admin/jobs', '/outbox', '/calls', '/applications', '/reviews', '/panels', '/compute/jobs', '/compute', '/facilities/experiments', '/me/calendar', '/facilities']) {
    if (pathname.startsWith(k)) return k === '/teams' ? '/orgs' : k === '/facilities' ? '/' : k;
  }
  return '';
}

function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <Segmented<Locale>
      size="small"
      value={locale}
      onChange={setLocale}
      aria-label={t('nav.language')}
      data-testid="lang-switch"
      options={[
        { value: 'zh-CN', label: <span data-testid="lang-zh-CN" lang="zh-CN">{t('lang.zh-CN')}</span> },
        { value: 'en', label: <span data-testid="lang-en" lang="en">{t('lang.en')}</span> },
      ]}
    />
  );
}

function UserArea() {
  const { t, errorText } = useI18n();
  const { session, signOut, status } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = App.useApp();
  if (status === 'loading') return null;
  if (!session) {
    const here = location.pathname + location.search;
    const returnTo = location.pathname.startsWith('/signin') || location.pathname.startsWith('/signup') ? '' : `?returnTo=${encodeURIComponent(here)}`;
    return (
      <Space>
        <Button type="primary" ghost style={{ color: '#fff', borderColor: 'rgba(255,255,255,0.7)' }} onClick={() => navigate(`/signin${returnTo}`)} data-testid="nav-signin">
          {t('nav.signIn')}
        </Button>
        <Button onClick={() => navigate(`/signup${returnTo}`)} data-testid="nav-signup">
          {t('nav.signUp')}
        </Button>
      </Space>
    );
  }
  const items: MenuProps['items'] = [
    { key: '/me', label: t('nav.profile') },
    { key: '/me/tokens', label: t('nav.tokens') },
    { key: '/outbox', label: t('nav.outbox') },
    { type: 'divider' },
    { key: 'signout', label: t('nav.signOut'), danger: true },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'signout') {
      signOut().then(
        () => {
          void message.success(t('nav.signedOut'));
          navigate('/');
        },
        (e: unknown) => void message.error(errorText(e)),
      );
    } else {
      navigate(key);
    }
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" style={{ color: '#fff' }} data-testid="user-menu" aria-label={t('nav.userMenu')}>
        <Space size={6}>
          <Avatar size="small" icon={<UserOutlined />} style={{ background: 'rgba(255,255,255,0.25)' }} />
          <span style={{ maxWidth: 160, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', display: 'inline-block', verticalAlign: 'bottom' }}>
            {session.person.name}
          </span>
          <DownOutlined style={{ fontSize: 10 }} />
        </Space>
      </Button>
    </Dropdown>
  );
}

/** The layout around the routes. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { isOperator, status, refresh, session } = useSession();
  const location = useLocation();

  const items: MenuProps['items'] = [
    { key: '/', label: <Link to="/" data-testid="nav-home">{t('nav.home')}</Link> },
    { key: '/orgs', label: <Link to="/orgs" data-testid="nav-orgs">{t('nav.orgs')}</Link> },
    { key: '/calls', label: <Link to="/calls" data-testid="nav-calls">{t('nav.calls')}</Link> },
    { key: '/ledger', label: <Link to="/ledger" data-testid="nav-ledger">{t('nav.ledger')}</Link> },
    { key: '/compute', label: <Link to="/compute" data-testid="nav-compute">{t('compute.nav.main')}</Link> },
  ];
  if (session) {
    items.push({
      key: 'work',
      label: <span data-testid="nav-work">{t('nav.work')}</span>,
      children: [
        { key: '/applications', label: <Link to="/applications" data-testid="nav-applications">{t('nav.applications')}</Link> },
        { key: '/reviews', label: <Link to="/reviews" data-testid="nav-reviews">{t('nav.reviews')}</Link> },
        { key: '/facilities/experiments', label: <Link to="/facilities/experiments" data-testid="nav-experiments">{t('nav.experiments')}</Link> },
        { key: '/me/calendar', label: <Link to="/me/calendar" data-testid="nav-calendar">{t('nav.calendar')}</Link> },
        { key: '/compute/jobs', label: <Link to="/compute/jobs" data-testid="nav-compute-jobs">{t('computeJobs.nav.work')}</Link> },
      ],
    });
  }
  if (isOperator) {
    items.push(
      { key: '/audit', label: <Link to="/audit" data-testid="nav-audit">{t('nav.audit')}</Link> },
      {
        key: 'admin',
        label: <span data-testid="nav-admin">{t('nav.admin')}</span>,
        children: [
          { key: '/admin/people', label: <Link to="/admin/people" data-testid="nav-admin-people">{t('nav.adminPeople')}</Link> },
          { key: '/admin/jobs', label: <Link to="/admin/jobs" data-testid="nav-admin-jobs">{t('nav.adminJobs')}</Link> },
        ],
      },
      { key: '/outbox', label: <Link to="/outbox" data-testid="nav-outbox">{t('nav.outbox')}</Link> },
    );
  }

  return (
    <Layout className="pj-layout">
      <a className="pj-skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <Layout.Header className="pj-header">
        <Link to="/" className="pj-logo" aria-label={t('app.title')}>
          <span>{t('app.logoZh')}</span>
          <span className="pj-logo-en">{t('app.logoEn')}</span>
        </Link>
        <Menu theme="dark" mode="horizontal" className="pj-nav" selectedKeys={[selectedKey(location.pathname)]} items={items} aria-label={t('nav.main')} />
        <div className="pj-header-right">
          <LanguageSwitch />
          <UserArea />
        </div>
      </Layout.Header>
      <Layout.Content>
        <main id="main" className="pj-content" tabIndex={-1}>
          {status === 'error' && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('session.loadFailed')}
              action={
                <Button size="small" onClick={() => void refresh()}>
                  {t('common.retry')}
                </Button>
              }
            />
          )}
          {children}
        </main>
      </Layout.Content>
      <Layout.Footer className="pj-footer">
        <div>{t('app.footer')}</div>
        <div style={{ fontSize: 12, marginTop: 4 }}>
          <a href="/api/docs">{t('app.apiDocs')}</a>
        </div>
      </Layout.Footer>
    </Layout>
  );
}
