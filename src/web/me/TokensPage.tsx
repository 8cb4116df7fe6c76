// Personal API tokens for the CLI and other systems: list, create (secret shown once), revoke.
import { useState } from 'react';
import { Alert, App, Button, Checkbox, Form, Input, InputNumber, Modal, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { TOKEN_SCOPES, type TokenScope } from '../../shared/enums.ts';
import * as api from '../api/endpoints.ts';
import type { CreatedToken, Token, TokenInput } from '../api/types.ts';
import { useAsync } from '../components/hooks.ts';
import { CopyButton, FormModal, ModalActions, PageHeader } from '../components/common.tsx';
import { EmptyState, ErrorAlert, ErrorResult, LoadingBlock } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';

type TokenState = 'active' | 'revoked' | 'expired';

function stateOf(tok: Token, now: number): TokenState {
  if (tok.revokedAt) return 'revoked';
  if (Date.parse(tok.expiresAt) <= now) return 'expired';
  return 'active';
}

const STATE_COLOR: Record<TokenState, string> = { active: 'green', revoked: 'default', expired: 'orange' };

function CreateTokenModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (c: CreatedToken) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<TokenInput>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (v: TokenInput) => {
    setBusy(true);
    setError(null);
    try {
      const created = await api.createToken({ name: v.name.trim(), scopes: v.scopes, expiresInDays: v.expiresInDays });
      form.resetFields();
      onCreated(created);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal open={open} title={t('tokens.createTitle')} onClose={onClose}>
      <ErrorAlert error={error} />
      <Form<TokenInput>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ scopes: ['profile:read', 'orgs:read'], expiresInDays: 90 }}
        requiredMark={false}
        data-testid="token-form"
      >
        <Form.Item label={t('tokens.name')} name="name" extra={t('tokens.nameHint')} rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 100, message: t('form.tooLong', { max: 100 }) }]}>
          <Input data-testid="token-name" />
        </Form.Item>
        <Form.Item label={t('tokens.scopes')} name="scopes" rules={[{ required: true, type: 'array', min: 1, message: t('tokens.scopesRequired') }]}>
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} data-testid="token-scopes">
            {TOKEN_SCOPES.map((s) => (
              <Checkbox key={s} value={s} data-testid={`token-scope-${s}`}>
                <Typography.Text code>{s}</Typography.Text> {t(`tokenScope.${s}`)}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Form.Item label={t('tokens.expiresInDays')} name="expiresInDays" rules={[{ required: true, message: t('form.required') }]}>
          <InputNumber<number> min={1} max={365} precision={0} suffix={t('tokens.days')} style={{ width: 160 }} data-testid="token-days" />
        </Form.Item>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('common.create')} testId="token-create-submit" />
      </Form>
    </FormModal>
  );
}

function SecretModal({ created, onClose }: { created: CreatedToken | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal
      open={created !== null}
      title={t('tokens.secretTitle')}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="token-secret-done">
          {t('tokens.secretDone')}
        </Button>
      }
      mask={{ closable: false }}
    >
      {created && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert type="warning" showIcon title={t('tokens.secretOnce')} />
          <Input.TextArea value={created.secret} readOnly autoSize aria-label={t('tokens.secretTitle')} data-testid="token-secret" style={{ fontFamily: 'monospace' }} />
          <CopyButton text={created.secret} testId="token-secret-copy" />
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('tokens.secretUsage')}
            <pre className="pj-pre">{`Authorization: Bearer ${created.secret.slice(0, 8)}…`}</pre>
          </Typography.Paragraph>
        </Space>
      )}
    </Modal>
  );
}

export default function TokensPage() {
  const { t, dateTime, errorText } = useI18n();
  const { message } = App.useApp();
  const { data, error, loading, reload, setData } = useAsync((signal) => api.tokens(signal), []);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const now = Date.now();

  const revoke = async (tok: Token) => {
    try {
      await api.revokeToken(tok.id);
      void message.success(t('tokens.revoked'));
      reload();
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  const columns: TableColumnsType<Token> = [
    { title: t('tokens.name'), dataIndex: 'name' },
    {
      title: t('tokens.scopes'),
      key: 'scopes',
      render: (_, r) => (
        <Space size={[4, 4]} wrap>
          {r.scopes.map((s: TokenScope) => (
            <Tag key={s} title={t(`tokenScope.${s}`)}>
              {s}
            </Tag>
          ))}
        </Space>
      ),
    },
    { title: t('common.status'), key: 'state', render: (_, r) => <Tag color={STATE_COLOR[stateOf(r, now)]}>{t(`tokenState.${stateOf(r, now)}`)}</Tag> },
    { title: t('common.createdAt'), key: 'createdAt', render: (_, r) => dateTime(r.createdAt) },
    { title: t('tokens.expiresAt'), key: 'expiresAt', render: (_, r) => dateTime(r.expiresAt) },
    { title: t('tokens.lastUsedAt'), key: 'lastUsedAt', render: (_, r) => (r.lastUsedAt ? dateTime(r.lastUsedAt) : t('tokens.never')) },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) =>
        stateOf(r, now) === 'active' ? (
          <Popconfirm
            title={t('tokens.revokeConfirm', { name: r.name })}
            okText={t('tokens.revoke')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => revoke(r)}
          >
            <Button danger size="small" data-testid={`token-revoke-${r.id}`}>
              {t('tokens.revoke')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <div data-testid="tokens-page">
      <PageHeader
        title={t('tokens.title')}
        subtitle={t('tokens.intro')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="token-create">
            {t('tokens.create')}
          </Button>
        }
      />
      {loading && !data ? (
        <LoadingBlock />
      ) : error != null && !data ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : (
        <div className="pj-panel">
          {error != null && <ErrorAlert error={error} onRetry={reload} />}
          <Table<Token>
            rowKey="id"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={loading}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: <EmptyState description={t('tokens.empty')} /> }}
            data-testid="token-table"
          />
        </div>
      )}
      <CreateTokenModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(c) => {
          setCreating(false);
          setCreated(c);
          setData((prev) => (prev ? { items: [c.token, ...prev.items.filter((x) => x.id !== c.token.id)] } : { items: [c.token] }));
        }}
      />
      <SecretModal created={created} onClose={() => setCreated(null)} />
    </div>
  );
}
