// My applications (as PI or co-applicant) with their status, and the invitations to co-apply
// addressed to my e-mail, to accept (with an ORCID iD) or decline.
import { useState } from 'react';
import { App, Button, Form, Input, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { FormModal, ModalActions, PageHeader } from '../components/common.tsx';
import { useAsync } from '../components/hooks.ts';
import { EmptyState, ErrorAlert, ErrorResult, LoadingBlock } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import * as api from './api.ts';
import type { Application, MyApplications } from './api.ts';
import { ApplicationStatusTag } from './parts.tsx';

type Invitation = MyApplications['invitations'][number];
const ORCID = /^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$/;

export function AcceptModal({ applicationId, open, onClose, onDone }: { applicationId: string; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: { orcid?: string }) => {
    setBusy(true);
    setError(null);
    try {
      await api.acceptInvitation(applicationId, v.orcid?.trim() || null);
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormModal open={open} title={t('calls.invite.acceptTitle')} onClose={onClose}>
      <ErrorAlert error={error} />
      <Form layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
        <Form.Item name="orcid" label={t('calls.members.orcid')} extra={t('calls.members.orcidHelp')} rules={[{ pattern: ORCID, message: t('calls.members.orcidInvalid') }]}>
          <Input placeholder="0000-0002-1825-0097" data-testid="accept-orcid" />
        </Form.Item>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('calls.invite.accept')} testId="accept-submit" />
      </Form>
    </FormModal>
  );
}

export default function ApplicationsPage() {
  const { t, pick, dateTime } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const mine = useAsync((signal) => api.mine(signal), []);
  const [accepting, setAccepting] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  if (mine.loading && !mine.data) return <LoadingBlock />;
  if (mine.error || !mine.data) return <ErrorResult error={mine.error} onRetry={mine.reload} />;

  const decline = async (id: string) => {
    setError(null);
    try {
      await api.declineInvitation(id);
      message.success(t('calls.invite.declined'));
      mine.reload();
    } catch (e) {
      setError(e);
    }
  };

  const columns: TableColumnsType<Application> = [
    {
      title: t('calls.app.number'),
      key: 'number',
      width: 170,
      render: (_, a) => (
        <Link to={`/applications/${encodeURIComponent(a.id)}`} data-testid={`app-link-${a.id}`}>
          {a.number ?? t('calls.app.noNumber')}
        </Link>
      ),
    },
    { title: t('calls.app.title'), key: 'title', render: (_, a) => a.title || <Typography.Text type="secondary">{t('calls.app.untitled')}</Typography.Text> },
    { title: t('calls.app.call'), key: 'call', width: 220, render: (_, a) => <Link to={`/calls/${encodeURIComponent(a.callId)}`}>{pick(a.callTitle, a.callTitleEn)}</Link> },
    { title: t('calls.app.myRole'), key: 'role', width: 110, render: (_, a) => <Tag>{t(a.role === 'pi' ? 'calls.role.pi' : 'calls.role.member')}</Tag> },
    { title: t('common.status'), key: 'status', width: 110, render: (_, a) => <ApplicationStatusTag status={a.status} /> },
    { title: t('calls.app.updatedAt'), key: 'updated', width: 150, render: (_, a) => dateTime(a.updatedAt) },
  ];

  const invColumns: TableColumnsType<Invitation> = [
    { title: t('calls.app.title'), key: 'title', render: (_, i) => <Link to={`/applications/${encodeURIComponent(i.applicationId)}`}>{i.title || t('calls.app.untitled')}</Link> },
    { title: t('calls.app.call'), key: 'call', width: 220, render: (_, i) => pick(i.callTitle, i.callTitleEn) },
    { title: t('calls.app.pi'), key: 'pi', width: 150, render: (_, i) => i.piName },
    { title: t('calls.invite.invitedAt'), key: 'at', width: 150, render: (_, i) => dateTime(i.invitedAt) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 190,
      render: (_, i) =>
        i.status === 'draft' ? (
          <Space>
            <Button size="small" type="primary" onClick={() => setAccepting(i.applicationId)} data-testid={`invite-accept-${i.applicationId}`}>
              {t('calls.invite.accept')}
            </Button>
            <Popconfirm title={t('calls.invite.declineConfirm')} onConfirm={() => void decline(i.applicationId)}>
              <Button size="small" data-testid={`invite-decline-${i.applicationId}`}>
                {t('calls.invite.decline')}
              </Button>
            </Popconfirm>
          </Space>
        ) : (
          <ApplicationStatusTag status={i.status} />
        ),
    },
  ];

  return (
    <div data-testid="applications-page">
      <PageHeader
        title={t('calls.mine.title')}
        subtitle={t('calls.mine.intro')}
        extra={
          <Button type="primary" onClick={() => navigate('/calls')} data-testid="browse-calls">
            {t('calls.mine.browse')}
          </Button>
        }
      />
      <ErrorAlert error={error} />
      {mine.data.invitations.length > 0 && (
        <div className="pj-panel" style={{ marginBottom: 16 }}>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t('calls.invite.title')}
          </Typography.Title>
          <Table<Invitation> rowKey="applicationId" size="small" columns={invColumns} dataSource={mine.data.invitations} pagination={false} scroll={{ x: 800 }} data-testid="invitations-table" />
        </div>
      )}
      <div className="pj-panel">
        <Table<Application>
          rowKey="id"
          columns={columns}
          dataSource={mine.data.applications}
          pagination={mine.data.applications.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 900 }}
          locale={{ emptyText: <EmptyState description={t('calls.mine.empty')} /> }}
          data-testid="applications-table"
        />
      </div>
      {accepting && (
        <AcceptModal
          open
          applicationId={accepting}
          onClose={() => setAccepting(null)}
          onDone={() => {
            const id = accepting;
            setAccepting(null);
            message.success(t('calls.invite.accepted'));
            navigate(`/applications/${encodeURIComponent(id)}`);
          }}
        />
      )}
    </div>
  );
}
