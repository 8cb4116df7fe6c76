// One team: its members (added from the organization's members), and for admins edit and delete.
import { useMemo, useState } from 'react';
import { App, Breadcrumb, Button, Form, Popconfirm, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { DeleteOutlined, EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { orgRoleRank } from '../../shared/enums.ts';
import * as api from '../api/endpoints.ts';
import type { Org, Team, TeamInput, TeamMember } from '../api/types.ts';
import { useAsync, usePaged } from '../components/hooks.ts';
import { FormModal, LoadMore, ModalActions, PageHeader } from '../components/common.tsx';
import { EmptyState, ErrorAlert, ErrorResult, ListStates, LoadingBlock } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import { TeamFormFields } from './TeamsTab.tsx';

function EditTeamModal({ team, open, onClose, onSaved }: { team: Team; open: boolean; onClose: () => void; onSaved: (t: Team) => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: TeamInput) => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await api.updateTeam(team.id, { name: v.name.trim(), description: v.description?.trim() || null }));
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormModal open={open} title={t('team.editTitle')} onClose={onClose}>
      <ErrorAlert error={error} />
      <Form<TeamInput> layout="vertical" initialValues={{ name: team.name, description: team.description ?? '' }} onFinish={(v) => void submit(v)} requiredMark={false}>
        <TeamFormFields />
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('common.save')} testId="team-edit-submit" />
      </Form>
    </FormModal>
  );
}

function AddMember({ org, present, onAdded, teamId }: { org: Org; present: Set<string>; onAdded: () => void; teamId: string }) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const [personId, setPersonId] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  // Candidates are the organization's members; one page of 200 covers most teams' organizations.
  const candidates = usePaged((cursor, signal) => api.members(org.id, { cursor, limit: 200 }, signal), [org.id]);
  const options = candidates.items.filter((m) => !present.has(m.personId)).map((m) => ({ value: m.personId, label: `${m.name} <${m.email}>` }));

  const add = async () => {
    if (!personId) return;
    setBusy(true);
    try {
      await api.addTeamMember(teamId, personId);
      setPersonId(undefined);
      void message.success(t('team.added'));
      onAdded();
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
      style={{ marginBottom: 16 }}
      data-testid="team-add-form"
    >
      <Space wrap>
        <label htmlFor="team-add-person">{t('team.addMember')}</label>
        <Select<string>
          id="team-add-person"
          showSearch={{ optionFilterProp: 'label' }}
          value={personId}
          onChange={setPersonId}
          options={options}
          loading={candidates.loading}
          placeholder={t('team.addMemberPlaceholder')}
          style={{ width: 340 }}
          notFoundContent={candidates.error ? errorText(candidates.error) : t('team.noCandidates')}
          data-testid="team-add-person"
        />
        <Button type="primary" htmlType="submit" icon={<UserAddOutlined />} disabled={!personId} loading={busy} data-testid="team-add-submit">
          {t('team.add')}
        </Button>
        {candidates.hasMore && (
          <Button onClick={candidates.loadMore} loading={candidates.loadingMore}>
            {t('common.loadMore')}
          </Button>
        )}
      </Space>
    </form>
  );
}

function TeamView({ team, org, onTeamChange }: { team: Team; org: Org; onTeamChange: (t: Team) => void }) {
  const { t, date, pick, errorText } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const canManage = org.myRole !== null && orgRoleRank(org.myRole) >= orgRoleRank('admin');
  const list = usePaged((cursor, signal) => api.teamMembers(team.id, { cursor, limit: 100 }, signal), [team.id]);
  const present = useMemo(() => new Set(list.items.map((m) => m.personId)), [list.items]);

  const remove = async (m: TeamMember) => {
    try {
      await api.removeTeamMember(team.id, m.personId);
      list.setItems((items) => items.filter((x) => x.personId !== m.personId));
      onTeamChange({ ...team, memberCount: Math.max(0, team.memberCount - 1) });
      void message.success(t('team.removed', { name: m.name }));
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  const deleteTeam = async () => {
    try {
      await api.deleteTeam(team.id);
      void message.success(t('team.deleted', { name: team.name }));
      navigate(`/orgs/${encodeURIComponent(org.id)}?tab=teams`);
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  const columns: TableColumnsType<TeamMember> = [
    { title: t('common.name'), dataIndex: 'name' },
    { title: t('auth.email'), dataIndex: 'email' },
    { title: t('team.addedAt'), key: 'addedAt', width: 130, render: (_, m) => date(m.addedAt) },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_, m) => (
        <Popconfirm
          title={t('team.removeConfirm', { name: m.name })}
          okText={t('common.remove')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => remove(m)}
        >
          <Button size="small" danger data-testid={`team-remove-${m.personId}`}>
            {t('common.remove')}
          </Button>
        </Popconfirm>
      ),
    });
  }

  const orgName = pick(org.name, org.nameEn);
  return (
    <div data-testid="team-page">
      <Breadcrumb
        style={{ marginBottom: 16 }}
        items={[
          { title: <Link to="/orgs">{t('nav.orgs')}</Link> },
          { title: <Link to={`/orgs/${encodeURIComponent(org.id)}?tab=teams`}>{orgName}</Link> },
          { title: team.name },
        ]}
      />
      <PageHeader
        title={team.name}
        subtitle={team.description || t('team.inOrg', { org: orgName })}
        extra={
          canManage && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="team-edit">
                {t('common.edit')}
              </Button>
              <Popconfirm
                title={t('team.deleteConfirm', { name: team.name })}
                okText={t('common.delete')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={deleteTeam}
              >
                <Button danger icon={<DeleteOutlined />} data-testid="team-delete">
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            </>
          )
        }
      />
      <div className="pj-panel">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('team.members')}
        </Typography.Title>
        {canManage && (
          <AddMember
            org={org}
            teamId={team.id}
            present={present}
            onAdded={() => {
              list.reload();
              onTeamChange({ ...team, memberCount: team.memberCount + 1 });
            }}
          />
        )}
        <ListStates list={list}>
          <Table<TeamMember>
            rowKey="personId"
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            scroll={{ x: 600 }}
            locale={{ emptyText: <EmptyState description={t('team.noMembers')} /> }}
            data-testid="team-member-table"
          />
          <LoadMore list={list} testId="team-member-load-more" />
        </ListStates>
      </div>
      <EditTeamModal team={team} open={editing} onClose={() => setEditing(false)} onSaved={onTeamChange} />
    </div>
  );
}

export default function TeamPage() {
  const { id = '' } = useParams();
  const teamState = useAsync((signal) => api.team(id, signal), [id]);
  const orgId = teamState.data?.orgId;
  const orgState = useAsync((signal) => (orgId ? api.org(orgId, signal) : Promise.resolve(undefined)), [orgId]);

  if (teamState.error != null) return <ErrorResult error={teamState.error} onRetry={teamState.reload} />;
  if (orgState.error != null) return <ErrorResult error={orgState.error} onRetry={orgState.reload} />;
  if (!teamState.data || !orgState.data) return <LoadingBlock rows={6} />;
  return <TeamView team={teamState.data} org={orgState.data} onTeamChange={(t) => teamState.setData(t)} />;
}
