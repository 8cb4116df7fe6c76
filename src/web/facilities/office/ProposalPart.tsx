// The beamtime part of a proposal (stations and shifts, samples and hazards, dates, safety
// declaration) inside the calls screens: a form on the applicant's draft, a read-only summary for
// everyone else (with the feasibility reviews for staff and the team's earlier work for reviewers
// and staff), and the approval of rapid-access, in-house and proprietary proposals.
import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, DatePicker, Descriptions, Empty, Flex, Form, Input, InputNumber, Radio, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useAsync } from '../../components/hooks.ts';
import { ErrorAlert, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatFen } from '../../ledger/money.ts';
import PriorWork from '../experiments/PriorWork.tsx';
import * as api from './api.ts';
import type { BeamtimeProposal, Hazard, ProposalInput } from './api.ts';
import { HAZARD_LIST, HazardTags, OutcomeTag, RouteTag, VerdictTag } from './parts.tsx';

/** The props every desk part takes (the same shape as calls/deskParts.tsx's DeskPartProps). */
interface Props {
  applicationId: string;
  editable: boolean;
  viewer: 'applicant' | 'reviewer' | 'staff';
}

type Sample = ProposalInput['samples'][number];
type Request = ProposalInput['requests'][number];
type Range = { from: string; to: string };

export default function ProposalPart({ applicationId, editable, viewer }: Props) {
  const state = useAsync((signal) => api.proposal(applicationId, signal), [applicationId]);
  if (state.loading && !state.data) return <LoadingBlock rows={6} />;
  if (!state.data) return <ErrorAlert error={state.error} onRetry={state.reload} />;
  const p = state.data;
  return (
    <div data-testid="beamtime-part">
      {editable && p.can.edit ? (
        <ProposalForm key={p.applicationId} proposal={p} onSaved={(next) => state.setData(next)} />
      ) : (
        <ProposalSummary proposal={p} viewer={viewer} onChanged={state.reload} />
      )}
      {viewer !== 'applicant' && (
        <div style={{ marginTop: 16 }}>
          <PriorWork applicationId={applicationId} />
        </div>
      )}
    </div>
  );
}

function useStations(facilityId: string) {
  const { pick } = useI18n();
  const facility = useAsync((signal) => api.facility(facilityId, signal), [facilityId]);
  const byId = useMemo(() => {
    const m = new Map<string, { code: string; name: string; instrument: string }>();
    for (const ins of facility.data?.instruments ?? []) for (const s of ins.stations) m.set(s.id, { code: s.code, name: pick(s.name, s.nameEn), instrument: ins.code });
    return m;
  }, [facility.data, pick]);
  // grouped by beamline for the searchable picker
  const options = useMemo(
    () =>
      (facility.data?.instruments ?? []).map((ins) => ({
        label: `${ins.code} · ${pick(ins.name, ins.nameEn)}`,
        title: ins.code,
        options: ins.stations.map((s) => ({ value: s.id, label: `${s.code} · ${pick(s.name, s.nameEn)}`, search: `${ins.code} ${s.code} ${s.name} ${s.nameEn} ${s.techniques.join(' ')}`.toLowerCase() })),
      })),
    [facility.data, pick],
  );
  return { byId, options, loading: facility.loading, error: facility.error };
}

const toInput = (p: BeamtimeProposal): ProposalInput => ({
  route: p.route,
  requests: p.requests.map((r) => ({ stationId: r.stationId, shifts: r.shifts, environmentId: r.environmentId, ...(r.note ? { note: r.note } : {}) })),
  samples: p.samples,
  preferredDates: p.preferredDates,
  impossibleDates: p.impossibleDates,
  safetyDeclaration: p.safetyDeclaredAt !== null,
});

function ProposalForm({ proposal, onSaved }: { proposal: BeamtimeProposal; onSaved: (p: BeamtimeProposal) => void }) {
  const { t, pick, dateTime } = useI18n();
  const { message } = App.useApp();
  const [input, setInput] = useState<ProposalInput>(() => toInput(proposal));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [cleared, setCleared] = useState(false);
  const stations = useStations(proposal.facilityId);
  const c = proposal.cycle;
  const multiple = c.awardMultiple;
  const set = (patch: Partial<ProposalInput>) => setInput((prev) => ({ ...prev, ...patch }));
  const setRequest = (i: number, patch: Partial<Request>) => set({ requests: input.requests.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const setSample = (i: number, patch: Partial<Sample>) => set({ samples: input.samples.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const total = input.requests.reduce((n, r) => n + (r.shifts || 0), 0);
  // Unlike the questionnaire this part is saved with its button: say when something is not saved yet.
  const dirty = useMemo(() => JSON.stringify(input) !== JSON.stringify(toInput(proposal)), [input, proposal]);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const next = await api.saveProposal(proposal.applicationId, input);
      setCleared(input.safetyDeclaration && next.safetyDeclaredAt === null);
      setInput(toInput(next));
      onSaved(next);
      message.success(t('office.part.saved'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const requestColumns: TableColumnsType<Request & { key: number }> = [
    {
      title: t('office.part.station'),
      key: 'station',
      render: (_, r) => {
        const s = stations.byId.get(r.stationId);
        return s ? (
          <Space orientation="vertical" size={0}>
            <Typography.Text strong>{s.code}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {s.name}
            </Typography.Text>
          </Space>
        ) : (
          r.stationId
        );
      },
    },
    {
      title: t('office.part.shifts'),
      key: 'shifts',
      width: 110,
      render: (_, r) => (
        <InputNumber
          min={multiple}
          max={200}
          step={multiple}
          precision={0}
          value={r.shifts}
          onChange={(v) => setRequest(r.key, { shifts: v ?? multiple })}
          aria-label={t('office.part.shifts')}
          data-testid={`request-shifts-${r.key}`}
        />
      ),
    },
    {
      title: t('office.part.environment'),
      key: 'env',
      width: 200,
      render: (_, r) => (
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('office.part.noEnvironment')}
          value={r.environmentId ?? undefined}
          onChange={(v?: string) => setRequest(r.key, { environmentId: v ?? null })}
          options={proposal.environments.filter((e) => e.stationIds.includes(r.stationId)).map((e) => ({ value: e.id, label: `${e.code} · ${pick(e.name, e.nameEn)}` }))}
          aria-label={t('office.part.environment')}
          data-testid={`request-env-${r.key}`}
        />
      ),
    },
    {
      title: t('office.part.note'),
      key: 'note',
      render: (_, r) => <Input maxLength={1000} value={r.note ?? ''} onChange={(e) => setRequest(r.key, { note: e.target.value })} aria-label={t('office.part.note')} />,
    },
    {
      key: 'remove',
      width: 48,
      render: (_, r) => (
        <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('office.part.remove')} onClick={() => set({ requests: input.requests.filter((_, j) => j !== r.key) })} />
      ),
    },
  ];

  const sampleColumns: TableColumnsType<Sample & { key: number }> = [
    {
      title: t('office.part.sampleName'),
      key: 'name',
      render: (_, s) => <Input maxLength={200} value={s.name} onChange={(e) => setSample(s.key, { name: e.target.value })} aria-label={t('office.part.sampleName')} data-testid={`sample-name-${s.key}`} />,
    },
    { title: t('office.part.formula'), key: 'formula', width: 130, render: (_, s) => <Input maxLength={200} value={s.formula ?? ''} onChange={(e) => setSample(s.key, { formula: e.target.value || undefined })} aria-label={t('office.part.formula')} /> },
    { title: t('office.part.form'), key: 'form', width: 110, render: (_, s) => <Input maxLength={100} value={s.form ?? ''} onChange={(e) => setSample(s.key, { form: e.target.value || undefined })} aria-label={t('office.part.form')} /> },
    { title: t('office.part.quantity'), key: 'quantity', width: 100, render: (_, s) => <Input maxLength={100} value={s.quantity ?? ''} onChange={(e) => setSample(s.key, { quantity: e.target.value || undefined })} aria-label={t('office.part.quantity')} /> },
    {
      title: t('office.part.hazards'),
      key: 'hazards',
      width: 260,
      render: (_, s) => (
        <Select<Hazard[]>
          mode="multiple"
          style={{ width: '100%' }}
          value={s.hazards}
          onChange={(v) => setSample(s.key, { hazards: v.length > 1 ? v.filter((h) => h !== 'none') : v })}
          options={HAZARD_LIST.map((h) => ({ value: h, label: t(`office.hazard.${h}`) }))}
          aria-label={t('office.part.hazards')}
          data-testid={`sample-hazards-${s.key}`}
        />
      ),
    },
    {
      key: 'remove',
      width: 48,
      render: (_, s) => <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('office.part.remove')} onClick={() => set({ samples: input.samples.filter((_, j) => j !== s.key) })} />,
    },
  ];

  const chosen = new Set(input.requests.map((r) => r.stationId));
  return (
    <Card title={t('office.part.title')} extra={<RouteTag route={proposal.route} />} data-testid="beamtime-form">
      <Form layout="vertical" onFinish={save} component="div">
        <Typography.Paragraph type="secondary">
          {t('office.part.cycle')}: {t('office.part.cycleSpan', { name: pick(c.name, c.nameEn), from: c.firstDate, to: c.lastDate })}
        </Typography.Paragraph>
        {proposal.route === 'rapid' && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('office.part.rapidHint')} />}
        {proposal.mailIn && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('office.part.mailIn')} />}

        <Typography.Title level={5}>{t('office.part.stations')}</Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
          {t('office.part.stationsHelp', { hours: c.shiftHours, multiple })}
        </Typography.Paragraph>
        <Select
          showSearch={{ filterOption: (q, o) => ('search' in (o ?? {}) ? String((o as { search?: string }).search).includes(q.toLowerCase()) : false) }}
          style={{ width: '100%', maxWidth: 520, marginBottom: 12 }}
          placeholder={t('office.part.addStation')}
          value={null}
          loading={stations.loading}
          options={stations.options.map((g) => ({ ...g, options: g.options.filter((o) => !chosen.has(o.value)) }))}
          onChange={(v: string | null) => v && set({ requests: [...input.requests, { stationId: v, shifts: Math.max(multiple, 3 - (3 % multiple)) }] })}
          aria-label={t('office.part.addStation')}
          data-testid="station-picker"
        />
        <Table
          size="small"
          rowKey="key"
          columns={requestColumns}
          dataSource={input.requests.map((r, key) => ({ ...r, key }))}
          pagination={false}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('office.part.noStations')} /> }}
          footer={input.requests.length ? () => t('office.part.totalShifts', { n: total }) : undefined}
          scroll={{ x: 720 }}
          data-testid="requests-table"
        />

        <Flex justify="space-between" align="center" style={{ marginTop: 24 }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('office.part.samples')}
          </Typography.Title>
          <Button icon={<PlusOutlined />} onClick={() => set({ samples: [...input.samples, { name: '', hazards: ['none'] }] })} data-testid="sample-add">
            {t('office.part.addSample')}
          </Button>
        </Flex>
        <Table
          size="small"
          rowKey="key"
          style={{ marginTop: 8 }}
          columns={sampleColumns}
          dataSource={input.samples.map((s, key) => ({ ...s, key }))}
          pagination={false}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('office.part.noSamples')} /> }}
          scroll={{ x: 820 }}
          data-testid="samples-table"
        />

        <Typography.Paragraph type="secondary" style={{ marginTop: 24, marginBottom: 8 }}>
          {t('office.part.datesHelp', { from: c.firstDate, to: c.lastDate })}
        </Typography.Paragraph>
        <Flex wrap gap={24}>
          <RangesEditor label={t('office.part.preferred')} value={input.preferredDates} onChange={(v) => set({ preferredDates: v })} first={c.firstDate} last={c.lastDate} testId="preferred" />
          <RangesEditor label={t('office.part.impossible')} value={input.impossibleDates} onChange={(v) => set({ impossibleDates: v })} first={c.firstDate} last={c.lastDate} testId="impossible" />
        </Flex>

        <Typography.Title level={5} style={{ marginTop: 24 }}>
          {t('office.part.safety')}
        </Typography.Title>
        {cleared && <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('office.part.safetyCleared')} />}
        <Checkbox checked={input.safetyDeclaration} onChange={(e) => set({ safetyDeclaration: e.target.checked })} data-testid="safety-declaration">
          {t('office.part.safetyText')}
        </Checkbox>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {proposal.safetyDeclaredAt ? t('office.part.safetyDeclared', { at: dateTime(proposal.safetyDeclaredAt) }) : t('office.part.safetyMissing')}
          </Typography.Text>
        </div>

        <ErrorAlert error={error} style={{ marginTop: 16 }} />
        <Flex justify="flex-end" align="center" gap={12} style={{ marginTop: 16 }}>
          {dirty && (
            <Typography.Text type="warning" data-testid="beamtime-unsaved">
              {t('office.part.unsaved')}
            </Typography.Text>
          )}
          <Button type="primary" loading={busy} onClick={save} data-testid="beamtime-save">
            {t('office.part.save')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}

/** A list of date ranges, each picked inside the cycle. */
function RangesEditor({ label, value, onChange, first, last, testId }: { label: string; value: Range[]; onChange: (v: Range[]) => void; first: string; last: string; testId: string }) {
  const { t } = useI18n();
  const lo = dayjs(first);
  const hi = dayjs(last);
  const outside = (d: Dayjs) => d.isBefore(lo, 'day') || d.isAfter(hi, 'day');
  return (
    <div style={{ minWidth: 300 }} data-testid={`${testId}-dates`}>
      <Typography.Text strong>{label}</Typography.Text>
      <Space orientation="vertical" style={{ display: 'flex', marginTop: 8 }}>
        {value.map((r, i) => (
          <Space key={i}>
            <DatePicker.RangePicker
              value={[dayjs(r.from), dayjs(r.to)]}
              disabledDate={outside}
              defaultPickerValue={[lo, lo]}
              allowClear={false}
              onChange={(v) => {
                if (v?.[0] && v[1]) onChange(value.map((x, j) => (j === i ? { from: v[0]!.format('YYYY-MM-DD'), to: v[1]!.format('YYYY-MM-DD') } : x)));
              }}
              aria-label={label}
            />
            <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('office.part.remove')} onClick={() => onChange(value.filter((_, j) => j !== i))} />
          </Space>
        ))}
        <Button size="small" icon={<PlusOutlined />} onClick={() => onChange([...value, { from: first, to: first }])} data-testid={`${testId}-add`}>
          {t('office.part.addRange')}
        </Button>
      </Space>
    </div>
  );
}

function ProposalSummary({ proposal: p, viewer, onChanged }: { proposal: BeamtimeProposal; viewer: Props['viewer']; onChanged: () => void }) {
  const { t, pick, dateTime, number } = useI18n();
  const envName = (id: string | null) => {
    const e = id ? p.environments.find((x) => x.id === id) : undefined;
    return e ? `${e.code} · ${pick(e.name, e.nameEn)}` : '—';
  };
  const stationCode = (id: string) => p.requests.find((r) => r.stationId === id)?.stationCode ?? id;
  const ranges = (rs: Range[]) => (rs.length ? rs.map((r) => (r.from === r.to ? r.from : `${r.from} – ${r.to}`)).join('，') : t('office.part.noRanges'));
  return (
    <Card title={t('office.part.title')} extra={<RouteTag route={p.route} />} data-testid="beamtime-summary">
      {!p.saved ? (
        <Typography.Paragraph type="secondary">{t('office.part.notSaved')}</Typography.Paragraph>
      ) : (
        <>
          {p.mailIn && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('office.part.mailIn')} data-testid="mail-in-flag" />}
          <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('office.part.cycle')}>{t('office.part.cycleSpan', { name: pick(p.cycle.name, p.cycle.nameEn), from: p.cycle.firstDate, to: p.cycle.lastDate })}</Descriptions.Item>
            <Descriptions.Item label={t('office.part.safety')}>
              {p.safetyDeclaredAt ? t('office.part.safetyDeclared', { at: dateTime(p.safetyDeclaredAt) }) : t('office.part.safetyMissing')}
            </Descriptions.Item>
            <Descriptions.Item label={t('office.part.preferred')}>{ranges(p.preferredDates)}</Descriptions.Item>
            <Descriptions.Item label={t('office.part.impossible')}>{ranges(p.impossibleDates)}</Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            rowKey="stationId"
            pagination={false}
            dataSource={p.requests}
            columns={[
              { title: t('office.part.station'), key: 's', render: (_, r) => `${r.stationCode} · ${pick(r.stationName, r.stationNameEn)}` },
              { title: t('office.part.shifts'), dataIndex: 'shifts', width: 90, align: 'right' },
              { title: t('office.part.environment'), key: 'e', render: (_, r) => envName(r.environmentId) },
              { title: t('office.part.note'), key: 'n', render: (_, r) => r.note ?? '' },
            ]}
            data-testid="summary-requests"
          />
          <Table
            size="small"
            rowKey={(s) => s.name}
            style={{ marginTop: 16 }}
            pagination={false}
            dataSource={p.samples}
            columns={[
              { title: t('office.part.sampleName'), dataIndex: 'name' },
              { title: t('office.part.formula'), key: 'f', render: (_, s) => s.formula ?? '' },
              { title: t('office.part.form'), key: 'fo', render: (_, s) => s.form ?? '' },
              { title: t('office.part.quantity'), key: 'q', render: (_, s) => s.quantity ?? '' },
              { title: t('office.part.hazards'), key: 'h', render: (_, s) => <HazardTags hazards={s.hazards} /> },
            ]}
            data-testid="summary-samples"
          />
        </>
      )}
      {viewer === 'staff' && p.saved && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('office.part.feasibility')}
          </Typography.Title>
          <Table
            size="small"
            rowKey="stationId"
            pagination={false}
            dataSource={p.feasibility}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('office.part.noFeasibility')} /> }}
            columns={[
              { title: t('office.part.station'), key: 's', render: (_, f) => stationCode(f.stationId) },
              { title: t('office.feas.verdict'), key: 'v', render: (_, f) => <VerdictTag verdict={f.verdict} /> },
              { title: t('office.part.shiftsNeeded'), dataIndex: 'shiftsNeeded', width: 110, align: 'right' },
              { title: t('office.part.scientist'), key: 'p', render: (_, f) => f.scientistName ?? '—' },
              { title: t('office.feas.comments'), key: 'c', render: (_, f) => f.comments ?? '' },
            ]}
            data-testid="summary-feasibility"
          />
        </>
      )}
      {p.awards.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('office.part.awards')}
          </Typography.Title>
          <Space wrap>
            {p.awards.map((a) => (
              <OutcomeTag key={a.stationId} outcome="awarded" shifts={a.shifts} />
            ))}
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {p.awards.map((a) => `${stationCode(a.stationId)}: ${number(a.shifts)}${a.rank ? ` (${t('office.part.rank')} ${a.rank})` : ''}`).join('；')}
          </Typography.Paragraph>
        </>
      )}
      {p.can.approve && <ApproveForm proposal={p} onDone={onChanged} />}
    </Card>
  );
}

/** Approval of a rapid-access, in-house or proprietary proposal by its station scientist or the user office. */
function ApproveForm({ proposal: p, onDone }: { proposal: BeamtimeProposal; onDone: () => void }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [outcome, setOutcome] = useState<'awarded' | 'partial' | 'rejected'>('awarded');
  const [shifts, setShifts] = useState<Record<string, number>>(() => Object.fromEntries(p.requests.map((r) => [r.stationId, r.shifts])));
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await api.approve(p.applicationId, { outcome, shifts: outcome === 'rejected' ? {} : shifts, ...(note.trim() ? { note: note.trim() } : {}) });
      message.success(r.chargedFen ? t('office.approve.charged', { amount: formatFen(r.chargedFen, locale) }) : t('office.approve.done'));
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ marginTop: 24, paddingTop: 16, borderTop: '1px solid rgba(5,5,5,0.06)' }} data-testid="approve-form">
      <Typography.Title level={5}>{t('office.approve.title')}</Typography.Title>
      <Radio.Group value={outcome} onChange={(e) => setOutcome(e.target.value)} optionType="button" options={(['awarded', 'partial', 'rejected'] as const).map((o) => ({ value: o, label: t(`office.outcome.${o}`) }))} />
      {outcome !== 'rejected' && (
        <Space wrap style={{ marginTop: 12 }}>
          {p.requests.map((r) => (
            <Space key={r.stationId}>
              <span>{t('office.meeting.shiftsFor', { station: r.stationCode, requested: r.shifts })}</span>
              <InputNumber min={0} max={r.shifts} step={p.cycle.awardMultiple} precision={0} value={shifts[r.stationId]} onChange={(v) => setShifts((s) => ({ ...s, [r.stationId]: v ?? 0 }))} data-testid={`approve-shifts-${r.stationCode}`} />
            </Space>
          ))}
        </Space>
      )}
      <Input.TextArea style={{ marginTop: 12 }} rows={2} maxLength={5000} placeholder={t('office.meeting.note')} value={note} onChange={(e) => setNote(e.target.value)} aria-label={t('office.meeting.note')} />
      <ErrorAlert error={error} style={{ marginTop: 12 }} />
      <Flex justify="flex-end" style={{ marginTop: 12 }}>
        <Button type="primary" danger={outcome === 'rejected'} loading={busy} onClick={submit} data-testid="approve-submit">
          {t('office.approve.submit')}
        </Button>
      </Flex>
    </div>
  );
}
