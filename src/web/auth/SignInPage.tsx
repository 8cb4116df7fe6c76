// Sign in with e-mail and password, or through an institution's OIDC provider.
import { useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ERROR_CODES, type ErrorCode } from '../../shared/errors.ts';
import * as api from '../api/endpoints.ts';
import { ApiError, isApiError, retryAfterSeconds } from '../api/client.ts';
import type { SignInInput } from '../api/types.ts';
import { ErrorAlert } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import { safeReturnTo, useSession } from '../session/SessionContext.tsx';
import { AuthCard } from './AuthCard.tsx';
import { OidcButtons } from './OidcButtons.tsx';

export default function SignInPage() {
  const { t, errorText } = useI18n();
  const { session, signedIn, lost } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The OIDC callback comes back here with ?error=<code> when the provider flow failed.
  const oidcError = params.get('error');
  const oidcCode: ErrorCode | null = oidcError && Object.hasOwn(ERROR_CODES, oidcError) ? (oidcError as ErrorCode) : oidcError ? 'oidc_failed' : null;

  if (session && !busy) return <Navigate to={returnTo} replace />;

  const submit = async (values: SignInInput) => {
    setBusy(true);
    setError(null);
    try {
      const s = await api.signIn({ email: values.email.trim(), password: values.password });
      signedIn(s);
      navigate(returnTo, { replace: true });
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const tooMany = isApiError(error, 'too_many_attempts');
  const wait = retryAfterSeconds(error);
  const signUpLink = `/signup${params.get('returnTo') ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`;

  return (
    <AuthCard title={t('auth.signInTitle')} testId="signin-page">
      {lost && !error && <Alert type="info" showIcon role="status" style={{ marginBottom: 16 }} title={t('session.lost')} data-testid="signin-session-lost" />}
      {oidcCode && !error && <ErrorAlert error={new ApiError(ERROR_CODES[oidcCode], { type: 'about:blank', title: oidcCode, status: ERROR_CODES[oidcCode], code: oidcCode })} />}
      {tooMany ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('auth.tooManyTitle')}
          description={
            wait === undefined
              ? t('auth.tooManyBody')
              : wait <= 60
                ? t('auth.tooManyBodyMinute')
                : t('auth.tooManyBodyWait', { minutes: Math.ceil(wait / 60) })
          }
          data-testid="signin-too-many"
        />
      ) : (
        error != null && (
          <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={errorText(error)} data-testid="signin-error" />
        )
      )}
      {/* noValidate: the browser's own bubbles speak the browser's language; the form's rules speak the UI's. */}
      <Form<SignInInput> noValidate layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} data-testid="signin-form" disabled={busy}>
        <Form.Item
          label={t('auth.email')}
          name="email"
          rules={[
            { required: true, message: t('form.required') },
            { type: 'email', message: t('form.emailInvalid') },
          ]}
        >
          <Input type="email" autoComplete="username" autoFocus data-testid="signin-email" />
        </Form.Item>
        <Form.Item label={t('auth.password')} name="password" rules={[{ required: true, message: t('form.required') }]}>
          <Input.Password autoComplete="current-password" data-testid="signin-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="signin-submit">
          {t('auth.signInSubmit')}
        </Button>
      </Form>
      <OidcButtons returnTo={returnTo} />
      <Typography.Paragraph style={{ marginTop: 24, marginBottom: 0, textAlign: 'center' }}>
        {t('auth.noAccount')} <Link to={signUpLink} data-testid="signin-to-signup">{t('auth.signUpLink')}</Link>
      </Typography.Paragraph>
    </AuthCard>
  );
}
