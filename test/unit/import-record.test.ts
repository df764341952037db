import { describe, expect, it } from 'vitest'
import { importedDisclosure, rowId } from '../../src/disclosure/import-record'
import { contentFingerprint } from '../../src/review/content-fingerprint'

const fields = {
  tenant: 7, column: 12, title: '关于印发工作制度的通知', issuer: '市财政局', publishedAt: '2009-12-31T16:30:00.000Z',
  subjects: ['制度'], validity: 'valid' as const, mode: 'proactive' as const, body: { root: { type: 'root', children: [] } },
  documentNumber: undefined, indexNumber: '431000001/2009-00041',
}

describe('imported disclosure record', () => {
  it('is published with the number it is given, the year of publication in China time and the unit kind', () => {
    const doc = importedDisclosure(fields, '431000001/2010-00001', 'department', '2026-11-26T04:00:00.000Z')
    expect(doc).toMatchObject({ _status: 'published', indexNumber: '431000001/2010-00001', year: 2010, unitKind: 'department', bodyMedia: [] })
    expect(doc.createdAt).toBe('2026-11-26T04:00:00.000Z')
    expect(doc.updatedAt).toBe(doc.createdAt)
    expect('documentNumber' in doc).toBe(false)
  })

  it('records a publish by the system, fingerprinted over the content as the review workflow does', () => {
    const doc = importedDisclosure(fields, 'X/2010-00001', 'county', 'now')
    const review = doc.review as { state: string; fingerprint: string; history: { id: string; action: string; byName: string; at: string }[] }
    expect(review.state).toBe('published')
    expect(review.history).toEqual([{ id: expect.stringMatching(/^[0-9a-f]{24}$/), action: 'publish', byName: '系统 / system', at: 'now' }])
    expect(review.fingerprint).toBe(contentFingerprint({ ...fields, indexNumber: 'ignored' }))
    const edited = importedDisclosure({ ...fields, title: '另一个标题' }, 'X/2010-00001', 'county', 'now')
    expect((edited.review as { fingerprint: string }).fingerprint).not.toBe(review.fingerprint)
  })

  it('gives array rows distinct ObjectId-shaped ids', () => {
    const ids = new Set(Array.from({ length: 100 }, rowId))
    expect(ids.size).toBe(100)
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{24}$/)
  })
})
