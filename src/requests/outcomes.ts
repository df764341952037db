/**
 * Table 三 of the annual report (2021 template): who applied (its columns) and how each application
 * ended (its rows), with the template's exact labels. Pure data.
 */
export const applicantKinds = [
  { value: 'natural', zh: '自然人', group: 'natural' },
  { value: 'commercial', zh: '商业企业', group: 'organization' },
  { value: 'research', zh: '科研机构', group: 'organization' },
  { value: 'public-interest', zh: '社会公益组织', group: 'organization' },
  { value: 'legal-services', zh: '法律服务机构', group: 'organization' },
  { value: 'other-organization', zh: '其他', group: 'organization' },
] as const
export type ApplicantKind = (typeof applicantKinds)[number]['value']
export const isApplicantKind = (v: unknown): v is ApplicantKind => applicantKinds.some((k) => k.value === v)

export interface OutcomeGroup {
  key: string
  zh: string
  /** Sub-reasons, numbered 1… in the template; a group without them is one row. */
  reasons: { value: string; zh: string }[]
}

export const outcomeGroups: OutcomeGroup[] = [
  { key: 'open', zh: '（一）予以公开', reasons: [{ value: 'open', zh: '予以公开' }] },
  { key: 'partial', zh: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', reasons: [{ value: 'partial', zh: '部分公开' }] },
  {
    key: 'withheld', zh: '（三）不予公开', reasons: [
      { value: 'withheld-state-secret', zh: '1.属于国家秘密' },
      { value: 'withheld-law', zh: '2.其他法律行政法规禁止公开' },
      { value: 'withheld-security', zh: '3.危及“三安全一稳定”' },
      { value: 'withheld-third-party', zh: '4.保护第三方合法权益' },
      { value: 'withheld-internal', zh: '5.属于三类内部事务信息' },
      { value: 'withheld-process', zh: '6.属于四类过程性信息' },
      { value: 'withheld-enforcement', zh: '7.属于行政执法案卷' },
      { value: 'withheld-inquiry', zh: '8.属于行政查询事项' },
    ],
  },
  {
    key: 'unavailable', zh: '（四）无法提供', reasons: [
      { value: 'unavailable-not-held', zh: '1.本机关不掌握相关政府信息' },
      { value: 'unavailable-must-create', zh: '2.没有现成信息需要另行制作' },
      { value: 'unavailable-unclear', zh: '3.补正后申请内容仍不明确' },
    ],
  },
  {
    key: 'not-processed', zh: '（五）不予处理', reasons: [
      { value: 'not-processed-petition', zh: '1.信访举报投诉类申请' },
      { value: 'not-processed-repeat', zh: '2.重复申请' },
      { value: 'not-processed-publication', zh: '3.要求提供公开出版物' },
      { value: 'not-processed-mass', zh: '4.无正当理由大量反复申请' },
      { value: 'not-processed-confirm', zh: '5.要求行政机关确认或重新出具已获取信息' },
    ],
  },
  {
    key: 'other', zh: '（六）其他处理', reasons: [
      { value: 'other-no-clarification', zh: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
      { value: 'other-fee-unpaid', zh: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
      { value: 'other-other', zh: '3.其他' },
    ],
  },
]

export const outcomes = outcomeGroups.flatMap((g) => g.reasons.map((r) => ({ ...r, group: g.key })))
export type Outcome = (typeof outcomes)[number]['value']
export const isOutcome = (v: unknown): v is Outcome => outcomes.some((o) => o.value === v)
export const outcomeLabel = (v: string) => outcomes.find((o) => o.value === v)?.zh ?? v
