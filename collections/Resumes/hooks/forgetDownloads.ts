import type { CollectionAfterDeleteHook } from 'payload'

/** A deleted résumé takes its download records with it. */
export const forgetDownloads: CollectionAfterDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'resume-downloads', where: { resume: { equals: id } }, overrideAccess: true, req })
}
