import { compose, type MailContent } from './templates'

/** The mailbox's e-mails (pure): to the writer, to the handlers, and the daily overdue digest. */
export function letterReceiptMail(args: { name: string; mailbox: string; subject: string; trackingCode: string; password: string; acceptDue: string; trackUrl: string }): MailContent {
  return compose(`【${args.mailbox}】来信已收到，查询码 ${args.trackingCode}`, `${args.name}，您好：`, [
    { p: `您写给${args.mailbox}的来信《${args.subject}》已收到。我们将在 ${args.acceptDue} 前决定是否受理，受理后在规定的工作日内答复。` },
    { label: '查询码', value: args.trackingCode },
    { label: '查询密码', value: args.password },
    { p: '请妥善保存查询码和查询密码，凭二者可查询办理进度和答复内容。' },
    { link: args.trackUrl, text: '查询办理进度' },
  ])
}

export function letterArrivedMail(args: { mailbox: string; subject: string; acceptDue: string; adminUrl: string; routed?: boolean; unitName?: string }): MailContent {
  return compose(`【${args.routed ? '转办' : '新来信'}】《${args.subject.slice(0, 60)}》`, '您好：', [
    { p: args.routed ? `${args.mailbox}的一封来信已转由${args.unitName ?? '贵单位'}办理，请按时答复。` : `${args.mailbox}收到一封新来信，请及时受理或说明不予受理的理由。` },
    { label: '标题', value: args.subject },
    { label: args.routed ? '答复时限' : '受理时限', value: args.acceptDue },
    { link: args.adminUrl, text: '在管理后台办理' },
  ])
}

export function letterReplyMail(args: { name: string; mailbox: string; subject: string; status: 'replied' | 'rejected'; text: string; unitName: string; trackUrl: string }): MailContent {
  const replied = args.status === 'replied'
  return compose(`【${args.mailbox}】${replied ? '您的来信已答复' : '您的来信未予受理'}`, `${args.name}，您好：`, [
    { p: replied ? `您的来信《${args.subject}》已由${args.unitName}答复：` : `您的来信《${args.subject}》未予受理，理由如下：` },
    { quote: args.text },
    ...(replied ? [{ p: '欢迎凭查询码和查询密码对本次答复作出满意度评价。' }] : []),
    { link: args.trackUrl, text: '查看办理结果' },
  ])
}

export interface OverdueLine {
  trackingCode: string
  subject: string
  due: string
  status: string
  unitName: string
}

export function overdueDigestMail(args: { recipient: string; day: string; lines: readonly OverdueLine[]; adminUrl: string }): MailContent {
  return compose(`【信箱逾期提醒】${args.day}：${args.lines.length} 封来信已超过办理时限`, `${args.recipient}：`, [
    { p: `截至 ${args.day}，下列来信已超过办理时限，请尽快办理。国务院办公厅规定：留言超过3个月未答复的网站单项否决。` },
    ...args.lines.slice(0, 100).map((l) => ({ label: `${l.trackingCode}（${l.unitName}，${l.status}，时限 ${l.due}）`, value: l.subject })),
    ...(args.lines.length > 100 ? [{ p: `另有 ${args.lines.length - 100} 封，请在管理后台查看。` }] : []),
    { link: args.adminUrl, text: '在管理后台查看逾期来信' },
  ])
}

/** A notice to a disclosure applicant: receipt, clarification, extension, fee, answer (依申请公开告知书). */
export function requestNoticeMail(args: { name: string; unitName: string; title: string; blocks: { label?: string; text: string }[]; trackUrl: string }): MailContent {
  return compose(`【${args.unitName}】${args.title}`, `${args.name}：`, [
    ...args.blocks.map((b) => (b.label ? { label: b.label, value: b.text } : { p: b.text })),
    { link: args.trackUrl, text: '查询办理进度' },
  ])
}
