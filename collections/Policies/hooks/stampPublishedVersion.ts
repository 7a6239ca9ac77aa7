import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Each publish gets the next version number and today's date. Numbers come from the stored
 * published versions, not the form, so a stale draft can never reuse or skip a number.
 */
export const stampPublishedVersion: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (data._status !== 'published') return data

  let latest = 0
  if (originalDoc?.id !== undefined) {
    const { docs } = await req.payload.findVersions({
      collection: 'policies',
      where: {
        and: [{ parent: { equals: originalDoc.id } }, { 'version._status': { equals: 'published' } }],
      },
      sort: '-version.versionNumber',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    latest = docs[0]?.version.versionNumber ?? 0
  }
  return { ...data, versionNumber: latest + 1, publishedAt: new Date().toISOString() }
}
