import type { Payload } from 'payload'
import { units as groupUnits } from '../../../tenants/units'
import { workingCalendar } from '../../../collections/CalendarOverrides/calendar-cache'
import { inTransaction } from '../../db/transaction'
import { demoPdf } from './files'
import { chinaDate, type WorkingCalendar } from '../../calendar/working-calendar'
import { dueAfter } from '../../calendar/estimate'
import { answerDeadline } from '../../requests/deadlines'
import { applicantKinds, outcomes, type ApplicantKind, type Outcome } from '../../requests/outcomes'
import type { RequestStatus } from '../../requests/state-machine'
import { hashPassword } from '../../shared/credentials'
import { relationId } from '../../shared/ids'
import { chinaTime, random } from './plan'

const sought = [
  '{year}年{unit}部门预算及“三公”经费决算明细', '{unit}关于城区排水管网改造工程的招标文件和中标结果', '某地块国有土地使用权出让的批准文件',
  '{unit}{year}年行政处罚决定书（食品安全类）', '东江湖水环境保护专项资金的使用情况', '{unit}关于政务服务中心窗口设置的内部通知',
  '市第一人民医院新院区项目环境影响评价文件', '{year}年城乡低保对象的审核认定标准', '{unit}{year}年公务员招录的职位和录用名单',
]
const answers: Partial<Record<Outcome, string>> = {
  open: '经审查，您申请的信息属于公开范围，现通过电子邮件提供给您。',
  partial: '经审查，您申请的信息中涉及第三方商业秘密的部分不予公开，其余部分现予以提供。',
  'withheld-process': '您申请的信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿，依据条例第十六条不予公开。',
  'unavailable-not-held': '经检索，本机关未制作或获取您申请的信息。建议您向相关部门咨询。',
  'unavailable-must-create': '您申请的信息需要本机关对现有信息进行加工、分析，依据条例第三十八条不予提供。',
  'not-processed-petition': '您的申请实为投诉举报，不属于政府信息公开申请，请通过信访渠道反映。',
  'not-processed-repeat': '您的申请与此前已答复的申请内容相同，本机关不再重复处理。',
}
const weightedOutcomes: Outcome[] = ['open', 'open', 'open', 'open', 'partial', 'partial', 'withheld-process', 'unavailable-not-held', 'unavailable-not-held', 'unavailable-must-create', 'not-processed-petition', 'not-processed-repeat']
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

interface Planned { site: string; data: Record<string, unknown> }

/**
 * Disclosure applications over the last fourteen months, so the annual report's table 三 has carry-over
 * in both directions: most answered with the usual outcomes, some still in hand, a few overdue on purpose.
 */
export function planRequests(units: readonly { slug: string; kind: string; hasSubSite: boolean; shortName: string }[], today: Date, calendar: WorkingCalendar, count = 160, seed = 15): Planned[] {
  const rnd = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]
  const sites = units.filter((u) => u.hasSubSite)
  const todayDay = chinaDate(today)
  const plan: Planned[] = []
  for (let i = 0; i < count; i++) {
    const received = chinaTime(today, Math.floor(rnd() * 420), rnd)
    const receivedDay = chinaDate(received)
    const site = sites[Math.floor(Math.pow(rnd(), 2.5) * sites.length)]
    const kind: ApplicantKind = rnd() < 0.7 ? 'natural' : pick(applicantKinds.slice(1)).value
    const natural = kind === 'natural'
    const deadline = answerDeadline(calendar, { receivedDay }, todayDay)
    const code = `YS${receivedDay.replace(/-/g, '')}${Array.from({ length: 6 }, () => ALPHABET[Math.floor(rnd() * ALPHABET.length)]).join('')}`
    const description = pick(sought).replace('{year}', String(Number(receivedDay.slice(0, 4)) - 1)).replace('{unit}', site.shortName)
    const data: Record<string, unknown> = {
      trackingCode: code, channel: rnd() < 0.8 ? 'online' : pick(['in-person', 'registered-post', 'letter']), status: 'registered' as RequestStatus, receivedDay,
      applicant: natural
        ? { kind, name: `${pick(['李', '王', '张', '刘', '陈'])}某某`, idNumber: `4310021980010${String(1000 + i).slice(-4)}X`, phone: `1370000${String(1000 + i).slice(-4)}`, email: `applicant${i}@example.com` }
        : { kind, name: `郴州某某${pick(['科技有限公司', '研究院', '公益基金会', '律师事务所', '商会'])}`, idNumber: `91431000MA4L${String(100000 + i).slice(-6)}`, contactPerson: '周经理', phone: `0735-2${String(100000 + i).slice(-6)}`, email: `org${i}@example.com` },
      description, form: 'email', delivery: 'email', due: deadline.due, regime: deadline.regime, pausedDays: 0, verification: 'import',
      history: [{ step: 'receive', byName: '申请人', at: received.toISOString() }],
    }
    const overdueOnPurpose = rnd() < 0.04 && deadline.due < todayDay
    const answerAfter = 3 + Math.floor(rnd() * 16)
    const ended = dueAfter(calendar, receivedDay, answerAfter).due
    if (overdueOnPurpose || ended >= todayDay) {
      if (rnd() < 0.2) data.status = 'consulting'
      plan.push({ site: site.slug, data })
      continue
    }
    const outcome = rnd() < 0.05 ? 'other-no-clarification' : pick(weightedOutcomes)
    Object.assign(data, {
      status: 'answered', outcome, endedDay: ended, due: null, answer: answers[outcome] ?? outcomes.find((o) => o.value === outcome)!.zh,
      history: [...(data.history as object[]), { step: outcome === 'other-no-clarification' ? 'clarification-lapsed' : 'answer', byName: `${site.shortName}信息公开办`, at: `${ended}T09:30:00+08:00` }],
    })
    plan.push({ site: site.slug, data })
  }
  return plan
}

/** Loads the planned applications (query password of every demo application: DEMO2026). */
export async function loadDemoRequests(payload: Payload, today = new Date()): Promise<number> {
  const tenants = await payload.find({ collection: 'tenants', pagination: false, depth: 0, select: { slug: true } })
  const idOf = new Map(tenants.docs.map((t) => [String(t.slug), t.id]))
  const plan = planRequests(groupUnits, today, await workingCalendar(payload))
  const passwordHash = hashPassword('DEMO2026')
  await inTransaction(payload, async (req) => {
    for (const [i, p] of plan.entries()) {
      const id = relationId(idOf.get(p.site)!)
      const doc = await payload.create({ collection: 'requests', req, depth: 0, overrideAccess: true, data: { ...p.data, site: id, unit: id, passwordHash } as never })
      // Every fourth answer carries its 答复书 as a file, as units send it.
      if (p.data.status === 'answered' && i % 4 === 0) {
        const data = demoPdf(`Answer ${p.data.trackingCode}`)
        const file = await payload.create({ collection: 'request-documents', req, depth: 0, overrideAccess: true, data: { request: doc.id }, file: { data, mimetype: 'application/pdf', name: `${p.data.trackingCode}-答复书.pdf`, size: data.length } })
        await payload.update({ collection: 'requests', id: doc.id, req, depth: 0, overrideAccess: true, data: { documents: [file.id] } })
      }
    }
  }, { demoSeed: true })
  return plan.length
}
