'use client'
import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { actionsIn, letterActions, statusLabels, type LetterAction, type LetterStatus } from '../../src/letters/rules'

interface LetterView { status?: LetterStatus; replyDraft?: string; due?: string; overdue?: boolean; unit?: number | string }
interface Unit { id: number | string; shortName: string }

const text = {
  zh: { title: '办理', state: '状态', due: '时限', overdue: '已逾期', reply: '答复稿', reason: '理由或意见', unit: '承办单位', into: '合并到（来信 ID）', saveFirst: '—' },
  en: { title: 'Handling', state: 'Status', due: 'Due', overdue: 'overdue', reply: 'Draft reply', reason: 'Reason or comment', unit: 'Answering unit', into: 'Merge into (letter ID)', saveFirst: '—' },
}

/** Sidebar panel of a letter: its status and deadline, and the steps the signed-in user may take. */
export function LetterPanel() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'zh'
  const t = text[lang]
  const api = `${config.serverURL}${config.routes.api}/letters`
  const [letter, setLetter] = useState<LetterView | null>(null)
  const [units, setUnits] = useState<Unit[]>([])
  const [reply, setReply] = useState('')
  const [note, setNote] = useState('')
  const [unit, setUnit] = useState('')
  const [into, setInto] = useState('')
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    const res = await fetch(`${api}/${id}?depth=0`, { credentials: 'include' })
    if (!res.ok) return
    const doc = (await res.json()) as LetterView
    setLetter(doc)
    setReply(doc.replyDraft ?? '')
  }, [api, id])
  useEffect(() => void load(), [load])
  useEffect(() => {
    void fetch(`${config.serverURL}${config.routes.api}/tenants?limit=250&depth=0&sort=sortOrder&select[shortName]=true`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : { docs: [] }))
      .then((r: { docs: Unit[] }) => setUnits(r.docs))
  }, [config])

  const act = async (action: LetterAction) => {
    setBusy(true)
    try {
      const res = await fetch(`${api}/${id}/act`, {
        method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action, reply, reason: note, comment: note, unit, into }),
      })
      const body = (await res.json()) as { message?: string; errors?: { message: string }[] }
      if (!res.ok) return void toast.error(body.errors?.[0]?.message ?? res.statusText)
      toast.success(body.message ?? 'OK')
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  if (!id || !letter?.status) return null
  const actions = actionsIn(letter.status)
  return (
    <section aria-labelledby="letter-panel-title" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="letter-panel-title">{t.title}</h3>
      <p>{t.state}：<strong data-letter-status={letter.status}>{statusLabels[letter.status][lang]}</strong></p>
      {letter.due && <p>{t.due}：{letter.due}{letter.overdue && <strong style={{ color: 'var(--theme-error-500)' }}>（{t.overdue}）</strong>}</p>}
      {(actions.includes('draft') || actions.includes('approve')) && (
        <label style={{ display: 'block' }}>{t.reply}
          <textarea value={reply} onChange={(e) => setReply(e.target.value)} rows={6} style={{ width: '100%' }} readOnly={!actions.includes('draft')} />
        </label>
      )}
      {actions.some((a) => a === 'reject' || a === 'return' || a === 'approve') && (
        <label style={{ display: 'block' }}>{t.reason}
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} style={{ width: '100%' }} />
        </label>
      )}
      {actions.includes('route') && (
        <label style={{ display: 'block' }}>{t.unit}
          <select value={unit} onChange={(e) => setUnit(e.target.value)} style={{ width: '100%' }}>
            <option value="">—</option>
            {units.map((u) => <option key={u.id} value={String(u.id)}>{u.shortName}</option>)}
          </select>
        </label>
      )}
      {actions.includes('merge') && (
        <label style={{ display: 'block' }}>{t.into}
          <input value={into} onChange={(e) => setInto(e.target.value)} style={{ width: '100%' }} />
        </label>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', marginTop: '0.5rem' }}>
        {actions.map((action) => (
          <Button key={action} size="small" disabled={busy} buttonStyle={action === 'reject' || action === 'return' || action === 'merge' ? 'secondary' : 'primary'} onClick={() => void act(action)}>
            {letterActions[action][lang]}
          </Button>
        ))}
      </div>
    </section>
  )
}
