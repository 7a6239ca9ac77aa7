import type { Payload } from 'payload'

import { defaultQuestionnaire } from './questionnaire'
import type { IndexQuestionnaire } from './scoring'

/**
 * This year's questionnaire: the one admins keep in the `index-questionnaire` global, or the
 * one shipped with the platform until they save their own.
 */
export async function currentQuestionnaire(payload: Payload): Promise<IndexQuestionnaire> {
  const global = await payload.findGlobal({ slug: 'index-questionnaire', depth: 0, overrideAccess: true })
  if (!global?.year || !global.factors?.length) return defaultQuestionnaire
  return {
    year: global.year,
    factors: global.factors.map((factor) => ({
      key: factor.key,
      title: factor.title,
      weight: factor.weight,
      questions: (factor.questions ?? []).map(({ key, text, weight, recommendation }) => ({ key, text, weight, recommendation })),
    })),
  }
}
