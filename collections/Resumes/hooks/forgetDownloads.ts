import type { CollectionBeforeDeleteHook } from 'payload'

/** A deleted résumé takes its download records with it (first: they point at it). */
export const forgetDownloads: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'resume-downloads', where: { resume: { equals: id } }, overrideAccess: true, req })
}
