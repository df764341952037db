import type { Payload } from 'payload'
import { inTransaction } from '../../db/transaction'
import { hashPassword } from '../../shared/credentials'
import { relationId } from '../../shared/ids'
import type { ID } from '../../access/roles'
import { buildReport } from '../../report/build'
import { readReportFigures } from '../../report/reads/figures'
import type { EnteredParts } from '../../report/template'
import { reportBlocks } from '../../report/blocks'
import { blocksToLexical } from './bodies'
import { random } from './plan'

/**
 * A past year (two years back, so the living demo's records do not mix in) in which the city's
 * records reproduce the seed's own figures where the 2021 template has a place for them: 15
 * applications, 6 of them answered with the information (予以公开); 1,950 letters to the 市长信箱,
 * 1,852 handled within the year (95%). The city's report for that year is filed and published on
 * time; the demo department's is published late, so the hub's Art. 49 list shows both.
 */
export const demoReportYear = (today: Date) => new Date(today.getTime() + 8 * 3600_000).getUTCFullYear() - 2

const seedLetters = { received: 1950, handled: 1852 }
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/** The 15 applications: who applied, when, and how each ended (the 6 予以公开 are the seed's 回复6件). */
function applications(year: number) {
  const o = (month: number, kind: string, outcome: string | null, endedNextYear = false) => ({ month, kind, outcome, endedNextYear })
  return [
    o(1, 'natural', 'open'), o(2, 'natural', 'open'), o(3, 'commercial', 'open'), o(4, 'natural', 'open'), o(6, 'legal-services', 'open'), o(8, 'natural', 'open'),
    o(3, 'natural', 'unavailable-not-held'), o(5, 'research', 'unavailable-not-held'), o(7, 'natural', 'unavailable-must-create'),
    o(5, 'natural', 'not-processed-petition'), o(9, 'natural', 'not-processed-repeat'),
    o(10, 'natural', 'other-no-clarification'), o(11, 'commercial', 'partial'),
    o(12, 'natural', 'open', true), o(12, 'public-interest', 'unavailable-not-held', true),
  ].map((a, i) => {
    const receivedDay = `${year}-${String(a.month).padStart(2, '0')}-${String(8 + i).padStart(2, '0')}`
    const endedDay = a.endedNextYear ? `${year + 1}-01-1${i % 10}` : `${year}-${String(a.month).padStart(2, '0')}-${String(20 + (i % 8)).padStart(2, '0')}`
    return { ...a, receivedDay, endedDay }
  })
}

export const demoEntered = (year: number, over: Partial<EnteredParts['sections']> = {}): Partial<EnteredParts> => ({
  table2: { rules: { issued: 2, repealed: 1, valid: 31 }, normative: { issued: 14, repealed: 6, valid: 152 }, licensing: 100312, penalties: 2186, coercion: 97, fees: 10312.6 },
  table4: {
    review: { upheld: 2, corrected: 1, otherResult: 0, pending: 0, total: 3 },
    direct: { upheld: 1, corrected: 0, otherResult: 0, pending: 1, total: 2 },
    afterReview: { upheld: 0, corrected: 0, otherResult: 0, pending: 0, total: 0 },
  },
  sections: {
    overview: `${year}年，我市认真贯彻落实《中华人民共和国政府信息公开条例》，深入推进行政权力公开透明运行，全面推行政府信息公开。各级各部门均将政务公开纳入政府绩效考核的内容，为政务公开工作提供必要的经费、人员保障。`,
    proactive: '在市政府门户网站建立统一的政务信息公开发布平台，按照信息分类对全市信息资源建立统一索引号，形成目录规范、结构统一、层次清晰的政府信息公开网站体系。',
    applications: '确定专人负责，公开受理渠道，畅通受理机制，及时、稳妥处理依申请公开事项。',
    appeals: '',
    problems: '一是有些单位未能主动公开“信息公开目录”中应公开的信息并予以及时更新，组织制度、落实制度及监督考核制度还有待进一步完善；二是依申请公开力度还需进一步增强，依申请回复率较低。下一步，我市将加强督查考核，提高依申请公开答复质量。',
    other: '无。',
    ...over,
  },
})

/** Files and publishes a unit's report for the year as the platform would after review (the demo is trusted). */
export async function publishReport(payload: Payload, unit: { id: ID; name: string }, year: number, publishedDay: string, parts: Partial<EnteredParts>): Promise<void> {
  const report = await payload.create({ collection: 'annual-reports', overrideAccess: true, depth: 0, data: { unit: relationId(unit.id), year, ...parts } as never })
  const { figures, traces } = await readReportFigures(payload, unit.id, year)
  const document = buildReport(unit.name, year, figures, report as unknown as EnteredParts)
  const column = (await payload.find({ collection: 'columns', where: { key: { equals: 'annual-report' } }, limit: 1, depth: 0 })).docs[0]
  const item = await payload.create({
    collection: 'disclosures', depth: 0, draft: false, context: { demoSeed: true },
    data: {
      tenant: relationId(unit.id), column: column.id, title: document.title, issuer: unit.name, mode: 'proactive', validity: 'valid', subjects: ['年报', String(year)], _status: 'published',
      writtenAt: `${publishedDay}T09:00:00+08:00`, publishedAt: `${publishedDay}T10:00:00+08:00`, body: blocksToLexical(reportBlocks(document)) as never,
    },
  })
  await payload.update({
    collection: 'annual-reports', id: report.id, depth: 0, overrideAccess: true, context: { annualReportSystem: true },
    data: { status: 'published', figures: figures as never, traces, submittedAt: `${publishedDay}T09:00:00+08:00`, disclosure: item.id, publishedDay, indexNumber: item.indexNumber },
  })
}

export async function loadDemoAnnualReports(payload: Payload, today = new Date()): Promise<{ year: number; letters: number; requests: number }> {
  const year = demoReportYear(today)
  const hubDoc = (await payload.find({ collection: 'tenants', where: { kind: { equals: 'hub' } }, limit: 1, depth: 0 })).docs[0]
  const hub = { id: hubDoc.id, name: String(hubDoc.name) }
  const rnd = random(2010)
  const passwordHash = hashPassword('DEMO2026')
  const apps = applications(year)
  await inTransaction(payload, async (req) => {
    for (const [i, a] of apps.entries()) {
      await payload.create({
        collection: 'requests', req, depth: 0, overrideAccess: true,
        data: {
          trackingCode: `YS${a.receivedDay.replace(/-/g, '')}R${String(i).padStart(5, '0')}`, channel: 'online', site: relationId(hub.id), unit: relationId(hub.id), status: 'answered', receivedDay: a.receivedDay,
          endedDay: a.endedDay, outcome: a.outcome, applicant: { kind: a.kind, name: a.kind === 'natural' ? '李某某' : '郴州某某有限公司' }, description: `${year}年度示例申请 ${i + 1}`,
          form: 'email', delivery: 'email', regime: '2019', verification: 'import', passwordHash, answer: '已答复。',
        } as never,
      })
    }
    // The mayor's mailbox: spread over the year; the last 98 arrive in late December and are answered in January.
    for (let i = 0; i < seedLetters.received; i++) {
      const late = i >= seedLetters.handled
      const dayOfYear = late ? 350 + (i % 14) : Math.floor((i / seedLetters.handled) * 345)
      const received = new Date(Date.UTC(year, 0, 1 + dayOfYear, 1 + Math.floor(rnd() * 8), Math.floor(rnd() * 60)))
      const accepted = new Date(received.getTime() + 86400_000)
      const replied = late ? new Date(Date.UTC(year + 1, 0, 6 + (i % 10), 7)) : new Date(received.getTime() + (3 + Math.floor(rnd() * 10)) * 86400_000)
      const code = `XX${year}${Array.from({ length: 8 }, () => ALPHABET[Math.floor(rnd() * ALPHABET.length)]).join('')}${i}`
      // Straight to the adapter (still adapter-neutral): the letters' hooks would take ~10 s for 1,950 on first start.
      await payload.db.create({
        collection: 'letters', req, returning: false,
        data: {
          createdAt: received.toISOString(), updatedAt: replied.toISOString(),
          trackingCode: code, subject: `${year}年市长信箱来信 ${i + 1}`, category: 'consult', body: '（示例来信，内容略）', allowPublish: false, writer: { name: '市民' },
          site: relationId(hub.id), unit: relationId(hub.id), status: 'replied', receivedAt: received.toISOString(), acceptedAt: accepted.toISOString(), repliedAt: replied.toISOString(),
          replyDays: 5, onTime: true, reply: '已办理。', passwordHash, verification: 'import',
        },
      })
    }
  }, { demoSeed: true })
  await publishReport(payload, hub, year, `${year + 1}-03-20`, demoEntered(year))
  // The demo department (its editor's unit) published late.
  const editor = (await payload.find({ collection: 'users', where: { email: { equals: 'editor.dept@demo.zhanqun.cn' } }, limit: 1, depth: 1 })).docs[0]
  const department = editor?.tenants?.[0]?.tenant as { id: ID; name: string } | undefined
  if (department && typeof department === 'object') await publishReport(payload, { id: department.id, name: String(department.name) }, year, `${year + 1}-02-10`, demoEntered(year, { overview: `${year}年，本部门认真落实政府信息公开各项要求。`, problems: '年报发布时间晚于条例规定的1月31日，今后将提前部署。' }))
  return { year, letters: seedLetters.received, requests: apps.length }
}
