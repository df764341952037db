'use client'
import { Button, toast } from '@payloadcms/ui'
import { useState } from 'react'

export interface Finding {
  kind: string; key: string; masked: string; field?: string; start: number; attachment?: string; sheet?: string; cell?: string; page?: number; intended?: boolean
}

const text = {
  zh: {
    title: '个人信息检查', check: '检查个人信息', none: '未发现个人信息', mask: '一键脱敏', intend: '确认有意公开', intended: '已确认公开',
    kinds: { 'id-card': '身份证号', mobile: '手机号码', 'bank-card': '银行卡号', 'name-address': '姓名与住址' } as Record<string, string>,
    fields: { title: '标题', summary: '摘要', documentNumber: '文号', issuer: '发布机构', body: '正文' } as Record<string, string>,
    place: (f: Finding) => f.attachment
      ? `附件“${f.attachment}”${f.sheet ? `工作表“${f.sheet}”` : ''}${f.cell ? `单元格${f.cell}` : ''}${f.page ? `第${f.page}页` : ''}${f.cell ? '' : `第${f.start + 1}字`}`
      : `${text.zh.fields[f.field ?? ''] ?? f.field}第${f.start + 1}字`,
  },
  en: {
    title: 'Personal data', check: 'Check personal data', none: 'No personal data found', mask: 'Mask all (body)', intend: 'Mark intended', intended: 'intended',
    kinds: { 'id-card': 'ID number', mobile: 'mobile', 'bank-card': 'bank card', 'name-address': 'name with address' } as Record<string, string>,
    fields: { title: 'title', summary: 'summary', documentNumber: 'document number', issuer: 'issuing organ', body: 'body' } as Record<string, string>,
    place: (f: Finding) => f.attachment
      ? `attachment "${f.attachment}"${f.sheet ? ` sheet "${f.sheet}"` : ''}${f.cell ? ` cell ${f.cell}` : ''}${f.page ? ` page ${f.page}` : ''}${f.cell ? '' : ` char ${f.start + 1}`}`
      : `${text.en.fields[f.field ?? ''] ?? f.field} char ${f.start + 1}`,
  },
}

/** Findings of the personal-data guard, with the reviewer's "intended" and the editor's one-click mask. */
export function PersonalDataPanel({ api, lang, findings, setFindings }: { api: string; lang: 'zh' | 'en'; findings: Finding[] | null; setFindings: (f: Finding[]) => void }) {
  const t = text[lang]
  const [busy, setBusy] = useState(false)
  const check = async () => {
    const res = await fetch(`${api}/personal-data`, { credentials: 'include' })
    const body = (await res.json()) as { findings?: Finding[]; errors?: { message: string }[] }
    if (res.ok) setFindings(body.findings ?? [])
    else toast.error(body.errors?.[0]?.message ?? res.statusText)
  }
  const post = async (payload: Record<string, unknown>) => {
    setBusy(true)
    try {
      const res = await fetch(`${api}/personal-data`, {
        method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload),
      })
      const body = (await res.json()) as { message?: string; errors?: { message: string }[] }
      if (!res.ok) return void toast.error(body.errors?.[0]?.message ?? res.statusText)
      toast.success(body.message ?? 'OK')
      if (payload.action === 'mask') window.location.reload()
      else await check()
    } finally {
      setBusy(false)
    }
  }
  const open = (findings ?? []).filter((f) => !f.intended)
  return (
    <div data-personal-data>
      <h4>{t.title}</h4>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        <Button buttonStyle="subtle" size="small" onClick={() => void check()}>{t.check}</Button>
        {open.some((f) => f.field === 'body') && (
          <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void post({ action: 'mask' })}>{t.mask}</Button>
        )}
      </div>
      {findings !== null && findings.length === 0 && <p role="status">{t.none}</p>}
      {findings !== null && findings.length > 0 && (
        <ul role="status" aria-label={t.title}>
          {findings.map((f, i) => (
            <li key={i} data-finding={f.kind}>
              {t.place(f)}：{t.kinds[f.kind] ?? f.kind} {f.masked}{' '}
              {f.intended ? <em>（{t.intended}）</em> : (
                <Button buttonStyle="subtle" size="small" disabled={busy} onClick={() => void post({ action: 'intend', key: f.key })}>{t.intend}</Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
