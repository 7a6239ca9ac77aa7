import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { hasRole, isSameId, organizationsWithActivePlan, staffOrganizationOf } from '@/access'

/** The three choices a Career Candidate has for their résumé. */
export const resumeReleases = [
  ['nobody', 'Nobody: only me'],
  ['active-companies', 'Every company with an active partnership plan'],
  ['chosen-companies', 'Only the companies I choose'],
] as const

export type ResumeRelease = (typeof resumeReleases)[number][0]

export const isResumeRelease = (value: unknown): value is ResumeRelease => resumeReleases.some(([code]) => code === value)

/** The company a representative downloads for, while its partnership plan is active; otherwise null. */
export async function downloadingCompanyOf(req: PayloadRequest): Promise<number | string | null> {
  if (!hasRole(req.user, 'company-representative')) return null
  const organization = staffOrganizationOf(req.user)
  if (organization == null) return null
  const active = await organizationsWithActivePlan(req)
  return active.some((id) => isSameId(id, organization)) ? organization : null
}

/** The condition a résumé meets when its owner released it to `company`. */
export const releasedTo = (company: number | string): Where => ({
  or: [{ release: { equals: 'active-companies' } }, { and: [{ release: { equals: 'chosen-companies' } }, { chosenCompanies: { in: [company] } }] }],
})

/**
 * Who reads a résumé (and so may download its file): its owner; representatives of a company
 * with an active plan, when the owner released it to them; admins. Nobody else, signed in or not.
 */
export const resumeReaders: Access = async ({ req }) => {
  const { user } = req
  if (!user?.id) return false
  if (hasRole(user, 'admin')) return true
  const own: Where = { owner: { equals: user.id } }
  const company = await downloadingCompanyOf(req)
  return company == null ? own : { or: [own, releasedTo(company)] }
}

/** Fields only the owner (and admins) read: the account behind it and their release choices. */
export const isOwnerOrAdminField: FieldAccess = ({ req: { user }, doc }) => hasRole(user, 'admin') || (user?.id != null && isSameId(user.id, doc?.owner))

export const canChooseCompanies = (value: unknown, { siblingData }: { siblingData: { release?: unknown } }) =>
  siblingData.release !== 'chosen-companies' || (Array.isArray(value) && value.length > 0) || 'Choose at least one company, or pick another option.'
