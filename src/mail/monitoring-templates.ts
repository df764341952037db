import { compose, type MailContent } from './templates'

export interface FindingLine { title: string; veto: boolean; label: string; detail: string; adminUrl: string }

/** The daily mail to a unit: findings of the monitoring that were not there at the last mail. Pure. */
export function newFindingsMail(args: { recipient: string; unitName: string; day: string; score: number; vetoed: boolean; lines: readonly FindingLine[]; monitoringUrl: string }): MailContent {
  const vetoes = args.lines.filter((l) => l.veto).length
  return compose(`【网站监测】${args.unitName}：${args.lines.length} 个新问题${vetoes ? `（${vetoes} 个单项否决）` : ''}`, `${args.recipient}：`, [
    { p: `${args.day} 网站监测发现贵单位以下新问题，当前得分 ${args.score}${args.vetoed ? '，存在单项否决问题' : ''}。请在国家检查前整改。` },
    ...args.lines.slice(0, 100).map((l) => ({ label: `${l.veto ? '【单项否决】' : ''}${l.title}：${l.label}`, value: `${l.detail} ${l.adminUrl}` })),
    ...(args.lines.length > 100 ? [{ p: `另有 ${args.lines.length - 100} 个问题，请在管理后台查看。` }] : []),
    { link: args.monitoringUrl, text: '在管理后台查看监测结果' },
  ])
}
