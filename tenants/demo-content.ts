/**
 * Demo articles, taken from the city's 2010 government-information-disclosure report.
 * `site` is a unit slug; drafts show that visitors never see unpublished work.
 */
export interface DemoArticle {
  site: 'hub' | 'department' | 'county'
  slug: string
  title: string
  category: 'headline' | 'news' | 'notice'
  status: 'published' | 'draft'
  publishedAt: string
  summary: string
  paragraphs: string[]
}

export const demoArticles: DemoArticle[] = [
  {
    site: 'hub',
    slug: 'disclosure-annual-report-2010',
    title: '郴州市2010年政府信息公开工作年度报告',
    category: 'headline',
    status: 'published',
    publishedAt: '2011-03-28T09:00:00+08:00',
    summary: '2010年，我市认真贯彻落实《中华人民共和国政府信息公开条例》，全面推行政府信息公开，首次被评为全省政务公开工作先进市。',
    paragraphs: [
      '2010年,我市认真贯彻落实《中华人民共和国政府信息公开条例》,紧紧围绕“两城”建设的宏伟目标,深入推进行政权力公开透明运行,全面推行政府信息公开,提高工作效能,狠抓工作落实。',
      '2010年12月,在全省两年一度的政务公开工作先进单位评选中,我市近八年来首次被评为全省政务公开工作先进市。',
      '全年市政府门户网站共发布政务信息23360条;“市长信箱”共受理市民信件1950件,已处理1852件,回复率达95%;接到公民申请公开信件15件,回复6件。',
    ],
  },
  {
    site: 'hub',
    slug: 'website-group-integration',
    title: '我市政府系统网站整合工作取得阶段性成效',
    category: 'news',
    status: 'published',
    publishedAt: '2010-12-20T10:00:00+08:00',
    summary: '以市政府门户网站为主站、部门网站为子站的网站群体系初步形成，已完成网站整合的单位共43家。',
    paragraphs: [
      '根据市政府办《关于加快推进郴州市电子政务外网建设加强政府系统网站整合和管理工作的通知》(郴政办函[2010]120号)文件精神,我市信息化办开展了网站整合工作。',
      '整合后将建立以市政府门户网站为主站,以部门网站为子站,形成主站与若干子站集成的网站群体系。目前已完成网站整合的单位共43家。',
    ],
  },
  {
    site: 'hub',
    slug: 'catalogue-review-draft',
    title: '关于进一步规范政府信息公开目录编制工作的通知（征求意见稿）',
    category: 'notice',
    status: 'draft',
    publishedAt: '2026-11-20T09:00:00+08:00',
    summary: '草稿：尚未发布，公众不可见。',
    paragraphs: ['按照统一索引号规则，对全市103家单位的政府信息公开目录进行梳理。'],
  },
  {
    site: 'department',
    slug: 'approval-reform-2010',
    title: '市政务中心深化“两集中、两到位”改革',
    category: 'news',
    status: 'published',
    publishedAt: '2010-12-28T09:30:00+08:00',
    summary: '集中在政务中心办理的各类行政许可、非许可审批及公共服务事项共610项，按时办结率为99%。',
    paragraphs: [
      '进驻市政务中心设立窗口的市直、中省驻郴部门单位56个,常驻窗口工作人员205人,首席代表43人。',
      '2010年,中心共办理各类办件10万多件,办件总量比上一年翻一番,按时办结率为99%;即办件由上年的7%提升到50%。',
    ],
  },
  {
    site: 'department',
    slug: 'department-draft-plan',
    title: '2027年政务公开工作要点（草稿）',
    category: 'notice',
    status: 'draft',
    publishedAt: '2026-11-22T09:00:00+08:00',
    summary: '草稿：尚未发布。',
    paragraphs: ['草稿内容，仅本单位编辑可见。'],
  },
  {
    site: 'county',
    slug: 'county-disclosure-column',
    title: '我区在门户网站显著位置设置信息公开专栏',
    category: 'news',
    status: 'published',
    publishedAt: '2010-11-15T15:00:00+08:00',
    summary: '信息公开专栏与市政府门户网站链接，拓宽政务信息公开的广度。',
    paragraphs: ['按照全市网站群建设要求,在本单位门户网站的显著位置设置了信息公开专栏,与市政府门户网站链接。'],
  },
]

/** Demo disclosure items; `column` is a catalogue key (src/disclosure/catalogue.ts). */
export interface DemoDisclosure {
  site: 'hub' | 'department' | 'county'
  column: string
  title: string
  documentNumber?: string
  writtenAt?: string
  publishedAt: string
  subjects: string[]
  status: 'published' | 'draft'
  paragraphs: string[]
}

export const demoDisclosures: DemoDisclosure[] = [
  {
    site: 'hub',
    column: 'annual-report',
    title: '郴州市2010年政府信息公开工作年度报告',
    publishedAt: '2011-03-28T09:00:00+08:00',
    subjects: ['政府信息公开', '年度报告'],
    status: 'published',
    paragraphs: ['全年市政府门户网站共发布政务信息23360条;“市长信箱”共受理市民信件1950件,已处理1852件,回复率达95%。'],
  },
  {
    site: 'hub',
    column: 'rules',
    title: '郴州市政府信息公开工作制度',
    documentNumber: '郴政办发〔2010〕8号',
    writtenAt: '2010-03-01',
    publishedAt: '2010-03-05T10:00:00+08:00',
    subjects: ['信息公开', '制度'],
    status: 'published',
    paragraphs: ['明确了政府信息主动公开工作的程序及流程,建立健全了主动公开制度、依申请公开制度、信息发布协调制度、保密审查制度等相关配套制度。'],
  },
  {
    site: 'hub',
    column: 'mandatory-policy',
    title: '关于加快推进郴州市电子政务外网建设加强政府系统网站整合和管理工作的通知',
    documentNumber: '郴政办函〔2010〕120号',
    writtenAt: '2010-06-18',
    publishedAt: '2010-06-21T09:00:00+08:00',
    subjects: ['电子政务', '网站整合'],
    status: 'published',
    paragraphs: ['建立以市政府门户网站为主站,以部门网站为子站,形成主站与若干子站集成的网站群体系。'],
  },
  {
    site: 'department',
    column: 'mandatory-budget',
    title: '2010年部门预算公开说明',
    publishedAt: '2010-04-15T09:00:00+08:00',
    subjects: ['财政预算'],
    status: 'published',
    paragraphs: ['探索财政预算公开的有效方式,重点公开涉及人、财、物以及与群众利益密切相关的政府信息。'],
  },
  {
    site: 'department',
    column: 'mandatory-licensing',
    title: '行政审批事项目录（第二轮清理后）',
    publishedAt: '2010-12-30T09:00:00+08:00',
    subjects: ['行政审批', '服务事项'],
    status: 'draft',
    paragraphs: ['集中在政务中心办理的各类行政许可、非许可审批及公共服务事项共610项。'],
  },
]
