import { cache } from 'react'

import { getPayloadClient } from '@/lib/payload'
import { joiningWindow } from '@/programs/eligibility'
import type { ProgramSide } from '@/programs/options'
import { photoSelect } from '@/queries/photos'
import { availabilityOf, toCard, type MentorCard } from '@/queries/mentors'

import type { MentorProfile, Program, ProgramAgreement, ProgramMembership, User } from '../../payload-types'

/*
 * The reads of the programme pages (/programs, /programs/<slug>, its join form), each with the
 * viewer's access: drafts and archived programmes stay their staff's, a member reads only their
 * own memberships, and a mentor profile shows what its owner lets this viewer see.
 */

type Viewer = User | null

export type ProgramOrganization = { id: number | string; name: string; slug: string; logo: string | null }
export type ProgramView = Omit<Program, 'organization' | 'image'> & { organization: ProgramOrganization | null; image: { url: string; alt: string } | null }

const mediaURL = (media: unknown, size?: 'thumbnail'): string | null => {
  if (typeof media !== 'object' || media === null) return null
  const record = media as { url?: string | null; sizes?: Record<string, { url?: string | null } | undefined> }
  return (size && record.sizes?.[size]?.url) || record.url || null
}

function toView(program: Program): ProgramView {
  const organization =
    typeof program.organization === 'object' && program.organization
      ? {
          id: program.organization.id,
          name: program.organization.name,
          slug: program.organization.slug,
          logo: mediaURL(program.organization.logo, 'thumbnail'),
        }
      : null
  const image = typeof program.image === 'object' && program.image ? { url: mediaURL(program.image) ?? '', alt: program.image.alt ?? '' } : null
  return { ...program, organization, image: image?.url ? image : null }
}

const populate = {
  organizations: { name: true, slug: true, logo: true },
  media: { url: true, alt: true, sizes: { thumbnail: { url: true } } },
} as const

/** The programmes a visitor may join now or soon: open, and not past their closing date. By name. */
export async function listOpenPrograms(now: Date = new Date()): Promise<ProgramView[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'programs',
    where: { status: { equals: 'open' } },
    overrideAccess: false,
    depth: 1,
    populate,
    sort: 'name',
    limit: 200,
    pagination: false,
    select: {
      name: true,
      slug: true,
      summary: true,
      status: true,
      organization: true,
      image: true,
      period: true,
      mentorRoles: true,
      menteesJoin: true,
      mentorRules: true,
      menteeRules: true,
    },
  })
  return docs
    .map((doc) => toView(doc as Program))
    .filter((program) => {
      const joining = joiningWindow(program, now)
      return joining.open || joining.reason === 'not-yet'
    })
}

/** One programme as this viewer may see it: open and closed ones for everyone, drafts and the archive for their staff. */
export const getProgram = cache(async (slug: string, viewer: Viewer): Promise<ProgramView | null> => {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'programs',
    where: { slug: { equals: slug } },
    overrideAccess: false,
    user: viewer,
    depth: 1,
    populate,
    limit: 1,
  })
  return docs[0] ? toView(docs[0]) : null
})

export type AgreementSummary = Pick<ProgramAgreement, 'id' | 'title' | 'slug' | 'appliesTo' | 'summary'> & { currentVersion: number }

/** The programme's published agreements (for a side, when given: those for everyone and those for it). */
export async function listProgramAgreements(programId: number | string, side?: ProgramSide): Promise<AgreementSummary[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'program-agreements',
    where: {
      and: [{ program: { equals: programId } }, { _status: { equals: 'published' } }, ...(side ? [{ appliesTo: { in: ['everyone', side] } }] : [])],
    },
    overrideAccess: false,
    depth: 0,
    sort: 'title',
    pagination: false,
    select: { title: true, slug: true, appliesTo: true, summary: true, versionNumber: true },
  })
  return docs.map((agreement) => ({
    id: agreement.id,
    title: agreement.title,
    slug: agreement.slug,
    appliesTo: agreement.appliesTo,
    summary: agreement.summary,
    currentVersion: agreement.versionNumber ?? 1,
  }))
}

export type OwnMembership = Pick<ProgramMembership, 'id' | 'side' | 'status' | 'statusReason' | 'createdAt'>

/** The viewer's own memberships of a programme, newest first (read with their access: only their own). */
export async function listOwnMemberships(programId: number | string, viewer: Viewer): Promise<OwnMembership[]> {
  if (!viewer) return []
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'program-memberships',
    where: { and: [{ program: { equals: programId } }, { user: { equals: viewer.id } }] },
    overrideAccess: false,
    user: viewer,
    depth: 0,
    sort: '-createdAt',
    pagination: false,
    select: { side: true, status: true, statusReason: true, createdAt: true },
  })
  return docs as OwnMembership[]
}

/**
 * The mentors a programme lists: active members on the mentor side who did not ask to be taken
 * off its pages, whose directory profile this viewer may see and who are not paused. Which
 * accounts are listed members is read on the platform's authority (memberships are private to
 * the member and staff), and only that: it is what the page publishes. The profiles themselves
 * are read with the viewer's access.
 */
export async function listProgramMentors(
  programId: number | string,
  viewer: Viewer,
  limit = 12,
  now: Date = new Date(),
): Promise<{ mentors: MentorCard[]; total: number }> {
  const payload = await getPayloadClient()
  const { docs: memberships } = await payload.find({
    collection: 'program-memberships',
    where: { and: [{ program: { equals: programId } }, { side: { equals: 'mentor' } }, { status: { equals: 'active' } }] },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    select: { user: true, hiddenFromListings: true },
  })
  const accounts = memberships
    .filter((membership) => membership.hiddenFromListings !== true && membership.user != null)
    .map((membership) => membership.user as number)
  if (accounts.length === 0) return { mentors: [], total: 0 }
  // Which profiles are theirs is the platform's lookup too: a profile's account is private to its owner.
  const { docs: owned } = await payload.find({
    collection: 'mentor-profiles',
    where: { user: { in: accounts } },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    select: { slug: true },
  })
  if (owned.length === 0) return { mentors: [], total: 0 }
  const { docs } = await payload.find({
    collection: 'mentor-profiles',
    where: { id: { in: owned.map((profile) => profile.id) } },
    overrideAccess: false,
    user: viewer,
    depth: 1,
    populate: {
      industries: { name: true, slug: true },
      skills: { name: true, slug: true },
      organizations: { name: true, slug: true },
      'profile-photos': photoSelect,
    },
    sort: 'displayName',
    pagination: false,
  })
  const listed = (docs as MentorProfile[]).map(toCard).filter((card) => availabilityOf(card, now) !== 'paused')
  return { mentors: listed.slice(0, limit), total: listed.length }
}
