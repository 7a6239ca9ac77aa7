import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { idOf } from '@/access'
import { revalidatePaths } from '@/lib/revalidate'

import type { ProgramAgreement } from '../../../payload-types'

async function programSlugOf(req: PayloadRequest, agreement: Pick<ProgramAgreement, 'program'>): Promise<string | null> {
  const id = idOf(agreement.program)
  if (id == null) return null
  const program = await req.payload.findByID({ collection: 'programs', id, select: { slug: true }, depth: 0, overrideAccess: true, req }).catch(() => null)
  return program?.slug ?? null
}

const agreementPaths = (program: string, slug: string | null | undefined) => {
  const base = `/programs/${program}/agreements`
  return slug ? [base, `${base}/${slug}`, `${base}/${slug}/versions`] : [base]
}

/** Publishing (or unpublishing) an agreement refreshes its programme's cached pages, as policies do. */
export const revalidateAgreementPages: CollectionAfterChangeHook<ProgramAgreement> = async ({ doc, previousDoc, req, context }) => {
  if (context.disableRevalidate) return doc
  const publicChange = doc._status === 'published' || previousDoc?._status === 'published'
  if (!publicChange) return doc
  const program = await programSlugOf(req, doc)
  if (!program) return doc
  // The new version's own page may have been cached as "not found" before it existed.
  const newVersion = doc.versionNumber ? [`/programs/${program}/agreements/${doc.slug}/versions/${doc.versionNumber}`] : []
  void revalidatePaths(req.payload, [
    `/programs/${program}`,
    ...agreementPaths(program, doc.slug),
    ...agreementPaths(program, previousDoc?.slug),
    ...newVersion,
  ])
  return doc
}

export const revalidateDeletedAgreementPages: CollectionAfterDeleteHook<ProgramAgreement> = async ({ doc, req, context }) => {
  if (context.disableRevalidate || !doc) return doc
  const program = await programSlugOf(req, doc)
  if (program) void revalidatePaths(req.payload, [`/programs/${program}`, ...agreementPaths(program, doc.slug)])
  return doc
}
