import type { FieldHook } from 'payload'

import { slugify } from '../../fields/slug'

/**
 * The agreement's address under its programme: the slug given, else the one it already has
 * (a change of title alone does not move the page members were sent to), else the title's.
 */
export const fillAgreementSlug: FieldHook = ({ data, originalDoc, value }) => {
  if (typeof value === 'string' && value.trim()) return slugify(value)
  if (typeof originalDoc?.slug === 'string' && originalDoc.slug) return originalDoc.slug
  return typeof data?.title === 'string' ? slugify(data.title) : value
}
