// The panel meeting of a cycle: per station, proposals ranked by panel grade against the shifts
// available, the running total, a visible cutoff line and the oversubscription; the user office
// decides each proposal here (shifts per station in the cycle's multiples) through the calls
// engine's decision route.
import { useMemo, useState } from 'react';
import { App, Button, Card, Flex, Form, Input, InputNumber, Radio, Select, Space, Statistic, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { FormModal, ModalActions, PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { EmptyState, ErrorAlert, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import * as api from './api.ts';
import type { Meeting, MeetingRow, MeetingStation } from './api.ts';
import { OutcomeTag, RouteTag, VerdictTag, type Outcome } from './parts.tsx';

export default function MeetingPage() {
  const { id = '' } = useParams();
  const { t, pick } = useI18n();
  const [params, setParams] = useSearchParams();
  const stationFilter = params.get('station') ?? undefined;
  const state = useAsync((signal) => api.meeting(id, signal), [id]);
  const [deciding, setDeciding] = useState<MeetingRow | null>(null);
  if (state.loading && !state.data) return <LoadingBlock rows={8} />;
  if (!state.data) return <ErrorResult error={state.error} onRetry={state.reload} />;
  const m = state.data;
  const shown = stationFilter ? m.stations.filter((s) => s.stationId === stationFilter) : m.stations;

  return (
    <div data-testid="meeting-page">
      <PageHeader title={`${t('office.meeting.title')} · ${pick(m.cycle.name, m.cycle.nameEn)}`} subtitle={t('office.meeting.intro')} />
      {m.stations.length === 0 ? (
        <div className="pj-panel">
          <EmptyState description={t('office.meeting.empty')} />
        </div>
      ) : (
        <>
          <Flex style={{ marginBottom: 16 }}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 320 }}
              placeholder={t('office.meeting.allStations')}
              value={stationFilter}
              onChange={(v?: string) => setParams(v ? { station: v } : {}, { replace: true })}
              options={m.stations.map((s) => ({ value: s.stationId, label: `${s.code} · ${pick(s.name, s.nameEn)}` }))}
              aria-label={t('office.meeting.station')}
              data-testid="meeting-station-filter"
            />
          </Flex>
          <Space orientation="vertical" size={16} style={{ display: 'flex' }}>
            {shown.map((s) => (
              <StationCard key={s.stationId} station={s} canDecide={m.canDecide} onDecide={setDeciding} />
            ))}
          </Space>
        </>
      )}
      <DecisionModal
        meeting={m}
        row={deciding}
        onClose={() => setDeciding(null)}
        onDone={() => {
          setDeciding(null);
          state.reload();
        }}
      />
    </div>
  );
}

function StationCard({ station: s, canDecide, onDecide }: { station: MeetingStation; canDecide: boolean; onDecide: (r: MeetingRow) => void }) {
  const { t, pick, number } = useI18n();
  const grade = (g: number | null) => (g === null ? '—' : g.toFixed(2));
  const columns: TableColumnsType<MeetingRow> = [
    { title: t('office.meeting.rank'), dataIndex: 'rank', width: 64, align: 'right' },
    {
      title: t('office.feas.proposal'),
      key: 'proposal',
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/applications/${encodeURIComponent(r.applicationId)}`}>{r.title || r.number || r.applicationId}</Link>
          <Space size={4} wrap>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.number ?? ''} · {r.piName ?? '—'}
            </Typography.Text>
            {r.route !== 'general' && <RouteTag route={r.route} />}
          </Space>
        </Space>
      ),
    },
    {
      title: t('office.meeting.grade'),
      key: 'grade',
      width: 90,
      align: 'right',
      render: (_, r) =>
        r.conflicted ? (
          <Tooltip title={t('office.meeting.conflicted')}>
            <Tag color="warning" data-testid={`conflicted-${r.applicationId}`}>
              —
            </Tag>
          </Tooltip>
        ) : r.grade === null ? (
          <Typography.Text type="secondary">{t('office.meeting.ungraded')}</Typography.Text>
        ) : (
          grade(r.grade)
        ),
    },
    { title: t('office.meeting.requestedShifts'), dataIndex: 'requested', width: 80, align: 'right' },
    { title: t('office.meeting.feasibility'), key: 'feas', width: 150, render: (_, r) => (r.verdict ? <VerdictTag verdict={r.verdict} shifts={r.shiftsNeeded} /> : '—') },
    { title: t('office.meeting.running'), key: 'running', width: 110, align: 'right', render: (_, r) => `${number(r.runningTotal)} / ${number(s.available)}` },
    {
      title: t('office.meeting.decision'),
      key: 'decision',
      width: 150,
      render: (_, r) =>
        r.decision ? (
          <OutcomeTag outcome={r.decision.outcome} shifts={r.decision.awardedShifts} />
        ) : canDecide ? (
          <Button size="small" type={r.fits ? 'primary' : 'default'} onClick={() => onDecide(r)} data-testid={`decide-${r.applicationId}`}>
            {t('office.meeting.decide')}
          </Button>
        ) : null,
    },
  ];
  return (
    <Card
      title={
        <span>
          {s.code} <Typography.Text type="secondary">{pick(s.name, s.nameEn)}</Typography.Text>
        </span>
      }
      data-testid={`meeting-station-${s.code}`}
    >
      <Flex wrap gap={32} style={{ marginBottom: 16 }}>
        <Statistic title={t('office.meeting.userShifts')} value={s.userShifts} />
        <Statistic title={t('office.meeting.otherRoutes')} value={s.otherRoutes} />
        <Statistic title={t('office.meeting.available')} value={s.available} />
        <Statistic title={t('office.meeting.requested')} value={s.requested} />
        <Statistic
          title={t('office.meeting.oversubscription')}
          value={s.oversubscription === null ? '—' : `${s.oversubscription.toFixed(2)}×`}
          styles={{ content: { color: s.oversubscription !== null && s.oversubscription > 1 ? '#cf1322' : undefined } }}
        />
        <Statistic title={t('office.meeting.cutoffGrade')} value={grade(s.cutoffGrade)} />
        <Statistic title={t('office.meeting.awarded')} value={s.awarded} />
      </Flex>
      <Table<MeetingRow>
        rowKey="applicationId"
        size="small"
        dataSource={s.rows}
        pagination={false}
        scroll={{ x: 900 }}
        // the cutoff line: a dashed rule under the last proposal that fits; rows below it greyed
        columns={columns.map((c) => ({
          ...c,
          onCell: (r: MeetingRow) => ({
            style: {
              ...(r.rank === s.cutoffRank ? { borderBottom: '2px dashed #cf1322' } : {}),
              ...(!r.fits && !r.decision ? { color: 'rgba(0,0,0,0.45)' } : {}),
            },
          }),
        }))}
        onRow={(r) => ({ 'data-testid': r.rank === s.cutoffRank ? `cutoff-${s.code}` : undefined, title: !r.fits ? t('office.meeting.belowCutoff') : undefined }) as React.HTMLAttributes<HTMLElement>}
        data-testid={`meeting-table-${s.code}`}
      />
    </Card>
  );
}

function DecisionModal({ meeting, row, onClose, onDone }: { meeting: Meeting; row: MeetingRow | null; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <FormModal open={row !== null} title={row ? t('office.meeting.decideTitle', { title: row.title || row.number || '' }) : ''} onClose={onClose}>
      {row && <DecisionForm key={row.applicationId} multiple={meeting.cycle.awardMultiple} row={row} onClose={onClose} onDone={onDone} />}
    </FormModal>
  );
}

type DecisionValues = { outcome: Outcome; note: string; shifts: Record<string, number> };

/** The decision on one proposal: outcome, shifts per requested station in the cycle's multiples, a note for the letter. */
function DecisionForm({ multiple, row, onClose, onDone }: { multiple: number; row: MeetingRow; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const initial = useMemo<DecisionValues>(() => ({ outcome: 'awarded', note: '', shifts: Object.fromEntries(row.stations.map((s) => [s.stationId, s.requested - (s.requested % multiple)])) }), [row, multiple]);
  const [form] = Form.useForm<DecisionValues>();
  const outcome = Form.useWatch('outcome', form) ?? initial.outcome;
  const submit = async (v: DecisionValues) => {
    setBusy(true);
    setError(null);
    try {
      const shifts = Object.fromEntries(Object.entries(v.shifts ?? {}).filter(([, n]) => n > 0));
      await api.decide(row.applicationId, { outcome: v.outcome, award: v.outcome === 'rejected' ? {} : { shifts }, ...(v.note?.trim() ? { note: v.note.trim() } : {}) });
      message.success(t('office.meeting.decided'));
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} data-testid="decision-form">
      <Form.Item name="outcome" label={t('office.meeting.outcome')}>
        <Radio.Group optionType="button" options={(['awarded', 'partial', 'rejected'] as const).map((o) => ({ value: o, label: t(`office.outcome.${o}`) }))} data-testid="decision-outcome" />
      </Form.Item>
      {outcome !== 'rejected' && (
        <>
          <Typography.Paragraph type="secondary">{t('office.meeting.multipleHint', { multiple })}</Typography.Paragraph>
          {row.stations.map((s) => (
            <Form.Item
              key={s.stationId}
              name={['shifts', s.stationId]}
              label={t('office.meeting.shiftsFor', { station: s.stationCode, requested: s.requested })}
              rules={[{ validator: async (_, v: number | null) => (v === null || v === undefined || v % multiple === 0 ? undefined : Promise.reject(new Error(t('office.meeting.multipleHint', { multiple })))) }]}
            >
              <InputNumber min={0} max={s.requested} step={multiple} precision={0} data-testid={`decision-shifts-${s.stationCode}`} />
            </Form.Item>
          ))}
        </>
      )}
      <Form.Item name="note" label={t('office.meeting.note')}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <ErrorAlert error={error} />
      <ModalActions busy={busy} onCancel={onClose} submitLabel={t('office.meeting.submit')} testId="decision-submit" danger={outcome === 'rejected'} />
    </Form>
  );
}
