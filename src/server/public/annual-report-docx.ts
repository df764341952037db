import type { Response } from 'express'
import type { Payload } from 'payload'
import { reportDocx } from '../../report/docx'
import { readReportDocument } from '../../report/reads/document'
import type { UnitDoc } from '../../tenancy/reads/units'

export const reportDocxPath = /^\/xxgk\/annual-report\/(\d{4})\.docx$/

/** `/xxgk/annual-report/<year>.docx` on a unit's site: its published report as a Word document; 404 before publication. */
export async function sendReportDocx(payload: Payload, unit: UnitDoc, year: number, res: Response): Promise<void> {
  const found = await readReportDocument(payload, unit, year, { publishedOnly: true })
  if (!found) return void res.status(404).type('text/plain; charset=utf-8').setHeader('Cache-Control', 'no-store').send('未找到该年度已发布的年报 / no published report for that year')
  const bytes = await reportDocx(found.document)
  res.setHeader('Content-Disposition', `attachment; filename="annual-report-${year}.docx"; filename*=UTF-8''${encodeURIComponent(`${found.document.title}.docx`)}`)
  res.setHeader('Cache-Control', 'public, max-age=300')
  res.type('application/vnd.openxmlformats-officedocument.wordprocessingml.document').send(bytes)
}
