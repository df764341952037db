/**
 * Words of the demo group, built from the subjects of the city's 2010 disclosure report (the seed):
 * 电子政务外网, 网站群整合, 政务服务中心, 预算公开, 行政审批, 重大项目, … Pure data, no Payload imports.
 */
export const topics = [
  '电子政务外网建设', '政府网站群整合', '政务服务中心标准化建设', '财政预算公开', '行政审批制度改革', '重大项目建设',
  '政府信息公开', '依申请公开办理', '公共资源交易平台建设', '联合审批', '工程建设领域信息公开', '“两集中、两到位”改革',
  '政务公开培训', '保密审查', '绩效考核', '优化营商环境', '“一件事一次办”', '安全生产专项整治', '食品安全监管',
  '城乡居民医疗保险', '义务教育均衡发展', '农村人居环境整治', '森林防火', '汛期地质灾害防治', '就业创业服务',
] as const

export const inspectionTopics = ['安全生产', '食品药品', '产品质量', '生态环境', '公共卫生'] as const
export const welfareTopics = ['城乡低保', '特困人员救助供养', '就业援助', '基本医疗保障', '学生资助'] as const
export const projectNames = ['郴州大道北延', '东江湖水环境保护', '高新区标准厂房', '市第一人民医院新院区', '苏仙岭景区提质改造', '城区排水管网改造'] as const

type Templates = readonly ((w: Words) => string)[]

export interface Words {
  unit: string
  /** The hub speaks for the city (its projects and plans); a unit for itself. */
  hub: boolean
  city: string
  topic: string
  year: number
  month: number
  quarter: number
  n: number
  pick: <T>(list: readonly T[]) => T
}

/** Title templates per article category; the hub's headlines speak for the city, a unit's for itself. */
export const articleTitles: Record<'hubHeadline' | 'headline' | 'news' | 'notice', Templates> = {
  headline: [
    (w) => `${w.unit}召开${w.topic}推进会`,
    (w) => `${w.unit}主要负责同志调研${w.topic}工作`,
    (w) => `${w.unit}${w.topic}工作取得阶段性成效`,
  ],
  hubHeadline: [
    (w) => `市政府常务会议研究部署${w.topic}工作`,
    (w) => `${w.city}召开${w.topic}推进会`,
    (w) => `${w.city}${w.topic}工作取得阶段性成效`,
    (w) => `全市${w.topic}现场观摩会举行`,
  ],
  news: [
    (w) => `${w.unit}扎实推进${w.topic}`,
    (w) => `${w.unit}召开${w.year}年${w.topic}工作会议`,
    (w) => `${w.unit}开展${w.topic}专题培训`,
    (w) => `${w.unit}赴基层调研${w.topic}工作`,
    (w) => `${w.unit}${w.topic}工作获省级通报表扬`,
  ],
  notice: [
    (w) => `关于开展${w.year}年${w.topic}专项检查的通知`,
    (w) => `关于征集${w.topic}意见建议的公告`,
    (w) => `${w.unit}关于调整办公时间的公告`,
    (w) => `关于${w.topic}有关事项的通知`,
  ],
}

/** Title templates per catalogue column key. */
export const columnTitles: Record<string, Templates> = {
  guide: [(w) => `${w.unit}政府信息公开指南（${w.year}年修订）`],
  rules: [(w) => `${w.unit}政府信息公开工作制度`, (w) => `${w.unit}政府信息公开保密审查制度`, (w) => `${w.unit}政府信息主动公开工作规程`],
  'mandatory-organization': [(w) => `${w.unit}主要职责及内设机构`, (w) => `${w.unit}领导班子成员及分工`, (w) => `${w.unit}办公地址、办公时间及联系方式`],
  'mandatory-policy': [
    (w) => `${w.unit}关于印发《${w.topic}实施方案》的通知`,
    (w) => `关于进一步加强${w.topic}工作的意见`,
    (w) => `${w.unit}关于做好${w.year}年${w.topic}工作的通知`,
    (w) => `《${w.topic}实施方案》政策解读`,
  ],
  'mandatory-planning': [(w) => (w.hub ? `${w.city}${w.topic}“十四五”规划` : `${w.unit}“十四五”发展规划`), (w) => `${w.unit}${w.year}年工作要点`, (w) => `${w.unit}${w.year}年${w.topic}工作计划`],
  'mandatory-statistics': [(w) => `${w.year}年${w.month}月${w.unit}主要统计数据`, (w) => `${w.year}年${w.unit}业务统计公报`],
  'mandatory-licensing': [(w) => `${w.topic}办事指南`, (w) => `${w.unit}行政许可事项目录（${w.year}年版）`, (w) => `${w.unit}${w.year}年第${w.quarter}季度行政许可结果公示`],
  'mandatory-enforcement': [(w) => `${w.unit}${w.year}年第${w.quarter}季度行政处罚结果公示`, (w) => `${w.unit}行政执法事项清单`],
  'mandatory-budget': [(w) => `${w.unit}${w.year}年部门预算公开`, (w) => `${w.unit}${w.year - 1}年部门决算公开`, (w) => `${w.unit}${w.year}年“三公”经费预算说明`],
  'mandatory-fees': [(w) => `${w.unit}行政事业性收费项目及标准`, (w) => `${w.unit}${w.year}年涉企收费清单`],
  'mandatory-procurement': [(w) => `${w.unit}${w.topic}采购项目中标（成交）结果公告`, (w) => `${w.unit}${w.year}年政府采购意向公开`],
  'mandatory-projects': [
    (w) => (w.hub ? `${w.pick(projectNames)}项目批准信息` : `${w.unit}${w.year}年重大建设项目批准和实施信息`),
    (w) => (w.hub ? `${w.pick(projectNames)}项目${w.year}年第${w.quarter}季度实施进展` : `${w.unit}${w.year}年第${w.quarter}季度重点项目实施进展`),
  ],
  'mandatory-welfare': [(w) => `${w.year}年${w.pick(welfareTopics)}工作情况`, (w) => `${w.unit}${w.pick(welfareTopics)}资金发放情况公示`],
  'mandatory-emergencies': [(w) => `${w.unit}突发事件总体应急预案`, (w) => `关于做好${w.year}年汛期地质灾害防范工作的预警通知`],
  'mandatory-inspection': [(w) => `${w.year}年${w.pick(inspectionTopics)}专项监督检查结果通报`, (w) => `${w.unit}“双随机、一公开”抽查结果`],
  'mandatory-personnel': [(w) => `${w.year}年${w.unit}公开招聘工作人员公告`, (w) => `${w.unit}${w.year}年拟录用公务员名单公示`, (w) => `${w.unit}干部任前公示`],
  'mandatory-other': [(w) => `${w.unit}${w.topic}工作简报（第${w.n}期）`],
  'annual-report': [(w) => `${w.unit}${w.year}年政府信息公开工作年度报告`],
}

/**
 * The abbreviation in each unit's document numbers (郴政发, 郴发改发, 北政发, …), unique in the group:
 * where two units would share one, the later takes more of its name.
 */
export function documentPrefixes(units: readonly { slug: string; shortName: string; kind: string }[]): Map<string, string> {
  const taken = new Set<string>()
  const out = new Map<string, string>()
  for (const unit of units) {
    const core = unit.shortName.replace(/^市/, '').replace(/(委员会|人民政府|政府|局|委|办|中心|区|县|市)$/, '') || unit.shortName
    const make = (n: number) => (unit.kind === 'hub' ? '郴政' : unit.kind === 'county' ? `${core.slice(0, n - 1)}政` : `郴${core.slice(0, n)}`) + '发'
    let n = 2
    while (taken.has(make(n)) && n <= core.length + 1) n++
    const prefix = taken.has(make(n)) ? `${make(n).slice(0, -1)}${unit.slug.slice(0, 2)}发` : make(n)
    taken.add(prefix)
    out.set(unit.slug, prefix)
  }
  return out
}
