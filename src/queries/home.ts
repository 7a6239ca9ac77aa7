import { parseDirectoryParams } from '@/directory/params'
import { getPayloadClient } from '@/lib/payload'
import { listEvents, type EventCard } from '@/queries/events'
import { searchMentors, type MentorCard } from '@/queries/mentors'

import type { Media, Opportunity, Organization } from '../../payload-types'

/**
 * What the home page shows, each read as an anonymous visitor so the collections' own read rules
 * decide what is public. The page is cached (ISR), so nothing here may depend on who is looking.
 */

export const featuredMentorCount = 6
export const homeEventCount = 3
export const homeJobCount = 4
export const partnerCount = 8

/** People open to new students, most recently active first: the directory's own query, as a visitor. */
export async function listFeaturedMentors(): Promise<MentorCard[]> {
  const payload = await getPayloadClient()
  const result = await searchMentors(payload, parseDirectoryParams({ sort: 'recent' }), null)
  return result.docs.slice(0, featuredMentorCount)
}

/** The next few public events, soonest first. */
export async function listHomeEvents(): Promise<EventCard[]> {
  const { docs } = await listEvents({ when: 'upcoming', page: 1 })
  return docs.slice(0, homeEventCount)
}

export type HomeJob = Pick<Opportunity, 'id' | 'title' | 'slug' | 'kind' | 'workplace' | 'location'> & {
  company: Pick<Organization, 'name' | 'slug'> | null
}

/** The newest jobs and internships on the public board. */
export async function listLatestJobs(): Promise<HomeJob[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'opportunities',
    select: { title: true, slug: true, kind: true, workplace: true, location: true, organization: true },
    populate: { organizations: { name: true, slug: true } },
    depth: 1,
    sort: '-createdAt',
    limit: homeJobCount,
    overrideAccess: false,
  })
  return docs.map(({ organization, ...job }) => ({
    ...(job as Omit<HomeJob, 'company'>),
    company: organization && typeof organization === 'object' ? { name: organization.name, slug: organization.slug } : null,
  }))
}

export type Partner = Pick<Organization, 'id' | 'name' | 'slug' | 'kind'> & { logo: Media | null }

/** Partner organisations, those with a logo first. */
export async function listPartners(): Promise<Partner[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'organizations',
    select: { name: true, slug: true, kind: true, logo: true },
    populate: { media: { url: true, alt: true, sizes: true, width: true, height: true } },
    depth: 1,
    sort: 'name',
    limit: 24,
    overrideAccess: false,
  })
  const partners = docs.map((organization) => ({
    id: organization.id,
    name: organization.name,
    slug: organization.slug,
    kind: organization.kind,
    logo: organization.logo && typeof organization.logo === 'object' ? (organization.logo as Media) : null,
  }))
  return partners.sort((left, right) => Number(Boolean(right.logo)) - Number(Boolean(left.logo))).slice(0, partnerCount)
}
