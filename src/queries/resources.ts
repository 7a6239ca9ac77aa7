import { cache } from 'react'

import type { Where } from 'payload'

import { getPayloadClient } from '@/lib/payload'
import { resourceAudiences, resourceCategories } from '@/resources/options'

import type { Organization, Resource } from '../../payload-types'

/**
 * Resources as the public sees them: published, from the platform or a Career Center whose
 * membership is active (the collection's read rule decides; reads are anonymous).
 */

export const resourcesPerPage = 20

type Category = Resource['category']
type Audience = NonNullable<Resource['audience']>[number]

export type ResourceSearch = { category?: Category; audience?: Audience; q?: string; page: number }

type Host = Pick<Organization, 'id' | 'name' | 'slug'>

export type ResourceCard = Pick<Resource, 'id' | 'title' | 'slug' | 'category' | 'summary' | 'filename' | 'link'> & { host: Host | null }

type SearchParams = Record<string, string | string[] | undefined>

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? ''

export function parseResourceSearch(params: SearchParams): ResourceSearch {
  const category = one(params.category)
  const audience = one(params.audience)
  const page = Number.parseInt(one(params.page), 10)
  return {
    category: resourceCategories.some(([code]) => code === category) ? (category as Category) : undefined,
    audience: resourceAudiences.some(([code]) => code === audience) ? (audience as Audience) : undefined,
    q: one(params.q).slice(0, 80) || undefined,
    page: Number.isFinite(page) && page > 1 ? Math.min(page, 10_000) : 1,
  }
}

export function resourcesHref(search: ResourceSearch, changes: Partial<ResourceSearch> = {}): string {
  const next = { ...search, ...changes }
  const query = new URLSearchParams()
  if (next.q) query.set('q', next.q)
  if (next.category) query.set('category', next.category)
  if (next.audience) query.set('audience', next.audience)
  if (next.page > 1) query.set('page', String(next.page))
  const text = query.toString()
  return `/resources${text ? `?${text}` : ''}`
}

const hostOf = (organization: Resource['organization']): Host | null =>
  organization && typeof organization === 'object' ? { id: organization.id, name: organization.name, slug: organization.slug } : null

/** The public list of resources, by title. */
export async function listResources(search: ResourceSearch) {
  const payload = await getPayloadClient()
  const where: Where[] = []
  if (search.category) where.push({ category: { equals: search.category } })
  if (search.audience) where.push({ audience: { in: [search.audience] } })
  if (search.q) where.push({ title: { like: search.q } })
  const result = await payload.find({
    collection: 'resources',
    where: where.length > 0 ? { and: where } : undefined,
    select: { title: true, slug: true, category: true, summary: true, filename: true, link: true, organization: true },
    populate: { organizations: { name: true, slug: true } },
    depth: 1,
    sort: 'title',
    limit: resourcesPerPage,
    page: search.page,
    overrideAccess: false,
  })
  const docs = result.docs.map(({ organization, ...resource }) => ({ ...resource, host: hostOf(organization) })) as ResourceCard[]
  return { docs, totalDocs: result.totalDocs, totalPages: Math.max(1, result.totalPages), page: result.page ?? search.page }
}

export type ResourcePage = Resource & { host: Host | null }

export const getResource = cache(async (slug: string): Promise<ResourcePage | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'resources',
    where: { slug: { equals: slug } },
    populate: { organizations: { name: true, slug: true } },
    depth: 1,
    limit: 1,
    overrideAccess: false,
  })
  const resource = docs[0]
  return resource ? { ...resource, host: hostOf(resource.organization) } : null
})
