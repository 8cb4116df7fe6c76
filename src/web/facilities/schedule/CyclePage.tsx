// One cycle: its figures and status, the operating calendar on a station × time grid (non-user
// time hatched, periods as bars), the list of periods; the user office adds and removes periods
// and moves the cycle on.
import { useState } from 'react';
import { Breadcrumb, Button, Card, DatePicker, Descriptions, Flex, Form, Input, Popconfirm, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { CalendarOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router';
import { FormModal, ModalActions, PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { EmptyState, ErrorAlert, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import * as api from './api.ts';
import type { CalendarPeriod, CycleDetail } from './api.ts';
import { CycleStatusTag, GridLegend, ScheduleGrid, zoned, zonedInstant } from './parts.tsx';

const KINDS = ['user', 'machine_development', 'maintenance', 'shutdown'] as const;
const STATUSES = ['planning', 'call_open', 'review', 'scheduling', 'published', 'closed'] as const;

interface PeriodForm {
  kind: (typeof KINDS)[number];
  stationId: string;
  startDate: Dayjs;
  startShift: number;
  endDate: Dayjs;
  endShift: number;
  note?: string;
}

/** "Shift n (hh:mm)" options of a day. */
export function useShiftOptions(cycle: { shiftHours: number }, withEndOfDay = false) {
  const { t } = useI18n();
  const perDay = Math.max(1, Math.round(24 / cycle.shiftHours));
  const opts = Array.from({ length: perDay }, (_, i) => ({ value: i, label: t('schedule.block.shiftOfDay', { n: i + 1, time: `${String(i * cycle.shiftHours).padStart(2, '0')}:00` }) }));
  if (withEndOfDay) opts.push({ value: perDay, label: '24:00' });
  return opts;
}

function AddPeriod({ cycle, open, onClose, onAdded }: { cycle: CycleDetail; open: boolean; onClose: () => void; onAdded: () => void }) {
  const { t, pick } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const startOptions = useShiftOptions(cycle);
  const endOptions = useShiftOptions(cycle, true).slice(1);

  const submit = async (v: PeriodForm) => {
    setBusy(true);
    setError(null);
    try {
      await api.addPeriod(cycle.id, {
        kind: v.kind,
        stationId: v.stationId === '' ? null : v.stationId,
        startsAt: zonedInstant(v.startDate.format('YYYY-MM-DD'), cycle.timeZone, v.startShift * cycle.shiftHours).toISOString(),
        endsAt: zonedInstant(v.endDate.format('YYYY-MM-DD'), cycle.timeZone, v.endShift * cycle.shiftHours).toISOString(),
        note: v.note?.trim() ? v.note.trim() : null,
      });
      onAdded();
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal open={open} title={t('schedule.period.add')} onClose={onClose}>
      <Form<PeriodForm> layout="vertical" onFinish={submit} initialValues={{ kind: 'maintenance', stationId: '', startShift: 0, endShift: Math.round(24 / cycle.shiftHours) }} data-testid="period-form">
        <Flex gap={12}>
          <Form.Item name="kind" label={t('schedule.period.kind')} style={{ flex: 1 }}>
            <Select options={KINDS.map((k) => ({ value: k, label: t(`schedule.period.kind.${k}` as MessageKey) }))} data-testid="period-kind" />
          </Form.Item>
          <Form.Item name="stationId" label={t('schedule.period.station')} style={{ flex: 1 }}>
            <Select
              showSearch
              optionFilterProp="label"
              options={[{ value: '', label: t('schedule.period.allStations') }, ...cycle.stations.map((s) => ({ value: s.id, label: `${s.code} ${pick(s.name, s.nameEn)}` }))]}
              data-testid="period-station"
            />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item name="startDate" label={t('schedule.cycle.startsAt')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} data-testid="period-start" />
          </Form.Item>
          <Form.Item name="startShift" label={t('schedule.block.moveShift')} style={{ flex: 1 }}>
            <Select options={startOptions} />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item name="endDate" label={t('schedule.cycle.endsAt')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} data-testid="period-end" />
          </Form.Item>
          <Form.Item name="endShift" label={t('schedule.block.moveShift')} style={{ flex: 1 }}>
            <Select options={endOptions} />
          </Form.Item>
        </Flex>
        <Form.Item name="note" label={t('schedule.period.note')} rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
        {error != null && <ErrorAlert error={error} style={{ marginBottom: 12 }} />}
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('schedule.period.add')} testId="period-submit" />
      </Form>
    </FormModal>
  );
}

export default function CyclePage() {
  const { id = '' } = useParams();
  const { t, pick } = useI18n();
  const { data, error, loading, reload } = useAsync((signal) => api.cycle(id, signal), [id]);
  const [adding, setAdding] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (loading && !data) return <LoadingBlock rows={8} />;
  if (error != null || !data) return <ErrorResult error={error} onRetry={reload} />;
  const c = data;
  const next = STATUSES[STATUSES.indexOf(c.status) + 1];
  const station = new Map(c.stations.map((s) => [s.id, s]));

  const run = async (f: () => Promise<unknown>) => {
    setBusy(true);
    setActionError(null);
    try {
      await f();
      reload();
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(false);
    }
  };

  const columns: TableColumnsType<CalendarPeriod> = [
    { title: t('schedule.period.kind'), key: 'kind', width: 150, render: (_, p) => t(`schedule.period.kind.${p.kind}` as MessageKey) },
    {
      title: t('schedule.period.station'),
      key: 'station',
      width: 200,
      render: (_, p) => (p.stationId ? (station.get(p.stationId)?.code ?? p.stationId) : <Typography.Text type="secondary">{t('schedule.period.allStations')}</Typography.Text>),
    },
    { title: t('schedule.cycle.startsAt'), key: 'start', width: 160, render: (_, p) => zoned(p.startsAt, c.timeZone) },
    { title: t('schedule.cycle.endsAt'), key: 'end', width: 160, render: (_, p) => zoned(p.endsAt, c.timeZone) },
    { title: t('schedule.period.note'), key: 'note', render: (_, p) => p.note ?? '' },
    ...(c.canEdit
      ? [
          {
            title: '',
            key: 'remove',
            width: 90,
            render: (_: unknown, p: CalendarPeriod) => (
              <Popconfirm title={t('schedule.period.removeConfirm')} onConfirm={() => run(() => api.removePeriod(c.id, p.id))}>
                <Button size="small" danger icon={<DeleteOutlined />} data-testid={`period-remove-${p.id}`} aria-label={t('schedule.period.remove')} />
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <div data-testid="cycle-page">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to={`/facilities/${encodeURIComponent(c.facilityId)}/cycles`}>{t('schedule.cycles.title')}</Link> },
          { title: c.code },
        ]}
      />
      <PageHeader
        title={
          <Space>
            {pick(c.name, c.nameEn)} <CycleStatusTag status={c.status} />
          </Space>
        }
        subtitle={`${zoned(c.startsAt, c.timeZone)} – ${zoned(c.endsAt, c.timeZone)} (${c.timeZone})`}
        extra={
          <Space wrap>
            {c.canEdit && next && next !== 'published' && (
              <Popconfirm title={t('schedule.cycle.advance', { status: t(`schedule.status.${next}` as MessageKey) })} onConfirm={() => run(() => api.patchCycle(c.id, { status: next }))}>
                <Button loading={busy} data-testid="cycle-advance">
                  {t('schedule.cycle.advance', { status: t(`schedule.status.${next}` as MessageKey) })}
                </Button>
              </Popconfirm>
            )}
            <Link to={`/facilities/cycles/${encodeURIComponent(c.id)}/schedule`}>
              <Button type="primary" icon={<CalendarOutlined />} data-testid="cycle-open-schedule">
                {t('schedule.cycle.openSchedule')}
              </Button>
            </Link>
          </Space>
        }
      />
      {actionError != null && <ErrorAlert error={actionError} style={{ marginBottom: 12 }} />}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 5 }}
          items={[
            { key: 'code', label: t('schedule.cycle.code'), children: c.code },
            { key: 'shift', label: t('schedule.cycle.shiftHours'), children: `${c.shiftHours} h · ${t('schedule.cycle.shifts', { n: c.shiftCount })}` },
            { key: 'co', label: t('schedule.cycle.changeover'), children: c.changeoverShifts },
            { key: 'mult', label: t('schedule.cycle.awardMultiple'), children: c.awardMultiple },
            { key: 'zone', label: t('schedule.cycle.timeZone'), children: c.timeZone },
          ]}
        />
      </Card>
      <div className="pj-panel" style={{ marginBottom: 16 }}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('schedule.cycle.calendar')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('schedule.cycle.calendarIntro')}</Typography.Text>
        </Flex>
        <GridLegend />
        <ScheduleGrid cycle={c} stations={c.stations} periods={c.periods} />
      </div>
      <div className="pj-panel">
        <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('schedule.period.title')}
          </Typography.Title>
          {c.canEdit && c.status !== 'closed' && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="period-add">
              {t('schedule.period.add')}
            </Button>
          )}
        </Flex>
        {c.periods.length === 0 ? (
          <EmptyState description={t('schedule.period.empty')} />
        ) : (
          <Table<CalendarPeriod> rowKey="id" size="small" columns={columns} dataSource={c.periods} pagination={false} data-testid="periods-table" />
        )}
      </div>
      {c.canEdit && <AddPeriod cycle={c} open={adding} onClose={() => setAdding(false)} onAdded={reload} />}
    </div>
  );
}
