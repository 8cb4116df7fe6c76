// The teams of an organization; its admins create new ones.
import { useState } from 'react';
import { Button, Form, Input, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import * as api from '../api/endpoints.ts';
import type { Org, Team, TeamInput } from '../api/types.ts';
import { usePaged } from '../components/hooks.ts';
import { FormModal, LoadMore, ModalActions } from '../components/common.tsx';
import { EmptyState, ErrorAlert, ListStates } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';

/** The name and description of a team, used to create and to edit one. */
export function TeamFormFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item label={t('team.name')} name="name" rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 100, message: t('form.tooLong', { max: 100 }) }]}>
        <Input data-testid="team-name" />
      </Form.Item>
      <Form.Item label={t('team.description')} name="description" rules={[{ max: 2000, message: t('form.tooLong', { max: 2000 }) }]}>
        <Input.TextArea rows={3} data-testid="team-description" />
      </Form.Item>
    </>
  );
}

function CreateTeamModal({ org, open, onClose }: { org: Org; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (v: TeamInput) => {
    setBusy(true);
    setError(null);
    try {
      const team = await api.createTeam(org.id, { name: v.name.trim(), description: v.description?.trim() || undefined });
      onClose();
      navigate(`/teams/${encodeURIComponent(team.id)}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal open={open} title={t('team.createTitle')} onClose={onClose}>
      <ErrorAlert error={error} />
      <Form<TeamInput> layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} data-testid="team-create-form">
        <TeamFormFields />
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('common.create')} testId="team-create-submit" />
      </Form>
    </FormModal>
  );
}

export function TeamsTab({ org, canManage }: { org: Org; canManage: boolean }) {
  const { t, date, number } = useI18n();
  const [creating, setCreating] = useState(false);
  const list = usePaged((cursor, signal) => api.teams(org.id, { cursor, limit: 50 }, signal), [org.id]);

  const columns: TableColumnsType<Team> = [
    { title: t('team.name'), key: 'name', render: (_, r) => <Link to={`/teams/${encodeURIComponent(r.id)}`}>{r.name}</Link> },
    { title: t('team.description'), key: 'description', ellipsis: true, render: (_, r) => r.description ?? '—' },
    { title: t('team.memberCount'), key: 'members', width: 100, align: 'right', render: (_, r) => number(r.memberCount) },
    { title: t('common.createdAt'), key: 'createdAt', width: 130, render: (_, r) => date(r.createdAt) },
  ];

  return (
    <>
      {canManage && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} style={{ marginBottom: 16 }} data-testid="team-create">
          {t('team.create')}
        </Button>
      )}
      <ListStates list={list}>
        <Table<Team>
          rowKey="id"
          columns={columns}
          dataSource={list.items}
          loading={list.loading}
          pagination={false}
          scroll={{ x: 640 }}
          locale={{
            emptyText: (
              <EmptyState description={t('team.empty')}>
                {canManage && <Typography.Text type="secondary">{t('team.emptyHint')}</Typography.Text>}
              </EmptyState>
            ),
          }}
          data-testid="team-table"
        />
        <LoadMore list={list} testId="team-load-more" />
      </ListStates>
      <CreateTeamModal org={org} open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
