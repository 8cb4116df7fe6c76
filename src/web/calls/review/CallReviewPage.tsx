// The review board of a call (its user office and director): applications put on panels, a grid
// of applications × panel members with each member's load, where empty cells are picked for bulk
// assignment and conflicts of interest show as refused; automatic assignment with its report;
// grades; and the generic decision dialog (desks with their own decision screen set the award there;
// the compute desk's award is the allocation's hours, concurrency, months and weight).
import { useMemo, useState } from 'react';
import { Alert, App, Breadcrumb, Button, Card, Checkbox, Col, Flex, Form, Input, InputNumber, List, Modal, Popconfirm, Radio, Row, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { CloseOutlined, ThunderboltOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { FormModal, ModalActions, PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { EmptyState, ErrorAlert, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { ApplicationStatusTag } from '../parts.tsx';
import * as api from './api.ts';
import type { AutoAssignResult, BoardApplication, PanelMember, ReviewBoard } from './api.ts';
import { GradeTag, MeanGrade, useConflictText } from './parts.tsx';

/** Desks that set the award on their own screen (the beamtime panel meeting): here only outcome and note. */
const DESKS_WITH_OWN_AWARD = new Set(['facilities']);
const LIVE = new Set(['submitted', 'in_review']);
/**
 * The compute desk's award (its afterDecision hook reads these keys, with the same bounds): an
 * empty field grants what the application asked for, and the weight defaults to 1.
 */
const COMPUTE_AWARD = [
  { key: 'gpuHoursPerMonth', label: 'review.decision.compute.hours', testId: 'decision-compute-hours', min: 0, max: 10_000_000 },
  { key: 'maxConcurrentGpus', label: 'review.decision.compute.concurrency', testId: 'decision-compute-concurrency', min: 0, max: 100_000 },
  { key: 'months', label: 'review.decision.compute.months', testId: 'decision-compute-months', min: 1, max: 60 },
  { key: 'weight', label: 'review.decision.compute.weight', testId: 'decision-compute-weight', min: 1, max: 1000 },
] as const;
type ComputeAwardKey = (typeof COMPUTE_AWARD)[number]['key'];
type DecisionValues = { note?: string; amount?: number | null } & Partial<Record<ComputeAwardKey, number | null>>;
const pairKey = (applicationId: string, personId: string) => `${applicationId}|${personId}`;

function AppCell({ a }: { a: BoardApplication }) {
  return (
    <Space orientation="vertical" size={0} style={{ maxWidth: 280 }}>
      <Typography.Text ellipsis={{ tooltip: a.title }} strong>
        {a.title || '—'}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {a.number ? <Typography.Text code>{a.number}</Typography.Text> : null} {a.piName}
      </Typography.Text>
      {a.keywords.length > 0 && (
        <span>
          {a.keywords.slice(0, 4).map((k) => (
            <Tag key={k} style={{ fontSize: 11, marginTop: 2 }}>
              {k}
            </Tag>
          ))}
        </span>
      )}
    </Space>
  );
}

/** The compute award's fields, each with what the application asked for beside it. */
function ComputeAwardFields({ applicationId, outcome }: { applicationId: string; outcome: 'awarded' | 'partial' }) {
  const { t, number } = useI18n();
  const part = useAsync((signal) => api.computePart(applicationId, signal), [applicationId]);
  const asked = (key: ComputeAwardKey): string => {
    if (key === 'weight') return t('review.decision.compute.weightDefault');
    const v = part.data?.[key];
    return t('review.decision.compute.asked', { n: v === null || v === undefined ? '…' : number(v) });
  };
  return (
    <>
      <Typography.Paragraph type="secondary" data-testid="decision-compute-help">
        {t('review.decision.compute.help')}
        {outcome === 'partial' && (
          <>
            <br />
            {t('review.decision.compute.partial', { outcome: t('review.outcome.partial') })}
          </>
        )}
      </Typography.Paragraph>
      <ErrorAlert error={part.error} onRetry={part.reload} />
      <Row gutter={12}>
        {COMPUTE_AWARD.map((f) => (
          <Col xs={24} sm={12} key={f.key}>
            <Form.Item
              name={f.key}
              label={t(f.label)}
              extra={<span data-testid={`${f.testId}-asked`}>{asked(f.key)}</span>}
              rules={[{ type: 'integer', min: f.min, max: f.max, message: t('review.decision.compute.range', { min: f.min, max: f.max }) }]}
            >
              <InputNumber min={f.min} max={f.max} precision={0} placeholder={t('review.decision.compute.asRequested')} style={{ width: '100%' }} data-testid={f.testId} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </>
  );
}

function DecisionModal({ board, app, onClose, onDone }: { board: ReviewBoard; app: BoardApplication | null; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<'awarded' | 'partial' | 'rejected'>('rejected');
  const ownAward = DESKS_WITH_OWN_AWARD.has(board.call.desk);
  const compute = board.call.desk === 'compute';
  /** What the award says: nothing on a rejection or for desks with their own screen; the compute fields given; else the amount. */
  const awardOf = (v: DecisionValues): Record<string, number> => {
    if (ownAward || outcome === 'rejected') return {};
    if (!compute) return typeof v.amount === 'number' ? { amount: v.amount } : {};
    const award: Record<string, number> = {};
    for (const f of COMPUTE_AWARD) {
      const given = v[f.key];
      if (typeof given === 'number') award[f.key] = given;
    }
    return award;
  };
  const submit = async (v: DecisionValues) => {
    if (!app) return;
    setBusy(true);
    setError(null);
    try {
      const note = v.note?.trim();
      const award = awardOf(v);
      await api.decide(app.id, { outcome, award, ...(note ? { note } : {}) });
      void message.success(t('review.decision.done'));
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormModal open={app !== null} title={t('review.decision.title')} onClose={onClose}>
      {app && (
        <Typography.Paragraph>
          <Typography.Text strong>{app.title}</Typography.Text> {app.number && <Typography.Text code>{app.number}</Typography.Text>}
          <br />
          {t('review.board.grade')}: <MeanGrade mean={app.grade} count={app.gradeCount} />
        </Typography.Paragraph>
      )}
      {ownAward && <Alert type="info" showIcon title={t('review.decision.deskNote')} style={{ marginBottom: 12 }} />}
      <ErrorAlert error={error} />
      <Form layout="vertical" requiredMark={false} onFinish={(v: DecisionValues) => void submit(v)} data-testid="decision-form">
        <Form.Item label={t('review.decision.outcome')}>
          <Radio.Group
            value={outcome}
            onChange={(e) => setOutcome(e.target.value as typeof outcome)}
            optionType="button"
            options={(['awarded', 'partial', 'rejected'] as const).map((o) => ({ value: o, label: <span data-testid={`decision-outcome-${o}`}>{t(`review.outcome.${o}`)}</span> }))}
          />
        </Form.Item>
        {app && compute && outcome !== 'rejected' && <ComputeAwardFields applicationId={app.id} outcome={outcome} />}
        {!ownAward && !compute && outcome !== 'rejected' && (
          <Form.Item name="amount" label={t('review.decision.amount', { unit: board.call.awardUnit })} rules={[{ required: true, type: 'number', min: 0 }]}>
            <InputNumber min={0} style={{ width: 200 }} data-testid="decision-amount" />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('review.decision.note')} rules={[{ max: 5000 }]}>
          <Input.TextArea rows={3} maxLength={5000} data-testid="decision-note" />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('review.decision.letter')}
        </Typography.Paragraph>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('review.decision.submit')} testId="decision-submit" />
      </Form>
    </FormModal>
  );
}

function AutoReport({ report, board, onClose }: { report: AutoAssignResult | null; board: ReviewBoard; onClose: () => void }) {
  const { t } = useI18n();
  const titles = new Map(board.applications.map((a) => [a.id, a.title]));
  return (
    <Modal open={report !== null} title={t('review.board.autoReport')} onCancel={onClose} onOk={onClose} cancelButtonProps={{ style: { display: 'none' } }} destroyOnHidden>
      {report && (
        <div data-testid="auto-report">
          <Typography.Paragraph>{t('review.board.autoDone', { n: report.assigned.length })}</Typography.Paragraph>
          {report.unfilled.length === 0 ? (
            <Alert type="success" showIcon title={t('review.board.allFilled')} />
          ) : (
            <>
              <Typography.Text strong>{t('review.board.unfilled')}</Typography.Text>
              <List
                size="small"
                dataSource={report.unfilled}
                data-testid="auto-unfilled"
                renderItem={(u) => (
                  <List.Item>
                    <Space wrap>
                      {u.number && <Typography.Text code>{u.number}</Typography.Text>}
                      <span>{titles.get(u.applicationId) ?? u.applicationId}</span>
                      <Tag color="orange">{u.reason === 'no_panel' ? t('review.board.unfilled.no_panel') : t('review.board.unfilled.not_enough_reviewers', { n: u.missing })}</Tag>
                    </Space>
                  </List.Item>
                )}
              />
            </>
          )}
        </div>
      )}
    </Modal>
  );
}

/** Applications on no panel, to be put on one of the organization's panels. */
function Unpanelled({ board, apps, extraColumns, onDone }: { board: ReviewBoard; apps: BoardApplication[]; extraColumns: TableColumnsType<BoardApplication>; onDone: () => void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [selected, setSelected] = useState<string[]>([]);
  const [panelId, setPanelId] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const panels = useAsync((signal) => api.panels({ ownerOrgId: board.call.ownerOrgId }, signal), [board.call.ownerOrgId]);
  const attach = async () => {
    if (!panelId || selected.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const r = await api.attachApplications(panelId, selected);
      void message.success(t('review.board.attached', { n: r.attached }));
      setSelected([]);
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const columns: TableColumnsType<BoardApplication> = [
    { title: t('review.board.application'), key: 'app', render: (_, a) => <AppCell a={a} /> },
    { title: t('common.status'), key: 'status', width: 110, render: (_, a) => <ApplicationStatusTag status={a.status} /> },
    ...extraColumns,
  ];
  return (
    <Card title={t('review.board.noPanel')} size="small" data-testid="board-unpanelled">
      <ErrorAlert error={error ?? panels.error} />
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select
          placeholder={t('review.board.attachTo')}
          value={panelId}
          onChange={setPanelId}
          loading={panels.loading}
          style={{ width: 280 }}
          options={(panels.data?.items ?? []).filter((p) => p.canManage).map((p) => ({ value: p.id, label: pick(p.name, p.nameEn) }))}
          data-testid="board-attach-panel"
        />
        <Button type="primary" disabled={!panelId || selected.length === 0} loading={busy} onClick={() => void attach()} data-testid="board-attach">
          {t('review.board.attach')}
        </Button>
        <Link to="/panels">{t('review.panels.title')}</Link>
      </Flex>
      <Table<BoardApplication>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={apps}
        pagination={false}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]), getCheckboxProps: (a) => ({ disabled: a.status === 'withdrawn' || a.status === 'decided' }) }}
        data-testid="board-unpanelled-table"
      />
    </Card>
  );
}

export default function CallReviewPage() {
  const { id = '' } = useParams();
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const conflictText = useConflictText();
  const board = useAsync((signal) => api.board(id, signal), [id]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState<'assign' | 'auto' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [report, setReport] = useState<AutoAssignResult | null>(null);
  const [deciding, setDeciding] = useState<BoardApplication | null>(null);

  const conflicts = useMemo(() => new Map((board.data?.conflicts ?? []).map((c) => [pairKey(c.applicationId, c.personId), c.reasons])), [board.data]);

  if (board.loading && !board.data) return <LoadingBlock />;
  if (board.error != null) return <ErrorResult error={board.error} onRetry={board.reload} />;
  const b = board.data!;

  const toggle = (k: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(k)) n.delete(k);
      else n.add(k);
      return n;
    });

  const assignSelected = async () => {
    setBusy('assign');
    setError(null);
    try {
      const items = [...selected].map((k) => {
        const [applicationId, reviewerId] = k.split('|') as [string, string];
        return { applicationId, reviewerId };
      });
      const r = await api.assign(b.call.id, items);
      void message.success(t('review.board.assigned', { n: r.items.filter((i) => i.created).length }));
      setSelected(new Set());
      board.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const runAuto = async () => {
    setBusy('auto');
    setError(null);
    try {
      setReport(await api.autoAssign(b.call.id));
      board.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const remove = async (reviewId: string) => {
    setError(null);
    try {
      await api.removeAssignment(reviewId);
      board.reload();
    } catch (e) {
      setError(e);
    }
  };

  const decisionColumn = {
    title: t('review.board.decision'),
    key: 'decision',
    width: 130,
    fixed: 'right' as const,
    render: (_: unknown, a: BoardApplication) =>
      a.decision ? (
        <Tag color={a.decision.outcome === 'rejected' ? 'default' : 'green'}>{t(`review.outcome.${a.decision.outcome}`)}</Tag>
      ) : LIVE.has(a.status) ? (
        <Button size="small" onClick={() => setDeciding(a)} data-testid={`board-decide-${a.id}`}>
          {t('review.board.decide')}
        </Button>
      ) : (
        <ApplicationStatusTag status={a.status} />
      ),
  };
  const gradeColumn = {
    title: t('review.board.grade'),
    key: 'grade',
    width: 130,
    render: (_: unknown, a: BoardApplication) => <MeanGrade mean={a.grade} count={a.gradeCount} />,
  };

  const memberColumn = (m: PanelMember) => ({
    title: (
      <Space orientation="vertical" size={0} style={{ lineHeight: 1.3 }}>
        <Typography.Text strong ellipsis style={{ maxWidth: 120 }}>
          {m.name}
        </Typography.Text>
        <span style={{ fontSize: 11, fontWeight: 400 }}>
          {m.role === 'chair' && <Tag color="purple" style={{ fontSize: 10 }}>{t('review.role.chair')}</Tag>}
          <span data-testid={`board-load-${m.personId}`}>{t('review.board.load', { n: m.load })}</span>
        </span>
        {m.expertise.length > 0 && (
          <Typography.Text type="secondary" ellipsis style={{ fontSize: 11, fontWeight: 400, maxWidth: 120 }}>
            {m.expertise.join(', ')}
          </Typography.Text>
        )}
      </Space>
    ),
    key: m.personId,
    width: 140,
    align: 'center' as const,
    render: (_: unknown, a: BoardApplication) => {
      const k = pairKey(a.id, m.personId);
      const asg = a.assignments.find((x) => x.reviewerId === m.personId);
      const reasons = conflicts.get(k);
      if (asg && asg.status !== 'declined') {
        return (
          <Space size={2} data-testid={`board-cell-${a.id}-${m.personId}`}>
            {asg.status === 'submitted' && asg.grade !== null ? <GradeTag grade={asg.grade} /> : <Tag color="blue">{t('review.state.to_do')}</Tag>}
            {asg.status === 'assigned' && LIVE.has(a.status) && (
              <Popconfirm title={t('review.board.removeConfirm', { name: m.name })} onConfirm={() => void remove(asg.id)}>
                <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('review.board.remove')} />
              </Popconfirm>
            )}
          </Space>
        );
      }
      if (reasons) {
        return (
          <Tooltip title={conflictText(reasons)}>
            <Tag color="red" data-testid={`board-conflict-${a.id}-${m.personId}`}>
              {t('review.board.refused')}
            </Tag>
          </Tooltip>
        );
      }
      if (asg) return <Tag>{t('review.state.declined')}</Tag>;
      if (!LIVE.has(a.status) || !b.call.panelStage) return <Typography.Text type="secondary">—</Typography.Text>;
      return (
        <Checkbox
          checked={selected.has(k)}
          onChange={() => toggle(k)}
          aria-label={t('review.board.assignCell', { name: m.name })}
          data-testid={`board-pick-${a.id}-${m.personId}`}
        />
      );
    },
  });

  const unpanelled = b.applications.filter((a) => !a.panelId);
  return (
    <div data-testid="call-review-page">
      <Breadcrumb
        style={{ marginBottom: 16 }}
        items={[{ title: <Link to={`/calls/${encodeURIComponent(b.call.id)}`}>{pick(b.call.title, b.call.titleEn)}</Link> }, { title: t('review.board.title') }]}
      />
      <PageHeader
        title={t('review.board.title')}
        subtitle={
          <>
            {pick(b.call.title, b.call.titleEn)}
            {b.call.panelStage && (
              <Typography.Text type="secondary"> · {t('review.board.perApplication', { n: b.call.reviewersPerApplication })}</Typography.Text>
            )}
          </>
        }
        extra={
          b.call.panelStage && (
            <>
              {selected.size > 0 && (
                <Button onClick={() => setSelected(new Set())} data-testid="board-clear">
                  {t('review.board.clearSelection')}
                </Button>
              )}
              <Button
                icon={<UsergroupAddOutlined />}
                disabled={selected.size === 0 || busy !== null}
                loading={busy === 'assign'}
                onClick={() => void assignSelected()}
                data-testid="board-assign"
              >
                {t('review.board.assignSelected', { n: selected.size })}
              </Button>
              <Popconfirm title={t('review.board.autoConfirm', { n: b.call.reviewersPerApplication })} onConfirm={() => void runAuto()}>
                <Button type="primary" icon={<ThunderboltOutlined />} loading={busy === 'auto'} disabled={busy !== null} data-testid="board-auto">
                  {t('review.board.auto')}
                </Button>
              </Popconfirm>
            </>
          )
        }
      />
      <ErrorAlert error={error} />
      {!b.call.panelStage && <Alert type="info" showIcon title={t('review.board.noPanelStage')} style={{ marginBottom: 16 }} />}
      {b.applications.length === 0 ? (
        <div className="pj-panel">
          <EmptyState description={t('review.board.empty')} />
        </div>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {b.call.panelStage && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('review.board.legend')}
            </Typography.Text>
          )}
          {b.panels.map((p) => {
            const apps = b.applications.filter((a) => a.panelId === p.id);
            const columns: TableColumnsType<BoardApplication> = [
              { title: t('review.board.application'), key: 'app', width: 300, fixed: 'left', render: (_, a) => <AppCell a={a} /> },
              { title: t('common.status'), key: 'status', width: 100, render: (_, a) => <ApplicationStatusTag status={a.status} /> },
              ...p.members.map(memberColumn),
              gradeColumn,
              decisionColumn,
            ];
            return (
              <Card
                key={p.id}
                size="small"
                title={<Link to={`/panels/${encodeURIComponent(p.id)}`}>{pick(p.name, p.nameEn)}</Link>}
                data-testid={`board-panel-${p.id}`}
              >
                {p.members.length === 0 && <Alert type="warning" showIcon title={t('review.board.panelMembersEmpty')} style={{ marginBottom: 8 }} />}
                <Table<BoardApplication>
                  rowKey="id"
                  size="small"
                  columns={columns}
                  dataSource={apps}
                  pagination={apps.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
                  scroll={{ x: 300 + 100 + p.members.length * 140 + 130 + 130 }}
                  data-testid={`board-table-${p.id}`}
                />
              </Card>
            );
          })}
          {unpanelled.length > 0 && <Unpanelled board={b} apps={unpanelled} extraColumns={[decisionColumn]} onDone={board.reload} />}
        </Space>
      )}
      <AutoReport report={report} board={b} onClose={() => setReport(null)} />
      <DecisionModal
        board={b}
        app={deciding}
        onClose={() => setDeciding(null)}
        onDone={() => {
          setDeciding(null);
          board.reload();
        }}
      />
    </div>
  );
}
