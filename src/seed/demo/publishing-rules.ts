import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { paragraphsToLexical } from '../../content/lexical'
import { relationId } from '../../shared/ids'

/** The unit whose disclosure items go through three review levels in the demo (三审). */
export const threeLevelUnit = 'jyj'
export const threeLevelAccounts = [
  { email: 'editor.jyj@demo.zhanqun.cn', name: '教育局编辑', roles: ['editor'] as const, reviewLevels: [] },
  { email: 'reviewer1.jyj@demo.zhanqun.cn', name: '科室初审员', roles: ['reviewer'] as const, reviewLevels: ['1'] },
  { email: 'reviewer2.jyj@demo.zhanqun.cn', name: '办公室复审员', roles: ['reviewer'] as const, reviewLevels: ['2'] },
  { email: 'reviewer3.jyj@demo.zhanqun.cn', name: '分管领导', roles: ['reviewer'] as const, reviewLevels: ['3'] },
]

const transition = (action: 'submit' | 'approve', to: 'submitted', level: number, nextLevel: number, nextLevelName: string, levels: number) =>
  ({ reviewTransition: { action, to, level, nextLevel, nextLevelName, levels }, workflowWrite: true })

/**
 * What the publishing rules look like in the demo: the education bureau reviews in three levels and
 * one of its items waits at level 2; the demo department's editor has a draft that the personal-data
 * guard stops (an ID number in an attached XLSX, a mobile number in the body); and a group-wide
 * mourning period is scheduled for next 清明 (not active now).
 */
export async function loadPublishingRulesDemo(payload: Payload, today: Date, password: string): Promise<void> {
  const unit = (await payload.find({ collection: 'tenants', where: { slug: { equals: threeLevelUnit } }, limit: 1, depth: 0 })).docs[0]
  const column = (await payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-policy' } }, limit: 1, depth: 0 })).docs[0]
  if (!unit || !column) return
  const names = ['科室初审', '办公室复审', '分管领导终审']
  await payload.update({ collection: 'tenants', id: unit.id, data: { reviewPolicy: { ...unit.reviewPolicy, disclosuresLevels: names.map((name) => ({ name })) } } })
  const ids: Record<string, string | number> = {}
  for (const account of threeLevelAccounts) {
    const found = (await payload.find({ collection: 'users', where: { email: { equals: account.email } }, limit: 1, depth: 0 })).docs[0]
    ids[account.email] = found?.id ?? (await payload.create({
      collection: 'users',
      data: { email: account.email, name: account.name, password, tenants: [{ tenant: unit.id, roles: [...account.roles], reviewLevels: account.reviewLevels as ('1' | '2' | '3')[] }] },
    })).id
  }
  const asUser = async (email: string) => ({ ...(await payload.findByID({ collection: 'users', id: ids[email], depth: 0 })), collection: 'users' as const })
  const editor = await asUser(threeLevelAccounts[0].email)
  const item = await payload.create({
    collection: 'disclosures', draft: true, depth: 0, user: editor,
    data: { tenant: unit.id, column: column.id, title: `郴州市${today.getUTCFullYear()}年义务教育阶段招生入学工作方案（送审稿）`, issuer: '郴州市教育局', _status: 'draft',
      body: paragraphsToLexical(['为做好义务教育阶段招生入学工作，现将有关事项通知如下。', '一、坚持免试就近入学。', '二、规范招生秩序。']) as never },
  })
  await payload.update({ collection: 'disclosures', id: item.id, data: {}, draft: true, depth: 0, overrideAccess: true, user: editor, context: transition('submit', 'submitted', 1, 1, names[0], 3) })
  await payload.update({ collection: 'disclosures', id: item.id, data: {}, draft: true, depth: 0, overrideAccess: true, user: await asUser(threeLevelAccounts[1].email), context: transition('approve', 'submitted', 1, 2, names[1], 3) })

  await blockedDraft(payload, column.id)
  const year = today.getUTCFullYear() + (today.getUTCMonth() >= 3 ? 1 : 0)
  await payload.create({
    collection: 'mourning-periods',
    data: { title: `${year}年清明节哀悼活动（示例）`, startsAt: `${year}-04-04T00:00:00+08:00`, startsAt_tz: 'Asia/Shanghai', endsAt: `${year}-04-05T00:00:00+08:00`, endsAt_tz: 'Asia/Shanghai', scope: 'group' },
  })
}

/** The demo department's draft that the personal-data guard refuses to send for review. */
async function blockedDraft(payload: Payload, column: string | number): Promise<void> {
  const editor = (await payload.find({ collection: 'users', where: { email: { equals: 'editor.dept@demo.zhanqun.cn' } }, limit: 1, depth: 0 })).docs[0]
  const unit = editor?.tenants?.[0]?.tenant
  if (!editor || unit === undefined || unit === null) return
  const tenant = relationId(typeof unit === 'object' ? unit.id : unit)
  const book = new ExcelJS.Workbook()
  book.addWorksheet('补贴名单').addRows([['序号', '姓名', '身份证号', '金额（元）'], [1, '王某某', '431028198511220026', 1200], [2, '李某某', '4310**********1234', 1200]])
  const data = Buffer.from(await book.xlsx.writeBuffer())
  const file = await payload.create({ collection: 'media', data: { tenant, alt: '价格临时补贴发放名单' }, file: { data, size: data.length, name: '价格临时补贴发放名单.xlsx', mimetype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, depth: 0 })
  await payload.create({
    collection: 'disclosures', draft: true, depth: 0, user: { ...editor, collection: 'users' as const },
    data: { tenant, column: relationId(column), title: '关于发放价格临时补贴的公示（草稿）', issuer: '郴州市发展和改革委员会', _status: 'draft', attachments: [file.id],
      body: paragraphsToLexical(['现将价格临时补贴发放名单公示如下，详见附件。', '经办人：张某，联系手机13812345678。']) as never },
  })
}
