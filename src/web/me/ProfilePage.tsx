// The signed-in person's profile: name and language (applied at once), and the password.
import { useState } from 'react';
import { App, Button, Card, Col, Descriptions, Form, Input, Row, Select, Space } from 'antd';
import { Link } from 'react-router';
import { LOCALES, type Locale } from '../../shared/enums.ts';
import * as api from '../api/endpoints.ts';
import { PageHeader, RoleTag, KindTag } from '../components/common.tsx';
import { EmptyState, ErrorAlert } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useSession } from '../session/SessionContext.tsx';

interface ProfileForm {
  name: string;
  locale: Locale;
}

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

function ProfileCard() {
  const { t, tIn, setLocale, date } = useI18n();
  const { session, setPerson } = useSession();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!session) return null;
  const p = session.person;

  const save = async (v: ProfileForm) => {
    setBusy(true);
    setError(null);
    try {
      const person = await api.updateMe({ name: v.name.trim(), locale: v.locale });
      setPerson(person);
      setLocale(person.locale);
      void message.success(tIn(person.locale)('me.saved'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('me.profileTitle')} data-testid="profile-card">
      <Descriptions
        column={1}
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          { key: 'email', label: t('auth.email'), children: p.email },
          { key: 'role', label: t('me.platformRole'), children: p.platformRole ? t(`platformRole.${p.platformRole}`) : t('platformRole.none') },
          { key: 'since', label: t('me.memberSince'), children: date(p.createdAt) },
        ]}
      />
      <ErrorAlert error={error} />
      <Form<ProfileForm> layout="vertical" initialValues={{ name: p.name, locale: p.locale }} onFinish={(v) => void save(v)} disabled={busy} requiredMark={false}>
        <Form.Item label={t('auth.name')} name="name" rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 100, message: t('form.tooLong', { max: 100 }) }]}>
          <Input autoComplete="name" data-testid="profile-name" />
        </Form.Item>
        <Form.Item label={t('me.locale')} name="locale" extra={t('me.localeHint')}>
          <Select<Locale> options={LOCALES.map((l) => ({ value: l, label: t(`lang.${l}`) }))} data-testid="profile-locale" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="profile-save">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

function PasswordCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordForm>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const save = async (v: PasswordForm) => {
    setBusy(true);
    setError(null);
    try {
      await api.changePassword({ currentPassword: v.currentPassword, newPassword: v.newPassword });
      form.resetFields();
      void message.success(t('me.passwordChanged'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('me.passwordTitle')} data-testid="password-card">
      <ErrorAlert error={error} />
      <Form<PasswordForm> form={form} layout="vertical" onFinish={(v) => void save(v)} disabled={busy} requiredMark={false}>
        <Form.Item label={t('me.currentPassword')} name="currentPassword" rules={[{ required: true, message: t('form.required') }]}>
          <Input.Password autoComplete="current-password" data-testid="password-current" />
        </Form.Item>
        <Form.Item label={t('me.newPassword')} name="newPassword" extra={t('auth.passwordHint')} rules={[{ required: true, message: t('form.required') }]}>
          <Input.Password autoComplete="new-password" data-testid="password-new" />
        </Form.Item>
        <Form.Item
          label={t('auth.confirmPassword')}
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('form.required') },
            ({ getFieldValue }) => ({
              validator: (_, value) => (!value || getFieldValue('newPassword') === value ? Promise.resolve() : Promise.reject(new Error(t('form.passwordMismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-confirm" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="password-save">
          {t('me.changePassword')}
        </Button>
      </Form>
    </Card>
  );
}

function MembershipsCard() {
  const { t, pick } = useI18n();
  const { session } = useSession();
  const list = session?.memberships ?? [];
  return (
    <Card title={t('me.orgsTitle')}>
      {list.length === 0 ? (
        <EmptyState description={t('me.noOrgs')}>
          <Link to="/orgs">{t('me.browseOrgs')}</Link>
        </EmptyState>
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {list.map((m) => (
            <Space key={m.orgId} wrap>
              <Link to={`/orgs/${encodeURIComponent(m.orgId)}`}>{pick(m.orgName, m.orgNameEn)}</Link>
              <KindTag kind={m.orgKind} />
              <RoleTag role={m.role} />
            </Space>
          ))}
        </Space>
      )}
    </Card>
  );
}

export default function ProfilePage() {
  const { t } = useI18n();
  return (
    <div data-testid="profile-page">
      <PageHeader title={t('me.title')} extra={<Link to="/me/tokens">{t('nav.tokens')}</Link>} />
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={12}>
          <Space orientation="vertical" size={24} style={{ width: '100%' }}>
            <ProfileCard />
            <MembershipsCard />
          </Space>
        </Col>
        <Col xs={24} lg={12}>
          <PasswordCard />
        </Col>
      </Row>
    </div>
  );
}
