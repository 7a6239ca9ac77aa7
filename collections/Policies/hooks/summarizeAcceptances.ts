import type { FieldHook } from 'payload'

import { hasRole } from '@/access'

import type { Policy } from '../../../payload-types'

/**
 * For admins: how many of the members this policy applies to have accepted each published
 * version. Computed on read, never stored, never for anyone else, and only when one policy is
 * opened (not for every row of a list), since it costs a count per version.
 */
export const summarizeAcceptances: FieldHook<Policy> = async ({ findMany, originalDoc, req }) => {
  if (findMany || !hasRole(req.user, 'admin') || !originalDoc?.id || !originalDoc.versionNumber) return undefined
  const roles = originalDoc.requiredFor ?? []
  if (roles.length === 0) return 'No role has to accept this policy.'

  const { totalDocs: affected } = await req.payload.count({
    collection: 'users',
    where: { or: roles.map((role) => ({ roles: { contains: role } })) },
    overrideAccess: true,
    req,
  })
  const mustAccept = `${affected} ${affected === 1 ? 'member' : 'members'} must accept it today`
  const lines: string[] = []
  for (let version = originalDoc.versionNumber; version >= 1; version -= 1) {
    const { totalDocs: accepted } = await req.payload.count({
      collection: 'policy-acceptances',
      where: { and: [{ policy: { equals: originalDoc.id } }, { versionNumber: { equals: version } }] },
      overrideAccess: true,
      req,
    })
    lines.push(`Version ${version}: ${accepted} accepted (${mustAccept})`)
  }
  return lines.join('\n')
}
