import type { CollectionConfig } from 'payload'
import { workingDaysTaken } from '../../src/calendar/estimate'
import { chinaDate } from '../../src/calendar/working-calendar'
import { workingCalendar } from '../CalendarOverrides/calendar-cache'
import { applicantKinds, outcomes } from '../../src/requests/outcomes'
import { isOpen, requestStatuses, requestSteps, statusLabels, type RequestStatus } from '../../src/requests/state-machine'
import { channels, deliveries, forms } from '../../src/requests/submission'
import { fixed, historyField } from '../shared/citizen-fields'
import { letterReadAccess } from '../Letters/access'
import { requestEndpoints } from './endpoints'

const options = (list: readonly { value: string; zh: string }[]) => list.map((o) => ({ value: o.value, label: o.zh }))
const historySteps = [...Object.entries(requestSteps).map(([value, s]) => ({ value, zh: s.zh })), { value: 'receive', zh: '收到申请' }]

/**
 * 依申请公开申请: applications for government information (2019 Regulation). Submitted on any site's
 * 依申请公开 page or registered by staff; handled only through POST /api/requests/:id/step.
 */
export const Requests: CollectionConfig = {
  slug: 'requests',
  graphQL: { singularName: 'DisclosureRequest', pluralName: 'DisclosureRequests' },
  labels: { singular: { zh: '依申请公开申请', en: 'Disclosure application' }, plural: { zh: '依申请公开', en: 'Disclosure applications' } },
  admin: {
    useAsTitle: 'trackingCode',
    components: { beforeListTable: ['/collections/Requests/RegisterRequest#RegisterRequest'] },
    group: { zh: '政民互动', en: 'Citizens' },
    defaultColumns: ['trackingCode', 'status', 'unit', 'receivedDay', 'due', 'daysLeft', 'pausedDays', 'overdue', 'outcome'],
    listSearchableFields: ['trackingCode', 'description'],
    description: { zh: '法定答复期限按工作日计算（补正重新起算，征求意见期间不计）；补正、征求意见、延期、收费和答复在右侧“办理”栏中进行。', en: 'Deadlines in working days (restarted by clarification, paused by consultation).' },
  },
  defaultSort: '-receivedDay',
  // Same readers as letters: hub staff, the answering unit, and the webmaster of the site applied to.
  access: { read: letterReadAccess, create: () => false, update: () => false, delete: () => false },
  endpoints: requestEndpoints,
  hooks: {
    afterRead: [async ({ doc, req }) => {
      const running = Boolean(doc.status && isOpen(doc.status as RequestStatus) && doc.due)
      const today = chinaDate(new Date())
      doc.overdue = running && today > doc.due
      doc.daysLeft = running ? workingDaysTaken(await workingCalendar(req.payload), today, doc.due) : null
      return doc
    }],
  },
  fields: [
    {
      name: 'handling', type: 'ui', label: { zh: '办理', en: 'Handling' },
      admin: { position: 'sidebar', components: { Field: '/collections/Requests/RequestPanel#RequestPanel' } },
    },
    { name: 'trackingCode', type: 'text', required: true, unique: true, index: true, label: { zh: '查询码', en: 'Tracking code' }, ...fixed },
    {
      name: 'applicant', type: 'group', label: { zh: '申请人（个人信息，仅办理人员可见）', en: 'Applicant (personal data: handlers only)' }, ...fixed,
      fields: [
        { name: 'kind', type: 'select', required: true, options: options(applicantKinds), label: { zh: '申请人类型', en: 'Applicant type' }, ...fixed },
        { name: 'name', type: 'text', required: true, label: { zh: '姓名或名称', en: 'Name' }, ...fixed },
        { name: 'idNumber', type: 'text', label: { zh: '身份证件号码或统一社会信用代码', en: 'ID or credit code' }, ...fixed },
        { name: 'contactPerson', type: 'text', label: { zh: '联系人', en: 'Contact person' }, ...fixed },
        { name: 'phone', type: 'text', label: { zh: '联系电话', en: 'Phone' }, ...fixed },
        { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'E-mail' }, ...fixed },
        { name: 'address', type: 'text', label: { zh: '通信地址', en: 'Address' }, ...fixed },
      ],
    },
    { name: 'description', type: 'textarea', required: true, label: { zh: '所需信息的内容描述', en: 'Information sought' }, ...fixed },
    { name: 'documentNumber', type: 'text', label: { zh: '文号', en: 'Document number' }, ...fixed },
    { name: 'purpose', type: 'textarea', label: { zh: '用途', en: 'Purpose' }, ...fixed },
    { name: 'form', type: 'select', options: options(forms), label: { zh: '获取方式', en: 'Form' }, ...fixed },
    { name: 'delivery', type: 'select', options: options(deliveries), label: { zh: '获取途径', en: 'Delivery' }, ...fixed },
    { name: 'channel', type: 'select', required: true, options: options(channels), label: { zh: '申请渠道', en: 'Channel' }, admin: { position: 'sidebar' }, ...fixed },
    { name: 'site', type: 'relationship', relationTo: 'tenants', required: true, index: true, label: { zh: '受理站点', en: 'Applied to' }, admin: { position: 'sidebar' }, ...fixed },
    { name: 'unit', type: 'relationship', relationTo: 'tenants', required: true, index: true, label: { zh: '承办单位', en: 'Answering unit' }, admin: { position: 'sidebar' }, ...fixed },
    { name: 'status', type: 'select', required: true, index: true, defaultValue: 'registered', options: requestStatuses.map((v) => ({ value: v, label: statusLabels[v] })), label: { zh: '状态', en: 'Status' }, admin: { position: 'sidebar' }, ...fixed },
    { name: 'receivedDay', type: 'text', required: true, index: true, label: { zh: '收到申请之日', en: 'Received' }, admin: { position: 'sidebar' }, ...fixed },
    { name: 'due', type: 'text', index: true, label: { zh: '答复期限', en: 'Due' }, admin: { position: 'sidebar' }, ...fixed },
    { name: 'dueEstimated', type: 'checkbox', label: { zh: '期限为估算（工作日历缺少该年度安排）', en: 'Due day estimated (calendar lacks that year)' }, admin: { position: 'sidebar' }, ...fixed },
    { name: 'daysLeft', type: 'number', virtual: true, label: { zh: '剩余工作日', en: 'Working days left' }, admin: { position: 'sidebar', readOnly: true }, ...fixed },
    { name: 'overdue', type: 'checkbox', virtual: true, label: { zh: '逾期', en: 'Overdue' }, admin: { position: 'sidebar', readOnly: true }, ...fixed },
    { name: 'regime', type: 'select', options: ['2019', '2008'], label: { zh: '适用条例', en: 'Regulation' }, admin: { position: 'sidebar' }, ...fixed },
    { name: 'pausedDays', type: 'number', label: { zh: '不计入期限的工作日', en: 'Paused working days' }, admin: { position: 'sidebar' }, ...fixed },
    {
      name: 'clarification', type: 'group', label: { zh: '补正', en: 'Clarification' }, ...fixed,
      fields: [
        { name: 'asked', type: 'textarea', label: { zh: '需补正的内容', en: 'What to clarify' }, ...fixed },
        { name: 'askedDay', type: 'text', label: { zh: '告知日期', en: 'Asked on' }, ...fixed },
        { name: 'byDay', type: 'text', label: { zh: '补正期限', en: 'Clarify by' }, ...fixed },
        { name: 'clarifiedDay', type: 'text', label: { zh: '收到补正之日', en: 'Clarified on' }, ...fixed },
      ],
    },
    {
      name: 'pauses', type: 'array', label: { zh: '征求意见（期间不计入答复期限）', en: 'Consultations (not counted)' }, ...fixed,
      fields: [
        { name: 'party', type: 'text', label: { zh: '第三方或机关', en: 'Party' }, ...fixed },
        { name: 'from', type: 'text', label: { zh: '发出之日', en: 'From' }, ...fixed },
        { name: 'to', type: 'text', label: { zh: '回复之日', en: 'To' }, ...fixed },
      ],
    },
    {
      name: 'extension', type: 'group', label: { zh: '延期答复', en: 'Extension' }, ...fixed,
      fields: [
        { name: 'extended', type: 'checkbox', label: { zh: '已延期', en: 'Extended' }, ...fixed },
        { name: 'reason', type: 'textarea', label: { zh: '延期理由', en: 'Reason' }, ...fixed },
        { name: 'approver', type: 'text', label: { zh: '批准人', en: 'Approved by' }, ...fixed },
      ],
    },
    {
      name: 'fee', type: 'group', label: { zh: '信息处理费', en: 'Processing fee' }, ...fixed,
      fields: [
        { name: 'amount', type: 'number', label: { zh: '金额（元）', en: 'Amount (yuan)' }, ...fixed },
        { name: 'method', type: 'select', options: [{ value: 'count', label: '按件计收' }, { value: 'pages', label: '按量计收' }], label: { zh: '计收方式', en: 'Method' }, ...fixed },
        { name: 'byDay', type: 'text', label: { zh: '缴费期限', en: 'Pay by' }, ...fixed },
        { name: 'paidDay', type: 'text', label: { zh: '缴费之日', en: 'Paid on' }, ...fixed },
      ],
    },
    { name: 'outcome', type: 'select', options: outcomes.map((o) => ({ value: o.value, label: o.zh })), index: true, label: { zh: '办理结果（年报表三）', en: 'Outcome (report table 三)' }, ...fixed },
    { name: 'answer', type: 'textarea', label: { zh: '答复内容', en: 'Answer' }, ...fixed },
    { name: 'documents', type: 'relationship', relationTo: 'request-documents', hasMany: true, label: { zh: '答复文书', en: 'Answer documents' }, ...fixed },
    { name: 'endedDay', type: 'text', index: true, label: { zh: '办结之日', en: 'Ended on' }, admin: { position: 'sidebar' }, ...fixed },
    { name: 'verification', type: 'select', options: ['pow', 'question', 'staff', 'import'], admin: { position: 'sidebar' }, label: { zh: '防滥用验证方式', en: 'Anti-abuse check' }, ...fixed },
    { name: 'passwordHash', type: 'text', hidden: true, ...fixed },
    { name: 'replayKey', type: 'text', unique: true, hidden: true, ...fixed },
    historyField('step', options(historySteps)),
  ],
}
