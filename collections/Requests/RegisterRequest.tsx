'use client'
import { Button, toast, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useEffect, useState, type ReactNode } from 'react'
import { asRoleUser, isSuperAdmin, tenantIdsWithRole } from '../../src/access/roles'
import { chinaDate } from '../../src/calendar/working-calendar'
import { applicantKinds } from '../../src/requests/outcomes'
import { channels, deliveries, forms } from '../../src/requests/submission'
import { ReceiptSheet, type RegisteredReceipt } from './ReceiptSheet'
import type { RequestReceipt } from './submit'

interface Unit { id: number | string; slug: string; name: string }

/**
 * Above the applications list: staff register an application that came in person, by post or by fax
 * (POST /api/requests/register). The receipt day follows Art. 31 for the channel; the tracking code and
 * query password are shown once, to be handed to the applicant.
 */
export function RegisterRequest() {
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const api = `${config.serverURL}${config.routes.api}`
  const [units, setUnits] = useState<Unit[]>([])
  const [input, setInput] = useState<Record<string, string>>({ channel: 'in-person', applicantKind: 'natural', form: 'paper', delivery: 'post', receivedDay: chinaDate(new Date()) })
  const [receipt, setReceipt] = useState<RegisteredReceipt | null>(null)
  const [busy, setBusy] = useState(false)
  const set = (k: string) => (e: { target: { value: string } }) => setInput((v) => ({ ...v, [k]: e.target.value }))

  useEffect(() => {
    const roleUser = asRoleUser(user)
    const mine = new Set(tenantIdsWithRole(roleUser, ['webmaster', 'editor']).map(String))
    void fetch(`${api}/tenants?limit=250&depth=0&sort=sortOrder&select[name]=true&select[slug]=true`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : { docs: [] }))
      .then((r: { docs: Unit[] }) => {
        const list = isSuperAdmin(roleUser) ? r.docs : r.docs.filter((u) => mine.has(String(u.id)))
        setUnits(list)
        if (list[0]) setInput((v) => ({ ...v, site: v.site ?? list[0].slug }))
      })
  }, [api, user])

  if (units.length === 0) return null
  const channel = channels.find((c) => c.value === input.channel)
  const natural = input.applicantKind === 'natural'
  const row = (k: string, label: string, control: ReactNode) => (
    <label key={k} htmlFor={`register-${k}`} style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>{label}{control}</label>
  )
  const text = (k: string, label: string, required = false, type = 'text') =>
    row(k, `${label}${required ? ' *' : ''}`, <input id={`register-${k}`} type={type} required={required} value={input[k] ?? ''} onChange={set(k)} />)
  const select = (k: string, label: string, list: readonly { value: string; zh: string }[]) =>
    row(k, label, <select id={`register-${k}`} value={input[k] ?? ''} onChange={set(k)}>{list.map((o) => <option key={o.value} value={o.value}>{o.zh}</option>)}</select>)

  const submit = async (e: { preventDefault: () => void }) => {
    e.preventDefault()
    setBusy(true)
    try {
      const res = await fetch(`${api}/requests/register`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) })
      const body = (await res.json()) as RequestReceipt & { message?: string; errors?: { message: string }[] }
      if (!res.ok) return void toast.error(body.errors?.[0]?.message ?? res.statusText)
      toast.success(body.message ?? 'OK')
      const clerk = (user as { name?: string } | null)?.name || user?.email || ''
      setReceipt({ ...body, applicant: input.name ?? '', channel: input.channel, description: input.description ?? '', clerk, registeredDay: chinaDate(new Date()) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <details style={{ marginBottom: 'var(--base)' }} data-register-request>
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{zh ? '登记申请（当面、邮寄、传真）' : 'Register an application (in person, post, fax)'}</summary>
      {receipt ? (
        <div role="status" style={{ padding: 'var(--base) 0' }}>
          <p>{zh ? '已登记，请打印回执交给申请人（查询密码只显示这一次）：' : 'Registered. Print the receipt for the applicant (the password is shown only once):'}</p>
          <p>{zh ? '查询码' : 'Code'}：<strong data-tracking-code>{receipt.trackingCode}</strong>{" "}{zh ? '查询密码' : 'Password'}：<strong data-password>{receipt.password}</strong></p>
          <ReceiptSheet receipt={receipt} zh={zh} />
          <p><a href={`${config.routes.admin}/collections/requests?where[trackingCode][equals]=${receipt.trackingCode}`}>{zh ? '打开该申请' : 'Open the application'}</a>{" "}
            <Button size="small" buttonStyle="secondary" onClick={() => setReceipt(null)}>{zh ? '再登记一件' : 'Register another'}</Button></p>
        </div>
      ) : (
        <form onSubmit={(e) => void submit(e)} style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))', gap: 'calc(var(--base) / 2)', padding: 'var(--base) 0' }}>
          {select('site', zh ? '受理单位' : 'Unit', units.map((u) => ({ value: u.slug, zh: u.name })))}
          {select('channel', zh ? '申请渠道' : 'Channel', channels.filter((c) => c.value !== 'online'))}
          {text('receivedDay', `${zh ? '收到申请之日' : 'Received on'}（${channel?.receipt ?? ''}）`, true, 'date')}
          {select('applicantKind', zh ? '申请人类型' : 'Applicant type', applicantKinds)}
          {text('name', natural ? (zh ? '姓名' : 'Name') : (zh ? '名称' : 'Organisation name'), true)}
          {text('idNumber', natural ? (zh ? '身份证件号码' : 'ID document number') : (zh ? '统一社会信用代码' : 'Unified social credit code'), true)}
          {!natural && text('contactPerson', zh ? '联系人' : 'Contact person', true)}
          {text('phone', zh ? '联系电话' : 'Phone', true)}
          {text('email', zh ? '电子邮箱' : 'E-mail', false, 'email')}
          {text('address', zh ? '通信地址' : 'Address')}
          {text('documentNumber', zh ? '文号（如知道）' : 'Document number (if known)')}
          {select('form', zh ? '获取方式' : 'Form', forms)}
          {select('delivery', zh ? '获取途径' : 'Delivery', deliveries)}
          <div style={{ gridColumn: '1 / -1' }}>
            {row('description', zh ? '所需信息的内容描述 *' : 'Information sought *', <textarea id="register-description" required rows={3} value={input.description ?? ''} onChange={set('description')} />)}
            {row('purpose', zh ? '用途' : 'Purpose', <textarea id="register-purpose" rows={2} value={input.purpose ?? ''} onChange={set('purpose')} />)}
          </div>
          <div><Button type="submit" disabled={busy}>{zh ? '登记' : 'Register'}</Button></div>
        </form>
      )}
    </details>
  )
}
