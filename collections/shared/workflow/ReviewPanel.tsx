'use client'
import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { PersonalDataPanel, type Finding } from './PersonalDataPanel'
import { actionsIn, historyActionLabels, stateLabels, type ReviewState } from '../../../src/review/state-machine'

interface Hit { field?: string; start?: number; wrong?: string; correct?: string; severity?: string; context?: string }
interface HistoryRow { action?: string; byName?: string; at?: string; comment?: string; level?: number | null }
interface Review { state?: string; history?: HistoryRow[]; wordingHits?: Hit[]; level?: number | null; levels?: number | null; levelName?: string | null }

const text = {
  zh: {
    title: '审核', state: '状态', submit: '送审', withdraw: '撤回', approve: '审核通过', return: '退回', check: '检查错敏词',
    comment: '审核意见（退回时必填）', none: '未发现错敏词', history: '审核记录', saveFirst: '保存后可送审',
    readyToPublish: '，可发布',
    fields: { title: '标题', summary: '摘要', documentNumber: '文号', issuer: '发布机构', body: '正文' },
    at: (n: number) => `第${n}字`, block: '禁止', warn: '提示',
    level: (r: Review) => `第${r.level}级／共${r.levels}级${r.levelName ? `：${r.levelName}` : ''}`, atLevel: (n: number) => `（第${n}级）`,
  },
  en: {
    title: 'Review', state: 'State', submit: 'Submit for review', withdraw: 'Withdraw', approve: 'Approve', return: 'Return', check: 'Check wording',
    comment: 'Comment (required to return)', none: 'No wording problems found', history: 'History', saveFirst: 'Save before submitting',
    readyToPublish: ', ready to publish',
    fields: { title: 'Title', summary: 'Summary', documentNumber: 'Document number', issuer: 'Issuing organ', body: 'Body' },
    at: (n: number) => `character ${n}`, block: 'block', warn: 'warn',
    level: (r: Review) => `level ${r.level} of ${r.levels}${r.levelName ? `: ${r.levelName}` : ''}`, atLevel: (n: number) => ` (level ${n})`,
  },
}

const isState = (value: string): value is ReviewState => value in stateLabels

/** Sidebar panel: review state, actions, wording findings and history of the document. */
export function ReviewPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'zh'
  const t = text[lang]
  const stateName = (state: string) => (isState(state) ? stateLabels[state][lang] + (state === 'approved' ? t.readyToPublish : '') : state)
  const historyName = (action: string) => (action in historyActionLabels ? historyActionLabels[action as keyof typeof historyActionLabels][lang] : action)
  const api = `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}`
  const [review, setReview] = useState<Review | null>(null)
  const [hits, setHits] = useState<Hit[] | null>(null)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [findings, setFindings] = useState<Finding[] | null>(null)

  const load = useCallback(async () => {
    if (!id) return
    const res = await fetch(`${api}?draft=true&depth=0`, { credentials: 'include' })
    if (res.ok) setReview(((await res.json()) as { review?: Review }).review ?? { state: 'draft' })
  }, [api, id])
  useEffect(() => void load(), [load])

  const act = async (action: string) => {
    setBusy(true)
    try {
      const res = await fetch(`${api}/review`, {
        method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action, comment }),
      })
      const body = (await res.json()) as { message?: string; errors?: { message: string; data?: { wordingHits?: Hit[]; personalData?: Finding[] } }[] }
      if (!res.ok) {
        toast.error(body.errors?.[0]?.message ?? res.statusText)
        if (body.errors?.[0]?.data?.wordingHits) setHits(body.errors[0].data.wordingHits)
        if (body.errors?.[0]?.data?.personalData) setFindings(body.errors[0].data.personalData)
        return
      }
      toast.success(body.message ?? 'OK')
      setComment('')
      // The form holds the old review record: reload the document view.
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  const check = async () => {
    const res = await fetch(`${api}/wording-check`, { credentials: 'include' })
    const body = (await res.json()) as { hits?: Hit[]; errors?: { message: string }[] }
    if (res.ok) setHits(body.hits ?? [])
    else toast.error(body.errors?.[0]?.message ?? res.statusText)
  }

  if (!id) return <p className="field-description">{t.saveFirst}</p>
  const state = review?.state ?? 'draft'
  const actions = isState(state) ? actionsIn(state) : []
  const shownHits = hits ?? review?.wordingHits ?? []
  return (
    <section aria-labelledby="review-panel-title" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="review-panel-title">{t.title}</h3>
      <p>{t.state}：<strong data-review-state={state}>{stateName(state)}</strong>
        {state === 'submitted' && (review?.levels ?? 1) > 1 && <span data-review-level={review?.level}>（{t.level(review!)}）</span>}</p>
      {actions.includes('return') && (
        <label style={{ display: 'block' }}>
          {t.comment}
          <textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={3} style={{ width: '100%' }} />
        </label>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        {actions.map((action) => (
          <Button key={action} buttonStyle={action === 'return' || action === 'withdraw' ? 'secondary' : 'primary'} size="small" disabled={busy} onClick={() => void act(action)}>
            {t[action]}
          </Button>
        ))}
        <Button buttonStyle="subtle" size="small" onClick={() => void check()}>{t.check}</Button>
      </div>
      {hits !== null && shownHits.length === 0 && <p role="status">{t.none}</p>}
      {shownHits.length > 0 && (
        <ul role="status" aria-label={t.check}>
          {shownHits.map((h, i) => (
            <li key={i}>
              [{h.severity === 'block' ? t.block : t.warn}] {t.fields[h.field as keyof typeof t.fields] ?? h.field} {t.at((h.start ?? 0) + 1)}：
              “{h.wrong}”{h.correct ? ` → “${h.correct}”` : ''} <small>…{h.context}…</small>
            </li>
          ))}
        </ul>
      )}
      <PersonalDataPanel api={api} lang={lang} findings={findings} setFindings={setFindings} />
      {(review?.history?.length ?? 0) > 0 && (
        <details>
          <summary>{t.history}</summary>
          <ol>
            {review!.history!.map((row, i) => (
              <li key={i}>
                {row.at ? new Date(row.at).toLocaleString(i18n.language === 'en' ? 'en' : 'zh-CN') : ''} {row.byName}{' '}
                {historyName(row.action ?? '')}{row.level && (review?.history ?? []).some((h) => (h.level ?? 1) > 1) ? t.atLevel(row.level) : ''}{row.comment ? `：${row.comment}` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  )
}
