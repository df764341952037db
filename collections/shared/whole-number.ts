import type { NumberField } from 'payload'
import { number } from 'payload/shared'

type Props = Omit<Extract<NumberField, { hasMany?: false }>, 'type' | 'validate'>

/** A number field for days, counts and digits: Payload's own check (required, min, max) plus whole numbers only. */
export function wholeNumberField(props: Props): NumberField {
  return {
    ...props,
    type: 'number',
    admin: { step: 1, ...props.admin },
    validate: (value, options) => {
      if (value !== null && value !== undefined && !Number.isInteger(value)) return `须为整数：${String(value)} / must be a whole number: ${String(value)}`
      return number(value, options)
    },
  }
}
