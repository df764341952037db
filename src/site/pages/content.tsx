import { href, type SiteContext } from '../context'
import { ArticleList, Pagination } from '../components/Lists'
import { Layout } from '../components/Layout'
import { RichText } from '../components/RichText'
import type { Doc, Listing } from '../data/site-data'
import { fileTypeLabel, formatBytes, formatDate, modeLabels, validityLabels } from '../format'
import { categoryName, isArticleCategory, type ArticleCategory } from '../../content/categories'

export function ArticleListPage({ site, category, list }: { site: SiteContext; category: ArticleCategory; list: Listing }) {
  const label = categoryName(category)
  return (
    <Layout site={site} title={label} crumbs={[{ label }]} feedPath={`/news/${category}/feed.xml`}>
      <h1>{label}</h1>
      <ArticleList site={site} docs={list.docs} />
      <Pagination site={site} path={`/news/${category}`} page={list.page} totalPages={list.totalPages} />
    </Layout>
  )
}

export function ArticlePage({ site, doc, preview = false }: { site: SiteContext; doc: Doc; preview?: boolean }) {
  const category = String(doc.category)
  const label = isArticleCategory(category) ? categoryName(category) : '文章'
  return (
    <Layout site={site} title={String(doc.title)} crumbs={[{ label, path: `/news/${category}` }, { label: String(doc.title) }]}>
      {preview && <p className="preview-banner" role="status">预览：此内容尚未发布</p>}
      <article>
        <h1>{String(doc.title)}</h1>
        <p className="meta">
          <span>发布日期：<time dateTime={String(doc.publishedAt ?? '')}>{formatDate(doc.publishedAt)}</time></span>
          {typeof doc.source === 'string' && doc.source && <span>来源：{doc.source}</span>}
        </p>
        {typeof doc.summary === 'string' && doc.summary && <p className="summary">{doc.summary}</p>}
        <RichText value={doc.body} site={site} />
      </article>
    </Layout>
  )
}

type Attachment = { id: number | string; url?: string; filename?: string; filesize?: number; mimeType?: string; alt?: string }

export function DisclosurePage({ site, doc, preview = false }: { site: SiteContext; doc: Doc; preview?: boolean }) {
  const column = doc.column as { key?: string; title?: string } | null
  const attachments = ((doc.attachments as Attachment[] | null) ?? []).filter((a) => typeof a === 'object' && a?.url)
  const rows: [string, string][] = [
    ['索引号', String(doc.indexNumber ?? '')],
    ['信息分类', column?.title ?? ''],
    ['发布机构', String(doc.issuer ?? '')],
    ['文号', String(doc.documentNumber ?? '')],
    ['成文日期', formatDate(doc.writtenAt)],
    ['发布日期', formatDate(doc.publishedAt)],
    ['有效性', validityLabels[String(doc.validity)] ?? ''],
    ['公开方式', modeLabels[String(doc.mode)] ?? ''],
  ]
  if (doc.validFrom) rows.push(['生效日期', formatDate(doc.validFrom)])
  if (doc.validUntil) rows.push(['失效/废止日期', formatDate(doc.validUntil)])
  return (
    <Layout site={site} title={String(doc.title)} crumbs={[{ label: '政府信息公开', path: '/xxgk' }, ...(column?.key ? [{ label: column.title ?? '', path: `/xxgk/c/${column.key}` }] : []), { label: String(doc.title) }]}>
      {preview && <p className="preview-banner" role="status">预览：此内容尚未发布</p>}
      <article>
        <h1>{String(doc.title)}</h1>
        <table className="meta-table">
          <caption className="visually-hidden">信息属性</caption>
          <tbody>
            {rows.filter(([, v]) => v).map(([k, v]) => (
              <tr key={k}><th scope="row">{k}</th><td>{v}</td></tr>
            ))}
          </tbody>
        </table>
        <RichText value={doc.body} site={site} />
        {attachments.length > 0 && (
          <section aria-labelledby="h-attachments">
            <h2 id="h-attachments">附件</h2>
            <ul className="attachments">
              {attachments.map((a) => (
                <li key={String(a.id)}>
                  <a href={a.url}>{a.alt || a.filename}</a> <span className="file-info">（{fileTypeLabel(a.mimeType)}，{formatBytes(a.filesize)}）</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
      <p><a href={href(site, '/xxgk')}>返回信息公开目录</a></p>
    </Layout>
  )
}
