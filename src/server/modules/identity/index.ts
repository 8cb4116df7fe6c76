// The identity desk's public surface.
export { identityRoutes, ctxOf, SESSION_COOKIE, setSessionCookie } from './identity.routes.ts';
export {
  authenticateSession,
  authenticateToken,
  createPerson,
  issueToken,
  personByEmail,
  setPersonFlags,
  signInAs,
  isStaff,
  personOf,
  personView,
  type PersonView,
} from './identity.service.ts';
export { hashPassword } from './identity.passwords.ts';
