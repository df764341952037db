import { href, type SiteContext } from '../context'
import { Layout } from '../components/Layout'
import { Pagination } from '../components/Lists'
import { formatDate } from '../format'
import { letterCategories, ratings } from '../../letters/rules'
import { INPUT_LIMITS } from '../../letters/submission'
import type { PublicLetter } from '../../letters/public-view'
import type { PublicLetterList } from '../../letters/reads/public-letters'
import type { TrackedLetter } from '../../letters/public-view'

const mailboxName = (site: SiteContext) => (site.unit.kind === 'hub' ? '市长信箱' : '领导信箱')
const crumbs = (site: SiteContext, label?: string) => (label ? [{ label: mailboxName(site), path: '/letters' }, { label }] : [{ label: mailboxName(site) }])

function MailboxNav({ site }: { site: SiteContext }) {
  return (
    <p className="links">
      <a href={href(site, '/letters/write')}>我要写信</a>
      <a href={href(site, '/letters/track')}>办理查询</a>
      <a href={href(site, '/letters')}>来信选登</a>
    </p>
  )
}

export function LettersPage({ site, list }: { site: SiteContext; list: PublicLetterList }) {
  return (
    <Layout site={site} title={mailboxName(site)} crumbs={crumbs(site)}>
      <h1>{mailboxName(site)}</h1>
      <MailboxNav site={site} />
      <p>以下为来信人同意公开、已答复的来信（不含来信人个人信息）。</p>
      {list.docs.length === 0 ? <p>暂无公开的来信。</p> : (
        <table className="list">
          <caption>来信选登</caption>
          <thead><tr><th scope="col">标题</th><th scope="col">类别</th><th scope="col">办理单位</th><th scope="col">答复日期</th></tr></thead>
          <tbody>
            {list.docs.map((l) => (
              <tr key={l.trackingCode}>
                <td><a href={href(site, `/letters/${l.trackingCode}`)}>{l.subject}</a></td>
                <td>{l.categoryLabel}</td><td>{l.unitName}</td><td>{l.repliedAt ? formatDate(l.repliedAt) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination site={site} path="/letters" page={list.page} totalPages={list.totalPages} query={{}} />
    </Layout>
  )
}

export function LetterPage({ site, letter }: { site: SiteContext; letter: PublicLetter }) {
  return (
    <Layout site={site} title={letter.subject} crumbs={crumbs(site, letter.subject)}>
      <article className="letter">
        <h1>{letter.subject}</h1>
        <p className="meta">类别：{letter.categoryLabel}{' '}来信日期：{formatDate(letter.receivedAt)}</p>
        <h2>来信内容</h2>
        <div className="letter-body">{letter.body.split('\n').map((line, i) => <p key={i}>{line}</p>)}</div>
        <h2>答复</h2>
        <p className="meta">答复单位：{letter.unitName}{' '}答复日期：{letter.repliedAt ? formatDate(letter.repliedAt) : ''}</p>
        <div className="letter-body">{(letter.reply ?? '').split('\n').map((line, i) => <p key={i}>{line}</p>)}</div>
      </article>
      <MailboxNav site={site} />
    </Layout>
  )
}

export interface WriteForm {
  deadlines: { acceptDays: number; replyDays: number }
  challenge: unknown
  question: { question: string; token: string }
  values?: Record<string, string>
  error?: string
}

export function LetterWritePage({ site, form }: { site: SiteContext; form: WriteForm }) {
  const v = form.values ?? {}
  return (
    <Layout site={site} title={`写信 - ${mailboxName(site)}`} crumbs={crumbs(site, '我要写信')}>
      <h1>给{site.unit.kind === 'hub' ? '市长' : site.unit.shortName}写信</h1>
      <p>请如实填写。我们在收信后 {form.deadlines.acceptDays} 个工作日内决定是否受理，受理后 {form.deadlines.replyDays} 个工作日内答复。带 <span aria-hidden="true">*</span><span className="sr-only">星号</span> 的为必填项。</p>
      {form.error && <div role="alert" className="form-error"><p>提交未成功：{form.error}</p></div>}
      <form method="post" action={href(site, '/letters/write')} encType="multipart/form-data" className="letter-form" data-altcha-challenge={JSON.stringify(form.challenge)}>
        <fieldset>
          <legend>来信人信息（仅办理人员可见，不会公开）</legend>
          <p><label htmlFor="name">姓名 *</label><input id="name" name="name" required maxLength={INPUT_LIMITS.name} defaultValue={v.name} autoComplete="name" /></p>
          <p><label htmlFor="phone">联系电话</label><input id="phone" name="phone" type="tel" maxLength={INPUT_LIMITS.phone} defaultValue={v.phone} autoComplete="tel" aria-describedby="contact-hint" /></p>
          <p><label htmlFor="email">电子邮箱</label><input id="email" name="email" type="email" maxLength={INPUT_LIMITS.email} defaultValue={v.email} autoComplete="email" aria-describedby="contact-hint" /></p>
          <p id="contact-hint" className="hint">联系电话和电子邮箱至少填写一项；填写邮箱可收到查询码和答复通知。</p>
        </fieldset>
        <fieldset>
          <legend>来信内容</legend>
          <p><label htmlFor="subject">标题 *</label><input id="subject" name="subject" required maxLength={INPUT_LIMITS.subject} defaultValue={v.subject} /></p>
          <p><label htmlFor="category">类别</label>
            <select id="category" name="category" defaultValue={v.category ?? 'consult'}>{letterCategories.map((c) => <option key={c.value} value={c.value}>{c.zh}</option>)}</select></p>
          <p><label htmlFor="body">内容 *（{INPUT_LIMITS.bodyMin}–{INPUT_LIMITS.body} 字）</label>
            <textarea id="body" name="body" required minLength={INPUT_LIMITS.bodyMin} maxLength={INPUT_LIMITS.body} rows={10} defaultValue={v.body} /></p>
          <p><label htmlFor="attachments">附件（最多 3 个，每个不超过 5 MB；PDF、JPEG、PNG、DOCX、XLSX）</label>
            <input id="attachments" name="attachments" type="file" multiple accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx" /></p>
          <p><input id="allowPublish" name="allowPublish" type="checkbox" value="true" defaultChecked={v.allowPublish === 'true'} /><label htmlFor="allowPublish">同意在答复后公开来信和答复（不公开个人信息）</label></p>
        </fieldset>
        <fieldset className="verify">
          <legend>安全验证</legend>
          <p id="pow-status" role="status" aria-live="polite" className="hint">正在后台自动完成安全验证，无需操作……</p>
          <input type="hidden" name="altcha" value="" />
          <div className="question">
            <p className="hint">如果您的浏览器未启用 JavaScript，请回答下面的问题：</p>
            <p><label htmlFor="answer">{form.question.question}</label><input id="answer" name="answer" inputMode="numeric" maxLength={3} autoComplete="off" /></p>
            <input type="hidden" name="questionToken" value={form.question.token} />
          </div>
        </fieldset>
        <p><button type="submit">提交来信</button></p>
      </form>
      <script src="/assets/letter-form.js" defer />
    </Layout>
  )
}

export function LetterReceiptPage({ site, receipt }: { site: SiteContext; receipt: { trackingCode: string; password: string; acceptDue: string } }) {
  return (
    <Layout site={site} title={`来信已收到 - ${mailboxName(site)}`} crumbs={crumbs(site, '来信已收到')}>
      <h1>来信已收到</h1>
      <div role="status">
        <p>请记下查询码和查询密码，凭二者查询办理进度和答复（填写了邮箱的，已同时发送到您的邮箱）。</p>
        <dl className="receipt">
          <dt>查询码</dt><dd><strong>{receipt.trackingCode}</strong></dd>
          <dt>查询密码</dt><dd><strong>{receipt.password}</strong></dd>
          <dt>受理时限</dt><dd>{receipt.acceptDue}</dd>
        </dl>
      </div>
      <MailboxNav site={site} />
    </Layout>
  )
}

export function LetterTrackPage({ site, letter, error, code, password }: { site: SiteContext; letter?: TrackedLetter; error?: string; code?: string; password?: string }) {
  return (
    <Layout site={site} title={`办理查询 - ${mailboxName(site)}`} crumbs={crumbs(site, '办理查询')}>
      <h1>来信办理查询</h1>
      {error && <div role="alert" className="form-error"><p>{error}</p></div>}
      <form method="post" action={href(site, '/letters/track')} className="letter-form">
        <p><label htmlFor="code">查询码</label><input id="code" name="code" required maxLength={20} defaultValue={code} autoComplete="off" /></p>
        <p><label htmlFor="password">查询密码</label><input id="password" name="password" type="password" required maxLength={20} autoComplete="off" /></p>
        <p><button type="submit">查询</button></p>
      </form>
      {letter && (
        <section aria-labelledby="result" className="letter">
          <h2 id="result">《{letter.subject}》</h2>
          <dl className="receipt">
            <dt>查询码</dt><dd>{letter.trackingCode}</dd>
            <dt>办理状态</dt><dd>{letter.statusLabel}</dd>
            <dt>来信日期</dt><dd>{formatDate(letter.receivedAt)}</dd>
            {letter.unitName && <><dt>办理单位</dt><dd>{letter.unitName}</dd></>}
            {letter.rejectReason && <><dt>不予受理理由</dt><dd>{letter.rejectReason}</dd></>}
            {letter.ratingLabel && <><dt>您的评价</dt><dd>{letter.ratingLabel}</dd></>}
          </dl>
          {letter.reply && <><h3>答复（{letter.repliedAt ? formatDate(letter.repliedAt) : ''}）</h3><div className="letter-body">{letter.reply.split('\n').map((line, i) => <p key={i}>{line}</p>)}</div></>}
          {letter.canRate && (
            <form method="post" action={href(site, '/letters/rate')} className="letter-form">
              <fieldset>
                <legend>对本次答复的评价（只能评价一次）</legend>
                {ratings.map((r) => <p key={r.value}><input type="radio" id={`rating-${r.value}`} name="rating" value={r.value} required /><label htmlFor={`rating-${r.value}`}>{r.zh}</label></p>)}
                <input type="hidden" name="code" value={letter.trackingCode} />
                <input type="hidden" name="password" value={password} />
                <p><button type="submit">提交评价</button></p>
              </fieldset>
            </form>
          )}
        </section>
      )}
      <MailboxNav site={site} />
    </Layout>
  )
}
