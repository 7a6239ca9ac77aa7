import type { CollectionAfterChangeHook } from 'payload'

import { askMembersToAcceptNewVersion as askMembers } from '@/programs/reacceptance'

import type { ProgramAgreement } from '../../../payload-types'

/**
 * Every publish after the first is a new version its members must accept again: they are told
 * by email in the same transaction as the publish (the first version is accepted on joining).
 */
export const askMembersToAcceptNewVersion: CollectionAfterChangeHook<ProgramAgreement> = async ({ doc, previousDoc, req }) => {
  const newVersion = doc._status === 'published' && (doc.versionNumber ?? 0) > 1 && doc.versionNumber !== previousDoc?.versionNumber
  if (newVersion) await askMembers(req.payload, doc, req)
  return doc
}
