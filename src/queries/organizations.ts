import { cache } from 'react'

import type { Where } from 'payload'

import { getPayloadClient } from '@/lib/payload'
import { photoSelect, toPhotoView, type PhotoView } from '@/queries/photos'

import type { Event, Media, MentorProfile, Opportunity, Organization, Resource } from '../../payload-types'

export const organizationKinds = ['company', 'career-center'] as const
export type OrganizationKind = (typeof organizationKinds)[number]
export const organizationKindLabels: Record<OrganizationKind, string> = { company: 'Company', 'career-center': 'Career Center' }

export const isOrganizationKind = (value: unknown): value is OrganizationKind =>
  typeof value === 'string' && (organizationKinds as readonly string[]).includes(value)

export const organizationsPerPage = 20

export type OrganizationSearch = { kind?: OrganizationKind; q?: string; page?: number }

export type OrganizationCard = Pick<Organization, 'id' | 'name' | 'slug' | 'kind' | 'summary' | 'location' | 'logo'>

/** What a page needs of a logo (public, from `media`). */
const logoPopulate = { media: { url: true, filename: true, alt: true, sizes: { thumbnail: { url: true, filename: true } } } } as const

/** The public list of organisations, filtered by kind and name, a page at a time. */
export async function listOrganizations({ kind, q, page = 1 }: OrganizationSearch) {
  const payload = await getPayloadClient()
  const where: Where[] = []
  if (kind) where.push({ kind: { equals: kind } })
  const text = q?.trim()
  if (text) where.push({ name: { like: text } })
  const result = await payload.find({
    collection: 'organizations',
    where: where.length > 0 ? { and: where } : undefined,
    overrideAccess: false,
    depth: 1,
    populate: logoPopulate,
    limit: organizationsPerPage,
    page: Math.max(1, Math.floor(page)),
    sort: 'name',
    select: { name: true, slug: true, kind: true, summary: true, location: true, logo: true },
  })
  return { ...result, docs: result.docs as OrganizationCard[] }
}

export type OrganizationProfile = Organization & { logo?: Media | number | null }

/** One organisation's public profile, as a visitor may see it (plans and private fields stay out). */
export const getOrganization = cache(async (slug: string): Promise<OrganizationProfile | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'organizations',
    where: { slug: { equals: slug } },
    overrideAccess: false,
    depth: 1,
    limit: 1,
  })
  return docs[0] ?? null
})

export type AffiliatedMentor = Pick<MentorProfile, 'id' | 'displayName' | 'kind' | 'slug' | 'headline'> & { photo: PhotoView | null }

/**
 * The Mentors and Connectors listed with an organisation, by name, with their photos. The page
 * is the same for every visitor (cached), so it is read as a signed-out visitor reads it.
 */
export async function listAffiliatedMentors(organizationId: number | string): Promise<AffiliatedMentor[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'mentor-profiles',
    where: { organization: { equals: organizationId } },
    overrideAccess: false,
    depth: 1,
    populate: { 'profile-photos': photoSelect },
    limit: 200,
    sort: 'displayName',
    select: { displayName: true, kind: true, slug: true, headline: true, photo: true },
  })
  return docs.map((doc) => ({ ...doc, photo: toPhotoView(doc.photo) }) as AffiliatedMentor)
}

export type OrganizationPostings = {
  events: Pick<Event, 'id' | 'title' | 'slug' | 'startsAt' | 'startsAt_tz' | 'endsAt'>[]
  jobs: Pick<Opportunity, 'id' | 'title' | 'slug' | 'kind' | 'deadline'>[]
  resources: Pick<Resource, 'id' | 'title' | 'slug' | 'category'>[]
}

/**
 * What an organisation has on offer now, for its profile: its next events, its open jobs and
 * internships, its resources. Read as the public reads them, so lapsed plans and closed
 * deadlines leave them out by the collections' own rules.
 */
export async function listOrganizationPostings(organizationId: number | string, now = new Date()): Promise<OrganizationPostings> {
  const payload = await getPayloadClient()
  const own = { organization: { equals: organizationId } }
  const [events, jobs, resources] = await Promise.all([
    payload.find({
      collection: 'events',
      where: { and: [own, { endsAt: { greater_than_equal: now.toISOString() } }] },
      select: { title: true, slug: true, startsAt: true, startsAt_tz: true, endsAt: true },
      sort: 'startsAt',
      limit: 5,
      depth: 0,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'opportunities',
      where: own,
      select: { title: true, slug: true, kind: true, deadline: true },
      sort: 'deadline',
      limit: 10,
      depth: 0,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'resources',
      where: own,
      select: { title: true, slug: true, category: true },
      sort: 'title',
      limit: 10,
      depth: 0,
      overrideAccess: false,
    }),
  ])
  return {
    events: events.docs as OrganizationPostings['events'],
    jobs: jobs.docs as OrganizationPostings['jobs'],
    resources: resources.docs as OrganizationPostings['resources'],
  }
}
