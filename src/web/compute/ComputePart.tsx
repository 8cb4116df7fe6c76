// The compute part of an application to a compute call, inside the calls screens: a form on the
// applicant's draft (the project of the application's organization, the GPU class, GPU-hours per
// month, the most GPUs at once, months, the voucher), a summary for everyone else, and the
// allocation an accepted decision made.
import { useState } from 'react';
import { App, Button, Col, Descriptions, Form, InputNumber, Row, Select, Typography } from 'antd';
import { Link } from 'react-router';
import { GPU_CLASSES } from '../../shared/compute.ts';
import { useAsync } from '../components/hooks.ts';
import { ErrorAlert, LoadingBlock } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import * as api from './api.ts';
import type { ComputePart as Part, GpuClass } from './api.ts';
import { GpuClassLabel, useMoney } from './parts.tsx';

/** The props every desk part takes (the same shape as calls/deskParts.tsx's DeskPartProps). */
interface Props {
  applicationId: string;
  editable: boolean;
  viewer: 'applicant' | 'reviewer' | 'staff';
}

const CPU = 'cpu';

export default function ComputePart({ applicationId, editable }: Props) {
  const state = useAsync((signal) => api.part(applicationId, signal), [applicationId]);
  if (state.loading && !state.data) return <LoadingBlock rows={4} />;
  if (!state.data) return <ErrorAlert error={state.error} onRetry={state.reload} />;
  const p = state.data;
  return <div data-testid="compute-part">{editable && p.editable ? <PartForm part={p} onSaved={(next) => state.setData(next)} /> : <PartSummary part={p} />}</div>;
}

interface Values {
  projectId: string;
  gpuClass: string;
  gpuHoursPerMonth: number;
  maxConcurrentGpus: number;
  months: number;
  voucherId?: string;
}

function PartForm({ part, onSaved }: { part: Part; onSaved: (p: Part) => void }) {
  const { t, pick, date } = useI18n();
  const money = useMoney();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const gpuClass = Form.useWatch('gpuClass', form);
  const orgId = part.orgId;
  const projects = useAsync((signal) => (orgId ? api.computeProjects(orgId, signal) : Promise.resolve({ items: [] })), [orgId]);
  const vouchers = useAsync((signal) => (orgId ? api.orgVouchers(orgId, signal) : Promise.resolve(null)), [orgId]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!orgId) return <Typography.Text type="warning">{t('compute.part.noOrg')}</Typography.Text>;
  const cpuOnly = gpuClass === CPU;
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const cls = v.gpuClass === CPU ? null : (v.gpuClass as GpuClass);
      onSaved(
        await api.savePart(part.applicationId, {
          projectId: v.projectId,
          gpuClass: cls,
          gpuHoursPerMonth: cls ? v.gpuHoursPerMonth : 0,
          maxConcurrentGpus: cls ? v.maxConcurrentGpus : 0,
          months: v.months,
          voucherId: v.voucherId || null,
        }),
      );
      void message.success(t('compute.part.saved'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Typography.Paragraph type="secondary">{t('compute.part.hint')}</Typography.Paragraph>
      <ErrorAlert error={error ?? projects.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{
          projectId: part.projectId ?? undefined,
          gpuClass: part.saved ? (part.gpuClass ?? CPU) : 'training',
          gpuHoursPerMonth: part.gpuHoursPerMonth || 500,
          maxConcurrentGpus: part.maxConcurrentGpus || 8,
          months: part.months ?? 6,
          voucherId: part.voucherId ?? undefined,
        }}
        onFinish={(v) => void submit(v)}
        data-testid="compute-part-form"
      >
        <Form.Item label={t('compute.alloc.project')} name="projectId" rules={[{ required: true, message: t('form.required') }]} extra={t('compute.part.projectHint')}>
          <Select
            loading={projects.loading}
            options={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${pick(p.name, p.nameEn)}` }))}
            notFoundContent={t('compute.alloc.noProjects')}
            data-testid="part-project"
          />
        </Form.Item>
        <Row gutter={8}>
          <Col xs={24} md={6}>
            <Form.Item label={t('compute.alloc.class')} name="gpuClass" rules={[{ required: true, message: t('form.required') }]}>
              <Select options={[...GPU_CLASSES, CPU].map((c) => ({ value: c, label: t(`compute.gpuClass.${c as GpuClass | 'cpu'}`) }))} data-testid="part-class" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={t('compute.alloc.hoursPerMonth')} name="gpuHoursPerMonth" rules={[{ required: !cpuOnly, message: t('form.required') }]}>
              <InputNumber min={1} max={10_000_000} precision={0} disabled={cpuOnly} style={{ width: '100%' }} data-testid="part-hours" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={t('compute.alloc.maxGpus')} name="maxConcurrentGpus" rules={[{ required: !cpuOnly, message: t('form.required') }]}>
              <InputNumber min={1} max={100_000} precision={0} disabled={cpuOnly} style={{ width: '100%' }} data-testid="part-max-gpus" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={t('compute.part.months')} name="months" rules={[{ required: true, message: t('form.required') }]}>
              <InputNumber min={1} max={60} precision={0} style={{ width: '100%' }} data-testid="part-months" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('compute.alloc.voucher')} name="voucherId" extra={t('compute.alloc.voucherHint')}>
          <Select
            allowClear
            loading={vouchers.loading}
            options={(vouchers.data?.items ?? []).map((v) => ({ value: v.id, label: t('compute.alloc.voucherOption', { program: pick(v.programName, v.programNameEn), available: money(v.availableFen), expires: date(v.expiresAt) }) }))}
            notFoundContent={t('compute.alloc.noVouchers')}
            data-testid="part-voucher"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="part-save">
          {t('common.save')}
        </Button>
        {!part.saved && (
          <Typography.Text type="warning" style={{ marginLeft: 12 }}>
            {t('compute.part.notSaved')}
          </Typography.Text>
        )}
      </Form>
    </>
  );
}

function PartSummary({ part }: { part: Part }) {
  const { t, pick, number } = useI18n();
  if (!part.saved) return <Typography.Text type="secondary">{t('compute.part.empty')}</Typography.Text>;
  return (
    <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered data-testid="compute-part-summary">
      <Descriptions.Item label={t('compute.alloc.project')}>
        {part.projectCode} · {pick(part.projectName ?? '', part.projectNameEn)}
      </Descriptions.Item>
      <Descriptions.Item label={t('compute.alloc.class')}>
        <GpuClassLabel gpuClass={part.gpuClass} />
      </Descriptions.Item>
      <Descriptions.Item label={t('compute.alloc.hoursPerMonth')}>{number(part.gpuHoursPerMonth ?? 0)}</Descriptions.Item>
      <Descriptions.Item label={t('compute.alloc.maxGpus')}>{number(part.maxConcurrentGpus ?? 0)}</Descriptions.Item>
      <Descriptions.Item label={t('compute.part.months')}>{number(part.months ?? 0)}</Descriptions.Item>
      <Descriptions.Item label={t('compute.alloc.voucher')}>{part.voucherId ?? t('common.none')}</Descriptions.Item>
      {part.allocationId && (
        <Descriptions.Item label={t('compute.part.allocation')} span={2}>
          <Link to="/compute/allocations" data-testid="part-allocation-link">
            {t('compute.part.allocationMade')}
          </Link>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
