// Experiments: the caller's own (as PI or co-proposer), and a facility's experiments for its user
// office, director and station scientists, filtered by cycle, station and status.
import { Flex, Select, Space, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { LoadMore, PageHeader } from '../../components/common.tsx';
import { useAsync, usePaged } from '../../components/hooks.ts';
import { EmptyState, ListStates } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import * as api from './api.ts';
import type { Experiment, ExperimentStatus } from './api.ts';
import { ExperimentStatusTag, Span } from './parts.tsx';

function useColumns(): TableColumnsType<Experiment> {
  const { t, pick } = useI18n();
  return [
    {
      title: t('experiments.col.proposal'),
      key: 'proposal',
      render: (_, e) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/facilities/experiments/${encodeURIComponent(e.id)}`} data-testid={`experiment-link-${e.id}`}>
            {e.title || e.applicationNumber || e.id}
          </Link>
          {e.applicationNumber && (
            <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
              {e.applicationNumber}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('experiments.col.station'),
      key: 'station',
      width: 200,
      render: (_, e) => (
        <span>
          <Typography.Text strong>{e.stationCode}</Typography.Text> {pick(e.stationName, e.stationNameEn)}
        </span>
      ),
    },
    { title: t('experiments.col.cycle'), dataIndex: 'cycleCode', width: 110 },
    { title: t('experiments.col.when'), key: 'when', width: 290, render: (_, e) => <Span from={e.scheduledStart} to={e.scheduledEnd} /> },
    { title: t('common.status'), key: 'status', width: 120, render: (_, e) => <ExperimentStatusTag status={e.status} /> },
  ];
}

function MineTab() {
  const { t } = useI18n();
  const columns = useColumns();
  const list = usePaged((cursor, signal) => api.mine(cursor, signal), []);
  return (
    <ListStates list={list}>
      <Table<Experiment>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <EmptyState description={t('experiments.mine.empty')} /> }}
        data-testid="my-experiments-table"
      />
      <LoadMore list={list} testId="my-experiments-more" />
    </ListStates>
  );
}

function oneOf<T extends string>(all: readonly T[], v: string | null): T | undefined {
  return v !== null && (all as readonly string[]).includes(v) ? (v as T) : undefined;
}

function FacilityTab() {
  const { t, pick } = useI18n();
  const columns = useColumns();
  const [params, setParams] = useSearchParams();
  const facilities = useAsync((signal) => api.facilities(signal), []);
  const facilityId = params.get('facility') ?? facilities.data?.items[0]?.id;
  const cycleId = params.get('cycle') ?? undefined;
  const stationId = params.get('station') ?? undefined;
  const status = oneOf<ExperimentStatus>(api.EXPERIMENT_STATUSES, params.get('status'));
  const detail = useAsync((signal) => (facilityId ? api.facility(facilityId, signal) : Promise.resolve(undefined)), [facilityId]);
  const cycles = useAsync((signal) => (facilityId ? api.cycles(facilityId, signal) : Promise.resolve(undefined)), [facilityId]);
  const list = usePaged(
    (cursor, signal) => (facilityId ? api.ofFacility(facilityId, { cycleId, stationId, status, cursor, limit: 50 }, signal) : Promise.resolve({ items: [], nextCursor: null, total: 0, totalCapped: false })),
    [facilityId, cycleId, stationId, status],
  );
  const set = (key: string, v: string | undefined, reset: string[] = []) => {
    const p = new URLSearchParams(params);
    p.set('tab', 'facility');
    if (v) p.set(key, v);
    else p.delete(key);
    for (const k of reset) p.delete(k);
    setParams(p, { replace: true });
  };
  const stations = detail.data?.instruments.flatMap((i) => i.stations) ?? [];
  const filtered = Boolean(cycleId || stationId || status);
  return (
    <>
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Select
          value={facilityId}
          placeholder={t('experiments.facility.pick')}
          aria-label={t('experiments.facility.pick')}
          style={{ width: 260 }}
          loading={facilities.loading}
          options={(facilities.data?.items ?? []).map((f) => ({ value: f.id, label: `${f.code} · ${pick(f.name, f.nameEn)}` }))}
          onChange={(v) => set('facility', v, ['cycle', 'station'])}
          data-testid="experiments-facility"
        />
        <Select
          allowClear
          value={cycleId}
          placeholder={t('experiments.filter.cycle')}
          aria-label={t('experiments.col.cycle')}
          style={{ width: 160 }}
          options={(cycles.data?.items ?? []).map((c) => ({ value: c.id, label: c.code }))}
          onChange={(v) => set('cycle', v)}
          data-testid="experiments-cycle-filter"
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={stationId}
          placeholder={t('experiments.filter.station')}
          aria-label={t('experiments.col.station')}
          style={{ width: 240 }}
          options={stations.map((s) => ({ value: s.id, label: `${s.code} ${pick(s.name, s.nameEn)}` }))}
          onChange={(v) => set('station', v)}
          data-testid="experiments-station-filter"
        />
        <Select<ExperimentStatus>
          allowClear
          value={status}
          placeholder={t('experiments.filter.status')}
          aria-label={t('common.status')}
          style={{ width: 150 }}
          options={api.EXPERIMENT_STATUSES.map((s) => ({ value: s, label: t(`experiments.status.${s}`) }))}
          onChange={(v) => set('status', v)}
          data-testid="experiments-status-filter"
        />
        {facilityId && (
          <Link to={`/facilities/${encodeURIComponent(facilityId)}/statistics`} style={{ alignSelf: 'center', marginLeft: 'auto' }} data-testid="experiments-statistics-link">
            {t('experiments.statistics')}
          </Link>
        )}
      </Flex>
      <ListStates list={list}>
        <Table<Experiment>
          rowKey="id"
          columns={columns}
          dataSource={list.items}
          loading={list.loading}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: <EmptyState description={filtered ? t('common.noMatch') : t('experiments.facility.empty')} /> }}
          data-testid="facility-experiments-table"
        />
        <LoadMore list={list} testId="facility-experiments-more" />
      </ListStates>
    </>
  );
}

export default function ExperimentsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'facility' ? 'facility' : 'mine';
  return (
    <div data-testid="experiments-page">
      <PageHeader title={t('experiments.title')} subtitle={t('experiments.intro')} />
      <div className="pj-panel">
        <Tabs
          activeKey={tab}
          onChange={(k) => {
            const p = new URLSearchParams(params);
            p.set('tab', k);
            setParams(p, { replace: true });
          }}
          destroyOnHidden
          items={[
            { key: 'mine', label: <span data-testid="experiments-tab-mine">{t('experiments.tab.mine')}</span>, children: <MineTab /> },
            { key: 'facility', label: <span data-testid="experiments-tab-facility">{t('experiments.tab.facility')}</span>, children: <FacilityTab /> },
          ]}
        />
      </div>
    </div>
  );
}
