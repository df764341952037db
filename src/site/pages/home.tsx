import { href, unitHref, type SiteContext } from '../context'
import { ArticleList, DisclosureTable, type DisclosureRow } from '../components/Lists'
import { Layout } from '../components/Layout'
import type { Doc } from '../data/site-data'
import { articleCategories } from '../../content/categories'

export interface HomeData {
  byCategory: Record<string, Doc[]>
  disclosures: DisclosureRow[]
  /** Hub only: the latest items of departments and counties, read live from their sites. */
  syndicated?: { department: DisclosureRow[]; county: DisclosureRow[] }
}

export function HomePage({ site, data }: { site: SiteContext; data: HomeData }) {
  const subSites = site.units.filter((u) => u.kind !== 'hub' && u.hasSubSite)
  return (
    <Layout site={site} title={site.unit.name}>
      <h1 className="visually-hidden">{site.unit.name}</h1>
      <div className="grid">
        {articleCategories.map(({ value: key, label: { zh: label } }) => (
          <section key={key} aria-labelledby={`h-${key}`} className="panel">
            <h2 id={`h-${key}`}><a href={href(site, `/news/${key}`)}>{label}</a></h2>
            <ArticleList site={site} docs={data.byCategory[key] ?? []} />
          </section>
        ))}
        <section aria-labelledby="h-xxgk" className="panel wide">
          <h2 id="h-xxgk"><a href={href(site, '/xxgk')}>政府信息公开</a></h2>
          <DisclosureTable rows={data.disclosures} caption="最新公开信息" />
        </section>
        {data.syndicated && (
          <>
            <section aria-labelledby="h-dept" className="panel wide">
              <h2 id="h-dept"><a href={href(site, '/xxgk/units/department')}>市政府部门信息公开</a></h2>
              <DisclosureTable rows={data.syndicated.department} caption="各部门最新公开信息" showUnit />
            </section>
            <section aria-labelledby="h-county" className="panel wide">
              <h2 id="h-county"><a href={href(site, '/xxgk/units/county')}>区县政府信息公开</a></h2>
              <DisclosureTable rows={data.syndicated.county} caption="各区县最新公开信息" showUnit />
            </section>
          </>
        )}
        {site.unit.kind === 'hub' && (
          <section aria-labelledby="h-sites" className="panel wide">
            <h2 id="h-sites">部门和区县网站</h2>
            <ul className="site-links">
              {subSites.map((u) => (
                <li key={String(u.id)}><a href={unitHref(site, u, '/')}>{u.shortName}</a></li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </Layout>
  )
}
