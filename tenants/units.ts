import type { UnitSeed } from './types'

/**
 * The site group of a prefecture-level city modelled on 郴州市: 103 publishing units, of which the
 * portal and 43 integrated department, county and zone sites have sub-sites (the 2010 report:
 * "对103家相关单位进行信息采集", "已完成网站整合的单位共43家"). Codes, record numbers, phones and
 * site identifiers are illustrative, not real.
 */
export const hubSlug = 'portal'

export const units: UnitSeed[] = [
  {
    "slug": "portal",
    "name": "郴州市人民政府",
    "shortName": "市政府门户",
    "kind": "hub",
    "unitCode": "431000002",
    "hasSubSite": true,
    "domains": [
      "www.czs.gov.cn",
      "czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市五岭大道1号",
      "phone": "0735-2000000",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）",
      "email": "zfb@czs.gov.cn"
    },
    "sortOrder": 0,
    "siteCode": "4310000000",
    "icp": "湘ICP备5001000号",
    "psb": "湘公网安备 43100202000100号"
  },
  {
    "slug": "fgw",
    "name": "郴州市发展和改革委员会",
    "shortName": "市发改委",
    "kind": "department",
    "unitCode": "431000372",
    "hasSubSite": true,
    "domains": [
      "fgw.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市国庆北路18号",
      "phone": "0735-2007919",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 10,
    "siteCode": "4310000001",
    "icp": "湘ICP备5001013号",
    "psb": "湘公网安备 43100202000107号"
  },
  {
    "slug": "jyj",
    "name": "郴州市教育局",
    "shortName": "市教育局",
    "kind": "department",
    "unitCode": "431000746",
    "hasSubSite": true,
    "domains": [
      "jyj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市人民西路35号",
      "phone": "0735-2015838",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 20,
    "siteCode": "4310000002",
    "icp": "湘ICP备5001026号",
    "psb": "湘公网安备 43100202000114号"
  },
  {
    "slug": "gxj",
    "name": "郴州市工业和信息化局",
    "shortName": "市工信局",
    "kind": "department",
    "unitCode": "431001111",
    "hasSubSite": true,
    "domains": [
      "gxj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市郴州大道52号",
      "phone": "0735-2023757",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 30,
    "siteCode": "4310000003",
    "icp": "湘ICP备5001039号",
    "psb": "湘公网安备 43100202000121号"
  },
  {
    "slug": "gaj",
    "name": "郴州市公安局",
    "shortName": "市公安局",
    "kind": "department",
    "unitCode": "431001481",
    "hasSubSite": true,
    "domains": [
      "gaj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市青年大道69号",
      "phone": "0735-2031676",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 40,
    "siteCode": "4310000004",
    "icp": "湘ICP备5001052号",
    "psb": "湘公网安备 43100202000128号"
  },
  {
    "slug": "mzj",
    "name": "郴州市民政局",
    "shortName": "市民政局",
    "kind": "department",
    "unitCode": "431001855",
    "hasSubSite": true,
    "domains": [
      "mzj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市燕泉路86号",
      "phone": "0735-2039595",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 50,
    "siteCode": "4310000005",
    "icp": "湘ICP备5001065号",
    "psb": "湘公网安备 43100202000135号"
  },
  {
    "slug": "sfj",
    "name": "郴州市司法局",
    "shortName": "市司法局",
    "kind": "department",
    "unitCode": "431002220",
    "hasSubSite": true,
    "domains": [
      "sfj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市苏仙北路103号",
      "phone": "0735-2047514",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 60,
    "siteCode": "4310000006",
    "icp": "湘ICP备5001078号",
    "psb": "湘公网安备 43100202000142号"
  },
  {
    "slug": "czj",
    "name": "郴州市财政局",
    "shortName": "市财政局",
    "kind": "department",
    "unitCode": "431002590",
    "hasSubSite": true,
    "domains": [
      "czj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市飞天山大道120号",
      "phone": "0735-2055433",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 70,
    "siteCode": "4310000007",
    "icp": "湘ICP备5001091号",
    "psb": "湘公网安备 43100202000149号"
  },
  {
    "slug": "rsj",
    "name": "郴州市人力资源和社会保障局",
    "shortName": "市人社局",
    "kind": "department",
    "unitCode": "431002964",
    "hasSubSite": true,
    "domains": [
      "rsj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市香雪路137号",
      "phone": "0735-2063352",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 80,
    "siteCode": "4310000008",
    "icp": "湘ICP备5001104号",
    "psb": "湘公网安备 43100202000156号"
  },
  {
    "slug": "zrzyj",
    "name": "郴州市自然资源和规划局",
    "shortName": "市自然资源和规划局",
    "kind": "department",
    "unitCode": "43100333X",
    "hasSubSite": true,
    "domains": [
      "zrzyj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市南岭大道154号",
      "phone": "0735-2071271",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 90,
    "siteCode": "4310000009",
    "icp": "湘ICP备5001117号",
    "psb": "湘公网安备 43100202000163号"
  },
  {
    "slug": "sthjj",
    "name": "郴州市生态环境局",
    "shortName": "市生态环境局",
    "kind": "department",
    "unitCode": "431003703",
    "hasSubSite": true,
    "domains": [
      "sthjj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市拥军路171号",
      "phone": "0735-2079190",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 100,
    "siteCode": "4310000010",
    "icp": "湘ICP备5001130号",
    "psb": "湘公网安备 43100202000170号"
  },
  {
    "slug": "zjj",
    "name": "郴州市住房和城乡建设局",
    "shortName": "市住建局",
    "kind": "department",
    "unitCode": "431004075",
    "hasSubSite": true,
    "domains": [
      "zjj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市北湖路188号",
      "phone": "0735-2087109",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 110,
    "siteCode": "4310000011",
    "icp": "湘ICP备5001143号",
    "psb": "湘公网安备 43100202000177号"
  },
  {
    "slug": "jtj",
    "name": "郴州市交通运输局",
    "shortName": "市交通运输局",
    "kind": "department",
    "unitCode": "431004449",
    "hasSubSite": true,
    "domains": [
      "jtj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市五岭大道205号",
      "phone": "0735-2095028",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 120,
    "siteCode": "4310000012",
    "icp": "湘ICP备5001156号",
    "psb": "湘公网安备 43100202000184号"
  },
  {
    "slug": "slj",
    "name": "郴州市水利局",
    "shortName": "市水利局",
    "kind": "department",
    "unitCode": "431004812",
    "hasSubSite": true,
    "domains": [
      "slj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市国庆北路222号",
      "phone": "0735-2102947",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 130,
    "siteCode": "4310000013",
    "icp": "湘ICP备5001169号",
    "psb": "湘公网安备 43100202000191号"
  },
  {
    "slug": "nyncj",
    "name": "郴州市农业农村局",
    "shortName": "市农业农村局",
    "kind": "department",
    "unitCode": "431005184",
    "hasSubSite": true,
    "domains": [
      "nyncj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市人民西路239号",
      "phone": "0735-2110866",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 140,
    "siteCode": "4310000014",
    "icp": "湘ICP备5001182号",
    "psb": "湘公网安备 43100202000198号"
  },
  {
    "slug": "swj",
    "name": "郴州市商务局",
    "shortName": "市商务局",
    "kind": "department",
    "unitCode": "431005558",
    "hasSubSite": true,
    "domains": [
      "swj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市郴州大道256号",
      "phone": "0735-2118785",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 150,
    "siteCode": "4310000015",
    "icp": "湘ICP备5001195号",
    "psb": "湘公网安备 43100202000205号"
  },
  {
    "slug": "wlgtj",
    "name": "郴州市文化旅游广电体育局",
    "shortName": "市文旅广体局",
    "kind": "department",
    "unitCode": "431005921",
    "hasSubSite": true,
    "domains": [
      "wlgtj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市青年大道273号",
      "phone": "0735-2126704",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 160,
    "siteCode": "4310000016",
    "icp": "湘ICP备5001208号",
    "psb": "湘公网安备 43100202000212号"
  },
  {
    "slug": "wjw",
    "name": "郴州市卫生健康委员会",
    "shortName": "市卫健委",
    "kind": "department",
    "unitCode": "431006293",
    "hasSubSite": true,
    "domains": [
      "wjw.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市燕泉路290号",
      "phone": "0735-2134623",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 170,
    "siteCode": "4310000017",
    "icp": "湘ICP备5001221号",
    "psb": "湘公网安备 43100202000219号"
  },
  {
    "slug": "tyjrj",
    "name": "郴州市退役军人事务局",
    "shortName": "市退役军人事务局",
    "kind": "department",
    "unitCode": "431006667",
    "hasSubSite": true,
    "domains": [
      "tyjrj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市苏仙北路7号",
      "phone": "0735-2142542",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 180,
    "siteCode": "4310000018",
    "icp": "湘ICP备5001234号",
    "psb": "湘公网安备 43100202000226号"
  },
  {
    "slug": "yjglj",
    "name": "郴州市应急管理局",
    "shortName": "市应急管理局",
    "kind": "department",
    "unitCode": "431007032",
    "hasSubSite": true,
    "domains": [
      "yjglj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市飞天山大道24号",
      "phone": "0735-2150461",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 190,
    "siteCode": "4310000019",
    "icp": "湘ICP备5001247号",
    "psb": "湘公网安备 43100202000233号"
  },
  {
    "slug": "sjj",
    "name": "郴州市审计局",
    "shortName": "市审计局",
    "kind": "department",
    "unitCode": "431007406",
    "hasSubSite": true,
    "domains": [
      "sjj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市香雪路41号",
      "phone": "0735-2158380",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 200,
    "siteCode": "4310000020",
    "icp": "湘ICP备5001260号",
    "psb": "湘公网安备 43100202000240号"
  },
  {
    "slug": "scjgj",
    "name": "郴州市市场监督管理局",
    "shortName": "市市场监管局",
    "kind": "department",
    "unitCode": "431007776",
    "hasSubSite": true,
    "domains": [
      "scjgj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市南岭大道58号",
      "phone": "0735-2166299",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 210,
    "siteCode": "4310000021",
    "icp": "湘ICP备5001273号",
    "psb": "湘公网安备 43100202000247号"
  },
  {
    "slug": "tjj",
    "name": "郴州市统计局",
    "shortName": "市统计局",
    "kind": "department",
    "unitCode": "431008141",
    "hasSubSite": true,
    "domains": [
      "tjj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市拥军路75号",
      "phone": "0735-2174218",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 220,
    "siteCode": "4310000022",
    "icp": "湘ICP备5001286号",
    "psb": "湘公网安备 43100202000254号"
  },
  {
    "slug": "ybj",
    "name": "郴州市医疗保障局",
    "shortName": "市医保局",
    "kind": "department",
    "unitCode": "431008515",
    "hasSubSite": true,
    "domains": [
      "ybj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市北湖路92号",
      "phone": "0735-2182137",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 230,
    "siteCode": "4310000023",
    "icp": "湘ICP备5001299号",
    "psb": "湘公网安备 43100202000261号"
  },
  {
    "slug": "lyj",
    "name": "郴州市林业局",
    "shortName": "市林业局",
    "kind": "department",
    "unitCode": "431008885",
    "hasSubSite": true,
    "domains": [
      "lyj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市五岭大道109号",
      "phone": "0735-2190056",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 240,
    "siteCode": "4310000024",
    "icp": "湘ICP备5001312号",
    "psb": "湘公网安备 43100202000268号"
  },
  {
    "slug": "xzspj",
    "name": "郴州市行政审批服务局",
    "shortName": "市行政审批服务局",
    "kind": "department",
    "unitCode": "431009250",
    "hasSubSite": true,
    "domains": [
      "xzspj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市国庆北路126号",
      "phone": "0735-2197975",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 250,
    "siteCode": "4310000025",
    "icp": "湘ICP备5001325号",
    "psb": "湘公网安备 43100202000275号"
  },
  {
    "slug": "xfj",
    "name": "郴州市信访局",
    "shortName": "市信访局",
    "kind": "department",
    "unitCode": "431009624",
    "hasSubSite": true,
    "domains": [
      "xfj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市人民西路143号",
      "phone": "0735-2205894",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 260,
    "siteCode": "4310000026",
    "icp": "湘ICP备5001338号",
    "psb": "湘公网安备 43100202000282号"
  },
  {
    "slug": "sjzyj",
    "name": "郴州市数据资源局",
    "shortName": "市数据资源局",
    "kind": "department",
    "unitCode": "431009994",
    "hasSubSite": true,
    "domains": [
      "sjzyj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市郴州大道160号",
      "phone": "0735-2213813",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 270,
    "siteCode": "4310000027",
    "icp": "湘ICP备5001351号",
    "psb": "湘公网安备 43100202000289号"
  },
  {
    "slug": "cgj",
    "name": "郴州市城市管理和综合执法局",
    "shortName": "市城管执法局",
    "kind": "department",
    "unitCode": "43101036X",
    "hasSubSite": true,
    "domains": [
      "cgj.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市青年大道177号",
      "phone": "0735-2221732",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 280,
    "siteCode": "4310000028",
    "icp": "湘ICP备5001364号",
    "psb": "湘公网安备 43100202000296号"
  },
  {
    "slug": "gzw",
    "name": "郴州市国有资产监督管理委员会",
    "shortName": "市国资委",
    "kind": "department",
    "unitCode": "431010733",
    "hasSubSite": true,
    "domains": [
      "gzw.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市燕泉路194号",
      "phone": "0735-2229651",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 290,
    "siteCode": "4310000029",
    "icp": "湘ICP备5001377号",
    "psb": "湘公网安备 43100202000303号"
  },
  {
    "slug": "ggzy",
    "name": "郴州市公共资源交易中心",
    "shortName": "市公共资源交易中心",
    "kind": "department",
    "unitCode": "431011109",
    "hasSubSite": true,
    "domains": [
      "ggzy.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市苏仙北路211号",
      "phone": "0735-2237570",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 300,
    "siteCode": "4310000030",
    "icp": "湘ICP备5001390号",
    "psb": "湘公网安备 43100202000310号"
  },
  {
    "slug": "gfb",
    "name": "郴州市人民政府办公室",
    "shortName": "市政府办",
    "kind": "department",
    "unitCode": "431011479",
    "hasSubSite": true,
    "domains": [
      "gfb.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市飞天山大道228号",
      "phone": "0735-2245489",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 310,
    "siteCode": "4310000031",
    "icp": "湘ICP备5001403号",
    "psb": "湘公网安备 43100202000317号"
  },
  {
    "slug": "zwzx",
    "name": "郴州市政务服务中心",
    "shortName": "市政务服务中心",
    "kind": "department",
    "unitCode": "431011842",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市香雪路245号",
      "phone": "0735-2253408",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 320
  },
  {
    "slug": "beihu",
    "name": "郴州市北湖区人民政府",
    "shortName": "北湖区",
    "kind": "county",
    "unitCode": "431012218",
    "hasSubSite": true,
    "domains": [
      "www.bhq.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市南岭大道262号",
      "phone": "0735-2261327",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 330,
    "siteCode": "4310000033",
    "icp": "湘ICP备5001429号",
    "psb": "湘公网安备 43100202000331号"
  },
  {
    "slug": "suxian",
    "name": "郴州市苏仙区人民政府",
    "shortName": "苏仙区",
    "kind": "county",
    "unitCode": "431012588",
    "hasSubSite": true,
    "domains": [
      "www.sxq.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市拥军路279号",
      "phone": "0735-2269246",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 340,
    "siteCode": "4310000034",
    "icp": "湘ICP备5001442号",
    "psb": "湘公网安备 43100202000338号"
  },
  {
    "slug": "guiyang",
    "name": "桂阳县人民政府",
    "shortName": "桂阳县",
    "kind": "county",
    "unitCode": "431012951",
    "hasSubSite": true,
    "domains": [
      "www.hngy.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市北湖路296号",
      "phone": "0735-2277165",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 350,
    "siteCode": "4310000035",
    "icp": "湘ICP备5001455号",
    "psb": "湘公网安备 43100202000345号"
  },
  {
    "slug": "yizhang",
    "name": "宜章县人民政府",
    "shortName": "宜章县",
    "kind": "county",
    "unitCode": "431013327",
    "hasSubSite": true,
    "domains": [
      "www.yzx.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市五岭大道13号",
      "phone": "0735-2285084",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 360,
    "siteCode": "4310000036",
    "icp": "湘ICP备5001468号",
    "psb": "湘公网安备 43100202000352号"
  },
  {
    "slug": "yongxing",
    "name": "永兴县人民政府",
    "shortName": "永兴县",
    "kind": "county",
    "unitCode": "431013697",
    "hasSubSite": true,
    "domains": [
      "www.yxx.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市国庆北路30号",
      "phone": "0735-2293003",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 370,
    "siteCode": "4310000037",
    "icp": "湘ICP备5001481号",
    "psb": "湘公网安备 43100202000359号"
  },
  {
    "slug": "jiahe",
    "name": "嘉禾县人民政府",
    "shortName": "嘉禾县",
    "kind": "county",
    "unitCode": "431014062",
    "hasSubSite": true,
    "domains": [
      "www.jiahe.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市人民西路47号",
      "phone": "0735-2300922",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 380,
    "siteCode": "4310000038",
    "icp": "湘ICP备5001494号",
    "psb": "湘公网安备 43100202000366号"
  },
  {
    "slug": "linwu",
    "name": "临武县人民政府",
    "shortName": "临武县",
    "kind": "county",
    "unitCode": "431014436",
    "hasSubSite": true,
    "domains": [
      "www.linwu.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市郴州大道64号",
      "phone": "0735-2308841",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 390,
    "siteCode": "4310000039",
    "icp": "湘ICP备5001507号",
    "psb": "湘公网安备 43100202000373号"
  },
  {
    "slug": "rucheng",
    "name": "汝城县人民政府",
    "shortName": "汝城县",
    "kind": "county",
    "unitCode": "43101480X",
    "hasSubSite": true,
    "domains": [
      "www.rucheng.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市青年大道81号",
      "phone": "0735-2316760",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 400,
    "siteCode": "4310000040",
    "icp": "湘ICP备5001520号",
    "psb": "湘公网安备 43100202000380号"
  },
  {
    "slug": "guidong",
    "name": "桂东县人民政府",
    "shortName": "桂东县",
    "kind": "county",
    "unitCode": "431015171",
    "hasSubSite": true,
    "domains": [
      "www.guidong.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市燕泉路98号",
      "phone": "0735-2324679",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 410,
    "siteCode": "4310000041",
    "icp": "湘ICP备5001533号",
    "psb": "湘公网安备 43100202000387号"
  },
  {
    "slug": "anren",
    "name": "安仁县人民政府",
    "shortName": "安仁县",
    "kind": "county",
    "unitCode": "431015545",
    "hasSubSite": true,
    "domains": [
      "www.anren.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市苏仙北路115号",
      "phone": "0735-2332598",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 420,
    "siteCode": "4310000042",
    "icp": "湘ICP备5001546号",
    "psb": "湘公网安备 43100202000394号"
  },
  {
    "slug": "zixing",
    "name": "资兴市人民政府",
    "shortName": "资兴市",
    "kind": "county",
    "unitCode": "431015919",
    "hasSubSite": true,
    "domains": [
      "www.zixing.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市飞天山大道132号",
      "phone": "0735-2340517",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 430,
    "siteCode": "4310000043",
    "icp": "湘ICP备5001559号",
    "psb": "湘公网安备 43100202000401号"
  },
  {
    "slug": "gxq",
    "name": "郴州高新技术产业开发区管理委员会",
    "shortName": "郴州高新区",
    "kind": "zone",
    "unitCode": "431016280",
    "hasSubSite": true,
    "domains": [
      "gxq.czs.gov.cn"
    ],
    "contact": {
      "address": "湖南省郴州市香雪路149号",
      "phone": "0735-2348436",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 440,
    "siteCode": "4310000044",
    "icp": "湘ICP备5001572号",
    "psb": "湘公网安备 43100202000408号"
  },
  {
    "slug": "jkq",
    "name": "郴州经济开发区管理委员会",
    "shortName": "郴州经开区",
    "kind": "zone",
    "unitCode": "431016654",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市南岭大道166号",
      "phone": "0735-2356355",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 450
  },
  {
    "slug": "xsbq",
    "name": "湘南湘西承接产业转移示范区郴州片区",
    "shortName": "承接产业转移示范区",
    "kind": "zone",
    "unitCode": "43101702X",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市拥军路183号",
      "phone": "0735-2364274",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 460
  },
  {
    "slug": "zhsbq",
    "name": "郴州综合保税区管理委员会",
    "shortName": "郴州综保区",
    "kind": "zone",
    "unitCode": "43101739X",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市北湖路200号",
      "phone": "0735-2372193",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 470
  },
  {
    "slug": "gyyy",
    "name": "郴州有色金属产业园区",
    "shortName": "有色金属产业园区",
    "kind": "zone",
    "unitCode": "431017763",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市五岭大道217号",
      "phone": "0735-2380112",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 480
  },
  {
    "slug": "dwh",
    "name": "郴州东江湖旅游区管理局",
    "shortName": "东江湖旅游区",
    "kind": "zone",
    "unitCode": "431018139",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市国庆北路234号",
      "phone": "0735-2388031",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 490
  },
  {
    "slug": "mzzj",
    "name": "郴州市民族宗教事务委员会",
    "shortName": "市民宗委",
    "kind": "department",
    "unitCode": "431018502",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市人民西路251号",
      "phone": "0735-2395950",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 500
  },
  {
    "slug": "kjj",
    "name": "郴州市科学技术局",
    "shortName": "市科技局",
    "kind": "department",
    "unitCode": "431018872",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市郴州大道268号",
      "phone": "0735-2403869",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 510
  },
  {
    "slug": "tyj",
    "name": "郴州市体育事业发展中心",
    "shortName": "市体育中心",
    "kind": "department",
    "unitCode": "431019248",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市青年大道285号",
      "phone": "0735-2411788",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 520
  },
  {
    "slug": "rfb",
    "name": "郴州市人民防空办公室",
    "shortName": "市人防办",
    "kind": "department",
    "unitCode": "431019611",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市燕泉路2号",
      "phone": "0735-2419707",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 530
  },
  {
    "slug": "swglj",
    "name": "郴州市机关事务管理局",
    "shortName": "市机关事务局",
    "kind": "department",
    "unitCode": "431019981",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市苏仙北路19号",
      "phone": "0735-2427626",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 540
  },
  {
    "slug": "gxs",
    "name": "郴州市供销合作社联合社",
    "shortName": "市供销社",
    "kind": "department",
    "unitCode": "431020357",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市飞天山大道36号",
      "phone": "0735-2435545",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 550
  },
  {
    "slug": "lsj",
    "name": "郴州市粮食和物资储备中心",
    "shortName": "市粮储中心",
    "kind": "department",
    "unitCode": "431020720",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市香雪路53号",
      "phone": "0735-2443464",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 560
  },
  {
    "slug": "dzj",
    "name": "郴州市地方志编纂室",
    "shortName": "市地方志编纂室",
    "kind": "department",
    "unitCode": "431021092",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市南岭大道70号",
      "phone": "0735-2451383",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 570
  },
  {
    "slug": "daj",
    "name": "郴州市档案馆",
    "shortName": "市档案馆",
    "kind": "department",
    "unitCode": "431021466",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市拥军路87号",
      "phone": "0735-2459302",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 580
  },
  {
    "slug": "qxj",
    "name": "郴州市气象局",
    "shortName": "市气象局",
    "kind": "department",
    "unitCode": "43102183X",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市北湖路104号",
      "phone": "0735-2467221",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 590
  },
  {
    "slug": "dzgj",
    "name": "郴州市地震局",
    "shortName": "市地震局",
    "kind": "department",
    "unitCode": "431022205",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市五岭大道121号",
      "phone": "0735-2475140",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 600
  },
  {
    "slug": "swj2",
    "name": "国家税务总局郴州市税务局",
    "shortName": "市税务局",
    "kind": "department",
    "unitCode": "431022575",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市国庆北路138号",
      "phone": "0735-2483059",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 610
  },
  {
    "slug": "ycj",
    "name": "郴州市烟草专卖局",
    "shortName": "市烟草专卖局",
    "kind": "department",
    "unitCode": "431022949",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市人民西路155号",
      "phone": "0735-2490978",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 620
  },
  {
    "slug": "ylj",
    "name": "郴州市邮政管理局",
    "shortName": "市邮政管理局",
    "kind": "department",
    "unitCode": "431023314",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市郴州大道172号",
      "phone": "0735-2498897",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 630
  },
  {
    "slug": "gjj",
    "name": "郴州市住房公积金管理中心",
    "shortName": "市公积金中心",
    "kind": "department",
    "unitCode": "431023684",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市青年大道189号",
      "phone": "0735-2506816",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 640
  },
  {
    "slug": "sbj",
    "name": "郴州市社会保险服务中心",
    "shortName": "市社保中心",
    "kind": "department",
    "unitCode": "43102405X",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市燕泉路206号",
      "phone": "0735-2514735",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 650
  },
  {
    "slug": "jyfw",
    "name": "郴州市就业服务中心",
    "shortName": "市就业服务中心",
    "kind": "department",
    "unitCode": "431024423",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市苏仙北路223号",
      "phone": "0735-2522654",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 660
  },
  {
    "slug": "cdc",
    "name": "郴州市疾病预防控制中心",
    "shortName": "市疾控中心",
    "kind": "department",
    "unitCode": "431024793",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市飞天山大道240号",
      "phone": "0735-2530573",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 670
  },
  {
    "slug": "dyrmyy",
    "name": "郴州市第一人民医院",
    "shortName": "市第一人民医院",
    "kind": "department",
    "unitCode": "431025169",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市香雪路257号",
      "phone": "0735-2538492",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 680
  },
  {
    "slug": "zyy",
    "name": "郴州市中医医院",
    "shortName": "市中医医院",
    "kind": "department",
    "unitCode": "431025532",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市南岭大道274号",
      "phone": "0735-2546411",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 690
  },
  {
    "slug": "fybj",
    "name": "郴州市妇幼保健院",
    "shortName": "市妇幼保健院",
    "kind": "department",
    "unitCode": "431025906",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市拥军路291号",
      "phone": "0735-2554330",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 700
  },
  {
    "slug": "zyjs",
    "name": "郴州职业技术学院",
    "shortName": "郴州职院",
    "kind": "department",
    "unitCode": "431026278",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市北湖路8号",
      "phone": "0735-2562249",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 710
  },
  {
    "slug": "yz1",
    "name": "郴州市第一中学",
    "shortName": "市一中",
    "kind": "department",
    "unitCode": "431026641",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市五岭大道25号",
      "phone": "0735-2570168",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 720
  },
  {
    "slug": "tsg",
    "name": "郴州市图书馆",
    "shortName": "市图书馆",
    "kind": "department",
    "unitCode": "431027017",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市国庆北路42号",
      "phone": "0735-2578087",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 730
  },
  {
    "slug": "bwg",
    "name": "郴州市博物馆",
    "shortName": "市博物馆",
    "kind": "department",
    "unitCode": "431027387",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市人民西路59号",
      "phone": "0735-2586006",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 740
  },
  {
    "slug": "jlj",
    "name": "郴州市消防救援支队",
    "shortName": "市消防救援支队",
    "kind": "department",
    "unitCode": "431027750",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市郴州大道76号",
      "phone": "0735-2593925",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 750
  },
  {
    "slug": "hbsw",
    "name": "郴州市水文水资源勘测中心",
    "shortName": "市水文中心",
    "kind": "department",
    "unitCode": "431028126",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市青年大道93号",
      "phone": "0735-2601844",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 760
  },
  {
    "slug": "nky",
    "name": "郴州市农业科学研究所",
    "shortName": "市农科所",
    "kind": "department",
    "unitCode": "431028496",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市燕泉路110号",
      "phone": "0735-2609763",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 770
  },
  {
    "slug": "lky",
    "name": "郴州市林业科学研究所",
    "shortName": "市林科所",
    "kind": "department",
    "unitCode": "43102886X",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市苏仙北路127号",
      "phone": "0735-2617682",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 780
  },
  {
    "slug": "jyzx",
    "name": "郴州市公证处",
    "shortName": "市公证处",
    "kind": "department",
    "unitCode": "431029235",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市飞天山大道144号",
      "phone": "0735-2625601",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 790
  },
  {
    "slug": "flyz",
    "name": "郴州市法律援助中心",
    "shortName": "市法律援助中心",
    "kind": "department",
    "unitCode": "431029609",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市香雪路161号",
      "phone": "0735-2633520",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 800
  },
  {
    "slug": "hszh",
    "name": "郴州市红十字会",
    "shortName": "市红十字会",
    "kind": "department",
    "unitCode": "431029979",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市南岭大道178号",
      "phone": "0735-2641439",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 810
  },
  {
    "slug": "cjrl",
    "name": "郴州市残疾人联合会",
    "shortName": "市残联",
    "kind": "department",
    "unitCode": "431030344",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市拥军路195号",
      "phone": "0735-2649358",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 820
  },
  {
    "slug": "zgh",
    "name": "郴州市总工会",
    "shortName": "市总工会",
    "kind": "department",
    "unitCode": "431030718",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市北湖路212号",
      "phone": "0735-2657277",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 830
  },
  {
    "slug": "tw",
    "name": "共青团郴州市委",
    "shortName": "团市委",
    "kind": "department",
    "unitCode": "43103108X",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市五岭大道229号",
      "phone": "0735-2665196",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 840
  },
  {
    "slug": "fl",
    "name": "郴州市妇女联合会",
    "shortName": "市妇联",
    "kind": "department",
    "unitCode": "431031453",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市国庆北路246号",
      "phone": "0735-2673115",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 850
  },
  {
    "slug": "gs",
    "name": "郴州市自来水有限责任公司",
    "shortName": "市自来水公司",
    "kind": "enterprise",
    "unitCode": "431031827",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市人民西路263号",
      "phone": "0735-2681034",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 860
  },
  {
    "slug": "rq",
    "name": "郴州华润燃气有限公司",
    "shortName": "华润燃气",
    "kind": "enterprise",
    "unitCode": "431032199",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市郴州大道280号",
      "phone": "0735-2688953",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 870
  },
  {
    "slug": "dl",
    "name": "国网郴州供电公司",
    "shortName": "郴州供电公司",
    "kind": "enterprise",
    "unitCode": "431032562",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市青年大道297号",
      "phone": "0735-2696872",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 880
  },
  {
    "slug": "gj",
    "name": "郴州市公共交通有限责任公司",
    "shortName": "市公交公司",
    "kind": "enterprise",
    "unitCode": "431032936",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市燕泉路14号",
      "phone": "0735-2704791",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 890
  },
  {
    "slug": "ct",
    "name": "郴州市城市建设投资发展集团有限公司",
    "shortName": "市城投集团",
    "kind": "enterprise",
    "unitCode": "431033301",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市苏仙北路31号",
      "phone": "0735-2712710",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 900
  },
  {
    "slug": "fc",
    "name": "郴州市房产管理服务中心",
    "shortName": "市房产中心",
    "kind": "enterprise",
    "unitCode": "431033671",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市飞天山大道48号",
      "phone": "0735-2720629",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 910
  },
  {
    "slug": "ws",
    "name": "郴州市污水处理有限公司",
    "shortName": "市污水处理公司",
    "kind": "enterprise",
    "unitCode": "431034047",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市香雪路65号",
      "phone": "0735-2728548",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 920
  },
  {
    "slug": "hw",
    "name": "郴州市环境卫生服务中心",
    "shortName": "市环卫中心",
    "kind": "enterprise",
    "unitCode": "431034410",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市南岭大道82号",
      "phone": "0735-2736467",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 930
  },
  {
    "slug": "yl",
    "name": "郴州市殡葬服务中心",
    "shortName": "市殡葬服务中心",
    "kind": "enterprise",
    "unitCode": "431034780",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市拥军路99号",
      "phone": "0735-2744386",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 940
  },
  {
    "slug": "dx",
    "name": "中国电信郴州分公司",
    "shortName": "郴州电信",
    "kind": "enterprise",
    "unitCode": "431035156",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市北湖路116号",
      "phone": "0735-2752305",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 950
  },
  {
    "slug": "yd",
    "name": "中国移动郴州分公司",
    "shortName": "郴州移动",
    "kind": "enterprise",
    "unitCode": "43103552X",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市五岭大道133号",
      "phone": "0735-2760224",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 960
  },
  {
    "slug": "lt",
    "name": "中国联通郴州市分公司",
    "shortName": "郴州联通",
    "kind": "enterprise",
    "unitCode": "43103589X",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市国庆北路150号",
      "phone": "0735-2768143",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 970
  },
  {
    "slug": "yz",
    "name": "中国邮政集团郴州市分公司",
    "shortName": "郴州邮政",
    "kind": "enterprise",
    "unitCode": "431036265",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市人民西路167号",
      "phone": "0735-2776062",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 980
  },
  {
    "slug": "tl",
    "name": "郴州火车站",
    "shortName": "郴州火车站",
    "kind": "enterprise",
    "unitCode": "431036639",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市郴州大道184号",
      "phone": "0735-2783981",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 990
  },
  {
    "slug": "jc",
    "name": "郴州北湖机场有限公司",
    "shortName": "北湖机场",
    "kind": "enterprise",
    "unitCode": "431037004",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市青年大道201号",
      "phone": "0735-2791900",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 1000
  },
  {
    "slug": "rb",
    "name": "郴州日报社",
    "shortName": "郴州日报社",
    "kind": "enterprise",
    "unitCode": "431037374",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市国庆北路218号",
      "phone": "0735-2799819",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 1010
  },
  {
    "slug": "gdt",
    "name": "郴州广播电视台",
    "shortName": "郴州广播电视台",
    "kind": "enterprise",
    "unitCode": "431037748",
    "hasSubSite": false,
    "domains": [],
    "contact": {
      "address": "湖南省郴州市国庆北路235号",
      "phone": "0735-2807738",
      "officeHours": "工作日 上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00）"
    },
    "sortOrder": 1020
  }
]
