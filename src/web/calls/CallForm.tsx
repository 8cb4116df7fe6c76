// A call's terms in a form: its organization, desk, code, texts, track, window (wall-clock times in
// the call's zone), eligibility, form template, review stages and award unit. The organization and
// desk are fixed once the call exists; the form, stages and mode once it is no longer a draft.
import { useState } from 'react';
import { Button, Col, DatePicker, Flex, Form, Input, InputNumber, Radio, Row, Select, Space, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { ORG_KINDS, type OrgKind } from '../../shared/enums.ts';
import { ModalActions } from '../components/common.tsx';
import { WideModal } from './parts.tsx';
import { useAsync } from '../components/hooks.ts';
import { ErrorAlert } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import * as api from './api.ts';
import type { CallDetail, CallInput } from './api.ts';
import { TemplateEditorModal } from './TemplateEditor.tsx';

dayjs.extend(utc);
dayjs.extend(timezone);

const ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Tokyo', 'Europe/Berlin', 'Europe/London', 'America/New_York', 'UTC'];
const STAGE_KINDS = ['technical', 'panel', 'approval'] as const;

/**
 * The desks a call may serve: those whose part of an application has a screen (DESK_PARTS), each
 * with the unit its awards count in, which a new call takes when the desk is picked. Beamtime is
 * awarded in shifts; compute awards become allocations of GPU-hours per month.
 */
const DESKS = { facilities: { unit: 'shift' }, compute: { unit: 'GPU-hour' } } as const;
type Desk = keyof typeof DESKS;
const DESK_IDS = Object.keys(DESKS) as Desk[];
const DESK_UNITS: readonly string[] = DESK_IDS.map((d) => DESKS[d].unit);
const isDesk = (d: string): d is Desk => Object.hasOwn(DESKS, d);

interface StageValue {
  key: string;
  kind: (typeof STAGE_KINDS)[number];
  reviewersPerApplication?: number | null;
}

interface Values {
  ownerOrgId: string;
  desk: string;
  scopeRef?: string;
  code: string;
  title: string;
  titleEn: string;
  description?: string;
  descriptionEn?: string;
  track: string;
  mode: 'window' | 'continuous';
  timeZone: string;
  opensAt: Dayjs;
  closesAt?: Dayjs | null;
  orgKinds: OrgKind[];
  requireOrcid: boolean;
  formTemplateId: string;
  stages: StageValue[];
  unit: string;
  multiple?: number | null;
  max?: number | null;
}

/** A wall-clock time picked on screen, read in `zone`, as an instant. */
function inZone(d: Dayjs, zone: string): string {
  return dayjs.tz(d.format('YYYY-MM-DD HH:mm:ss'), zone).toISOString();
}

/** An instant shown as the wall-clock time of `zone` (the picker shows it as is). */
function wallClock(iso: string, zone: string): Dayjs {
  return dayjs(dayjs(iso).tz(zone).format('YYYY-MM-DD HH:mm:ss'));
}

function initialValues(c: CallDetail | undefined, defaultOrg: string | undefined): Partial<Values> {
  if (!c) {
    return {
      ownerOrgId: defaultOrg,
      desk: 'facilities',
      track: 'general',
      mode: 'window',
      timeZone: 'Asia/Shanghai',
      opensAt: dayjs().startOf('hour'),
      closesAt: dayjs().add(30, 'day').hour(17).minute(0).second(0),
      orgKinds: [],
      requireOrcid: false,
      stages: [
        { key: 'feasibility', kind: 'technical' },
        { key: 'panel', kind: 'panel', reviewersPerApplication: 2 },
      ],
      unit: DESKS.facilities.unit,
      multiple: 1,
    };
  }
  return {
    ownerOrgId: c.ownerOrgId,
    desk: c.desk,
    scopeRef: c.scopeRef ?? '',
    code: c.code,
    title: c.title,
    titleEn: c.titleEn,
    description: c.description,
    descriptionEn: c.descriptionEn,
    track: c.track,
    mode: c.mode,
    timeZone: c.timeZone,
    opensAt: wallClock(c.opensAt, c.timeZone),
    closesAt: c.closesAt ? wallClock(c.closesAt, c.timeZone) : null,
    orgKinds: (c.eligibility.orgKinds ?? []) as OrgKind[],
    requireOrcid: !!c.eligibility.requireOrcid,
    formTemplateId: c.formTemplateId,
    stages: c.stages,
    unit: c.award.unit,
    multiple: c.award.multiple ?? null,
    max: c.award.max ?? null,
  };
}

function body(v: Values): Omit<CallInput, 'ownerOrgId' | 'desk'> {
  const award: CallInput['award'] = { unit: v.unit.trim() };
  if (v.multiple) award.multiple = v.multiple;
  if (v.max) award.max = v.max;
  return {
    scopeRef: v.scopeRef?.trim() ? v.scopeRef.trim() : null,
    code: v.code.trim(),
    title: v.title.trim(),
    titleEn: v.titleEn.trim(),
    description: v.description ?? '',
    descriptionEn: v.descriptionEn ?? '',
    track: v.track.trim(),
    mode: v.mode,
    timeZone: v.timeZone,
    opensAt: inZone(v.opensAt, v.timeZone),
    closesAt: v.mode === 'window' && v.closesAt ? inZone(v.closesAt, v.timeZone) : null,
    eligibility: { ...(v.orgKinds.length ? { orgKinds: v.orgKinds } : {}), ...(v.requireOrcid ? { requireOrcid: true } : {}) },
    formTemplateId: v.formTemplateId,
    stages: v.stages.map((s) => ({ key: s.key.trim(), kind: s.kind, ...(s.kind === 'panel' && s.reviewersPerApplication ? { reviewersPerApplication: s.reviewersPerApplication } : {}) })),
    award,
  };
}

/** The dialog that creates a call (no `call`) or edits one. */
export function CallFormModal({ open, call, onClose, onSaved }: { open: boolean; call?: CallDetail; onClose: () => void; onSaved: (c: CallDetail) => void }) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [editorOpen, setEditorOpen] = useState(false);
  const offices = useAsync((signal) => api.offices(signal), []);
  const templates = useAsync((signal) => api.forms({ latest: 'true', limit: 200 }, signal), []);
  const editing = call !== undefined;
  const fixed = editing && call.status !== 'draft';
  const mode = Form.useWatch('mode', form);
  const zone = Form.useWatch('timeZone', form);
  const managed = (offices.data?.offices ?? []).filter((o) => o.manager);

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const b = body(v);
      let saved: CallDetail;
      if (call) {
        const patch: api.CallPatch = { ...b };
        if (fixed) {
          delete patch.formTemplateId;
          delete patch.stages;
          delete patch.mode;
        }
        saved = await api.updateCall(call.id, patch);
      } else {
        saved = await api.createCall({ ...b, ownerOrgId: v.ownerOrgId, desk: v.desk });
      }
      onSaved(saved);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const req = { required: true, message: t('calls.form.required') };
  const deskOptions: { value: string; label: string }[] = DESK_IDS.map((d) => ({ value: d, label: t(`calls.desk.${d}`) }));
  // A call of a desk without a screen (made through the API) still shows what it is.
  if (call && !isDesk(call.desk)) deskOptions.push({ value: call.desk, label: call.desk });
  // A new call's award unit follows the desk, unless the operator has written a unit of their own.
  const pickDesk = (d: string) => {
    const unit = String(form.getFieldValue('unit') ?? '').trim();
    if (isDesk(d) && (unit === '' || DESK_UNITS.includes(unit))) form.setFieldValue('unit', DESKS[d].unit);
  };
  const templateOptions = (templates.data?.items ?? []).map((f) => ({ value: f.id, label: `${pick(f.title, f.titleEn)} · ${f.key} v${f.version}` }));
  if (call && !templateOptions.some((o) => o.value === call.formTemplateId)) {
    templateOptions.unshift({ value: call.formTemplateId, label: `${pick(call.template.title, call.template.titleEn)} · ${call.template.key} v${call.template.version}` });
  }

  return (
    <WideModal open={open} title={editing ? t('calls.form.editTitle') : t('calls.form.createTitle')} onClose={onClose}>
      <ErrorAlert error={error} />
      <Form<Values> form={form} layout="vertical" initialValues={initialValues(call, managed[0]?.orgId)} onFinish={(v) => void submit(v)} requiredMark={false} data-testid="call-form">
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item name="ownerOrgId" label={t('calls.call.owner')} rules={[req]}>
              {offices.data?.operator && !managed.length ? (
                <Input disabled={editing} placeholder="org_…" data-testid="call-owner" />
              ) : (
                <Select disabled={editing} options={managed.map((o) => ({ value: o.orgId, label: pick(o.name, o.nameEn) }))} data-testid="call-owner" />
              )}
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="code" label={t('calls.call.code')} extra={t('calls.form.codeHelp')} rules={[req, { pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/, message: t('calls.form.codeInvalid') }]}>
              <Input autoComplete="off" data-testid="call-code" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={t('calls.call.titleZh')} rules={[req, { max: 200 }]}>
          <Input data-testid="call-title" />
        </Form.Item>
        <Form.Item name="titleEn" label={t('calls.call.titleEn')} rules={[req, { max: 200 }]}>
          <Input data-testid="call-title-en" />
        </Form.Item>
        <Form.Item name="description" label={t('calls.call.descriptionZh')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="call-description" />
        </Form.Item>
        <Form.Item name="descriptionEn" label={t('calls.call.descriptionEn')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="desk" label={t('calls.call.desk')} rules={[req]}>
              <Select disabled={editing} options={deskOptions} onChange={pickDesk} data-testid="call-desk" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="track" label={t('calls.call.track')} rules={[req]} extra={t('calls.form.trackHelp')}>
              <Input data-testid="call-track" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="scopeRef" label={t('calls.call.scopeRef')} extra={t('calls.form.scopeHelp')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item name="mode" label={t('calls.call.mode')}>
              <Radio.Group
                disabled={fixed}
                options={[
                  { value: 'window', label: t('calls.mode.window') },
                  { value: 'continuous', label: t('calls.mode.continuous') },
                ]}
                data-testid="call-mode"
              />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="timeZone" label={t('calls.call.timeZone')} rules={[req]}>
              <Select options={ZONES.map((z) => ({ value: z, label: z }))} showSearch />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="opensAt" label={t('calls.call.opensAtIn', { zone: zone ?? '' })} rules={[req]}>
              <DatePicker showTime style={{ width: '100%' }} allowClear={false} data-testid="call-opens" />
            </Form.Item>
          </Col>
          {mode === 'window' && (
            <Col span={12}>
              <Form.Item name="closesAt" label={t('calls.call.deadlineIn', { zone: zone ?? '' })} rules={[req]}>
                <DatePicker showTime style={{ width: '100%' }} data-testid="call-closes" />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item name="orgKinds" label={t('calls.call.orgKinds')} extra={t('calls.form.orgKindsHelp')}>
              <Select mode="multiple" allowClear options={ORG_KINDS.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))} data-testid="call-org-kinds" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="requireOrcid" label={t('calls.call.requireOrcid')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('calls.call.form')} required>
          <Flex gap={8}>
            <Form.Item name="formTemplateId" noStyle rules={[req]}>
              <Select disabled={fixed} options={templateOptions} loading={templates.loading} style={{ flex: 1 }} showSearch optionFilterProp="label" data-testid="call-template" />
            </Form.Item>
            {!fixed && (
              <Button icon={<PlusOutlined />} onClick={() => setEditorOpen(true)} data-testid="call-new-template">
                {t('calls.forms.new')}
              </Button>
            )}
          </Flex>
        </Form.Item>
        <Typography.Text strong>{t('calls.call.stages')}</Typography.Text>
        <Form.List name="stages">
          {(fields, { add, remove }) => (
            <div style={{ margin: '8px 0 16px' }}>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'key']} rules={[req, { pattern: /^[a-z][a-z0-9_-]{0,63}$/, message: t('calls.form.keyInvalid') }]}>
                    <Input disabled={fixed} placeholder={t('calls.stage.key')} style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'kind']} rules={[req]}>
                    <Select disabled={fixed} style={{ width: 150 }} options={STAGE_KINDS.map((k) => ({ value: k, label: t(`calls.stage.${k}`) }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'reviewersPerApplication']}>
                    <InputNumber disabled={fixed} min={1} max={20} placeholder={t('calls.stage.reviewers')} style={{ width: 150 }} />
                  </Form.Item>
                  {!fixed && fields.length > 1 && <Button type="text" icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => remove(f.name)} />}
                </Space>
              ))}
              {!fixed && (
                <Button size="small" icon={<PlusOutlined />} onClick={() => add({ key: '', kind: 'approval' })}>
                  {t('calls.stage.add')}
                </Button>
              )}
            </div>
          )}
        </Form.List>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="unit" label={t('calls.call.awardUnit')} rules={[req]}>
              <Input data-testid="call-unit" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="multiple" label={t('calls.call.awardMultiple')}>
              <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="max" label={t('calls.call.awardMax')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={editing ? t('common.save') : t('common.create')} testId="call-save" />
      </Form>
      <TemplateEditorModal
        open={editorOpen}
        onClose={() => setEditorOpen(false)}
        onSaved={(f) => {
          setEditorOpen(false);
          templates.reload();
          form.setFieldValue('formTemplateId', f.id);
        }}
      />
    </WideModal>
  );
}
