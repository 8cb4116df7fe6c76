// The station scientist's feasibility queue: requests of submitted proposals on their stations
// (the user office sees every station), judged in a drawer.
import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Flex, Form, Input, InputNumber, Radio, Segmented, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { LoadMore, PageHeader } from '../../components/common.tsx';
import { useAsync, usePaged } from '../../components/hooks.ts';
import { EmptyState, ErrorAlert, ListStates } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import * as api from './api.ts';
import { cycles as listCycles } from '../schedule/api.ts';
import type { FeasibilityItem } from './api.ts';
import { HazardTags, RouteTag, VerdictTag, type Verdict } from './parts.tsx';

type QueueState = 'pending' | 'done' | 'all';
const STATES: QueueState[] = ['pending', 'done', 'all'];

export default function FeasibilityPage() {
  const { id = '' } = useParams();
  const { t, pick, date } = useI18n();
  const [params, setParams] = useSearchParams();
  const state: QueueState = STATES.find((s) => s === params.get('state')) ?? 'pending';
  const [judging, setJudging] = useState<FeasibilityItem | null>(null);
  const cycleId = params.get('cycle') ?? undefined;
  const facility = useAsync((signal) => api.facility(id, signal), [id]);
  const cycleList = useAsync((signal) => listCycles(id, signal), [id]);
  const list = usePaged((cursor, signal) => api.feasibilityQueue(id, { state, cursor, limit: 50, ...(cycleId ? { cycleId } : {}) }, signal), [id, state, cycleId]);
  const setQuery = (next: { state?: QueueState; cycle?: string }) => {
    const q: Record<string, string> = {};
    const st = 'state' in next ? next.state : state;
    const cy = 'cycle' in next ? next.cycle : cycleId;
    if (st && st !== 'pending') q.state = st;
    if (cy) q.cycle = cy;
    setParams(q, { replace: true });
  };

  const columns: TableColumnsType<FeasibilityItem> = [
    {
      title: t('office.feas.proposal'),
      key: 'proposal',
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/applications/${encodeURIComponent(r.applicationId)}`}>{r.title || r.number || r.applicationId}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.number ?? ''} · {date(r.submittedAt)}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('office.feas.pi'), key: 'pi', width: 110, render: (_, r) => r.piName ?? '—' },
    { title: t('office.meeting.station'), key: 'station', width: 130, render: (_, r) => <span title={pick(r.stationName, r.stationNameEn)}>{r.stationCode}</span> },
    { title: t('office.feas.requested'), dataIndex: 'shifts', width: 90, align: 'right' },
    {
      title: t('office.part.route'),
      key: 'route',
      width: 100,
      render: (_, r) => <RouteTag route={r.route} />,
    },
    { title: t('office.part.hazards'), key: 'hazards', width: 160, render: (_, r) => <HazardTags hazards={r.hazards} /> },
    { title: t('office.feas.result'), key: 'result', width: 120, render: (_, r) => (r.review ? <VerdictTag verdict={r.review.verdict} shifts={r.review.shiftsNeeded} /> : <Tag>{t('office.feas.state.pending')}</Tag>) },
    {
      key: 'action',
      width: 90,
      render: (_, r) => (
        <Button size="small" type={r.review ? 'default' : 'primary'} onClick={() => setJudging(r)} data-testid={`judge-${r.applicationId}-${r.stationCode}`}>
          {r.review ? t('office.feas.rejudge') : t('office.feas.judge')}
        </Button>
      ),
    },
  ];

  return (
    <div data-testid="feasibility-page">
      <PageHeader title={facility.data ? `${t('office.feas.title')} · ${pick(facility.data.name, facility.data.nameEn)}` : t('office.feas.title')} subtitle={t('office.feas.intro')} />
      <div className="pj-panel">
        <Flex style={{ marginBottom: 16 }} gap={12} wrap>
          <Segmented<QueueState>
            value={state}
            options={STATES.map((s) => ({ value: s, label: t(`office.feas.state.${s}`) }))}
            onChange={(v) => setQuery({ state: v })}
            data-testid="feasibility-state"
          />
          <Select
            allowClear
            style={{ minWidth: 240 }}
            placeholder={t('office.feas.allCycles')}
            aria-label={t('office.feas.allCycles')}
            value={cycleId}
            onChange={(v?: string) => setQuery({ cycle: v })}
            options={(cycleList.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.code} · ${pick(c.name, c.nameEn)}` }))}
            data-testid="feasibility-cycle"
          />
        </Flex>
        <ListStates list={list}>
          <Table<FeasibilityItem>
            rowKey={(r) => `${r.applicationId}|${r.stationId}`}
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            scroll={{ x: 1100 }}
            locale={{ emptyText: <EmptyState description={t('office.feas.empty')} /> }}
            data-testid="feasibility-table"
          />
          <LoadMore list={list} testId="feasibility-more" />
        </ListStates>
      </div>
      <JudgeDrawer
        item={judging}
        onClose={() => setJudging(null)}
        onSaved={() => {
          setJudging(null);
          list.reload();
        }}
      />
    </div>
  );
}

function JudgeDrawer({ item, onClose, onSaved }: { item: FeasibilityItem | null; onClose: () => void; onSaved: () => void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<{ verdict: Verdict; shiftsNeeded: number; comments?: string }>();
  const submit = async (v: { verdict: Verdict; shiftsNeeded: number; comments?: string }) => {
    if (!item) return;
    setBusy(true);
    setError(null);
    try {
      await api.judge(item.applicationId, item.stationId, { verdict: v.verdict, shiftsNeeded: v.shiftsNeeded, ...(v.comments?.trim() ? { comments: v.comments.trim() } : {}) });
      message.success(t('office.feas.saved'));
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Drawer
      open={item !== null}
      onClose={onClose}
      size={520}
      destroyOnHidden
      title={item ? t('office.feas.drawerTitle', { station: item.stationCode }) : ''}
    >
      {item && (
        <>
          <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('office.feas.proposal')}>
              <Link to={`/applications/${encodeURIComponent(item.applicationId)}`}>{item.title || item.number}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('office.feas.pi')}>{item.piName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('office.meeting.station')}>
              {item.stationCode} · {pick(item.stationName, item.stationNameEn)}
            </Descriptions.Item>
            <Descriptions.Item label={t('office.feas.requested')}>{item.shifts}</Descriptions.Item>
            <Descriptions.Item label={t('office.part.route')}>
              <RouteTag route={item.route} />
            </Descriptions.Item>
            <Descriptions.Item label={t('office.part.hazards')}>
              <HazardTags hazards={item.hazards} />
            </Descriptions.Item>
          </Descriptions>
          {/* The form starts from the item's review as it mounts, so nothing typed is overwritten later. */}
          <Form
            key={`${item.applicationId}:${item.stationId}`}
            form={form}
            layout="vertical"
            initialValues={{ verdict: item.review?.verdict ?? 'feasible', shiftsNeeded: item.review?.shiftsNeeded ?? item.shifts, comments: item.review?.comments ?? '' }}
            onFinish={submit}
            data-testid="judge-form"
          >
            <Form.Item name="verdict" label={t('office.feas.verdict')} rules={[{ required: true }]}>
              <Radio.Group optionType="button" options={(['feasible', 'partly', 'not_feasible'] as const).map((v) => ({ value: v, label: t(`office.verdict.${v}`) }))} />
            </Form.Item>
            <Form.Item name="shiftsNeeded" label={t('office.part.shiftsNeeded')} rules={[{ required: true }]}>
              <InputNumber min={0} max={200} precision={0} data-testid="judge-shifts" />
            </Form.Item>
            <Form.Item name="comments" label={t('office.feas.comments')}>
              <Input.TextArea rows={5} maxLength={5000} showCount />
            </Form.Item>
            <ErrorAlert error={error} />
            <Flex justify="flex-end" gap={8}>
              <Button onClick={onClose} disabled={busy}>
                {t('common.cancel')}
              </Button>
              <Button type="primary" htmlType="submit" loading={busy} data-testid="judge-submit">
                {t('office.feas.submit')}
              </Button>
            </Flex>
          </Form>
        </>
      )}
    </Drawer>
  );
}
