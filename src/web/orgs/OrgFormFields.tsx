// The fields of an organization, shared by the create modal and the overview edit form.
import { Form, Input, Select } from 'antd';
import { ORG_KINDS, type OrgKind } from '../../shared/enums.ts';
import { useI18n } from '../i18n/index.tsx';

export interface OrgFormValues {
  name: string;
  nameEn?: string;
  kind: OrgKind;
  city?: string;
  description?: string;
}

/** Trims the values and drops empty optional ones. */
export function cleanOrgValues(v: OrgFormValues): OrgFormValues {
  const opt = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);
  return { name: v.name.trim(), kind: v.kind, nameEn: opt(v.nameEn), city: opt(v.city), description: opt(v.description) };
}

export function OrgFormFields({ prefix }: { prefix: string }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item label={t('orgs.name')} name="name" rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 200, message: t('form.tooLong', { max: 200 }) }]}>
        <Input data-testid={`${prefix}-name`} />
      </Form.Item>
      <Form.Item label={t('orgs.nameEn')} name="nameEn" rules={[{ max: 200, message: t('form.tooLong', { max: 200 }) }]}>
        <Input lang="en" data-testid={`${prefix}-name-en`} />
      </Form.Item>
      <Form.Item label={t('orgs.kind')} name="kind" rules={[{ required: true, message: t('form.required') }]}>
        <Select<OrgKind> options={ORG_KINDS.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))} data-testid={`${prefix}-kind`} />
      </Form.Item>
      <Form.Item label={t('orgs.city')} name="city" rules={[{ max: 100, message: t('form.tooLong', { max: 100 }) }]}>
        <Input data-testid={`${prefix}-city`} />
      </Form.Item>
      <Form.Item label={t('orgs.description')} name="description" rules={[{ max: 4000, message: t('form.tooLong', { max: 4000 }) }]}>
        <Input.TextArea rows={4} showCount maxLength={4000} data-testid={`${prefix}-description`} />
      </Form.Item>
    </>
  );
}
