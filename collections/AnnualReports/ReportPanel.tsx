'use client'
import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

interface Row { key: string; label: string; values: Record<string, number> | null }
interface View {
  status?: 'draft' | 'submitted' | 'published'
  disclosure?: number | string | null
  indexNumber?: string | null
  figures?: { table3: Row[]; letters: Record<string, number | null>; proactiveTotal: number } | null
  traces?: Record<string, (number | string)[]> | null
}
const statusText = { draft: ['编辑中', 'Draft'], submitted: ['已提交，待审核发布', 'Submitted'], published: ['已发布', 'Published'] }
/** Rows always shown; the other outcomes only when they count something. */
const mainRows = new Set(['new', 'carried-in', 'open', 'total', 'carried-out'])
const targets: Record<string, string> = { t3: 'requests', letters: 'letters', proactive: 'disclosures' }

/**
 * Sidebar panel of an annual report: submit (the template's checks run on the server), the disclosure
 * item it became, the DOCX, and once submitted each computed figure linked to the records it counts.
 */
export function ReportPanel() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const api = `${config.serverURL}${config.routes.api}`
  const admin = `${config.serverURL}${config.routes.admin}`
  const [doc, setDoc] = useState<View | null>(null)
  const [problems, setProblems] = useState<string[]>([])
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    const res = await fetch(`${api}/annual-reports/${id}?depth=0`, { credentials: 'include' })
    if (res.ok) setDoc((await res.json()) as View)
  }, [api, id])
  useEffect(() => void load(), [load])

  const submit = async () => {
    setBusy(true)
    try {
      const res = await fetch(`${api}/annual-reports/${id}/submit`, { method: 'POST', credentials: 'include' })
      const body = (await res.json()) as { message?: string; errors?: { message: string; data?: { problems?: { zh: string; en: string }[] } }[] }
      if (!res.ok) {
        setProblems((body.errors?.[0]?.data?.problems ?? []).map((p) => (zh ? p.zh : p.en)))
        return void toast.error(body.errors?.[0]?.message ?? res.statusText)
      }
      toast.success(body.message ?? 'OK')
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  if (!id || !doc?.status) return null
  const traced = (cell: string, value: number | null | undefined) => {
    const ids = doc.traces?.[cell]
    if (!ids) return <span>{value ?? '—'}</span>
    // Short lists open the admin list of exactly those records; long ones (a year of letters) the trace endpoint.
    const url = ids.length > 0 && ids.length <= 200
      ? `${admin}/collections/${targets[cell.split(':')[0]]}?${ids.map((x, i) => `where[id][in][${i}]=${encodeURIComponent(String(x))}`).join('&')}`
      : `${api}/annual-reports/${id}/trace?cell=${encodeURIComponent(cell)}`
    return <a href={url} title={zh ? '查看所计记录' : 'records counted'}>{value ?? ids.length}</a>
  }
  const f = doc.figures
  return (
    <section aria-labelledby="report-panel-title" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="report-panel-title">{zh ? '年报' : 'Report'}</h3>
      <p>{zh ? '状态' : 'Status'}：<strong data-report-status={doc.status}>{statusText[doc.status][zh ? 0 : 1]}</strong></p>
      {doc.status !== 'published' && <Button size="small" buttonStyle="primary" disabled={busy} onClick={() => void submit()}>{zh ? '校验并提交' : 'Check and submit'}</Button>}
      {problems.length > 0 && <ul role="alert" style={{ color: 'var(--theme-error-500)' }}>{problems.map((p, i) => <li key={i}>{p}</li>)}</ul>}
      <p><a href={`${api}/annual-reports/${id}/docx`}>{zh ? '下载 Word（DOCX）' : 'Download DOCX'}</a></p>
      {doc.disclosure && <p><a href={`${admin}/collections/disclosures/${doc.disclosure}`}>{zh ? '信息公开条目（送审、发布）' : 'Disclosure item (review, publish)'}</a>{doc.indexNumber && ` ${doc.indexNumber}`}</p>}
      {f && (
        <table style={{ fontSize: '0.85em', width: '100%' }}>
          <caption style={{ textAlign: 'left' }}>{zh ? '平台统计（点击数字查看所计记录）' : 'Computed figures (click to see the records)'}</caption>
          <tbody>
            {f.table3.filter((r) => r.values && (mainRows.has(r.key) || r.values.total > 0)).map((r) => <tr key={r.key}><th scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>{r.label}</th><td>{traced(`t3:${r.key}:total`, r.values!.total)}</td></tr>)}
            <tr><th scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>{zh ? '信箱收信' : 'Letters received'}</th><td>{traced('letters:received', f.letters.received)}</td></tr>
            <tr><th scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>{zh ? '信箱办结答复' : 'Letters handled'}</th><td>{traced('letters:replied', f.letters.replied)}</td></tr>
            <tr><th scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>{zh ? '主动公开信息' : 'Proactive items'}</th><td>{traced('proactive:total', f.proactiveTotal)}</td></tr>
          </tbody>
        </table>
      )}
    </section>
  )
}
