// A new project of one of the caller's organizations (its admins): code, names, summary.
import { useState } from 'react';
import { Form, Input, Select, Typography } from 'antd';
import { FormModal, ModalActions } from '../components/common.tsx';
import { ErrorAlert } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import * as api from './api.ts';
import { useMemberships } from './parts.tsx';

interface Values {
  orgId: string;
  code: string;
  name: string;
  nameEn?: string;
  summary?: string;
}

export function ProjectModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: (p: api.Project) => void }) {
  const { t, pick } = useI18n();
  const { admins } = useMemberships();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await api.createProject(v.orgId, { code: v.code.trim(), name: v.name.trim(), nameEn: v.nameEn?.trim() || undefined, summary: v.summary?.trim() || undefined }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormModal open={open} title={t('compute.projects.newTitle')} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('compute.projects.newHint')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form<Values> layout="vertical" requiredMark={false} initialValues={{ orgId: admins[0]?.orgId }} onFinish={(v) => void submit(v)} data-testid="project-form">
        <Form.Item label={t('compute.org')} name="orgId" rules={[{ required: true, message: t('form.required') }]}>
          <Select options={admins.map((m) => ({ value: m.orgId, label: pick(m.orgName, m.orgNameEn) }))} data-testid="project-org" />
        </Form.Item>
        <Form.Item
          label={t('compute.projects.code')}
          name="code"
          extra={t('compute.projects.codeHint')}
          rules={[
            { required: true, whitespace: true, message: t('form.required') },
            { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, message: t('compute.codeRule') },
            { max: 40, message: t('form.tooLong', { max: 40 }) },
          ]}
        >
          <Input data-testid="project-code" />
        </Form.Item>
        <Form.Item label={t('compute.projects.name')} name="name" rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 200, message: t('form.tooLong', { max: 200 }) }]}>
          <Input data-testid="project-name" />
        </Form.Item>
        <Form.Item label={t('compute.projects.nameEn')} name="nameEn" rules={[{ max: 200, message: t('form.tooLong', { max: 200 }) }]}>
          <Input data-testid="project-name-en" />
        </Form.Item>
        <Form.Item label={t('compute.projects.summary')} name="summary" rules={[{ max: 4000, message: t('form.tooLong', { max: 4000 }) }]}>
          <Input.TextArea rows={3} data-testid="project-summary" />
        </Form.Item>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('compute.projects.create')} testId="project-submit" />
      </Form>
    </FormModal>
  );
}
