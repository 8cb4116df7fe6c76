// Routes of sign-in through institutions' OpenID Connect providers. The start and the callback
// are browser navigations, so they answer with redirects; only a broken or replayed callback
// (bad state) answers with a problem document.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z, createRouter, defineRoute, jsonResponse, problemResponse } from '../../http/openapi.ts';
import type { AppEnv } from '../../http/context.ts';
import type { Deps } from '../../deps.ts';
import { SESSION_COOKIE, ctxOf, setSessionCookie } from './identity.routes.ts';
import * as oidc from './identity.oidc.service.ts';

/** Binds a started sign-in to the browser that started it (login CSRF): holds the state. */
export const OIDC_STATE_COOKIE = 'pj_oidc';
const COOKIE_PATH = '/api/auth/oidc/';

const ProviderParam = z.string().min(1).max(64).openapi({ param: { name: 'provider', in: 'path' }, example: 'sjtu' });

const problem = problemResponse;

const redirect = (description: string) => ({
  description,
  headers: { Location: { description: 'Where the browser goes next', schema: { type: 'string' as const } } },
});

const providers = defineRoute(
  { auth: 'public' },
  {
    method: 'get',
    path: '/auth/oidc/providers',
    tags: ['auth'],
    summary: "The institutions' sign-in providers configured on this platform",
    responses: {
      200: jsonResponse(
        z.object({ items: z.array(z.object({ id: z.string(), name: z.string() }).openapi('OidcProvider')) }).openapi('OidcProviderList'),
        'The providers, in configured order',
      ),
    },
  },
);

const start = defineRoute(
  { auth: 'public' },
  {
    method: 'get',
    path: '/auth/oidc/{provider}/start',
    tags: ['auth'],
    summary: 'Start signing in at an identity provider (redirects the browser there)',
    description:
      'Stores state, nonce and a PKCE (S256) verifier for ten minutes, binds them to the browser with a cookie and redirects to the provider. ' +
      "`returnTo` is a path on this site to come back to after sign-in; anything else (another host, '//host') is replaced by '/'.",
    request: {
      params: z.object({ provider: ProviderParam }),
      query: z.object({ returnTo: z.string().max(2000).optional().openapi({ example: '/orgs' }) }).strict(),
    },
    responses: {
      302: redirect("To the provider's authorization endpoint"),
      404: problem('oidc_unknown_provider'),
      503: problem('unavailable: the provider could not be reached (discovery failed)'),
    },
  },
);

const callback = defineRoute(
  { auth: 'public' },
  {
    method: 'get',
    path: '/auth/oidc/{provider}/callback',
    tags: ['auth'],
    summary: 'Where the identity provider sends the browser back; signs in and redirects into the app',
    description:
      'Register `<PUJIANG_PUBLIC_URL>/api/auth/oidc/<provider>/callback` at the provider. On success the session cookie is set and the browser goes to ' +
      'the `returnTo` of the start; when the provider refused or the sign-in could not finish, to `/signin?error=<code>` ' +
      '(oidc_failed, unavailable, email_taken, account_disabled). A missing, used, expired or foreign state answers 400 oidc_failed.',
    request: {
      params: z.object({ provider: ProviderParam }),
      // Providers add parameters of their own (session_state, scope, …): unknown ones are kept
      // for the code exchange, which checks the response as a whole.
      query: z.object({
        code: z.string().max(4096).optional(),
        state: z.string().max(512).optional(),
        iss: z.string().max(2048).optional(),
        error: z.string().max(256).optional(),
        error_description: z.string().max(2048).optional(),
      }),
    },
    responses: {
      302: redirect('Into the app, signed in; or to /signin?error=<code>'),
      400: problem('oidc_failed: the state is missing, unknown, used, expired or was not started in this browser'),
      404: problem('oidc_unknown_provider'),
    },
  },
);

function meta(c: Context<AppEnv>) {
  return { userAgent: c.req.header('user-agent') ?? null, ip: c.get('ip'), previousToken: getCookie(c, SESSION_COOKIE) };
}

/** Routes of sign-in through OpenID Connect providers. */
export function oidcRoutes(deps: Deps) {
  return createRouter()
    .openapi(providers, (c) => c.json({ items: oidc.listProviders(deps) }, 200))
    .openapi(start, async (c) => {
      const started = await oidc.startSignIn(deps, c.req.valid('param').provider, c.req.valid('query').returnTo);
      setCookie(c, OIDC_STATE_COOKIE, started.state, {
        httpOnly: true,
        // Lax: the provider's redirect back is a top-level GET navigation, which carries it.
        sameSite: 'Lax',
        secure: deps.config.cookieSecure,
        path: COOKIE_PATH,
        expires: started.expiresAt,
      });
      return c.redirect(started.url, 302);
    })
    .openapi(callback, async (c) => {
      const provider = c.req.valid('param').provider;
      const params = new URL(c.req.url).searchParams;
      const result = await oidc.finishSignIn(deps, ctxOf(c), provider, params, getCookie(c, OIDC_STATE_COOKIE), meta(c));
      deleteCookie(c, OIDC_STATE_COOKIE, { path: COOKIE_PATH });
      if (!result.ok) return c.redirect(`/signin?error=${result.code}`, 302);
      setSessionCookie(c, deps, result.session);
      return c.redirect(result.returnTo, 302);
    });
}
