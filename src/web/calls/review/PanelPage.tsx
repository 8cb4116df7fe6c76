// One review panel: its members with role, expertise and current load (the user office edits
// them), and — for the staff and the chair — its applications with the grades they may see.
import { useState } from 'react';
import { App, Breadcrumb, Button, Card, Descriptions, Flex, Form, Input, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { FormModal, ModalActions, PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { EmptyState, ErrorAlert, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { ApplicationStatusTag } from '../parts.tsx';
import * as api from './api.ts';
import type { PanelDetail, PanelMember } from './api.ts';
import { MeanGrade } from './parts.tsx';

type PanelApp = PanelDetail['applications'][number];

interface MemberRow {
  personId?: string;
  label?: string;
  email?: string;
  role: 'chair' | 'reviewer';
  expertise?: string[];
}

function MembersModal({ panel, open, onClose, onSaved }: { panel: PanelDetail; open: boolean; onClose: () => void; onSaved: (p: PanelDetail) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const initial: MemberRow[] = panel.members.map((m) => ({ personId: m.personId, label: m.email ? `${m.name} <${m.email}>` : m.name, role: m.role, expertise: m.expertise }));
  const submit = async (v: { members?: MemberRow[] }) => {
    setBusy(true);
    setError(null);
    try {
      const members = (v.members ?? []).map((m) => ({
        ...(m.personId ? { personId: m.personId } : { email: (m.email ?? '').trim() }),
        role: m.role,
        expertise: (m.expertise ?? []).map((e) => e.trim()).filter(Boolean),
      }));
      const p = await api.setMembers(panel.id, { members });
      void message.success(t('review.panel.saved'));
      onSaved(p);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormModal open={open} title={t('review.panel.membersTitle')} onClose={onClose}>
      <ErrorAlert error={error} />
      <Form layout="vertical" requiredMark={false} initialValues={{ members: initial }} onFinish={(v: { members?: MemberRow[] }) => void submit(v)} data-testid="panel-members-form">
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Card key={f.key} size="small" style={{ marginBottom: 8 }}>
                  <Form.Item noStyle shouldUpdate>
                    {(form) => {
                      const existing = form.getFieldValue(['members', f.name, 'personId']) as string | undefined;
                      return existing ? (
                        <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
                          {form.getFieldValue(['members', f.name, 'label']) as string}
                        </Typography.Text>
                      ) : (
                        <Form.Item name={[f.name, 'email']} label={t('review.panel.person')} rules={[{ required: true, type: 'email', max: 254 }]}>
                          <Input type="email" autoComplete="off" data-testid={`member-email-${i}`} />
                        </Form.Item>
                      );
                    }}
                  </Form.Item>
                  <Flex gap={8} align="flex-start">
                    <Form.Item name={[f.name, 'role']} label={t('common.role')} style={{ width: 140, marginBottom: 0 }}>
                      <Select
                        options={(['chair', 'reviewer'] as const).map((r) => ({ value: r, label: t(`review.role.${r}`) }))}
                        data-testid={`member-role-${i}`}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'expertise']} label={t('review.panel.expertise')} style={{ flex: 1, marginBottom: 0 }}>
                      <Select mode="tags" tokenSeparators={[',', '，']} open={false} data-testid={`member-expertise-${i}`} />
                    </Form.Item>
                    <Tooltip title={t('common.remove')}>
                      <Button aria-label={t('common.remove')} icon={<DeleteOutlined />} onClick={() => remove(f.name)} style={{ marginTop: 30 }} data-testid={`member-remove-${i}`} />
                    </Tooltip>
                  </Flex>
                </Card>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ role: 'reviewer', expertise: [] })} style={{ marginBottom: 16 }} data-testid="member-add">
                {t('review.panel.addMember')}
              </Button>
            </>
          )}
        </Form.List>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('common.save')} testId="panel-members-submit" />
      </Form>
    </FormModal>
  );
}

export default function PanelPage() {
  const { id = '' } = useParams();
  const { t, pick, date } = useI18n();
  const [editing, setEditing] = useState(false);
  const panel = useAsync((signal) => api.panel(id, signal), [id]);

  if (panel.loading && !panel.data) return <LoadingBlock />;
  if (panel.error != null) return <ErrorResult error={panel.error} onRetry={panel.reload} />;
  const p = panel.data!;
  const showApps = p.canManage || p.myRole === 'chair' || p.applications.length > 0;

  const memberColumns: TableColumnsType<PanelMember> = [
    { title: t('common.name'), key: 'name', render: (_, m) => m.name },
    ...(p.members.some((m) => m.email) ? [{ title: t('review.panel.email'), key: 'email', render: (_: unknown, m: PanelMember) => m.email ?? '—' }] : []),
    { title: t('common.role'), key: 'role', width: 110, render: (_, m) => <Tag color={m.role === 'chair' ? 'purple' : 'blue'}>{t(`review.role.${m.role}`)}</Tag> },
    { title: t('review.panel.expertise'), key: 'expertise', render: (_, m) => (m.expertise.length ? m.expertise.map((e) => <Tag key={e}>{e}</Tag>) : '—') },
    { title: t('review.panel.load'), key: 'load', width: 100, align: 'right', render: (_, m) => m.load },
  ];
  const appColumns: TableColumnsType<PanelApp> = [
    {
      title: t('review.board.application'),
      key: 'title',
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          <span>{a.title || '—'}</span>
          {a.number && (
            <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
              {a.number}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: t('review.page.keywords'), key: 'kw', render: (_, a) => a.keywords.map((k) => <Tag key={k}>{k}</Tag>) },
    { title: t('common.status'), key: 'status', width: 110, render: (_, a) => <ApplicationStatusTag status={a.status} /> },
    {
      title: t('review.panel.meanGrade'),
      key: 'grade',
      width: 170,
      render: (_, a) =>
        a.conflicted ? (
          <Tag color="red" data-testid={`panel-app-conflict-${a.id}`}>
            {t('review.panel.conflicted')}
          </Tag>
        ) : (
          <MeanGrade mean={a.grade} count={a.gradeCount} />
        ),
    },
    ...(p.canManage
      ? [
          {
            title: t('common.actions'),
            key: 'board',
            width: 120,
            render: (_: unknown, a: PanelApp) => <Link to={`/calls/${encodeURIComponent(a.callId)}/review`}>{t('review.board.title')}</Link>,
          },
        ]
      : []),
  ];

  return (
    <div data-testid="panel-page">
      <Breadcrumb style={{ marginBottom: 16 }} items={[{ title: <Link to="/panels">{t('review.panels.title')}</Link> }, { title: pick(p.name, p.nameEn) }]} />
      <PageHeader
        title={pick(p.name, p.nameEn)}
        extra={
          p.canManage && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="panel-edit-members">
              {t('review.panel.editMembers')}
            </Button>
          )
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <div className="pj-panel">
          <Descriptions column={{ xs: 1, md: 3 }} size="small">
            <Descriptions.Item label={t('review.panels.org')}>{pick(p.ownerOrgName, p.ownerOrgNameEn)}</Descriptions.Item>
            <Descriptions.Item label={t('review.panels.scopeRef')}>{p.scopeRef ? <Typography.Text code>{p.scopeRef}</Typography.Text> : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('common.createdAt')}>{date(p.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('review.panels.areas')}>{p.areas.length ? p.areas.map((a) => <Tag key={a}>{a}</Tag>) : '—'}</Descriptions.Item>
            {p.myRole && <Descriptions.Item label={t('review.panels.myRole')}>{t(`review.role.${p.myRole}`)}</Descriptions.Item>}
          </Descriptions>
        </div>
        <Card title={t('review.panel.members')} size="small">
          <Table<PanelMember>
            rowKey="personId"
            columns={memberColumns}
            dataSource={p.members}
            pagination={false}
            size="small"
            scroll={{ x: 700 }}
            locale={{ emptyText: <EmptyState description={t('review.panel.membersEmpty')} /> }}
            data-testid="panel-members-table"
          />
        </Card>
        {showApps && (
          <Card title={t('review.panel.applications')} size="small">
            <Table<PanelApp>
              rowKey="id"
              columns={appColumns}
              dataSource={p.applications}
              pagination={p.applications.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
              size="small"
              scroll={{ x: 800 }}
              locale={{ emptyText: <EmptyState description={t('review.panel.applicationsEmpty')} /> }}
              data-testid="panel-applications-table"
            />
          </Card>
        )}
      </Space>
      {p.canManage && (
        <MembersModal
          panel={p}
          open={editing}
          onClose={() => setEditing(false)}
          onSaved={(next) => {
            setEditing(false);
            panel.setData(next);
          }}
        />
      )}
    </div>
  );
}
