import type { Payload } from 'payload'

import { isSameId } from '@/access'
import { mentorKindOf } from '@/accounts/involvement'
import { inTransaction } from '@/lib/transaction'

import type { Affiliation, Organization, User } from '../../payload-types'

export type InvitationView =
  | { state: 'missing' }
  | { state: 'expired' | 'answered'; organizationName: string }
  | {
      state: 'open'
      id: number | string
      organization: Pick<Organization, 'name' | 'slug' | 'kind'>
      kind: 'mentor' | 'connector'
      email: string
      message: string | null
    }

/** What the invitation link shows. The token is the only key: nothing else identifies it. */
export async function findInvitation(payload: Payload, token: string, now: Date = new Date()): Promise<InvitationView> {
  if (!/^[a-f0-9]{48}$/.test(token)) return { state: 'missing' }
  const { docs } = await payload.find({
    collection: 'affiliations',
    where: { token: { equals: token }, origin: { equals: 'invite' } },
    depth: 1,
    limit: 1,
    overrideAccess: true,
  })
  const invitation = docs[0]
  if (!invitation || typeof invitation.organization !== 'object') return { state: 'missing' }
  const organization = invitation.organization
  if (invitation.status !== 'pending') return { state: 'answered', organizationName: organization.name }
  if (invitation.expiresAt && new Date(invitation.expiresAt) < now) return { state: 'expired', organizationName: organization.name }
  return {
    state: 'open',
    id: invitation.id,
    organization: { name: organization.name, slug: organization.slug, kind: organization.kind },
    kind: invitation.kind,
    email: invitation.email ?? '',
    message: invitation.message ?? null,
  }
}

export type AnswerResult = { ok: true; organizationSlug: string } | { ok: false; error: string }

/**
 * The invited person accepts: they must be signed in with the invited address. A member who is
 * not yet a Mentor or Connector becomes the kind they were invited as (and is then asked to
 * accept that role's policies); their directory profile is listed with the organisation.
 */
export async function answerInvitation(payload: Payload, token: string, member: User, accept: boolean): Promise<AnswerResult> {
  const invitation = await findInvitation(payload, token)
  if (invitation.state === 'missing') return { ok: false, error: 'This invitation link is not valid. Ask the organisation to send a new one.' }
  if (invitation.state !== 'open') {
    return {
      ok: false,
      error:
        invitation.state === 'expired'
          ? `This invitation has expired. Ask ${invitation.organizationName} to send a new one.`
          : 'This invitation was already answered or withdrawn.',
    }
  }
  if (invitation.email !== member.email.toLowerCase()) {
    return { ok: false, error: 'This invitation was sent to a different email address. Sign in with the address it was sent to.' }
  }

  await inTransaction(payload, async (req) => {
    if (accept && !mentorKindOf(member)) {
      await payload.update({
        collection: 'users',
        id: member.id,
        data: { roles: [...new Set([...member.roles, invitation.kind])] },
        overrideAccess: true,
        req,
      })
    }
    await payload.update({
      collection: 'affiliations',
      id: invitation.id,
      data: { status: accept ? 'accepted' : 'declined', member: member.id, memberName: member.chosenName },
      overrideAccess: true,
      context: { answeredByInvitee: true },
      req,
    })
  })
  return { ok: true, organizationSlug: invitation.organization.slug }
}

export type RequestResult = { ok: true } | { ok: false; error: string }

/** A Mentor or Connector asks to be listed with an organisation; its representatives decide. */
export async function requestAffiliation(payload: Payload, member: User, organizationId: number | string, message = ''): Promise<RequestResult> {
  const kind = mentorKindOf(member)
  if (!kind) return { ok: false, error: 'Only Mentors and Connectors can be listed with an organisation.' }
  if (message.length > 500) return { ok: false, error: 'Keep the note to 500 characters or fewer.' }
  const profile = await directoryProfileOf(payload, member)
  if (profile && isSameId(profile.organization, organizationId)) return { ok: false, error: 'You are already listed with this organisation.' }
  const { totalDocs } = await payload.count({
    collection: 'affiliations',
    where: { organization: { equals: organizationId }, member: { equals: member.id }, status: { equals: 'pending' } },
    overrideAccess: true,
  })
  if (totalDocs > 0) return { ok: false, error: 'Your request is waiting for the organisation’s answer.' }
  await payload.create({
    collection: 'affiliations',
    data: {
      organization: organizationId as number,
      origin: 'request',
      kind,
      member: member.id,
      memberName: member.chosenName,
      message: message.trim() || undefined,
      status: 'pending',
    },
    overrideAccess: true,
  })
  return { ok: true }
}

/** The member's pending request to this organisation, if any. */
export async function pendingRequest(payload: Payload, member: Pick<User, 'id'>, organizationId: number | string): Promise<Affiliation | null> {
  const { docs } = await payload.find({
    collection: 'affiliations',
    where: { organization: { equals: organizationId }, member: { equals: member.id }, status: { equals: 'pending' } },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user: member,
  })
  return docs[0] ?? null
}

/** The member's own directory profile. (Its `user` field is private, so the lookup by it is the platform's.) */
export async function directoryProfileOf(payload: Payload, member: Pick<User, 'id'>) {
  const { docs } = await payload.find({
    collection: 'mentor-profiles',
    where: { user: { equals: member.id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

/** The member stops being listed with their organisation; the organisation's records stay. */
export async function leaveOrganization(payload: Payload, member: Pick<User, 'id'>): Promise<void> {
  await payload.update({
    collection: 'mentor-profiles',
    where: { user: { equals: member.id } },
    data: { organization: null },
    overrideAccess: true,
  })
}
