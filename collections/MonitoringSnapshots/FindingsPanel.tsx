'use client'
import { useFormFields } from '@payloadcms/ui'

interface Evidence { label: string; detail: string; adminUrl?: string }
interface Finding { rule: string; title: string; veto: boolean; count: number; summary: string; evidence: Evidence[] }

/** A monitoring result's findings as a list: veto findings first, each line linking to where it is fixed. */
export function FindingsPanel() {
  const value = useFormFields(([fields]) => fields.findings?.value) as Finding[] | undefined
  const findings = [...(Array.isArray(value) ? value : [])].sort((a, b) => Number(b.veto) - Number(a.veto))
  if (findings.length === 0) return <p>未发现问题 / no findings</p>
  return (
    <div style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h3>问题明细</h3>
      {findings.map((f) => (
        <details key={f.rule} open={f.veto} style={{ marginBottom: 'var(--base)' }}>
          <summary style={{ color: f.veto ? 'var(--theme-error-500)' : undefined }}>
            {f.veto ? '【单项否决】' : '【扣分】'}{f.title}：{f.summary}
          </summary>
          <ul>
            {f.evidence.slice(0, 200).map((e, i) => (
              <li key={i}>{e.adminUrl ? <a href={e.adminUrl}>{e.label}</a> : e.label} — {e.detail}</li>
            ))}
          </ul>
          {f.evidence.length > 200 && <p>另有 {f.evidence.length - 200} 条</p>}
        </details>
      ))}
    </div>
  )
}
