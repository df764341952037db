import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DatabaseUriError, parseDatabaseUri, redact } from '../../src/db/database-uri'

describe('DATABASE_URI', () => {
  it('defaults to an SQLite file under ./data', () => {
    const t = parseDatabaseUri(undefined, '/srv/zq')
    expect(t.kind).toBe('sqlite')
    expect(t.url).toMatch(/^file:\/srv\/zq\/data\/zhanqun(-dev)?\.db$/)
    expect(parseDatabaseUri('  ', '/srv/zq').kind).toBe('sqlite')
  })
  it('resolves file: paths', () => {
    expect(parseDatabaseUri('file:./x/site.db', '/srv').url).toBe(`file:${path.resolve('/srv', 'x/site.db')}`)
    expect(parseDatabaseUri('file:/abs/site.db').url).toBe('file:/abs/site.db')
    expect(parseDatabaseUri('file:///abs/site.db').url).toBe('file:/abs/site.db')
  })
  it('recognises PostgreSQL and MongoDB', () => {
    expect(parseDatabaseUri('postgres://u@127.0.0.1:5432/zq').kind).toBe('postgres')
    expect(parseDatabaseUri('postgresql://u:p@db/zq?sslmode=require').kind).toBe('postgres')
    expect(parseDatabaseUri('mongodb://h:27017/zq').kind).toBe('mongodb')
    expect(parseDatabaseUri('mongodb+srv://u:p@cluster.example/zq').kind).toBe('mongodb')
  })
  it.each([
    ['mysql://h/db', /unsupported scheme "mysql:"/],
    ['not a uri', /cannot parse/],
    ['postgres://127.0.0.1:5432', /names no database/],
    ['file:', /needs a path/],
  ])('rejects %s with a bilingual message', (uri, pattern) => {
    expect(() => parseDatabaseUri(uri)).toThrow(DatabaseUriError)
    expect(() => parseDatabaseUri(uri)).toThrow(pattern)
    expect(() => parseDatabaseUri(uri)).toThrow(/DATABASE_URI 无效 \/ invalid DATABASE_URI/)
  })
  it('never logs a password', () => {
    expect(redact('postgres://user:s3cret@h/db')).toBe('postgres://user:***@h/db')
    expect(() => parseDatabaseUri('redis://user:s3cret@h/0')).toThrow(/unsupported scheme/)
  })
})
