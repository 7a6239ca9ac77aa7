import type { Payload } from 'payload'

import { staffOrganizationOf } from '@/access'
import { isRefusal } from '@/lib/errors'

import type { IndexAssessment, User } from '../../payload-types'
import { currentQuestionnaire } from './current'
import { compareYears, scoreAssessment, type IndexAnswers, type IndexQuestionnaire, type IndexScore, type YearComparison } from './scoring'

export type CentreAssessments = {
  questionnaire: IndexQuestionnaire
  /** This year's assessment, in progress or submitted; null before it is started. */
  current: IndexAssessment | null
  /** Submitted assessments of earlier years, newest first. */
  earlier: IndexAssessment[]
}

/** A Career Center's assessments as its staff member may see them (the same access rules as the API). */
export async function centreAssessments(payload: Payload, staff: User): Promise<CentreAssessments> {
  const questionnaire = await currentQuestionnaire(payload)
  const { docs } = await payload.find({
    collection: 'index-assessments',
    where: { organization: { equals: staffOrganizationOf(staff) } },
    overrideAccess: false,
    user: staff,
    depth: 0,
    sort: '-year',
    limit: 50,
  })
  return {
    questionnaire,
    current: docs.find((assessment) => assessment.year === questionnaire.year) ?? null,
    earlier: docs.filter((assessment) => assessment.status === 'submitted' && (assessment.year ?? 0) < questionnaire.year),
  }
}

/** The stored score of an assessment, recomputed from its own questionnaire copy. */
export const scoreOf = (assessment: IndexAssessment): IndexScore =>
  scoreAssessment(assessment.questionnaire as IndexQuestionnaire, (assessment.answers ?? {}) as IndexAnswers)

/** This year's result beside the latest earlier year's, factor by factor. */
export function yearOverYear(current: IndexAssessment, earlier: IndexAssessment[]): YearComparison {
  const previous = earlier.find((assessment) => (assessment.year ?? 0) < (current.year ?? 0))
  return compareYears(previous ? scoreOf(previous) : null, scoreOf(current))
}

export type SaveResult = { ok: true; submitted: boolean } | { ok: false; error: string }

/** Saves answers (creating this year's assessment on the first save) and optionally submits. */
export async function saveAssessment(payload: Payload, staff: User, answers: IndexAnswers, submit: boolean): Promise<SaveResult> {
  const { current } = await centreAssessments(payload, staff)
  const data = { answers, ...(submit ? { status: 'submitted' as const } : {}) }
  try {
    if (!current) {
      // Created as a draft first, so that an incomplete submission still keeps the answers given.
      const created = await payload.create({
        collection: 'index-assessments',
        data: { organization: staffOrganizationOf(staff) as number, answers, status: 'draft' },
        overrideAccess: false,
        user: staff,
      })
      if (submit) await payload.update({ collection: 'index-assessments', id: created.id, data, overrideAccess: false, user: staff })
    } else {
      await payload.update({ collection: 'index-assessments', id: current.id, data, overrideAccess: false, user: staff })
    }
    return { ok: true, submitted: submit }
  } catch (error) {
    if (isRefusal(error)) return { ok: false, error: error.message }
    throw error
  }
}
