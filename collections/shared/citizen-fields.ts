import type { ArrayField, FieldAccess, Option } from 'payload'

const nobody: FieldAccess = () => false
/** Fields of a letter or application that only the server writes (through its steps), never a form. */
export const fixed = { access: { create: nobody, update: nobody } }

/** The handling history of a letter (`action`) or an application (`step`): who did what, when. */
export const historyField = (kind: 'action' | 'step', options: Option[]): ArrayField => ({
  name: 'history', type: 'array', label: { zh: '办理记录', en: 'History' }, ...fixed,
  fields: [
    { name: kind, type: 'select', options, label: { zh: '步骤', en: 'Step' }, ...fixed },
    { name: 'byName', type: 'text', label: { zh: '经办人', en: 'By' }, ...fixed },
    { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { zh: '时间', en: 'At' }, ...fixed },
    { name: 'comment', type: 'textarea', label: { zh: '说明', en: 'Comment' }, ...fixed },
  ],
})
