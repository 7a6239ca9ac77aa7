import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { idOf } from '@/access'
import { queueEmail } from '@/email/outbox'
import {
  affiliationDecisionMessage,
  affiliationDecisionSubject,
  affiliationRequestMessage,
  affiliationRequestSubject,
  invitationMessage,
  invitationSubject,
} from '@/email/templates/affiliation'

import type { Affiliation } from '../../../payload-types'

/**
 * Emails that move an affiliation along: the invitation itself, a new request to the
 * organisation's representatives, and the decision to the member who asked. They go into the
 * outbox in the same transaction as the record, so neither exists without the other.
 */
export const notifyAffiliation: CollectionAfterChangeHook<Affiliation> = async ({ doc, previousDoc, operation, req }) => {
  const organization = await req.payload.findByID({
    collection: 'organizations',
    id: idOf(doc.organization)!,
    depth: 0,
    select: { name: true },
    overrideAccess: true,
    req,
  })
  const token = req.context.invitationToken as string | undefined
  if (operation === 'create' && doc.origin === 'invite' && doc.email && token) {
    const inviter = doc.invitedBy ? await nameOf(req.payload, idOf(doc.invitedBy)!, req) : null
    await queueEmail(
      req.payload,
      {
        to: doc.email,
        subject: invitationSubject(organization.name),
        content: invitationMessage({ token, kind: doc.kind, message: doc.message }, organization.name, inviter ?? 'A representative'),
        purpose: 'affiliation-invitation',
      },
      req,
    )
  } else if (operation === 'create' && doc.origin === 'request') {
    const { docs: representatives } = await req.payload.find({
      collection: 'users',
      where: { organization: { equals: idOf(doc.organization) }, organizationRole: { equals: 'representative' } },
      depth: 0,
      limit: 20,
      select: { email: true },
      overrideAccess: true,
      req,
    })
    for (const representative of representatives) {
      await queueEmail(
        req.payload,
        {
          to: representative.email,
          subject: affiliationRequestSubject(doc.memberName ?? 'A member'),
          content: affiliationRequestMessage(doc.memberName ?? 'A member', organization.name, doc.id),
          purpose: 'affiliation-request',
        },
        req,
      )
    }
  } else if (operation === 'update' && doc.origin === 'request' && previousDoc?.status === 'pending' && doc.status !== 'pending' && doc.member) {
    const member = await req.payload.findByID({ collection: 'users', id: idOf(doc.member)!, depth: 0, overrideAccess: true, req })
    const accepted = doc.status === 'accepted'
    await queueEmail(
      req.payload,
      {
        to: member.email,
        subject: affiliationDecisionSubject(organization.name, accepted),
        content: affiliationDecisionMessage(member.chosenName, organization.name, accepted),
        purpose: 'affiliation-decision',
      },
      req,
    )
  }
  return doc
}

async function nameOf(payload: Payload, id: number | string, req: PayloadRequest): Promise<string | null> {
  const user = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req }).catch(() => null)
  return user?.chosenName ?? null
}
