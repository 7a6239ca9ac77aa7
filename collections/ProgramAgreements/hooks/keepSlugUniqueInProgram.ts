import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { idOf, isSameId } from '@/access'

import { slugPattern } from '../../fields/slug'

/**
 * Two agreements of one programme cannot share an address (/programs/<programme>/agreements/<slug>);
 * two programmes may each have their own `code-of-conduct`. Drafts count: the latest version of
 * every agreement is compared, so a draft cannot later publish over another agreement's address.
 */
export const keepSlugUniqueInProgram: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const slug: unknown = data.slug ?? originalDoc?.slug
  const program = idOf(data.program ?? originalDoc?.program)
  const refuse = (message: string) => {
    throw new ValidationError({ collection: 'program-agreements', errors: [{ path: 'slug', message }], req })
  }
  if (typeof slug !== 'string' || !slugPattern.test(slug)) {
    refuse('Use lowercase letters, digits and single hyphens for the address, for example "code-of-conduct".')
  }
  if (program == null) return data

  const { docs } = await req.payload.find({
    collection: 'program-agreements',
    where: { and: [{ program: { equals: program } }, { slug: { equals: slug } }] },
    select: { slug: true },
    draft: true,
    depth: 0,
    limit: 5,
    overrideAccess: true,
    req,
  })
  if (docs.some((other) => !isSameId(other.id, originalDoc?.id))) {
    refuse(`Another agreement of this programme already has the address "${slug as string}". Choose another slug for this one.`)
  }
  return data
}
