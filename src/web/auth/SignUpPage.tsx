// Create an account with e-mail and password; the UI language becomes the account's language.
import { useState } from 'react';
import { Button, Form, Input, Typography } from 'antd';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import * as api from '../api/endpoints.ts';
import { ErrorAlert } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import { safeReturnTo, useSession } from '../session/SessionContext.tsx';
import { AuthCard } from './AuthCard.tsx';
import { OidcButtons } from './OidcButtons.tsx';

interface SignUpForm {
  name: string;
  email: string;
  password: string;
  confirm: string;
}

export default function SignUpPage() {
  const { t, locale } = useI18n();
  const { session, signedIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (session && !busy) return <Navigate to={returnTo} replace />;

  const submit = async (v: SignUpForm) => {
    setBusy(true);
    setError(null);
    try {
      const s = await api.signUp({ name: v.name.trim(), email: v.email.trim(), password: v.password, locale });
      signedIn(s);
      navigate(returnTo, { replace: true });
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const signInLink = `/signin${params.get('returnTo') ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`;

  return (
    <AuthCard title={t('auth.signUpTitle')} testId="signup-page">
      <ErrorAlert error={error} />
      {/* noValidate: the browser's own bubbles speak the browser's language; the form's rules speak the UI's. */}
      <Form<SignUpForm>
        noValidate
        layout="vertical"
        onFinish={(v) => void submit(v)}
        requiredMark={false}
        initialValues={{ email: params.get('email') ?? '' }}
        data-testid="signup-form"
        disabled={busy}
      >
        <Form.Item label={t('auth.name')} name="name" rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 100, message: t('form.tooLong', { max: 100 }) }]}>
          <Input autoComplete="name" autoFocus data-testid="signup-name" />
        </Form.Item>
        <Form.Item
          label={t('auth.email')}
          name="email"
          rules={[
            { required: true, message: t('form.required') },
            { type: 'email', message: t('form.emailInvalid') },
          ]}
        >
          <Input type="email" autoComplete="email" data-testid="signup-email" />
        </Form.Item>
        <Form.Item label={t('auth.password')} name="password" extra={t('auth.passwordHint')} rules={[{ required: true, message: t('form.required') }]}>
          <Input.Password autoComplete="new-password" data-testid="signup-password" />
        </Form.Item>
        <Form.Item
          label={t('auth.confirmPassword')}
          name="confirm"
          dependencies={['password']}
          rules={[
            { required: true, message: t('form.required') },
            ({ getFieldValue }) => ({
              validator: (_, value) => (!value || getFieldValue('password') === value ? Promise.resolve() : Promise.reject(new Error(t('form.passwordMismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="signup-confirm" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="signup-submit">
          {t('auth.signUpSubmit')}
        </Button>
      </Form>
      <OidcButtons returnTo={returnTo} />
      <Typography.Paragraph style={{ marginTop: 24, marginBottom: 0, textAlign: 'center' }}>
        {t('auth.haveAccount')} <Link to={signInLink}>{t('auth.signInLink')}</Link>
      </Typography.Paragraph>
    </AuthCard>
  );
}
