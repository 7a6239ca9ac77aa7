import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access'
import { indexAnswers, scoreAssessment, unansweredQuestions, type IndexAnswer, type IndexAnswers, type IndexQuestionnaire } from '@/career-center-index/scoring'
import { formatDate } from '@/lib/dates'
import { UserFacingError } from '@/lib/errors'

import type { IndexAssessment } from '../../../payload-types'

/** Keeps only answers to this questionnaire's questions, with one of the allowed values. */
export function cleanAnswers(questionnaire: IndexQuestionnaire, answers: unknown): IndexAnswers {
  const given = answers && typeof answers === 'object' ? (answers as Record<string, unknown>) : {}
  const clean: IndexAnswers = {}
  for (const factor of questionnaire.factors) {
    for (const question of factor.questions) {
      const value = given[question.key]
      if (indexAnswers.includes(value as IndexAnswer)) clean[question.key] = value as IndexAnswer
    }
  }
  return clean
}

/**
 * The score is always computed here on the server, from the questionnaire the assessment was
 * started with. Submitting needs every question answered and locks the assessment.
 */
export const scoreAnswers: CollectionBeforeChangeHook<IndexAssessment> = ({ data, originalDoc, operation, req }) => {
  if (operation === 'update' && originalDoc?.status === 'submitted' && !hasRole(req.user, 'admin')) {
    throw new UserFacingError(`This assessment was submitted on ${formatDate(originalDoc.submittedAt)} and can no longer be changed.`, 403)
  }
  const questionnaire = (data.questionnaire ?? originalDoc?.questionnaire) as IndexQuestionnaire
  const answers = cleanAnswers(questionnaire, data.answers ?? originalDoc?.answers)
  const score = scoreAssessment(questionnaire, answers)
  const submitting = data.status === 'submitted' && originalDoc?.status !== 'submitted'
  if (submitting) {
    const missing = unansweredQuestions(questionnaire, answers)
    if (missing.length > 0) {
      throw new UserFacingError(
        `Answer every question before submitting: ${missing.length} ${missing.length === 1 ? 'is' : 'are'} still open, starting with “${missing[0].text}”`,
      )
    }
  }
  return {
    ...data,
    answers,
    overall: score.overall,
    factorScores: score.factors,
    recommendations: score.recommendations,
    ...(submitting ? { submittedAt: new Date().toISOString(), submittedBy: req.user?.id as number } : {}),
  }
}
