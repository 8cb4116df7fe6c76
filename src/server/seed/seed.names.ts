// Name parts for generated people and organizations, each with its pinyin or English so that
// every generated name has a Chinese form, an English form and an e-mail-safe slug.
import type { Random } from './seed.random.ts';

/** Surnames, most common first (the seed weights them by rank). */
export const SURNAMES: readonly (readonly [string, string])[] = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'],
  ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'],
  ['何', 'he'], ['林', 'lin'], ['高', 'gao'], ['罗', 'luo'], ['郑', 'zheng'], ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'],
  ['唐', 'tang'], ['许', 'xu'], ['韩', 'han'], ['冯', 'feng'], ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'],
  ['肖', 'xiao'], ['田', 'tian'], ['董', 'dong'], ['潘', 'pan'], ['袁', 'yuan'], ['蔡', 'cai'], ['蒋', 'jiang'], ['余', 'yu'],
  ['于', 'yu'], ['杜', 'du'], ['叶', 'ye'], ['程', 'cheng'], ['魏', 'wei'], ['苏', 'su'], ['吕', 'lyu'], ['丁', 'ding'],
  ['任', 'ren'], ['卢', 'lu'], ['姚', 'yao'], ['沈', 'shen'], ['钟', 'zhong'], ['姜', 'jiang'], ['崔', 'cui'], ['谭', 'tan'],
  ['陆', 'lu'], ['范', 'fan'], ['汪', 'wang'], ['廖', 'liao'], ['石', 'shi'], ['金', 'jin'], ['韦', 'wei'], ['贾', 'jia'],
  ['夏', 'xia'], ['付', 'fu'], ['方', 'fang'], ['邹', 'zou'], ['熊', 'xiong'], ['白', 'bai'], ['孟', 'meng'], ['秦', 'qin'],
  ['邱', 'qiu'], ['侯', 'hou'], ['江', 'jiang'], ['尹', 'yin'], ['薛', 'xue'], ['闫', 'yan'], ['段', 'duan'], ['雷', 'lei'],
  ['龙', 'long'], ['黎', 'li'], ['史', 'shi'], ['陶', 'tao'], ['贺', 'he'], ['毛', 'mao'], ['郝', 'hao'], ['顾', 'gu'],
  ['龚', 'gong'], ['邵', 'shao'], ['万', 'wan'], ['钱', 'qian'], ['戴', 'dai'], ['严', 'yan'], ['欧阳', 'ouyang'], ['司马', 'sima'],
];

/** Characters of given names. */
export const GIVEN: readonly (readonly [string, string])[] = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'], ['磊', 'lei'],
  ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['娟', 'juan'], ['涛', 'tao'], ['明', 'ming'],
  ['超', 'chao'], ['秀', 'xiu'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['英', 'ying'], ['华', 'hua'], ['玉', 'yu'],
  ['萍', 'ping'], ['红', 'hong'], ['鹏', 'peng'], ['辉', 'hui'], ['建', 'jian'], ['文', 'wen'], ['斌', 'bin'], ['宇', 'yu'],
  ['浩', 'hao'], ['凯', 'kai'], ['健', 'jian'], ['俊', 'jun'], ['帆', 'fan'], ['旭', 'xu'], ['晨', 'chen'], ['阳', 'yang'],
  ['琳', 'lin'], ['雪', 'xue'], ['婷', 'ting'], ['欣', 'xin'], ['怡', 'yi'], ['佳', 'jia'], ['嘉', 'jia'], ['思', 'si'],
  ['睿', 'rui'], ['博', 'bo'], ['子', 'zi'], ['梓', 'zi'], ['涵', 'han'], ['轩', 'xuan'], ['诗', 'shi'], ['雨', 'yu'],
  ['晓', 'xiao'], ['志', 'zhi'], ['海', 'hai'], ['天', 'tian'], ['一', 'yi'], ['心', 'xin'], ['安', 'an'], ['宁', 'ning'],
  ['泽', 'ze'], ['昊', 'hao'], ['然', 'ran'], ['铭', 'ming'], ['晗', 'han'], ['悦', 'yue'], ['彤', 'tong'], ['颖', 'ying'],
  ['慧', 'hui'], ['倩', 'qian'], ['振', 'zhen'], ['国', 'guo'], ['立', 'li'], ['新', 'xin'], ['云', 'yun'], ['晶', 'jing'],
  ['逸', 'yi'], ['航', 'hang'], ['瑶', 'yao'], ['璐', 'lu'], ['辰', 'chen'], ['毅', 'yi'], ['卓', 'zhuo'], ['远', 'yuan'],
];

/** A generated person's name: Chinese, and the pinyin parts for the e-mail. */
export interface GeneratedName {
  name: string;
  surname: string;
  given: string;
}

/** Builds a surname picker weighted by rank (the most common surnames come up most often). */
export function surnamePicker(random: Random): () => readonly [string, string] {
  // weight ~ 1 / (rank + 4): 王 is about 20 times as common as the last of the list
  const cumulative: number[] = [];
  let total = 0;
  SURNAMES.forEach((_, i) => {
    total += 1 / (i + 4);
    cumulative.push(total);
  });
  return () => {
    const x = random.next() * total;
    const i = cumulative.findIndex((c) => c > x);
    return SURNAMES[i === -1 ? SURNAMES.length - 1 : i]!;
  };
}

/** A Chinese personal name with one or two given characters. */
export function personName(random: Random, surname: () => readonly [string, string]): GeneratedName {
  const [sZh, sPy] = surname();
  const parts = random.chance(0.6) ? [random.pick(GIVEN), random.pick(GIVEN)] : [random.pick(GIVEN)];
  return { name: sZh + parts.map((p) => p[0]).join(''), surname: sPy, given: parts.map((p) => p[1]).join('') };
}

/** Characters of generated brand names, with pinyin. */
const BRAND: readonly (readonly [string, string])[] = [
  ['智', 'zhi'], ['灵', 'ling'], ['星', 'xing'], ['云', 'yun'], ['数', 'shu'], ['芯', 'xin'], ['元', 'yuan'], ['启', 'qi'],
  ['澜', 'lan'], ['衡', 'heng'], ['极', 'ji'], ['微', 'wei'], ['深', 'shen'], ['海', 'hai'], ['光', 'guang'], ['量', 'liang'],
  ['睿', 'rui'], ['思', 'si'], ['源', 'yuan'], ['图', 'tu'], ['峰', 'feng'], ['辰', 'chen'], ['宇', 'yu'], ['川', 'chuan'],
  ['和', 'he'], ['若', 'ruo'], ['维', 'wei'], ['拓', 'tuo'], ['航', 'hang'], ['博', 'bo'], ['泽', 'ze'], ['明', 'ming'],
  ['远', 'yuan'], ['新', 'xin'], ['锐', 'rui'], ['联', 'lian'], ['凌', 'ling'], ['曜', 'yao'], ['熠', 'yi'], ['沐', 'mu'],
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A two-character brand: Chinese, English (capitalized pinyin) and slug. */
export function brand(random: Random): { zh: string; en: string; slug: string } {
  const a = random.pick(BRAND);
  let b = random.pick(BRAND);
  while (b === a) b = random.pick(BRAND);
  return { zh: a[0] + b[0], en: cap(a[1] + b[1]), slug: a[1] + b[1] };
}

/** Places in and around the city, for institute and incubator names. */
export const PLACES: readonly (readonly [string, string])[] = [
  ['上海', 'Shanghai'], ['浦东', 'Pudong'], ['张江', 'Zhangjiang'], ['临港', 'Lingang'], ['漕河泾', 'Caohejing'], ['紫竹', 'Zizhu'],
  ['徐汇', 'Xuhui'], ['闵行', 'Minhang'], ['嘉定', 'Jiading'], ['松江', 'Songjiang'], ['宝山', 'Baoshan'], ['杨浦', 'Yangpu'],
  ['静安', 'Jing\'an'], ['长宁', 'Changning'], ['普陀', 'Putuo'], ['虹口', 'Hongkou'], ['黄浦', 'Huangpu'], ['青浦', 'Qingpu'],
  ['奉贤', 'Fengxian'], ['金山', 'Jinshan'], ['崇明', 'Chongming'], ['长三角', 'Yangtze Delta'], ['东方', 'Oriental'], ['浦江', 'Pujiang'],
];

/** Research fields, for institute names and team descriptions. */
export const FIELDS: readonly (readonly [string, string])[] = [
  ['先进材料', 'Advanced Materials'], ['量子信息', 'Quantum Information'], ['人工智能', 'Artificial Intelligence'],
  ['集成电路', 'Integrated Circuits'], ['生物医药', 'Biomedicine'], ['结构生物学', 'Structural Biology'],
  ['脑科学', 'Brain Science'], ['光子科学', 'Photon Science'], ['同步辐射应用', 'Synchrotron Applications'],
  ['新能源', 'New Energy'], ['储能技术', 'Energy Storage'], ['氢能', 'Hydrogen Energy'], ['海洋科学', 'Marine Science'],
  ['空间科学', 'Space Science'], ['智能制造', 'Intelligent Manufacturing'], ['机器人', 'Robotics'],
  ['精准医学', 'Precision Medicine'], ['合成生物学', 'Synthetic Biology'], ['催化化学', 'Catalysis'],
  ['高分子材料', 'Polymer Materials'], ['半导体器件', 'Semiconductor Devices'], ['光电子', 'Optoelectronics'],
  ['环境科学', 'Environmental Science'], ['生态农业', 'Ecological Agriculture'], ['作物育种', 'Crop Breeding'],
  ['数据科学', 'Data Science'], ['计算科学', 'Computational Science'], ['医学影像', 'Medical Imaging'],
  ['药物化学', 'Medicinal Chemistry'], ['纳米技术', 'Nanotechnology'], ['先进激光', 'Advanced Lasers'],
  ['核技术应用', 'Nuclear Technology Applications'], ['航空航天', 'Aerospace'], ['智能网联汽车', 'Intelligent Connected Vehicles'],
  ['区块链', 'Blockchain'], ['免疫学', 'Immunology'], ['干细胞', 'Stem Cells'], ['分子影像', 'Molecular Imaging'],
  ['超导技术', 'Superconductivity'], ['微纳制造', 'Micro- and Nano-fabrication'],
];

/** Industries of generated companies: Chinese word in the name, English word, and a focus line. */
export const INDUSTRIES: readonly { zh: string; en: string; focus: readonly string[] }[] = [
  { zh: '智能', en: 'Intelligence', focus: ['视频生成大模型 · video generation models', '电商虚拟试衣 · virtual try-on for e-commerce', '写作助手大模型 · writing assistants', '代码大模型 · code models', '多模态大模型 · multimodal foundation models', '智能体平台 · agent platforms'] },
  { zh: '生物', en: 'Biotech', focus: ['抗体药物 · antibody drugs', '基因治疗 · gene therapy', '细胞治疗 · cell therapy', '育种大模型 · breeding models'] },
  { zh: '医疗', en: 'Medical', focus: ['高端医疗器械 · advanced medical devices', '医学影像AI · medical imaging AI', '手术机器人 · surgical robots'] },
  { zh: '材料', en: 'Materials', focus: ['新型电池材料 · battery materials', '高性能复合材料 · composites', '半导体材料 · semiconductor materials'] },
  { zh: '微电子', en: 'Microelectronics', focus: ['AI芯片 · AI chips', '射频芯片 · RF chips', 'EDA工具 · EDA tools'] },
  { zh: '机器人', en: 'Robotics', focus: ['人形机器人 · humanoid robots', '工业机器人 · industrial robots', '服务机器人 · service robots'] },
  { zh: '量子', en: 'Quantum', focus: ['量子计算 · quantum computing', '量子通信 · quantum communication', '量子精密测量 · quantum metrology'] },
  { zh: '数据', en: 'Data', focus: ['数据标注 · data labelling', '数据治理 · data governance', '隐私计算 · privacy computing'] },
  { zh: '能源', en: 'Energy', focus: ['氢燃料电池 · hydrogen fuel cells', '储能系统 · energy storage', '光伏 · photovoltaics'] },
  { zh: '航天', en: 'Aerospace', focus: ['商业航天 · commercial space', '卫星互联网 · satellite internet', '无人机 · drones'] },
  { zh: '光电', en: 'Photonics', focus: ['激光器 · lasers', '光通信器件 · optical communication', '红外探测 · infrared detection'] },
  { zh: '算力', en: 'Computing', focus: ['智算中心运营 · AI data centers', '算力调度 · compute scheduling', '云原生平台 · cloud-native platforms'] },
];
