import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/** The records that name a programme and keep its history: members, what they accepted, requests sent in it. */
const using = ['program-memberships', 'program-acceptances', 'program-agreements', 'program-invitations', 'mentorship-requests'] as const

/**
 * A programme that anyone has joined, or that has agreements, invitations or requests, is
 * archived, not deleted: its members' places, acceptances and requests name it (the database
 * refused the delete, and the caller got a 500). An empty programme, set up by mistake, may go.
 */
export const refuseDeletingUsedProgram: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of using) {
    const { totalDocs } = await req.payload.count({ collection, where: { program: { equals: id } }, overrideAccess: true, req })
    if (totalDocs > 0) {
      throw new APIError(
        'This programme has members, agreements, invitations or requests, so it cannot be deleted. Set its status to Archived instead: it leaves the public pages, and members keep their history.',
        409,
        null,
        true,
      )
    }
  }
}
