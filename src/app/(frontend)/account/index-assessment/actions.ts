'use server'

import { redirect } from 'next/navigation'

import { requireMember } from '@/accounts/session'
import { saveAssessment } from '@/career-center-index/assessments'
import { currentQuestionnaire } from '@/career-center-index/current'
import type { IndexAnswer, IndexAnswers } from '@/career-center-index/scoring'
import { getPayloadClient } from '@/lib/payload'

/**
 * Saves the answers, then submits when asked. Answers are saved first either way, so a refused
 * submission (questions still open) loses nothing; the page then says what is missing.
 */
export async function submitAssessment(form: FormData): Promise<void> {
  const member = await requireMember('/account/index-assessment')
  const payload = await getPayloadClient()
  const questionnaire = await currentQuestionnaire(payload)
  const answers: IndexAnswers = {}
  for (const factor of questionnaire.factors) {
    for (const question of factor.questions) {
      const value = form.get(question.key)
      if (typeof value === 'string' && value) answers[question.key] = value as IndexAnswer
    }
  }
  const submit = form.get('intent') === 'submit'
  const saved = await saveAssessment(payload, member, answers, false)
  if (!saved.ok) redirect('/account/index-assessment?notSaved=1')
  if (!submit) redirect('/account/index-assessment?saved=1')
  const submitted = await saveAssessment(payload, member, answers, true)
  if (!submitted.ok) redirect('/account/index-assessment?incomplete=1')
  redirect('/account/index-assessment?submitted=1')
}
