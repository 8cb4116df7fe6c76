// Organizations of the demo center: real institutions of the city by name (CENTER.md allows
// it), and generated companies, institutes, investors and providers to reach the scale.
import type { OrgKind } from '../../shared/enums.ts';
import { FIELDS, INDUSTRIES, PLACES, brand } from './seed.names.ts';
import type { Random } from './seed.random.ts';

/** An organization as planned by the seed; `slug` names its e-mail domain (`<slug>.example`). */
export interface PlannedOrg {
  /** Stable handle for orgs the seed refers to (facility operators, role accounts). */
  key?: string;
  slug: string;
  name: string;
  nameEn: string;
  kind: OrgKind;
  city: string;
  description: string | null;
}

type Real = Omit<PlannedOrg, 'city'> & { city?: string };

const U = (slug: string, name: string, nameEn: string, key?: string): Real => ({ slug, name, nameEn, kind: 'university', description: null, ...(key ? { key } : {}) });

/** Universities of the city. */
export const UNIVERSITIES: readonly Real[] = [
  U('fudan', '复旦大学', 'Fudan University', 'fudan'),
  U('sjtu', '上海交通大学', 'Shanghai Jiao Tong University', 'sjtu'),
  U('tongji', '同济大学', 'Tongji University', 'tongji'),
  U('ecnu', '华东师范大学', 'East China Normal University'),
  U('shanghaitech', '上海科技大学', 'ShanghaiTech University'),
  U('shu', '上海大学', 'Shanghai University'),
  U('ecust', '华东理工大学', 'East China University of Science and Technology'),
  U('dhu', '东华大学', 'Donghua University'),
  U('usst', '上海理工大学', 'University of Shanghai for Science and Technology'),
  U('shutcm', '上海中医药大学', 'Shanghai University of Traditional Chinese Medicine'),
  U('shmtu', '上海海事大学', 'Shanghai Maritime University'),
  U('shnu', '上海师范大学', 'Shanghai Normal University'),
  U('sufe', '上海财经大学', 'Shanghai University of Finance and Economics'),
  U('shou', '上海海洋大学', 'Shanghai Ocean University'),
  U('shiep', '上海电力大学', 'Shanghai University of Electric Power'),
  U('sues', '上海工程技术大学', 'Shanghai University of Engineering Science'),
  U('sit', '上海应用技术大学', 'Shanghai Institute of Technology'),
  U('nyush', '上海纽约大学', 'NYU Shanghai'),
  U('sumhs', '上海健康医学院', 'Shanghai University of Medicine and Health Sciences'),
  U('shisu', '上海外国语大学', 'Shanghai International Studies University'),
];

const R = (slug: string, name: string, nameEn: string, description: string | null = null): Real => ({ slug, name, nameEn, kind: 'research_institute', description });

/** Research institutes of the city: CAS institutes, national and municipal laboratories. */
export const INSTITUTES: readonly Real[] = [
  R('sari', '中国科学院上海高等研究院', 'Shanghai Advanced Research Institute, CAS', '上海光源与多个大科学装置的建设单位 · builds the city\'s photon-science facilities'),
  R('sinap', '中国科学院上海应用物理研究所', 'Shanghai Institute of Applied Physics, CAS'),
  R('siom', '中国科学院上海光学精密机械研究所', 'Shanghai Institute of Optics and Fine Mechanics, CAS'),
  R('simit', '中国科学院上海微系统与信息技术研究所', 'Shanghai Institute of Microsystem and Information Technology, CAS'),
  R('sitp', '中国科学院上海技术物理研究所', 'Shanghai Institute of Technical Physics, CAS'),
  R('sic', '中国科学院上海硅酸盐研究所', 'Shanghai Institute of Ceramics, CAS'),
  R('sioc', '中国科学院上海有机化学研究所', 'Shanghai Institute of Organic Chemistry, CAS'),
  R('simm', '中国科学院上海药物研究所', 'Shanghai Institute of Materia Medica, CAS'),
  R('cemcs', '中国科学院分子细胞科学卓越创新中心', 'Center for Excellence in Molecular Cell Science, CAS'),
  R('cebsit', '中国科学院脑科学与智能技术卓越创新中心', 'Center for Excellence in Brain Science and Intelligence Technology, CAS'),
  R('sinh', '中国科学院上海营养与健康研究所', 'Shanghai Institute of Nutrition and Health, CAS'),
  R('cemps', '中国科学院分子植物科学卓越创新中心', 'Center for Excellence in Molecular Plant Sciences, CAS'),
  R('shao', '中国科学院上海天文台', 'Shanghai Astronomical Observatory, CAS'),
  R('ips', '中国科学院上海巴斯德研究所', 'Institut Pasteur of Shanghai, CAS'),
  R('shlab', '上海人工智能实验室', 'Shanghai Artificial Intelligence Laboratory', '大模型与开源平台 · foundation models and open platforms'),
  R('zjlab', '张江实验室', 'Zhangjiang Laboratory'),
  R('sqz', '上海期智研究院', 'Shanghai Qi Zhi Institute'),
  R('sitri', '上海微技术工业研究院', 'Shanghai Industrial μTechnology Research Institute'),
  R('siti', '上海产业技术研究院', 'Shanghai Industrial Technology Institute'),
  R('bsbii', '上海脑科学与类脑研究中心', 'Shanghai Center for Brain Science and Brain-Inspired Technology'),
  R('sqi', '上海市质量监督检验技术研究院', 'Shanghai Institute of Quality Inspection and Technical Research'),
  R('smri', '上海材料研究所', 'Shanghai Research Institute of Materials'),
];

const F = (key: string, slug: string, name: string, nameEn: string, description: string): Real => ({ key, slug, name, nameEn, kind: 'facility_operator', description });

/** The operators of the facilities seeded by the facilities desk (keys are facility codes). */
export const OPERATORS: readonly Real[] = [
  F('SSRF', 'ssrf', '上海光源国家科学中心（用户办公室）', 'SSRF National Science Center (User Office)', '上海同步辐射光源的运行与用户服务 · runs the Shanghai Synchrotron Radiation Facility'),
  F('SHINE', 'shine', '上海硬X射线自由电子激光装置工程指挥部', 'SHINE Project Headquarters', '硬X射线自由电子激光装置的建设 · builds the hard X-ray free-electron laser'),
  F('LCI', 'lci', '活细胞结构与功能成像平台运行中心', 'Live-Cell Structure and Function Imaging Platform Operations', '活细胞成像线站的运行 · runs the live-cell imaging stations'),
  F('NCPSS', 'ncpss', '国家蛋白质科学中心（上海）用户服务部', 'National Center for Protein Science Shanghai, User Services', '蛋白质科学研究平台的运行 · runs the protein science platforms'),
  F('SAPT', 'sapt', '上海超导质子治疗装置运行中心', 'Shanghai Superconducting Proton Therapy Operations Center', '国产超导质子治疗系统的运行 · runs the superconducting proton therapy system'),
];

const G = (slug: string, name: string, nameEn: string, key?: string): Real => ({ slug, name, nameEn, kind: 'government_agency', description: null, ...(key ? { key } : {}) });

/** Government agencies. */
export const AGENCIES: readonly Real[] = [
  G('stcsm', '上海市科学技术委员会', 'Science and Technology Commission of Shanghai Municipality', 'stcsm'),
  G('sheitc', '上海市经济和信息化委员会', 'Shanghai Municipal Commission of Economy and Informatization'),
  G('shdrc', '上海市发展和改革委员会', 'Shanghai Municipal Development and Reform Commission'),
  G('sipa', '上海市知识产权局', 'Shanghai Intellectual Property Administration'),
  G('shczj', '上海市财政局', 'Shanghai Municipal Finance Bureau'),
  G('shdata', '上海市数据局', 'Shanghai Municipal Data Bureau'),
  G('pdkjw', '浦东新区科技和经济委员会', 'Pudong New Area Science, Technology and Economy Commission'),
  G('zjsc', '张江科学城建设管理办公室', 'Zhangjiang Science City Administration Office'),
  G('xhkw', '徐汇区科学技术委员会', 'Xuhui District Science and Technology Commission'),
  G('ypkw', '杨浦区科学技术委员会', 'Yangpu District Science and Technology Commission'),
  G('mhkw', '闵行区科学技术委员会', 'Minhang District Science and Technology Commission'),
  G('jdkw', '嘉定区科学技术委员会', 'Jiading District Science and Technology Commission'),
];

const I = (slug: string, name: string, nameEn: string, description: string | null = null): Real => ({ slug, name, nameEn, kind: 'incubator', description });

/** Incubators (the city plans 7 to 10 high-quality ones, with early incubation funds). */
export const INCUBATORS: readonly Real[] = [
  I('modelspace', '模速空间大模型创新生态社区', 'ModelSpace Foundation Model Innovation Community', '大模型企业集聚区 · home of the foundation-model center\'s companies'),
  I('stic', '上海市科技创业中心', 'Shanghai Technology Innovation Center'),
  I('chjvc', '漕河泾开发区创业中心', 'Caohejing Hi-Tech Park Venture Center'),
  I('zj895', '张江高科895创业营', 'Zhangjiang Hi-Tech 895 Startup Camp'),
  I('fudanpark', '复旦科技园', 'Fudan Science Park'),
  I('tongjipark', '同济科技园', 'Tongji Science Park'),
  I('sjtupark', '上海交大科技园', 'SJTU Science Park'),
  I('ypvc', '杨浦创业中心', 'Yangpu Venture Center'),
];

const V = (slug: string, name: string, nameEn: string): Real => ({ slug, name, nameEn, kind: 'investor', description: null });

/** Investors. */
export const INVESTORS: readonly Real[] = [
  V('stvc', '上海科技创业投资（集团）有限公司', 'Shanghai Sci-Tech Venture Capital Group'),
  V('sig', '上海国际集团有限公司', 'Shanghai International Group'),
  V('pdsti', '浦东科创集团有限公司', 'Pudong Science and Technology Investment Group'),
  V('zjvc', '上海张江科技创业投资有限公司', 'Shanghai Zhangjiang Technology Venture Capital'),
  V('sscic', '上海国有资本投资有限公司', 'Shanghai State-owned Capital Investment'),
];

const S = (slug: string, name: string, nameEn: string, description: string, key?: string): Real => ({ slug, name, nameEn, kind: 'service_provider', description, ...(key ? { key } : {}) });

/** Service providers: technology exchange, compute, testing. */
export const PROVIDERS: readonly Real[] = [
  S('stex', '上海技术交易所', 'Shanghai Technology Exchange', '技术交易与合同登记 · technology trade and contract registration'),
  S('ssc', '上海超级计算中心', 'Shanghai Supercomputer Center', '算力服务 · compute provider', 'ssc'),
  S('sipx', '上海知识产权交易中心', 'Shanghai Intellectual Property Exchange', '知识产权交易 · IP trading'),
];

const E = (slug: string, name: string, nameEn: string, description: string): Real => ({ slug, name, nameEn, kind: 'enterprise', description });

/** Large enterprises of the city. */
export const ENTERPRISES: readonly Real[] = [
  E('sensetime', '商汤科技', 'SenseTime', '人工智能与智算中心 · AI and AI data centers'),
  E('united-imaging', '上海联影医疗科技股份有限公司', 'United Imaging Healthcare', '高端医疗影像设备 · medical imaging equipment'),
  E('smic', '中芯国际集成电路制造有限公司', 'SMIC', '集成电路制造 · semiconductor foundry'),
  E('smee', '上海微电子装备（集团）股份有限公司', 'Shanghai Micro Electronics Equipment', '光刻机 · lithography equipment'),
  E('huahong', '华虹半导体有限公司', 'Hua Hong Semiconductor', '集成电路制造 · semiconductor foundry'),
  E('wuxiapptec', '药明康德', 'WuXi AppTec', '医药研发服务 · pharmaceutical R&D services'),
  E('junshi', '君实生物', 'Junshi Biosciences', '创新药 · innovative drugs'),
  E('comac', '中国商用飞机有限责任公司', 'COMAC', '大型客机 · commercial aircraft'),
  E('shanghai-electric', '上海电气集团', 'Shanghai Electric', '能源装备 · energy equipment'),
  E('fosun-pharma', '复星医药', 'Fosun Pharma', '医药 · pharmaceuticals'),
];

/** A generator of organizations of one kind; each call returns a name not yet taken. */
type Generator = (random: Random, taken: Set<string>) => Omit<PlannedOrg, 'city' | 'kind'>;

const CITIES_OTHER = ['北京', '深圳', '杭州', '苏州', '南京', '合肥'];

function uniqueOf(make: (random: Random) => Omit<PlannedOrg, 'city' | 'kind'>): Generator {
  return (random, taken) => {
    for (;;) {
      const o = make(random);
      if (!taken.has(o.name)) return o;
    }
  };
}

const SUFFIX: readonly (readonly [string, (field: string) => string])[] = [
  ['研究所', (f) => `Institute of ${f}`],
  ['研究院', (f) => `Academy of ${f}`],
  ['研究中心', (f) => `Research Center for ${f}`],
];

/** Generators per kind, for the organizations beyond the real ones. */
export const GENERATORS: Partial<Record<OrgKind, Generator>> = {
  research_institute: uniqueOf((r) => {
    const [pZh, pEn] = r.pick(PLACES);
    const [fZh, fEn] = r.pick(FIELDS);
    const [sZh, sEn] = r.pick(SUFFIX);
    return { slug: `${pEn}-${fEn}`.toLowerCase().replace(/[^a-z]+/g, '-'), name: `${pZh}${fZh}${sZh}`, nameEn: `${pEn} ${sEn(fEn)}`, description: `${fZh} · ${fEn.toLowerCase()}` };
  }),
  startup: uniqueOf((r) => {
    const b = brand(r);
    const ind = r.pick(INDUSTRIES);
    return { slug: b.slug, name: `上海${b.zh}${ind.zh}科技有限公司`, nameEn: `Shanghai ${b.en} ${ind.en} Technology Co., Ltd.`, description: r.pick(ind.focus) };
  }),
  enterprise: uniqueOf((r) => {
    const b = brand(r);
    const ind = r.pick(INDUSTRIES);
    const group = r.chance(0.2);
    return {
      slug: b.slug,
      name: group ? `${b.zh}${ind.zh}集团有限公司` : `上海${b.zh}${ind.zh}股份有限公司`,
      nameEn: group ? `${b.en} ${ind.en} Group` : `Shanghai ${b.en} ${ind.en} Co., Ltd.`,
      description: r.pick(ind.focus),
    };
  }),
  investor: uniqueOf((r) => {
    const b = brand(r);
    const [zh, en] = r.pick([
      ['资本', 'Capital'],
      ['创投', 'Ventures'],
      ['投资管理有限公司', 'Investment Management'],
      ['私募基金管理有限公司', 'Private Equity'],
    ] as const);
    return { slug: b.slug, name: `${b.zh}${zh}`, nameEn: `${b.en} ${en}`, description: r.pick(['早期投资 · early-stage', '成长期投资 · growth', '硬科技基金 · deep-tech fund', '生物医药基金 · life-science fund']) };
  }),
  service_provider: uniqueOf((r) => {
    const b = brand(r);
    const [zh, en, what] = r.pick([
      ['算力科技有限公司', 'Compute Co., Ltd.', '算力服务 · compute provider'],
      ['云计算有限公司', 'Cloud Co., Ltd.', '算力服务 · compute provider'],
      ['知识产权代理有限公司', 'IP Agency', '专利代理 · patent agency'],
      ['检测技术有限公司', 'Testing Co., Ltd.', '检验检测 · testing and certification'],
      ['律师事务所', 'Law Firm', '法律服务 · legal services'],
      ['医药研发服务有限公司', 'CRO Co., Ltd.', '医药研发外包 · contract research'],
      ['技术转移有限公司', 'Technology Transfer Co., Ltd.', '技术转移 · technology transfer'],
      ['数据服务有限公司', 'Data Services Co., Ltd.', '数据服务 · data services'],
    ] as const);
    return { slug: b.slug, name: `上海${b.zh}${zh}`, nameEn: `Shanghai ${b.en} ${en}`, description: what };
  }),
  incubator: uniqueOf((r) => {
    const [pZh, pEn] = r.pick(PLACES);
    const b = brand(r);
    return { slug: b.slug, name: `${pZh}${b.zh}创业孵化器`, nameEn: `${pEn} ${b.en} Incubator`, description: '科技企业孵化 · incubation of technology startups' };
  }),
};

/** The city of a generated organization: mostly Shanghai, some investors and firms elsewhere. */
export function cityOf(kind: OrgKind, random: Random): string {
  if ((kind === 'investor' || kind === 'enterprise') && random.chance(0.15)) return random.pick(CITIES_OTHER);
  return '上海';
}
