import { isApplicantKind, type ApplicantKind } from './outcomes'
import { RequestError } from './state-machine'

/** What an applicant (or staff registering a paper application) gives. Pure validation. */
export const forms = [{ value: 'paper', zh: '纸质' }, { value: 'email', zh: '电子邮件' }, { value: 'electronic', zh: '电子数据（光盘等）' }] as const
export const deliveries = [{ value: 'post', zh: '邮寄' }, { value: 'email', zh: '电子邮件' }, { value: 'collection', zh: '当面领取' }] as const
/** How it arrived, and which day counts as receipt for each (Art. 31). */
export const channels = [
  { value: 'online', zh: '网上申请', receipt: '双方确认之日（网上提交即确认）' },
  { value: 'in-person', zh: '当面提交', receipt: '提交之日' },
  { value: 'registered-post', zh: '挂号邮寄', receipt: '签收之日' },
  { value: 'letter', zh: '平常信函', receipt: '与申请人确认之日' },
  { value: 'fax', zh: '传真', receipt: '双方确认之日' },
] as const
export type Channel = (typeof channels)[number]['value']

export interface RequestInput {
  applicant: { kind: ApplicantKind; name: string; idNumber: string; contactPerson?: string; phone: string; email?: string; address?: string }
  description: string
  documentNumber?: string
  purpose?: string
  form: (typeof forms)[number]['value']
  delivery: (typeof deliveries)[number]['value']
}

const bad = (zh: string, en: string) => new RequestError('missing', zh, en)

function text(raw: unknown, zh: string, en: string, max: number, required: boolean): string {
  if (raw !== undefined && raw !== null && typeof raw !== 'string') throw bad(`${zh}须为文本`, `${en} must be text`)
  const value = (raw ?? '').replace(/\r\n/g, '\n').trim()
  if (required && !value) throw bad(`请填写${zh}`, `${en} is required`)
  if ([...value].length > max) throw bad(`${zh}不能超过 ${max} 字`, `${en} is longer than ${max} characters`)
  if ([...value].some((c) => { const n = c.charCodeAt(0); return (n < 32 && c !== '\n' && c !== '\t') || n === 127 })) throw bad(`${zh}含有无效字符`, `${en} contains invalid characters`)
  return value
}

const ID_CARD = /^\d{17}[\dX]$/
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/
const EMAIL = /^[^\s@<>()",;]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/
const pickOf = <T extends readonly { value: string }[]>(list: T, raw: unknown, zh: string, en: string): T[number]['value'] => {
  if (!list.some((o) => o.value === raw)) throw bad(`请选择${zh}`, `choose ${en}`)
  return raw as T[number]['value']
}

export function readRequestInput(raw: Record<string, unknown>): RequestInput {
  const kind = raw.applicantKind
  if (!isApplicantKind(kind)) throw bad('请选择申请人类型（自然人，或法人或其他组织的类别）', 'choose the applicant type')
  const natural = kind === 'natural'
  const name = text(raw.name, natural ? '姓名' : '名称', 'name', 100, true)
  const idNumber = text(raw.idNumber, natural ? '身份证件号码' : '统一社会信用代码', 'identity number', 30, true).toUpperCase()
  if (natural && !ID_CARD.test(idNumber) && !/^[A-Z0-9]{6,20}$/.test(idNumber)) throw bad('身份证件号码格式不正确', 'the identity document number is not valid')
  if (!natural && !CREDIT_CODE.test(idNumber)) throw bad('统一社会信用代码应为18位', 'the unified social credit code has 18 characters')
  const contactPerson = text(raw.contactPerson, '联系人', 'contact person', 50, !natural)
  const phone = text(raw.phone, '联系电话', 'phone', 20, true).replace(/\s+/g, '')
  if (!PHONE.test(phone)) throw bad('联系电话格式不正确（手机号或区号-座机号）', 'the phone number is not a mobile or landline number')
  const email = text(raw.email, '电子邮箱', 'e-mail', 120, false)
  if (email && !EMAIL.test(email)) throw bad('电子邮箱格式不正确', 'the e-mail address is not valid')
  const address = text(raw.address, '通信地址', 'address', 200, false)
  const description = text(raw.description, '所需信息的内容描述', 'description of the information', 5000, true)
  if ([...description].length < 10) throw bad('所需信息的内容描述至少 10 字', 'describe the information in at least 10 characters')
  const form = pickOf(forms, raw.form ?? 'electronic', '获取信息的方式', 'a form')
  const delivery = pickOf(deliveries, raw.delivery ?? 'email', '获取信息的途径', 'a delivery')
  if ((delivery === 'email' || form === 'email') && !email) throw bad('选择电子邮件方式时须填写电子邮箱', 'e-mail delivery needs an e-mail address')
  if (delivery === 'post' && !address) throw bad('选择邮寄时须填写通信地址', 'postal delivery needs an address')
  return {
    applicant: { kind, name, idNumber, contactPerson: contactPerson || undefined, phone, email: email || undefined, address: address || undefined },
    description, documentNumber: text(raw.documentNumber, '文号', 'document number', 60, false) || undefined,
    purpose: text(raw.purpose, '用途', 'purpose', 500, false) || undefined, form, delivery,
  }
}
