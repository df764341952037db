import type { CollectionConfig } from 'payload'
import { enforceUnitRole } from '../shared/hooks/enforce-unit-role'
import { wordingAccess } from './access/wording-access'
import { forgetCompiledDictionaries, validateWordingEntry } from './hooks/dictionary'

/** The wrong/sensitive-word dictionary (错敏词库): group entries plus each unit's additions. */
export const WordingEntries: CollectionConfig = {
  slug: 'wording-entries',
  graphQL: { singularName: 'WordingEntry', pluralName: 'WordingEntries' },
  labels: { singular: { zh: '错敏词', en: 'Wording entry' }, plural: { zh: '错敏词库', en: 'Wording dictionary' } },
  admin: {
    useAsTitle: 'wrong',
    defaultColumns: ['wrong', 'correct', 'severity', 'tenant', 'note'],
    group: { zh: '审核', en: 'Review' },
    listSearchableFields: ['wrong', 'correct', 'note'],
    description: {
      zh: '送审时按此词库检查标题、摘要、文号和正文。“禁止”词须改正后才能送审，“提示”词仅提醒。不选单位即为全站共用。',
      en: 'Checked on submission in title, summary, document number and body. "Block" entries stop submission; "warn" entries only remind. Without a unit an entry applies to the whole group.',
    },
  },
  defaultSort: 'wrong',
  access: wordingAccess,
  hooks: {
    beforeValidate: [enforceUnitRole(['webmaster'])],
    beforeChange: [(args) => (args.context.trustedSeed ? args.data : validateWordingEntry(args))],
    afterChange: [() => forgetCompiledDictionaries()],
    afterDelete: [() => forgetCompiledDictionaries()],
  },
  fields: [
    { name: 'wrong', type: 'text', required: true, maxLength: 100, index: true, label: { zh: '错误写法', en: 'Wrong form' } },
    { name: 'correct', type: 'text', maxLength: 100, label: { zh: '正确写法', en: 'Correct form' } },
    {
      name: 'severity',
      type: 'select',
      required: true,
      defaultValue: 'block',
      label: { zh: '级别', en: 'Severity' },
      options: [
        { value: 'block', label: { zh: '禁止（阻止送审）', en: 'Block (stops submission)' } },
        { value: 'warn', label: { zh: '提示', en: 'Warn' } },
      ],
    },
    { name: 'note', type: 'text', maxLength: 200, label: { zh: '说明', en: 'Note' } },
    {
      name: 'tenant',
      type: 'relationship',
      relationTo: 'tenants',
      index: true,
      label: { zh: '适用单位（空为全站）', en: 'Unit (empty: whole group)' },
      admin: { position: 'sidebar' },
    },
  ],
}
