// Invitations by e-mail: invite with a role, see each one's status, revoke those still open.
import { useState } from 'react';
import { App, Button, Form, Input, Popconfirm, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { ORG_ROLES, type OrgRole } from '../../shared/enums.ts';
import * as api from '../api/endpoints.ts';
import type { Invitation, InvitationInput, InvitationStatus, Org } from '../api/types.ts';
import { useAsync, usePaged } from '../components/hooks.ts';
import { LoadMore, RoleTag } from '../components/common.tsx';
import { EmptyState, ErrorAlert, ListStates } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';

const STATUS_COLOR: Record<InvitationStatus, string> = { pending: 'blue', accepted: 'green', revoked: 'default', expired: 'orange' };

export function InvitationsTab({ org }: { org: Org }) {
  const { t, dateTime, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<InvitationInput>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const list = usePaged((cursor, signal) => api.invitations(org.id, { cursor, limit: 50 }, signal), [org.id]);
  // Invitations name the inviter by person id; the members list turns ids into names.
  const inviters = useAsync((signal) => api.members(org.id, { limit: 200 }, signal), [org.id]);
  const nameOf = (personId: string) => inviters.data?.items.find((m) => m.personId === personId)?.name ?? personId;

  const invite = async (v: InvitationInput) => {
    setBusy(true);
    setError(null);
    try {
      const inv = await api.invite(org.id, { email: v.email.trim(), role: v.role });
      list.setItems((items) => [inv, ...items.filter((x) => x.id !== inv.id)]);
      form.resetFields(['email']);
      void message.success(t('org.invite.sent', { email: inv.email }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (inv: Invitation) => {
    try {
      await api.revokeInvitation(org.id, inv.id);
      list.setItems((items) => items.map((x) => (x.id === inv.id ? { ...x, status: 'revoked' } : x)));
      void message.success(t('org.invite.revoked', { email: inv.email }));
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  // Only owners may invite owners; the server checks it too.
  const roles = ORG_ROLES.filter((r) => r !== 'owner' || org.myRole === 'owner');

  const columns: TableColumnsType<Invitation> = [
    { title: t('auth.email'), dataIndex: 'email' },
    { title: t('common.role'), key: 'role', width: 110, render: (_, r) => <RoleTag role={r.role} /> },
    { title: t('common.status'), key: 'status', width: 110, render: (_, r) => <Tag color={STATUS_COLOR[r.status]}>{t(`invitationStatus.${r.status}`)}</Tag> },
    { title: t('org.invite.invitedBy'), key: 'invitedBy', width: 160, ellipsis: true, render: (_, r) => nameOf(r.invitedBy) },
    { title: t('common.createdAt'), key: 'createdAt', width: 150, render: (_, r) => dateTime(r.createdAt) },
    { title: t('org.invite.expiresAt'), key: 'expiresAt', width: 150, render: (_, r) => dateTime(r.expiresAt) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, r) =>
        r.status === 'pending' ? (
          <Popconfirm
            title={t('org.invite.revokeConfirm', { email: r.email })}
            okText={t('org.invite.revoke')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => revoke(r)}
          >
            <Button size="small" danger data-testid={`invitation-revoke-${r.id}`}>
              {t('org.invite.revoke')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('org.invite.title')}
      </Typography.Title>
      <ErrorAlert error={error} />
      {/* noValidate: the browser's own bubbles speak the browser's language; the form's rules speak the UI's. */}
      <Form<InvitationInput>
        noValidate
        form={form}
        layout="inline"
        initialValues={{ role: 'member' }}
        onFinish={(v) => void invite(v)}
        requiredMark={false}
        style={{ marginBottom: 8, rowGap: 8 }}
        data-testid="invite-form"
      >
        <Form.Item
          label={t('auth.email')}
          name="email"
          rules={[
            { required: true, message: t('form.required') },
            { type: 'email', message: t('form.emailInvalid') },
          ]}
        >
          <Input type="email" style={{ width: 260 }} autoComplete="off" data-testid="invite-email" />
        </Form.Item>
        <Form.Item label={t('common.role')} name="role">
          <Select<OrgRole> style={{ width: 140 }} options={roles.map((r) => ({ value: r, label: t(`orgRole.${r}`) }))} data-testid="invite-role" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={busy} data-testid="invite-submit">
            {t('org.invite.submit')}
          </Button>
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary">
        {t('org.invite.hint')} <Link to="/outbox">{t('nav.outbox')}</Link>
      </Typography.Paragraph>
      <ListStates list={list}>
        <Table<Invitation>
          rowKey="id"
          columns={columns}
          dataSource={list.items}
          loading={list.loading}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: <EmptyState description={t('org.invite.empty')} /> }}
          data-testid="invitation-table"
        />
        <LoadMore list={list} testId="invitation-load-more" />
      </ListStates>
    </>
  );
}
