import type { Payload } from 'payload'

import { richTextToPlain } from '@/lib/plain-text'
import { inTransaction } from '@/lib/transaction'

import type { User } from '../../payload-types'

/**
 * Everything the platform holds about one member, as they would see it: their account (without
 * password hashes or tokens) and every policy acceptance. Later features add their records here.
 */
export async function exportMemberData(payload: Payload, member: Pick<User, 'id'>) {
  const account = await payload.findByID({ collection: 'users', id: member.id, overrideAccess: true, depth: 0 })
  const { docs: acceptances } = await payload.find({
    collection: 'policy-acceptances',
    where: { user: { equals: member.id } },
    overrideAccess: true,
    depth: 1,
    pagination: false,
    sort: 'acceptedAt',
  })
  const { docs: profiles } = await payload.find({
    collection: 'mentor-profiles',
    where: { user: { equals: member.id } },
    overrideAccess: true,
    depth: 1,
    limit: 1,
  })
  const { docs: affiliations } = await payload.find({
    collection: 'affiliations',
    where: { member: { equals: member.id } },
    overrideAccess: true,
    depth: 1,
    pagination: false,
    sort: 'createdAt',
  })
  const profile = profiles[0]
  return {
    exportedAt: new Date().toISOString(),
    account: {
      id: account.id,
      email: account.email,
      chosenName: account.chosenName,
      pronouns: account.pronouns ?? null,
      roles: account.roles,
      emailConfirmed: Boolean(account._verified),
      createdAt: account.createdAt,
      updatedAt: account.updatedAt,
    },
    directoryProfile: profile
      ? {
          kind: profile.kind,
          displayName: profile.displayName,
          address: `/mentors/${profile.slug}`,
          headline: profile.headline ?? null,
          introduction: richTextToPlain(profile.bio) || null,
          industries: namesOf(profile.industries),
          skills: namesOf(profile.skills),
          organization: typeof profile.organization === 'object' ? (profile.organization?.name ?? null) : null,
          location: profile.location ?? null,
          timeZone: profile.timeZone ?? null,
          languages: profile.languages ?? [],
          pronouns: { value: profile.pronouns ?? null, visibleTo: profile.pronounsVisibility },
          identities: { value: profile.identities ?? null, visibleTo: profile.identitiesVisibility },
          availability: profile.availability,
          capacity: profile.capacity,
          paused: Boolean(profile.paused),
          pausedUntil: profile.pausedUntil ?? null,
          lastActiveAt: profile.lastActiveAt ?? null,
        }
      : null,
    organizationLinks: affiliations.map((affiliation) => ({
      organization: typeof affiliation.organization === 'object' ? affiliation.organization.name : affiliation.organization,
      origin: affiliation.origin,
      status: affiliation.status,
      message: affiliation.message ?? null,
      createdAt: affiliation.createdAt,
      decidedAt: affiliation.decidedAt ?? null,
    })),
    policyAcceptances: acceptances.map((acceptance) => ({
      policy: typeof acceptance.policy === 'object' ? acceptance.policy.title : acceptance.policy,
      version: acceptance.versionNumber,
      acceptedAt: acceptance.acceptedAt,
    })),
  }
}

/**
 * Deletes a member's account and personal data. Their policy acceptances stay as anonymous
 * records (which version was accepted, when), so the platform can still show how many accepted.
 */
export async function deleteMemberAccount(payload: Payload, member: Pick<User, 'id'>): Promise<void> {
  await inTransaction(payload, async (req) => {
    await payload.update({
      collection: 'policy-acceptances',
      where: { user: { equals: member.id } },
      data: { user: null },
      overrideAccess: true,
      req,
    })
    // Their side of organisation links goes too; the organisation keeps no name or message of theirs.
    await payload.delete({ collection: 'affiliations', where: { member: { equals: member.id } }, overrideAccess: true, req })
    await payload.delete({ collection: 'users', id: member.id, overrideAccess: true, req })
  })
}

const namesOf = (values: unknown[] | null | undefined): string[] =>
  (values ?? []).map((value) => (typeof value === 'object' && value && 'name' in value ? String(value.name) : String(value)))
