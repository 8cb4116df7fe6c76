// One large facility: what it is, its figures, and its instruments (beamlines) with their stations.
import { useMemo, useState } from 'react';
import { Breadcrumb, Button, Card, Input, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link, useParams } from 'react-router';
import * as api from '../api/endpoints.ts';
import type { Instrument } from '../api/types.ts';
import { useAsync } from '../components/hooks.ts';
import { PageHeader } from '../components/common.tsx';
import { EmptyState, ErrorResult, LoadingBlock } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { FacilityStatusTag, FigureList } from './facilityParts.tsx';

function matches(ins: Instrument, q: string): boolean {
  const hay = (s: string) => s.toLowerCase().includes(q);
  return (
    hay(ins.code) ||
    hay(ins.name) ||
    hay(ins.nameEn) ||
    ins.stations.some((s) => hay(s.code) || hay(s.name) || hay(s.nameEn) || s.techniques.some(hay))
  );
}

export default function FacilityPage() {
  const { id = '' } = useParams();
  const { t, pick, number } = useI18n();
  const [query, setQuery] = useState('');
  const { session } = useSession();
  const { data, error, loading, reload } = useAsync((signal) => api.facility(id, signal), [id]);

  const q = query.trim().toLowerCase();
  const rows = useMemo(() => (data ? (q ? data.instruments.filter((i) => matches(i, q)) : data.instruments) : []), [data, q]);

  if (loading && !data) return <LoadingBlock rows={10} />;
  if (error != null || !data) return <ErrorResult error={error} onRetry={reload} />;

  const columns: TableColumnsType<Instrument> = [
    { title: t('facility.code'), dataIndex: 'code', width: 110, sorter: (a, b) => a.code.localeCompare(b.code), defaultSortOrder: 'ascend' },
    { title: t('facility.instrument'), key: 'name', render: (_, r) => pick(r.name, r.nameEn) },
    {
      title: t('facility.stations'),
      key: 'stations',
      render: (_, r) =>
        r.stations.length === 0 ? (
          <Typography.Text type="secondary">{t('facility.noStations')}</Typography.Text>
        ) : (
          <Space orientation="vertical" size={6}>
            {r.stations.map((s) => (
              <div key={s.id}>
                <Link to={`/facilities/stations/${encodeURIComponent(s.id)}/schedule`} data-testid={`station-link-${s.code}`}>
                  <Typography.Text strong>{s.code}</Typography.Text>
                </Link>{' '}
                {pick(s.name, s.nameEn)}
                <Typography.Text type="secondary"> · {t('facility.shiftHours', { hours: s.shiftHours })}</Typography.Text>
                {s.techniques.length > 0 && (
                  <div style={{ marginTop: 2 }}>
                    {s.techniques.map((tech) => (
                      <Tag key={tech} style={{ marginBottom: 2 }}>
                        {tech}
                      </Tag>
                    ))}
                  </div>
                )}
              </div>
            ))}
          </Space>
        ),
    },
    { title: t('facility.stationCount'), key: 'count', width: 100, align: 'right', render: (_, r) => number(r.stations.length) },
  ];

  const stationTotal = data.instruments.reduce((s, i) => s + i.stations.length, 0);
  const description = pick(data.description ?? '', data.descriptionEn);

  return (
    <div data-testid="facility-page">
      <Breadcrumb style={{ marginBottom: 16 }} items={[{ title: <Link to="/">{t('nav.home')}</Link> }, { title: pick(data.name, data.nameEn) }]} />
      <PageHeader
        title={pick(data.name, data.nameEn)}
        subtitle={
          <Space wrap size={4}>
            <Tag>{data.code}</Tag>
            <Tag color="blue">{t(`facilityKind.${data.kind}`)}</Tag>
            <FacilityStatusTag status={data.status} />
            <span>{t('facility.counts', { instruments: number(data.instruments.length), stations: number(stationTotal) })}</span>
          </Space>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }} data-testid="facility-office">
        <Space wrap>
          <Link to={`/facilities/${encodeURIComponent(data.id)}/apply`}>
            <Button type="primary" data-testid="facility-apply">
              {t('facility.apply')}
            </Button>
          </Link>
          <Link to={`/facilities/${encodeURIComponent(data.id)}/cycles`}>
            <Button data-testid="facility-cycles">{t('facility.cyclesLink')}</Button>
          </Link>
          <Link to={`/facilities/${encodeURIComponent(data.id)}/statistics`}>
            <Button data-testid="facility-statistics">{t('facility.statisticsLink')}</Button>
          </Link>
          {session && (
            <>
              <Link to={`/facilities/${encodeURIComponent(data.id)}/feasibility`}>
                <Button data-testid="facility-feasibility">{t('facility.feasibilityLink')}</Button>
              </Link>
              <Link to={`/facilities/experiments?tab=facility&facility=${encodeURIComponent(data.id)}`}>
                <Button data-testid="facility-experiments">{t('facility.experimentsLink')}</Button>
              </Link>
            </>
          )}
        </Space>
      </Card>
      {(description || Object.keys(data.figures).length > 0) && (
        <Card style={{ marginBottom: 24 }}>
          {description && <Typography.Paragraph>{description}</Typography.Paragraph>}
          <FigureList figures={data.figures} />
        </Card>
      )}
      <Card title={t('facility.instrumentsTitle')}>
        <Input.Search
          allowClear
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('facility.searchPlaceholder')}
          aria-label={t('facility.searchPlaceholder')}
          style={{ maxWidth: 420, marginBottom: 16 }}
          data-testid="facility-search"
        />
        <Table<Instrument>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          locale={{ emptyText: <EmptyState description={q ? t('facility.noMatch') : t('facility.noInstruments')} /> }}
          data-testid="instrument-table"
          scroll={{ x: 640 }}
        />
      </Card>
    </div>
  );
}
