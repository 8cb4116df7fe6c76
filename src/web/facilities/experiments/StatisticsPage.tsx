// A facility's statistics (public): pick a cycle; charts of requested against awarded shifts per
// station, oversubscription and users by organization kind; the table per station with the
// cycle's totals; CSV and Excel downloads.
import { useState } from 'react';
import { App, Breadcrumb, Button, Card, Col, Flex, Row, Select, Space, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { EmptyState, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import * as api from './api.ts';
import type { CycleStatistics, ExportFormat, StationStatistics } from './api.ts';
import { OrgKindBar, OversubscriptionBars, ShiftBars } from './charts.tsx';

function ExportButtons({ facilityId, cycleId }: { facilityId: string; cycleId: string }) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    try {
      api.saveFile(await api.exportStatistics(facilityId, cycleId, format));
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space>
      <Button icon={<DownloadOutlined />} loading={busy === 'csv'} disabled={busy !== null} onClick={() => void run('csv')} data-testid="stats-export-csv">
        {t('experiments.stats.csv')}
      </Button>
      <Button icon={<DownloadOutlined />} loading={busy === 'xlsx'} disabled={busy !== null} onClick={() => void run('xlsx')} data-testid="stats-export-xlsx">
        {t('experiments.stats.xlsx')}
      </Button>
    </Space>
  );
}

type Row = StationStatistics | (CycleStatistics['totals'] & { stationId: '__total'; code: string; name: string; nameEn: string });

function CycleView({ c }: { c: CycleStatistics }) {
  const { t, pick, number } = useI18n();
  const busy = c.stations.filter((s) => s.requestedShifts > 0 || s.awardedShifts > 0);
  const dec = (v: number | null) => (v === null ? '—' : v.toFixed(2));
  const columns: TableColumnsType<Row> = [
    {
      title: t('experiments.stats.station'),
      key: 'station',
      fixed: 'left',
      width: 170,
      render: (_, r) =>
        r.stationId === '__total' ? (
          <Typography.Text strong>{t('experiments.stats.total')}</Typography.Text>
        ) : (
          <span>
            <Typography.Text strong>{r.code}</Typography.Text> <Typography.Text type="secondary">{pick(r.name, r.nameEn)}</Typography.Text>
          </span>
        ),
    },
    { title: t('experiments.stats.available'), dataIndex: 'availableShifts', align: 'right', width: 80, render: (v: number) => number(v) },
    { title: t('experiments.stats.requested'), dataIndex: 'requestedShifts', align: 'right', width: 90, render: (v: number) => number(v) },
    { title: t('experiments.stats.awarded'), dataIndex: 'awardedShifts', align: 'right', width: 80, render: (v: number) => number(v) },
    {
      title: t('experiments.stats.oversubscription'),
      dataIndex: 'oversubscription',
      align: 'right',
      // wide enough for "Oversubscription" on one line (the one-word English headers must not break mid-word)
      width: 140,
      render: (v: number | null) => <Typography.Text type={v !== null && v > 1 ? 'warning' : undefined}>{dec(v)}</Typography.Text>,
    },
    { title: t('experiments.stats.cutoff'), dataIndex: 'cutoffGrade', align: 'right', width: 90, render: (v: number | null) => dec(v) },
    { title: t('experiments.stats.submitted'), dataIndex: 'proposalsSubmitted', align: 'right', width: 90 },
    { title: t('experiments.stats.awardedProposals'), dataIndex: 'proposalsAwarded', align: 'right', width: 80 },
    { title: t('experiments.stats.users'), dataIndex: 'users', align: 'right', width: 70 },
    { title: t('experiments.stats.done'), dataIndex: 'experimentsDone', align: 'right', width: 105 },
    { title: t('experiments.stats.publications'), dataIndex: 'publications', align: 'right', width: 105 },
  ];
  const rows: Row[] = [...c.stations, { ...c.totals, stationId: '__total', code: '', name: '', nameEn: '' }];
  const tot = c.totals;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Row gutter={[16, 16]} data-testid="stats-totals">
        {(
          [
            ['experiments.stats.requested', number(tot.requestedShifts)],
            ['experiments.stats.awarded', number(tot.awardedShifts)],
            ['experiments.stats.oversubscription', dec(tot.oversubscription)],
            ['experiments.stats.cutoff', dec(tot.cutoffGrade)],
            ['experiments.stats.users', number(tot.users)],
            ['experiments.stats.publications', number(tot.publications)],
          ] as const
        ).map(([k, v]) => (
          <Col key={k} xs={12} md={8} xl={4}>
            <Card size="small">
              <Statistic title={t(k)} value={v} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('experiments.stats.chart.shifts')} extra={busy.length < c.stations.length && <Typography.Text type="secondary">{t('experiments.stats.chart.busy')}</Typography.Text>}>
            {busy.length === 0 ? <EmptyState description={t('experiments.stats.chart.noRequests')} /> : <ShiftBars stations={busy} />}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('experiments.stats.oversubscription')} style={{ marginBottom: 16 }}>
            {busy.length === 0 ? <EmptyState description={t('experiments.stats.chart.noRequests')} /> : <OversubscriptionBars stations={busy} />}
          </Card>
          <Card size="small" title={t('experiments.stats.chart.users')}>
            <OrgKindBar kinds={tot.usersByOrgKind} />
          </Card>
        </Col>
      </Row>
      <Table<Row>
        rowKey="stationId"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1100, y: 480 }}
        onRow={(r) => (r.stationId === '__total' ? { style: { fontWeight: 600, background: '#fafafa' } } : {})}
        data-testid="stats-table"
      />
    </Space>
  );
}

export default function StatisticsPage() {
  const { id = '' } = useParams();
  const { t, pick, date } = useI18n();
  const [params, setParams] = useSearchParams();
  // every cycle in one answer: the picker lists them, the screen shows the chosen one
  const all = useAsync((signal) => api.statistics(id, undefined, signal), [id]);
  // by default the newest cycle that has awards (a cycle whose call is still open has none yet)
  const cycleId = params.get('cycle') ?? (all.data?.cycles.find((c) => c.totals.awardedShifts > 0) ?? all.data?.cycles[0])?.cycleId;
  if (all.loading && !all.data) return <LoadingBlock rows={10} />;
  if (all.error != null || !all.data) return <ErrorResult error={all.error} onRetry={all.reload} />;
  const s = all.data;
  const cycle = s.cycles.find((c) => c.cycleId === cycleId);
  return (
    <div data-testid="statistics-page">
      <Breadcrumb style={{ marginBottom: 16 }} items={[{ title: <Link to={`/facilities/${encodeURIComponent(id)}`}>{pick(s.name, s.nameEn)}</Link> }, { title: t('experiments.stats.title') }]} />
      <PageHeader title={t('experiments.stats.title')} subtitle={t('experiments.stats.intro')} extra={cycle && <ExportButtons facilityId={id} cycleId={cycle.cycleId} />} />
      <div className="pj-panel">
        {s.cycles.length === 0 ? (
          <EmptyState description={t('experiments.stats.noCycles')} />
        ) : (
          <>
            <Flex align="center" gap={8} style={{ marginBottom: 16 }}>
              <Typography.Text>{t('experiments.stats.cycle')}</Typography.Text>
              <Select
                value={cycle?.cycleId}
                style={{ width: 320 }}
                aria-label={t('experiments.stats.cycle')}
                options={s.cycles.map((c) => ({ value: c.cycleId, label: `${c.code} · ${pick(c.name, c.nameEn)} (${date(c.startsAt)} – ${date(c.endsAt)})` }))}
                onChange={(v) => setParams({ cycle: v }, { replace: true })}
                data-testid="stats-cycle"
              />
              <Link to={`/facilities/experiments?tab=facility&facility=${encodeURIComponent(id)}`} style={{ marginLeft: 'auto' }}>
                {t('experiments.title')}
              </Link>
            </Flex>
            {cycle ? <CycleView c={cycle} /> : <EmptyState description={t('common.noMatch')} />}
          </>
        )}
      </div>
    </div>
  );
}
