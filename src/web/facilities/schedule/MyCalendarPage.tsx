// My beamtime calendar: download my ICS, and make, replace or stop the secret feed address that
// calendar apps subscribe to (shown once).
import { useState } from 'react';
import { Alert, Button, Card, Popconfirm, Space, Typography } from 'antd';
import { CalendarOutlined, DownloadOutlined, LinkOutlined, StopOutlined } from '@ant-design/icons';
import { CopyButton, PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { ErrorAlert, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import * as api from './api.ts';

export default function MyCalendarPage() {
  const { t, dateTime } = useI18n();
  const status = useAsync((signal) => api.feedStatus(signal), []);
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (status.loading && !status.data) return <LoadingBlock rows={4} />;
  if (status.error != null || !status.data) return <ErrorResult error={status.error} onRetry={status.reload} />;
  const active = status.data.active;

  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await f();
      status.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const create = () =>
    run(async () => {
      setUrl((await api.createFeed()).url);
    });
  const revoke = () =>
    run(async () => {
      await api.revokeFeed();
      setUrl(null);
    });

  return (
    <div data-testid="my-calendar-page">
      <PageHeader title={t('schedule.me.title')} subtitle={t('schedule.me.intro')} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <a href={api.myIcsUrl} download="beamtime.ics" data-testid="my-ics">
            <Button type="primary" icon={<DownloadOutlined />}>
              {t('schedule.me.download')}
            </Button>
          </a>
        </Card>
        <Card
          title={
            <Space>
              <CalendarOutlined /> {t('schedule.me.feed')}
            </Space>
          }
        >
          <Typography.Paragraph type="secondary">{t('schedule.me.feedIntro')}</Typography.Paragraph>
          <Typography.Paragraph data-testid="feed-status">{active ? t('schedule.me.feedActive', { at: dateTime(status.data.createdAt) }) : t('schedule.me.feedNone')}</Typography.Paragraph>
          {url && (
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 16 }}
              message={t('schedule.me.feedUrl')}
              description={
                <Space wrap>
                  <Typography.Text code style={{ wordBreak: 'break-all' }} data-testid="feed-url">
                    {url}
                  </Typography.Text>
                  <CopyButton text={url} testId="feed-copy" />
                </Space>
              }
            />
          )}
          {error != null && <ErrorAlert error={error} style={{ marginBottom: 16 }} />}
          <Space wrap>
            {active ? (
              <Popconfirm title={t('schedule.me.feedRotateConfirm')} onConfirm={create}>
                <Button icon={<LinkOutlined />} loading={busy} data-testid="feed-rotate">
                  {t('schedule.me.feedRotate')}
                </Button>
              </Popconfirm>
            ) : (
              <Button type="primary" icon={<LinkOutlined />} loading={busy} onClick={create} data-testid="feed-create">
                {t('schedule.me.feedCreate')}
              </Button>
            )}
            {active && (
              <Button danger icon={<StopOutlined />} loading={busy} onClick={revoke} data-testid="feed-revoke">
                {t('schedule.me.feedRevoke')}
              </Button>
            )}
          </Space>
        </Card>
      </Space>
    </div>
  );
}
