import { href, type SiteContext } from '../context'
import { Layout } from '../components/Layout'
import { applicantKinds } from '../../requests/outcomes'
import type { TrackedRequest } from '../../requests/public-view'
import { deliveries, forms } from '../../requests/submission'
import type { WriteForm } from './letters'

const crumbs = (label: string) => [{ label: '政府信息公开', path: '/xxgk' }, { label: '依申请公开', path: '/xxgk/c/application' }, { label }]

export function ApplyLinks({ site }: { site: SiteContext }) {
  return (
    <p className="links">
      <a href={href(site, '/xxgk/apply')}>在线提交政府信息公开申请</a>
      <a href={href(site, '/xxgk/apply/track')}>申请办理查询</a>
    </p>
  )
}

export function ApplyPage({ site, form }: { site: SiteContext; form: Omit<WriteForm, 'deadlines'> }) {
  const v = form.values ?? {}
  return (
    <Layout site={site} title="政府信息公开申请" crumbs={crumbs('在线申请')}>
      <h1>向{site.unit.name}申请公开政府信息</h1>
      <p>依据《中华人民共和国政府信息公开条例》，除可当场答复的以外，我们自收到申请之日起 20 个工作日内答复；需要延长的，延长不超过 20 个工作日并告知您。带 * 的为必填项。</p>
      {form.error && <div role="alert" className="form-error"><p>提交未成功：{form.error}</p></div>}
      <form method="post" action={href(site, '/xxgk/apply')} className="letter-form" data-altcha-challenge={JSON.stringify(form.challenge)}>
        <fieldset>
          <legend>申请人信息（仅办理人员可见）</legend>
          <p><label htmlFor="applicantKind">申请人类型 *</label>
            <select id="applicantKind" name="applicantKind" defaultValue={v.applicantKind ?? 'natural'}>
              {applicantKinds.map((k) => <option key={k.value} value={k.value}>{k.group === 'natural' ? k.zh : `法人或其他组织：${k.zh}`}</option>)}
            </select></p>
          <p><label htmlFor="name">姓名或名称 *</label><input id="name" name="name" required maxLength={100} defaultValue={v.name} /></p>
          <p><label htmlFor="idNumber">身份证件号码（法人或其他组织填统一社会信用代码）*</label><input id="idNumber" name="idNumber" required maxLength={30} defaultValue={v.idNumber} autoComplete="off" /></p>
          <p><label htmlFor="contactPerson">联系人（法人或其他组织必填）</label><input id="contactPerson" name="contactPerson" maxLength={50} defaultValue={v.contactPerson} /></p>
          <p><label htmlFor="phone">联系电话 *</label><input id="phone" name="phone" type="tel" required maxLength={20} defaultValue={v.phone} autoComplete="tel" /></p>
          <p><label htmlFor="email">电子邮箱（选择电子邮件方式时必填）</label><input id="email" name="email" type="email" maxLength={120} defaultValue={v.email} autoComplete="email" /></p>
          <p><label htmlFor="address">通信地址（选择邮寄时必填）</label><input id="address" name="address" maxLength={200} defaultValue={v.address} autoComplete="street-address" /></p>
        </fieldset>
        <fieldset>
          <legend>所需信息</legend>
          <p><label htmlFor="description">所需信息的内容描述 *</label><textarea id="description" name="description" required minLength={10} maxLength={5000} rows={6} defaultValue={v.description} /></p>
          <p><label htmlFor="documentNumber">文号（如知道）</label><input id="documentNumber" name="documentNumber" maxLength={60} defaultValue={v.documentNumber} /></p>
          <p><label htmlFor="purpose">用途（选填）</label><input id="purpose" name="purpose" maxLength={500} defaultValue={v.purpose} /></p>
          <p><label htmlFor="form">获取信息的方式</label><select id="form" name="form" defaultValue={v.form ?? 'electronic'}>{forms.map((f) => <option key={f.value} value={f.value}>{f.zh}</option>)}</select></p>
          <p><label htmlFor="delivery">获取信息的途径</label><select id="delivery" name="delivery" defaultValue={v.delivery ?? 'email'}>{deliveries.map((d) => <option key={d.value} value={d.value}>{d.zh}</option>)}</select></p>
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
        <p><button type="submit">提交申请</button></p>
      </form>
      <script src="/assets/letter-form.js" defer />
    </Layout>
  )
}

export function ApplyReceiptPage({ site, receipt }: { site: SiteContext; receipt: { trackingCode: string; password: string; receivedDay: string; due: string } }) {
  return (
    <Layout site={site} title="申请已收到" crumbs={crumbs('申请已收到')}>
      <h1>政府信息公开申请已收到</h1>
      <div role="status">
        <p>请记下查询码和查询密码，凭二者查询办理进度、补正告知和答复。</p>
        <dl className="receipt">
          <dt>查询码</dt><dd><strong>{receipt.trackingCode}</strong></dd>
          <dt>查询密码</dt><dd><strong>{receipt.password}</strong></dd>
          <dt>收到申请之日</dt><dd>{receipt.receivedDay}</dd>
          <dt>答复期限</dt><dd>{receipt.due}</dd>
        </dl>
      </div>
      <ApplyLinks site={site} />
    </Layout>
  )
}

export function ApplyTrackPage({ site, request, error, code, password }: { site: SiteContext; request?: TrackedRequest; error?: string; code?: string; password?: string }) {
  return (
    <Layout site={site} title="申请办理查询" crumbs={crumbs('办理查询')}>
      <h1>政府信息公开申请办理查询</h1>
      {error && <div role="alert" className="form-error"><p>{error}</p></div>}
      <form method="post" action={href(site, '/xxgk/apply/track')} className="letter-form">
        <p><label htmlFor="code">查询码</label><input id="code" name="code" required maxLength={20} defaultValue={code} autoComplete="off" /></p>
        <p><label htmlFor="password">查询密码</label><input id="password" name="password" type="password" required maxLength={20} autoComplete="off" /></p>
        <p><button type="submit">查询</button></p>
      </form>
      {request && (
        <section aria-labelledby="result" className="letter">
          <h2 id="result">申请 {request.trackingCode}</h2>
          <dl className="receipt">
            <dt>办理状态</dt><dd>{request.statusLabel}</dd>
            <dt>收到申请之日</dt><dd>{request.receivedDay}</dd>
            {request.unitName && <><dt>办理单位</dt><dd>{request.unitName}</dd></>}
            {request.due && <><dt>答复期限</dt><dd>{request.due}{request.extended ? '（已延期）' : ''}</dd></>}
            {request.clarification && <><dt>需补正的内容（{request.clarification.byDay} 前）</dt><dd>{request.clarification.asked}</dd></>}
            {request.fee && <><dt>信息处理费</dt><dd>{request.fee.amount} 元，{request.fee.byDay} 前缴纳</dd></>}
            {request.outcome && <><dt>办理结果</dt><dd>{request.outcome}</dd></>}
          </dl>
          {request.answer && <><h3>答复</h3><div className="letter-body">{request.answer.split('\n').map((line, i) => <p key={i}>{line}</p>)}</div></>}
          {request.documents.length > 0 && (
            <>
              <h3>答复文书</h3>
              <ul className="documents">
                {request.documents.map((d) => (
                  <li key={d.id}>
                    <form method="post" action={href(site, '/xxgk/apply/track/document')}>
                      <input type="hidden" name="code" value={request.trackingCode} />
                      <input type="hidden" name="password" value={password} />
                      <input type="hidden" name="document" value={d.id} />
                      <button type="submit">下载 {d.filename}（{Math.max(1, Math.round(d.filesize / 1024))} KB）</button>
                    </form>
                  </li>
                ))}
              </ul>
            </>
          )}
          {request.canWithdraw && (
            <form method="post" action={href(site, '/xxgk/apply/withdraw')} className="letter-form">
              <input type="hidden" name="code" value={request.trackingCode} />
              <input type="hidden" name="password" value={password} />
              <p><button type="submit">撤回申请</button></p>
            </form>
          )}
        </section>
      )}
      <ApplyLinks site={site} />
    </Layout>
  )
}
