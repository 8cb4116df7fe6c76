// Routes of sign-up, sign-in, sessions, the caller's profile and tokens, and people for admins.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z, createRouter, defineRoute, jsonBody, jsonResponse } from '../../http/openapi.ts';
import { pageOf, pageQuery } from '../../http/paging.ts';
import type { AppEnv, RequestCtx } from '../../http/context.ts';
import type { Deps } from '../../deps.ts';
import * as svc from './identity.service.ts';
import { AdminPersonBody, IdParam, PasswordBody, Person, ProfileBody, Session, SignInBody, SignUpBody, Token, TokenBody } from './identity.schemas.ts';

export const SESSION_COOKIE = 'pj_session';

/** The request context services take: actor, request id and client address. */
export function ctxOf(c: Context<AppEnv>): RequestCtx {
  return { actor: c.get('actor'), requestId: c.get('requestId'), ip: c.get('ip') };
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure over HTTPS, expiring with the session. */
export function setSessionCookie(c: Context<AppEnv>, deps: Deps, session: svc.IssuedSession): void {
  setCookie(c, SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: deps.config.cookieSecure,
    path: '/',
    expires: session.expiresAt,
  });
}

const signUp = defineRoute(
  { auth: 'public' },
  {
    method: 'post',
    path: '/auth/signup',
    tags: ['auth'],
    summary: 'Create an account and sign in',
    request: { body: jsonBody(SignUpBody) },
    responses: { 201: jsonResponse(Session, 'Signed up and signed in') },
  },
);
const signIn = defineRoute(
  { auth: 'public' },
  {
    method: 'post',
    path: '/auth/signin',
    tags: ['auth'],
    summary: 'Sign in with e-mail and password (throttled)',
    request: { body: jsonBody(SignInBody) },
    responses: { 200: jsonResponse(Session, 'Signed in; the session cookie is rotated') },
  },
);
const signOut = defineRoute(
  { auth: 'signed-in' },
  { method: 'post', path: '/auth/signout', tags: ['auth'], summary: 'Sign out', responses: { 204: { description: 'Signed out' } } },
);
const session = defineRoute(
  { auth: 'signed-in', scope: 'profile:read' },
  {
    method: 'get',
    path: '/auth/session',
    tags: ['auth'],
    summary: 'The caller, their memberships and the CSRF token',
    responses: { 200: jsonResponse(Session, 'The current session') },
  },
);
const updateMe = defineRoute(
  { auth: 'signed-in', scope: 'profile:write' },
  {
    method: 'patch',
    path: '/me',
    tags: ['me'],
    summary: 'Change your name or language',
    request: { body: jsonBody(ProfileBody) },
    responses: { 200: jsonResponse(Person, 'The updated profile') },
  },
);
const changePassword = defineRoute(
  { auth: 'signed-in' },
  {
    method: 'post',
    path: '/me/password',
    tags: ['me'],
    summary: 'Change your password (ends your other sessions)',
    request: { body: jsonBody(PasswordBody) },
    responses: { 204: { description: 'Changed' } },
  },
);
const listTokens = defineRoute(
  { auth: 'signed-in' },
  {
    method: 'get',
    path: '/me/tokens',
    tags: ['me'],
    summary: 'Your API tokens',
    responses: { 200: jsonResponse(z.object({ items: z.array(Token) }).openapi('TokenList'), 'Your tokens, newest first') },
  },
);
const createToken = defineRoute(
  { auth: 'signed-in' },
  {
    method: 'post',
    path: '/me/tokens',
    tags: ['me'],
    summary: 'Create an API token; the secret is shown once',
    request: { body: jsonBody(TokenBody) },
    responses: { 201: jsonResponse(z.object({ token: Token, secret: z.string() }).openapi('TokenCreated'), 'The token and its secret') },
  },
);
const revokeToken = defineRoute(
  { auth: 'signed-in', self: true },
  {
    method: 'delete',
    path: '/me/tokens/{tokenId}',
    tags: ['me'],
    summary: 'Revoke one of your tokens',
    request: { params: z.object({ tokenId: IdParam('tokenId') }) },
    responses: { 204: { description: 'Revoked' } },
  },
);
const listPeople = defineRoute(
  { auth: 'operator', scope: 'admin:read' },
  {
    method: 'get',
    path: '/admin/people',
    tags: ['admin'],
    summary: 'People with accounts',
    request: { query: z.object({ ...pageQuery, q: z.string().trim().max(100).optional() }).strict() },
    responses: { 200: jsonResponse(pageOf(Person, 'PersonPage'), 'A page of people') },
  },
);
const updatePerson = defineRoute(
  { auth: 'admin', scope: 'admin:write' },
  {
    method: 'patch',
    path: '/admin/people/{personId}',
    tags: ['admin'],
    summary: 'Disable or enable an account, or set its platform role',
    request: { params: z.object({ personId: IdParam('personId') }), body: jsonBody(AdminPersonBody) },
    responses: { 200: jsonResponse(Person, 'The updated person') },
  },
);

function meta(c: Context<AppEnv>) {
  return { userAgent: c.req.header('user-agent') ?? null, ip: c.get('ip'), previousToken: getCookie(c, SESSION_COOKIE) };
}

/** Routes of the identity desk's accounts and sessions. */
export function identityRoutes(deps: Deps) {
  return createRouter()
    .openapi(signUp, async (c) => {
      const { person, session: s } = await svc.signUp(deps, ctxOf(c), c.req.valid('json'), meta(c));
      setSessionCookie(c, deps, s);
      return c.json({ person: svc.personView(person), csrfToken: s.csrfToken, memberships: [] }, 201);
    })
    .openapi(signIn, async (c) => {
      const { person, session: s } = await svc.signIn(deps, ctxOf(c), c.req.valid('json'), meta(c));
      setSessionCookie(c, deps, s);
      const info = await svc.sessionInfo(deps, { ...ctxOf(c), actor: { kind: 'person', personId: person.id, email: person.email, name: person.name, platformRole: person.platformRole, via: 'session', scopes: 'all' } });
      return c.json({ ...info, csrfToken: s.csrfToken } as z.infer<typeof Session>, 200);
    })
    .openapi(signOut, async (c) => {
      await svc.signOut(deps, ctxOf(c));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    })
    .openapi(session, async (c) => {
      const info = await svc.sessionInfo(deps, ctxOf(c));
      return c.json({ ...info, csrfToken: c.get('csrfToken') ?? '' } as z.infer<typeof Session>, 200);
    })
    .openapi(updateMe, async (c) => c.json(await svc.updateProfile(deps, ctxOf(c), c.req.valid('json')), 200))
    .openapi(changePassword, async (c) => {
      await svc.changePassword(deps, ctxOf(c), c.req.valid('json'));
      return c.body(null, 204);
    })
    .openapi(listTokens, async (c) => c.json({ items: await svc.listTokens(deps, ctxOf(c)) }, 200))
    .openapi(createToken, async (c) => {
      const actor = svc.personOf(ctxOf(c));
      return c.json(await svc.issueToken(deps, ctxOf(c), actor.personId, c.req.valid('json')), 201);
    })
    .openapi(revokeToken, async (c) => {
      await svc.revokeToken(deps, ctxOf(c), c.req.valid('param').tokenId);
      return c.body(null, 204);
    })
    .openapi(listPeople, async (c) => {
      const q = c.req.valid('query');
      return c.json(await svc.listPeople(deps, ctxOf(c), q.q, q.cursor, q.limit), 200);
    })
    .openapi(updatePerson, async (c) =>
      c.json(await svc.adminUpdatePerson(deps, ctxOf(c), c.req.valid('param').personId, c.req.valid('json')), 200),
    );
}
