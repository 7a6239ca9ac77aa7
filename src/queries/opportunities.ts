import { cache } from 'react'

import type { Where } from 'payload'

import { getPayloadClient } from '@/lib/payload'
import { opportunityKinds, workplaces, type OpportunityKind, type Workplace } from '@/opportunities/options'

import type { Opportunity, Organization } from '../../payload-types'

/**
 * Jobs and internships as the public sees them. Reads go through Payload as an anonymous
 * visitor, so the collection's read rule alone decides what is on the board: published, from a
 * company whose partnership plan is active, deadline not passed.
 */

export const opportunitiesPerPage = 20

export type OpportunitySearch = { kind?: OpportunityKind; workplace?: Workplace; location?: string; company?: string; page: number }

type Company = Pick<Organization, 'id' | 'name' | 'slug'>

export type OpportunityCard = Pick<Opportunity, 'id' | 'title' | 'slug' | 'kind' | 'workplace' | 'location' | 'summary' | 'deadline'> & {
  company: Company | null
}

type SearchParams = Record<string, string | string[] | undefined>

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? ''
const slugLike = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Reads the board's choices from the address; anything malformed is left out. */
export function parseOpportunitySearch(params: SearchParams): OpportunitySearch {
  const kind = one(params.kind)
  const workplace = one(params.workplace)
  const company = one(params.company)
  const page = Number.parseInt(one(params.page), 10)
  return {
    kind: opportunityKinds.some(([code]) => code === kind) ? (kind as OpportunityKind) : undefined,
    workplace: workplaces.some(([code]) => code === workplace) ? (workplace as Workplace) : undefined,
    location: one(params.location).slice(0, 80) || undefined,
    company: slugLike.test(company) ? company : undefined,
    page: Number.isFinite(page) && page > 1 ? Math.min(page, 10_000) : 1,
  }
}

/** The board's address for a search, defaults left out. */
export function opportunitiesHref(search: OpportunitySearch, changes: Partial<OpportunitySearch> = {}): string {
  const next = { ...search, ...changes }
  const query = new URLSearchParams()
  if (next.kind) query.set('kind', next.kind)
  if (next.workplace) query.set('workplace', next.workplace)
  if (next.location) query.set('location', next.location)
  if (next.company) query.set('company', next.company)
  if (next.page > 1) query.set('page', String(next.page))
  const text = query.toString()
  return `/jobs${text ? `?${text}` : ''}`
}

const companyOf = (organization: Opportunity['organization']): Company | null =>
  organization && typeof organization === 'object' ? { id: organization.id, name: organization.name, slug: organization.slug } : null

/** The public board, soonest deadline first. */
export async function listOpportunities(search: OpportunitySearch) {
  const payload = await getPayloadClient()
  const where: Where[] = []
  if (search.kind) where.push({ kind: { equals: search.kind } })
  if (search.workplace) where.push({ workplace: { equals: search.workplace } })
  if (search.location) where.push({ location: { like: search.location } })
  if (search.company) {
    const { docs } = await payload.find({
      collection: 'organizations',
      where: { slug: { equals: search.company } },
      select: { name: true },
      depth: 0,
      limit: 1,
      overrideAccess: false,
    })
    if (docs.length === 0) return { docs: [] as OpportunityCard[], totalDocs: 0, totalPages: 1, page: 1 }
    where.push({ organization: { equals: docs[0].id } })
  }
  const result = await payload.find({
    collection: 'opportunities',
    where: where.length > 0 ? { and: where } : undefined,
    select: { title: true, slug: true, kind: true, workplace: true, location: true, summary: true, deadline: true, organization: true },
    populate: { organizations: { name: true, slug: true } },
    depth: 1,
    sort: 'deadline',
    limit: opportunitiesPerPage,
    page: search.page,
    overrideAccess: false,
  })
  const docs = result.docs.map(({ organization, ...job }) => ({ ...job, company: companyOf(organization) })) as OpportunityCard[]
  return { docs, totalDocs: result.totalDocs, totalPages: Math.max(1, result.totalPages), page: result.page ?? search.page }
}

export type OpportunityPage = Opportunity & { company: Company | null }

/** One job or internship while it is on the board; null once it is closed, unpublished or unknown. */
export const getOpportunity = cache(async (slug: string): Promise<OpportunityPage | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'opportunities',
    where: { slug: { equals: slug } },
    populate: { organizations: { name: true, slug: true } },
    depth: 1,
    limit: 1,
    overrideAccess: false,
  })
  const job = docs[0]
  return job ? { ...job, company: companyOf(job.organization) } : null
})

/** Companies with something on the board, for the company filter. */
export async function listHiringCompanies(): Promise<Company[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'opportunities',
    select: { organization: true },
    populate: { organizations: { name: true, slug: true } },
    depth: 1,
    pagination: false,
    overrideAccess: false,
  })
  const companies = new Map<string, Company>()
  for (const job of docs) {
    const company = companyOf(job.organization)
    if (company) companies.set(String(company.id), company)
  }
  return [...companies.values()].sort((a, b) => a.name.localeCompare(b.name))
}
