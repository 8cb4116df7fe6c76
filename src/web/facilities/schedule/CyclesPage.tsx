// The operating cycles of a facility, for everyone; the user office creates new ones.
import { useState } from 'react';
import { Breadcrumb, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useNavigate, useParams } from 'react-router';
import { FormModal, ModalActions, PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { EmptyState, ErrorAlert, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import * as api from './api.ts';
import type { Cycle } from './api.ts';
import { CycleStatusTag, zoned, zonedInstant } from './parts.tsx';

const ZONES = ['Asia/Shanghai', 'UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo'];

interface CycleForm {
  code: string;
  name: string;
  nameEn: string;
  start: Dayjs;
  end: Dayjs;
  timeZone: string;
  shiftHours: number;
  changeoverShifts: number;
  awardMultiple: number;
}

function CreateCycle({ facilityId, open, onClose }: { facilityId: string; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<CycleForm>();
  const shiftHours = Form.useWatch('shiftHours', form) ?? 8;

  const submit = async (v: CycleForm) => {
    setBusy(true);
    setError(null);
    try {
      const c = await api.createCycle(facilityId, {
        code: v.code.trim(),
        name: v.name.trim(),
        nameEn: v.nameEn.trim(),
        startsAt: zonedInstant(v.start.format('YYYY-MM-DD'), v.timeZone).toISOString(),
        // The end date is the last day of the cycle: it ends at the next midnight.
        endsAt: zonedInstant(v.end.add(1, 'day').format('YYYY-MM-DD'), v.timeZone).toISOString(),
        timeZone: v.timeZone,
        shiftHours: v.shiftHours,
        changeoverShifts: v.changeoverShifts,
        awardMultiple: v.awardMultiple,
      });
      navigate(`/facilities/cycles/${encodeURIComponent(c.id)}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal open={open} title={t('schedule.cycles.create')} onClose={onClose}>
      <Form<CycleForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark="optional"
        initialValues={{ timeZone: 'Asia/Shanghai', shiftHours: 8, changeoverShifts: 1, awardMultiple: 1, start: dayjs().add(60, 'day').startOf('month'), end: dayjs().add(60, 'day').startOf('month').add(5, 'month').subtract(1, 'day') }}
        data-testid="cycle-form"
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="code" label={t('schedule.cycle.code')} rules={[{ required: true, pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/ }]}>
              <Input placeholder="2026-2" data-testid="cycle-code" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="name" label={t('schedule.cycle.nameZh')} rules={[{ required: true, whitespace: true, max: 200 }]}>
              <Input data-testid="cycle-name" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="nameEn" label={t('schedule.cycle.nameEn')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input data-testid="cycle-name-en" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="start" label={t('schedule.cycle.startsAt')} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} data-testid="cycle-start" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="end" label={t('schedule.cycle.endsAt')} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} data-testid="cycle-end" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="timeZone" label={t('schedule.cycle.timeZone')}>
              <Select options={ZONES.map((z) => ({ value: z, label: z }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="shiftHours" label={t('schedule.cycle.shiftHours')}>
              <Select options={[4, 6, 8, 12, 24].map((h) => ({ value: h, label: h }))} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="changeoverShifts" label={t('schedule.cycle.changeover')}>
              <InputNumber min={0} max={24} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="awardMultiple" label={t('schedule.cycle.awardMultiple')}>
              <InputNumber min={1} max={60} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('schedule.cycle.hint', { h: shiftHours })}
        </Typography.Paragraph>
        {error != null && <ErrorAlert error={error} style={{ marginBottom: 12 }} />}
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('schedule.cycles.create')} testId="cycle-submit" />
      </Form>
    </FormModal>
  );
}

export default function CyclesPage() {
  const { id = '' } = useParams();
  const { t, pick } = useI18n();
  const { session } = useSession();
  const [creating, setCreating] = useState(false);
  const facility = useAsync((signal) => api.facility(id, signal), [id]);
  const list = useAsync((signal) => api.cycles(id, signal), [id]);

  if ((list.loading && !list.data) || (facility.loading && !facility.data)) return <LoadingBlock rows={6} />;
  if (list.error != null || !list.data) return <ErrorResult error={list.error} onRetry={list.reload} />;
  const f = facility.data;

  const columns: TableColumnsType<Cycle> = [
    {
      title: t('schedule.cycle.name'),
      key: 'name',
      render: (_, c) => (
        <Link to={`/facilities/cycles/${encodeURIComponent(c.id)}`} data-testid={`cycle-link-${c.code}`}>
          <Typography.Text code>{c.code}</Typography.Text> {pick(c.name, c.nameEn)}
        </Link>
      ),
    },
    { title: t('schedule.cycle.span'), key: 'span', render: (_, c) => `${zoned(c.startsAt, c.timeZone).slice(0, 10)} – ${zoned(new Date(Date.parse(c.endsAt) - 1), c.timeZone).slice(0, 10)}` },
    { title: t('schedule.cycle.shiftHours'), key: 'shifts', width: 150, render: (_, c) => `${c.shiftHours} h · ${t('schedule.cycle.shifts', { n: c.shiftCount })}` },
    { title: t('schedule.cycle.status'), key: 'status', width: 110, render: (_, c) => <CycleStatusTag status={c.status} /> },
    {
      title: '',
      key: 'schedule',
      width: 140,
      render: (_, c) => <Link to={`/facilities/cycles/${encodeURIComponent(c.id)}/schedule`}>{t('schedule.cycle.openSchedule')}</Link>,
    },
  ];

  return (
    <div data-testid="cycles-page">
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to="/">{t('nav.home')}</Link> }, { title: <Link to={`/facilities/${encodeURIComponent(id)}`}>{f ? pick(f.name, f.nameEn) : id}</Link> }, { title: t('schedule.cycles.title') }]} />
      <PageHeader
        title={f ? `${pick(f.name, f.nameEn)} · ${t('schedule.cycles.title')}` : t('schedule.cycles.title')}
        subtitle={t('schedule.cycles.intro')}
        extra={
          session && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="cycle-create">
              {t('schedule.cycles.create')}
            </Button>
          )
        }
      />
      <div className="pj-panel">
        {list.data.items.length === 0 ? (
          <EmptyState description={t('schedule.cycles.empty')} />
        ) : (
          <Table<Cycle> rowKey="id" size="middle" columns={columns} dataSource={list.data.items} pagination={false} data-testid="cycles-table" />
        )}
      </div>
      <CreateCycle facilityId={id} open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
