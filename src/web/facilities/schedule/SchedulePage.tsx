// The schedule of a cycle: the station × date calendar of one version. The user office solves
// (policy, time limit; progress while the solver runs), reads the figures (objective, LP bound,
// gap, heuristic, unplaced), pins, moves and swaps blocks in a drawer, re-optimizes around the
// pins, picks versions and publishes; everyone else sees the published version.
import { useEffect, useMemo, useState } from 'react';
import { App, Breadcrumb, Button, DatePicker, Descriptions, Drawer, Flex, Input, InputNumber, Popconfirm, Progress, Segmented, Select, Space, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PushpinOutlined, RocketOutlined, SwapOutlined, ThunderboltOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { EmptyState, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import * as api from './api.ts';
import type { CycleStation, Schedule, ScheduleBlock, UnplacedAward } from './api.ts';
import { useShiftOptions } from './CyclePage.tsx';
import { clockOf, CycleStatusTag, GridLegend, ScheduleGrid, shiftInstant, VersionTag, Violations, zoned, zonedDate, zonedInstant } from './parts.tsx';

const HOUR = 3600_000;

function Figures({ s }: { s: Schedule }) {
  const { t, number } = useI18n();
  const fmt = (n: number | null) => (n === null ? '—' : number(Math.round(n * 10) / 10));
  const item = (key: string, title: string, value: string) => (
    <Statistic key={key} title={title} value={value} styles={{ content: { fontSize: 18 } }} data-testid={`figure-${key}`} />
  );
  return (
    <Flex wrap gap={32} style={{ margin: '4px 0 12px' }} data-testid="schedule-figures">
      {item('objective', t('schedule.figures.objective'), fmt(s.objective))}
      {item('bound', t('schedule.figures.lpBound'), fmt(s.lpBound))}
      {item('gap', t('schedule.figures.gap'), s.gapPct === null ? '—' : `${s.gapPct.toFixed(2)} %`)}
      {item('greedy', t('schedule.figures.greedy'), fmt(s.greedyObjective))}
      {s.canEdit && item('unplaced', t('schedule.figures.unplaced'), String(s.unplaced.length))}
      {s.solveSeconds !== null && item('seconds', t('schedule.figures.seconds'), `${s.solveSeconds.toFixed(1)} s`)}
    </Flex>
  );
}

function BlockDrawer({ s, block, onClose, onChanged }: { s: Schedule; block: ScheduleBlock | null; onClose: () => void; onChanged: (s: Schedule) => void }) {
  const { t, pick } = useI18n();
  const k = clockOf(s.cycle);
  const shiftOptions = useShiftOptions(s.cycle);
  // The parent keys the drawer by block, so these start from the block each time one is opened.
  const [date, setDate] = useState<Dayjs | null>(() => (block ? dayjs(zonedDate(block.startsAt, k.timeZone)) : null));
  const [shiftOfDay, setShiftOfDay] = useState(() =>
    block ? Math.round((Date.parse(block.startsAt) - zonedInstant(zonedDate(block.startsAt, k.timeZone), k.timeZone).getTime()) / (k.shiftHours * HOUR)) % k.shiftsPerDay : 0,
  );
  const [other, setOther] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const editable = s.canEdit && s.status === 'draft';
  const station = s.stations.find((x) => x.id === block?.stationId);
  const labelOf = useLabels(s);

  if (!block) return <Drawer open={false} onClose={onClose} />;

  const act = async (f: () => Promise<Schedule>) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await f());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const targetShift = date ? Math.round((zonedInstant(date.format('YYYY-MM-DD'), k.timeZone, shiftOfDay * k.shiftHours).getTime() - k.startsAt) / (k.shiftHours * HOUR)) : null;
  const cycleStart = dayjs(zonedDate(s.cycle.startsAt, k.timeZone));
  const cycleEnd = dayjs(zonedDate(new Date(Date.parse(s.cycle.endsAt) - 1), k.timeZone));

  return (
    <Drawer open onClose={onClose} size={460} title={`${block.number ?? ''} ${block.title}`} destroyOnHidden data-testid="block-drawer">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'p', label: t('schedule.block.proposal'), children: <Link to={`/applications/${encodeURIComponent(block.applicationId)}`}>{block.number ?? block.applicationId}</Link> },
          { key: 's', label: t('schedule.block.station'), children: station ? `${station.code} ${pick(station.name, station.nameEn)}` : block.stationId },
          { key: 't', label: t('schedule.block.time'), children: `${zoned(block.startsAt, k.timeZone)} – ${zoned(block.endsAt, k.timeZone)}` },
          { key: 'n', label: t('schedule.block.shifts'), children: block.shifts },
          ...(block.grade !== null || block.rank !== null ? [{ key: 'g', label: t('schedule.block.grade'), children: `${block.grade?.toFixed(2) ?? '—'} / ${block.rank ?? '—'}` }] : []),
          { key: 'pin', label: t('schedule.grid.pinned'), children: block.pinned ? <Tag icon={<PushpinOutlined />}>{t('schedule.grid.pinned')}</Tag> : '—' },
        ]}
      />
      {!editable ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
          {s.canEdit ? t('schedule.block.publishedReadOnly') : t('schedule.block.readOnly')}
        </Typography.Paragraph>
      ) : (
        <Space orientation="vertical" size={20} style={{ width: '100%', marginTop: 16 }}>
          <Button icon={<PushpinOutlined />} loading={busy} onClick={() => act(() => api.patchBlock(s.id, block.id, { pinned: !block.pinned }))} data-testid="block-pin">
            {block.pinned ? t('schedule.block.unpin') : t('schedule.block.pin')}
          </Button>
          <div>
            <Typography.Text strong>{t('schedule.block.move')}</Typography.Text>
            <Flex gap={8} wrap style={{ marginTop: 6 }}>
              <DatePicker
                value={date}
                onChange={setDate}
                allowClear={false}
                disabledDate={(d) => d.isBefore(cycleStart, 'day') || d.isAfter(cycleEnd, 'day')}
                aria-label={t('schedule.block.moveDate')}
                data-testid="block-move-date"
              />
              <Select value={shiftOfDay} onChange={setShiftOfDay} options={shiftOptions} style={{ minWidth: 150 }} aria-label={t('schedule.block.moveShift')} data-testid="block-move-shift" />
              <Button
                type="primary"
                loading={busy}
                disabled={targetShift === null || targetShift < 0}
                onClick={() => targetShift !== null && act(() => api.patchBlock(s.id, block.id, { startShift: targetShift }))}
                data-testid="block-move"
              >
                {t('schedule.block.moveSubmit')}
              </Button>
            </Flex>
          </div>
          <div>
            <Typography.Text strong>{t('schedule.block.swap')}</Typography.Text>
            <Flex gap={8} wrap style={{ marginTop: 6 }}>
              <Select
                showSearch
                optionFilterProp="label"
                placeholder={t('schedule.block.swapWith')}
                value={other}
                onChange={setOther}
                style={{ minWidth: 260, flex: 1 }}
                options={s.blocks
                  .filter((b) => b.id !== block.id)
                  .map((b) => ({ value: b.id, label: `${s.stations.find((x) => x.id === b.stationId)?.code ?? ''} · ${b.number ?? b.title} · ${zoned(b.startsAt, k.timeZone)} (${b.shifts})` }))}
                data-testid="block-swap-with"
              />
              <Button icon={<SwapOutlined />} loading={busy} disabled={!other} onClick={() => other && act(() => api.swapBlocks(s.id, block.id, other))} data-testid="block-swap">
                {t('schedule.block.swapSubmit')}
              </Button>
            </Flex>
          </div>
        </Space>
      )}
      {error != null && (
        <div style={{ marginTop: 16 }}>
          <Violations error={error} label={labelOf} />
        </div>
      )}
    </Drawer>
  );
}

/** Names awards (violations carry award ids) by their proposal numbers. */
function useLabels(s: Schedule | undefined) {
  return useMemo(() => {
    const m = new Map<string, string>();
    for (const b of s?.blocks ?? []) m.set(b.awardId, b.number ?? b.title);
    for (const u of s?.unplaced ?? []) m.set(u.awardId, u.number ?? u.title);
    return (awardId: string | undefined) => (awardId ? (m.get(awardId) ?? awardId) : '');
  }, [s]);
}

function Solving({ limit, startedAt }: { limit: number; startedAt: number }) {
  const { t } = useI18n();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  const elapsed = (now - startedAt) / 1000;
  return (
    <Flex align="center" gap={12} style={{ minWidth: 260 }} role="status" aria-live="polite" data-testid="schedule-solving">
      <Progress percent={Math.min(99, Math.round((100 * elapsed) / (limit + 2)))} size="small" status="active" style={{ width: 140, margin: 0 }} />
      <Typography.Text type="secondary">{t('schedule.toolbar.solving', { elapsed: elapsed.toFixed(0), limit })}</Typography.Text>
    </Flex>
  );
}

/** Stations whose code, name, beamline or techniques match, or that hold a block whose number or title does. */
function stationsMatching(stations: CycleStation[], blocks: ScheduleBlock[], query: string): CycleStation[] {
  const q = query.trim().toLowerCase();
  if (!q) return stations;
  const has = (v: string | null | undefined) => !!v && v.toLowerCase().includes(q);
  const hit = new Set(blocks.filter((b) => has(b.number) || has(b.title)).map((b) => b.stationId));
  return stations.filter((st) => hit.has(st.id) || has(st.code) || has(st.name) || has(st.nameEn) || has(st.instrumentCode) || has(st.instrumentName) || has(st.instrumentNameEn));
}

export default function SchedulePage() {
  const { id = '' } = useParams();
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const cycle = useAsync((signal) => api.cycle(id, signal), [id]);
  const chosen = params.get('v') ?? cycle.data?.schedules[0]?.id ?? null;
  const sched = useAsync((signal) => (chosen ? api.schedule(chosen, signal) : Promise.resolve(null)), [chosen]);
  const [selected, setSelected] = useState<string | null>(null);
  const [policy, setPolicy] = useState<'score' | 'rank'>('score');
  const [limit, setLimit] = useState(20);
  const [solving, setSolving] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [query, setQuery] = useState('');
  const s = sched.data ?? null;
  const labelOf = useLabels(s ?? undefined);

  if ((cycle.loading && !cycle.data) || (chosen && sched.loading && !sched.data)) return <LoadingBlock rows={10} />;
  if (cycle.error != null || !cycle.data) return <ErrorResult error={cycle.error} onRetry={cycle.reload} />;
  if (sched.error != null) return <ErrorResult error={sched.error} onRetry={sched.reload} />;
  const c = cycle.data;
  const canEdit = c.canEdit;
  const pick1 = (next: Schedule) => {
    sched.setData(next);
    if (next.id !== chosen) setParams({ v: next.id }, { replace: false });
  };

  const solve = async () => {
    setSolving(Date.now());
    setError(null);
    try {
      const r = await api.solve(c.id, { policy, timeLimitSeconds: limit, ...(s ? { from: s.id } : {}) });
      cycle.reload();
      pick1(r);
      void message.success(t('schedule.toolbar.solved', { v: r.version }));
    } catch (e) {
      setError(e);
    } finally {
      setSolving(null);
    }
  };
  const publish = async () => {
    if (!s) return;
    setError(null);
    try {
      const r = await api.publish(s.id);
      cycle.reload();
      pick1(r);
      void message.success(t('schedule.toolbar.published', { v: r.version }));
    } catch (e) {
      setError(e);
    }
  };

  const pinned = s?.blocks.some((b) => b.pinned) ?? false;
  const unplacedColumns: TableColumnsType<UnplacedAward> = [
    { title: t('schedule.block.proposal'), key: 'p', render: (_, u) => <Link to={`/applications/${encodeURIComponent(u.applicationId)}`}>{u.number ?? u.applicationId}</Link> },
    { title: t('schedule.cycle.name'), key: 'title', dataIndex: 'title', ellipsis: true },
    { title: t('schedule.block.station'), key: 's', width: 140, render: (_, u) => s?.stations.find((x) => x.id === u.stationId)?.code ?? u.stationId },
    { title: t('schedule.block.shifts'), key: 'n', width: 80, align: 'right', dataIndex: 'shifts' },
    { title: t('schedule.block.grade'), key: 'g', width: 120, render: (_, u) => `${u.grade?.toFixed(2) ?? '—'} / ${u.rank ?? '—'}` },
  ];

  return (
    <div data-testid="schedule-page">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to={`/facilities/${encodeURIComponent(c.facilityId)}/cycles`}>{t('schedule.cycles.title')}</Link> },
          { title: <Link to={`/facilities/cycles/${encodeURIComponent(c.id)}`}>{c.code}</Link> },
          { title: t('schedule.title') },
        ]}
      />
      <PageHeader
        title={
          <Space>
            {pick(c.name, c.nameEn)} · {t('schedule.title')} <CycleStatusTag status={c.status} />
          </Space>
        }
        subtitle={`${zoned(c.startsAt, c.timeZone)} – ${zoned(c.endsAt, c.timeZone)} (${c.timeZone})`}
      />
      <div className="pj-panel" style={{ marginBottom: 12 }}>
        <Flex wrap gap={12} align="center" justify="space-between">
          <Flex wrap gap={12} align="center">
            {c.schedules.length > 0 && (
              <Select
                value={s?.id}
                onChange={(v) => setParams({ v })}
                style={{ minWidth: 180 }}
                aria-label={t('schedule.toolbar.version')}
                options={c.schedules.map((v) => ({ value: v.id, label: t('schedule.toolbar.versionLabel', { v: v.version, status: t(`schedule.version.${v.status}` as MessageKey) }) }))}
                data-testid="schedule-version"
              />
            )}
            {s && <VersionTag status={s.status} />}
            {canEdit && (
              <>
                <Segmented<'score' | 'rank'>
                  value={policy}
                  onChange={setPolicy}
                  options={[
                    { value: 'score', label: t('schedule.toolbar.policy.score') },
                    { value: 'rank', label: t('schedule.toolbar.policy.rank') },
                  ]}
                  aria-label={t('schedule.toolbar.policy')}
                  data-testid="schedule-policy"
                />
                <Space size={4}>
                  <Typography.Text type="secondary">{t('schedule.toolbar.timeLimit')}</Typography.Text>
                  <InputNumber min={1} max={60} value={limit} onChange={(v) => setLimit(v ?? 20)} style={{ width: 70 }} data-testid="schedule-time-limit" />
                </Space>
                <Button icon={<ThunderboltOutlined />} type={s ? 'default' : 'primary'} onClick={solve} loading={solving !== null} data-testid="schedule-solve">
                  {s && pinned ? t('schedule.toolbar.reoptimize') : t('schedule.toolbar.solve')}
                </Button>
                {solving !== null && <Solving limit={limit} startedAt={solving} />}
              </>
            )}
          </Flex>
          <Space wrap>
            <GridLegend />
            {canEdit && s?.status === 'draft' && (
              <Popconfirm title={t('schedule.toolbar.publishConfirm', { v: s.version })} onConfirm={publish}>
                <Button type="primary" icon={<RocketOutlined />} disabled={solving !== null} data-testid="schedule-publish">
                  {t('schedule.toolbar.publish')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        </Flex>
        {s && <Figures s={s} />}
        {error != null && (
          <div style={{ marginTop: 8 }}>
            <Violations error={error} label={labelOf} />
          </div>
        )}
      </div>
      {!s ? (
        <div className="pj-panel">
          <EmptyState description={canEdit ? t('schedule.noneStaff') : t('schedule.nonePublic')} />
          <ScheduleGrid cycle={c} stations={c.stations} />
        </div>
      ) : (
        <>
          <Input.Search
            allowClear
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('schedule.filter')}
            aria-label={t('schedule.filter')}
            style={{ maxWidth: 420, margin: '12px 0' }}
            data-testid="schedule-filter"
          />
          <ScheduleGrid cycle={s.cycle} stations={stationsMatching(s.stations, s.blocks, query)} blocks={s.blocks} selectedId={selected} onSelect={(b) => setSelected(b.id)} />
          {canEdit && (
            <div className="pj-panel" style={{ marginTop: 12 }}>
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {t('schedule.unplaced.title')} ({s.unplaced.length})
              </Typography.Title>
              {s.unplaced.length === 0 ? (
                <Typography.Text type="secondary">{t('schedule.unplaced.empty')}</Typography.Text>
              ) : (
                <Table<UnplacedAward> rowKey="awardId" size="small" columns={unplacedColumns} dataSource={s.unplaced} pagination={s.unplaced.length > 20 ? { pageSize: 20 } : false} data-testid="unplaced-table" />
              )}
            </div>
          )}
          <BlockDrawer key={selected ?? 'none'} s={s} block={s.blocks.find((b) => b.id === selected) ?? null} onClose={() => setSelected(null)} onChanged={(next) => sched.setData(next)} />
        </>
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
        {s ? `${zoned(shiftInstant(clockOf(s.cycle), 0), s.cycle.timeZone)} · ${t('schedule.cycle.shifts', { n: s.cycle.shiftCount })}` : ''}
      </Typography.Paragraph>
    </div>
  );
}
