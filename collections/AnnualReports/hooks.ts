import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'
import { idOf, type ID } from '../../src/access/roles'
import { prefillFrom, type EnteredParts } from '../../src/report/template'
import { ClientError } from '../shared/client-error'

/** Fields only the submit endpoint and publication write (context.annualReportSystem). */
export const systemFields = ['status', 'figures', 'traces', 'submittedAt', 'disclosure', 'publishedDay', 'indexNumber'] as const

const validYear = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 2008 && v <= 2200

/** Fills what the form leaves empty from the unit's report of the year before. */
const mergeDefaults = (given: unknown, defaults: unknown): unknown => {
  if (given === undefined || given === null || given === '') return defaults
  if (typeof defaults !== 'object' || defaults === null || typeof given !== 'object') return given
  const out: Record<string, unknown> = { ...(given as Record<string, unknown>) }
  for (const [k, v] of Object.entries(defaults)) out[k] = mergeDefaults((given as Record<string, unknown>)[k], v)
  return out
}

/** Only the city government (the hub) has department units in the group to add up. */
async function refuseScope(req: PayloadRequest, unit: ID | undefined): Promise<void> {
  const tenant = unit === undefined ? null : await req.payload.findByID({ collection: 'tenants', id: unit, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (tenant?.kind !== 'hub') throw new ClientError('只有市人民政府的年报可以汇总所属部门', 'only the city government’s report can add up its departments')
}

/** One report per unit and year; a new one starts from last year's; the unit and year never change. */
export const prefillAndKeepUnique: CollectionBeforeValidateHook = async ({ data, operation, originalDoc, req }) => {
  if (!data) return data
  if (operation === 'update') {
    if (data.unit !== undefined && String(idOf(data.unit)) !== String(idOf(originalDoc?.unit))) throw new ClientError('年报的单位不能更改', 'a report’s unit cannot change')
    if (data.year !== undefined && data.year !== originalDoc?.year) throw new ClientError('年报的年度不能更改', 'a report’s year cannot change')
    data.title = originalDoc?.title
    if (data.scope === 'with-departments') await refuseScope(req, idOf(originalDoc?.unit))
    return data
  }
  const unit = idOf(data.unit as ID | { id: ID } | undefined)
  if (unit === undefined) throw new ClientError('请选择单位', 'unit is required')
  if (!validYear(data.year)) throw new ClientError('年度须为 2008 年以后的四位年份', 'year must be a four-digit year from 2008')
  const same = await req.payload.find({ collection: 'annual-reports', where: { and: [{ unit: { equals: unit } }, { year: { equals: data.year } }] }, limit: 1, depth: 0, overrideAccess: true, req })
  if (same.docs.length) throw new ClientError(`本单位 ${data.year} 年度的年报已存在`, `this unit already has a report for ${data.year}`, 409)
  const last = await req.payload.find({ collection: 'annual-reports', where: { and: [{ unit: { equals: unit } }, { year: { equals: data.year - 1 } }] }, limit: 1, depth: 0, overrideAccess: true, req })
  const tenant = await req.payload.findByID({ collection: 'tenants', id: unit, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!tenant) throw new ClientError('单位不存在', 'no such unit')
  data.title = `${tenant.name}${data.year}年政府信息公开工作年度报告`
  if (data.scope === 'with-departments') await refuseScope(req, unit)
  const prefill = prefillFrom(last.docs[0] as unknown as EnteredParts | undefined)
  for (const key of ['table2', 'table4', 'sections'] as const) data[key] = mergeDefaults(data[key], prefill[key])
  return data
}

/**
 * Users change only the entered parts. A change to a submitted report returns it to 编辑中 (the
 * figures must be taken again); a published report is final: correct it with a new publication.
 */
export const guardSystemFields: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (req.context?.annualReportSystem) return data
  if (operation === 'update' && originalDoc?.status === 'published') throw new ClientError('年报已发布，不能修改', 'the report is published and cannot change')
  for (const f of systemFields) {
    if (operation === 'create') delete data[f]
    else data[f] = originalDoc?.[f]
  }
  if (operation === 'create') data.status = 'draft'
  else if (originalDoc?.status === 'submitted') Object.assign(data, { status: 'draft', figures: null, traces: null, submittedAt: null })
  return data
}
