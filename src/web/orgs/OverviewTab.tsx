// What the organization is; its admins may edit it here.
import { useState } from 'react';
import { App, Button, Descriptions, Form, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import * as api from '../api/endpoints.ts';
import type { Org } from '../api/types.ts';
import { KindTag, ModalActions } from '../components/common.tsx';
import { ErrorAlert } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { cleanOrgValues, OrgFormFields, type OrgFormValues } from './OrgFormFields.tsx';

export function OverviewTab({ org, canEdit, onSaved }: { org: Org; canEdit: boolean; onSaved: (o: Org) => void }) {
  const { t, date } = useI18n();
  const { refresh } = useSession();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const save = async (v: OrgFormValues) => {
    setBusy(true);
    setError(null);
    try {
      const c = cleanOrgValues(v);
      // Clearing an optional field sends null so that the server clears it too.
      const updated = await api.updateOrg(org.id, {
        name: c.name,
        kind: c.kind,
        nameEn: c.nameEn ?? null,
        city: c.city ?? null,
        description: c.description ?? null,
      });
      onSaved(updated);
      setEditing(false);
      void message.success(t('common.saved'));
      // The session lists organization names and kinds; keep it current.
      void refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (editing) {
    return (
      <div style={{ maxWidth: 640 }}>
        <ErrorAlert error={error} />
        <Form<OrgFormValues>
          layout="vertical"
          requiredMark={false}
          initialValues={{ name: org.name, nameEn: org.nameEn ?? '', kind: org.kind, city: org.city ?? '', description: org.description ?? '' }}
          onFinish={(v) => void save(v)}
          data-testid="org-edit-form"
        >
          <OrgFormFields prefix="org-edit" />
          <ModalActions busy={busy} onCancel={() => setEditing(false)} submitLabel={t('common.save')} testId="org-edit-submit" />
        </Form>
      </div>
    );
  }

  return (
    <>
      <Descriptions
        bordered
        column={{ xs: 1, md: 2 }}
        size="middle"
        items={[
          { key: 'name', label: t('orgs.name'), children: org.name },
          { key: 'nameEn', label: t('orgs.nameEn'), children: org.nameEn ?? '—' },
          { key: 'kind', label: t('orgs.kind'), children: <KindTag kind={org.kind} /> },
          { key: 'city', label: t('orgs.city'), children: org.city ?? '—' },
          { key: 'created', label: t('common.createdAt'), children: date(org.createdAt) },
          { key: 'id', label: t('common.id'), children: <Typography.Text copyable code>{org.id}</Typography.Text> },
          {
            key: 'description',
            label: t('orgs.description'),
            span: 'filled',
            children: org.description ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{org.description}</Typography.Paragraph> : '—',
          },
        ]}
      />
      {canEdit && (
        <Button icon={<EditOutlined />} style={{ marginTop: 16 }} onClick={() => setEditing(true)} data-testid="org-edit">
          {t('common.edit')}
        </Button>
      )}
    </>
  );
}
