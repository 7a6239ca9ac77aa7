import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole, idOf, staffOrganizationOf } from '@/access'
import { currentQuestionnaire } from '@/career-center-index/current'
import { UserFacingError } from '@/lib/errors'

import type { IndexAssessment } from '../../../payload-types'

/**
 * A new assessment belongs to the staff member's own Career Center and takes a copy of this
 * year's questionnaire. One per centre per year: the next one starts with the next questionnaire.
 */
export const prepareAssessment: CollectionBeforeChangeHook<IndexAssessment> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const organizationId = hasRole(req.user, 'admin') ? idOf(data.organization) : staffOrganizationOf(req.user)
  if (organizationId == null) throw new UserFacingError('Choose the Career Center this assessment is for.')
  const organization = await req.payload.findByID({
    collection: 'organizations',
    id: organizationId,
    depth: 0,
    select: { kind: true, name: true },
    overrideAccess: true,
    req,
  })
  if (organization.kind !== 'career-center') {
    throw new UserFacingError('The Career Center Index is a self-assessment for Career Centers only.')
  }
  const questionnaire = await currentQuestionnaire(req.payload)
  const { totalDocs } = await req.payload.count({
    collection: 'index-assessments',
    where: { organization: { equals: organizationId }, year: { equals: questionnaire.year } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) {
    throw new UserFacingError(`${organization.name} already has an assessment for ${questionnaire.year}: continue that one.`)
  }
  return { ...data, organization: organizationId as number, year: questionnaire.year, questionnaire, status: data.status ?? 'draft' }
}
