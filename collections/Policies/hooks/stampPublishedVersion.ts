import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

/** Collections whose every publish is a numbered public version (the platform's policies, programme agreements). */
export type VersionedCollection = 'policies' | 'program-agreements'

/**
 * Each publish gets the next version number and today's date. A new version whose change
 * summary is still the previous version's is refused: the form starts empty
 * (startNextChangeSummaryEmpty), but an API client or a pasted summary could still repeat it,
 * and members would be told the wrong thing changed. Numbers come from the stored
 * published versions, not the form, so a stale draft can never reuse or skip a number.
 */
export const stampPublishedVersionOf =
  (collection: VersionedCollection): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    if (data._status !== 'published') return data

    let latest = 0
    if (originalDoc?.id !== undefined) {
      const { docs } = await req.payload.findVersions({
        collection,
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
      const previousSummary = docs[0]?.version.changeSummary?.trim()
      if (previousSummary && data.changeSummary?.trim() === previousSummary) {
        throw new ValidationError({
          collection,
          errors: [
            {
              path: 'changeSummary',
              message: `This still describes version ${latest}. Say what changed in version ${latest + 1}, or leave it empty if nothing a member needs to know changed.`,
            },
          ],
          req,
        })
      }
    }
    return { ...data, versionNumber: latest + 1, publishedAt: new Date().toISOString() }
  }

export const stampPublishedVersion = stampPublishedVersionOf('policies')
