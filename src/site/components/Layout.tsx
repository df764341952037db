import type { ReactNode } from 'react'
import { href, unitHref, type SiteContext } from '../context'
import { articleCategories } from '../../content/categories'

export interface Crumb {
  label: string
  path?: string
}

export function Layout({ site, title, crumbs = [], children, feedPath }: { site: SiteContext; title: string; crumbs?: Crumb[]; children: ReactNode; feedPath?: string }) {
  const { unit } = site
  const pageTitle = title === unit.name ? unit.name : `${title} - ${unit.name}`
  return (
    <html lang="zh-CN" className={displayClass(site)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{pageTitle}</title>
        <meta name="SiteName" content={unit.name} />
        {unit.siteCode && <meta name="SiteIDCode" content={unit.siteCode} />}
        <link rel="stylesheet" href="/assets/site.css" />
        {/* No icon file yet: say so, rather than let every browser ask for /favicon.ico and get a 404. */}
        <link rel="icon" href="data:," />
        <link rel="alternate" type="application/rss+xml" title={`${unit.name} 最新信息`} href={href(site, feedPath ?? '/feed.xml')} />
      </head>
      <body>
        <a className="skip-link" href="#main">跳转到主要内容</a>
        <header className="site-header">
          <div className="wrap">
            <p className="site-name"><a href={href(site, '/')}>{unit.name}</a></p>
            {unit.kind !== 'hub' && <p className="hub-link"><a href={unitHref(site, site.hub, '/')}>{site.hub.name}门户网站</a></p>}
            <form method="get" action={href(site, '/search')} className="site-search" role="search" aria-label="站内搜索">
              <label htmlFor="site-search-q" className="visually-hidden">搜索本站信息</label>
              <input id="site-search-q" name="q" type="search" maxLength={100} />
              <button type="submit">搜索</button>
            </form>
            <CareSwitch site={site} />
          </div>
          <nav aria-label="主导航" className="wrap main-nav">
            <ul>
              <li><a href={href(site, '/')}>首页</a></li>
              {articleCategories.map(({ value: key, label: { zh: label } }) => (
                <li key={key}><a href={href(site, `/news/${key}`)}>{label}</a></li>
              ))}
              <li><a href={href(site, '/xxgk')}>政府信息公开</a></li>
              {unit.mailbox && <li><a href={href(site, '/letters')}>{unit.kind === 'hub' ? '市长信箱' : '领导信箱'}</a></li>}
              <li><a href={href(site, '/sitemap')}>网站地图</a></li>
            </ul>
          </nav>
        </header>
        {crumbs.length > 0 && (
          <nav aria-label="当前位置" className="wrap breadcrumbs">
            <ol>
              <li><a href={href(site, '/')}>首页</a></li>
              {crumbs.map((c, i) => (
                <li key={i}>{c.path ? <a href={href(site, c.path)}>{c.label}</a> : <span aria-current="page">{c.label}</span>}</li>
              ))}
            </ol>
          </nav>
        )}
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <Footer site={site} />
      </body>
    </html>
  )
}

const displayClass = (site: SiteContext): string | undefined =>
  [site.display?.grey && 'mourning', site.display?.care && 'care'].filter(Boolean).join(' ') || undefined

/** 长者模式 / 无障碍: a plain link that sets (or clears) the remembered mode and comes back to this page. */
function CareSwitch({ site }: { site: SiteContext }) {
  const on = Boolean(site.display?.care)
  const back = encodeURIComponent(site.display?.path || href(site, '/'))
  return (
    <p className="care-switch">
      <a href={href(site, `/care-mode?on=${on ? 0 : 1}&back=${back}`)} rel="nofollow">{on ? '退出长者模式' : '长者模式（大字、高对比）'}</a>
    </p>
  )
}

function Footer({ site }: { site: SiteContext }) {
  const { unit } = site
  const contact = unit.contact ?? {}
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p><span>主办：{unit.name}</span>{contact.address && <span>地址：{contact.address}</span>}</p>
        <p>
          {contact.phone && <span>联系电话：{contact.phone}</span>}
          {contact.email && <span>电子邮箱：<a href={`mailto:${contact.email}`}>{contact.email}</a></span>}
          {contact.officeHours && <span>办公时间：{contact.officeHours}</span>}
        </p>
        <p>
          {unit.siteCode && <span>网站标识码：{unit.siteCode}</span>}
          {unit.icp && <span><a href="https://beian.miit.gov.cn/">{unit.icp}</a></span>}
          {unit.psb && <span><a href="https://beian.mps.gov.cn/">{unit.psb}</a></span>}
        </p>
        <p>
          <a className="conac" href={`https://bszs.conac.cn/sitename?method=show&id=${encodeURIComponent(unit.siteCode ?? '')}`}>党政机关</a>
          <span className="conac-note">本网站为党政机关网站</span>
        </p>
      </div>
    </footer>
  )
}
