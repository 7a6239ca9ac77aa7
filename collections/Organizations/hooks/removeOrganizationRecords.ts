import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * Invitations, requests and index assessments exist only for their organisation: they go with
 * it. Profiles and staff accounts stay, no longer linked to it.
 */
export const removeOrganizationRecords: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of ['affiliations', 'index-assessments'] as const) {
    await req.payload.delete({ collection, where: { organization: { equals: id } }, overrideAccess: true, req })
  }
}
