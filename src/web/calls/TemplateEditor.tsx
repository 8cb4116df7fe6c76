// The form-template editor: a list of questions (type, labels in Chinese and English, required,
// options, bounds, a condition on an earlier question). Saving an existing key makes its next
// version; versions already used by calls never change.
import { useState } from 'react';
import { Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ModalActions } from '../components/common.tsx';
import { WideModal } from './parts.tsx';
import { ErrorAlert } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import * as api from './api.ts';
import type { FormQuestion, FormTemplate } from './api.ts';

const TYPES = ['text', 'longtext', 'number', 'choice', 'multichoice', 'date', 'boolean'] as const;

interface QuestionValue {
  key: string;
  type: FormQuestion['type'];
  label: string;
  labelEn: string;
  help?: string;
  helpEn?: string;
  required?: boolean;
  /** One option a line: value | 中文 | English */
  optionsText?: string;
  min?: number | null;
  max?: number | null;
  maxLength?: number | null;
  whenKey?: string | null;
  whenEquals?: string;
}

interface Values {
  key: string;
  title: string;
  titleEn: string;
  questions: QuestionValue[];
}

function toValue(q: FormQuestion): QuestionValue {
  return {
    key: q.key,
    type: q.type,
    label: q.label,
    labelEn: q.labelEn,
    help: q.help,
    helpEn: q.helpEn,
    required: !!q.required,
    optionsText: (q.options ?? []).map((o) => `${o.value} | ${o.label} | ${o.labelEn}`).join('\n'),
    min: q.min ?? null,
    max: q.max ?? null,
    maxLength: q.maxLength ?? null,
    whenKey: q.when?.key ?? null,
    whenEquals: q.when ? String(q.when.equals) : '',
  };
}

function toQuestion(v: QuestionValue, earlier: QuestionValue[]): FormQuestion {
  const q: FormQuestion = { key: v.key.trim(), type: v.type, label: v.label.trim(), labelEn: v.labelEn.trim() };
  if (v.help?.trim()) q.help = v.help.trim();
  if (v.helpEn?.trim()) q.helpEn = v.helpEn.trim();
  if (v.required) q.required = true;
  if (v.type === 'choice' || v.type === 'multichoice') {
    q.options = (v.optionsText ?? '')
      .split('\n')
      .map((l) => l.split('|').map((x) => x.trim()))
      .filter((p) => p[0])
      .map(([value, label, labelEn]) => ({ value: value!, label: label || value!, labelEn: labelEn || label || value! }));
  }
  if (v.type === 'number') {
    if (v.min !== null && v.min !== undefined) q.min = v.min;
    if (v.max !== null && v.max !== undefined) q.max = v.max;
  }
  if ((v.type === 'text' || v.type === 'longtext') && v.maxLength) q.maxLength = v.maxLength;
  if (v.whenKey) {
    const dep = earlier.find((e) => e.key.trim() === v.whenKey);
    const raw = (v.whenEquals ?? '').trim();
    const equals = dep?.type === 'boolean' ? raw === 'true' : dep?.type === 'number' ? Number(raw) : raw;
    q.when = { key: v.whenKey, equals };
  }
  return q;
}

const blank = (): QuestionValue => ({ key: '', type: 'text', label: '', labelEn: '', required: false });

/** The dialog that saves a new form template, or the next version of `base`'s key. */
export function TemplateEditorModal({ open, base, onClose, onSaved }: { open: boolean; base?: FormTemplate; onClose: () => void; onSaved: (f: FormTemplate) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const questions = (Form.useWatch('questions', form) ?? []) as QuestionValue[];

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const qs = v.questions.map((q, i) => toQuestion(q, v.questions.slice(0, i)));
      onSaved(await api.createForm({ key: v.key.trim(), title: v.title.trim(), titleEn: v.titleEn.trim(), questions: qs }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const req = { required: true, message: t('calls.form.required') };
  const initial: Values = base
    ? { key: base.key, title: base.title, titleEn: base.titleEn, questions: base.questions.map(toValue) }
    : { key: '', title: '', titleEn: '', questions: [blank()] };

  return (
    <WideModal open={open} title={base ? t('calls.forms.newVersionOf', { key: base.key, v: base.version + 1 }) : t('calls.forms.new')} onClose={onClose}>
      <ErrorAlert error={error} />
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)} requiredMark={false} data-testid="template-form">
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="key" label={t('calls.forms.key')} rules={[req, { pattern: /^[a-z][a-z0-9_-]{0,63}$/, message: t('calls.form.keyInvalid') }]}>
              <Input disabled={!!base} data-testid="template-key" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="title" label={t('calls.call.titleZh')} rules={[req]}>
              <Input data-testid="template-title" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="titleEn" label={t('calls.call.titleEn')} rules={[req]}>
              <Input data-testid="template-title-en" />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="questions">
          {(fields, { add, remove, move }) => (
            <Space orientation="vertical" style={{ width: '100%' }} size={12}>
              {fields.map((f, i) => {
                const q = questions[i];
                const earlier = questions.slice(0, i).filter((e) => e?.key);
                const isChoice = q?.type === 'choice' || q?.type === 'multichoice';
                return (
                  <Card
                    key={f.key}
                    size="small"
                    title={t('calls.forms.question', { n: i + 1 })}
                    extra={
                      <Space size={0}>
                        <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={i === 0} aria-label={t('calls.forms.up')} onClick={() => move(i, i - 1)} />
                        <Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={i === fields.length - 1} aria-label={t('calls.forms.down')} onClick={() => move(i, i + 1)} />
                        <Button type="text" size="small" danger icon={<DeleteOutlined />} disabled={fields.length === 1} aria-label={t('common.delete')} onClick={() => remove(f.name)} />
                      </Space>
                    }
                  >
                    <Row gutter={8}>
                      <Col span={6}>
                        <Form.Item name={[f.name, 'key']} label={t('calls.forms.key')} rules={[req, { pattern: /^[a-z][a-z0-9_-]{0,63}$/, message: t('calls.form.keyInvalid') }]}>
                          <Input data-testid={`question-key-${i}`} />
                        </Form.Item>
                      </Col>
                      <Col span={6}>
                        <Form.Item name={[f.name, 'type']} label={t('calls.forms.type')}>
                          <Select options={TYPES.map((x) => ({ value: x, label: t(`calls.qtype.${x}`) }))} data-testid={`question-type-${i}`} />
                        </Form.Item>
                      </Col>
                      <Col span={6}>
                        <Form.Item name={[f.name, 'required']} label=" " valuePropName="checked">
                          <Checkbox>{t('calls.forms.required')}</Checkbox>
                        </Form.Item>
                      </Col>
                    </Row>
                    <Row gutter={8}>
                      <Col span={12}>
                        <Form.Item name={[f.name, 'label']} label={t('calls.forms.labelZh')} rules={[req]}>
                          <Input data-testid={`question-label-${i}`} />
                        </Form.Item>
                      </Col>
                      <Col span={12}>
                        <Form.Item name={[f.name, 'labelEn']} label={t('calls.forms.labelEn')} rules={[req]}>
                          <Input data-testid={`question-label-en-${i}`} />
                        </Form.Item>
                      </Col>
                    </Row>
                    {isChoice && (
                      <Form.Item name={[f.name, 'optionsText']} label={t('calls.forms.options')} extra={t('calls.forms.optionsHelp')} rules={[req]}>
                        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} placeholder="remote | 远程 | Remote" />
                      </Form.Item>
                    )}
                    {q?.type === 'number' && (
                      <Row gutter={8}>
                        <Col span={6}>
                          <Form.Item name={[f.name, 'min']} label={t('calls.forms.min')}>
                            <InputNumber style={{ width: '100%' }} />
                          </Form.Item>
                        </Col>
                        <Col span={6}>
                          <Form.Item name={[f.name, 'max']} label={t('calls.forms.max')}>
                            <InputNumber style={{ width: '100%' }} />
                          </Form.Item>
                        </Col>
                      </Row>
                    )}
                    {(q?.type === 'text' || q?.type === 'longtext') && (
                      <Form.Item name={[f.name, 'maxLength']} label={t('calls.forms.maxLength')}>
                        <InputNumber min={1} max={100000} precision={0} style={{ width: 180 }} />
                      </Form.Item>
                    )}
                    <Row gutter={8}>
                      <Col span={12}>
                        <Form.Item name={[f.name, 'whenKey']} label={t('calls.forms.when')}>
                          <Select allowClear options={earlier.map((e) => ({ value: e.key, label: `${e.key} · ${e.label}` }))} placeholder={t('calls.forms.always')} />
                        </Form.Item>
                      </Col>
                      {q?.whenKey && (
                        <Col span={12}>
                          <Form.Item name={[f.name, 'whenEquals']} label={t('calls.forms.equals')} extra={t('calls.forms.equalsHelp')} rules={[req]}>
                            <Input />
                          </Form.Item>
                        </Col>
                      )}
                    </Row>
                  </Card>
                );
              })}
              <Button icon={<PlusOutlined />} onClick={() => add(blank())} data-testid="question-add">
                {t('calls.forms.addQuestion')}
              </Button>
            </Space>
          )}
        </Form.List>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('calls.forms.immutable')}
        </Typography.Paragraph>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('common.save')} testId="template-save" />
      </Form>
    </WideModal>
  );
}
