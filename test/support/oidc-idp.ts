// A real OpenID Connect provider (oidc-provider) on a local port, so that the generated tests
// reach the OIDC routes' handlers (discovery succeeds) instead of stopping at "unknown provider".
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync } from 'node:crypto';

// oidc-provider ships no type declarations; this is the little of it used here.
type OidcProvider = { callback(): (req: unknown, res: unknown) => void };
type ProviderCtor = new (issuer: string, setup: Record<string, unknown>) => OidcProvider;

export interface Idp {
  /** PUJIANG_OIDC_PROVIDERS and PUJIANG_OIDC_ALLOW_HTTP for testApp(). */
  env: Record<string, string>;
  /** The configured provider's id, for the `{provider}` path parameter. */
  providerId: string;
  close(): Promise<void>;
}

/** Starts a provider that knows one client, whose callback is under `publicUrl`. */
export async function startIdp(publicUrl: string, providerId = 'test'): Promise<Idp> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { Provider } = (await import('oidc-provider' as string)) as { Provider: ProviderCtor };
  const jwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const clientSecret = 'a-long-enough-client-secret-for-tests';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'pujiang',
        client_secret: clientSecret,
        redirect_uris: [`${publicUrl}/api/auth/oidc/${providerId}/callback`],
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...jwk, kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['cookie-signing-key-for-tests'] },
  });
  server.on('request', provider.callback());
  return {
    env: {
      PUJIANG_PUBLIC_URL: publicUrl,
      PUJIANG_OIDC_ALLOW_HTTP: 'true',
      PUJIANG_OIDC_PROVIDERS: JSON.stringify([{ id: providerId, name: 'Test University', issuer, clientId: 'pujiang', clientSecret }]),
    },
    providerId,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
