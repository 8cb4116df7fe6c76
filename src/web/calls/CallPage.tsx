// A call's page: description, track, window with the deadline in the call's zone, eligibility,
// the questions asked, and "start an application". Its staff edit, open and close it and see the
// applications.
import { useState } from 'react';
import { App, Alert, Button, Descriptions, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { FormModal, LoadMore, ModalActions, PageHeader } from '../components/common.tsx';
import { useAsync, usePaged } from '../components/hooks.ts';
import { EmptyState, ErrorAlert, ErrorResult, ListStates, LoadingBlock } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useSession } from '../session/SessionContext.tsx';
import * as api from './api.ts';
import type { Application, ApplicationStatus, CallDetail } from './api.ts';
import { CallFormModal } from './CallForm.tsx';
import { ApplicationStatusTag, CallStatusTag, Deadline } from './parts.tsx';
import Questionnaire from './Questionnaire.tsx';

const STATUSES: ApplicationStatus[] = ['submitted', 'in_review', 'decided', 'withdrawn', 'draft'];

function StartModal({ call, open, onClose }: { call: CallDetail; open: boolean; onClose: () => void }) {
  const { t, pick } = useI18n();
  const { session } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const kinds = call.eligibility.orgKinds ?? [];
  const orgs = (session?.memberships ?? []).filter((m) => !kinds.length || kinds.includes(m.orgKind));

  const submit = async (v: { orgId?: string; title?: string }) => {
    setBusy(true);
    setError(null);
    try {
      const app = await api.startApplication(call.id, { orgId: v.orgId ?? null, title: v.title?.trim() ?? '' });
      navigate(`/applications/${encodeURIComponent(app.id)}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal open={open} title={t('calls.start.title')} onClose={onClose}>
      <ErrorAlert error={error} />
      {kinds.length > 0 && orgs.length === 0 && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('calls.start.noEligibleOrg')} />}
      <Form layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} initialValues={{ orgId: orgs[0]?.orgId }} data-testid="start-form">
        <Form.Item name="orgId" label={t('calls.app.org')} rules={kinds.length ? [{ required: true, message: t('calls.form.required') }] : []} extra={t('calls.start.orgHelp')}>
          <Select allowClear={!kinds.length} options={orgs.map((m) => ({ value: m.orgId, label: pick(m.orgName, m.orgNameEn) }))} data-testid="start-org" />
        </Form.Item>
        <Form.Item name="title" label={t('calls.app.title')}>
          <Input maxLength={300} data-testid="start-title" />
        </Form.Item>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('calls.start.go')} testId="start-submit" />
      </Form>
    </FormModal>
  );
}

function StaffApplications({ call }: { call: CallDetail }) {
  const { t, dateTime } = useI18n();
  const [status, setStatus] = useState<ApplicationStatus | undefined>(undefined);
  const list = usePaged((cursor, signal) => api.callApplications(call.id, { status, cursor, limit: 50 }, signal), [call.id, status]);
  const columns: TableColumnsType<Application> = [
    { title: t('calls.app.number'), key: 'number', width: 170, render: (_, a) => <Link to={`/applications/${encodeURIComponent(a.id)}`}>{a.number ?? t('calls.app.noNumber')}</Link> },
    { title: t('calls.app.title'), key: 'title', render: (_, a) => a.title || '—' },
    { title: t('calls.app.pi'), key: 'pi', width: 160, render: (_, a) => a.piName },
    { title: t('common.status'), key: 'status', width: 110, render: (_, a) => <ApplicationStatusTag status={a.status} /> },
    { title: t('calls.app.submittedAt'), key: 'submitted', width: 150, render: (_, a) => dateTime(a.submittedAt) },
  ];
  return (
    <div className="pj-panel" style={{ marginTop: 16 }}>
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('calls.staff.applications')}
        </Typography.Title>
        <Space wrap>
          <Select<ApplicationStatus>
            allowClear
            placeholder={t('calls.staff.allButDrafts')}
            style={{ width: 180 }}
            value={status}
            onChange={setStatus}
            options={STATUSES.map((s) => ({ value: s, label: t(`calls.appStatus.${s}`) }))}
            data-testid="call-apps-status"
          />
          <Link to={`/calls/${encodeURIComponent(call.id)}/review`}>{t('calls.staff.review')}</Link>
        </Space>
      </Space>
      <ListStates list={list}>
        <Table<Application>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={list.items}
          pagination={false}
          scroll={{ x: 800 }}
          locale={{ emptyText: <EmptyState description={t('calls.staff.noApplications')} /> }}
          data-testid="call-applications"
        />
        <LoadMore list={list} testId="call-apps-more" />
      </ListStates>
    </div>
  );
}

export default function CallPage() {
  const { id = '' } = useParams();
  const { t, pick, dateTime } = useI18n();
  const { message } = App.useApp();
  const { session } = useSession();
  const navigate = useNavigate();
  const callState = useAsync((signal) => api.getCall(id, signal), [id]);
  const [editing, setEditing] = useState(false);
  const [starting, setStarting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [preview, setPreview] = useState<Record<string, unknown>>({});

  if (callState.loading && !callState.data) return <LoadingBlock />;
  if (callState.error || !callState.data) return <ErrorResult error={callState.error} onRetry={callState.reload} />;
  const call = callState.data;

  const setStatus = async (to: 'open' | 'close') => {
    setBusy(true);
    setError(null);
    try {
      callState.setData(to === 'open' ? await api.openCall(call.id) : await api.closeCall(call.id));
      message.success(t(to === 'open' ? 'calls.staff.opened' : 'calls.staff.closed'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const description = pick(call.description, call.descriptionEn);
  return (
    <div data-testid="call-page">
      <Typography.Paragraph>
        <Link to="/calls">← {t('calls.list.title')}</Link>
      </Typography.Paragraph>
      <PageHeader
        title={
          <Space wrap>
            {pick(call.title, call.titleEn)}
            <CallStatusTag status={call.status} />
          </Space>
        }
        subtitle={`${call.code} · ${pick(call.ownerOrgName, call.ownerOrgNameEn)}`}
        extra={
          <>
            {call.viewerIsStaff && (
              <>
                <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="call-edit">
                  {t('common.edit')}
                </Button>
                {call.status === 'open' ? (
                  <Popconfirm title={t('calls.staff.closeConfirm')} onConfirm={() => void setStatus('close')}>
                    <Button loading={busy} data-testid="call-close">
                      {t('calls.staff.close')}
                    </Button>
                  </Popconfirm>
                ) : (
                  (call.status === 'draft' || call.status === 'closed') && (
                    <Button loading={busy} onClick={() => void setStatus('open')} data-testid="call-open">
                      {t('calls.staff.open')}
                    </Button>
                  )
                )}
              </>
            )}
            {call.accepting &&
              (session ? (
                <Button type="primary" onClick={() => setStarting(true)} data-testid="call-start">
                  {t('calls.start.button')}
                </Button>
              ) : (
                <Button type="primary" onClick={() => navigate(`/signin?returnTo=${encodeURIComponent(`/calls/${call.id}`)}`)} data-testid="call-signin">
                  {t('calls.start.signIn')}
                </Button>
              ))}
          </>
        }
      />
      <ErrorAlert error={error} />
      <div className="pj-panel">
        {description && (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="call-description">
            {description}
          </Typography.Paragraph>
        )}
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('calls.call.track')}>
            <Tag>{call.track}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('calls.call.mode')}>{t(`calls.mode.${call.mode}`)}</Descriptions.Item>
          <Descriptions.Item label={t('calls.call.opensAt')}>{dateTime(call.opensAt)}</Descriptions.Item>
          <Descriptions.Item label={t('calls.call.deadline')}>
            <Deadline call={call} />
          </Descriptions.Item>
          <Descriptions.Item label={t('calls.call.eligibility')}>
            {call.eligibility.orgKinds?.length ? (
              <Space size={4} wrap>
                {call.eligibility.orgKinds.map((k) => (
                  <Tag key={k}>{t(`orgKind.${k}` as 'orgKind.university')}</Tag>
                ))}
              </Space>
            ) : (
              t('calls.call.anyOrg')
            )}
            {call.eligibility.requireOrcid && <div>{t('calls.call.orcidRequired')}</div>}
          </Descriptions.Item>
          <Descriptions.Item label={t('calls.call.stages')}>
            {call.stages.map((s) => (
              <Tag key={s.key}>{t(`calls.stage.${s.kind}`)}</Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('calls.call.award')}>
            {call.award.unit}
            {call.award.multiple && call.award.multiple > 1 ? ` × ${call.award.multiple}` : ''}
            {call.award.max ? ` (≤ ${call.award.max})` : ''}
          </Descriptions.Item>
        </Descriptions>
      </div>
      <div className="pj-panel" style={{ marginTop: 16 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('calls.call.questions')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('calls.call.questionsHelp', { form: `${pick(call.template.title, call.template.titleEn)} v${call.template.version}` })}</Typography.Paragraph>
        <Questionnaire questions={call.template.questions} value={preview} onChange={setPreview} />
      </div>
      {call.viewerIsStaff && <StaffApplications call={call} />}
      {call.viewerIsStaff && (
        <CallFormModal
          open={editing}
          call={call}
          onClose={() => setEditing(false)}
          onSaved={(c) => {
            setEditing(false);
            callState.setData(c);
          }}
        />
      )}
      {session && <StartModal call={call} open={starting} onClose={() => setStarting(false)} />}
    </div>
  );
}
