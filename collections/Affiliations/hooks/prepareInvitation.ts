import { randomBytes } from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole, idOf, representedOrganizationOf } from '@/access'
import { UserFacingError } from '@/lib/errors'

import type { Affiliation } from '../../../payload-types'

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
export const invitationLifetimeDays = 14

/**
 * A representative's new record is always an invitation from their own organisation; admins may
 * also record requests. Invitations get their secret link, expiry and a checked address.
 */
export const prepareInvitation: CollectionBeforeChangeHook<Affiliation> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { user } = req
  const prepared = { ...data }
  // Without a user it is the platform writing (a member's request, checked by its flow).
  if (user && !hasRole(user, 'admin')) {
    prepared.organization = representedOrganizationOf(user) as number
    prepared.origin = 'invite'
    prepared.status = 'pending'
  }
  if (prepared.origin !== 'invite') return prepared

  const email = String(prepared.email ?? '')
    .trim()
    .toLowerCase()
  if (!emailPattern.test(email)) throw new UserFacingError('Enter the email address to invite, like name@example.org.')
  const { totalDocs } = await req.payload.count({
    collection: 'affiliations',
    where: { organization: { equals: idOf(prepared.organization) }, email: { equals: email }, status: { equals: 'pending' } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) throw new UserFacingError(`${email} already has a pending invitation from this organisation.`)

  const token = randomBytes(24).toString('hex')
  // The token is a hidden field, left out of the document later hooks see: pass it on for the email.
  req.context.invitationToken = token
  return {
    ...prepared,
    email,
    status: 'pending',
    token,
    invitedBy: user?.id as number,
    expiresAt: new Date(Date.now() + invitationLifetimeDays * 24 * 60 * 60 * 1000).toISOString(),
  }
}
