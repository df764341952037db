import type { CollectionConfig, TextFieldSingleValidation, Where } from 'payload'
import { loggedIn, superAdminOnly } from '../../src/access'
import { FIRST_YEAR, officialDays } from '../../src/calendar/official-days'
import { CalendarError, dayNumber } from '../../src/calendar/working-calendar'
import { afterTransaction } from '../shared/hooks/purge-public-cache'
import { invalidateWorkingCalendar } from './calendar-cache'

const invalidate = ({ req }: { req: Parameters<typeof afterTransaction>[0] }) => {
  invalidateWorkingCalendar()
  afterTransaction(req, invalidateWorkingCalendar)
}

/**
 * A day may be declared up to one year past what is known, so the known range never skips a year:
 * a year with no notice in between would otherwise be guessed from weekdays alone.
 */
const validateDate: TextFieldSingleValidation = async (value, { req, id }) => {
  try {
    dayNumber(String(value ?? ''))
  } catch (error) {
    return error instanceof CalendarError ? error.message : String(error)
  }
  const year = Number(String(value).slice(0, 4))
  const others = id === undefined ? undefined : { id: { not_equals: id } }
  const find = (where: Where | undefined, sort?: string) =>
    req.payload.find({ collection: 'calendar-overrides', where, sort, limit: 1, depth: 0, req, overrideAccess: true, select: { date: true } })
  if ((await find({ and: [{ date: { equals: value } }, ...(others ? [others] : [])] })).docs.length > 0) {
    return `${value} 已有调整记录，请修改原记录 / ${value} already has an override; edit that one`
  }
  const latest = await find(others, '-date')
  const known = Math.max(officialDays.lastYear, ...latest.docs.map((d) => Number(String(d.date).slice(0, 4))))
  if (year < FIRST_YEAR || year > known + 1) {
    return `年份须在 ${FIRST_YEAR} 至 ${known + 1} 之间 / the year must be from ${FIRST_YEAR} to ${known + 1}`
  }
  return true
}

/**
 * 工作日历调整: days the group declares itself, for a year whose State Council notice is newer than
 * the packaged data (or a local correction). They win over the package; a day in the year after the
 * package's last extends the calendar to that year, so enter that year's notice whole.
 */
export const CalendarOverrides: CollectionConfig = {
  slug: 'calendar-overrides',
  graphQL: { singularName: 'CalendarOverride', pluralName: 'CalendarOverrides' },
  labels: { singular: { zh: '工作日历调整', en: 'Calendar override' }, plural: { zh: '工作日历调整', en: 'Calendar overrides' } },
  admin: {
    useAsTitle: 'date',
    defaultColumns: ['date', 'kind', 'note'],
    group: { zh: '站群管理', en: 'Site group' },
    description: {
      zh: `工作日历以国务院办公厅每年的节假日安排为准（已内置 ${FIRST_YEAR}–${officialDays.lastYear} 年）。新一年的通知发布后，在此逐日录入其全部放假日和调休上班日；录入后即视为该年度已知。`,
      en: `The working-day calendar follows the State Council's yearly holiday notices (built in: ${FIRST_YEAR}–${officialDays.lastYear}). When a new year's notice is out, enter all its days off and adjusted working days here; that year then counts as known.`,
    },
  },
  defaultSort: 'date',
  access: { read: loggedIn, create: superAdminOnly, update: superAdminOnly, delete: superAdminOnly, readVersions: superAdminOnly },
  hooks: { afterChange: [invalidate], afterDelete: [invalidate] },
  fields: [
    {
      name: 'date',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: validateDate,
      label: { zh: '日期', en: 'Date' },
      admin: { placeholder: '2027-02-06', description: { zh: '公历日期，格式 YYYY-MM-DD（北京时间）', en: 'Calendar day, YYYY-MM-DD (China time)' } },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { zh: '类型', en: 'Kind' },
      options: [
        { value: 'holiday', label: { zh: '放假（不上班）', en: 'Holiday (day off)' } },
        { value: 'working', label: { zh: '上班（含调休上班）', en: 'Working day (incl. adjusted weekend)' } },
      ],
    },
    { name: 'note', type: 'text', label: { zh: '依据或说明', en: 'Source or note' }, admin: { description: { zh: '如：国办发明电〔2025〕7号 春节', en: 'e.g. the notice number and the holiday' } } },
  ],
}
