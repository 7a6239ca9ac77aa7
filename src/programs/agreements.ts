import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '@/access'

import type { ProgramAgreement } from '../../payload-types'
import type { ProgramSide } from './options'

type Id = number | string

export type CurrentAgreement = Pick<ProgramAgreement, 'id' | 'title' | 'slug' | 'appliesTo' | 'summary' | 'changeSummary'> & { currentVersion: number }

export type OwedAgreement = CurrentAgreement & {
  /** The version this member last accepted, or null if they never accepted this agreement. */
  acceptedVersion: number | null
}

/** The programme's published agreements that one side accepts (those for everyone and those for the side). */
export async function currentAgreementsFor(payload: Payload, program: Id, side: ProgramSide, req?: PayloadRequest): Promise<CurrentAgreement[]> {
  const { docs } = await payload.find({
    collection: 'program-agreements',
    where: { and: [{ program: { equals: program } }, { _status: { equals: 'published' } }, { appliesTo: { in: ['everyone', side] } }] },
    select: { title: true, slug: true, appliesTo: true, summary: true, changeSummary: true, versionNumber: true },
    sort: 'title',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((agreement) => ({
    id: agreement.id,
    title: agreement.title,
    slug: agreement.slug,
    appliesTo: agreement.appliesTo,
    summary: agreement.summary,
    changeSummary: agreement.changeSummary,
    currentVersion: agreement.versionNumber ?? 1,
  }))
}

/** The current agreements of a programme side this member has not accepted at their current version. */
export async function agreementsOwedBy(payload: Payload, member: Id, program: Id, side: ProgramSide, req?: PayloadRequest): Promise<OwedAgreement[]> {
  const [current, { docs: acceptances }] = await Promise.all([
    currentAgreementsFor(payload, program, side, req),
    payload.find({
      collection: 'program-acceptances',
      where: { and: [{ user: { equals: member } }, { program: { equals: program } }] },
      select: { agreement: true, versionNumber: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    }),
  ])
  const latest = new Map<string, number>()
  for (const acceptance of acceptances) {
    const agreement = String(idOf(acceptance.agreement))
    latest.set(agreement, Math.max(latest.get(agreement) ?? 0, acceptance.versionNumber))
  }
  return current
    .map((agreement) => ({ ...agreement, acceptedVersion: latest.get(String(agreement.id)) ?? null }))
    .filter((agreement) => agreement.acceptedVersion === null || agreement.acceptedVersion < agreement.currentVersion)
}

/**
 * Records acceptance of each agreement at the version the member read (`accepted`: agreement id
 * → version number). Callers check first that the versions are still current; this only writes,
 * inside the caller's transaction when `req` is given.
 */
export async function recordAgreementAcceptances(
  payload: Payload,
  member: Id,
  program: Id,
  accepted: { agreement: Id; versionNumber: number }[],
  req?: PayloadRequest,
): Promise<void> {
  const acceptedAt = new Date().toISOString()
  for (const { agreement, versionNumber } of accepted) {
    await payload.create({
      collection: 'program-acceptances',
      data: { user: member as number, program: program as number, agreement: agreement as number, versionNumber, acceptedAt },
      overrideAccess: true,
      req,
    })
  }
}
