// The facilities of the demo center (CENTER.md): the Shanghai Synchrotron Radiation Facility
// with its 34 beamlines and 46 experimental stations, and the other facilities of the cluster.

export type FacilityKind = 'synchrotron' | 'xfel' | 'imaging' | 'protein_science' | 'proton_therapy' | 'other';
export type FacilityStatus = 'operating' | 'under_construction' | 'planned';

export interface CatalogStation {
  code: string;
  name: string;
  nameEn: string;
  techniques: string[];
}

export interface CatalogInstrument {
  code: string;
  name: string;
  nameEn: string;
  stations: CatalogStation[];
}

export interface CatalogFacility {
  code: string;
  name: string;
  nameEn: string;
  kind: FacilityKind;
  status: FacilityStatus;
  description: string;
  descriptionEn: string;
  figures: Record<string, number>;
  instruments: CatalogInstrument[];
}

/**
 * A beamline. With no `stations` it has one end station of the same code; otherwise each entry
 * is [suffix, name, nameEn, techniques] and the station code is `<beamline>-<suffix>`.
 */
function bl(code: string, name: string, nameEn: string, techniques: string[], stations?: [string, string, string, string[]][]): CatalogInstrument {
  return {
    code,
    name,
    nameEn,
    stations: stations
      ? stations.map(([suffix, sName, sNameEn, t]) => ({ code: `${code}-${suffix}`, name: sName, nameEn: sNameEn, techniques: t }))
      : [{ code, name: `${name}线站`, nameEn: `${nameEn} end station`, techniques }],
  };
}

const SSRF_BEAMLINES: CatalogInstrument[] = [
  bl('BL01B1', '红外谱学显微线站', 'Infrared spectromicroscopy', [], [
    ['MIC', '红外显微成像实验站', 'Infrared microscopy station', ['infrared microspectroscopy', 'imaging']],
    ['SPE', '红外谱学实验站', 'Infrared spectroscopy station', ['FTIR spectroscopy']],
  ]),
  bl('BL02B01', '表面衍射', 'Surface diffraction', ['surface X-ray diffraction', 'GIXRD']),
  bl('BL02B02', '软X射线磁性', 'Soft X-ray magnetism', ['XMCD', 'soft XAS']),
  bl('BL02U1', '膜蛋白晶体学', 'Membrane protein crystallography', ['macromolecular crystallography']),
  bl('BL02U2', '表面界面结构', 'Surface and interface structure', [], [
    ['SD', '表面衍射实验站', 'Surface diffraction station', ['GIXRD', 'crystal truncation rods']],
    ['HAX', '硬X射线光电子能谱实验站', 'Hard X-ray photoemission station', ['HAXPES', 'photoemission']],
  ]),
  bl('BL03HB', '硬X射线测试', 'Hard X-ray test beamline', ['optics testing', 'metrology']),
  bl('BL03SB', '劳厄微衍射', 'Laue micro-diffraction', ['Laue diffraction', 'microdiffraction']),
  bl('BL05U', '共振非弹性散射', 'Resonant inelastic X-ray scattering', ['RIXS']),
  bl('BL07U', '空间分辨角分辨光电子能谱', 'Spatially resolved ARPES', ['ARPES', 'photoemission']),
  bl('BL08U1A', '软X射线谱学显微', 'Soft X-ray spectromicroscopy', ['STXM', 'NEXAFS']),
  bl('BL08U1B', '软X射线干涉光刻', 'Soft X-ray interference lithography', ['EUV interference lithography']),
  bl('BL09B', 'X射线测试', 'X-ray test beamline', ['optics testing', 'detector calibration']),
  bl('BL09U', '梦之线', 'Dreamline', [], [
    ['ARPES', '高分辨角分辨光电子能谱实验站', 'High-resolution ARPES station', ['ARPES', 'photoemission']],
    ['PEEM', '光电子显微实验站', 'Photoemission electron microscopy station', ['PEEM', 'photoemission']],
  ]),
  bl('BL10U1', '时间分辨超小角散射', 'Time-resolved ultra-small-angle scattering', [], [
    ['USAXS', '超小角散射实验站', 'USAXS station', ['USAXS', 'SAXS']],
    ['WAXS', '原位广角散射实验站', 'In-situ WAXS station', ['WAXS', 'in-situ processing']],
  ]),
  bl('BL10U2', '生物医学成像', 'Biomedical imaging', ['phase-contrast imaging', 'tomography']),
  bl('BL11B', '硬X射线谱学', 'Hard X-ray spectroscopy', ['XAFS']),
  bl('BL12SW', '超硬X射线应用', 'Ultra-hard X-ray applications', [], [
    ['HP', '高压衍射实验站', 'High-pressure diffraction station', ['high-pressure XRD', 'diamond anvil cell']],
    ['HE', '高能成像实验站', 'High-energy imaging station', ['tomography', 'high-energy imaging']],
  ]),
  bl('BL13HB', '硬X射线纳米探针', 'Hard X-ray nanoprobe', ['nano-XRF', 'ptychography']),
  bl('BL13SSW', '放射性材料', 'Radioactive materials', [], [
    ['XAFS', '放射性材料谱学实验站', 'Radioactive materials XAFS station', ['XAFS']],
    ['XRD', '放射性材料衍射实验站', 'Radioactive materials diffraction station', ['XRD']],
  ]),
  bl('BL13W1', 'X射线成像与生物医学应用', 'X-ray imaging and biomedical applications', [], [
    ['IMG', '相衬成像实验站', 'Phase-contrast imaging station', ['phase-contrast imaging', 'tomography']],
    ['MCT', '显微CT实验站', 'Micro-CT station', ['micro-CT', 'tomography']],
  ]),
  bl('BL14B1', 'X射线衍射', 'X-ray diffraction', ['XRD', 'powder diffraction']),
  bl('BL14W1', 'X射线吸收精细结构谱', 'X-ray absorption fine structure', ['XAFS']),
  bl('BL15U1', '硬X射线微聚焦', 'Hard X-ray micro-focusing', ['micro-XRF', 'micro-XRD', 'micro-XAFS']),
  bl('BL16B1', '小角散射', 'Small-angle X-ray scattering', [], [
    ['SAXS', '小角散射实验站', 'SAXS station', ['SAXS']],
    ['GISAXS', '掠入射小角散射实验站', 'GISAXS station', ['GISAXS']],
  ]),
  bl('BL16U1', '中能X射线谱学', 'Medium-energy X-ray spectroscopy', ['tender X-ray XAFS']),
  bl('BL16U2', '快速X射线成像', 'Fast X-ray imaging', ['dynamic tomography', 'imaging']),
  bl('BL17B', '高通量蛋白质晶体学', 'High-throughput protein crystallography', [], [
    ['1', '蛋白质晶体学实验站一', 'Protein crystallography station 1', ['macromolecular crystallography']],
    ['2', '蛋白质晶体学实验站二', 'Protein crystallography station 2', ['macromolecular crystallography', 'SAD phasing']],
    ['3', '原位晶体筛选实验站', 'In-situ crystal screening station', ['in-situ crystal screening']],
  ]),
  bl('BL17M', '微聚焦大分子晶体学', 'Micro-focus macromolecular crystallography', ['macromolecular crystallography', 'microcrystallography']),
  bl('BL17U1', '大分子晶体学', 'Macromolecular crystallography', ['macromolecular crystallography']),
  bl('BL18B', '三维纳米成像', '3D nano-imaging', ['TXM', 'nano-tomography']),
  bl('BL18U1', '蛋白质微晶体结构', 'Protein microcrystal structure', ['serial crystallography', 'microcrystallography']),
  bl('BL19U1', '蛋白质复合物晶体学', 'Protein complex crystallography', ['macromolecular crystallography']),
  bl('BL19U2', '生物小角散射', 'Biological small-angle scattering', [], [
    ['SAXS', '生物小角散射实验站', 'BioSAXS station', ['BioSAXS']],
    ['SEC', '排阻色谱联用小角散射实验站', 'SEC-SAXS station', ['SEC-SAXS']],
  ]),
  bl('BL20U', '能源材料（E线）', 'Energy materials (E-line)', [], [
    ['APXPS', '近常压光电子能谱实验站', 'Ambient-pressure XPS station', ['APXPS', 'photoemission']],
    ['SXAS', '软X射线吸收谱实验站', 'Soft X-ray absorption station', ['soft XAS']],
  ]),
];

function inst(code: string, name: string, nameEn: string, stations: [string, string, string, string[]][]): CatalogInstrument {
  return { code, name, nameEn, stations: stations.map(([c, n, e, t]) => ({ code: c, name: n, nameEn: e, techniques: t })) };
}

/** Every facility the demo seeds, in display order. */
export const CATALOG: CatalogFacility[] = [
  {
    code: 'SSRF',
    name: '上海同步辐射光源',
    nameEn: 'Shanghai Synchrotron Radiation Facility',
    kind: 'synchrotron',
    status: 'operating',
    description: '第三代中能同步辐射光源（3.5 GeV），2009年起向用户开放，药物研究与新材料是主要用户领域。',
    descriptionEn: 'A third-generation 3.5 GeV synchrotron light source, open to users since 2009; drug research and new materials lead its use.',
    figures: { usersServed: 47000, institutes: 800, researchTeams: 4500, projects: 20000, yearsInOperation: 15 },
    instruments: SSRF_BEAMLINES,
  },
  {
    code: 'SHINE',
    name: '上海硬X射线自由电子激光装置',
    nameEn: 'Shanghai High Repetition Rate XFEL and Extreme Light Facility (SHINE)',
    kind: 'xfel',
    status: 'under_construction',
    description: '基于超导直线加速器的高重频硬X射线自由电子激光，城市最大的科技基础设施项目。',
    descriptionEn: 'A high-repetition-rate hard X-ray free-electron laser driven by a superconducting linac; the city\'s largest science infrastructure project.',
    figures: { beamEnergyGeV: 8, undulatorLines: 3 },
    instruments: [
      inst('FEL-I', '硬X射线波荡器线一', 'Hard X-ray undulator line FEL-I', [
        ['FEL-I-SFX', '串行飞秒晶体学实验站', 'Serial femtosecond crystallography station', ['serial femtosecond crystallography']],
        ['FEL-I-CDI', '相干衍射成像实验站', 'Coherent diffraction imaging station', ['coherent diffraction imaging']],
      ]),
      inst('FEL-II', '硬X射线波荡器线二', 'Hard X-ray undulator line FEL-II', [
        ['FEL-II-UFD', '超快动力学实验站', 'Ultrafast dynamics station', ['XPCS', 'pump-probe']],
        ['FEL-II-TRS', '时间分辨谱学实验站', 'Time-resolved spectroscopy station', ['time-resolved XAS', 'XES']],
      ]),
      inst('FEL-III', '软X射线波荡器线', 'Soft X-ray undulator line FEL-III', [
        ['FEL-III-AMO', '原子分子光物理实验站', 'Atomic, molecular and optical physics station', ['AMO physics']],
        ['FEL-III-RIXS', '共振非弹性散射实验站', 'RIXS station', ['RIXS']],
      ]),
    ],
  },
  {
    code: 'LCI',
    name: '活细胞结构与功能成像平台',
    nameEn: 'Live-Cell Structure and Function Imaging Platform',
    kind: 'imaging',
    status: 'operating',
    description: '从分子到细胞的多尺度成像：冷冻电子断层、软X射线断层与超分辨光学显微。',
    descriptionEn: 'Multi-scale imaging from molecules to cells: cryo-electron tomography, soft X-ray tomography and super-resolution light microscopy.',
    figures: { imagingModalities: 4 },
    instruments: [
      inst('CRYOET', '冷冻电子断层成像', 'Cryo-electron tomography', [['CRYOET-1', '冷冻电子断层实验站', 'Cryo-ET station', ['cryo-electron tomography']]]),
      inst('SXT', '软X射线断层成像', 'Soft X-ray tomography', [['SXT-1', '软X射线断层实验站', 'Soft X-ray tomography station', ['soft X-ray tomography']]]),
      inst('SRM', '超分辨光学显微', 'Super-resolution light microscopy', [
        ['SRM-STED', '受激辐射损耗显微实验站', 'STED microscopy station', ['STED microscopy']],
        ['SRM-SIM', '结构光照明显微实验站', 'Structured illumination microscopy station', ['SIM', 'live-cell imaging']],
      ]),
      inst('CLEM', '光电关联成像', 'Correlative light and electron microscopy', [['CLEM-1', '光电关联成像实验站', 'CLEM station', ['CLEM']]]),
    ],
  },
  {
    code: 'NCPSS',
    name: '国家蛋白质科学中心·上海',
    nameEn: 'National Center for Protein Science Shanghai',
    kind: 'protein_science',
    status: 'operating',
    description: '蛋白质结构、修饰与相互作用研究的综合平台，与上海光源的蛋白质线站协同运行。',
    descriptionEn: 'An integrated platform for protein structure, modification and interaction, run together with the protein beamlines of SSRF.',
    figures: { platforms: 5 },
    instruments: [
      inst('NMR', '核磁共振', 'Nuclear magnetic resonance', [
        ['NMR-900', '900 MHz 核磁共振谱仪', '900 MHz NMR spectrometer', ['NMR spectroscopy']],
        ['NMR-700', '700 MHz 核磁共振谱仪', '700 MHz NMR spectrometer', ['NMR spectroscopy']],
      ]),
      inst('CRYOEM', '冷冻电镜', 'Cryo-electron microscopy', [['CRYOEM-1', '300 kV 冷冻电镜', '300 kV cryo-electron microscope', ['single-particle cryo-EM']]]),
      inst('MS', '质谱', 'Mass spectrometry', [['MS-1', '蛋白质组学质谱系统', 'Proteomics mass spectrometry', ['proteomics', 'mass spectrometry']]]),
      inst('PROD', '蛋白质制备', 'Protein production', [['PROD-1', '蛋白质表达纯化平台', 'Protein expression and purification', ['protein expression', 'purification']]]),
      inst('IMG', '分子影像', 'Molecular imaging', [['IMG-1', '激光共聚焦成像系统', 'Confocal imaging system', ['confocal microscopy', 'live-cell imaging']]]),
    ],
  },
  {
    code: 'SAPT',
    name: '上海超导质子治疗装置',
    nameEn: 'Shanghai Superconducting Proton Therapy System',
    kind: 'proton_therapy',
    status: 'operating',
    description: '国产超导回旋加速器质子治疗系统，兼顾临床治疗与放射生物学研究。',
    descriptionEn: 'A domestic superconducting-cyclotron proton therapy system, serving both treatment and radiobiology research.',
    figures: { treatmentRooms: 3 },
    instruments: [
      inst('ACC', '超导回旋加速器', 'Superconducting cyclotron', [['ACC-RB', '放射生物学研究束线', 'Radiobiology research beamline', ['radiobiology', 'dosimetry']]]),
      inst('GANTRY', '旋转机架治疗室', 'Gantry treatment rooms', [
        ['GANTRY-1', '旋转机架治疗室一', 'Gantry room 1', ['pencil-beam scanning']],
        ['GANTRY-2', '旋转机架治疗室二', 'Gantry room 2', ['pencil-beam scanning']],
      ]),
      inst('FIXED', '固定束治疗室', 'Fixed-beam treatment room', [['FIXED-1', '固定束治疗室', 'Fixed-beam room', ['pencil-beam scanning']]]),
    ],
  },
];
