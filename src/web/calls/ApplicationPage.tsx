// One application: its header (number, status, deadline), the questionnaire saved as typed (with
// a "saved at" line and a conflict message when someone else saved in between), the desk's own
// part, co-applicants, attachments, links to earlier applications and the status history; submit
// (listing what is missing) and withdraw.
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { App, Alert, Button, Col, Form, Input, List, Popconfirm, Row, Select, Space, Table, Tabs, Tag, Timeline, Typography, Upload, type TableColumnsType } from 'antd';
import { CheckCircleOutlined, DeleteOutlined, DownloadOutlined, LoadingOutlined, UploadOutlined, WarningOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { FormModal, ModalActions, PageHeader } from '../components/common.tsx';
import { useAsync } from '../components/hooks.ts';
import { EmptyState, ErrorAlert, ErrorResult, LoadingBlock } from '../components/states.tsx';
import { ApiError, isApiError } from '../api/client.ts';
import { useI18n, type Translate } from '../i18n/index.tsx';
import { useSession } from '../session/SessionContext.tsx';
import * as api from './api.ts';
import type { ApplicationDetail, ApplicationMember, ApplicationPatch, FormQuestion } from './api.ts';
import { DESK_MISSING, DESK_PARTS } from './deskParts.tsx';
import { AcceptModal } from './ApplicationsPage.tsx';
import { ApplicationStatusTag, Deadline } from './parts.tsx';
import Questionnaire from './Questionnaire.tsx';

const ORCID = /^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$/;
const MAX_FILE = 10 * 1024 * 1024;
const AUTOSAVE_MS = 1200;
// Events named by the engine and the desks that use it; others show their kind as is.
const EVENT_KINDS = new Set(['member_invited', 'member_accepted', 'member_declined', 'member_removed', 'feasibility', 'assigned', 'decision']);

type Fields = Required<Pick<ApplicationPatch, 'title' | 'abstract' | 'keywords' | 'answers'>> & { orgId: string | null };
type SaveState = { kind: 'idle' | 'dirty' | 'saving' | 'saved' | 'conflict' | 'error'; at?: string; error?: unknown };

function fieldsOf(a: ApplicationDetail): Fields {
  return { title: a.title, abstract: a.abstract, keywords: a.keywords, answers: a.answers, orgId: a.orgId };
}

/** What the server said is missing, in words (questions by their label; the desk's items as given). */
function missingText(item: string, questions: FormQuestion[], t: Translate, pick: (zh: string, en: string) => string): string {
  if (item === 'title') return t('calls.app.title');
  if (item === 'abstract') return t('calls.app.abstract');
  if (item === 'orcid') return t('calls.missing.orcid');
  if (item === 'orgId') return t('calls.app.org');
  const desk = DESK_MISSING[item];
  if (desk) return t(desk);
  const m = /^answers\.([^:]+)(?::(.+))?$/.exec(item);
  if (m) {
    const q = questions.find((x) => x.key === m[1]);
    const label = q ? pick(q.label, q.labelEn) : m[1]!;
    return m[2] ? t('calls.missing.invalid', { label, problem: t(`calls.problem.${m[2]}` as 'calls.problem.too_long') }) : label;
  }
  return item;
}

/** The questionnaire tab: title, abstract, keywords, organization and the form's questions, saved as typed. */
function useAutosave(app: ApplicationDetail, onSaved: (a: ApplicationDetail) => void) {
  const [fields, setFields] = useState<Fields>(() => fieldsOf(app));
  const [state, setState] = useState<SaveState>({ kind: 'idle', at: app.updatedAt });
  const revision = useRef(app.revision);
  const pending = useRef<Partial<Fields> | null>(null);
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  const timer = useRef<number | undefined>(undefined);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const p = pending.current;
    if (!p) return true;
    pending.current = null;
    setState({ kind: 'saving' });
    try {
      const r = await api.saveDraft(app.id, { ...p, revision: revision.current });
      revision.current = r.revision;
      onSaved(r);
      setState(pending.current ? { kind: 'dirty' } : { kind: 'saved', at: r.updatedAt });
      return true;
    } catch (e) {
      // Keep what was not saved, so that nothing typed is lost.
      pending.current = { ...p, ...(pending.current as Partial<Fields> | null) };
      setState({ kind: isApiError(e, 'stale_revision') ? 'conflict' : 'error', error: e });
      return false;
    }
  }, [app.id, onSaved]);

  const flush = useCallback((): Promise<boolean> => {
    window.clearTimeout(timer.current);
    chain.current = chain.current.then(saveOnce);
    return chain.current;
  }, [saveOnce]);

  const change = useCallback(
    (patch: Partial<Fields>) => {
      setFields((f) => ({ ...f, ...patch }));
      pending.current = { ...pending.current, ...patch };
      setState((s) => (s.kind === 'conflict' ? s : { kind: 'dirty' }));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), AUTOSAVE_MS);
    },
    [flush],
  );

  // Leaving the page saves what is typed.
  useEffect(() => () => void flush(), [flush]);

  /** Conflict: take the other save (mine is dropped). */
  const takeTheirs = useCallback(async () => {
    pending.current = null;
    const fresh = await api.application(app.id);
    revision.current = fresh.revision;
    setFields(fieldsOf(fresh));
    onSaved(fresh);
    setState({ kind: 'saved', at: fresh.updatedAt });
  }, [app.id, onSaved]);

  /** Conflict: save mine over the other save. */
  const keepMine = useCallback(async () => {
    const fresh = await api.application(app.id);
    revision.current = fresh.revision;
    setFields((f) => {
      pending.current = { ...f };
      return f;
    });
    await flush();
  }, [app.id, flush]);

  return { fields, state, change, flush, takeTheirs, keepMine };
}

function SaveIndicator({ state }: { state: SaveState }) {
  const { t, dateTime } = useI18n();
  if (state.kind === 'saving')
    return (
      <Typography.Text type="secondary" data-testid="save-state">
        <LoadingOutlined /> {t('calls.save.saving')}
      </Typography.Text>
    );
  if (state.kind === 'dirty')
    return (
      <Typography.Text type="secondary" data-testid="save-state">
        {t('calls.save.dirty')}
      </Typography.Text>
    );
  if (state.kind === 'error' || state.kind === 'conflict')
    return (
      <Typography.Text type="danger" data-testid="save-state">
        <WarningOutlined /> {t('calls.save.failed')}
      </Typography.Text>
    );
  return (
    <Typography.Text type="secondary" data-testid="save-state">
      <CheckCircleOutlined /> {t('calls.save.savedAt', { at: dateTime(state.at ?? null) })}
    </Typography.Text>
  );
}

function Members({ app, onChange }: { app: ApplicationDetail; onChange: () => void }) {
  const { t, dateTime } = useI18n();
  const { session } = useSession();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [orcidFor, setOrcidFor] = useState<ApplicationMember | null>(null);
  const [form] = Form.useForm<{ email: string; orcid?: string }>();
  const isPi = app.role === 'pi';
  const myEmail = session?.person.email.toLowerCase();
  const draft = app.status === 'draft';

  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      onChange();
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const columns: TableColumnsType<ApplicationMember> = [
    { title: t('common.name'), key: 'name', render: (_, m) => m.name ?? '—' },
    { title: t('calls.members.email'), key: 'email', render: (_, m) => m.email },
    { title: t('calls.members.role'), key: 'role', width: 120, render: (_, m) => <Tag>{t(m.role === 'pi' ? 'calls.role.pi' : 'calls.role.co')}</Tag> },
    { title: t('common.status'), key: 'status', width: 110, render: (_, m) => <Tag color={m.status === 'accepted' ? 'green' : m.status === 'invited' ? 'gold' : 'default'}>{t(`calls.memberStatus.${m.status}`)}</Tag> },
    { title: 'ORCID', key: 'orcid', width: 200, render: (_, m) => (m.orcid ? <a href={`https://orcid.org/${m.orcid}`} target="_blank" rel="noreferrer">{m.orcid}</a> : '—') },
    { title: t('calls.invite.invitedAt'), key: 'at', width: 150, render: (_, m) => dateTime(m.invitedAt) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      render: (_, m) => (
        <Space size={4}>
          {draft && (isPi || m.email === myEmail) && (
            <Button size="small" onClick={() => setOrcidFor(m)} data-testid={`member-orcid-${m.email}`}>
              ORCID
            </Button>
          )}
          {draft && isPi && m.role === 'co' && (
            <Popconfirm title={t('calls.members.removeConfirm')} onConfirm={() => void run(() => api.removeMember(app.id, m.email))}>
              <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('calls.members.remove')} data-testid={`member-remove-${m.email}`} />
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <ErrorAlert error={error} />
      <Table<ApplicationMember> rowKey="email" size="small" columns={columns} dataSource={app.members} pagination={false} scroll={{ x: 900 }} data-testid="members-table" />
      {isPi && app.canEdit && (
        <Form
          form={form}
          layout="inline"
          style={{ marginTop: 16, rowGap: 8 }}
          onFinish={(v) =>
            void run(() => api.invite(app.id, { email: v.email.trim(), orcid: v.orcid?.trim() || null })).then((ok) => {
              if (ok) form.resetFields();
            })
          }
          data-testid="invite-form"
        >
          <Form.Item name="email" rules={[{ required: true, type: 'email', message: t('calls.members.emailInvalid') }]}>
            <Input placeholder={t('calls.members.email')} style={{ width: 260 }} data-testid="invite-email" />
          </Form.Item>
          <Form.Item name="orcid" rules={[{ pattern: ORCID, message: t('calls.members.orcidInvalid') }]}>
            <Input placeholder={t('calls.members.orcidOptional')} style={{ width: 220 }} data-testid="invite-orcid" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="invite-submit">
            {t('calls.members.invite')}
          </Button>
        </Form>
      )}
      {orcidFor && (
        <FormModal open title={t('calls.members.orcidFor', { who: orcidFor.name ?? orcidFor.email })} onClose={() => setOrcidFor(null)}>
          <Form
            layout="vertical"
            initialValues={{ orcid: orcidFor.orcid ?? '' }}
            onFinish={(v: { orcid?: string }) =>
              void run(() => api.setOrcid(app.id, orcidFor.email, v.orcid?.trim() || null)).then((ok) => {
                if (ok) setOrcidFor(null);
              })
            }
          >
            <Form.Item name="orcid" label="ORCID" extra={t('calls.members.orcidHelp')} rules={[{ pattern: ORCID, message: t('calls.members.orcidInvalid') }]}>
              <Input placeholder="0000-0002-1825-0097" data-testid="orcid-input" />
            </Form.Item>
            <ModalActions busy={busy} onCancel={() => setOrcidFor(null)} submitLabel={t('common.save')} testId="orcid-save" />
          </Form>
        </FormModal>
      )}
    </>
  );
}

function Files({ app }: { app: ApplicationDetail }) {
  const { t, dateTime, number } = useI18n();
  const list = useAsync((signal) => api.files(app.id, signal), [app.id]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    setError(null);
    if (file.size > MAX_FILE) {
      setError(new Error(t('calls.files.tooLarge')));
      return;
    }
    setBusy(true);
    try {
      await api.uploadFile(app.id, { name: file.name, contentBase64: await api.fileToBase64(file) });
      list.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (fileId: string) => {
    setError(null);
    try {
      await api.deleteFile(app.id, fileId);
      list.reload();
    } catch (e) {
      setError(e);
    }
  };
  const fetchFile = async (fileId: string, name: string) => {
    try {
      api.saveFile(await api.downloadFile(app.id, fileId, name));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <ErrorAlert error={error} />
      {app.canEdit && (
        <Space style={{ marginBottom: 12 }} wrap>
          <Upload
            accept="application/pdf,.pdf"
            showUploadList={false}
            beforeUpload={(f) => {
              void upload(f);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy} data-testid="file-upload">
              {t('calls.files.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('calls.files.rules')}</Typography.Text>
        </Space>
      )}
      {list.loading && !list.data ? (
        <LoadingBlock rows={2} />
      ) : list.error ? (
        <ErrorAlert error={list.error} onRetry={list.reload} />
      ) : (
        <List
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <EmptyState description={t('calls.files.empty')} /> }}
          data-testid="files-list"
          renderItem={(f) => (
            <List.Item
              actions={[
                <Button key="d" size="small" icon={<DownloadOutlined />} onClick={() => void fetchFile(f.id, f.name)} data-testid={`file-download-${f.id}`}>
                  {t('calls.files.download')}
                </Button>,
                ...(app.canEdit
                  ? [
                      <Popconfirm key="x" title={t('calls.files.deleteConfirm')} onConfirm={() => void remove(f.id)}>
                        <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} data-testid={`file-delete-${f.id}`} />
                      </Popconfirm>,
                    ]
                  : []),
              ]}
            >
              <List.Item.Meta
                title={f.name}
                description={
                  <Space size={12} wrap>
                    <span>{t('calls.files.size', { kb: number(Math.ceil(f.size / 1024)) })}</span>
                    <span>{dateTime(f.createdAt)}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable={{ text: f.sha256 }}>
                      sha256 {f.sha256.slice(0, 12)}…
                    </Typography.Text>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
    </>
  );
}

function Links({ app, onChange }: { app: ApplicationDetail; onChange: (a: ApplicationDetail) => void }) {
  const { t, pick } = useI18n();
  const mine = useAsync((signal) => (app.canEdit ? api.mine(signal) : Promise.resolve(null)), [app.canEdit]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const candidates = (mine.data?.applications ?? []).filter((a) => a.id !== app.id && a.status !== 'draft');
  const save = async (ids: string[]) => {
    setBusy(true);
    setError(null);
    try {
      const r = await api.setLinks(app.id, ids);
      onChange({ ...app, links: r.items });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ErrorAlert error={error} />
      {app.canEdit && (
        <Select
          mode="multiple"
          style={{ width: '100%', marginBottom: 12 }}
          placeholder={t('calls.links.pick')}
          value={app.links.map((l) => l.id)}
          loading={mine.loading || busy}
          onChange={(ids) => void save(ids)}
          options={[...candidates.map((a) => ({ value: a.id, label: `${a.number ?? ''} ${a.title} · ${pick(a.callTitle, a.callTitleEn)}` })), ...app.links.filter((l) => !candidates.some((c) => c.id === l.id)).map((l) => ({ value: l.id, label: `${l.number ?? ''} ${l.title}` }))]}
          data-testid="links-select"
        />
      )}
      <List
        dataSource={app.links}
        locale={{ emptyText: <EmptyState description={t('calls.links.empty')} /> }}
        renderItem={(l) => (
          <List.Item>
            <Space>
              <Link to={`/applications/${encodeURIComponent(l.id)}`}>{l.number ?? '—'}</Link>
              <span>{l.title}</span>
              <ApplicationStatusTag status={l.status} />
            </Space>
          </List.Item>
        )}
      />
    </>
  );
}

function History({ app }: { app: ApplicationDetail }) {
  const { t, dateTime } = useI18n();
  const events = useAsync((signal) => api.events(app.id, signal), [app.id, app.status, app.members.length]);
  if (events.loading && !events.data) return <LoadingBlock rows={3} />;
  if (events.error) return <ErrorAlert error={events.error} onRetry={events.reload} />;
  return (
    <Timeline
      data-testid="history"
      items={(events.data?.items ?? []).map((e) => ({
        color: e.kind === 'status' ? 'blue' : 'gray',
        content: (
          <div>
            <Typography.Text strong>
              {e.kind === 'status'
                ? e.fromStatus
                  ? t('calls.history.status', { from: t(`calls.appStatus.${e.fromStatus}`), to: t(`calls.appStatus.${e.toStatus ?? 'draft'}`) })
                  : t('calls.history.created')
                : EVENT_KINDS.has(e.kind)
                  ? t(`calls.event.${e.kind}` as 'calls.event.member_invited')
                  : e.kind}
            </Typography.Text>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {dateTime(e.at)}
                {e.actorName ? ` · ${e.actorName}` : ''}
                {e.note ? ` · ${e.note}` : ''}
              </Typography.Text>
            </div>
          </div>
        ),
      }))}
    />
  );
}

function Editor({ app, setApp }: { app: ApplicationDetail; setApp: (a: ApplicationDetail) => void }) {
  const { t, pick } = useI18n();
  const { message, modal } = App.useApp();
  const { session } = useSession();
  const template = useAsync((signal) => api.form(app.formTemplateId, signal), [app.formTemplateId]);
  const onSaved = useCallback((a: ApplicationDetail) => setApp(a), [setApp]);
  const auto = useAutosave(app, onSaved);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const editable = app.canEdit;
  const questions = template.data?.questions ?? [];
  const DeskPart = DESK_PARTS[app.desk];

  const missing: string[] = submitError instanceof ApiError && submitError.problem.code === 'application_incomplete' ? ((submitError.problem.details?.missing as string[] | undefined) ?? []) : [];
  const pendingEmails: string[] = submitError instanceof ApiError && submitError.problem.code === 'members_pending' ? ((submitError.problem.details?.emails as string[] | undefined) ?? []) : [];
  const flagged = new Set(missing.filter((m) => m.startsWith('answers.')).map((m) => m.slice(8).split(':')[0]!));

  const submit = async () => {
    setBusy(true);
    setSubmitError(null);
    try {
      if (!(await auto.flush())) return;
      const r = await api.submit(app.id);
      setApp(r);
      message.success(t('calls.submit.done', { number: r.number ?? '' }));
    } catch (e) {
      setSubmitError(e);
    } finally {
      setBusy(false);
    }
  };

  const withdraw = async (note?: string) => {
    setBusy(true);
    setSubmitError(null);
    try {
      await auto.flush();
      setApp(await api.withdraw(app.id, note?.trim() || undefined));
      setWithdrawing(false);
    } catch (e) {
      setSubmitError(e);
    } finally {
      setBusy(false);
    }
  };

  const orgOptions = (session?.memberships ?? []).map((m) => ({ value: m.orgId, label: pick(m.orgName, m.orgNameEn) }));
  if (app.orgId && !orgOptions.some((o) => o.value === app.orgId)) orgOptions.push({ value: app.orgId, label: app.orgId });
  const canWithdraw = app.role === 'pi' && ['draft', 'submitted', 'in_review'].includes(app.status);

  const tabs = [
    {
      key: 'form',
      label: t('calls.tab.form'),
      children: (
        <div data-testid="tab-form">
          {editable ? (
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <Row gutter={16}>
                <Col xs={24} md={14}>
                  <label htmlFor="app-title" style={{ fontWeight: 500 }}>
                    <span style={{ color: '#ff4d4f' }}>* </span>
                    {t('calls.app.title')}
                  </label>
                  <Input id="app-title" value={auto.fields.title} maxLength={300} onChange={(e) => auto.change({ title: e.target.value })} status={missing.includes('title') ? 'error' : undefined} data-testid="app-title" />
                </Col>
                <Col xs={24} md={10}>
                  <label htmlFor="app-org" style={{ fontWeight: 500 }}>
                    {t('calls.app.org')}
                  </label>
                  <Select id="app-org" value={auto.fields.orgId ?? undefined} allowClear options={orgOptions} style={{ width: '100%' }} onChange={(v) => auto.change({ orgId: v ?? null })} status={missing.includes('orgId') ? 'error' : undefined} data-testid="app-org" />
                </Col>
              </Row>
              <div>
                <label htmlFor="app-abstract" style={{ fontWeight: 500 }}>
                  <span style={{ color: '#ff4d4f' }}>* </span>
                  {t('calls.app.abstract')}
                </label>
                <Input.TextArea id="app-abstract" value={auto.fields.abstract} maxLength={20000} autoSize={{ minRows: 4, maxRows: 12 }} onChange={(e) => auto.change({ abstract: e.target.value })} status={missing.includes('abstract') ? 'error' : undefined} data-testid="app-abstract" />
              </div>
              <div>
                <label htmlFor="app-keywords" style={{ fontWeight: 500 }}>
                  {t('calls.app.keywords')}
                </label>
                <Select id="app-keywords" mode="tags" value={auto.fields.keywords} onChange={(v) => auto.change({ keywords: v.slice(0, 30) })} style={{ width: '100%' }} tokenSeparators={[',', '，', ';']} open={false} data-testid="app-keywords" />
              </div>
              {template.loading && !template.data ? <LoadingBlock rows={3} /> : template.error ? <ErrorAlert error={template.error} onRetry={template.reload} /> : <Questionnaire questions={questions} value={auto.fields.answers} onChange={(answers) => auto.change({ answers })} flagged={flagged} />}
            </Space>
          ) : (
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{app.abstract || '—'}</Typography.Paragraph>
              {app.keywords.length > 0 && (
                <Space size={4} wrap>
                  {app.keywords.map((k) => (
                    <Tag key={k}>{k}</Tag>
                  ))}
                </Space>
              )}
              {template.data && <Questionnaire questions={questions} value={app.answers} readOnly />}
            </Space>
          )}
        </div>
      ),
    },
    ...(DeskPart
      ? [
          {
            key: 'desk',
            label: app.desk === 'facilities' ? t('calls.tab.desk.facilities') : t('calls.tab.deskPart'),
            children: (
              <Suspense fallback={<LoadingBlock />}>
                <DeskPart applicationId={app.id} editable={editable} viewer={app.role === 'manager' || app.role === 'director' ? 'staff' : 'applicant'} />
              </Suspense>
            ),
          },
        ]
      : []),
    { key: 'members', label: t('calls.tab.members', { n: app.members.length }), children: <Members app={app} onChange={() => void api.application(app.id).then(setApp)} /> },
    { key: 'files', label: t('calls.tab.files'), children: <Files app={app} /> },
    { key: 'links', label: t('calls.tab.links', { n: app.links.length }), children: <Links app={app} onChange={setApp} /> },
    { key: 'history', label: t('calls.tab.history'), children: <History app={app} /> },
  ];

  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            {app.title || t('calls.app.untitled')}
            <ApplicationStatusTag status={app.status} />
          </Space>
        }
        subtitle={
          <Space size={12} wrap>
            <span data-testid="app-number">{app.number ?? t('calls.app.noNumber')}</span>
            <Link to={`/calls/${encodeURIComponent(app.callId)}`}>{pick(app.callTitle, app.callTitleEn)}</Link>
            <span>
              {t('calls.call.deadline')}: <Deadline call={app.call} compact />
            </span>
          </Space>
        }
        extra={
          <>
            {editable && <SaveIndicator state={auto.state} />}
            {canWithdraw && (
              <Button danger onClick={() => setWithdrawing(true)} disabled={busy} data-testid="app-withdraw">
                {t('calls.withdraw.button')}
              </Button>
            )}
            {editable && app.role === 'pi' && (
              <Button
                type="primary"
                loading={busy}
                onClick={() =>
                  modal.confirm({
                    title: t('calls.submit.confirmTitle'),
                    content: t('calls.submit.confirmBody'),
                    okText: t('calls.submit.button'),
                    cancelText: t('common.cancel'),
                    onOk: () => void submit(),
                  })
                }
                data-testid="app-submit"
              >
                {t('calls.submit.button')}
              </Button>
            )}
          </>
        }
      />
      {auto.state.kind === 'conflict' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('calls.save.conflictTitle')}
          description={t('calls.save.conflictBody')}
          action={
            <Space orientation="vertical">
              <Button size="small" onClick={() => void auto.keepMine()} data-testid="conflict-keep-mine">
                {t('calls.save.keepMine')}
              </Button>
              <Button size="small" onClick={() => void auto.takeTheirs()} data-testid="conflict-take-theirs">
                {t('calls.save.takeTheirs')}
              </Button>
            </Space>
          }
          data-testid="save-conflict"
        />
      )}
      {auto.state.kind === 'error' && <ErrorAlert error={auto.state.error} onRetry={() => void auto.flush()} />}
      {missing.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('calls.submit.incomplete')}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="submit-missing">
              {missing.map((m) => (
                <li key={m}>{missingText(m, questions, t, pick)}</li>
              ))}
            </ul>
          }
        />
      ) : pendingEmails.length > 0 ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('calls.submit.membersPending')} description={pendingEmails.join(', ')} data-testid="submit-pending" />
      ) : (
        <ErrorAlert error={submitError} />
      )}
      {!editable && app.status === 'draft' && (app.role === 'pi' || app.role === 'member') && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('calls.app.closedDraft')} />}
      <div className="pj-panel">
        <Tabs items={tabs} data-testid="app-tabs" />
      </div>
      <FormModal open={withdrawing} title={t('calls.withdraw.title')} onClose={() => setWithdrawing(false)}>
        <Typography.Paragraph>{t('calls.withdraw.body')}</Typography.Paragraph>
        <Form layout="vertical" onFinish={(v: { note?: string }) => void withdraw(v.note)}>
          <Form.Item name="note" label={t('calls.withdraw.note')}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} data-testid="withdraw-note" />
          </Form.Item>
          <ModalActions busy={busy} onCancel={() => setWithdrawing(false)} submitLabel={t('calls.withdraw.button')} danger testId="withdraw-confirm" />
        </Form>
      </FormModal>
    </>
  );
}

export default function ApplicationPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const { session } = useSession();
  const state = useAsync((signal) => api.application(id, signal), [id]);
  const [accepting, setAccepting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { setData } = state;
  const setApp = useCallback((a: ApplicationDetail) => setData(a), [setData]);

  if (state.loading && !state.data) return <LoadingBlock />;
  if (state.error || !state.data) return <ErrorResult error={state.error} onRetry={state.reload} />;
  const app = state.data;
  const me = session?.person.email.toLowerCase();
  const invitation = app.role === null ? app.members.find((m) => m.email === me && m.status === 'invited') : undefined;

  return (
    <div data-testid="application-page">
      <Typography.Paragraph>
        <Link to="/applications">← {t('calls.mine.title')}</Link>
      </Typography.Paragraph>
      {invitation && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('calls.invite.banner', { pi: app.piName })}
          action={
            <Space>
              <Button type="primary" size="small" onClick={() => setAccepting(true)} data-testid="banner-accept">
                {t('calls.invite.accept')}
              </Button>
              <Button
                size="small"
                onClick={() =>
                  void api.declineInvitation(app.id).then(
                    () => {
                      message.success(t('calls.invite.declined'));
                      state.reload();
                    },
                    setError,
                  )
                }
                data-testid="banner-decline"
              >
                {t('calls.invite.decline')}
              </Button>
            </Space>
          }
        />
      )}
      <ErrorAlert error={error} />
      {/* Keyed by id: another application starts with its own draft state. */}
      <Editor key={app.id} app={app} setApp={setApp} />
      {accepting && (
        <AcceptModal
          open
          applicationId={app.id}
          onClose={() => setAccepting(false)}
          onDone={() => {
            setAccepting(false);
            message.success(t('calls.invite.accepted'));
            state.reload();
          }}
        />
      )}
    </div>
  );
}
