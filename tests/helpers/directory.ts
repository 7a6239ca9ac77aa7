import type { Payload } from 'payload'

import type { IdentityVisibility } from '@/access'
import type { LanguageCode } from '@/lib/languages'
import { plainToRichText } from '@/lib/plain-text'

import type { MentorProfile, User } from '../../payload-types'
import { createUser } from './test-payload'

/** A Mentor or Connector as the directory tests describe them: lists by slug, bio as plain text. */
export type ListedMember = {
  name: string
  kind?: 'mentor' | 'connector'
  pronouns?: string
  headline?: string
  bio?: string
  industries?: string[]
  skills?: string[]
  languages?: LanguageCode[]
  location?: string
  organization?: string
  availability?: 'open' | 'full'
  lastActiveAt: string
  pronounsVisibility?: IdentityVisibility
  identities?: string
  identitiesVisibility?: IdentityVisibility
}

async function idsOf(payload: Payload, collection: 'industries' | 'skills' | 'organizations', slugs: string[]): Promise<number[]> {
  if (slugs.length === 0) return []
  const { docs } = await payload.find({ collection, where: { slug: { in: slugs } }, depth: 0, pagination: false, overrideAccess: true })
  if (docs.length !== slugs.length) throw new Error(`Unknown ${collection} in the test data: ${slugs.join(', ')}`)
  return slugs.map((slug) => docs.find((doc) => doc.slug === slug)!.id)
}

/** The directory profile the platform made for a member's account. */
export async function profileOf(payload: Payload, member: Pick<User, 'id'>): Promise<MentorProfile | undefined> {
  const { docs } = await payload.find({ collection: 'mentor-profiles', where: { user: { equals: member.id } }, depth: 0, limit: 1, overrideAccess: true })
  return docs[0]
}

/**
 * Signs a member up as a Mentor (or Connector) and fills in the profile the platform made for
 * them, as an admin would; lastActiveAt is given so "recently active" order is known.
 */
export async function listMember(payload: Payload, member: ListedMember): Promise<{ user: User; profile: MentorProfile }> {
  const user = (await createUser(payload, [member.kind ?? 'mentor'], { chosenName: member.name, pronouns: member.pronouns ?? null })) as User
  const created = await profileOf(payload, user)
  if (!created) throw new Error(`No directory profile was made for ${member.name}`)
  const [industries, skills, organizations] = await Promise.all([
    idsOf(payload, 'industries', member.industries ?? []),
    idsOf(payload, 'skills', member.skills ?? []),
    idsOf(payload, 'organizations', member.organization ? [member.organization] : []),
  ])
  const profile = await payload.update({
    collection: 'mentor-profiles',
    id: created.id,
    data: {
      headline: member.headline ?? null,
      bio: member.bio ? plainToRichText(member.bio) : null,
      industries,
      skills,
      organization: organizations[0] ?? null,
      languages: member.languages ?? [],
      location: member.location ?? null,
      availability: member.availability ?? 'open',
      lastActiveAt: member.lastActiveAt,
      pronounsVisibility: member.pronounsVisibility ?? 'members',
      identities: member.identities ?? null,
      identitiesVisibility: member.identitiesVisibility ?? 'hidden',
    },
    depth: 0,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  return { user, profile }
}
