// The members of an organization: admins change roles and remove people; anyone may leave.
import { App, Button, Popconfirm, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useNavigate } from 'react-router';
import { ORG_ROLES, orgRoleRank, type OrgRole } from '../../shared/enums.ts';
import * as api from '../api/endpoints.ts';
import type { Member, Org } from '../api/types.ts';
import { usePaged } from '../components/hooks.ts';
import { LoadMore, RoleTag } from '../components/common.tsx';
import { EmptyState, ErrorResult, LoadingBlock } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useSession } from '../session/SessionContext.tsx';

export function MembersTab({ org, onChanged }: { org: Org; onChanged: () => void }) {
  const { t, date, errorText } = useI18n();
  const { session, refresh } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const list = usePaged((cursor, signal) => api.members(org.id, { cursor, limit: 100 }, signal), [org.id]);
  const me = session?.person.id;
  const myRank = org.myRole ? orgRoleRank(org.myRole) : 0;
  const isAdmin = myRank >= orgRoleRank('admin');

  // Admins manage members and admins; only owners grant, change or remove ownership.
  const canManage = (m: Member) => isAdmin && m.personId !== me && (m.role !== 'owner' || org.myRole === 'owner');
  const roleOptions = ORG_ROLES.filter((r) => r !== 'owner' || org.myRole === 'owner').map((r) => ({ value: r, label: t(`orgRole.${r}`) }));

  const changeRole = async (m: Member, role: OrgRole) => {
    try {
      const updated = await api.setMemberRole(org.id, m.personId, role);
      list.setItems((items) => items.map((x) => (x.personId === m.personId ? { ...x, ...updated } : x)));
      void message.success(t('org.members.roleChanged', { name: m.name }));
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  const remove = async (m: Member) => {
    try {
      await api.removeMember(org.id, m.personId);
      if (m.personId === me) {
        await refresh();
        void message.success(t('org.members.left'));
        navigate('/orgs');
        return;
      }
      list.setItems((items) => items.filter((x) => x.personId !== m.personId));
      void message.success(t('org.members.removed', { name: m.name }));
      onChanged();
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  if (list.loading && list.items.length === 0) return <LoadingBlock />;
  if (list.error != null) return <ErrorResult error={list.error} onRetry={list.reload} />;

  const columns: TableColumnsType<Member> = [
    {
      title: t('common.name'),
      key: 'name',
      render: (_, m) => (
        <Space>
          {m.name}
          {m.personId === me && <Tag>{t('org.members.you')}</Tag>}
        </Space>
      ),
    },
    { title: t('auth.email'), dataIndex: 'email' },
    {
      title: t('common.role'),
      key: 'role',
      width: 160,
      render: (_, m) =>
        canManage(m) ? (
          <Select<OrgRole>
            size="small"
            value={m.role}
            style={{ width: 130 }}
            options={roleOptions}
            onChange={(r) => void changeRole(m, r)}
            aria-label={t('org.members.roleOf', { name: m.name })}
            data-testid={`member-role-${m.personId}`}
          />
        ) : (
          <RoleTag role={m.role} />
        ),
    },
    { title: t('org.members.joinedAt'), key: 'joinedAt', width: 130, render: (_, m) => date(m.joinedAt) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, m) =>
        m.personId === me ? (
          <Popconfirm
            title={t('org.members.leaveConfirm', { org: org.name })}
            okText={t('org.members.leave')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => remove(m)}
          >
            <Button size="small" danger data-testid="member-leave">
              {t('org.members.leave')}
            </Button>
          </Popconfirm>
        ) : canManage(m) ? (
          <Popconfirm
            title={t('org.members.removeConfirm', { name: m.name })}
            okText={t('common.remove')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => remove(m)}
          >
            <Button size="small" danger data-testid={`member-remove-${m.personId}`}>
              {t('common.remove')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <>
      <Table<Member>
        rowKey="personId"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: <EmptyState description={t('org.members.empty')} /> }}
        data-testid="member-table"
      />
      <LoadMore list={list} testId="member-load-more" />
    </>
  );
}
