// A form template's questions as a form (controlled) or as a read-only summary. Conditions are
// honoured the way the server does: a question whose condition does not hold is not shown, and
// its answer is ignored at submission.
import { Checkbox, DatePicker, Descriptions, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../i18n/index.tsx';
import type { FormQuestion } from './api.ts';

export interface QuestionnaireProps {
  questions: FormQuestion[];
  value: Record<string, unknown>;
  onChange?: (value: Record<string, unknown>) => void;
  readOnly?: boolean;
  /** Keys of questions to mark (missing or invalid at the last submission attempt). */
  flagged?: ReadonlySet<string>;
}

/** The keys of the questions asked given the answers (a condition on a hidden question hides too). */
export function askedKeys(questions: readonly FormQuestion[], answers: Record<string, unknown>): Set<string> {
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const memo = new Map<string, boolean>();
  const asked = (key: string, depth: number): boolean => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const q = byKey.get(key);
    if (!q || depth > questions.length) return false;
    const w = q.when;
    const a = w ? answers[w.key] : undefined;
    const r = !w || (asked(w.key, depth + 1) && (Array.isArray(a) ? a.includes(w.equals) : a === w.equals));
    memo.set(key, r);
    return r;
  };
  return new Set(questions.filter((q) => asked(q.key, 0)).map((q) => q.key));
}

function Control({ q, v, set }: { q: FormQuestion; v: unknown; set: (v: unknown) => void }) {
  const { t, pick } = useI18n();
  const id = `q-${q.key}`;
  const options = (q.options ?? []).map((o) => ({ value: o.value, label: pick(o.label, o.labelEn) }));
  switch (q.type) {
    case 'text':
      return <Input id={id} value={typeof v === 'string' ? v : ''} maxLength={q.maxLength} showCount={!!q.maxLength} onChange={(e) => set(e.target.value)} data-testid={id} />;
    case 'longtext':
      return (
        <Input.TextArea id={id} value={typeof v === 'string' ? v : ''} maxLength={q.maxLength} showCount={!!q.maxLength} autoSize={{ minRows: 3, maxRows: 14 }} onChange={(e) => set(e.target.value)} data-testid={id} />
      );
    case 'number':
      return <InputNumber id={id} value={typeof v === 'number' ? v : null} min={q.min} max={q.max} style={{ width: 200 }} onChange={(n) => set(n ?? null)} data-testid={id} />;
    case 'choice':
      return options.length <= 4 ? (
        <Radio.Group id={id} value={v} options={options} onChange={(e) => set(e.target.value)} data-testid={id} />
      ) : (
        <Select id={id} value={typeof v === 'string' ? v : undefined} options={options} allowClear style={{ minWidth: 240 }} onChange={(x) => set(x ?? null)} data-testid={id} />
      );
    case 'multichoice':
      return <Checkbox.Group value={Array.isArray(v) ? (v as string[]) : []} options={options} onChange={(x) => set(x)} data-testid={id} />;
    case 'date':
      return <DatePicker id={id} value={typeof v === 'string' && v ? dayjs(v) : null} onChange={(d) => set(d ? d.format('YYYY-MM-DD') : null)} data-testid={id} />;
    case 'boolean':
      return (
        <Radio.Group
          id={id}
          value={typeof v === 'boolean' ? v : undefined}
          options={[
            { value: true, label: t('calls.yes') },
            { value: false, label: t('calls.no') },
          ]}
          onChange={(e) => set(e.target.value)}
          data-testid={id}
        />
      );
  }
}

function shown(q: FormQuestion, v: unknown, t: (k: 'calls.yes' | 'calls.no') => string, pick: (zh: string, en: string) => string): string {
  if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) return '—';
  if (q.type === 'boolean') return v ? t('calls.yes') : t('calls.no');
  const label = (x: unknown) => {
    const o = q.options?.find((o) => o.value === x);
    return o ? pick(o.label, o.labelEn) : String(x);
  };
  if (q.type === 'choice') return label(v);
  if (q.type === 'multichoice' && Array.isArray(v)) return v.map(label).join('、');
  return String(v);
}

/** Renders a form template's questions; `readOnly` shows the answers as a summary. */
export default function Questionnaire({ questions, value, onChange, readOnly, flagged }: QuestionnaireProps) {
  const { t, pick } = useI18n();
  const asked = askedKeys(questions, value);
  const visible = questions.filter((q) => asked.has(q.key));
  if (readOnly) {
    return (
      <Descriptions column={1} size="small" bordered data-testid="questionnaire-readonly" styles={{ label: { width: 260 } }}>
        {visible.map((q) => (
          <Descriptions.Item key={q.key} label={pick(q.label, q.labelEn)}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{shown(q, value[q.key], t, pick)}</span>
          </Descriptions.Item>
        ))}
      </Descriptions>
    );
  }
  return (
    <Space orientation="vertical" size={20} style={{ width: '100%' }} data-testid="questionnaire">
      {visible.map((q) => {
        const help = q.help || q.helpEn ? pick(q.help ?? '', q.helpEn ?? q.help ?? '') : null;
        const bad = flagged?.has(q.key);
        return (
          <div key={q.key} style={bad ? { borderLeft: '3px solid #ff4d4f', paddingLeft: 10 } : undefined}>
            <label htmlFor={`q-${q.key}`} style={{ display: 'block', fontWeight: 500, marginBottom: 6 }}>
              {q.required && (
                <span style={{ color: '#ff4d4f', marginRight: 4 }} aria-hidden>
                  *
                </span>
              )}
              {pick(q.label, q.labelEn)}
              {q.required && <span className="pj-visually-hidden">{t('calls.q.required')}</span>}
            </label>
            {help && (
              <Typography.Paragraph type="secondary" style={{ margin: '0 0 6px', fontSize: 13 }}>
                {help}
              </Typography.Paragraph>
            )}
            <Control q={q} v={value[q.key]} set={(v) => onChange?.({ ...value, [q.key]: v })} />
          </div>
        );
      })}
    </Space>
  );
}
