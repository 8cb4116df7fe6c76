// One experiment: its station, dates and status steps; tabs for the team and its visits, the
// safety of the samples, the run (start, end, lost time), the logbook, the end-of-experiment
// report and the outcomes. What each viewer may do comes with the experiment (`can`).
import { useState } from 'react';
import { App, Breadcrumb, Button, DatePicker, Descriptions, Empty, Flex, Form, Input, InputNumber, List, Popconfirm, Radio, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router';
import { FormModal, ModalActions, PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { EmptyState, ErrorAlert, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import * as api from './api.ts';
import type { ExperimentDetail, Outcome, OutcomeInput } from './api.ts';
import { ExperimentStatusTag, ExperimentSteps, HazardTag, OutcomeList, Span } from './parts.tsx';

type Setter = (d: ExperimentDetail) => void;

/** Runs a write, shows its error inline, and hands the answer on. */
function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async <T,>(fn: () => Promise<T>, done: (r: T) => void) => {
    setBusy(true);
    setError(null);
    try {
      done(await fn());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, clear: () => setError(null) };
}

// ── team and visits ───────────────────────────────────────────────────────────────────────

function VisitForm({ d, onDone }: { d: ExperimentDetail; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const a = useAction();
  const [form] = Form.useForm<{ personId: string; dates: [Dayjs, Dayjs] }>();
  const others = d.team.filter((m) => m.personId && m.status === 'accepted');
  const from = dayjs(d.visitWindow.from);
  const to = dayjs(d.visitWindow.to);
  const submit = (v: { personId?: string; dates: [Dayjs, Dayjs] }) =>
    a.run(
      () => api.registerVisit(d.id, { ...(v.personId && v.personId !== 'me' ? { personId: v.personId } : {}), arrivesOn: v.dates[0].format('YYYY-MM-DD'), leavesOn: v.dates[1].format('YYYY-MM-DD') }),
      () => {
        void message.success(t('experiments.visits.done'));
        form.resetFields();
        onDone();
      },
    );
  return (
    <>
      <ErrorAlert error={a.error} />
      <Form form={form} layout="inline" onFinish={(v) => void submit(v)} initialValues={{ personId: 'me' }} data-testid="visit-form" style={{ rowGap: 8 }}>
        {d.can.registerOthers && (
          <Form.Item name="personId" label={t('experiments.visits.person')}>
            <Select
              style={{ width: 200 }}
              options={[{ value: 'me', label: t('experiments.visits.me') }, ...others.filter((m) => m.role === 'co').map((m) => ({ value: m.personId!, label: m.name ?? m.email }))]}
              data-testid="visit-person"
            />
          </Form.Item>
        )}
        <Form.Item name="dates" label={t('experiments.visits.dates')} rules={[{ required: true }]}>
          <DatePicker.RangePicker
            disabledDate={(day) => day.isBefore(from, 'day') || day.isAfter(to, 'day')}
            defaultPickerValue={[from, from]}
            placeholder={[t('experiments.visits.arrives'), t('experiments.visits.leaves')]}
            data-testid="visit-dates"
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={a.busy} data-testid="visit-submit">
            {t('experiments.visits.register')}
          </Button>
        </Form.Item>
      </Form>
    </>
  );
}

function TeamTab({ d, reload }: { d: ExperimentDetail; reload: () => void }) {
  const { t, dateTime } = useI18n();
  const { message } = App.useApp();
  const a = useAction();
  return (
    <Space orientation="vertical" size={24} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={5}>{t('experiments.team.title')}</Typography.Title>
        <List
          size="small"
          bordered
          dataSource={d.team}
          data-testid="team-list"
          renderItem={(m) => (
            <List.Item>
              <Space>
                <Typography.Text strong>{m.name ?? m.email}</Typography.Text>
                <Typography.Text type="secondary">{m.email}</Typography.Text>
              </Space>
              <Space>
                <Tag color={m.role === 'pi' ? 'gold' : 'default'}>{t(m.role === 'pi' ? 'experiments.team.pi' : 'experiments.team.co')}</Tag>
                {m.status !== 'accepted' && <Tag>{t(m.status === 'invited' ? 'experiments.team.invited' : 'experiments.team.declined')}</Tag>}
              </Space>
            </List.Item>
          )}
        />
      </div>
      <div>
        <Typography.Title level={5}>{t('experiments.visits.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('experiments.visits.window', { from: d.visitWindow.from, to: d.visitWindow.to })}</Typography.Paragraph>
        <ErrorAlert error={a.error} />
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={d.visits}
          locale={{ emptyText: <EmptyState description={t('experiments.visits.empty')} /> }}
          data-testid="visits-table"
          columns={[
            { title: t('experiments.visits.person'), key: 'name', render: (_, v) => v.name ?? v.personId },
            { title: t('experiments.visits.arrives'), dataIndex: 'arrivesOn', width: 130 },
            { title: t('experiments.visits.leaves'), dataIndex: 'leavesOn', width: 130 },
            {
              title: t('common.status'),
              key: 'status',
              width: 130,
              render: (_, v) => <Tag color={v.status === 'approved' ? 'green' : v.status === 'cancelled' ? 'red' : 'blue'}>{t(`experiments.visit.${v.status}`)}</Tag>,
            },
            { title: t('common.createdAt'), key: 'created', width: 170, render: (_, v) => dateTime(v.createdAt) },
            ...(d.can.approveVisits
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 110,
                    render: (_: unknown, v: api.Visit) =>
                      v.status === 'registered' && (
                        <Button
                          size="small"
                          loading={a.busy}
                          onClick={() =>
                            void a.run(
                              () => api.approveVisit(d.id, v.id),
                              () => {
                                void message.success(t('experiments.visits.approved'));
                                reload();
                              },
                            )
                          }
                          data-testid={`visit-approve-${v.id}`}
                        >
                          {t('experiments.visits.approve')}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
        {d.can.registerVisit && (
          <div style={{ marginTop: 16 }}>
            <VisitForm d={d} onDone={reload} />
          </div>
        )}
      </div>
    </Space>
  );
}

// ── safety ────────────────────────────────────────────────────────────────────────────────

function SafetyTab({ d, set }: { d: ExperimentDetail; set: Setter }) {
  const { t, dateTime } = useI18n();
  const { message } = App.useApp();
  const a = useAction();
  const s = d.safety;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <ErrorAlert error={a.error} />
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('experiments.safety.hazards')}>
          {s.hazards.length === 0 ? <Typography.Text type="secondary">{t('experiments.safety.noHazards')}</Typography.Text> : s.hazards.map((h) => <HazardTag key={h} hazard={h} />)}
        </Descriptions.Item>
        <Descriptions.Item label={t('experiments.step.safety')}>
          {s.approvedBy ? (
            <Typography.Text type="success" data-testid="safety-approved">
              {t('experiments.safety.approvedBy', { who: s.approvedByName ?? s.approvedBy, at: dateTime(d.safetyApprovedAt) })}
            </Typography.Text>
          ) : (
            <Typography.Text type="warning">{t('experiments.safety.pending')}</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('experiments.tab.safety')}>
          {s.declaredAt ? (
            t('experiments.safety.declared', { who: s.declaredBy ?? '', at: dateTime(s.declaredAt) })
          ) : (
            <Typography.Text type="danger">{t('experiments.safety.notDeclared')}</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
      <Table
        rowKey={(_, i) => String(i)}
        size="small"
        pagination={false}
        dataSource={s.samples}
        title={() => <Typography.Text strong>{t('experiments.safety.samples')}</Typography.Text>}
        data-testid="samples-table"
        columns={[
          { title: t('experiments.sample.name'), dataIndex: 'name' },
          { title: t('experiments.sample.formula'), dataIndex: 'formula', width: 140 },
          { title: t('experiments.sample.form'), dataIndex: 'form', width: 120 },
          { title: t('experiments.sample.quantity'), dataIndex: 'quantity', width: 120 },
          { title: t('experiments.safety.hazards'), key: 'hazards', render: (_, x) => x.hazards.map((h) => <HazardTag key={h} hazard={h} />) },
        ]}
      />
      {d.can.approveSafety && (
        <Popconfirm
          title={t('experiments.safety.confirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            a.run(
              () => api.approveSafety(d.id),
              (r) => {
                void message.success(t('experiments.safety.done'));
                set(r);
              },
            )
          }
        >
          <Button type="primary" loading={a.busy} data-testid="safety-approve">
            {t('experiments.safety.approve')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}

// ── run ───────────────────────────────────────────────────────────────────────────────────

function EndModal({ d, open, onClose, set }: { d: ExperimentDetail; open: boolean; onClose: () => void; set: Setter }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const a = useAction();
  return (
    <FormModal open={open} title={t('experiments.run.end')} onClose={onClose}>
      <ErrorAlert error={a.error} />
      <Form
        layout="vertical"
        initialValues={{ lostHours: 0 }}
        requiredMark={false}
        data-testid="end-form"
        onFinish={(v: { lostHours: number; lostReason?: string }) =>
          void a.run(
            () => api.end(d.id, { lostHours: v.lostHours ?? 0, ...(v.lostReason?.trim() ? { lostReason: v.lostReason.trim() } : {}) }),
            (r) => {
              void message.success(t('experiments.run.endedDone'));
              set(r);
              onClose();
            },
          )
        }
      >
        <Form.Item name="lostHours" label={t('experiments.run.lostHours')} rules={[{ required: true, type: 'number', min: 0 }]}>
          <InputNumber min={0} step={0.5} style={{ width: 160 }} data-testid="end-lost-hours" />
        </Form.Item>
        <Form.Item
          name="lostReason"
          label={t('experiments.run.lostReason')}
          dependencies={['lostHours']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, v?: string) => (Number(getFieldValue('lostHours')) > 0 && !v?.trim() ? Promise.reject(new Error(t('experiments.run.reasonNeeded'))) : Promise.resolve()),
            }),
            { max: 2000 },
          ]}
        >
          <Input.TextArea rows={3} data-testid="end-lost-reason" />
        </Form.Item>
        <ModalActions busy={a.busy} onCancel={onClose} submitLabel={t('experiments.run.end')} testId="end-submit" />
      </Form>
    </FormModal>
  );
}

function CancelModal({ d, open, onClose, set }: { d: ExperimentDetail; open: boolean; onClose: () => void; set: Setter }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const a = useAction();
  return (
    <FormModal open={open} title={t('experiments.run.cancel')} onClose={onClose}>
      <ErrorAlert error={a.error} />
      <Form
        layout="vertical"
        requiredMark={false}
        data-testid="cancel-form"
        onFinish={(v: { reason: string }) =>
          void a.run(
            () => api.cancel(d.id, v.reason.trim()),
            (r) => {
              void message.success(t('experiments.run.cancelledDone'));
              set(r);
              onClose();
            },
          )
        }
      >
        <Form.Item name="reason" label={t('experiments.run.cancelReason')} rules={[{ required: true, whitespace: true }, { max: 2000 }]}>
          <Input.TextArea rows={3} data-testid="cancel-reason" />
        </Form.Item>
        <ModalActions busy={a.busy} onCancel={onClose} submitLabel={t('experiments.run.cancel')} testId="cancel-submit" danger />
      </Form>
    </FormModal>
  );
}

function RunTab({ d, set }: { d: ExperimentDetail; set: Setter }) {
  const { t, dateTime } = useI18n();
  const { message } = App.useApp();
  const a = useAction();
  const [ending, setEnding] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <ErrorAlert error={a.error} />
      <Descriptions size="small" column={1} bordered data-testid="run-facts">
        <Descriptions.Item label={t('experiments.run.scheduled')}>
          <Span from={d.scheduledStart} to={d.scheduledEnd} timeZone={d.timeZone} />
        </Descriptions.Item>
        <Descriptions.Item label={t('experiments.run.started')}>{d.startedAt ? dateTime(d.startedAt) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('experiments.run.ended')}>{d.endedAt ? dateTime(d.endedAt) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('experiments.run.lost')}>
          {d.endedAt ? (d.lostHours > 0 ? t('experiments.run.lostValue', { hours: d.lostHours, reason: d.lostReason ?? '' }) : t('experiments.run.noLoss')) : '—'}
        </Descriptions.Item>
      </Descriptions>
      {d.status === 'scheduled' && (d.can.approveSafety || d.viewer === 'scientist' || d.viewer === 'office') && <Typography.Text type="secondary">{t('experiments.run.startHint')}</Typography.Text>}
      <Space wrap>
        {d.can.start && (
          <Button
            type="primary"
            loading={a.busy}
            onClick={() =>
              void a.run(
                () => api.start(d.id),
                (r) => {
                  void message.success(t('experiments.run.startedDone'));
                  set(r);
                },
              )
            }
            data-testid="experiment-start"
          >
            {t('experiments.run.start')}
          </Button>
        )}
        {d.can.end && (
          <Button type="primary" onClick={() => setEnding(true)} data-testid="experiment-end">
            {t('experiments.run.end')}
          </Button>
        )}
        {d.can.cancel && (
          <Button danger onClick={() => setCancelling(true)} data-testid="experiment-cancel">
            {t('experiments.run.cancel')}
          </Button>
        )}
      </Space>
      {d.can.end && <EndModal d={d} open={ending} onClose={() => setEnding(false)} set={set} />}
      {d.can.cancel && <CancelModal d={d} open={cancelling} onClose={() => setCancelling(false)} set={set} />}
    </Space>
  );
}

// ── logbook ───────────────────────────────────────────────────────────────────────────────

function LogbookTab({ d, reload }: { d: ExperimentDetail; reload: () => void }) {
  const { t, dateTime } = useI18n();
  const { message } = App.useApp();
  const a = useAction();
  const [text, setText] = useState('');
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {d.logbook.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('experiments.log.empty')} />
      ) : (
        <List
          size="small"
          dataSource={d.logbook}
          data-testid="logbook-list"
          footer={d.logbook.length >= 500 ? <Typography.Text type="secondary">{t('experiments.log.partial', { shown: d.logbook.length })}</Typography.Text> : undefined}
          renderItem={(e) => (
            <List.Item>
              <div style={{ width: '100%' }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {dateTime(e.at)} · {e.authorName ?? e.authorId}
                </Typography.Text>
                <div style={{ whiteSpace: 'pre-wrap' }}>{e.body}</div>
              </div>
            </List.Item>
          )}
        />
      )}
      {d.can.log && (
        <div>
          <ErrorAlert error={a.error} />
          <Input.TextArea rows={3} maxLength={10000} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('experiments.log.placeholder')} data-testid="logbook-text" />
          <Flex justify="flex-end" style={{ marginTop: 8 }}>
            <Button
              type="primary"
              disabled={!text.trim()}
              loading={a.busy}
              onClick={() =>
                void a.run(
                  () => api.addLogbookEntry(d.id, text),
                  () => {
                    void message.success(t('experiments.log.added'));
                    setText('');
                    reload();
                  },
                )
              }
              data-testid="logbook-add"
            >
              {t('experiments.log.add')}
            </Button>
          </Flex>
        </div>
      )}
    </Space>
  );
}

// ── report ────────────────────────────────────────────────────────────────────────────────

function ReportTab({ d, set }: { d: ExperimentDetail; set: Setter }) {
  const { t, dateTime } = useI18n();
  const { message } = App.useApp();
  const a = useAction();
  const [text, setText] = useState(d.report ?? '');
  if (!d.can.report) {
    return d.report ? (
      <div>
        <Typography.Text type="secondary">{t('experiments.report.submittedAt', { at: dateTime(d.reportSubmittedAt) })}</Typography.Text>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }} data-testid="report-text">
          {d.report}
        </Typography.Paragraph>
      </div>
    ) : (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={d.status === 'finished' ? t('experiments.report.none') : t('experiments.report.notYet')} />
    );
  }
  return (
    <div>
      <ErrorAlert error={a.error} />
      {d.reportSubmittedAt && <Typography.Text type="secondary">{t('experiments.report.submittedAt', { at: dateTime(d.reportSubmittedAt) })}</Typography.Text>}
      <Input.TextArea
        rows={12}
        maxLength={100000}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('experiments.report.placeholder')}
        style={{ marginTop: 8 }}
        data-testid="report-editor"
      />
      <Flex justify="flex-end" style={{ marginTop: 8 }}>
        <Button
          type="primary"
          disabled={!text.trim() || text === d.report}
          loading={a.busy}
          onClick={() =>
            void a.run(
              () => api.writeReport(d.id, text),
              (r) => {
                void message.success(t('experiments.report.saved'));
                set(r);
              },
            )
          }
          data-testid="report-save"
        >
          {t('experiments.report.save')}
        </Button>
      </Flex>
    </div>
  );
}

// ── outcomes ──────────────────────────────────────────────────────────────────────────────

const DOI_RE = /^(https?:\/\/)?(dx\.)?(doi\.org\/)?(doi:\s*)?10\.\d{4,9}\/\S+$/i;

function OutcomeForm({ d, onDone }: { d: ExperimentDetail; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const a = useAction();
  const [form] = Form.useForm();
  const kind = (Form.useWatch('kind', form) as 'publication' | 'patent' | undefined) ?? 'publication';
  const submit = (v: { kind: 'publication' | 'patent'; doi?: string; patentNumber?: string; title: string; venue?: string; year?: number }) => {
    const common = { title: v.title.trim(), experimentId: d.id, ...(v.year ? { year: v.year } : {}) };
    const body: OutcomeInput =
      v.kind === 'publication' ? { kind: 'publication', doi: v.doi!.trim(), ...common, ...(v.venue?.trim() ? { venue: v.venue.trim() } : {}) } : { kind: 'patent', patentNumber: v.patentNumber!.trim(), ...common };
    return a.run(
      () => api.addOutcome(d.applicationId, body),
      () => {
        void message.success(t('experiments.outcomes.added'));
        form.resetFields();
        onDone();
      },
    );
  };
  return (
    <div className="pj-panel" style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{t('experiments.outcomes.add')}</Typography.Title>
      <ErrorAlert error={a.error} />
      <Form form={form} layout="vertical" initialValues={{ kind: 'publication' }} requiredMark={false} onFinish={(v) => void submit(v)} data-testid="outcome-form">
        <Form.Item name="kind" label={t('experiments.outcomes.kind')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'publication', label: t('experiments.outcomes.publication') },
              { value: 'patent', label: t('experiments.outcomes.patent') },
            ]}
            data-testid="outcome-kind"
          />
        </Form.Item>
        {kind === 'publication' ? (
          <Form.Item
            name="doi"
            label={t('experiments.outcomes.doi')}
            extra={t('experiments.outcomes.doiHint')}
            rules={[{ required: true, whitespace: true }, { pattern: DOI_RE, message: t('experiments.outcomes.doiInvalid') }]}
          >
            <Input data-testid="outcome-doi" />
          </Form.Item>
        ) : (
          <Form.Item name="patentNumber" label={t('experiments.outcomes.patentNumber')} rules={[{ required: true, whitespace: true }, { max: 60 }]}>
            <Input placeholder="CN115000000A" data-testid="outcome-patent" />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('experiments.outcomes.titleLabel')} rules={[{ required: true, whitespace: true }, { max: 1000 }]}>
          <Input data-testid="outcome-title" />
        </Form.Item>
        <Flex gap={16} wrap>
          {kind === 'publication' && (
            <Form.Item name="venue" label={t('experiments.outcomes.venue')} rules={[{ max: 500 }]} style={{ flex: '1 1 260px' }}>
              <Input data-testid="outcome-venue" />
            </Form.Item>
          )}
          <Form.Item name="year" label={t('experiments.outcomes.year')}>
            <InputNumber min={1900} max={2200} style={{ width: 120 }} data-testid="outcome-year" />
          </Form.Item>
        </Flex>
        <Button type="primary" htmlType="submit" loading={a.busy} data-testid="outcome-submit">
          {t('experiments.outcomes.add')}
        </Button>
      </Form>
    </div>
  );
}

function OutcomesTab({ d, reload }: { d: ExperimentDetail; reload: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const a = useAction();
  const me = useSession().session?.person.id;
  // the server decides too: whoever recorded the outcome, or the user office
  const canDelete = (o: Outcome) => d.viewer === 'office' || o.createdBy === me;
  return (
    <div>
      <ErrorAlert error={a.error} />
      {d.outcomes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('experiments.outcomes.empty')} />
      ) : (
        <OutcomeList
          outcomes={d.outcomes}
          actions={(o) =>
            canDelete(o) && (
              <Popconfirm
                title={t('experiments.outcomes.deleteConfirm')}
                okText={t('common.delete')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() =>
                  a.run(
                    () => api.deleteOutcome(o.id),
                    () => {
                      void message.success(t('experiments.outcomes.deleted'));
                      reload();
                    },
                  )
                }
              >
                <Button size="small" danger type="text" data-testid={`outcome-delete-${o.id}`}>
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            )
          }
        />
      )}
      {d.can.addOutcome && <OutcomeForm d={d} onDone={reload} />}
    </div>
  );
}

// ── the page ──────────────────────────────────────────────────────────────────────────────

export default function ExperimentPage() {
  const { id = '' } = useParams();
  const { t, pick } = useI18n();
  const { data, error, loading, reload, setData } = useAsync((signal) => api.experiment(id, signal), [id]);
  const [tab, setTab] = useState('team');
  if (loading && !data) return <LoadingBlock rows={10} />;
  if (error != null || !data) return <ErrorResult error={error} onRetry={reload} />;
  const d = data;
  const set: Setter = (r) => setData(r);
  return (
    <div data-testid="experiment-page">
      <Breadcrumb style={{ marginBottom: 16 }} items={[{ title: <Link to="/facilities/experiments">{t('experiments.title')}</Link> }, { title: d.applicationNumber ?? d.id }]} />
      <PageHeader
        title={d.title || d.applicationNumber || d.id}
        subtitle={
          <Space wrap size={[12, 4]}>
            <span>
              <Typography.Text strong>{d.stationCode}</Typography.Text> {pick(d.stationName, d.stationNameEn)}
            </span>
            <span>{d.cycleCode}</span>
            <Span from={d.scheduledStart} to={d.scheduledEnd} timeZone={d.timeZone} />
            <Link to={`/applications/${encodeURIComponent(d.applicationId)}`} data-testid="experiment-proposal-link">
              {t('experiments.viewProposal')}
            </Link>
          </Space>
        }
        extra={<ExperimentStatusTag status={d.status} />}
      />
      <div className="pj-panel" style={{ marginBottom: 16 }}>
        <ExperimentSteps status={d.status} reported={d.reportSubmittedAt !== null} />
      </div>
      <div className="pj-panel">
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'team', label: <span data-testid="tab-team">{t('experiments.tab.team')}</span>, children: <TeamTab d={d} reload={reload} /> },
            { key: 'safety', label: <span data-testid="tab-safety">{t('experiments.tab.safety')}</span>, children: <SafetyTab d={d} set={set} /> },
            { key: 'run', label: <span data-testid="tab-run">{t('experiments.tab.run')}</span>, children: <RunTab d={d} set={set} /> },
            { key: 'logbook', label: <span data-testid="tab-logbook">{t('experiments.tab.logbook')} ({d.logbook.length})</span>, children: <LogbookTab d={d} reload={reload} /> },
            { key: 'report', label: <span data-testid="tab-report">{t('experiments.tab.report')}</span>, children: <ReportTab key={d.reportSubmittedAt ?? 'none'} d={d} set={set} /> },
            { key: 'outcomes', label: <span data-testid="tab-outcomes">{t('experiments.tab.outcomes')} ({d.outcomes.length})</span>, children: <OutcomesTab d={d} reload={reload} /> },
          ]}
        />
      </div>
    </div>
  );
}
