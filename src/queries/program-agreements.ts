import type { Where } from 'payload'

import { cache } from 'react'

import { getPayloadClient } from '@/lib/payload'

import type { Organization, Program, ProgramAgreement } from '../../payload-types'

/**
 * Programme agreement reads for the public pages. Always as an anonymous visitor
 * (`overrideAccess: false`, no user): the pages are cached and shared, so they hold public data
 * only. A programme in draft (or archived) is not public, and neither are its agreements.
 */

export type PublicProgram = Pick<Program, 'id' | 'name' | 'slug' | 'status'> & { organizationName: string | null }

export type AgreementSummary = Pick<ProgramAgreement, 'id' | 'title' | 'slug' | 'appliesTo' | 'summary' | 'versionNumber' | 'publishedAt'>

export type AgreementVersion = Pick<ProgramAgreement, 'title' | 'slug' | 'appliesTo' | 'summary' | 'body' | 'changeSummary' | 'versionNumber' | 'publishedAt'>

export const getPublicProgram = cache(async (slug: string): Promise<PublicProgram | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'programs',
    where: { slug: { equals: slug } },
    select: { name: true, slug: true, status: true, organization: true },
    populate: { organizations: { name: true } },
    overrideAccess: false,
    depth: 1,
    limit: 1,
  })
  const program = docs[0]
  if (!program) return null
  const organization = program.organization as Organization | number | string | null | undefined
  return {
    id: program.id,
    name: program.name,
    slug: program.slug,
    status: program.status,
    organizationName: typeof organization === 'object' && organization ? organization.name : null,
  }
})

/** The programme's published agreements, in title order. */
export async function listPublishedAgreements(program: Pick<Program, 'id'>): Promise<AgreementSummary[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'program-agreements',
    where: { program: { equals: program.id } },
    select: { title: true, slug: true, appliesTo: true, summary: true, versionNumber: true, publishedAt: true },
    overrideAccess: false,
    depth: 0,
    limit: 50,
    sort: 'title',
  })
  return docs
}

/** `generateStaticParams` for pages under /programs/<slug>/agreements/<agreement>: built on first visit. */
export function noStaticAgreements(): { slug: string; agreement: string }[] {
  return []
}

/** A public programme and one of its published agreements, or null. */
export const getPublishedAgreement = cache(
  async (programSlug: string, agreementSlug: string): Promise<{ program: PublicProgram; agreement: ProgramAgreement } | null> => {
    const program = await getPublicProgram(programSlug)
    if (!program) return null
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'program-agreements',
      where: { and: [{ program: { equals: program.id } }, { slug: { equals: agreementSlug } }] },
      overrideAccess: false,
      depth: 0,
      limit: 1,
    })
    return docs[0] ? { program, agreement: docs[0] } : null
  },
)

const publishedVersionsOf = (agreement: Pick<ProgramAgreement, 'id'>): Where => ({
  and: [{ parent: { equals: agreement.id } }, { 'version._status': { equals: 'published' } }],
})

/** Every published version of an agreement, newest first, numbered as they were published. */
export async function listAgreementVersions(agreement: Pick<ProgramAgreement, 'id'>): Promise<AgreementVersion[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.findVersions({
    collection: 'program-agreements',
    where: publishedVersionsOf(agreement),
    overrideAccess: false,
    depth: 0,
    limit: 0,
    pagination: false,
    sort: '-version.versionNumber',
  })
  const seen = new Set<number>()
  // Payload may keep more than one row for one publish: show each number once.
  return docs
    .map((doc) => doc.version)
    .filter((version) => {
      if (typeof version.versionNumber !== 'number' || seen.has(version.versionNumber)) return false
      seen.add(version.versionNumber)
      return true
    })
}

export async function getAgreementVersion(agreement: Pick<ProgramAgreement, 'id'>, versionNumber: number): Promise<AgreementVersion | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.findVersions({
    collection: 'program-agreements',
    where: { and: [publishedVersionsOf(agreement), { 'version.versionNumber': { equals: versionNumber } }] },
    overrideAccess: false,
    depth: 0,
    limit: 1,
  })
  return docs[0]?.version ?? null
}

/** Who accepts an agreement, in a sentence for its page. */
export function acceptedBySentence(appliesTo: ProgramAgreement['appliesTo'], programName: string): string {
  if (appliesTo === 'mentor') return `Accepted by every mentor of ${programName} when they join, and again at each new version.`
  if (appliesTo === 'mentee') return `Accepted by every mentee of ${programName} when they join, and again at each new version.`
  return `Accepted by everyone in ${programName}, mentors and mentees, when they join, and again at each new version.`
}

/** The pages of one agreement: `/programs/<programme>/agreements/<agreement>`. */
export const agreementPath = (programSlug: string, agreementSlug: string) => `/programs/${programSlug}/agreements/${agreementSlug}`
