import type { Where } from 'payload'

import { cache } from 'react'

import { getPayloadClient } from '@/lib/payload'

import type { Policy } from '../../payload-types'

/**
 * Policy reads for the public pages. Always as an anonymous visitor (`overrideAccess: false`,
 * no user): the pages are cached and shared, so they may only ever hold public data.
 */

export type PolicySummary = Pick<Policy, 'id' | 'title' | 'slug' | 'summary' | 'versionNumber' | 'publishedAt'>

export type PolicyVersion = Pick<Policy, 'title' | 'slug' | 'summary' | 'body' | 'changeSummary' | 'requiredFor' | 'versionNumber' | 'publishedAt'>

export async function listPublishedPolicies(): Promise<PolicySummary[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'policies',
    overrideAccess: false,
    depth: 0,
    limit: 100,
    sort: 'title',
    select: { title: true, slug: true, summary: true, versionNumber: true, publishedAt: true },
  })
  return docs
}

/** `generateStaticParams` for pages under /policies/<slug>. */
export async function publishedPolicySlugs(): Promise<{ slug: string }[]> {
  const policies = await listPublishedPolicies()
  return policies.map(({ slug }) => ({ slug }))
}

export const getPublishedPolicy = cache(async (slug: string): Promise<Policy | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'policies',
    where: { slug: { equals: slug } },
    overrideAccess: false,
    depth: 0,
    limit: 1,
  })
  return docs[0] ?? null
})

const versionFields = (policy: Pick<Policy, 'id'>): Where => ({
  and: [{ parent: { equals: policy.id } }, { 'version._status': { equals: 'published' } }],
})

/** Every published version of a policy, newest first, numbered as they were published. */
export async function listPolicyVersions(policy: Pick<Policy, 'id'>): Promise<PolicyVersion[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.findVersions({
    collection: 'policies',
    where: versionFields(policy),
    overrideAccess: false,
    depth: 0,
    limit: 0,
    pagination: false,
    sort: '-version.versionNumber',
  })
  return uniqueByNumber(docs.map((doc) => doc.version))
}

export async function getPolicyVersion(policy: Pick<Policy, 'id'>, versionNumber: number): Promise<PolicyVersion | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.findVersions({
    collection: 'policies',
    where: { and: [versionFields(policy), { 'version.versionNumber': { equals: versionNumber } }] },
    overrideAccess: false,
    depth: 0,
    limit: 1,
  })
  return docs[0]?.version ?? null
}

/** Payload may keep more than one version row for one publish (e.g. a scheduled publish); show each number once. */
function uniqueByNumber(versions: PolicyVersion[]): PolicyVersion[] {
  const seen = new Set<number>()
  return versions.filter((version) => {
    if (typeof version.versionNumber !== 'number' || seen.has(version.versionNumber)) return false
    seen.add(version.versionNumber)
    return true
  })
}

export function parseVersionNumber(value: string | string[] | undefined): number | null {
  const text = Array.isArray(value) ? value[0] : value
  if (!text || !/^\d{1,6}$/.test(text)) return null
  const number = Number(text)
  return number > 0 ? number : null
}
