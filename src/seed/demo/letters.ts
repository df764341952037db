import type { Payload } from 'payload'
import { units as groupUnits } from '../../../tenants/units'
import { workingCalendar } from '../../../collections/CalendarOverrides/calendar-cache'
import { inTransaction } from '../../db/transaction'
import { chinaDate, type WorkingCalendar } from '../../calendar/working-calendar'
import { hashPassword } from '../../shared/credentials'
import { dueAfter, workingDaysTaken } from '../../calendar/estimate'
import { defaultDeadlines, type LetterCategory, type LetterStatus, type Rating } from '../../letters/rules'
import { relationId } from '../../shared/ids'
import { demoPdf } from './files'
import { chinaTime, random } from './plan'

/** Subjects citizens write about, after the seed's own concerns (办事, 民生, 网站). */
const subjects: [LetterCategory, string, string, string][] = [
  ['complain', '关于{place}路灯长期不亮的问题', '{place}一带的路灯已经多日不亮，夜间出行很不安全，希望尽快维修。', 'cgj'],
  ['consult', '咨询{place}小学学位划片政策', '孩子明年上小学，户籍在{place}，想了解今年的学区划分和报名时间。', 'jyj'],
  ['suggest', '建议增开{place}至火车站的公交线路', '{place}居民去火车站要换乘两次，建议增开直达公交或延长末班车时间。', 'jtj'],
  ['help', '{place}老旧小区加装电梯申请求助', '我们{place}的小区是上世纪九十年代建成的，老人多，想申请加装电梯，不知道找哪个部门。', 'zjj'],
  ['complain', '{place}夜间施工噪音扰民', '{place}的工地晚上十一点以后仍在施工，严重影响周边居民休息。', 'sthjj'],
  ['consult', '城乡居民医保异地就医备案怎么办理', '我在{place}参保，需要到长沙长期就医，请问异地就医备案需要哪些材料，能否网上办理？', 'ybj'],
  ['suggest', '政务服务中心增设周末窗口的建议', '上班族工作日请假办事不方便，建议{place}政务服务中心周末开放部分窗口。', 'zwzx'],
  ['complain', '{place}农贸市场周边占道经营', '{place}农贸市场门口长期占道经营，早晚高峰交通拥堵，请有关部门加强管理。', 'cgj'],
  ['consult', '网上办理营业执照的流程咨询', '想在{place}开一家小餐馆，请问营业执照和食品经营许可能否在网上一并办理？', 'xzspj'],
  ['help', '{place}自来水水压不足', '最近一个月{place}高层住户自来水水压很低，早晚用水高峰基本没有水。', 'zjj'],
  ['suggest', '建议在政府网站公开更多预算执行信息', '政府网站的预算公开只有表格，建议增加通俗的解读和执行进度。', 'czj'],
  ['consult', '灵活就业人员社保缴费标准咨询', '我在{place}灵活就业，想了解今年养老保险的缴费档次和缴费渠道。', 'rsj'],
  ['consult', '项目立项审批进度咨询', '我公司在{place}的投资项目已提交立项申请，想了解审批进度和还需补充的材料。', 'fgw'],
  ['suggest', '建议完善{place}新能源汽车充电桩布局', '{place}一带公共充电桩太少，建议纳入城市规划统筹建设。', 'fgw'],
]
const places = ['北湖区人民西路', '苏仙区白露塘镇', '燕泉路', '五岭大道', '桂阳县城关镇', '资兴市东江街道', '宜章县玉溪镇', '南岭大道', '骆仙路', '郴江街道']
const surnames = ['李', '王', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '曾', '谭']
const replies = [
  '您反映的问题已收悉。经现场核实，相关部门已于{date}完成处理，并将加强日常巡查。感谢您对我们工作的关心和监督。',
  '感谢您的来信。您咨询的事项可通过政务服务网或到政务服务中心窗口办理，所需材料已在办事指南中公布。如有疑问，可拨打12345热线咨询。',
  '您的建议很有价值，我们已转交相关业务科室研究，将在下一步工作中统筹考虑。感谢您的关注和支持。',
]

export interface PlannedLetter {
  mailbox: string
  unit: string
  trackingCode: string
  subject: string
  category: LetterCategory
  body: string
  allowPublish: boolean
  writer: { name: string; phone?: string; email?: string }
  status: LetterStatus
  receivedAt: string
  acceptDue: string
  acceptedAt?: string
  replyDue?: string
  due?: string | null
  reply?: string
  repliedAt?: string
  replyDays?: number | null
  onTime?: boolean
  rating?: Rating
  rejectReason?: string
}

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/**
 * A living mailbox: letters over the last half year to the hub's 市长信箱 and the units' 信箱, most
 * answered (some late, most rated), some in hand, a few rejected, and a handful overdue on purpose.
 */
export function planLetters(units: readonly { slug: string; kind: string; hasSubSite: boolean }[], today: Date, calendar: WorkingCalendar, count = 300, seed = 1950): PlannedLetter[] {
  const rnd = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]
  const hub = units.find((u) => u.kind === 'hub')!
  const mailboxes = units.filter((u) => u.hasSubSite && u.kind !== 'hub')
  const answering = units.filter((u) => u.kind !== 'hub')
  const todayDay = chinaDate(today)
  const plan: PlannedLetter[] = []
  for (let i = 0; i < count; i++) {
    const daysAgo = Math.floor(Math.pow(rnd(), 1.6) * 180)
    const received = chinaTime(today, daysAgo, rnd)
    const day = chinaDate(received)
    const toHub = rnd() < 0.6
    // Units' own mailboxes: the demo department's (the first) gets a good share, so its site shows some.
    const mailbox = toHub ? hub : mailboxes[Math.floor(Math.pow(rnd(), 3) * mailboxes.length)]
    const [category, subjectT, bodyT, responsible] = pick(subjects)
    const place = pick(places)
    const acceptDue = dueAfter(calendar, day, defaultDeadlines.acceptDays).due
    const code = `XX${day.replace(/-/g, '')}${Array.from({ length: 6 }, () => ALPHABET[Math.floor(rnd() * ALPHABET.length)]).join('')}`
    const name = `${pick(surnames)}${rnd() < 0.5 ? '先生' : '女士'}`
    const letter: PlannedLetter = {
      mailbox: mailbox.slug, unit: mailbox.slug, trackingCode: code, category, allowPublish: rnd() < 0.7,
      subject: subjectT.replace('{place}', place), body: bodyT.replace('{place}', place),
      writer: { name, phone: `1390000${String(1000 + i).slice(-4)}`, email: rnd() < 0.4 ? `writer${i}@example.com` : undefined },
      status: 'received', receivedAt: received.toISOString(), acceptDue, due: acceptDue,
    }
    const roll = rnd()
    const age = workingDaysTaken(calendar, day, todayDay) ?? daysAgo
    // Recent letters are still in hand; a few older ones were left waiting on purpose (overdue).
    if (age <= 2 || (roll < 0.03 && age > 4)) { plan.push(letter); continue }
    if (roll < 0.07) {
      plan.push({ ...letter, status: 'rejected', due: null, rejectReason: '来信反映的事项属于司法程序范围，不属于本信箱受理范围，请通过相应法定途径解决。' })
      continue
    }
    const acceptedDay = dueAfter(calendar, day, Math.floor(rnd() * 3)).due
    const accepted = new Date(`${acceptedDay}T10:${String(Math.floor(rnd() * 60)).padStart(2, '0')}:00+08:00`)
    const replyDue = dueAfter(calendar, acceptedDay, defaultDeadlines.replyDays).due
    if (toHub) letter.unit = answering.some((u) => u.slug === responsible) ? responsible : pick(answering).slug
    Object.assign(letter, { status: 'accepted', acceptedAt: accepted.toISOString(), replyDue, due: replyDue })
    const lateOnPurpose = roll < 0.12 && age > 25
    const replyAfter = Math.floor(rnd() < 0.9 ? 2 + rnd() * 12 : 16 + rnd() * 10)
    const repliedDay = dueAfter(calendar, acceptedDay, replyAfter).due
    if (lateOnPurpose || repliedDay >= todayDay) { plan.push(letter); continue }
    const replied = new Date(`${repliedDay}T15:${String(Math.floor(rnd() * 60)).padStart(2, '0')}:00+08:00`)
    const r = rnd()
    plan.push({
      ...letter, status: 'replied', due: null, reply: pick(replies).replace('{date}', repliedDay.slice(5).replace('-', '月') + '日'),
      repliedAt: replied.toISOString(), replyDays: replyAfter, onTime: repliedDay <= replyDue,
      rating: r < 0.55 ? 'satisfied' : r < 0.75 ? 'basic' : r < 0.82 ? 'unsatisfied' : undefined,
    })
  }
  return plan
}

/** Loads the planned letters (query password of every demo letter: DEMO2026). */
export async function loadDemoLetters(payload: Payload, today = new Date()): Promise<number> {
  const tenants = await payload.find({ collection: 'tenants', pagination: false, depth: 0, select: { slug: true } })
  const idOf = new Map(tenants.docs.map((t) => [String(t.slug), t.id]))
  const plan = planLetters(groupUnits, today, await workingCalendar(payload))
  const passwordHash = hashPassword('DEMO2026')
  // The group's deadlines, as a newcomer finds them under 信箱设置 (the defaults, written out).
  await payload.updateGlobal({ slug: 'mailbox-settings', data: { acceptDays: 3, replyDays: 15 }, overrideAccess: true, depth: 0 })
  for (let start = 0; start < plan.length; start += 100) {
    await inTransaction(payload, async (req) => {
      for (const l of plan.slice(start, start + 100)) {
        const { mailbox, unit, ...rest } = l
        const letter = await payload.create({
          collection: 'letters', req, depth: 0, overrideAccess: true,
          data: { ...rest, site: relationId(idOf.get(mailbox)!), unit: relationId(idOf.get(unit)!), passwordHash, verification: 'import', history: [{ action: 'receive', byName: l.writer.name, at: l.receivedAt }] },
        })
        // Some writers attach a document (private to the handlers, like the letter).
        if (plan.indexOf(l) % 25 === 0) {
          const data = demoPdf(`Letter ${l.trackingCode}`)
          await payload.create({ collection: 'letter-attachments', req, depth: 0, overrideAccess: true, data: { letter: letter.id }, file: { data, mimetype: 'application/pdf', name: `${l.trackingCode}.pdf`, size: data.length } })
        }
      }
    }, { demoSeed: true })
  }
  return plan.length
}
