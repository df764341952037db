import { describe, expect, it } from 'vitest'
import { accessibilityProblems } from '../../src/monitoring/accessibility'
import { inaccessiblePages, type UnitInput } from '../../src/monitoring/rules'

const page = (body: string, head = '<title>首页</title>') => `<!DOCTYPE html><html lang="zh-CN"><head>${head}</head><body>${body}</body></html>`
const problems = (html: string) => Object.fromEntries(accessibilityProblems(html).map((p) => [p.problem, p.count]))

describe('static accessibility checks of a sampled page', () => {
  it('passes a page with one h1, named links, labelled fields, alt texts and table headers', () => {
    expect(problems(page(`<h1>标题</h1><a href="/">首页</a><a href="/x"><img src="a.png" alt="返回首页"></a><a href="/y" aria-label="下一页">›</a>
      <form><label for="q">检索</label><input id="q" name="q"><label>类型<select name="k"><option>全部</option></select></label><input type="submit" value="搜索"><input type="hidden" name="t"></form>
      <table><caption>数据</caption><tr><th scope="col">项目</th></tr><tr><td>1</td></tr></table><table role="presentation"><tr><td>排版</td></tr></table><img src="d.png" alt="">`))).toEqual({})
  })

  it('finds each problem, and counts it', () => {
    expect(problems('<html><head></head><body><p>无</p></body></html>')).toEqual({ 'no-lang': 1, 'no-title': 1, 'h1-count': 1 })
    expect(problems(page('<h1>一</h1><h1>二</h1>'))).toEqual({ 'h1-count': 1 })
    expect(problems(page('<h1>t</h1><img src="a.png"><img src="b.png"><a href="/x"><img src="c.png" alt=""></a><a href="/y"> </a>'))).toEqual({ 'img-no-alt': 2, 'link-no-name': 2 })
    expect(problems(page('<h1>t</h1><input name="q"><textarea></textarea><label for="other">x</label><select id="s"></select>'))).toEqual({ 'field-no-label': 3 })
    expect(problems(page('<h1>t</h1><table><tr><td>1</td></tr></table>'))).toEqual({ 'table-no-header': 1 })
  })

  it('reports each failing sampled page with what to fix', () => {
    const input = {
      unit: { id: 1, slug: 'fgw', name: '发改委', kind: 'department', hasSite: true, mailbox: true }, columns: [], letters: [], requests: [], items: [],
      pages: [
        { path: '/', adminPath: '/collections/tenants/1', problems: [] },
        { path: '/xxgk/7', adminPath: '/collections/disclosures/7', problems: [{ problem: 'img-no-alt' as const, count: 2 }, { problem: 'table-no-header' as const, count: 1 }] },
      ],
    } satisfies UnitInput
    const [finding] = inaccessiblePages(input)
    expect(finding).toMatchObject({ rule: 'inaccessible-pages', veto: false, count: 1 })
    expect(finding.evidence[0]).toEqual({ label: '/xxgk/7', adminPath: '/collections/disclosures/7', detail: '图片缺少替代文本（alt） ×2；数据表格没有表头（th）' })
    expect(inaccessiblePages({ ...input, pages: [] })).toEqual([])
  })
})
