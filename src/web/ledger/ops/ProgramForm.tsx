// A program's terms in a form: every field when an operator defines one, the changeable ones
// (not code, kind or initial budget) when they edit it.
import { useState } from 'react';
import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ORG_KINDS, PROGRAM_KINDS, PROGRAM_STATUSES, SERVICE_CATEGORIES, type OrgKind, type ProgramKind, type ProgramStatus, type ServiceCategory } from '../../../shared/enums.ts';
import { FormModal, ModalActions } from '../../components/common.tsx';
import { ErrorAlert } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import * as api from './api.ts';
import type { Program, ProgramInput, ProgramPatch } from './api.ts';
import { toFen, toYuanText, useYuanRules } from './parts.tsx';

interface Values {
  code: string;
  name: string;
  nameEn: string;
  kind: ProgramKind;
  status: ProgramStatus;
  description?: string;
  budgetYuan: string;
  validity: [Dayjs, Dayjs];
  voucherDays: number;
  ratePct: number;
  capYuan: string;
  thresholdYuan: string;
  deliveryDays: number;
  eligibleOrgKinds: OrgKind[];
  eligibleCategories: ServiceCategory[];
}

function initialValues(p: Program | undefined): Partial<Values> {
  if (!p) {
    return {
      kind: 'innovation_voucher',
      status: 'active',
      validity: [dayjs().startOf('day'), dayjs().endOf('year')],
      voucherDays: 365,
      ratePct: 30,
      deliveryDays: 90,
      thresholdYuan: '50000.00',
      eligibleOrgKinds: ['enterprise', 'startup'],
      eligibleCategories: [...SERVICE_CATEGORIES],
    };
  }
  return {
    code: p.code,
    name: p.name,
    nameEn: p.nameEn,
    kind: p.kind,
    status: p.status,
    description: p.description ?? '',
    // validTo is the first instant after the range: its last day is the one before.
    validity: [dayjs(p.validFrom), dayjs(p.validTo).subtract(1, 'millisecond')],
    voucherDays: p.voucherDays,
    ratePct: p.rateBp / 100,
    capYuan: toYuanText(p.capPerOrgYearFen),
    thresholdYuan: toYuanText(p.approvalThresholdFen),
    deliveryDays: p.deliveryDays,
    eligibleOrgKinds: p.eligibleOrgKinds,
    eligibleCategories: p.eligibleCategories,
  };
}

type Terms = Required<Omit<ProgramPatch, 'eligibleProviderIds'>>;

function terms(v: Values): Terms {
  const description = v.description?.trim();
  return {
    name: v.name.trim(),
    nameEn: v.nameEn.trim(),
    status: v.status,
    description: description ? description : null,
    // A validity range is whole days: from the first day's start to the start of the day after the last.
    validFrom: v.validity[0].startOf('day').toISOString(),
    validTo: v.validity[1].add(1, 'day').startOf('day').toISOString(),
    voucherDays: v.voucherDays,
    rateBp: Math.round(v.ratePct * 100),
    capPerOrgYearFen: toFen(v.capYuan),
    approvalThresholdFen: toFen(v.thresholdYuan),
    deliveryDays: v.deliveryDays,
    eligibleOrgKinds: v.eligibleOrgKinds,
    eligibleCategories: v.eligibleCategories,
  };
}

/** The dialog that defines a program (no `program`) or changes one's terms. */
export function ProgramFormModal({ open, program, onClose, onSaved }: { open: boolean; program?: Program; onClose: () => void; onSaved: (p: Program) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const editing = program !== undefined;
  const budgetRules = useYuanRules({ minFen: 0 });
  const capRules = useYuanRules({ minFen: 1 });
  const thresholdRules = useYuanRules({ minFen: 0 });

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      let saved: Program;
      if (program) {
        saved = await api.updateProgram(program.id, terms(v));
      } else {
        const body: ProgramInput = { ...terms(v), code: v.code.trim(), kind: v.kind, budgetFen: toFen(v.budgetYuan) };
        saved = await api.createProgram(body);
      }
      onSaved(saved);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const req = (label: string) => ({ required: true, message: t('ledgerOps.form.required', { field: label }) });

  return (
    <FormModal open={open} title={editing ? t('ledgerOps.program.editTitle') : t('ledgerOps.program.createTitle')} onClose={onClose}>
      <ErrorAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues(program)}
        onFinish={(v) => void submit(v)}
        requiredMark={false}
        data-testid="program-form"
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="code"
              label={t('ledgerOps.program.code')}
              extra={editing ? undefined : t('ledgerOps.program.codeHelp')}
              rules={[req(t('ledgerOps.program.code')), { pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{1,39}$/, message: t('ledgerOps.program.codeInvalid') }]}
            >
              <Input disabled={editing} autoComplete="off" data-testid="program-code" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="kind" label={t('ledgerOps.program.kind')} rules={[req(t('ledgerOps.program.kind'))]}>
              <Select disabled={editing} options={PROGRAM_KINDS.map((k) => ({ value: k, label: t(`ledgerOps.kind.${k}`) }))} data-testid="program-kind" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="name" label={t('ledgerOps.program.nameZh')} rules={[req(t('ledgerOps.program.nameZh')), { max: 200 }]}>
          <Input data-testid="program-name" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('ledgerOps.program.nameEn')} rules={[req(t('ledgerOps.program.nameEn')), { max: 200 }]}>
          <Input data-testid="program-name-en" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={15}>
            <Form.Item name="validity" label={t('ledgerOps.program.validity')} rules={[req(t('ledgerOps.program.validity'))]}>
              <DatePicker.RangePicker style={{ width: '100%' }} allowClear={false} data-testid="program-validity" />
            </Form.Item>
          </Col>
          <Col span={9}>
            <Form.Item name="status" label={t('common.status')}>
              <Select options={PROGRAM_STATUSES.map((s) => ({ value: s, label: t(`ledgerOps.programStatus.${s}`) }))} data-testid="program-status" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          {!editing && (
            <Col span={12}>
              <Form.Item name="budgetYuan" label={t('ledgerOps.program.budgetYuan')} rules={budgetRules} extra={t('ledgerOps.program.budgetHelp')}>
                <Input inputMode="decimal" prefix="¥" data-testid="program-budget" />
              </Form.Item>
            </Col>
          )}
          <Col span={12}>
            <Form.Item name="thresholdYuan" label={t('ledgerOps.program.thresholdYuan')} rules={thresholdRules} extra={t('ledgerOps.program.thresholdHelp')}>
              <Input inputMode="decimal" prefix="¥" data-testid="program-threshold" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="ratePct" label={t('ledgerOps.program.ratePct')} rules={[req(t('ledgerOps.program.ratePct'))]} extra={t('ledgerOps.program.rateHelp')}>
              <InputNumber min={0.01} max={100} step={5} precision={2} suffix="%" style={{ width: '100%' }} data-testid="program-rate" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="capYuan" label={t('ledgerOps.program.capYuan')} rules={capRules} extra={t('ledgerOps.program.capHelp')}>
              <Input inputMode="decimal" prefix="¥" data-testid="program-cap" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="voucherDays" label={t('ledgerOps.program.voucherDaysField')} rules={[req(t('ledgerOps.program.voucherDaysField'))]}>
              <InputNumber min={1} max={3660} precision={0} style={{ width: '100%' }} data-testid="program-voucher-days" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="deliveryDays" label={t('ledgerOps.program.deliveryDays')} rules={[req(t('ledgerOps.program.deliveryDays'))]}>
              <InputNumber min={1} max={3660} precision={0} style={{ width: '100%' }} data-testid="program-delivery-days" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="eligibleOrgKinds" label={t('ledgerOps.program.eligibleOrgKinds')} rules={[{ required: true, type: 'array', min: 1, message: t('ledgerOps.form.pickOne') }]}>
          <Select mode="multiple" options={ORG_KINDS.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))} data-testid="program-org-kinds" />
        </Form.Item>
        <Form.Item name="eligibleCategories" label={t('ledgerOps.program.eligibleCategories')} rules={[{ required: true, type: 'array', min: 1, message: t('ledgerOps.form.pickOne') }]}>
          <Select mode="multiple" options={SERVICE_CATEGORIES.map((c) => ({ value: c, label: t(`ledgerOps.category.${c}`) }))} data-testid="program-categories" />
        </Form.Item>
        <Form.Item name="description" label={t('ledgerOps.program.description')} rules={[{ max: 4000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="program-description" />
        </Form.Item>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={editing ? t('common.save') : t('common.create')} testId="program-submit" />
      </Form>
    </FormModal>
  );
}
