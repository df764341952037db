/**
 * The fields a public list reads, for a select on articles or disclosures. `review: { state: true }`:
 * Payload's SQL adapters bring the arrays of a group left out of an include-select along (three
 * sub-queries per row for the review record); naming one plain field of the group keeps them out.
 */
export const listFields = <T extends Record<string, true>>(fields: T) => ({ ...fields, review: { state: true } }) as T & { review: { state: true } }
