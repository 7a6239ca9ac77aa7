import type { CollectionSlug } from 'payload'

import { getPayloadClient } from '@/lib/payload'

/** Public list pages, always in the sitemap. Members' own pages (/account, requests) never are. */
export const publicListPaths = ['/', '/programs', '/mentors', '/organizations', '/events', '/jobs', '/resources', '/policies', '/guides', '/contact']

/** The collections whose records have a public page, and where that page lives. */
const recordPages: { collection: CollectionSlug; path: (slug: string) => string; slugField?: string }[] = [
  { collection: 'programs', path: (slug) => `/programs/${slug}` },
  { collection: 'mentor-profiles', path: (slug) => `/mentors/${slug}` },
  { collection: 'organizations', path: (slug) => `/organizations/${slug}` },
  { collection: 'events', path: (slug) => `/events/${slug}` },
  { collection: 'opportunities', path: (slug) => `/jobs/${slug}` },
  { collection: 'resources', path: (slug) => `/resources/${slug}` },
  { collection: 'policies', path: (slug) => `/policies/${slug}` },
  { collection: 'role-guides', path: (slug) => `/guides/${slug}`, slugField: 'role' },
]

/** A sitemap has room for 50,000 addresses; this keeps well inside it. */
const perCollection = 5_000

export type PublicPage = { path: string; updatedAt?: string }

/**
 * Every page a visitor who is not signed in may open, found as that visitor: each query runs
 * the collection's read rule without a user, so a hidden mentor profile, a draft, an event of a
 * lapsed plan or a closed job never appears.
 */
export async function listPublicPages(): Promise<PublicPage[]> {
  const payload = await getPayloadClient()
  const pages: PublicPage[] = publicListPaths.map((path) => ({ path }))
  for (const { collection, path, slugField = 'slug' } of recordPages) {
    const { docs } = await payload.find({
      collection,
      overrideAccess: false,
      depth: 0,
      limit: perCollection,
      pagination: false,
      select: { [slugField]: true, updatedAt: true } as never,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const slug = doc[slugField]
      if (typeof slug === 'string' && slug) pages.push({ path: path(slug), updatedAt: typeof doc.updatedAt === 'string' ? doc.updatedAt : undefined })
    }
  }
  // A programme's agreements live under the programme's page.
  const { docs: agreements } = await payload.find({
    collection: 'program-agreements',
    overrideAccess: false,
    depth: 1,
    limit: perCollection,
    pagination: false,
    select: { slug: true, program: true, updatedAt: true },
    populate: { programs: { slug: true } },
  })
  for (const agreement of agreements) {
    const program = typeof agreement.program === 'object' ? agreement.program?.slug : null
    if (program && agreement.slug) pages.push({ path: `/programs/${program}/agreements/${agreement.slug}`, updatedAt: agreement.updatedAt })
  }
  return pages
}
