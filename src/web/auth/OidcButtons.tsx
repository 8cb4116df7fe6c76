// One button per configured OIDC provider; each starts the provider's sign-in in the browser.
import { Button, Divider, Space } from 'antd';
import { LoginOutlined } from '@ant-design/icons';
import * as api from '../api/endpoints.ts';
import { useAsync } from '../components/hooks.ts';
import { useI18n } from '../i18n/index.tsx';

export function OidcButtons({ returnTo }: { returnTo: string }) {
  const { t } = useI18n();
  // Providers are optional: when none are configured (or the list fails) the password form stands alone.
  const { data } = useAsync(() => api.oidcProviders(), []);
  const providers = data?.items ?? [];
  if (providers.length === 0) return null;
  return (
    <>
      <Divider plain>{t('auth.orProvider')}</Divider>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {providers.map((p) => (
          <Button key={p.id} block icon={<LoginOutlined />} href={api.oidcStartUrl(p.id, returnTo)} data-testid={`oidc-${p.id}`}>
            {t('auth.withProvider', { name: p.name })}
          </Button>
        ))}
      </Space>
    </>
  );
}
