// An invitation link from an e-mail: what it offers, and accepting it (signing in or up first).
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Result, Space, Tag } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import * as api from '../api/endpoints.ts';
import type { InvitationStatus } from '../api/types.ts';
import { useAsync } from '../components/hooks.ts';
import { RoleTag } from '../components/common.tsx';
import { ErrorAlert, ErrorResult, LoadingBlock } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useSession } from '../session/SessionContext.tsx';

/** True when `actual` fits the invited address, which the preview masks (l***@example.cn). */
function emailFits(masked: string, actual: string): boolean {
  const m = masked.toLowerCase();
  const a = actual.toLowerCase();
  if (!m.includes('*')) return m === a;
  const [mLocal = '', mDomain = ''] = m.split('@');
  const [aLocal = '', aDomain = ''] = a.split('@');
  const prefix = mLocal.split('*')[0] ?? '';
  return mDomain === aDomain && aLocal.startsWith(prefix);
}

const STATUS_COLOR: Record<InvitationStatus, string> = { pending: 'blue', accepted: 'green', revoked: 'default', expired: 'orange' };

export default function InvitationPage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  const { session, status: sessionStatus, refresh, signOut } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data, error, loading, reload } = useAsync((signal) => api.invitationPreview(token, signal), [token]);
  const [busy, setBusy] = useState(false);
  const [acceptError, setAcceptError] = useState<unknown>(null);

  if (loading && !data) return <LoadingBlock />;
  if (error != null || !data) return <ErrorResult error={error} onRetry={reload} />;

  const here = `/invitations/${encodeURIComponent(token)}`;
  const returnTo = encodeURIComponent(here);
  const emailMatches = session ? emailFits(data.email, session.person.email) : false;
  const alreadyMember = session?.memberships.some((m) => m.orgId === data.orgId) ?? false;

  const accept = async () => {
    setBusy(true);
    setAcceptError(null);
    try {
      await api.acceptInvitation(token);
      await refresh();
      void message.success(t('invite.accepted', { org: data.orgName }));
      navigate(`/orgs/${encodeURIComponent(data.orgId)}`);
    } catch (e) {
      setAcceptError(e);
      setBusy(false);
    }
  };

  let action: React.ReactNode;
  if (alreadyMember) {
    // Accepted (here or earlier): nothing left to do but go there.
    action = (
      <Result
        status="success"
        title={t('invite.memberTitle')}
        extra={
          <Button type="primary" onClick={() => navigate(`/orgs/${encodeURIComponent(data.orgId)}`)} data-testid="invite-go-to-org">
            {t('invite.goToOrg')}
          </Button>
        }
      />
    );
  } else if (data.status !== 'pending') {
    action = (
      <Result
        status="warning"
        title={t('invite.closedTitle')}
        subTitle={t('invite.closedBody', { status: t(`invitationStatus.${data.status}`) })}
      />
    );
  } else if (sessionStatus === 'loading') {
    action = <LoadingBlock rows={1} />;
  } else if (!session) {
    action = (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="info" showIcon title={t('invite.signInFirst', { email: data.email })} />
        <Space wrap>
          <Button type="primary" onClick={() => navigate(`/signin?returnTo=${returnTo}`)} data-testid="invite-signin">
            {t('invite.signInToAccept')}
          </Button>
          <Button onClick={() => navigate(`/signup?returnTo=${returnTo}${data.email.includes('*') ? '' : `&email=${encodeURIComponent(data.email)}`}`)} data-testid="invite-signup">
            {t('invite.signUpToAccept')}
          </Button>
        </Space>
      </Space>
    );
  } else {
    action = (
      <Space orientation="vertical" style={{ width: '100%' }}>
        {!emailMatches && (
          <Alert
            type="warning"
            showIcon
            title={t('invite.mismatch', { email: data.email, current: session.person.email })}
            action={
              <Button
                size="small"
                onClick={() => {
                  void signOut().then(() => navigate(`/signin?returnTo=${returnTo}`));
                }}
              >
                {t('invite.switchAccount')}
              </Button>
            }
            data-testid="invite-mismatch"
          />
        )}
        <ErrorAlert error={acceptError} />
        <Button type="primary" size="large" icon={<CheckCircleOutlined />} loading={busy} onClick={() => void accept()} data-testid="invite-accept">
          {t('invite.accept')}
        </Button>
      </Space>
    );
  }

  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: '24px 0' }} data-testid="invitation-page">
      <Card style={{ width: '100%', maxWidth: 560 }} title={t('invite.title')}>
        <p style={{ fontSize: 16 }}>{t('invite.body', { org: data.orgName, role: t(`orgRole.${data.role}`) })}</p>
        <Descriptions
          column={1}
          size="small"
          bordered
          style={{ marginBottom: 24 }}
          items={[
            { key: 'org', label: t('invite.org'), children: data.orgName },
            { key: 'role', label: t('common.role'), children: <RoleTag role={data.role} /> },
            { key: 'email', label: t('invite.forEmail'), children: data.email },
            { key: 'status', label: t('common.status'), children: <Tag color={STATUS_COLOR[data.status]}>{t(`invitationStatus.${data.status}`)}</Tag> },
          ]}
        />
        {action}
      </Card>
    </div>
  );
}
