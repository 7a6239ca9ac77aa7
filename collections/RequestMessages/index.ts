import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'

import { hasRole, isSameId, requestsNamedInReports } from '@/access'
import { requestLimits } from '@/schemas/mentorship'

/**
 * The two people in a thread read its messages. Admins read only threads someone reported:
 * a conduct report that names the request opens it to them, and nothing else does.
 */
const isParticipantOrHandlingAdmin: Access = async ({ req }) => {
  const { user } = req
  if (!user) return false
  const participants: Where[] = [{ author: { equals: user.id } }, { recipient: { equals: user.id } }]
  if (!hasRole(user, 'admin')) return { or: participants }
  const reported = await requestsNamedInReports(req)
  return reported.length > 0 ? { or: [...participants, { request: { in: reported } }] } : { or: participants }
}

const readByRecipient: FieldAccess = ({ req: { user }, doc }) => isSameId(user?.id, doc?.recipient)

/** Messages exchanged on a mentorship request once it is accepted or more information is asked. */
export const RequestMessages: CollectionConfig = {
  slug: 'request-messages',
  admin: {
    useAsTitle: 'id',
    // Members keep these from their account pages; in /admin they are for admins only (access is unchanged).
    hidden: ({ user }) => !hasRole(user, 'admin'),
    defaultColumns: ['id', 'request', 'createdAt'],
    group: 'Contact',
    description: 'Only threads named in a conduct report are shown to admins.',
  },
  access: {
    read: isParticipantOrHandlingAdmin,
    create: () => false,
    update: () => false,
    delete: ({ req: { user } }) => hasRole(user, 'admin'),
  },
  defaultSort: 'createdAt',
  fields: [
    { name: 'request', type: 'relationship', relationTo: 'mentorship-requests', required: true, index: true, admin: { readOnly: true } },
    { name: 'author', type: 'relationship', relationTo: 'users', required: true, index: true, admin: { readOnly: true } },
    { name: 'recipient', type: 'relationship', relationTo: 'users', required: true, index: true, admin: { readOnly: true } },
    { name: 'body', type: 'textarea', required: true, maxLength: requestLimits.messageBody, admin: { readOnly: true } },
    {
      name: 'readAt',
      type: 'date',
      index: true,
      // Only the recipient knows whether they have read it: the author gets no read receipts.
      access: { read: readByRecipient },
      admin: { readOnly: true, position: 'sidebar', description: 'When the recipient first opened the conversation after this message arrived.' },
    },
  ],
}
