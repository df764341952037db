import type { CollectionBeforeValidateHook, FieldHook } from 'payload'
import { makeSlug } from '../../../src/content/slug'
import { ClientError } from '../../shared/client-error'

const generatedKey = 'articleSlugGenerated'

/** The slug field's hook: a slug left empty is generated from the title (and may be suffixed later). */
export const generateArticleSlug: FieldHook = ({ value, data, context }) => {
  if (value) return value
  context[generatedKey] = true
  return makeSlug(String(data?.title ?? ''))
}

/**
 * A slug is unique within its unit (the `tenant, slug` index). A generated slug that is taken gets the
 * first free `-2`, `-3`, … suffix, so the same title twice in a unit just works; a slug the writer chose
 * that is taken is refused with a 400 naming it, instead of reaching the index.
 */
export const uniqueArticleSlug: CollectionBeforeValidateHook = async ({ data, originalDoc, req, context }) => {
  const slug = data?.slug
  const tenantValue = data?.tenant ?? originalDoc?.tenant
  const tenant = typeof tenantValue === 'object' && tenantValue ? tenantValue.id : tenantValue
  if (!data || typeof slug !== 'string' || !slug || tenant === undefined || tenant === null || typeof tenant === 'object') return data
  if (originalDoc && originalDoc.slug === slug) return data
  const taken = async (candidate: string) => {
    const found = await req.payload.find({
      collection: 'articles',
      where: { and: [{ tenant: { equals: tenant } }, { slug: { equals: candidate } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
      limit: 1, depth: 0, pagination: false, overrideAccess: true, draft: true, req, select: {},
    })
    return found.docs.length > 0
  }
  if (!(await taken(slug))) return data
  if (context[generatedKey] !== true) {
    throw new ClientError(`网址标识“${slug}”已被本单位的其他文章使用`, `the slug "${slug}" is already used by another article of this unit`)
  }
  for (let n = 2; n < 1000; n++) {
    const candidate = `${slug.slice(0, 72)}-${n}`
    if (!(await taken(candidate))) return { ...data, slug: candidate }
  }
  throw new ClientError(`无法为“${slug}”生成不重复的网址标识`, `cannot find a free slug for "${slug}"`)
}
