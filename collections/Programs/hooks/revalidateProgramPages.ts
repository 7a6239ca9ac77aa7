import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidatePaths } from '@/lib/revalidate'

import type { Program } from '../../../payload-types'

/** The cached pages a programme shows on: the list of programmes, and its own (under its old slug too). */
const pathsOf = (doc: Pick<Program, 'slug'>, previous?: Pick<Program, 'slug'> | null) => [
  '/programs',
  `/programs/${doc.slug}`,
  ...(previous?.slug && previous.slug !== doc.slug ? [`/programs/${previous.slug}`] : []),
]

/** Opening, closing or editing a programme refreshes /programs at once rather than within its five minutes. */
export const revalidateProgramPages: CollectionAfterChangeHook<Program> = ({ doc, previousDoc, req, context }) => {
  if (!context.disableRevalidate) void revalidatePaths(req.payload, pathsOf(doc, previousDoc))
  return doc
}

export const revalidateDeletedProgramPages: CollectionAfterDeleteHook<Program> = ({ doc, req, context }) => {
  if (!context.disableRevalidate && doc) void revalidatePaths(req.payload, pathsOf(doc))
  return doc
}
