/**
 * The platform's e-mails in Chinese, each as plain text and small HTML (pure; every value is
 * escaped in the HTML). A template returns what the outbox stores and the SMTP server receives.
 */
export interface MailContent {
  subject: string
  text: string
  html: string
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => entities[c])

/** One block of a mail: a paragraph, a labelled value, a link, or a quoted comment. */
export type Block =
  | { p: string }
  | { label: string; value: string }
  | { link: string; text?: string }
  | { quote: string }

const SIGNATURE = '此邮件由站群管理平台自动发送，请勿直接回复。'

/** Subject line: one line, without control characters (no header injection). */
const oneLine = (value: string, max = 150) => value.replace(/[\p{Cc}\s]+/gu, ' ').trim().slice(0, max)

export function compose(subject: string, greeting: string, blocks: readonly Block[]): MailContent {
  const text: string[] = [greeting, '']
  const html: string[] = [`<p>${escapeHtml(greeting)}</p>`]
  for (const block of blocks) {
    if ('p' in block) {
      text.push(block.p, '')
      html.push(`<p>${escapeHtml(block.p)}</p>`)
    } else if ('label' in block) {
      text.push(`${block.label}：${block.value}`)
      html.push(`<p><strong>${escapeHtml(block.label)}：</strong>${escapeHtml(block.value)}</p>`)
    } else if ('link' in block) {
      text.push('', block.text ? `${block.text}：${block.link}` : block.link, '')
      const href = /^https?:\/\//.test(block.link) ? escapeHtml(block.link) : '#'
      html.push(`<p><a href="${href}">${escapeHtml(block.text ?? block.link)}</a><br>${escapeHtml(block.link)}</p>`)
    } else {
      text.push(...block.quote.split('\n').map((line) => `> ${line}`), '')
      html.push(`<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:1em">${escapeHtml(block.quote).replace(/\n/g, '<br>')}</blockquote>`)
    }
  }
  text.push('', '——', SIGNATURE)
  html.push(`<hr><p style="color:#666;font-size:12px">${escapeHtml(SIGNATURE)}</p>`)
  return {
    subject: oneLine(subject),
    text: text.join('\n').replace(/\n{3,}/g, '\n\n'),
    html: `<!doctype html><html lang="zh-CN"><body style="font-family:sans-serif;line-height:1.6">${html.join('')}</body></html>`,
  }
}

const greet = (name?: string | null) => (name ? `${name}，您好：` : '您好：')

export function passwordResetMail(args: { name?: string | null; url: string; validHours: number }): MailContent {
  return compose('【站群管理平台】重置密码', greet(args.name), [
    { p: '我们收到了重置您站群管理平台账号密码的请求。请点击下面的链接设置新密码：' },
    { link: args.url, text: '重置密码' },
    { p: `链接 ${args.validHours} 小时内有效，只能使用一次。如果不是您本人申请，请忽略本邮件，您的密码不会改变。` },
  ])
}

export interface ReviewItem {
  title: string
  /** 信息公开条目, 文章, … */
  kindLabel: string
  unitName: string
  url: string
}

export function reviewSubmittedMail(args: ReviewItem & { reviewerName?: string | null; submitterName: string; comment?: string }): MailContent {
  return compose(`【待审核】${args.kindLabel}《${oneLine(args.title, 80)}》`, greet(args.reviewerName), [
    { p: `${args.submitterName} 提交了一项${args.kindLabel}，等待您审核。` },
    { label: '单位', value: args.unitName },
    { label: '标题', value: args.title },
    ...(args.comment ? [{ label: '送审说明', value: args.comment }] : []),
    { link: args.url, text: '在管理后台审核' },
  ])
}

export function reviewDecidedMail(
  args: ReviewItem & { decision: 'approve' | 'return'; editorName?: string | null; reviewerName: string; comment?: string },
): MailContent {
  const approved = args.decision === 'approve'
  return compose(`【${approved ? '审核通过' : '审核退回'}】${args.kindLabel}《${oneLine(args.title, 80)}》`, greet(args.editorName), [
    {
      p: approved
        ? `您提交的${args.kindLabel}已由 ${args.reviewerName} 审核通过，可以发布。`
        : `您提交的${args.kindLabel}被 ${args.reviewerName} 退回，请按审核意见修改后重新送审。`,
    },
    { label: '单位', value: args.unitName },
    { label: '标题', value: args.title },
    ...(args.comment ? [{ p: '审核意见：' }, { quote: args.comment }] : []),
    { link: args.url, text: '在管理后台查看' },
  ])
}
