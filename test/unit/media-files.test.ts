import { describe, expect, it } from 'vitest'
import { sniffedName } from '../../collections/Media/hooks/media-files'

describe('sniffedName', () => {
  it.each([
    ['notice.html', 'pdf', 'notice.pdf'],
    ['photo.png', 'jpg', 'photo.jpg'],
    ['photo.jpeg', 'jpg', 'photo.jpeg'],
    ['report.PDF', 'pdf', 'report.pdf'],
    ['公文.ofd', 'zip', '公文.ofd'],
    ['table.xls', 'cfb', 'table.xls'],
    ['archive.exe', 'zip', 'archive.zip'],
    ['noext', 'png', 'noext.png'],
    ['unknown.bin', undefined, 'unknown.bin'],
  ])('%s with content %s → %s', (name, ext, expected) => {
    expect(sniffedName(name, ext)).toBe(expected)
  })
})
