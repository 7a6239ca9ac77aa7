import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/access'
import { queueEmail } from '@/email/outbox'
import { type Decision, programDecisionMessage, programDecisionSubject } from '@/email/templates/program-decisions'

import type { ProgramMembership } from '../../../payload-types'

/** The decision a status change records, if it is one: approval, decline or removal. */
function decisionOf(from: ProgramMembership['status'] | undefined, to: ProgramMembership['status']): Decision | null {
  if (from === 'awaiting-approval' && to === 'active') return 'approved'
  if (from === 'awaiting-approval' && to === 'declined') return 'declined'
  if (from === 'active' && to === 'removed') return 'removed'
  return null
}

/**
 * Tells the member what staff decided, with the reason and whom to ask; the email goes into the
 * outbox in the same transaction as the decision, so neither exists without the other.
 */
export const notifyDecision: CollectionAfterChangeHook<ProgramMembership> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  const decision = decisionOf(previousDoc?.status, doc.status)
  const userId = idOf(doc.user)
  if (!decision || userId == null) return doc
  const [member, program] = await Promise.all([
    req.payload.findByID({ collection: 'users', id: userId, depth: 0, select: { email: true, chosenName: true }, overrideAccess: true, req }),
    req.payload.findByID({
      collection: 'programs',
      id: idOf(doc.program)!,
      depth: 1,
      select: { name: true, slug: true, contactEmail: true, organization: true },
      populate: { organizations: { name: true } },
      overrideAccess: true,
      req,
    }),
  ])
  const organizationName = typeof program.organization === 'object' && program.organization ? program.organization.name : null
  const decided = { name: program.name, slug: program.slug ?? String(program.id), contactEmail: program.contactEmail, organizationName }
  await queueEmail(
    req.payload,
    {
      to: member.email,
      subject: programDecisionSubject(decision, program.name),
      content: programDecisionMessage({
        decision,
        program: decided,
        memberName: doc.memberName ?? member.chosenName,
        side: doc.side,
        reason: doc.statusReason,
      }),
      purpose: `program-${decision}`,
    },
    req,
  )
  return doc
}
