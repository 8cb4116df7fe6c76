// /compute/allocations: projects' allocations with this month's use. Organization admins request
// one (project, GPU class, GPU-hours per month, concurrency, dates, the voucher that pays the
// subsidy); operators see everyone's, approve with a weight (or other hours and concurrency),
// refuse, revoke, or grant one at once.
import { useState } from 'react';
import { App, Button, Checkbox, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import { ALLOCATION_STATUSES, GPU_CLASSES } from '../../shared/compute.ts';
import { useAsync, usePaged } from '../components/hooks.ts';
import { FormModal, LoadMore, ModalActions, PageHeader } from '../components/common.tsx';
import { EmptyState, ErrorAlert, ListStates } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import { OrgSearchSelect } from '../ledger/market/parts.tsx';
import * as api from './api.ts';
import type { Allocation, AllocationStatus, GpuClass } from './api.ts';
import { AllocationStatusTag, ComputeNav, GpuClassLabel, UsageBar, useMemberships, useMoney } from './parts.tsx';
import { ProjectModal } from './ProjectModal.tsx';

const CPU = 'cpu';
const isStatus = (v: string | null): v is AllocationStatus => v !== null && (ALLOCATION_STATUSES as readonly string[]).includes(v);

interface RequestValues {
  orgId: string;
  projectId: string;
  gpuClass: string;
  gpuHoursPerMonth: number;
  maxConcurrentGpus: number;
  dates: [Dayjs, Dayjs];
  voucherId?: string;
  justification?: string;
  approve?: boolean;
  weight?: number;
}

/** Requests an allocation (organization admins), or grants one at once (operators). */
function RequestModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: (a: Allocation) => void }) {
  const { t, pick, date } = useI18n();
  const money = useMoney();
  const { admins, isOperator } = useMemberships();
  const [form] = Form.useForm<RequestValues>();
  const orgId = Form.useWatch('orgId', form);
  const approve = Form.useWatch('approve', form);
  const gpuClass = Form.useWatch('gpuClass', form);
  const projects = useAsync((signal) => (orgId ? api.computeProjects(orgId, signal) : Promise.resolve({ items: [] })), [orgId]);
  const vouchers = useAsync((signal) => (orgId ? api.orgVouchers(orgId, signal) : Promise.resolve({ items: [] as api.Voucher[], nextCursor: null, total: 0, totalCapped: false })), [orgId]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState(false);
  const submit = async (v: RequestValues) => {
    setBusy(true);
    setError(null);
    try {
      const cls = v.gpuClass === CPU ? null : (v.gpuClass as GpuClass);
      onDone(
        await api.requestAllocation({
          projectId: v.projectId,
          gpuClass: cls,
          gpuHoursPerMonth: cls ? v.gpuHoursPerMonth : 0,
          maxConcurrentGpus: cls ? v.maxConcurrentGpus : 0,
          startsOn: v.dates[0].format('YYYY-MM-DD'),
          endsOn: v.dates[1].format('YYYY-MM-DD'),
          justification: v.justification?.trim() || undefined,
          voucherId: v.voucherId || undefined,
          ...(v.approve ? { approve: true, weight: v.weight ?? 1 } : {}),
        }),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const cpuOnly = gpuClass === CPU;
  return (
    <FormModal open={open} title={isOperator ? t('compute.alloc.requestOrGrantTitle') : t('compute.alloc.requestTitle')} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('compute.alloc.requestHint')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form<RequestValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ orgId: admins[0]?.orgId, gpuClass: 'training', gpuHoursPerMonth: 500, maxConcurrentGpus: 8, weight: 1 }}
        onFinish={(v) => void submit(v)}
        data-testid="allocation-form"
      >
        <Form.Item label={t('compute.org')} name="orgId" rules={[{ required: true, message: t('form.required') }]}>
          {isOperator ? (
            <OrgSearchSelect testId="allocation-org" />
          ) : (
            <Select options={admins.map((m) => ({ value: m.orgId, label: pick(m.orgName, m.orgNameEn) }))} onChange={() => form.setFieldsValue({ projectId: undefined, voucherId: undefined })} data-testid="allocation-org" />
          )}
        </Form.Item>
        <Form.Item label={t('compute.alloc.project')} required>
          <Flex gap={8}>
            <Form.Item name="projectId" noStyle rules={[{ required: true, message: t('form.required') }]}>
              <Select
                loading={projects.loading}
                options={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${pick(p.name, p.nameEn)}` }))}
                notFoundContent={t('compute.alloc.noProjects')}
                style={{ flex: 1 }}
                data-testid="allocation-project"
              />
            </Form.Item>
            {admins.some((m) => m.orgId === orgId) && (
              <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="allocation-new-project">
                {t('compute.projects.new')}
              </Button>
            )}
          </Flex>
        </Form.Item>
        <Row gutter={8}>
          <Col xs={24} md={8}>
            <Form.Item label={t('compute.alloc.class')} name="gpuClass" rules={[{ required: true, message: t('form.required') }]}>
              <Select options={[...GPU_CLASSES, CPU].map((c) => ({ value: c, label: t(`compute.gpuClass.${c as GpuClass | 'cpu'}`) }))} data-testid="allocation-class" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={t('compute.alloc.hoursPerMonth')} name="gpuHoursPerMonth" rules={[{ required: !cpuOnly, message: t('form.required') }]}>
              <InputNumber min={1} max={10_000_000} precision={0} disabled={cpuOnly} style={{ width: '100%' }} data-testid="allocation-hours" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={t('compute.alloc.maxGpus')} name="maxConcurrentGpus" rules={[{ required: !cpuOnly, message: t('form.required') }]}>
              <InputNumber min={1} max={100_000} precision={0} disabled={cpuOnly} style={{ width: '100%' }} data-testid="allocation-max-gpus" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('compute.alloc.dates')} name="dates" rules={[{ required: true, message: t('form.required') }]} extra={t('compute.alloc.datesHint')}>
          <DatePicker.RangePicker style={{ width: '100%' }} data-testid="allocation-dates" />
        </Form.Item>
        <Form.Item label={t('compute.alloc.voucher')} name="voucherId" extra={t('compute.alloc.voucherHint')}>
          <Select
            allowClear
            loading={vouchers.loading}
            options={(vouchers.data?.items ?? []).map((v) => ({ value: v.id, label: t('compute.alloc.voucherOption', { program: pick(v.programName, v.programNameEn), available: money(v.availableFen), expires: date(v.expiresAt) }) }))}
            notFoundContent={t('compute.alloc.noVouchers')}
            data-testid="allocation-voucher"
          />
        </Form.Item>
        <Form.Item label={t('compute.alloc.justification')} name="justification" rules={[{ max: 4000, message: t('form.tooLong', { max: 4000 }) }]}>
          <Input.TextArea rows={3} data-testid="allocation-justification" />
        </Form.Item>
        {isOperator && (
          <Flex gap={16} align="center" wrap>
            <Form.Item name="approve" valuePropName="checked">
              <Checkbox data-testid="allocation-approve">{t('compute.alloc.grantNow')}</Checkbox>
            </Form.Item>
            {approve && (
              <Form.Item label={t('compute.alloc.weight')} name="weight">
                <InputNumber min={1} max={1000} precision={0} data-testid="allocation-weight" />
              </Form.Item>
            )}
          </Flex>
        )}
        <ModalActions busy={busy} onCancel={onClose} submitLabel={approve ? t('compute.alloc.grant') : t('compute.alloc.request')} testId="allocation-submit" />
      </Form>
      <ProjectModal
        open={adding}
        onClose={() => setAdding(false)}
        onDone={(p) => {
          setAdding(false);
          projects.reload();
          form.setFieldsValue({ orgId: p.orgId, projectId: p.id });
        }}
      />
    </FormModal>
  );
}

type Decision = { allocation: Allocation; kind: 'approve' | 'refuse' | 'revoke' };

/** An operator's decision: approve (weight, hours, concurrency), refuse or revoke, with a note. */
function DecideModal({ decision, onClose, onDone }: { decision: Decision | null; onClose: () => void; onDone: (a: Allocation) => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!decision) return null;
  const { allocation: a, kind } = decision;
  const submit = async (v: { weight?: number; gpuHoursPerMonth?: number; maxConcurrentGpus?: number; note?: string }) => {
    setBusy(true);
    setError(null);
    try {
      const note = v.note?.trim() || undefined;
      if (kind === 'revoke') onDone(await api.revokeAllocation(a.id, note ?? ''));
      else if (kind === 'refuse') onDone(await api.decideAllocation(a.id, { approve: false, note }));
      else onDone(await api.decideAllocation(a.id, { approve: true, weight: v.weight, gpuHoursPerMonth: v.gpuHoursPerMonth, maxConcurrentGpus: v.maxConcurrentGpus, note }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormModal open title={t(`compute.alloc.${kind}Title`, { project: a.projectCode })} onClose={onClose}>
      <ErrorAlert error={error} />
      <Form layout="vertical" requiredMark={false} initialValues={{ weight: a.weight, gpuHoursPerMonth: a.gpuHoursPerMonth, maxConcurrentGpus: a.maxConcurrentGpus }} onFinish={(v) => void submit(v)} data-testid="allocation-decide-form">
        {kind === 'approve' && (
          <Row gutter={8}>
            <Col span={8}>
              <Form.Item label={t('compute.alloc.weight')} name="weight" extra={t('compute.alloc.weightHint')}>
                <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} data-testid="decide-weight" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label={t('compute.alloc.hoursPerMonth')} name="gpuHoursPerMonth">
                <InputNumber min={0} max={10_000_000} precision={0} style={{ width: '100%' }} data-testid="decide-hours" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label={t('compute.alloc.maxGpus')} name="maxConcurrentGpus">
                <InputNumber min={0} max={100_000} precision={0} style={{ width: '100%' }} data-testid="decide-max-gpus" />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item
          label={kind === 'revoke' ? t('compute.alloc.reason') : t('compute.alloc.note')}
          name="note"
          rules={[{ required: kind === 'revoke', whitespace: true, message: t('form.required') }, { max: 2000, message: t('form.tooLong', { max: 2000 }) }]}
        >
          <Input.TextArea rows={3} data-testid="decide-note" />
        </Form.Item>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t(`compute.alloc.${kind}`)} danger={kind !== 'approve'} testId="decide-submit" />
      </Form>
    </FormModal>
  );
}

export default function AllocationsPage() {
  const { t, pick, number } = useI18n();
  const { message } = App.useApp();
  const { list: memberships, admins, isOperator } = useMemberships();
  const [params, setParams] = useSearchParams();
  const status = isStatus(params.get('status')) ? (params.get('status') as AllocationStatus) : undefined;
  const orgId = params.get('org') ?? undefined;
  const list = usePaged((cursor, signal) => api.allocations({ limit: 50, ...(status ? { status } : {}), ...(orgId ? { orgId } : {}), ...(cursor ? { cursor } : {}) }, signal), [status, orgId]);
  const [requesting, setRequesting] = useState(false);
  const [decision, setDecision] = useState<Decision | null>(null);
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const replace = (a: Allocation) => list.setItems((items) => items.map((x) => (x.id === a.id ? a : x)));
  const columns: TableColumnsType<Allocation> = [
    {
      title: t('compute.alloc.project'),
      key: 'project',
      width: 200,
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{a.projectCode}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {pick(a.projectName, a.projectNameEn)}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('compute.org'), key: 'org', width: 200, render: (_, a) => pick(a.orgName, a.orgNameEn) },
    { title: t('compute.alloc.class'), key: 'class', render: (_, a) => <GpuClassLabel gpuClass={a.gpuClass} /> },
    {
      title: t('compute.alloc.useThisMonth'),
      key: 'use',
      render: (_, a) =>
        a.gpuClass === null ? (
          '—'
        ) : (
          <UsageBar used={a.use.gpuHoursUsed} total={a.gpuHoursPerMonth} width={100} label={t('compute.alloc.hoursUsed', { used: number(a.use.gpuHoursUsed), total: number(a.gpuHoursPerMonth) })} testId={`allocation-use-${a.id}`} />
        ),
    },
    { title: t('compute.alloc.gpusNow'), key: 'gpus', render: (_, a) => <span style={{ whiteSpace: 'nowrap' }}>{t('compute.alloc.gpusShort', { running: number(a.use.runningGpus), max: number(a.maxConcurrentGpus) })}</span> },
    { title: t('compute.alloc.weight'), dataIndex: 'weight', key: 'weight', align: 'right' },
    {
      title: t('compute.alloc.dates'),
      key: 'dates',
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          <span style={{ whiteSpace: 'nowrap' }}>{t('compute.alloc.period', { from: a.startsOn, to: a.endsOn })}</span>
          {a.status === 'active' && (
            <Typography.Text type={a.use.daysToExpiry <= 14 ? 'warning' : 'secondary'} style={{ fontSize: 12 }}>
              {t('compute.alloc.daysLeft', { days: number(Math.max(0, a.use.daysToExpiry)) })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('common.status'),
      key: 'status',
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          <AllocationStatusTag status={a.status} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`compute.source.${a.source}`)}
          </Typography.Text>
          {a.decisionNote && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {a.decisionNote}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    ...(isOperator
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, a: Allocation) => (
              <Space wrap>
                {a.status === 'requested' && (
                  <>
                    <Button size="small" type="primary" onClick={() => setDecision({ allocation: a, kind: 'approve' })} data-testid={`allocation-approve-${a.id}`}>
                      {t('compute.alloc.approve')}
                    </Button>
                    <Button size="small" danger onClick={() => setDecision({ allocation: a, kind: 'refuse' })} data-testid={`allocation-refuse-${a.id}`}>
                      {t('compute.alloc.refuse')}
                    </Button>
                  </>
                )}
                {(a.status === 'active' || a.status === 'requested') && (
                  <Button size="small" danger type="text" onClick={() => setDecision({ allocation: a, kind: 'revoke' })} data-testid={`allocation-revoke-${a.id}`}>
                    {t('compute.alloc.revoke')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];
  const orgOptions = memberships.map((m) => ({ value: m.orgId, label: pick(m.orgName, m.orgNameEn) }));
  return (
    <div data-testid="allocations-page">
      <PageHeader
        title={t('compute.alloc.title')}
        subtitle={isOperator ? t('compute.alloc.subtitleOperator') : t('compute.alloc.subtitle')}
        extra={
          (admins.length > 0 || isOperator) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRequesting(true)} data-testid="allocation-new">
              {isOperator ? t('compute.alloc.requestOrGrant') : t('compute.alloc.requestButton')}
            </Button>
          )
        }
      />
      <ComputeNav />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<string>
          allowClear
          placeholder={t('compute.alloc.allStatuses')}
          value={status}
          onChange={(v) => set('status', v)}
          options={ALLOCATION_STATUSES.map((s) => ({ value: s, label: t(`compute.allocationStatus.${s}`) }))}
          style={{ width: 160 }}
          data-testid="filter-status"
        />
        {isOperator ? (
          <OrgSearchSelect value={orgId} onChange={(v) => set('org', v)} testId="filter-org" placeholder={t('compute.alloc.allOrgs')} />
        ) : (
          orgOptions.length > 1 && <Select<string> allowClear placeholder={t('compute.alloc.allOrgs')} value={orgId} onChange={(v) => set('org', v)} options={orgOptions} style={{ width: 220 }} data-testid="filter-org" />
        )}
        {isOperator && orgId && (
          <Button size="small" type="link" onClick={() => set('org', undefined)}>
            {t('compute.alloc.allOrgs')}
          </Button>
        )}
      </Space>
      <ListStates list={list}>
        {list.items.length === 0 ? (
          <EmptyState description={status || orgId ? t('common.noMatch') : t('compute.alloc.empty')} />
        ) : (
          <>
            <Table<Allocation> rowKey="id" columns={columns} dataSource={list.items} loading={list.loading} pagination={false} size="middle" scroll={{ x: 1400 }} data-testid="allocations-table" />
            <LoadMore list={list} testId="allocations-more" />
          </>
        )}
      </ListStates>
      <RequestModal
        open={requesting}
        onClose={() => setRequesting(false)}
        onDone={(a) => {
          setRequesting(false);
          list.setItems((items) => [a, ...items]);
          void message.success(a.status === 'active' ? t('compute.alloc.granted') : t('compute.alloc.requested'));
        }}
      />
      <DecideModal
        decision={decision}
        onClose={() => setDecision(null)}
        onDone={(a) => {
          setDecision(null);
          replace(a);
          void message.success(t(`compute.allocationStatus.${a.status}`));
        }}
      />
    </div>
  );
}
