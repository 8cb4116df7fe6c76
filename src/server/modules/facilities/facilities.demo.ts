// The demo of the facility user office (issue 4), inside the demo seed's transaction: the SSRF's
// user office, director and station scientists, sample environments, three cycles (the last one
// finished, the current one running with a published schedule, the next one with its call open),
// the calls of every access route, panels, and proposals at every step — feasibility, panel grades,
// decisions, a schedule made by the rank-order heuristic and checked by the validator, experiments
// with logbooks, reports and publications. Deterministic: one seeded random source.
import { newId } from '../../../shared/ids.ts';
import type { OrgKind } from '../../../shared/enums.ts';
import type { Db } from '../../db/client.ts';
import type { RequestCtx } from '../../http/context.ts';
import { record } from '../audit/index.ts';
import {
  addStaff,
  applicationEvents,
  applicationLinks,
  applicationMembers,
  applications,
  calls,
  decisions,
  formTemplates,
  panelMembers,
  panels,
  reviewAssignments,
  type FormQuestion,
  type ReviewStage,
} from '../calls/index.ts';
import { dateOf, dateRangesToShifts, shiftCount, shiftStart, totalShifts, userShifts, type CycleClock, type Period } from './facilities.calendar.ts';
import { candidateStarts, greedySchedule, scheduleObjective, validateSchedule, type ScheduleExperiment, type ScheduleInput } from './facilities.schedule.ts';
import * as repo from './facilities.demo.repo.ts';
import { scoreOfGrade } from './facilities.scheduling.service.ts';
import {
  beamtimeAwards,
  beamtimeRequests,
  calendarPeriods,
  experiments,
  facilityCycles,
  facilityProposals,
  feasibilityReviews,
  logbookEntries,
  outcomes,
  sampleEnvironments,
  scheduleBlocks,
  schedules,
  stationEnvironments,
  stationScientists,
} from './facilities.table.ts';
import type { AccessRoute as AccessRouteLike, DateRange, Hazard, ProposalSample } from './facilities.types.ts';

/** The demo's random source (the seed's PRNG, passed in). */
export interface DemoRandom {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export interface FacilityDemoInput {
  random: DemoRandom;
  now: Date;
  organizations: readonly { id: string; kind: OrgKind; name: string }[];
  people: readonly { id: string; email: string }[];
  memberships: readonly { orgId: string; personId: string }[];
  /** The SSRF operator organization. */
  operatorOrgId: string;
}

export interface FacilityDemoReport {
  cycles: number;
  calls: number;
  proposals: number;
  awards: number;
  blocks: number;
  experiments: number;
  publications: number;
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ZONE = 'Asia/Shanghai';
const SHIFT_HOURS = 8;
const AWARD_MULTIPLE = 3;
const CYCLE_DAYS = 126;

const ENVIRONMENTS: [code: string, name: string, nameEn: string, techniques: RegExp][] = [
  ['CRYO', '液氦低温恒温器', 'Liquid-helium cryostat', /XAFS|XMCD|ARPES|RIXS|diffraction|XRD|photoemission/i],
  ['FURNACE', '原位高温炉', 'In-situ furnace', /XAFS|XRD|SAXS|WAXS|powder/i],
  ['ECHEM', '原位电化学池', 'In-situ electrochemical cell', /XAFS|XAS|APXPS|SAXS/i],
  ['DAC', '金刚石对顶砧高压腔', 'Diamond anvil cell', /high-pressure|XRD|Laue/i],
  ['MAGNET', '超导磁体', 'Superconducting magnet', /XMCD|RIXS|ARPES|PEEM/i],
  ['HUMID', '温湿度控制样品台', 'Humidity-controlled stage', /SAXS|GISAXS|BioSAXS|imaging|tomography/i],
  ['CRYOSTREAM', '低温氮气流', 'Nitrogen cryostream', /crystallography|serial|screening/i],
];

/** Panels of a cycle: by subject area, each covering the stations whose techniques match. */
const PANELS: [name: string, nameEn: string, area: RegExp][] = [
  ['谱学', 'Spectroscopy', /XAFS|XAS|XMCD|ARPES|RIXS|photoemission|PEEM|NEXAFS|STXM|FTIR|infrared|HAXPES|APXPS|XRF/i],
  ['散射与衍射', 'Scattering and diffraction', /SAXS|WAXS|XRD|diffraction|GIXRD|Laue|scattering|lithography/i],
  ['结构生物学', 'Structural biology', /crystallograph|BioSAXS|SEC-SAXS|screening|serial/i],
  ['成像与其他', 'Imaging and other', /./],
];

const MATERIALS: [string, string][] = [
  ['锂离子电池正极材料', 'lithium-ion cathode materials'],
  ['单原子催化剂', 'single-atom catalysts'],
  ['钙钛矿太阳能电池薄膜', 'perovskite solar-cell films'],
  ['高熵合金', 'high-entropy alloys'],
  ['二维磁性材料', 'two-dimensional magnets'],
  ['拓扑量子材料', 'topological quantum materials'],
  ['高分子纤维', 'polymer fibres'],
  ['膜蛋白复合物', 'membrane protein complexes'],
  ['抗体药物靶点', 'antibody drug targets'],
  ['固态电解质', 'solid-state electrolytes'],
  ['页岩与地质样品', 'shale and geological samples'],
  ['古陶瓷与文物', 'ancient ceramics and relics'],
  ['骨组织工程支架', 'bone tissue-engineering scaffolds'],
  ['铁电薄膜', 'ferroelectric thin films'],
  ['金属有机框架', 'metal–organic frameworks'],
  ['纳米药物载体', 'nanomedicine carriers'],
];

const HAZARD_MIX: Hazard[] = ['none', 'none', 'none', 'toxic', 'flammable', 'corrosive', 'nanomaterial', 'cryogenic', 'biological', 'pressurized'];

export const DEMO_QUESTIONS: FormQuestion[] = [
  { key: 'case', type: 'longtext', label: '科学意义与研究目标', labelEn: 'Scientific case and aims', required: true, maxLength: 8000 },
  { key: 'method', type: 'longtext', label: '实验方案与样品准备', labelEn: 'Experimental plan and sample preparation', required: true, maxLength: 8000 },
  { key: 'prior', type: 'boolean', label: '是否曾在本装置开展相关实验', labelEn: 'Earlier related experiments at this facility' },
  { key: 'priorSummary', type: 'longtext', label: '此前实验的结果', labelEn: 'Results of the earlier experiments', required: true, maxLength: 4000, when: { key: 'prior', equals: true } },
  {
    key: 'funding',
    type: 'choice',
    label: '经费来源',
    labelEn: 'Funding',
    required: true,
    options: [
      { value: 'nsfc', label: '国家自然科学基金', labelEn: 'NSFC' },
      { value: 'most', label: '国家重点研发计划', labelEn: 'National key R&D program' },
      { value: 'stcsm', label: '上海市科委项目', labelEn: 'STCSM program' },
      { value: 'enterprise', label: '企业委托', labelEn: 'Industry contract' },
      { value: 'other', label: '其他', labelEn: 'Other' },
    ],
  },
  { key: 'industry', type: 'boolean', label: '是否有企业合作', labelEn: 'Industry partner involved' },
  { key: 'company', type: 'text', label: '合作企业名称', labelEn: 'Industry partner', required: true, maxLength: 200, when: { key: 'industry', equals: true } },
];

export const DEMO_RAPID_QUESTIONS: FormQuestion[] = [
  { key: 'case', type: 'longtext', label: '研究目标', labelEn: 'Aims', required: true, maxLength: 3000 },
  { key: 'urgency', type: 'longtext', label: '为何需要快速机时', labelEn: 'Why rapid access is needed', required: true, maxLength: 2000 },
];

const PANEL_STAGES: ReviewStage[] = [
  { key: 'feasibility', kind: 'technical' },
  { key: 'panel', kind: 'panel', reviewersPerApplication: 2 },
];
const APPROVAL_STAGES: ReviewStage[] = [{ key: 'approval', kind: 'approval' }];

/** The access routes of a facility cycle and how each call runs. */
const ROUTES: { route: AccessRouteLike; code: string; name: string; nameEn: string; continuous: boolean; rapid: boolean; share: number }[] = [
  { route: 'general', code: 'GU', name: '普通课题', nameEn: 'General user proposals', continuous: false, rapid: false, share: 0.8 },
  { route: 'long_term', code: 'LT', name: '长期课题', nameEn: 'Long-term proposals', continuous: false, rapid: false, share: 0.03 },
  { route: 'block', code: 'BAG', name: '集中机时（BAG）', nameEn: 'Block allocation groups', continuous: false, rapid: false, share: 0.02 },
  { route: 'mail_in', code: 'MI', name: '邮寄样品', nameEn: 'Mail-in', continuous: false, rapid: false, share: 0.06 },
  { route: 'proprietary', code: 'IND', name: '产业用户（付费）', nameEn: 'Proprietary (industry, paid)', continuous: true, rapid: true, share: 0.04 },
  { route: 'rapid', code: 'RA', name: '快速通道', nameEn: 'Rapid access', continuous: true, rapid: true, share: 0.03 },
  { route: 'in_house', code: 'IH', name: '装置内部研究', nameEn: 'In-house research', continuous: false, rapid: true, share: 0.02 },
];

/** Shanghai midnight at or before an instant. */
function shanghaiMidnight(t: number): number {
  return Math.floor((t + 8 * HOUR) / DAY) * DAY - 8 * HOUR;
}

function cycleCode(start: Date): string {
  const d = dateOf(start, ZONE);
  return `${d.slice(0, 4)}-${Number(d.slice(5, 7)) <= 6 ? 1 : 2}`;
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

type Phase = 'past' | 'current' | 'next';

/** Seeds the user office of the SSRF. */
export async function seedFacilityOperations(tx: Db, ctx: RequestCtx, input: FacilityDemoInput): Promise<FacilityDemoReport> {
  const { random: rnd, now } = input;
  const ssrf = await repo.facilityByCode(tx, 'SSRF');
  if (!ssrf) throw new Error('the SSRF is not in the catalog');
  const facilityId = ssrf.facility.id;
  const stations = ssrf.stations;
  const personByEmail = new Map(input.people.map((p) => [p.email, p.id]));
  const must = (email: string) => {
    const id = personByEmail.get(email);
    if (!id) throw new Error(`demo account ${email} missing`);
    return id;
  };
  const office = must('useroffice@pujiang.example');
  const director = must('director@pujiang.example');
  const scientist = must('scientist@pujiang.example');
  const researcher = must('researcher@pujiang.example');
  const chair = must('chair@pujiang.example');
  const reviewer = must('reviewer@pujiang.example');
  await addStaff(tx, input.operatorOrgId, office, 'manager');
  await addStaff(tx, input.operatorOrgId, director, 'director');

  const orgOf = new Map<string, string>();
  const membersOf = new Map<string, string[]>();
  for (const m of input.memberships) {
    if (!orgOf.has(m.personId)) orgOf.set(m.personId, m.orgId);
    const list = membersOf.get(m.orgId) ?? [];
    list.push(m.personId);
    membersOf.set(m.orgId, list);
  }
  const kindOf = new Map(input.organizations.map((o) => [o.id, o.kind]));
  const special = new Set([office, director, scientist, chair, reviewer, researcher]);
  const userPool = input.people.filter((p) => {
    const k = kindOf.get(orgOf.get(p.id) ?? '');
    return !special.has(p.id) && (k === 'university' || k === 'research_institute');
  });
  const industryPool = input.people.filter((p) => {
    const k = kindOf.get(orgOf.get(p.id) ?? '');
    return !special.has(p.id) && (k === 'enterprise' || k === 'startup');
  });
  const staffPool = (membersOf.get(input.operatorOrgId) ?? []).filter((id) => !special.has(id));
  const emailOf = new Map(input.people.map((p) => [p.id, p.email]));

  // ── station scientists and sample environments ──────────────────────────────────────────
  const scientistsOf = new Map<string, string[]>();
  const mine = new Set(['BL14W1', 'BL11B', 'BL16B1-SAXS']);
  const scientistRows: (typeof stationScientists.$inferInsert)[] = [];
  for (const s of stations) {
    const ids = mine.has(s.code) ? [scientist] : [];
    while (ids.length < (mine.has(s.code) ? 2 : rnd.int(1, 2)) && staffPool.length) {
      const p = rnd.pick(staffPool);
      if (!ids.includes(p)) ids.push(p);
    }
    scientistsOf.set(s.id, ids);
    ids.forEach((personId, i) => scientistRows.push({ stationId: s.id, personId, role: i === 0 ? 'lead' : 'scientist', createdAt: now }));
  }
  await repo.insertBatched(tx, stationScientists, scientistRows);

  const envRows = ENVIRONMENTS.map(([code, name, nameEn]) => ({ id: newId('environment'), facilityId, code, name, nameEn, createdAt: now }));
  await repo.insertBatched(tx, sampleEnvironments, envRows);
  const envsOf = new Map<string, string[]>();
  const stationEnvRows: (typeof stationEnvironments.$inferInsert)[] = [];
  for (const s of stations) {
    const list: string[] = [];
    ENVIRONMENTS.forEach(([, , , re], i) => {
      if (s.techniques.some((t) => re.test(t)) && rnd.chance(0.8)) list.push(envRows[i]!.id);
    });
    envsOf.set(s.id, list);
    for (const environmentId of list) stationEnvRows.push({ stationId: s.id, environmentId });
  }
  await repo.insertBatched(tx, stationEnvironments, stationEnvRows);

  // ── form templates ─────────────────────────────────────────────────────────────────────
  const generalTemplate = newId('formTemplate');
  const rapidTemplate = newId('formTemplate');
  await repo.insertBatched(tx, formTemplates, [
    { id: generalTemplate, key: 'ssrf-beamtime', version: 1, title: '上海光源机时申请', titleEn: 'SSRF beamtime proposal', questions: DEMO_QUESTIONS, createdBy: office, createdAt: now },
    { id: rapidTemplate, key: 'ssrf-rapid', version: 1, title: '上海光源快速机时申请', titleEn: 'SSRF rapid-access proposal', questions: DEMO_RAPID_QUESTIONS, createdBy: office, createdAt: now },
  ]);

  // ── cycles ─────────────────────────────────────────────────────────────────────────────
  const currentStart = shanghaiMidnight(now.getTime() - 70 * DAY);
  const starts: [Phase, number][] = [
    ['past', currentStart - (CYCLE_DAYS + 42) * DAY],
    ['current', currentStart],
    ['next', currentStart + (CYCLE_DAYS + 28) * DAY],
  ];
  const report: FacilityDemoReport = { cycles: 0, calls: 0, proposals: 0, awards: 0, blocks: 0, experiments: 0, publications: 0 };
  const panelOfStation = new Map<string, number>();
  for (const s of stations) panelOfStation.set(s.id, PANELS.findIndex(([, , re]) => s.techniques.some((t) => re.test(t))));
  const reviewerPool = userPool.map((p) => p.id);
  const researcherProposals: Partial<Record<Phase, string>> = {};

  for (const [phase, start] of starts) {
    const clock: CycleClock = { startsAt: new Date(start), endsAt: new Date(start + CYCLE_DAYS * DAY), shiftHours: SHIFT_HOURS, timeZone: ZONE };
    const cycleId = newId('cycle');
    const code = cycleCode(clock.startsAt);
    await repo.insertBatched(tx, facilityCycles, [
      {
        id: cycleId,
        facilityId,
        code,
        name: `${code} 运行周期`,
        nameEn: `Cycle ${code}`,
        startsAt: clock.startsAt,
        endsAt: clock.endsAt,
        timeZone: ZONE,
        shiftHours: SHIFT_HOURS,
        changeoverShifts: 1,
        awardMultiple: AWARD_MULTIPLE,
        status: phase === 'past' ? 'closed' : phase === 'current' ? 'published' : 'call_open',
        createdAt: now,
      },
    ]);
    report.cycles++;

    // The calendar: a week of machine development after the shutdown, then user operation with a
    // three-day maintenance every four weeks and a machine-development day every other week, and
    // a few stations' own maintenance.
    const periods: Period[] = [{ kind: 'machine_development', stationId: null, startsAt: new Date(start), endsAt: new Date(start + 7 * DAY) }];
    periods.push({ kind: 'user', stationId: null, startsAt: new Date(start + 7 * DAY), endsAt: clock.endsAt });
    for (let d = 7 + 26; d + 3 < CYCLE_DAYS; d += 28) periods.push({ kind: 'maintenance', stationId: null, startsAt: new Date(start + d * DAY), endsAt: new Date(start + (d + 3) * DAY) });
    for (let d = 7 + 12; d + 1 < CYCLE_DAYS; d += 14) {
      if (periods.some((p) => p.kind === 'maintenance' && p.startsAt.getTime() <= start + d * DAY && p.endsAt.getTime() > start + d * DAY)) continue;
      periods.push({ kind: 'machine_development', stationId: null, startsAt: new Date(start + d * DAY), endsAt: new Date(start + (d + 1) * DAY) });
    }
    for (let k = 0; k < 3; k++) {
      const s = rnd.pick(stations);
      const d = rnd.int(20, CYCLE_DAYS - 10);
      periods.push({ kind: 'maintenance', stationId: s.id, startsAt: new Date(start + d * DAY), endsAt: new Date(start + (d + 2) * DAY) });
    }
    await repo.insertBatched(
      tx,
      calendarPeriods,
      periods.map((p) => ({ id: newId('period'), cycleId, stationId: p.stationId, kind: p.kind, startsAt: p.startsAt, endsAt: p.endsAt, createdAt: now })),
    );
    const available = new Map(stations.map((s) => [s.id, userShifts(clock, periods, s.id)]));

    // Calls: windowed routes close 60 days before the cycle at 23:59:59 in Shanghai.
    const opensAt = new Date(start - 150 * DAY);
    const closesAt = new Date(shanghaiMidnight(start - 60 * DAY) - 1000);
    const callOf = new Map<AccessRouteLike, { id: string; code: string; seq: number }>();
    const callRows = ROUTES.map((r) => {
      const id = newId('call');
      const callCode = `${code}-${r.code}`;
      callOf.set(r.route, { id, code: callCode, seq: 0 });
      const open = phase === 'next' ? !r.continuous || r.route !== 'in_house' : phase === 'current' && r.continuous;
      return {
        id,
        ownerOrgId: input.operatorOrgId,
        desk: 'facilities',
        scopeRef: cycleId,
        code: callCode,
        title: `上海光源 ${code} 周期 · ${r.name}`,
        titleEn: `SSRF cycle ${code} · ${r.nameEn}`,
        description: r.rapid ? '由线站科学家或用户办公室审批，无需专家组评审。' : '经线站可行性审查与专家组评审，按评分分配机时。',
        descriptionEn: r.rapid ? 'Approved by the station scientists or the user office; no panel review.' : 'Feasibility review by the station scientists, then panel review; beamtime goes by grade.',
        track: r.route,
        mode: r.continuous ? ('continuous' as const) : ('window' as const),
        opensAt,
        closesAt: r.continuous ? null : closesAt,
        timeZone: ZONE,
        eligibility: r.route === 'proprietary' ? { orgKinds: ['enterprise', 'startup'] } : r.route === 'in_house' ? { orgKinds: ['facility_operator'] } : {},
        formTemplateId: r.rapid && r.route !== 'proprietary' ? rapidTemplate : generalTemplate,
        stages: r.rapid ? APPROVAL_STAGES : PANEL_STAGES,
        award: { unit: 'shift', multiple: AWARD_MULTIPLE, ...(r.route === 'rapid' ? { max: 6 } : {}), ...(r.route === 'proprietary' ? { pricePerUnitFen: 1_200_000 } : {}) },
        status: open ? ('open' as const) : ('closed' as const),
        createdBy: office,
        createdAt: now,
      };
    });
    await repo.insertBatched(tx, calls, callRows);
    report.calls += callRows.length;

    // Panels of the cycle: a chair and four reviewers each; the demo chair and reviewer sit on spectroscopy.
    const panelIds = PANELS.map(() => newId('panel'));
    await repo.insertBatched(
      tx,
      panels,
      PANELS.map(([name, nameEn], i) => ({ id: panelIds[i]!, ownerOrgId: input.operatorOrgId, scopeRef: cycleId, name: `${code} ${name}专家组`, nameEn: `${code} ${nameEn} panel`, areas: [], createdAt: now })),
    );
    const panelReviewers: string[][] = PANELS.map((_, i) => (i === 0 ? [chair, reviewer] : [rnd.pick(reviewerPool)]));
    for (const list of panelReviewers) while (list.length < 5) {
      const p = rnd.pick(reviewerPool);
      if (!list.includes(p)) list.push(p);
    }
    await repo.insertBatched(
      tx,
      panelMembers,
      panelReviewers.flatMap((list, i) => list.map((personId, k) => ({ panelId: panelIds[i]!, personId, role: k === 0 ? ('chair' as const) : ('reviewer' as const), expertise: [], createdAt: now }))),
    );

    // ── proposals ───────────────────────────────────────────────────────────────────────
    type P = {
      id: string;
      route: AccessRouteLike;
      pi: string;
      orgId: string;
      members: string[];
      requests: { stationId: string; shifts: number; environmentId: string | null }[];
      quality: number;
      submittedAt: Date;
      status: 'draft' | 'submitted' | 'in_review' | 'decided' | 'withdrawn';
      impossible: DateRange[];
      preferred: DateRange[];
      panel: number;
    };
    const props: P[] = [];
    const cycleFirstDate = dateOf(clock.startsAt, ZONE);
    const pickPi = (industry: boolean) => (industry && industryPool.length ? rnd.pick(industryPool) : rnd.pick(userPool)).id;
    for (const s of stations) {
      const avail = totalShifts(available.get(s.id) ?? []);
      const oversub = phase === 'next' ? 0.3 + rnd.next() * 0.5 : 1.8 + rnd.next() * 1.2;
      let requested = 0;
      while (requested < avail * oversub) {
        const roll = rnd.next();
        let acc = 0;
        const r = ROUTES.find((x) => (acc += x.share) >= roll) ?? ROUTES[0]!;
        const shifts = r.route === 'rapid' ? rnd.pick([3, 6]) : rnd.pick([6, 9, 9, 12, 12, 15, 18, 21, 24, 30, 36]);
        const pi = pickPi(r.route === 'proprietary');
        const requests = [{ stationId: s.id, shifts, environmentId: envsOf.get(s.id)!.length && rnd.chance(0.45) ? rnd.pick(envsOf.get(s.id)!) : null }];
        const members = [pi];
        for (let k = rnd.int(0, 3); k > 0; k--) {
          const m = rnd.chance(0.6) ? rnd.pick(membersOf.get(orgOf.get(pi)!) ?? [pi]) : rnd.pick(userPool).id;
          if (!members.includes(m) && !special.has(m)) members.push(m);
        }
        const imp: DateRange[] = [];
        const pref: DateRange[] = [];
        if (rnd.chance(0.3)) {
          const d = addDays(cycleFirstDate, rnd.int(7, CYCLE_DAYS - 10));
          imp.push({ from: d, to: addDays(d, rnd.int(2, 9)) });
        }
        if (rnd.chance(0.3)) {
          const d = addDays(cycleFirstDate, rnd.int(7, CYCLE_DAYS - 20));
          pref.push({ from: d, to: addDays(d, rnd.int(10, 25)) });
        }
        const submittedAt = new Date(r.continuous ? start + rnd.int(-40, 60) * DAY : closesAt.getTime() - rnd.int(1, 40 * 24) * HOUR);
        props.push({
          id: newId('application', Math.min(now.getTime(), submittedAt.getTime())),
          route: r.route,
          pi,
          orgId: orgOf.get(pi)!,
          members,
          requests,
          quality: 1 + rnd.next() * 4,
          submittedAt,
          status: 'submitted',
          impossible: imp,
          preferred: pref,
          panel: Math.max(0, panelOfStation.get(s.id) ?? 3),
        });
        requested += shifts;
      }
    }
    // The demo researcher's proposal on the demo scientist's XAFS station, every cycle.
    const xafs = stations.find((s) => s.code === 'BL14W1') ?? stations[0]!;
    const mineP: P = {
      id: newId('application', Math.min(now.getTime(), closesAt.getTime() - 5 * DAY)),
      route: 'general',
      pi: researcher,
      orgId: orgOf.get(researcher)!,
      members: [researcher, ...(membersOf.get(orgOf.get(researcher)!) ?? []).filter((p) => !special.has(p)).slice(0, 2)],
      requests: [{ stationId: xafs.id, shifts: 12, environmentId: envsOf.get(xafs.id)?.[0] ?? null }],
      quality: 1.2,
      submittedAt: new Date(Math.min(now.getTime() - 3 * DAY, closesAt.getTime() - 5 * DAY)),
      status: 'submitted',
      impossible: [],
      preferred: [],
      panel: Math.max(0, panelOfStation.get(xafs.id) ?? 0),
    };
    props.push(mineP);
    researcherProposals[phase] = mineP.id;
    // In the next cycle the researcher also has a draft (a continuation of the first one).
    let draft: P | undefined;
    if (phase === 'next') {
      draft = { ...mineP, id: newId('application'), status: 'draft', quality: 2, submittedAt: now, members: [researcher] };
      props.push(draft);
    }

    // Statuses: the past and current cycles are decided; in the next cycle the window is open.
    for (const p of props) {
      if (p === draft) continue;
      if (phase !== 'next' && rnd.chance(0.015) && p !== mineP) p.status = 'withdrawn';
      else if (phase !== 'next') p.status = 'decided';
      else if (p.submittedAt.getTime() > now.getTime()) p.submittedAt = new Date(now.getTime() - rnd.int(1, 20 * 24) * HOUR);
    }

    // Grades: reviewers grade around each proposal's quality (1 best … 5).
    const gradeOf = new Map<string, number>();
    const reviewRows: (typeof reviewAssignments.$inferInsert)[] = [];
    const feasRows: (typeof feasibilityReviews.$inferInsert)[] = [];
    for (const p of props) {
      if (p.status === 'draft') continue;
      const r = ROUTES.find((x) => x.route === p.route)!;
      for (const q of p.requests) {
        const done = phase !== 'next' || rnd.chance(0.5) || (q.stationId === xafs.id && p !== mineP && rnd.chance(0.3));
        if (!done || r.rapid) continue;
        const roll = rnd.next();
        feasRows.push({
          applicationId: p.id,
          stationId: q.stationId,
          scientistId: scientistsOf.get(q.stationId)![0]!,
          verdict: roll < 0.85 ? 'feasible' : roll < 0.96 ? 'partly' : 'not_feasible',
          shiftsNeeded: roll < 0.85 ? q.shifts : roll < 0.96 ? Math.max(3, q.shifts - 3) : 0,
          comments: roll < 0.85 ? null : '样品环境需与线站科学家确认 · sample environment to be agreed with the station',
          submittedAt: new Date(p.submittedAt.getTime() + 10 * DAY),
        });
      }
      if (r.rapid || p.status === 'withdrawn') continue;
      const pool = panelReviewers[p.panel]!;
      const conflicted = (id: string) => p.members.includes(id) || p.members.some((m) => orgOf.get(m) === orgOf.get(id));
      const chosen = pool.filter((id) => !conflicted(id));
      // two reviewers, the demo reviewer first when free of conflicts (so the demo shows assignments)
      const two = [...chosen.filter((id) => id === reviewer), ...chosen.filter((id) => id !== reviewer).sort(() => rnd.next() - 0.5)].slice(0, 2);
      const grades: number[] = [];
      for (const id of two) {
        const submitted = phase !== 'next' || (id !== reviewer && rnd.chance(0.4));
        const g = Math.min(5, Math.max(1, Math.round(p.quality + (rnd.next() - 0.5) * 1.6)));
        if (submitted) grades.push(g);
        reviewRows.push({
          id: newId('review'),
          applicationId: p.id,
          stage: 'panel',
          reviewerId: id,
          status: submitted ? 'submitted' : 'assigned',
          grade: submitted ? g : null,
          comments: submitted ? (g <= 2 ? '科学意义突出，方案可行。Strong case, sound plan.' : g <= 3 ? '方案合理，建议明确样品表征。Reasonable; clarify sample characterisation.' : '科学问题不够清晰。The scientific question is not clear enough.') : null,
          assignedBy: office,
          assignedAt: new Date(p.submittedAt.getTime() + 12 * DAY),
          submittedAt: submitted ? new Date(p.submittedAt.getTime() + 20 * DAY) : null,
        });
      }
      if (grades.length) gradeOf.set(p.id, grades.reduce((a, b) => a + b, 0) / grades.length);
      if (phase === 'next' && two.length) p.status = 'in_review';
    }

    // Decisions (past and current): per station by grade until the user shifts are used, awards in
    // multiples of three shifts; rapid routes are approved in full.
    const awardRows: (typeof beamtimeAwards.$inferInsert)[] = [];
    const decisionRows: (typeof decisions.$inferInsert)[] = [];
    const feasOf = new Map(feasRows.map((f) => [`${f.applicationId}:${f.stationId}`, f]));
    if (phase !== 'next') {
      const byStation = new Map<string, P[]>();
      for (const p of props) {
        if (p.status !== 'decided') continue;
        const list = byStation.get(p.requests[0]!.stationId) ?? [];
        list.push(p);
        byStation.set(p.requests[0]!.stationId, list);
      }
      const awarded = new Map<string, number>();
      for (const [stationId, list] of byStation) {
        const cap = Math.floor(totalShifts(available.get(stationId) ?? []) * 0.8);
        let used = 0;
        const ranked = [...list].sort((a, b) => (gradeOf.get(a.id) ?? (ROUTES.find((r) => r.route === a.route)!.rapid ? 1.5 : 9)) - (gradeOf.get(b.id) ?? (ROUTES.find((r) => r.route === b.route)!.rapid ? 1.5 : 9)) || a.submittedAt.getTime() - b.submittedAt.getTime());
        ranked.forEach((p, rank) => {
          const q = p.requests[0]!;
          const feas = feasOf.get(`${p.id}:${stationId}`);
          const want = Math.floor(Math.min(q.shifts, feas ? feas.shiftsNeeded : q.shifts) / AWARD_MULTIPLE) * AWARD_MULTIPLE;
          const ok = want >= AWARD_MULTIPLE && used + want <= cap && (feas?.verdict ?? 'feasible') !== 'not_feasible';
          if (ok) {
            used += want;
            awarded.set(p.id, want);
            awardRows.push({ id: newId('award'), applicationId: p.id, cycleId, stationId, shifts: want, environmentId: q.environmentId, grade: gradeOf.get(p.id) ?? null, rank: rank + 1, createdAt: now });
          }
          decisionRows.push({
            applicationId: p.id,
            outcome: !ok ? 'rejected' : want < q.shifts ? 'partial' : 'awarded',
            award: ok ? { shifts: { [stationId]: want } } : {},
            note: ok ? null : '本周期机时不足，欢迎下周期再次申请。Beamtime is oversubscribed; please apply again next cycle.',
            decidedBy: office,
            decidedAt: new Date(closesAt.getTime() + 40 * DAY),
          });
        });
      }
      report.awards += awardRows.length;
    }

    // Rows of applications, members, the beamtime part, events and links.
    const appRows: (typeof applications.$inferInsert)[] = [];
    const memberRows: (typeof applicationMembers.$inferInsert)[] = [];
    const partRows: (typeof facilityProposals.$inferInsert)[] = [];
    const requestRows: (typeof beamtimeRequests.$inferInsert)[] = [];
    const eventRows: (typeof applicationEvents.$inferInsert)[] = [];
    const seqOf = new Map<string, number>();
    for (const p of props) {
      const call = callOf.get(p.route)!;
      const station = stations.find((s) => s.id === p.requests[0]!.stationId)!;
      const [mat, matEn] = rnd.pick(MATERIALS);
      const tech = station.techniques[0] ?? 'X-ray';
      const submitted = p.status !== 'draft';
      const n = (seqOf.get(call.id) ?? 0) + 1;
      if (submitted) seqOf.set(call.id, n);
      const industry = p.route === 'proprietary';
      const samples: ProposalSample[] = [{ name: mat, form: rnd.pick(['粉末 powder', '薄膜 film', '单晶 single crystal', '溶液 solution']), hazards: [rnd.pick(HAZARD_MIX)] }];
      appRows.push({
        id: p.id,
        callId: call.id,
        number: submitted ? `${call.code}-${String(n).padStart(6, '0')}` : null,
        title: p === mineP || p === draft ? `${mat}的原位${tech}研究` : rnd.chance(0.6) ? `${mat}的${tech}研究` : `${tech} study of ${matEn}`,
        abstract: `利用${station.code}线站的${tech}方法研究${mat}的结构与性能关系。Using ${tech} at ${station.code} to relate the structure of ${matEn} to their properties.`,
        keywords: [...station.techniques],
        piId: p.pi,
        orgId: p.orgId,
        formTemplateId: ROUTES.find((r) => r.route === p.route)!.rapid && p.route !== 'proprietary' ? rapidTemplate : generalTemplate,
        answers:
          p === draft
            ? { case: `延续此前在${station.code}的实验。Continues our earlier experiment at ${station.code}.`, prior: true }
            : { case: `${mat}的关键科学问题。The key question about ${matEn}.`, method: `${tech}，${samples[0]!.form}。`, prior: false, funding: industry ? 'enterprise' : rnd.pick(['nsfc', 'most', 'stcsm']), industry, ...(industry ? { company: 'see organization' } : {}), urgency: '—' },
        status: p.status,
        panelId: ROUTES.find((r) => r.route === p.route)!.rapid ? null : panelIds[p.panel]!,
        grade: gradeOf.get(p.id) ?? null,
        revision: submitted ? 3 : 2,
        submittedAt: submitted ? p.submittedAt : null,
        withdrawnAt: p.status === 'withdrawn' ? new Date(p.submittedAt.getTime() + 5 * DAY) : null,
        createdAt: new Date(p.submittedAt.getTime() - 3 * DAY),
        updatedAt: p.submittedAt,
      });
      p.members.forEach((personId, k) =>
        memberRows.push({ applicationId: p.id, email: emailOf.get(personId)!, personId, role: k === 0 ? 'pi' : 'co', status: 'accepted', invitedAt: p.submittedAt, respondedAt: p.submittedAt }),
      );
      partRows.push({
        applicationId: p.id,
        facilityId,
        cycleId,
        route: p.route,
        samples,
        safetyDeclaredAt: submitted ? p.submittedAt : null,
        safetyDeclaredBy: submitted ? p.pi : null,
        preferredDates: p.preferred,
        impossibleDates: p.impossible,
        createdAt: p.submittedAt,
      });
      for (const q of p.requests) requestRows.push({ applicationId: p.id, stationId: q.stationId, shifts: q.shifts, environmentId: q.environmentId });
      const ev = (kind: string, at: Date, from: string | null, to: string | null, actorId: string | null) =>
        eventRows.push({ id: newId('applicationEvent', at.getTime()), applicationId: p.id, at, actorId, kind, fromStatus: from as never, toStatus: to as never, note: null });
      ev('status', new Date(p.submittedAt.getTime() - 3 * DAY), null, 'draft', p.pi);
      if (submitted) ev('status', p.submittedAt, 'draft', 'submitted', p.pi);
      if (p.status === 'withdrawn') ev('status', new Date(p.submittedAt.getTime() + 5 * DAY), 'submitted', 'withdrawn', p.pi);
      if (p.status === 'in_review' || p.status === 'decided') {
        if (!ROUTES.find((r) => r.route === p.route)!.rapid) ev('status', new Date(p.submittedAt.getTime() + 12 * DAY), 'submitted', 'in_review', office);
      }
      if (p.status === 'decided') ev('status', new Date(closesAt.getTime() + 40 * DAY), ROUTES.find((r) => r.route === p.route)!.rapid ? 'submitted' : 'in_review', 'decided', office);
    }
    await repo.insertBatched(tx, applications, appRows);
    await repo.insertBatched(tx, applicationMembers, memberRows);
    await repo.insertBatched(tx, facilityProposals, partRows);
    await repo.insertBatched(tx, beamtimeRequests, requestRows);
    await repo.insertBatched(tx, applicationEvents, eventRows);
    await repo.insertBatched(tx, feasibilityReviews, feasRows);
    await repo.insertBatched(tx, reviewAssignments, reviewRows);
    await repo.insertBatched(tx, decisions, decisionRows);
    await repo.insertBatched(tx, beamtimeAwards, awardRows);
    if (draft && researcherProposals.past) await repo.insertBatched(tx, applicationLinks, [{ applicationId: draft.id, linkedId: researcherProposals.past, createdAt: now }]);
    report.proposals += props.length;

    if (phase === 'next') continue;

    // ── the schedule: the rank-order heuristic, checked by the validator, published ──────────
    const propById = new Map(props.map((p) => [p.id, p]));
    const days = Math.ceil(shiftCount(clock) / (24 / SHIFT_HOURS));
    const scheduleInput: ScheduleInput = {
      shiftsPerDay: 24 / SHIFT_HOURS,
      days,
      userOperation: Object.fromEntries(stations.map((s) => [s.id, available.get(s.id) ?? []])),
      experiments: awardRows.map((a): ScheduleExperiment => {
        const p = propById.get(a.applicationId)!;
        return {
          id: a.id!,
          stationId: a.stationId,
          shifts: a.shifts,
          score: scoreOfGrade(a.grade ?? null),
          rank: a.rank ?? 1,
          impossible: dateRangesToShifts(clock, p.impossible),
          preferred: dateRangesToShifts(clock, p.preferred),
          equipment: a.environmentId ? [a.environmentId] : [],
        };
      }),
      changeoverShifts: 1,
      pins: [],
      policy: 'score',
    };
    const cands = candidateStarts(scheduleInput, 'day');
    const placements = greedySchedule(scheduleInput, scheduleInput.experiments, cands, 'rank');
    const violations = validateSchedule(scheduleInput, placements);
    if (violations.length) throw new Error(`demo schedule breaks ${violations[0]!.rule}: ${violations[0]!.detail}`);
    const scheduleId = newId('schedule');
    await repo.insertBatched(tx, schedules, [
      {
        id: scheduleId,
        cycleId,
        version: 1,
        status: 'published',
        policy: 'rank',
        objective: scheduleObjective(scheduleInput, placements),
        greedyObjective: scheduleObjective(scheduleInput, placements),
        createdBy: office,
        createdAt: new Date(start - 20 * DAY),
        publishedBy: office,
        publishedAt: new Date(start - 14 * DAY),
      },
    ]);
    const awardById = new Map(awardRows.map((a) => [a.id!, a]));
    const blockRows: (typeof scheduleBlocks.$inferInsert)[] = [];
    const expRows: (typeof experiments.$inferInsert)[] = [];
    const logRows: (typeof logbookEntries.$inferInsert)[] = [];
    const outcomeRows: (typeof outcomes.$inferInsert)[] = [];
    let doi = 0;
    for (const pl of placements) {
      const a = awardById.get(pl.experimentId)!;
      const p = propById.get(a.applicationId)!;
      const startsAt = shiftStart(clock, pl.start);
      const endsAt = shiftStart(clock, pl.start + pl.shifts);
      blockRows.push({ id: newId('block'), scheduleId, awardId: a.id!, applicationId: a.applicationId, stationId: a.stationId, startShift: pl.start, shifts: pl.shifts, startsAt, endsAt, environmentId: a.environmentId, pinned: false });
      const ended = endsAt.getTime() <= now.getTime();
      const running = !ended && startsAt.getTime() <= now.getTime();
      const soon = startsAt.getTime() - now.getTime() < 10 * DAY;
      const sci = scientistsOf.get(a.stationId)![0]!;
      const lost = ended && rnd.chance(0.15) ? rnd.pick([2, 4, 8]) : 0;
      const reported = ended && (phase === 'past' ? rnd.chance(0.85) : rnd.chance(0.5));
      const expId = newId('experiment', startsAt.getTime());
      expRows.push({
        id: expId,
        applicationId: a.applicationId,
        awardId: a.id!,
        cycleId,
        stationId: a.stationId,
        scheduledStart: startsAt,
        scheduledEnd: endsAt,
        status: ended ? 'finished' : running ? 'running' : soon ? 'safety_approved' : 'scheduled',
        safetyApprovedBy: ended || running || soon ? sci : null,
        safetyApprovedAt: ended || running || soon ? new Date(startsAt.getTime() - 3 * DAY) : null,
        startedAt: ended || running ? startsAt : null,
        endedAt: ended ? endsAt : null,
        lostHours: lost,
        lostReason: lost ? '光束线故障 · beamline fault' : null,
        report: reported ? `实验按计划完成，共采集${rnd.int(20, 400)}组数据。The experiment went as planned; ${rnd.int(20, 400)} datasets were collected.` : null,
        reportSubmittedAt: reported ? new Date(endsAt.getTime() + rnd.int(3, 30) * DAY) : null,
        createdAt: new Date(start - 14 * DAY),
      });
      if (ended || running) {
        logRows.push({ id: newId('logbookEntry', startsAt.getTime()), experimentId: expId, authorId: sci, at: startsAt, body: '光束线准直完成，开始测量。Beam aligned; measurements started.' });
        logRows.push({ id: newId('logbookEntry', startsAt.getTime() + 2 * HOUR), experimentId: expId, authorId: p.pi, at: new Date(startsAt.getTime() + 2 * HOUR), body: '第一批样品测量完成。First batch of samples measured.' });
      }
      if (ended && phase === 'past' && (p.pi === researcher || rnd.chance(0.35))) {
        for (let k = rnd.int(1, 2); k > 0; k--) {
          doi++;
          const year = Number(dateOf(endsAt, ZONE).slice(0, 4)) + (rnd.chance(0.5) ? 1 : 0);
          outcomeRows.push({
            id: newId('outcome'),
            applicationId: a.applicationId,
            experimentId: expId,
            kind: 'publication',
            doi: `10.5555/ssrf.demo.${year}.${String(doi).padStart(5, '0')}`,
            title: `${p.requests.length ? 'Structure and function' : ''} of ${rnd.pick(MATERIALS)[1]} resolved at SSRF`,
            venue: rnd.pick(['Nature Communications', 'J. Am. Chem. Soc.', 'Advanced Materials', 'Physical Review B', 'Nano Letters', 'Cell Research']),
            year,
            createdBy: p.pi,
            createdAt: new Date(endsAt.getTime() + 60 * DAY),
          });
        }
        if (rnd.chance(0.03)) {
          outcomeRows.push({ id: newId('outcome'), applicationId: a.applicationId, experimentId: expId, kind: 'patent', patentNumber: `CN${rnd.int(110000000, 119999999)}A`, title: `一种${rnd.pick(MATERIALS)[0]}的制备方法`, year: 2026, createdBy: p.pi, createdAt: now });
        }
      }
    }
    await repo.insertBatched(tx, scheduleBlocks, blockRows);
    await repo.insertBatched(tx, experiments, expRows);
    await repo.insertBatched(tx, logbookEntries, logRows);
    await repo.insertBatched(tx, outcomes, outcomeRows);
    report.blocks += blockRows.length;
    report.experiments += expRows.length;
    report.publications += outcomeRows.filter((o) => o.kind === 'publication').length;
  }

  await record(tx, ctx, { action: 'seed.facility_operations', objectType: 'seed', after: { ...report } }, now);
  return report;
}
