/**
 * Thresholds of the website inspection (政府网站与政务新媒体检查指标, 国办秘函〔2019〕19号) and of the
 * group's own checks. Every number can be changed by the group; the defaults are the national ones
 * (see /work/shared/domain.md). Pure.
 */
export interface MonitoringThresholds {
  /** 首页栏目: the newest item of the home page is older than this (days) → veto. */
  homeStaleDays: number
  /** 动态、要闻 columns older than this (days) count as stale. */
  newsStaleDays: number
  /** 通知公告 and 政策文件 columns older than this (days) count as stale. */
  noticeStaleDays: number
  /** Catalogue keys counted with 通知公告 (the first-level 政策文件 of the catalogue). */
  policyColumnKeys: string[]
  /** Stale 动态/要闻 plus 通知公告/政策文件 columns, this many or more → veto. */
  staleColumnsVeto: number
  /** Columns past their own update rule (`maxAgeDays`), this many or more → veto. */
  overdueColumnsVeto: number
  /** Columns without any published item, this many or more → veto (超过(含)5个). */
  emptyColumnsVeto: number
  /** A valid letter unanswered longer than this (days) → veto. */
  letterUnansweredDays: number
  /** Only letters received within this many days before the check count. */
  letterLookbackDays: number
  /** Fields a published disclosure item must carry. */
  requiredMetadata: RequiredField[]
}

export type RequiredField = 'indexNumber' | 'issuer' | 'publishedAt' | 'writtenAt'

export const requiredFieldLabels: Record<RequiredField, string> = {
  indexNumber: '索引号',
  issuer: '发布机构',
  publishedAt: '发布日期',
  writtenAt: '成文日期',
}

export const defaultThresholds: MonitoringThresholds = {
  homeStaleDays: 14,
  newsStaleDays: 14,
  noticeStaleDays: 180,
  policyColumnKeys: ['mandatory-policy'],
  staleColumnsVeto: 5,
  overdueColumnsVeto: 10,
  emptyColumnsVeto: 5,
  letterUnansweredDays: 90,
  letterLookbackDays: 365,
  requiredMetadata: ['indexNumber', 'issuer', 'publishedAt', 'writtenAt'],
}

/** The defaults with the group's changes; unknown keys and values of the wrong type are ignored. */
export function withThresholds(changes: Partial<Record<keyof MonitoringThresholds, unknown>> = {}): MonitoringThresholds {
  const out: MonitoringThresholds = { ...defaultThresholds }
  for (const key of Object.keys(defaultThresholds) as (keyof MonitoringThresholds)[]) {
    const value = changes[key]
    if (typeof defaultThresholds[key] === 'number' && typeof value === 'number' && Number.isFinite(value) && value >= 0) {
      ;(out as unknown as Record<string, unknown>)[key] = value
    } else if (Array.isArray(defaultThresholds[key]) && Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      ;(out as unknown as Record<string, unknown>)[key] = value
    }
  }
  return out
}
