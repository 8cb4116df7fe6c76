// The ledger's part of the demo center (CENTER.md): the city's subsidy programs, admitted
// providers with price lists, vouchers, companies' deposits, orders in every state, last month's
// settlement, a clawback waiting for a second operator and a related provider. Everything goes
// through the ledger's own services, as the people who would do it, so that every invariant of
// the books and the audit chain hold. The clock walks from before last month up to now.
import type { OrgKind, OrgRole, PlatformRole, ProgramKind, ServiceCategory } from '../../../shared/enums.ts';
import type { Deps } from '../../deps.ts';
import type { PersonActor, RequestCtx } from '../../http/context.ts';
import { centerMonth, centerYear, monthBounds, subsidyOf, yearBounds } from './ledger.access.ts';
import { acceptOrder, cancelOrder, claimOrder, confirmOrder, declareRelation, deliverOrder, expireDueOrders, issueOrder, publishPrice, registerProvider, rejectOrder, runSettlement } from './ledger.orders.service.ts';
import { clawback, createProgram, deposit, grantVouchers } from './ledger.programs.service.ts';

type D = Pick<Deps, 'db' | 'now' | 'jobs'>;

/** The deterministic random source the seed hands in (seed.random's shape). */
export interface LedgerSeedRandom {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  sample<T>(items: readonly T[], n: number): T[];
}

export interface LedgerSeedOptions {
  scale: 'demo' | 'full';
  random: LedgerSeedRandom;
  /** The seeded organizations, people and memberships (the ledger acts as these people). */
  organizations: readonly { id: string; name: string; kind: OrgKind; description: string | null }[];
  people: readonly { id: string; email: string; name: string; platformRole: PlatformRole | null }[];
  memberships: readonly { orgId: string; personId: string; role: OrgRole }[];
}

export interface LedgerSeedReport {
  programs: number;
  providers: number;
  priceItems: number;
  vouchers: number;
  deposits: number;
  orders: number;
  ordersByStatus: Record<string, number>;
  /** The month settled, YYYY-MM, and the statements made. */
  settledPeriod: string;
  settlements: number;
  relations: number;
  pendingApprovals: number;
}

const DAY = 86_400_000;
/** Yuan → fen. */
const yuan = (n: number) => Math.round(n * 100);

// ── what the center offers ────────────────────────────────────────────────────────────────

type ProgramCode = 'SH-COMPUTE' | 'SH-MODEL' | 'SH-DATA' | 'SH-INNOV' | 'SH-INCUB';

interface ProgramDef {
  code: ProgramCode;
  name: string;
  nameEn: string;
  kind: ProgramKind;
  description: string;
  budgetYuan: number;
  rateBp: number;
  capYuan: number;
  kinds: OrgKind[];
  categories: ServiceCategory[];
  thresholdYuan: number;
  deliveryDays: number;
}

// Rates and caps after the city's 2024–2025 policies (CENTER.md): 30% of rented compute up to
// 10 million yuan a year, innovation vouchers 50% up to 300,000, startups' grants 60%.
const PROGRAMS: readonly ProgramDef[] = [
  {
    code: 'SH-COMPUTE',
    name: '上海市算力券',
    nameEn: 'Shanghai Compute Voucher',
    kind: 'compute_voucher',
    description: '按算力租用合同金额的30%给予补贴，每家企业每年最高1000万元；服务方不得与企业存在关联关系，一份合同只补贴一次 · 30% of rented compute, up to 10 million yuan per company a year; no related providers; one contract, one subsidy',
    budgetYuan: 300_000_000,
    rateBp: 3000,
    capYuan: 10_000_000,
    kinds: ['startup', 'enterprise'],
    categories: ['compute'],
    thresholdYuan: 500_000,
    deliveryDays: 90,
  },
  {
    code: 'SH-MODEL',
    name: '上海市模型券',
    nameEn: 'Shanghai Model Voucher',
    kind: 'model_voucher',
    description: '调用、微调已备案大模型的费用补贴30%，每家企业每年最高500万元 · 30% of using or fine-tuning registered foundation models, up to 5 million yuan a year',
    budgetYuan: 100_000_000,
    rateBp: 3000,
    capYuan: 5_000_000,
    kinds: ['startup', 'enterprise'],
    categories: ['model'],
    thresholdYuan: 300_000,
    deliveryDays: 90,
  },
  {
    code: 'SH-DATA',
    name: '上海市数据券',
    nameEn: 'Shanghai Data Voucher',
    kind: 'data_voucher',
    description: '购买数据标注、语料服务的费用补贴20%，每家企业每年最高200万元 · 20% of data annotation and training-data services, up to 2 million yuan a year',
    budgetYuan: 50_000_000,
    rateBp: 2000,
    capYuan: 2_000_000,
    kinds: ['startup', 'enterprise'],
    categories: ['data'],
    thresholdYuan: 200_000,
    deliveryDays: 60,
  },
  {
    code: 'SH-INNOV',
    name: '上海市科技创新券',
    nameEn: 'Shanghai Innovation Voucher',
    kind: 'innovation_voucher',
    description: '向备案服务机构购买检验检测、知识产权、技术咨询和大科学装置服务的50%，每家企业每年最高30万元 · 50% of testing, IP, consulting and facility services from approved providers, up to 300,000 yuan a year',
    budgetYuan: 50_000_000,
    rateBp: 5000,
    capYuan: 300_000,
    kinds: ['startup', 'enterprise'],
    categories: ['testing', 'consulting', 'ip', 'design', 'facility'],
    thresholdYuan: 100_000,
    deliveryDays: 90,
  },
  {
    code: 'SH-INCUB',
    name: '早期孵化资助',
    nameEn: 'Early Incubation Grant',
    kind: 'incubation_grant',
    description: '在孵初创企业购买专业服务的60%，每家每年最高100万元 · 60% of services bought by incubated startups, up to 1 million yuan a year',
    budgetYuan: 20_000_000,
    rateBp: 6000,
    capYuan: 1_000_000,
    kinds: ['startup'],
    categories: ['compute', 'model', 'data', 'testing', 'consulting', 'ip', 'incubation'],
    thresholdYuan: 200_000,
    deliveryDays: 90,
  },
];

interface PriceDef {
  category: ServiceCategory;
  sku: string;
  name: string;
  nameEn: string;
  unit: string;
  yuan: number;
  /** Quantities a buyer orders, for the generated orders. */
  qty: [number, number, number?];
}

type Slot = 'home' | 'compute2' | 'data' | 'testing' | 'ipAgency' | 'applicant';

interface ProviderDef {
  slot: Slot;
  /** How the seeded organization is found: by name, or by its description (generated ones). */
  find: { name?: string; description?: string };
  prefix: string;
  status: 'admitted' | 'applied';
  categories: ServiceCategory[];
  description: string;
  prices: PriceDef[];
}

// Prices per card-hour as rented in the city in 2024–2025; the rest are market list prices.
const PROVIDERS: readonly ProviderDef[] = [
  {
    slot: 'home',
    find: { name: '上海超级计算中心' },
    prefix: 'SSC',
    status: 'admitted',
    categories: ['compute'],
    description: '国产与进口 GPU 算力、并行存储 · GPU compute and parallel storage',
    prices: [
      { category: 'compute', sku: 'GPU-A800-H', name: 'A800 80GB GPU 算力（卡时）', nameEn: 'A800 80GB GPU, card-hour', unit: '卡时', yuan: 9.8, qty: [2000, 40000, 100] },
      { category: 'compute', sku: 'GPU-H800-H', name: 'H800 80GB GPU 算力（卡时）', nameEn: 'H800 80GB GPU, card-hour', unit: '卡时', yuan: 18.5, qty: [2000, 30000, 100] },
      { category: 'compute', sku: 'STORE-TB-M', name: '并行文件存储（TB·月）', nameEn: 'Parallel file storage, TB-month', unit: 'TB·月', yuan: 260, qty: [10, 200, 10] },
    ],
  },
  {
    slot: 'compute2',
    find: { description: 'compute provider' },
    prefix: 'CMP',
    status: 'admitted',
    categories: ['compute', 'model'],
    description: '智算集群租用与大模型推理、微调服务 · AI cluster rental, model inference and fine-tuning',
    prices: [
      { category: 'compute', sku: 'GPU-H800-H', name: 'H800 80GB GPU 算力（卡时）', nameEn: 'H800 80GB GPU, card-hour', unit: '卡时', yuan: 17.8, qty: [2000, 30000, 100] },
      { category: 'compute', sku: 'NODE-A800X8-M', name: 'A800 8卡整机（台·月）', nameEn: '8×A800 server, month', unit: '台·月', yuan: 46000, qty: [1, 4] },
      { category: 'model', sku: 'LLM-IN-1M', name: '大模型推理 API 输入（百万 tokens）', nameEn: 'Model inference API, input, per million tokens', unit: '百万tokens', yuan: 4, qty: [200, 5000, 100] },
      { category: 'model', sku: 'LLM-OUT-1M', name: '大模型推理 API 输出（百万 tokens）', nameEn: 'Model inference API, output, per million tokens', unit: '百万tokens', yuan: 12, qty: [100, 2000, 100] },
      { category: 'model', sku: 'FT-LORA', name: '大模型 LoRA 微调（次）', nameEn: 'LoRA fine-tuning run', unit: '次', yuan: 15000, qty: [1, 3] },
    ],
  },
  {
    slot: 'data',
    find: { description: 'data services' },
    prefix: 'DAT',
    status: 'admitted',
    categories: ['data'],
    description: '数据标注与训练语料 · data annotation and training data',
    prices: [
      { category: 'data', sku: 'ANNO-IMG-1K', name: '图像标注（千张）', nameEn: 'Image annotation, per 1,000 images', unit: '千张', yuan: 350, qty: [20, 400, 10] },
      { category: 'data', sku: 'SFT-TEXT-1K', name: '指令微调语料（千条）', nameEn: 'Instruction-tuning data, per 1,000 items', unit: '千条', yuan: 800, qty: [10, 150, 5] },
    ],
  },
  {
    slot: 'testing',
    find: { description: 'testing and certification' },
    prefix: 'TST',
    status: 'admitted',
    categories: ['testing', 'facility'],
    description: '大模型评测、检验检测与同步辐射测试代理 · model evaluation, testing, synchrotron measurements',
    prices: [
      { category: 'testing', sku: 'EVAL-LLM', name: '大模型安全与能力评测（份）', nameEn: 'Foundation-model safety and capability evaluation', unit: '份', yuan: 38000, qty: [1, 2] },
      { category: 'facility', sku: 'SR-XAFS', name: '同步辐射 XAFS 测试（样品）', nameEn: 'Synchrotron XAFS measurement, per sample', unit: '样品', yuan: 1200, qty: [5, 40] },
      { category: 'facility', sku: 'SR-BEAM-8H', name: '上海光源线站机时（8小时）', nameEn: 'SSRF beamtime, one 8-hour shift', unit: '8小时', yuan: 24000, qty: [1, 3] },
    ],
  },
  {
    slot: 'ipAgency',
    find: { description: 'patent agency' },
    prefix: 'PAT',
    status: 'admitted',
    categories: ['ip'],
    description: '专利申请与检索分析 · patent filing and search',
    prices: [
      { category: 'ip', sku: 'PAT-CN-INV', name: '发明专利申请代理（件）', nameEn: 'Chinese invention patent filing', unit: '件', yuan: 8000, qty: [1, 5] },
      { category: 'ip', sku: 'PAT-PCT', name: 'PCT 国际专利申请（件）', nameEn: 'PCT application', unit: '件', yuan: 25000, qty: [1, 2] },
    ],
  },
  { slot: 'applicant', find: { description: 'legal services' }, prefix: 'LAW', status: 'applied', categories: ['consulting'], description: '科技企业法律服务、股权激励方案 · legal services for technology companies', prices: [] },
];

/** The program that pays for a category in the generated orders. */
const PROGRAM_OF: Record<ServiceCategory, ProgramCode | null> = {
  compute: 'SH-COMPUTE',
  model: 'SH-MODEL',
  data: 'SH-DATA',
  testing: 'SH-INNOV',
  facility: 'SH-INNOV',
  ip: 'SH-INNOV',
  consulting: 'SH-INNOV',
  design: 'SH-INNOV',
  incubation: 'SH-INCUB',
};

// ── orders ────────────────────────────────────────────────────────────────────────────────

type Final = 'issued' | 'confirmed' | 'delivered' | 'accepted' | 'claimed' | 'settled' | 'cancelled' | 'rejected' | 'expired';

interface OrderPlan {
  slot: Slot;
  buyerId: string;
  program: ProgramCode | null;
  lines: { sku: string; qty: number }[];
  final: Final;
  note?: string;
  reason?: string;
}

/** The founder's startup buys from every kind of provider, in every state of an order. */
const FOUNDER_ORDERS: readonly Omit<OrderPlan, 'buyerId'>[] = [
  { slot: 'home', program: 'SH-COMPUTE', lines: [{ sku: 'GPU-H800-H', qty: 20000 }, { sku: 'STORE-TB-M', qty: 50 }], final: 'settled', note: '视频生成模型预训练（第一阶段）' },
  { slot: 'home', program: 'SH-COMPUTE', lines: [{ sku: 'GPU-H800-H', qty: 8000 }], final: 'claimed', note: '预训练（第二阶段）' },
  { slot: 'home', program: 'SH-COMPUTE', lines: [{ sku: 'GPU-A800-H', qty: 12000 }], final: 'accepted', note: '对齐与强化学习' },
  { slot: 'home', program: 'SH-COMPUTE', lines: [{ sku: 'GPU-H800-H', qty: 10000 }], final: 'delivered', note: '长视频生成微调' },
  { slot: 'home', program: 'SH-COMPUTE', lines: [{ sku: 'GPU-H800-H', qty: 16000 }], final: 'confirmed', note: '下一代模型预训练' },
  { slot: 'home', program: null, lines: [{ sku: 'GPU-A800-H', qty: 20000 }, { sku: 'STORE-TB-M', qty: 100 }], final: 'issued', note: '推理服务扩容' },
  { slot: 'home', program: 'SH-COMPUTE', lines: [{ sku: 'GPU-H800-H', qty: 5000 }], final: 'cancelled', reason: '需求调整，改用自建集群' },
  { slot: 'home', program: null, lines: [{ sku: 'GPU-A800-H', qty: 50000 }], final: 'rejected', reason: '报价高于预算，重新询价' },
  { slot: 'compute2', program: 'SH-MODEL', lines: [{ sku: 'LLM-IN-1M', qty: 2000 }, { sku: 'LLM-OUT-1M', qty: 500 }], final: 'settled', note: '合成字幕数据' },
  { slot: 'data', program: 'SH-DATA', lines: [{ sku: 'ANNO-IMG-1K', qty: 200 }], final: 'expired', note: '商品图像标注（未按期交付）' },
  { slot: 'testing', program: 'SH-INNOV', lines: [{ sku: 'EVAL-LLM', qty: 1 }], final: 'delivered', note: '生成式人工智能服务备案评测' },
];

const FINAL_WEIGHTS: readonly [Final, number][] = [
  ['settled', 35],
  ['claimed', 10],
  ['accepted', 12],
  ['delivered', 10],
  ['confirmed', 10],
  ['issued', 10],
  ['cancelled', 7],
  ['rejected', 6],
];

const CATEGORY_WEIGHTS: readonly [ServiceCategory, Slot[], number][] = [
  ['compute', ['home', 'compute2'], 50],
  ['model', ['compute2'], 15],
  ['data', ['data'], 12],
  ['testing', ['testing'], 10],
  ['facility', ['testing'], 6],
  ['ip', ['ipAgency'], 7],
];

function weighted<T>(random: LedgerSeedRandom, items: readonly (readonly [T, ...unknown[]])[], weightAt: number): T {
  const total = items.reduce((s, i) => s + (i[weightAt] as number), 0);
  let x = random.next() * total;
  for (const i of items) {
    x -= i[weightAt] as number;
    if (x < 0) return i[0];
  }
  return items[items.length - 1]![0];
}

/** Rounds fen up to a whole multiple of `yuanStep` yuan. */
const roundUp = (fen: number, yuanStep: number) => Math.ceil(fen / yuan(yuanStep)) * yuan(yuanStep);

/**
 * Seeds the ledger's demo through its services. `deps.db` may be the seed's transaction (the
 * services' own transactions then nest as savepoints). Deterministic for a given random source.
 */
export async function seedLedger(deps: D, ctx: RequestCtx, opts: LedgerSeedOptions): Promise<LedgerSeedReport> {
  const random = opts.random;
  const scale = opts.scale === 'full' ? 5 : 1;

  // ── who acts ──
  const peopleById = new Map(opts.people.map((p) => [p.id, p]));
  const personByEmail = new Map(opts.people.map((p) => [p.email, p]));
  const as = (personId: string): RequestCtx => {
    const p = peopleById.get(personId);
    if (!p) throw new Error(`seed: no person ${personId}`);
    const actor: PersonActor = { kind: 'person', personId: p.id, email: p.email, name: p.name, platformRole: p.platformRole, via: 'session', scopes: 'all' };
    return { ...ctx, actor };
  };
  const operator = personByEmail.get('operator@pujiang.example') ?? opts.people.find((p) => p.platformRole === 'operator' || p.platformRole === 'admin');
  if (!operator) throw new Error('seed: the ledger needs a platform operator');
  const op = as(operator.id);
  const ownerOf = new Map<string, string>();
  for (const m of opts.memberships) if (m.role === 'owner' && !ownerOf.has(m.orgId)) ownerOf.set(m.orgId, m.personId);
  const roleIn = new Map(opts.memberships.map((m) => [`${m.orgId}:${m.personId}`, m.role]));
  const founder = personByEmail.get('founder@pujiang.example');
  const providerAdmin = personByEmail.get('orgadmin@pujiang.example');
  const orgs = opts.organizations;

  // ── the providers' organizations ──
  const providerOrgs = orgs.filter((o) => o.kind === 'service_provider');
  const slotOrg = new Map<Slot, { id: string; name: string }>();
  const taken = new Set<string>();
  // The home provider is the one the demo's provider persona administers.
  const administered = providerAdmin ? providerOrgs.find((o) => ['owner', 'admin'].includes(roleIn.get(`${o.id}:${providerAdmin.id}`) ?? '')) : undefined;
  for (const def of PROVIDERS) {
    const found =
      (def.slot === 'home' ? administered : undefined) ??
      providerOrgs.find((o) => !taken.has(o.id) && (def.find.name ? o.name === def.find.name : (o.description ?? '').includes(def.find.description!)));
    if (!found) continue;
    taken.add(found.id);
    slotOrg.set(def.slot, found);
  }
  if (!slotOrg.has('home')) throw new Error('seed: no compute provider among the organizations');
  // Who acts for a provider: the persona for the home provider, each other's owner.
  const providerPerson = (slot: Slot) => {
    const org = slotOrg.get(slot)!;
    if (slot === 'home' && providerAdmin && roleIn.has(`${org.id}:${providerAdmin.id}`)) return providerAdmin.id;
    return ownerOf.get(org.id)!;
  };

  // ── buyers ──
  const founderOrg = founder ? orgs.find((o) => o.kind === 'startup' && roleIn.get(`${o.id}:${founder.id}`) === 'owner') : undefined;
  const buyerPerson = (orgId: string) => (founder && founderOrg && orgId === founderOrg.id ? founder.id : ownerOf.get(orgId)!);
  const startups = orgs.filter((o) => o.kind === 'startup' && o.id !== founderOrg?.id && ownerOf.has(o.id));
  const enterprises = orgs.filter((o) => o.kind === 'enterprise' && ownerOf.has(o.id));
  const buyingStartups = random.sample(startups, 5 * scale);
  const buyingEnterprises = random.sample(enterprises, 4 * scale);
  const rest = [...startups, ...enterprises].filter((o) => !buyingStartups.includes(o) && !buyingEnterprises.includes(o));
  const holders = random.sample(rest, 12 * scale);

  // ── the plan of every order, so that vouchers and deposits can cover them ──
  const plans: OrderPlan[] = founderOrg ? FOUNDER_ORDERS.filter((p) => slotOrg.has(p.slot)).map((p) => ({ ...p, buyerId: founderOrg.id })) : [];
  const priceOf = new Map<string, PriceDef>();
  for (const def of PROVIDERS) for (const p of def.prices) priceOf.set(`${def.slot}:${p.sku}`, p);
  const quantity = (p: PriceDef) => {
    const [lo, hi, step = 1] = p.qty;
    return Math.round(random.int(Math.ceil(lo / step), Math.floor(hi / step))) * step;
  };
  for (const buyer of [...buyingStartups, ...buyingEnterprises]) {
    const n = random.int(1, 2);
    for (let k = 0; k < n; k++) {
      const category = weighted(random, CATEGORY_WEIGHTS, 2);
      const slots = CATEGORY_WEIGHTS.find((c) => c[0] === category)![1].filter((s) => slotOrg.has(s));
      if (!slots.length) continue;
      const slot = random.pick(slots);
      const items = PROVIDERS.find((d) => d.slot === slot)!.prices.filter((p) => p.category === category);
      const chosen = random.sample(items, random.int(1, Math.min(2, items.length)));
      const program = buyer.kind === 'enterprise' && random.chance(0.1) ? null : PROGRAM_OF[category];
      plans.push({ slot, buyerId: buyer.id, program, lines: chosen.map((p) => ({ sku: p.sku, qty: quantity(p) })), final: weighted(random, FINAL_WEIGHTS, 1) });
    }
  }
  const totalOf = (p: OrderPlan) => p.lines.reduce((s, l) => s + yuan(priceOf.get(`${p.slot}:${l.sku}`)!.yuan) * l.qty, 0);
  const rateOf = new Map(PROGRAMS.map((p) => [p.code, p.rateBp]));
  // What each buyer's vouchers and account must hold: every order that is ever confirmed.
  const needVoucher = new Map<string, number>(); // `${orgId}:${code}` → fen
  const needOwn = new Map<string, number>();
  for (const p of plans) {
    if (p.final === 'issued' || p.final === 'rejected') continue;
    const total = totalOf(p);
    const subsidy = p.program ? subsidyOf(total, rateOf.get(p.program)!) : 0;
    if (p.program) needVoucher.set(`${p.buyerId}:${p.program}`, (needVoucher.get(`${p.buyerId}:${p.program}`) ?? 0) + subsidy);
    needOwn.set(p.buyerId, (needOwn.get(p.buyerId) ?? 0) + total - subsidy);
  }

  // ── the calendar: setup before last month, orders through last month and this one ──
  const end = deps.now();
  const thisMonth = monthBounds(centerMonth(end));
  const lastPeriod = centerMonth(new Date(thisMonth.from.getTime() - 1));
  const last = monthBounds(lastPeriod);
  const setupAt = last.from.getTime() - 75 * DAY;
  // Settlement of last month on the 2nd of this one, or sooner when this month has just begun.
  const settleAt = thisMonth.from.getTime() + Math.min(1.4 * DAY, (end.getTime() - thisMonth.from.getTime()) / 3);
  const L = (f: number) => last.from.getTime() + f * (last.to.getTime() - last.from.getTime());
  const C = (f: number) => settleAt + f * (end.getTime() - settleAt);
  let clock = setupAt;
  const sdeps: D = { db: deps.db, jobs: deps.jobs, now: () => new Date(clock) };
  const tick = () => (clock += 60_000);

  // ── programs ──
  const programs = new Map<ProgramCode, { id: string }>();
  const validFrom = yearBounds(centerYear(new Date(setupAt))).from;
  const validTo = yearBounds(centerYear(end) + 1).to;
  for (const def of PROGRAMS) {
    tick();
    const p = await createProgram(sdeps, op, {
      code: def.code,
      name: def.name,
      nameEn: def.nameEn,
      kind: def.kind,
      status: 'active',
      description: def.description,
      budgetFen: yuan(def.budgetYuan),
      validFrom: validFrom.toISOString(),
      validTo: validTo.toISOString(),
      voucherDays: 365,
      rateBp: def.rateBp,
      capPerOrgYearFen: yuan(def.capYuan),
      eligibleOrgKinds: def.kinds,
      eligibleCategories: def.categories,
      approvalThresholdFen: yuan(def.thresholdYuan),
      deliveryDays: def.deliveryDays,
    });
    programs.set(def.code, p);
  }

  // ── providers and their prices ──
  const providers = new Map<Slot, { id: string }>();
  const prices = new Map<string, string>(); // `${slot}:${sku}` → price item id
  let priceItems = 0;
  for (const def of PROVIDERS) {
    const org = slotOrg.get(def.slot);
    if (!org) continue;
    tick();
    const admin = as(providerPerson(def.slot));
    // Applicants apply themselves; the others are registered (admitted) by the operator.
    const p = await registerProvider(sdeps, def.status === 'applied' ? admin : op, { orgId: org.id, categories: def.categories, description: def.description });
    providers.set(def.slot, p);
    for (const price of def.prices) {
      tick();
      const item = await publishPrice(sdeps, admin, p.id, { category: price.category, sku: price.sku, name: price.name, nameEn: price.nameEn, unit: price.unit, unitPriceFen: yuan(price.yuan) });
      prices.set(`${def.slot}:${price.sku}`, item.id);
      priceItems++;
    }
  }

  // A provider and a voucher holder under one controller: subsidized trade between them is refused.
  let relations = 0;
  const related = holders.find((o) => o.kind === 'startup');
  if (slotOrg.has('compute2') && related) {
    tick();
    await declareRelation(sdeps, op, { orgId: slotOrg.get('compute2')!.id, relatedOrgId: related.id, kind: 'shared_controller', note: '工商登记穿透：同一实际控制人 · the same ultimate controller' });
    relations++;
  }

  // ── vouchers: one batch per program, each row once (the operator's CSV path) ──
  const grants = new Map<ProgramCode, { orgId: string; amountFen: number; reason: string; key: string }[]>();
  const addGrant = (code: ProgramCode, orgId: string, amountFen: number, reason: string) => {
    const list = grants.get(code) ?? [];
    list.push({ orgId, amountFen, reason, key: `seed:${code}:${orgId}` });
    grants.set(code, list);
  };
  const amount = (orgId: string, code: ProgramCode, lo: number, hi: number, step: number) =>
    Math.max(yuan(random.int(lo / step, hi / step) * step), roundUp(((needVoucher.get(`${orgId}:${code}`) ?? 0) * 5) / 4, step));
  if (founderOrg) {
    addGrant('SH-COMPUTE', founderOrg.id, Math.max(yuan(1_500_000), roundUp(needVoucher.get(`${founderOrg.id}:SH-COMPUTE`) ?? 0, 100_000)), '2024年度第三批算力券 · 视频生成大模型训练');
    addGrant('SH-MODEL', founderOrg.id, yuan(300_000), '模型券首批试点企业');
    addGrant('SH-DATA', founderOrg.id, yuan(100_000), '语料建设专项');
    addGrant('SH-INNOV', founderOrg.id, yuan(200_000), '科技型中小企业创新券');
    addGrant('SH-INCUB', founderOrg.id, yuan(500_000), '模速空间在孵企业早期资助');
  }
  const clawbackFrom = buyingEnterprises[0];
  for (const buyer of [...buyingStartups, ...buyingEnterprises]) {
    const big = buyer.kind === 'enterprise';
    addGrant('SH-COMPUTE', buyer.id, amount(buyer.id, 'SH-COMPUTE', big ? 1_000_000 : 200_000, big ? 3_000_000 : 1_500_000, 50_000) + (buyer === clawbackFrom ? yuan(1_000_000) : 0), '算力券年度申报');
    for (const code of ['SH-MODEL', 'SH-DATA', 'SH-INNOV'] as const) {
      if (needVoucher.has(`${buyer.id}:${code}`)) addGrant(code, buyer.id, amount(buyer.id, code, 50_000, code === 'SH-INNOV' ? 300_000 : 800_000, 10_000), '年度申报');
    }
  }
  for (const holder of holders) {
    const code = holder.kind === 'startup' ? random.pick(['SH-COMPUTE', 'SH-INNOV', 'SH-INCUB'] as const) : random.pick(['SH-COMPUTE', 'SH-INNOV'] as const);
    addGrant(code, holder.id, yuan(random.int(code === 'SH-COMPUTE' ? 20 : 5, code === 'SH-COMPUTE' ? 200 : 30) * 10_000), code === 'SH-INCUB' ? '在孵企业早期资助' : '年度申报');
  }
  const voucherOf = new Map<string, string>(); // `${orgId}:${code}` → voucher id
  let vouchers = 0;
  for (const def of PROGRAMS) {
    const rows = grants.get(def.code) ?? [];
    if (!rows.length) continue;
    tick();
    const results = await grantVouchers(sdeps, op, programs.get(def.code)!.id, rows);
    results.forEach((r, i) => {
      if (!r.ok) throw new Error(`seed: grant ${def.code} to ${rows[i]!.orgId}: ${r.code} ${r.message}`);
      voucherOf.set(`${rows[i]!.orgId}:${def.code}`, r.voucher!.id);
      vouchers++;
    });
  }

  // ── deposits: each buyer's own share, with room to spare ──
  let deposits = 0;
  for (const [orgId, own] of needOwn) {
    if (own <= 0) continue;
    tick();
    const fen = Math.max(yuan(50_000), roundUp(own * 1.2, orgId === founderOrg?.id ? 100_000 : 10_000));
    await deposit(sdeps, op, orgId, { amountFen: fen, memo: '企业自筹资金到账（银行回单已核） · own funds received' }, `seed:deposit:${orgId}`);
    deposits++;
  }

  // ── orders, step by step in the order of time ──
  const events: { at: number; n: number; run: () => Promise<unknown> }[] = [];
  const on = (at: number, run: () => Promise<unknown>) => events.push({ at, n: events.length, run });
  const byStatus: Record<string, number> = {};
  const contractSeq = new Map<string, number>();
  for (const plan of plans) {
    byStatus[plan.final] = (byStatus[plan.final] ?? 0) + 1;
    const def = PROVIDERS.find((d) => d.slot === plan.slot)!;
    const provider = () => providers.get(plan.slot)!.id;
    const seller = () => as(providerPerson(plan.slot));
    const buyer = as(buyerPerson(plan.buyerId));
    let id = '';
    const steps: [string, number][] = [];
    const a = random.next();
    const b = 0.05 + random.next() * 0.5;
    switch (plan.final) {
      case 'settled': {
        const t = 0.02 + a * 0.5;
        steps.push(['issue', L(t)], ['confirm', L(t + 0.02)], ['deliver', L(t + 0.25)], ['accept', L(t + 0.3)], ['claim', L(t + 0.35)]);
        break;
      }
      case 'claimed': {
        const t = 0.4 + a * 0.3;
        steps.push(['issue', L(t)], ['confirm', L(t + 0.02)], ['deliver', L(t + 0.2)], ['accept', C(b)], ['claim', C(b + 0.2)]);
        break;
      }
      case 'accepted': {
        const t = 0.5 + a * 0.3;
        steps.push(['issue', L(t)], ['confirm', L(t + 0.02)], ['deliver', C(b)], ['accept', C(b + 0.2)]);
        break;
      }
      case 'delivered':
        steps.push(['issue', C(b)], ['confirm', C(b + 0.1)], ['deliver', C(b + 0.2)]);
        break;
      case 'confirmed':
        steps.push(['issue', C(b)], ['confirm', C(b + 0.1)]);
        break;
      case 'issued':
        steps.push(['issue', C(0.3 + a * 0.65)]);
        break;
      case 'cancelled':
        steps.push(['issue', C(b)], ['confirm', C(b + 0.1)], ['cancel', C(b + 0.2)]);
        break;
      case 'rejected':
        steps.push(['issue', C(b)], ['reject', C(b + 0.1)]);
        break;
      case 'expired':
        // Confirmed long ago and never delivered: the reservation lapsed before last month ended.
        steps.push(['issue', setupAt + 2 * DAY], ['confirm', setupAt + 3 * DAY]);
        break;
    }
    for (const [step, at] of steps) {
      on(at, async () => {
        switch (step) {
          case 'issue': {
            // Contracts are numbered per provider and month, in the order they are signed.
            const month = centerMonth(sdeps.now()).replace('-', '');
            const n = (contractSeq.get(`${def.prefix}${month}`) ?? 0) + 1;
            contractSeq.set(`${def.prefix}${month}`, n);
            const contractNo = `${def.prefix}-${month}-${String(n).padStart(4, '0')}`;
            id = (
              await issueOrder(sdeps, seller(), {
                providerId: provider(),
                buyerOrgId: plan.buyerId,
                contractNo,
                lines: plan.lines.map((l) => ({ priceItemId: prices.get(`${plan.slot}:${l.sku}`)!, quantity: l.qty })),
                ...(plan.note ? { note: plan.note } : {}),
              })
            ).id;
            return;
          }
          case 'confirm': {
            const voucherId = plan.program ? voucherOf.get(`${plan.buyerId}:${plan.program}`) : undefined;
            return confirmOrder(sdeps, buyer, id, voucherId ? { voucherId } : {});
          }
          case 'deliver':
            return deliverOrder(sdeps, seller(), id);
          case 'accept':
            return acceptOrder(sdeps, buyer, id);
          case 'claim':
            return claimOrder(sdeps, seller(), id);
          case 'cancel':
            return cancelOrder(sdeps, buyer, id, { reason: plan.reason ?? '需求变更' });
          case 'reject':
            return rejectOrder(sdeps, buyer, id, { reason: plan.reason ?? '报价不符' });
        }
      });
    }
  }
  // Lapsed reservations are swept, then last month is settled.
  on(settleAt - 60_000, () => expireDueOrders(sdeps, op));
  let settlements = 0;
  on(settleAt, async () => {
    settlements = (await runSettlement(sdeps, op, lastPeriod)).length;
  });
  // Clawbacks this month: a small one done at once, a large one waiting for a second operator.
  let pendingApprovals = 0;
  const smallFrom = [...holders, ...buyingStartups].find((o) => voucherOf.has(`${o.id}:SH-INNOV`));
  if (smallFrom) {
    on(C(0.4), () => clawback(sdeps, op, voucherOf.get(`${smallFrom.id}:SH-INNOV`)!, { amountFen: yuan(20_000), reason: '企业注册地迁出本市，按规定收回部分额度 · moved out of the city' }));
  }
  if (clawbackFrom) {
    on(C(0.7), async () => {
      const r = await clawback(sdeps, op, voucherOf.get(`${clawbackFrom.id}:SH-COMPUTE`)!, { amountFen: yuan(800_000), reason: '专项审计发现部分算力合同重复申报，拟收回 · audit found contracts claimed twice' });
      if (r.status === 'pending_approval') pendingApprovals++;
    });
  }
  events.sort((x, y) => x.at - y.at || x.n - y.n);
  for (const e of events) {
    // Never past the real now, and never backwards.
    clock = Math.min(Math.max(Math.round(e.at), clock + 1), end.getTime());
    await e.run();
  }

  return {
    programs: programs.size,
    providers: providers.size,
    priceItems,
    vouchers,
    deposits,
    orders: plans.length,
    ordersByStatus: byStatus,
    settledPeriod: lastPeriod,
    settlements,
    relations,
    pendingApprovals,
  };
}

