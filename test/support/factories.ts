// Factories: fresh organizations, members and teams made through the API, so that every test
// builds what it needs and no test leans on another.
import type { OrgKind, OrgRole } from '../../src/shared/enums.ts';
import type { Schemas } from '../../src/shared/api-client.ts';
import { listMail } from '../../src/server/mail/mail.service.ts';
import type { Agent, TestApp } from './app.ts';

/** An organization and a team as the API returns them (types generated from openapi.json). */
export type BuiltOrg = Schemas['Org'];
export type BuiltTeam = Schemas['Team'];

let n = 0;
const tag = () => `${++n}-${process.pid}-${Math.random().toString(36).slice(2, 7)}`;

function expect<T>(r: { status: number; text: string; body: T }, status: number, what: string): T {
  if (r.status !== status) throw new Error(`${what}: expected ${status}, got ${r.status} ${r.text}`);
  return r.body;
}

/** Creates an organization owned by `owner`, with a unique name. */
export async function buildOrg(
  t: TestApp,
  owner: Agent,
  overrides: { name?: string; nameEn?: string; kind?: OrgKind; city?: string; description?: string } = {},
): Promise<BuiltOrg> {
  const id = tag();
  const body = { name: `测试机构 ${id}`, nameEn: `Test Org ${id}`, kind: 'research_institute' as OrgKind, city: '上海', ...overrides };
  return expect(await t.req<BuiltOrg>('POST', '/api/orgs', { as: owner, body }), 201, 'buildOrg');
}

/** The token of the newest invitation mailed to `email`, read from the outbox. */
export async function invitationTokenFor(t: TestApp, email: string): Promise<string> {
  const [mail] = await listMail(t.deps.db.db, email, undefined, 1);
  const token = mail ? /\/invitations\/([A-Za-z0-9_-]{43})\b/.exec(mail.body)?.[1] : undefined;
  if (!token) throw new Error(`no invitation mail to ${email}`);
  return token;
}

/**
 * Adds a person to `org` with `role` the way people join: `inviter` (an owner, or an admin for
 * roles below owner) invites them by e-mail and they accept. A new person is made unless `person`
 * is given. Returns the member, signed in.
 */
export async function addMember(t: TestApp, org: { id: string }, inviter: Agent, role: OrgRole = 'member', person?: Agent): Promise<Agent> {
  const member = person ?? (await t.person({ name: `Member ${tag()}` }));
  expect(await t.req('POST', `/api/orgs/${org.id}/invitations`, { as: inviter, body: { email: member.email, role } }), 201, 'addMember: invite');
  const token = await invitationTokenFor(t, member.email);
  expect(await t.req('POST', `/api/invitations/${token}/accept`, { as: member }), 200, 'addMember: accept');
  return member;
}

/** Creates a team in `org` as `admin`, with a unique name, and adds `members` to it. */
export async function buildTeam(
  t: TestApp,
  org: { id: string },
  admin: Agent,
  overrides: { name?: string; description?: string } = {},
  members: Agent[] = [],
): Promise<BuiltTeam> {
  const team = expect(
    await t.req<BuiltTeam>('POST', `/api/orgs/${org.id}/teams`, { as: admin, body: { name: `Team ${tag()}`, ...overrides } }),
    201,
    'buildTeam',
  );
  for (const m of members) {
    expect(await t.req('POST', `/api/teams/${team.id}/members`, { as: admin, body: { personId: m.personId } }), 201, 'buildTeam: add member');
  }
  return { ...team, memberCount: members.length };
}
