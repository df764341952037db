import type { CollectionAfterChangeHook } from 'payload'
import { chinaDate } from '../../src/calendar/working-calendar'

/**
 * When the disclosure item a report was filed as is published (after the unit's review), the report
 * is published too, with the item's publication day and index number (the hub's Art. 49 list reads them).
 */
export const markReportPublished: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc._status !== 'published') return doc
  // Edits of an item already published under its number change nothing here: no lookup on that path.
  if (previousDoc?._status === 'published' && previousDoc.indexNumber === doc.indexNumber) return doc
  const reports = await req.payload.find({ collection: 'annual-reports', where: { disclosure: { equals: doc.id } }, limit: 1, depth: 0, overrideAccess: true, req })
  const report = reports.docs[0]
  if (!report || (report.status === 'published' && report.indexNumber === doc.indexNumber)) return doc
  await req.payload.update({
    collection: 'annual-reports', id: report.id, depth: 0, overrideAccess: true, req, context: { annualReportSystem: true },
    data: { status: 'published', publishedDay: report.publishedDay ?? chinaDate(new Date(doc.publishedAt ?? Date.now())), indexNumber: doc.indexNumber },
  })
  return doc
}
