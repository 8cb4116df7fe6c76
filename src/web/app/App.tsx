// The app: language, antd theme and locale, session, and the routes (each screen loaded on demand).
import { lazy, Suspense, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider, theme } from 'antd';
import antdZhCN from 'antd/es/locale/zh_CN';
import antdEnUS from 'antd/es/locale/en_US';
import { BrowserRouter, Route, Routes } from 'react-router';
import type { Locale } from '../../shared/enums.ts';
import { I18nProvider, useI18n } from '../i18n/index.tsx';
import { SessionProvider } from '../session/SessionContext.tsx';
import { RequireAuth } from '../session/RequireAuth.tsx';
import { LoadingBlock } from '../components/states.tsx';
import { AppLayout } from './AppLayout.tsx';
import { opsRoutes } from '../ledger/ops/routes.tsx';
import { marketRoutes } from '../ledger/market/routes.tsx';
import { callsRoutes } from '../calls/routes.tsx';
import { reviewRoutes } from '../calls/review/routes.tsx';
import { officeRoutes } from '../facilities/office/routes.tsx';
import { scheduleRoutes } from '../facilities/schedule/routes.tsx';
import { experimentsRoutes } from '../facilities/experiments/routes.tsx';
import { computeRoutes } from '../compute/routes.tsx';
import { computeJobsRoutes } from '../compute/jobs/routes.tsx';

// After a redeploy the old chunk names are gone: a screen that fails to load reloads the page
// once to pick up the new build, instead of showing an error.
const RELOADED = 'pujiang.chunkReload';
function lazyScreen<T extends { default: ComponentType<any> }>(load: () => Promise<T>) {
  return lazy(() =>
    load().then(
      (m) => {
        sessionStorage.removeItem(RELOADED);
        return m;
      },
      (err: unknown) => {
        if (!sessionStorage.getItem(RELOADED)) {
          sessionStorage.setItem(RELOADED, '1');
          window.location.reload();
          return new Promise<T>(() => undefined);
        }
        throw err;
      },
    ),
  );
}

const HomePage = lazyScreen(() => import('../home/HomePage.tsx'));
const FacilityPage = lazyScreen(() => import('../facilities/FacilityPage.tsx'));
const SignInPage = lazyScreen(() => import('../auth/SignInPage.tsx'));
const SignUpPage = lazyScreen(() => import('../auth/SignUpPage.tsx'));
const ProfilePage = lazyScreen(() => import('../me/ProfilePage.tsx'));
const TokensPage = lazyScreen(() => import('../me/TokensPage.tsx'));
const OrgsPage = lazyScreen(() => import('../orgs/OrgsPage.tsx'));
const OrgPage = lazyScreen(() => import('../orgs/OrgPage.tsx'));
const TeamPage = lazyScreen(() => import('../orgs/TeamPage.tsx'));
const InvitationPage = lazyScreen(() => import('../invitations/InvitationPage.tsx'));
const OutboxPage = lazyScreen(() => import('../outbox/OutboxPage.tsx'));
const AuditPage = lazyScreen(() => import('../audit/AuditPage.tsx'));
const PeoplePage = lazyScreen(() => import('../admin/PeoplePage.tsx'));
const JobsPage = lazyScreen(() => import('../admin/JobsPage.tsx'));
const NotFoundPage = lazyScreen(() => import('./NotFoundPage.tsx'));

// Chinese text takes a CJK font first; English text a Latin one first, or a CJK font would draw
// its quotation marks and punctuation full-width (“ ” as wide as a Chinese character).
const LATIN_FONTS = "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans'";
const CJK_FONTS = "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC'";
const FONTS: Record<Locale, string> = {
  'zh-CN': `-apple-system, BlinkMacSystemFont, 'Segoe UI', ${CJK_FONTS}, 'Helvetica Neue', Arial, sans-serif`,
  en: `${LATIN_FONTS}, ${CJK_FONTS}, sans-serif`,
};

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** Whether the person asked their system for less motion (followed live when they change it). */
function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const q = window.matchMedia(REDUCED_MOTION);
      q.addEventListener('change', onChange);
      return () => q.removeEventListener('change', onChange);
    },
    () => window.matchMedia(REDUCED_MOTION).matches,
  );
}

function Themed({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  const reducedMotion = usePrefersReducedMotion();
  return (
    <ConfigProvider
      locale={locale === 'zh-CN' ? antdZhCN : antdEnUS}
      // No space forced between two Chinese characters in buttons ("登 录"): it reads as a typo.
      button={{ autoInsertSpace: false }}
      theme={{
        algorithm: theme.defaultAlgorithm,
        token: {
          colorPrimary: '#1450a3',
          colorLink: '#1450a3',
          borderRadius: 4,
          fontFamily: FONTS[locale],
          // Dialogs, popovers and menus appear at once for those who asked for less motion.
          motion: !reducedMotion,
        },
        components: {
          Layout: { headerBg: '#1450a3', headerHeight: 60, footerBg: '#e9edf3', bodyBg: '#f3f5f9' },
          Menu: {
            darkItemBg: 'transparent',
            darkSubMenuItemBg: '#0b3478',
            darkPopupBg: '#0b3478',
            darkItemSelectedBg: 'rgba(255,255,255,0.16)',
            darkItemColor: 'rgba(255,255,255,0.85)',
            darkItemHoverColor: '#fff',
          },
        },
      }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

const auth = (node: ReactNode, role?: 'operator' | 'admin') => <RequireAuth role={role}>{node}</RequireAuth>;

/** The whole single-page app. */
export function App() {
  return (
    <I18nProvider>
      <Themed>
        <SessionProvider>
          <BrowserRouter>
            <AppLayout>
              <Suspense fallback={<LoadingBlock />}>
                <Routes>
                  <Route path="/" element={<HomePage />} />
                  <Route path="/facilities/:id" element={<FacilityPage />} />
                  <Route path="/signin" element={<SignInPage />} />
                  <Route path="/signup" element={<SignUpPage />} />
                  <Route path="/me" element={auth(<ProfilePage />)} />
                  <Route path="/me/tokens" element={auth(<TokensPage />)} />
                  <Route path="/orgs" element={<OrgsPage />} />
                  <Route path="/orgs/:id" element={<OrgPage />} />
                  <Route path="/teams/:id" element={auth(<TeamPage />)} />
                  <Route path="/invitations/:token" element={<InvitationPage />} />
                  <Route path="/outbox" element={auth(<OutboxPage />)} />
                  <Route path="/audit" element={auth(<AuditPage />, 'operator')} />
                  <Route path="/admin/people" element={auth(<PeoplePage />, 'operator')} />
                  <Route path="/admin/jobs" element={auth(<JobsPage />, 'operator')} />
                  {[...opsRoutes, ...marketRoutes, ...callsRoutes, ...reviewRoutes, ...officeRoutes, ...scheduleRoutes, ...experimentsRoutes, ...computeRoutes, ...computeJobsRoutes].map((r) => (
                    <Route key={r.path} path={r.path} element={r.access ? auth(r.element, r.access === 'operator' ? 'operator' : undefined) : r.element} />
                  ))}
                  <Route path="*" element={<NotFoundPage />} />
                </Routes>
              </Suspense>
            </AppLayout>
          </BrowserRouter>
        </SessionProvider>
      </Themed>
    </I18nProvider>
  );
}
