import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * Invitations, requests, index assessments and what the organisation posted (events, jobs,
 * resources) exist only for it: they go with it (an event must not turn into the platform's own).
 * Profiles and staff accounts stay, no longer linked to it; résumé download records keep the
 * company's name.
 */
export const removeOrganizationRecords: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of ['affiliations', 'index-assessments', 'events', 'opportunities', 'resources'] as const) {
    await req.payload.delete({ collection, where: { organization: { equals: id } }, overrideAccess: true, req })
  }
  // Staff accounts stay, unlinked (their link has no ON DELETE rule in SQLite, so it must go first).
  await req.payload.update({ collection: 'users', where: { organization: { equals: id } }, data: { organization: null }, overrideAccess: true, req })
}
