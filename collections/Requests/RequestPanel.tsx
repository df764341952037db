'use client'
import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { outcomeGroups } from '../../src/requests/outcomes'
import { requestSteps, statusLabels, type RequestStatus, type RequestStep } from '../../src/requests/state-machine'

interface View { status?: RequestStatus; due?: string; overdue?: boolean; extension?: { extended?: boolean }; documents?: ({ id: string; filename?: string; url?: string } | string)[] }
interface Unit { id: number | string; shortName: string }

/** Sidebar panel of an application: state, deadline, and each step the state allows, with the input it needs. */
export function RequestPanel() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'zh'
  const api = `${config.serverURL}${config.routes.api}`
  const [doc, setDoc] = useState<View | null>(null)
  const [units, setUnits] = useState<Unit[]>([])
  const [input, setInput] = useState<Record<string, string>>({ outcome: 'open', method: 'count' })
  const [busy, setBusy] = useState(false)
  const [files, setFiles] = useState<File[]>([])
  const set = (k: string) => (e: { target: { value: string } }) => setInput((v) => ({ ...v, [k]: e.target.value }))

  const load = useCallback(async () => {
    if (!id) return
    const res = await fetch(`${api}/requests/${id}?depth=1`, { credentials: 'include' })
    if (res.ok) setDoc((await res.json()) as View)
  }, [api, id])
  useEffect(() => void load(), [load])
  useEffect(() => {
    void fetch(`${api}/tenants?limit=250&depth=0&sort=sortOrder&select[shortName]=true`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : { docs: [] }))
      .then((r: { docs: Unit[] }) => setUnits(r.docs))
  }, [api])

  const act = async (step: RequestStep) => {
    setBusy(true)
    try {
      // The answer's documents go as a multipart form; every other step as JSON.
      let init: RequestInit = { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ step, ...input }) }
      if (step === 'answer' && files.length) {
        const form = new FormData()
        for (const [k, v] of Object.entries({ step, ...input })) form.append(k, v)
        for (const f of files) form.append('documents', f)
        init = { body: form }
      }
      const res = await fetch(`${api}/requests/${id}/step`, { method: 'POST', credentials: 'include', ...init })
      const body = (await res.json()) as { message?: string; errors?: { message: string }[] }
      if (!res.ok) return void toast.error(body.errors?.[0]?.message ?? res.statusText)
      toast.success(body.message ?? 'OK')
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  if (!id || !doc?.status) return null
  const steps = (Object.keys(requestSteps) as RequestStep[]).filter((s) => (requestSteps[s].from as readonly string[]).includes(doc.status!) && !(s === 'extend' && doc.extension?.extended))
  const field = (k: string, label: string, rows = 2) => (
    <label key={k} style={{ display: 'block' }}>{label}<textarea value={input[k] ?? ''} onChange={set(k)} rows={rows} style={{ width: '100%' }} /></label>
  )
  return (
    <section aria-labelledby="request-panel-title" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="request-panel-title">{lang === 'zh' ? '办理' : 'Handling'}</h3>
      <p>{lang === 'zh' ? '状态' : 'Status'}：<strong data-request-status={doc.status}>{statusLabels[doc.status][lang]}</strong></p>
      {doc.due && <p>{lang === 'zh' ? '答复期限' : 'Due'}：{doc.due}{doc.overdue && <strong style={{ color: 'var(--theme-error-500)' }}>（{lang === 'zh' ? '已逾期' : 'overdue'}）</strong>}</p>}
      {doc.documents?.some((d) => typeof d === 'object') && (
        <ul aria-label={lang === 'zh' ? '答复文书' : 'Answer documents'}>
          {doc.documents.map((d) => typeof d === 'object' && <li key={d.id}><a href={d.url} download>{d.filename}</a></li>)}
        </ul>
      )}
      {steps.includes('answer') && (
        <label style={{ display: 'block' }}>{lang === 'zh' ? '办理结果（年报表三）' : 'Outcome'}
          <select value={input.outcome} onChange={set('outcome')} style={{ width: '100%' }}>
            {outcomeGroups.map((g) => <optgroup key={g.key} label={g.zh}>{g.reasons.map((r) => <option key={r.value} value={r.value}>{r.zh}</option>)}</optgroup>)}
          </select>
        </label>
      )}
      {steps.includes('answer') && field('answer', lang === 'zh' ? '答复内容' : 'Answer', 5)}
      {steps.includes('answer') && (
        <label style={{ display: 'block' }}>{lang === 'zh' ? '答复文书（PDF、DOCX 等，最多 5 个，每个不超过 10 MB）' : 'Answer documents (PDF, DOCX…; up to 5 of 10 MB)'}
          <input type="file" name="documents" multiple accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png" onChange={(e) => setFiles([...(e.target.files ?? [])])} />
        </label>
      )}
      {steps.includes('clarify') && field('asked', lang === 'zh' ? '需补正的内容' : 'What to clarify')}
      {steps.includes('consult') && field('party', lang === 'zh' ? '征求意见的第三方或机关' : 'Party consulted', 1)}
      {steps.includes('extend') && [field('reason', lang === 'zh' ? '延期理由' : 'Reason for extension'), field('approver', lang === 'zh' ? '批准人' : 'Approved by', 1)]}
      {steps.includes('fee-notice') && (
        <label style={{ display: 'block' }}>{lang === 'zh' ? '计收方式与页数' : 'Fee method and pages'}
          <select value={input.method} onChange={set('method')}><option value="count">按件计收</option><option value="pages">按量计收</option></select>
          <input value={input.pages ?? ''} onChange={set('pages')} inputMode="numeric" placeholder="页数" style={{ width: '6em' }} />
        </label>
      )}
      {steps.includes('route') && (
        <label style={{ display: 'block' }}>{lang === 'zh' ? '承办单位' : 'Answering unit'}
          <select value={input.unit ?? ''} onChange={set('unit')} style={{ width: '100%' }}>
            <option value="">—</option>
            {units.map((u) => <option key={u.id} value={String(u.id)}>{u.shortName}</option>)}
          </select>
        </label>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', marginTop: '0.5rem' }}>
        {steps.map((s) => (
          <Button key={s} size="small" disabled={busy} buttonStyle={s === 'answer' ? 'primary' : 'secondary'} onClick={() => void act(s)}>{requestSteps[s][lang]}</Button>
        ))}
      </div>
    </section>
  )
}
