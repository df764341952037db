import { describe, expect, it } from 'vitest'
import { describeSmtp, mailSender, smtpOptions } from '../../src/mail/smtp-settings'
import { escapeHtml, passwordResetMail, reviewDecidedMail, reviewSubmittedMail } from '../../src/mail/templates'

describe('SMTP settings from the environment', () => {
  it('is off without settings', () => {
    expect(smtpOptions({})).toBeNull()
    expect(describeSmtp(null)).toMatch(/outbox/)
  })

  it('reads SMTP_URL with credentials and implicit TLS', () => {
    expect(smtpOptions({ SMTP_URL: 'smtp://mailer:p%40ss@mail.example.gov.cn:2525' })).toMatchObject({
      host: 'mail.example.gov.cn', port: 2525, secure: false, auth: { user: 'mailer', pass: 'p@ss' },
    })
    expect(smtpOptions({ SMTP_URL: 'smtps://mail.example.gov.cn' })).toMatchObject({ port: 465, secure: true })
    expect(smtpOptions({ SMTP_URL: 'smtps://mail.example.gov.cn' })!.auth).toBeUndefined()
    expect(describeSmtp(smtpOptions({ SMTP_URL: 'smtp://u:secret@h:25' }))).toBe('smtp://u@h:25')
  })

  it('reads host, port, user and password', () => {
    expect(smtpOptions({ SMTP_HOST: 'h', SMTP_PORT: '465', SMTP_USER: 'u', SMTP_PASS: 'p' })).toMatchObject({ host: 'h', port: 465, secure: true, auth: { user: 'u', pass: 'p' } })
    expect(smtpOptions({ SMTP_HOST: 'h' })).toMatchObject({ port: 587, secure: false })
    expect(smtpOptions({ SMTP_HOST: 'h', SMTP_PORT: '25', SMTP_SECURE: 'true' })).toMatchObject({ port: 25, secure: true })
  })

  it('refuses malformed settings', () => {
    expect(() => smtpOptions({ SMTP_URL: 'http://x' })).toThrow(/scheme/)
    expect(() => smtpOptions({ SMTP_URL: 'not a url' })).toThrow(/SMTP_URL/)
    expect(() => smtpOptions({ SMTP_HOST: 'h', SMTP_PORT: '70000' })).toThrow(/port/)
  })

  it('reads MAIL_FROM with or without a name', () => {
    expect(mailSender({})).toEqual({ name: '站群管理平台', address: 'noreply@localhost' })
    expect(mailSender({ MAIL_FROM: '郴州市人民政府网站 <web@czs.gov.cn>' })).toEqual({ name: '郴州市人民政府网站', address: 'web@czs.gov.cn' })
    expect(mailSender({ MAIL_FROM: 'web@czs.gov.cn' })).toEqual({ name: '站群管理平台', address: 'web@czs.gov.cn' })
    expect(() => mailSender({ MAIL_FROM: 'nobody' })).toThrow(/MAIL_FROM/)
  })
})

describe('mail templates', () => {
  const item = { title: '关于<script>alert(1)</script>的通知', kindLabel: '信息公开条目', unitName: '市发展和改革委员会', url: 'https://example.gov.cn/admin/collections/disclosures/7' }

  it('escapes every value in the HTML and keeps the text plain', () => {
    const mail = reviewSubmittedMail({ ...item, reviewerName: '审核员', submitterName: '编辑 "A" & B' })
    expect(mail.html).not.toContain('<script>')
    expect(mail.html).toContain('&lt;script&gt;')
    expect(mail.html).toContain('编辑 &quot;A&quot; &amp; B')
    expect(mail.text).toContain('关于<script>alert(1)</script>的通知')
    expect(mail.text).toContain('在管理后台审核：https://example.gov.cn/admin/collections/disclosures/7')
    expect(mail.subject).toBe('【待审核】信息公开条目《关于<script>alert(1)</script>的通知》')
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  })

  it('keeps the subject on one line', () => {
    const mail = reviewDecidedMail({ ...item, title: '标题\r\nBcc: x@evil.example', decision: 'return', editorName: '编辑', reviewerName: '审核员', comment: '第一行\n第二行 <b>' })
    expect(mail.subject).toBe('【审核退回】信息公开条目《标题 Bcc: x@evil.example》')
    expect(mail.text).toContain('> 第一行\n> 第二行 <b>')
    expect(mail.html).toContain('第一行<br>第二行 &lt;b&gt;')
    expect(mail.text).toContain('被 审核员 退回')
  })

  it('writes the approval and the password reset in Chinese with the link', () => {
    expect(reviewDecidedMail({ ...item, decision: 'approve', reviewerName: '审核员' }).text).toContain('审核通过，可以发布')
    const reset = passwordResetMail({ name: '张三', url: 'https://example.gov.cn/admin/reset/abc', validHours: 1 })
    expect(reset.subject).toBe('【站群管理平台】重置密码')
    expect(reset.text).toContain('张三，您好')
    expect(reset.text).toContain('https://example.gov.cn/admin/reset/abc')
    expect(reset.html).toContain('<a href="https://example.gov.cn/admin/reset/abc">')
    expect(reset.text).toContain('1 小时内有效')
  })

  it('never links anything but http(s) in the HTML', () => {
    const mail = passwordResetMail({ url: 'javascript:alert(1)', validHours: 1 })
    expect(mail.html).toContain('href="#"')
  })
})
