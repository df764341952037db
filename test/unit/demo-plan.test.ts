import { describe, expect, it } from 'vitest'
import { columnTitles } from '../../src/seed/demo/vocabulary'
import { planDemo, type Category } from '../../src/seed/demo/plan'
import { planYear } from '../../src/seed/demo/year'
import { units } from '../../tenants/units'

const DAY = 86_400_000
const today = new Date('2026-11-25T12:00:00Z')
const plan = planDemo(units, today)
const ageOfNewest = (dates: string[]) => (today.getTime() - Math.max(...dates.map((d) => Date.parse(d)))) / DAY

describe('the living demo group (plan)', () => {
  const sites = units.filter((u) => u.hasSubSite)

  it('gives every site articles in each category and an item in every column', () => {
    expect(sites.length).toBe(44)
    for (const site of sites) {
      for (const category of ['headline', 'news', 'notice'] as Category[]) {
        expect(plan.articles.filter((a) => a.unit === site.slug && a.category === category).length, `${site.slug} ${category}`).toBeGreaterThan(0)
      }
      for (const column of Object.keys(columnTitles)) {
        expect(plan.disclosures.some((d) => d.unit === site.slug && d.column === column), `${site.slug} ${column}`).toBe(true)
      }
    }
    for (const unit of units.filter((u) => !u.hasSubSite)) expect(plan.disclosures.some((d) => d.unit === unit.slug)).toBe(true)
  })

  it('spreads dates over the last years up to today, never in the future', () => {
    const all = [...plan.articles, ...plan.disclosures].map((x) => Date.parse(x.publishedAt))
    expect(Math.max(...all)).toBeLessThanOrEqual(today.getTime())
    const years = new Set(all.map((t) => new Date(t + 8 * 3600_000).getUTCFullYear()))
    expect([...years].sort()).toEqual(expect.arrayContaining([2024, 2025, 2026]))
  })

  it('keeps healthy sites fresh and makes the planned sites fail the freshness rules', () => {
    expect(plan.staleUnits).toHaveLength(3)
    for (const site of sites) {
      const news = plan.articles.filter((a) => a.unit === site.slug && a.category === 'news').map((a) => a.publishedAt)
      const policies = plan.disclosures.filter((d) => d.unit === site.slug && d.column === 'mandatory-policy').map((d) => d.publishedAt)
      const stale = plan.staleUnits.includes(site.slug)
      // National rules: 动态 columns within 2 weeks, 政策文件 within 6 months.
      expect(ageOfNewest(news) > 14, `${site.slug} news`).toBe(stale)
      expect(ageOfNewest(policies) > 182, `${site.slug} policies`).toBe(stale)
    }
  })

  it('reads like the real thing: unique article URLs, 文号 per unit and year, bodies with structure', () => {
    const slugs = plan.articles.map((a) => `${a.unit}/${a.slug}`)
    expect(new Set(slugs).size).toBe(slugs.length)
    const numbers = plan.disclosures.filter((d) => d.documentNumber).map((d) => d.documentNumber!)
    expect(numbers.length).toBeGreaterThan(100)
    expect(new Set(numbers).size).toBe(numbers.length)
    expect(numbers[0]).toMatch(/^.+〔\d{4}〕\d+号$/)
    expect(plan.disclosures.some((d) => d.body.some((b) => b.type === 'table'))).toBe(true)
    expect(plan.disclosures.some((d) => d.body.some((b) => b.type === 'ul') && d.body.some((b) => b.type === 'h'))).toBe(true)
    expect(plan.disclosures.filter((d) => d.attachment).length).toBeGreaterThan(40)
    expect(plan.articles.filter((a) => a.image).length).toBeGreaterThan(40)
  })

  it('is the same for the same day and seed', () => {
    expect(JSON.stringify(planDemo(units, today))).toBe(JSON.stringify(plan))
  })
})

describe('a whole year at the seed’s volume', () => {
  it('plans 23,360 items of 2010 across the 103 units', () => {
    const items = planYear(units, 2010, 23_360)
    expect(items).toHaveLength(23_360)
    expect(new Set(items.map((i) => i.unit)).size).toBe(103)
    expect(items.every((i) => new Date(Date.parse(i.publishedAt) + 8 * 3600_000).getUTCFullYear() === 2010)).toBe(true)
  })
})
