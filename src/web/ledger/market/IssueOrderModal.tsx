// A provider's member issues an order to a company: the buyer (searched in the directory), the
// contract number, lines picked from the price list with quantities, and the total as it grows.
import { useState } from 'react';
import { Button, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { FormModal, ModalActions } from '../../components/common.tsx';
import { ErrorAlert } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatFen } from '../money.ts';
import * as api from './api.ts';
import type { Order, PriceItem, Provider } from './api.ts';
import { Money, OrgSearchSelect } from './parts.tsx';

interface LineValues {
  priceItemId?: string;
  quantity?: number;
}
interface IssueValues {
  buyerOrgId: string;
  contractNo: string;
  note?: string;
  lines: LineValues[];
}

/** The order's total from the chosen lines (fen). */
function totalOf(lines: LineValues[] | undefined, items: PriceItem[]): number {
  return (lines ?? []).reduce((sum, l) => {
    const item = items.find((i) => i.id === l?.priceItemId);
    return item && l.quantity ? sum + item.unitPriceFen * l.quantity : sum;
  }, 0);
}

export function IssueOrderModal({ provider, items, open, onClose, onIssued }: { provider: Provider; items: PriceItem[]; open: boolean; onClose: () => void; onIssued: (o: Order) => void }) {
  const { t, pick, locale } = useI18n();
  const [form] = Form.useForm<IssueValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const lines = Form.useWatch('lines', form);
  const total = totalOf(lines, items);
  // An order covers one service category: the first line picked decides it.
  const firstItem = items.find((i) => i.id === lines?.find((l) => l?.priceItemId)?.priceItemId);
  const active = items.filter((i) => i.active);

  const submit = async (v: IssueValues) => {
    setBusy(true);
    setError(null);
    // One key per submission of this form; an automatic retry of the same submission reuses it.
    const k = api.newKey();
    try {
      const o = await api.withRetry(() =>
        api.issueOrder(
          {
            providerId: provider.id,
            buyerOrgId: v.buyerOrgId,
            contractNo: v.contractNo.trim(),
            lines: v.lines.filter((l) => l.priceItemId && l.quantity).map((l) => ({ priceItemId: l.priceItemId!, quantity: l.quantity! })),
            note: v.note?.trim() || undefined,
          },
          k,
        ),
      );
      form.resetFields();
      onIssued(o);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal open={open} title={t('ledgerMarket.issue.title')} onClose={onClose}>
      <ErrorAlert error={error} />
      <Form<IssueValues> form={form} layout="vertical" requiredMark={false} initialValues={{ lines: [{ quantity: 1 }] }} onFinish={(v) => void submit(v)} data-testid="issue-form">
        <Form.Item label={t('ledgerMarket.order.buyer')} name="buyerOrgId" rules={[{ required: true, message: t('form.required') }]}>
          <OrgSearchSelect testId="issue-buyer" exclude={[provider.orgId]} />
        </Form.Item>
        <Form.Item
          label={t('ledgerMarket.order.contractNo')}
          name="contractNo"
          extra={t('ledgerMarket.issue.contractHint')}
          rules={[
            { required: true, whitespace: true, message: t('form.required') },
            { max: 64, message: t('form.tooLong', { max: 64 }) },
          ]}
        >
          <Input autoComplete="off" data-testid="issue-contract" />
        </Form.Item>
        <Typography.Text strong>{t('ledgerMarket.order.lines')}</Typography.Text>
        <Form.List
          name="lines"
          rules={[
            {
              validator: async (_, v: LineValues[] | undefined) => {
                if (!v?.some((l) => l?.priceItemId)) throw new Error(t('ledgerMarket.issue.noLines'));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <div style={{ marginTop: 8 }}>
              {fields.map((field, n) => (
                <Flex key={field.key} gap={8} align="flex-start">
                  <Form.Item name={[field.name, 'priceItemId']} style={{ flex: 1, minWidth: 0, marginBottom: 8 }} rules={[{ required: true, message: t('form.required') }]}>
                    <Select<string>
                      placeholder={t('ledgerMarket.issue.pickItem')}
                      showSearch={{ optionFilterProp: 'label' }}
                      options={active.map((i) => ({
                        value: i.id,
                        label: `${i.sku} · ${pick(i.name, i.nameEn)} · ${formatFen(i.unitPriceFen, locale)} / ${i.unit}`,
                        disabled: !!firstItem && i.category !== firstItem.category,
                      }))}
                      aria-label={t('ledgerMarket.issue.lineN', { n: n + 1 })}
                      data-testid={`issue-line-item-${n}`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'quantity']} style={{ width: 110, marginBottom: 8 }} rules={[{ required: true, message: t('form.required') }]}>
                    <InputNumber<number> min={1} max={1_000_000} precision={0} style={{ width: '100%' }} aria-label={t('ledgerMarket.quantity')} data-testid={`issue-line-qty-${n}`} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} disabled={fields.length === 1} onClick={() => remove(field.name)} aria-label={t('common.remove')} />
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ quantity: 1 })} disabled={fields.length >= 100} data-testid="issue-add-line">
                {t('ledgerMarket.issue.addLine')}
              </Button>
            </div>
          )}
        </Form.List>
        <Flex justify="flex-end" gap={8} align="baseline" style={{ margin: '16px 0' }}>
          <Typography.Text type="secondary">{t('ledgerMarket.order.total')}</Typography.Text>
          <span style={{ fontSize: 18 }}>
            <Money fen={total} strong testId="issue-total" />
          </span>
        </Flex>
        <Form.Item label={t('ledgerMarket.note')} name="note" rules={[{ max: 1000, message: t('form.tooLong', { max: 1000 }) }]}>
          <Input.TextArea rows={2} data-testid="issue-note" />
        </Form.Item>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('ledgerMarket.issue.submit')} testId="issue-submit" />
      </Form>
    </FormModal>
  );
}
