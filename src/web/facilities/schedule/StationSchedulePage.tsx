// A station's published beamtime, for everyone, with the address of its ICS feed.
import { Breadcrumb, Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { CopyButton, PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { EmptyState, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import * as api from './api.ts';
import type { StationSchedule } from './api.ts';
import { colorOf } from './parts.tsx';

type Row = StationSchedule['blocks'][number];

export default function StationSchedulePage() {
  const { id = '' } = useParams();
  const { t, pick, dateTime } = useI18n();
  const { data, error, loading, reload } = useAsync((signal) => api.stationSchedule(id, signal), [id]);

  if (loading && !data) return <LoadingBlock rows={6} />;
  if (error != null || !data) return <ErrorResult error={error} onRetry={reload} />;
  const st = data.station;
  const ics = api.stationIcsUrl(st.id);
  const absolute = `${window.location.origin}${ics}`;

  const columns: TableColumnsType<Row> = [
    {
      title: t('schedule.block.proposal'),
      key: 'p',
      width: 180,
      render: (_, b) => (
        <Space>
          <span className="pj-sched-swatch" style={{ background: colorOf(b.applicationId) }} />
          {b.number ?? '—'}
        </Space>
      ),
    },
    { title: t('schedule.cycle.name'), key: 'title', dataIndex: 'title', ellipsis: true },
    { title: t('schedule.cycle.startsAt'), key: 'start', width: 170, render: (_, b) => dateTime(b.startsAt) },
    { title: t('schedule.cycle.endsAt'), key: 'end', width: 170, render: (_, b) => dateTime(b.endsAt) },
    { title: '', key: 'cycle', width: 120, render: (_, b) => <Link to={`/facilities/cycles/${encodeURIComponent(b.cycleId)}/schedule`}>{t('schedule.cycle.openSchedule')}</Link> },
  ];

  return (
    <div data-testid="station-schedule-page">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/">{t('nav.home')}</Link> }, { title: <Link to={`/facilities/${encodeURIComponent(st.facilityId)}`}>{st.code}</Link> }, { title: t('schedule.title') }]}
      />
      <PageHeader
        title={`${t('schedule.station.title', { code: st.code })} · ${pick(st.name, st.nameEn)}`}
        subtitle={t('schedule.station.intro')}
        extra={
          <Space wrap>
            <a href={ics} download data-testid="station-ics">
              <Button icon={<CalendarOutlined />}>{t('schedule.station.ics')}</Button>
            </a>
            <CopyButton text={absolute} testId="station-ics-copy" />
          </Space>
        }
      />
      <div className="pj-panel">
        {data.blocks.length === 0 ? (
          <EmptyState description={t('schedule.station.empty')} />
        ) : (
          <Table<Row> rowKey={(b) => `${b.cycleId}:${b.awardId}`} size="middle" columns={columns} dataSource={data.blocks} pagination={data.blocks.length > 50 ? { pageSize: 50 } : false} data-testid="station-schedule-table" />
        )}
        <Typography.Paragraph type="secondary" copyable={{ text: absolute }} style={{ fontSize: 12, marginTop: 12, marginBottom: 0 }}>
          {absolute}
        </Typography.Paragraph>
      </div>
    </div>
  );
}
