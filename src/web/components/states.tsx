// The loading, empty and error states every screen shows, in one look.
import { Alert, Button, Empty, Result, Skeleton, Space, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link, useLocation } from 'react-router';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';

/** A placeholder while a screen's data loads. */
export function LoadingBlock({ rows = 4 }: { rows?: number }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" aria-busy="true" style={{ padding: '24px 0' }}>
      <span className="pj-visually-hidden">{t('common.loading')}</span>
      <Skeleton active paragraph={{ rows }} />
    </div>
  );
}

function RequestId({ error }: { error: unknown }) {
  const { t } = useI18n();
  const id = error instanceof ApiError ? error.problem.requestId : undefined;
  if (!id) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="request-id">
      {t('common.requestId', { id })}
    </Typography.Text>
  );
}

/** A whole-screen error with a retry button; 404 and 403 get their own pictures. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, errorText } = useI18n();
  const { pathname } = useLocation();
  const status = error instanceof ApiError ? error.status : 0;
  const kind = status === 404 ? '404' : status === 403 ? '403' : 'error';
  const title = status === 404 ? t('common.notFoundTitle') : status === 403 ? t('forbidden.title') : t('common.errorTitle');
  return (
    <Result
      status={kind}
      title={title}
      subTitle={
        <Space orientation="vertical" size={4}>
          <span>{errorText(error)}</span>
          <RequestId error={error} />
        </Space>
      }
      extra={
        <Space wrap>
          {onRetry && status !== 404 && status !== 403 && (
            <Button type="primary" icon={<ReloadOutlined />} onClick={onRetry} data-testid="retry">
              {t('common.retry')}
            </Button>
          )}
          {pathname !== '/' && <Link to="/">{t('notFound.home')}</Link>}
        </Space>
      }
    />
  );
}

/** An inline error (a form that failed, a list that could not load more). */
export function ErrorAlert({ error, onRetry, style }: { error: unknown; onRetry?: () => void; style?: React.CSSProperties }) {
  const { t, errorText } = useI18n();
  if (!error) return null;
  const fieldErrors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16, ...style }}
      title={errorText(error)}
      description={
        fieldErrors.length > 0 || (error instanceof ApiError && error.problem.requestId) ? (
          <Space orientation="vertical" size={2}>
            {fieldErrors.map((f) => (
              <span key={f.path + f.message}>
                <Typography.Text code>{f.path}</Typography.Text> {f.message}
              </span>
            ))}
            <RequestId error={error} />
          </Space>
        ) : undefined
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

/** Nothing to show yet. */
export function EmptyState({ description, children }: { description: string; children?: React.ReactNode }) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description}>
      {children}
    </Empty>
  );
}

/** The caller is signed in but may not see this. */
export function ForbiddenResult() {
  const { t } = useI18n();
  return <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.body')} extra={<Link to="/">{t('notFound.home')}</Link>} />;
}

/** A list's first-load and error states; its content once there is something to show. */
export function ListStates({ list, children }: { list: { loading: boolean; error: unknown; items: readonly unknown[]; reload: () => void }; children: React.ReactNode }) {
  if (list.loading && list.items.length === 0) return <LoadingBlock />;
  if (list.error != null) return <ErrorResult error={list.error} onRetry={list.reload} />;
  return <>{children}</>;
}
