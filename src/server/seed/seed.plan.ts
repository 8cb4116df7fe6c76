// The demo center planned in memory, deterministically: the same organizations, people,
// memberships and teams on every run (ids aside, which carry the time of the run).
import { ORG_KINDS, type OrgKind, type OrgRole, type PlatformRole } from '../../shared/enums.ts';
import { newId } from '../../shared/ids.ts';
import type { SeedMembership, SeedOrganization, SeedPerson, SeedTeam, SeedTeamMember } from '../modules/identity/index.ts';
import { FIELDS, personName, surnamePicker } from './seed.names.ts';
import { AGENCIES, ENTERPRISES, GENERATORS, INCUBATORS, INSTITUTES, INVESTORS, OPERATORS, PROVIDERS, UNIVERSITIES, cityOf, type PlannedOrg } from './seed.orgs.ts';
import { createRandom, weightedPicker } from './seed.random.ts';

export const SCALES = ['demo', 'full'] as const;
export type Scale = (typeof SCALES)[number];

interface ScaleSpec {
  orgs: Record<OrgKind, number>;
  /** People in all, the role accounts included. */
  people: number;
  teams: number;
}

/** Sizes per scale; `full` is CENTER.md's scale target (5,000 organizations, 800 of them institutes). */
export const SCALE_SPECS: Record<Scale, ScaleSpec> = {
  demo: {
    orgs: { university: 20, research_institute: 60, enterprise: 60, startup: 87, service_provider: 30, investor: 20, facility_operator: 5, incubator: 8, government_agency: 10 },
    people: 2000,
    teams: 300,
  },
  full: {
    orgs: { university: 20, research_institute: 800, enterprise: 1800, startup: 1416, service_provider: 547, investor: 300, facility_operator: 5, incubator: 100, government_agency: 12 },
    people: 50_000,
    teams: 5000,
  },
};

/** The one password of the demo role accounts, printed at start. */
export const DEMO_PASSWORD = 'pujiang-demo-2024';

export interface RoleAccount {
  /** What the account shows off, printed in the sign-in table. */
  role: string;
  email: string;
  platformRole: PlatformRole | null;
  /** The organization key and role, when the account belongs to one. */
  org?: { key: string; role: OrgRole };
  /** A second organization the account belongs to (the ledger's provider persona). */
  alsoOrg?: { key: string; role: OrgRole };
}

/** One account per role, so that every screen can be tried from the right seat. */
export const ROLE_ACCOUNTS: readonly RoleAccount[] = [
  { role: 'platform admin', email: 'admin@pujiang.example', platformRole: 'admin' },
  { role: 'platform operator', email: 'operator@pujiang.example', platformRole: 'operator' },
  { role: 'org owner', email: 'owner@pujiang.example', platformRole: null, org: { key: 'fudan', role: 'owner' } },
  { role: 'org admin, provider admin', email: 'orgadmin@pujiang.example', platformRole: null, org: { key: 'fudan', role: 'admin' }, alsoOrg: { key: 'ssc', role: 'admin' } },
  { role: 'researcher (org member)', email: 'researcher@pujiang.example', platformRole: null, org: { key: 'fudan', role: 'member' } },
  { role: 'startup founder', email: 'founder@pujiang.example', platformRole: null, org: { key: 'founder-startup', role: 'owner' } },
  { role: 'facility user office (SSRF)', email: 'useroffice@pujiang.example', platformRole: null, org: { key: 'SSRF', role: 'admin' } },
  { role: 'facility director (SSRF)', email: 'director@pujiang.example', platformRole: null, org: { key: 'SSRF', role: 'admin' } },
  { role: 'station scientist (SSRF)', email: 'scientist@pujiang.example', platformRole: null, org: { key: 'SSRF', role: 'member' } },
  { role: 'panel chair', email: 'chair@pujiang.example', platformRole: null, org: { key: 'tongji', role: 'member' } },
  { role: 'panel reviewer', email: 'reviewer@pujiang.example', platformRole: null, org: { key: 'sjtu', role: 'member' } },
];

/** The startup of the founder account: a foundation-model company of the center. */
const FOUNDER_STARTUP: PlannedOrg = {
  key: 'founder-startup',
  slug: 'xinglan',
  name: '上海星澜智能科技有限公司',
  nameEn: 'Shanghai Xinglan Intelligence Technology Co., Ltd.',
  kind: 'startup',
  city: '上海',
  description: '视频生成大模型 · video generation models',
};

const REAL: Partial<Record<OrgKind, readonly (Omit<PlannedOrg, 'city'> & { city?: string })[]>> = {
  university: UNIVERSITIES,
  research_institute: INSTITUTES,
  facility_operator: OPERATORS,
  government_agency: AGENCIES,
  incubator: INCUBATORS,
  investor: INVESTORS,
  service_provider: PROVIDERS,
  enterprise: ENTERPRISES,
  startup: [FOUNDER_STARTUP],
};

// How many people an organization of each kind has, relative to the others.
const PEOPLE_WEIGHT: Record<OrgKind, number> = {
  university: 120,
  research_institute: 12,
  facility_operator: 15,
  enterprise: 8,
  startup: 4,
  service_provider: 3,
  investor: 2,
  incubator: 3,
  government_agency: 4,
};

const LAB_KINDS: ReadonlySet<OrgKind> = new Set(['university', 'research_institute', 'facility_operator']);

const DEPARTMENTS: readonly (readonly [string, string])[] = [
  ['大模型研发部', 'Foundation model R&D'],
  ['算法组', 'Algorithms'],
  ['数据平台组', 'Data platform'],
  ['产品部', 'Product'],
  ['临床研究部', 'Clinical research'],
  ['工艺开发部', 'Process development'],
  ['投资部', 'Investments'],
  ['技术转移部', 'Technology transfer'],
  ['用户服务部', 'User services'],
  ['测试验证部', 'Testing and validation'],
  ['项目管理办公室', 'Project management office'],
  ['战略研究部', 'Strategy'],
];

export interface PlannedPerson extends SeedPerson {
  /** Set for the role accounts: they get a password hash at seeding time. */
  roleAccount?: RoleAccount;
}

export interface SeedPlan {
  scale: Scale;
  organizations: SeedOrganization[];
  people: PlannedPerson[];
  memberships: SeedMembership[];
  teams: SeedTeam[];
  teamMembers: SeedTeamMember[];
  /** Facility code → id of its operator organization. */
  operatorOrgIds: Record<string, string>;
  /** The role accounts with the name of their organization, for the sign-in table. */
  roleAccounts: { role: string; email: string; name: string; orgName: string | null }[];
}

// Any constant: the seed must be the same on every run.
const SEED = 0x5eed_2024;

/** Plans the whole demo center for a scale. Same scale, same data. */
export function planSeed(scale: Scale): SeedPlan {
  const spec = SCALE_SPECS[scale];
  const random = createRandom(SEED);
  const surname = surnamePicker(random);

  // Organizations: the real ones first, then generated ones up to the kind's count.
  const orgs: (PlannedOrg & { id: string })[] = [];
  const taken = new Set<string>();
  for (const kind of ORG_KINDS) {
    const want = spec.orgs[kind];
    const real = (REAL[kind] ?? []).slice(0, want);
    for (const o of real) {
      taken.add(o.name);
      orgs.push({ ...o, city: o.city ?? '上海', id: newId('organization') });
    }
    const gen = GENERATORS[kind];
    for (let i = real.length; i < want && gen; i++) {
      const o = gen(random, taken);
      taken.add(o.name);
      orgs.push({ ...o, kind, city: cityOf(kind, random), id: newId('organization') });
    }
  }
  const orgByKey = new Map(orgs.filter((o) => o.key).map((o) => [o.key!, o]));

  // People: the role accounts, then generated people, each with a primary organization.
  const members: string[][] = orgs.map(() => []);
  const roles = new Map<string, OrgRole>(); // `${orgIndex}:${personId}` → role, for fixed roles
  const orgIndex = new Map(orgs.map((o, i) => [o.id, i]));
  const people: PlannedPerson[] = [];
  // E-mails are given.surname@<org slug>.example; namesakes get a number: wei.zhang2@…
  const emails = new Set<string>();
  const nextNumber = new Map<string, number>();
  const emailFor = (given: string, sur: string, slug: string) => {
    const key = `${given}.${sur}@${slug}`;
    let n = nextNumber.get(key) ?? 1;
    let email = `${given}.${sur}@${slug}.example`;
    while (emails.has(email)) email = `${given}.${sur}${++n}@${slug}.example`;
    nextNumber.set(key, n);
    emails.add(email);
    return email;
  };
  const roleAccounts: SeedPlan['roleAccounts'] = [];
  for (const acc of ROLE_ACCOUNTS) {
    const n = personName(random, surname);
    const id = newId('person');
    emails.add(acc.email);
    people.push({ id, email: acc.email, name: n.name, passwordHash: null, locale: 'zh-CN', platformRole: acc.platformRole, roleAccount: acc });
    const org = acc.org ? orgByKey.get(acc.org.key) : undefined;
    if (org && acc.org) {
      const i = orgIndex.get(org.id)!;
      members[i]!.push(id);
      roles.set(`${i}:${id}`, acc.org.role);
    }
    const also = acc.alsoOrg ? orgByKey.get(acc.alsoOrg.key) : undefined;
    roleAccounts.push({ role: acc.role, email: acc.email, name: n.name, orgName: org ? [org.name, ...(also ? [also.name] : [])].join('、') : null });
  }
  const weights = orgs.map((o) => PEOPLE_WEIGHT[o.kind] * (0.5 + random.next()));
  const pickOrg = weightedPicker(weights, random);
  const generated = spec.people - people.length;
  // Every organization without a member gets its owner first, so that none is left ownerless.
  const needOwner = orgs.map((_, i) => i).filter((i) => members[i]!.length === 0);
  for (let k = 0; k < generated; k++) {
    const i = k < needOwner.length ? needOwner[k]! : pickOrg();
    const n = personName(random, surname);
    const id = newId('person');
    people.push({ id, email: emailFor(n.given, n.surname, orgs[i]!.slug), name: n.name, passwordHash: null, locale: random.chance(0.1) ? 'en' : 'zh-CN', platformRole: null });
    members[i]!.push(id);
  }

  // Memberships: the first member owns the organization, a few more administer it.
  const memberships: SeedMembership[] = [];
  members.forEach((list, i) => {
    const admins = list.length >= 3 ? 1 + Math.floor(list.length / 25) : 0;
    // The first member without a given role owns the organization, unless a role account does.
    const owned = list.some((personId) => roles.get(`${i}:${personId}`) === 'owner');
    const firstFree = list.findIndex((personId) => !roles.has(`${i}:${personId}`));
    list.forEach((personId, pos) => {
      const role = roles.get(`${i}:${personId}`) ?? (!owned && pos === firstFree ? 'owner' : pos <= admins ? 'admin' : 'member');
      memberships.push({ id: newId('membership'), orgId: orgs[i]!.id, personId, role });
    });
  });
  // Role accounts with a second organization join it now, after its owner was chosen, so that
  // the random draws (and so every generated name) stay as they were.
  for (const p of people.slice(0, ROLE_ACCOUNTS.length)) {
    const also = p.roleAccount?.alsoOrg;
    const org = also ? orgByKey.get(also.key) : undefined;
    if (also && org) memberships.push({ id: newId('membership'), orgId: org.id, personId: p.id, role: also.role });
  }
  // About one generated person in ten also belongs to a second organization (a researcher
  // advising a startup, an investor on an incubator's board), as a plain member.
  const primaryCount = members.map((l) => l.length);
  const memberOf = new Set(memberships.map((m) => `${m.orgId}:${m.personId}`));
  for (const p of people.slice(ROLE_ACCOUNTS.length)) {
    if (!random.chance(0.1)) continue;
    const i = pickOrg();
    if (memberOf.has(`${orgs[i]!.id}:${p.id}`)) continue;
    members[i]!.push(p.id);
    memberships.push({ id: newId('membership'), orgId: orgs[i]!.id, personId: p.id, role: 'member' });
  }

  // Teams: labs named after their PI in universities and institutes, departments elsewhere.
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const teams: SeedTeam[] = [];
  const teamMembers: SeedTeamMember[] = [];
  const teamNames = orgs.map(() => new Set<string>());
  const addTeam = (i: number, lead: string, others: string[]) => {
    const org = orgs[i]!;
    let base: string;
    let description: string;
    if (LAB_KINDS.has(org.kind)) {
      const [fZh, fEn] = random.pick(FIELDS);
      base = `${nameOf.get(lead)}课题组`;
      description = `${fZh} · ${fEn}`;
    } else {
      const [dZh, dEn] = random.pick(DEPARTMENTS);
      base = dZh;
      description = dEn;
    }
    let name = base;
    for (let n = 2; teamNames[i]!.has(name); n++) name = `${base}（${n}）`;
    teamNames[i]!.add(name);
    const id = newId('team');
    teams.push({ id, orgId: org.id, name, description });
    for (const personId of [lead, ...others]) teamMembers.push({ teamId: id, personId });
  };
  // The researcher's lab comes first, with the org admin in it, so the demo shows a team at once.
  const fudan = orgIndex.get(orgByKey.get('fudan')!.id)!;
  const [, fudanAdmin, researcher] = members[fudan]!;
  addTeam(fudan, researcher!, [fudanAdmin!, ...random.sample(members[fudan]!.slice(3, primaryCount[fudan]), 4)]);
  const teamWeights = members.map((l) => (l.length >= 2 ? l.length : 0));
  const pickTeamOrg = weightedPicker(teamWeights, random);
  while (teams.length < spec.teams) {
    const i = pickTeamOrg();
    const [lead, ...others] = random.sample(members[i]!, random.int(2, 8));
    addTeam(i, lead!, others);
  }

  return {
    scale,
    organizations: orgs.map((o) => ({ id: o.id, name: o.name, nameEn: o.nameEn, kind: o.kind, city: o.city, description: o.description })),
    people,
    memberships,
    teams,
    teamMembers,
    operatorOrgIds: Object.fromEntries(OPERATORS.map((o) => [o.key!, orgByKey.get(o.key!)!.id])),
    roleAccounts,
  };
}
