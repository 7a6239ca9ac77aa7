/**
 * Scoring for the Career Center Index: a yearly self-assessment a campus career centre answers
 * question by question, rated 1 to 5 in halves per factor and overall, with a recommendation for
 * every question not yet fully met. Pure functions, so the page, the admin and the tests agree.
 */

export type IndexAnswer = 'yes' | 'partly' | 'no'

export const indexAnswers: readonly IndexAnswer[] = ['yes', 'partly', 'no']

export const indexAnswerLabels: Record<IndexAnswer, string> = { yes: 'Yes', partly: 'Partly', no: 'Not yet' }

export type IndexQuestion = { key: string; text: string; weight: number; recommendation: string }

export type IndexFactor = { key: string; title: string; weight: number; questions: IndexQuestion[] }

export type IndexQuestionnaire = { year: number; factors: IndexFactor[] }

/** Question key → answer. Comes from a form, so any value may turn up. */
export type IndexAnswers = Record<string, IndexAnswer | undefined>

export type FactorScore = {
  key: string
  title: string
  rating: number
  fraction: number
  answered: number
  questions: number
}

export type Recommendation = {
  factorKey: string
  factorTitle: string
  questionKey: string
  question: string
  text: string
  reason: 'no' | 'partly' | 'unanswered'
}

export type IndexScore = {
  year: number
  overall: number
  factors: FactorScore[]
  recommendations: Recommendation[]
  complete: boolean
}

export type YearComparison = {
  previousYear: number | null
  currentYear: number
  overall: { previous: number | null; current: number; change: number | null }
  factors: { key: string; title: string; previous: number | null; current: number | null; change: number | null }[]
}

const answerValues: Record<IndexAnswer, number> = { yes: 1, partly: 0.5, no: 0 }

/** What is wrong with a questionnaire, in words an editor can act on; empty when it can be scored. */
export function questionnaireProblems(questionnaire: IndexQuestionnaire): string[] {
  const problems: string[] = []
  // Checked before the editor's own field rules run, so lists may still be missing.
  const year = questionnaire.year
  const factors = questionnaire.factors ?? []
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    problems.push(`The year must be a whole number from 2000 to 2100 (it is ${String(year)})`)
  }
  if (factors.length === 0) problems.push('The questionnaire has no factors')

  const factorKeys = new Set<string>()
  const questionKeys = new Set<string>()
  const repeatedFactorKeys = new Set<string>()
  const repeatedQuestionKeys = new Set<string>()
  for (const factor of factors) {
    if (factorKeys.has(factor.key)) repeatedFactorKeys.add(factor.key)
    factorKeys.add(factor.key)
    if (!isPositiveWeight(factor.weight)) {
      problems.push(`Factor "${factor.key}" needs a weight above zero (it is ${String(factor.weight)})`)
    }
    const questions = factor.questions ?? []
    if (questions.length === 0) problems.push(`Factor "${factor.key}" has no questions`)
    for (const question of questions) {
      if (questionKeys.has(question.key)) repeatedQuestionKeys.add(question.key)
      questionKeys.add(question.key)
      if (!isPositiveWeight(question.weight)) {
        problems.push(`Question "${question.key}" needs a weight above zero (it is ${String(question.weight)})`)
      }
    }
  }
  for (const key of repeatedFactorKeys) problems.push(`Factor key "${key}" is used more than once`)
  // Answers are stored by question key alone, so a key may appear only once in the whole questionnaire.
  for (const key of repeatedQuestionKeys) problems.push(`Question key "${key}" is used more than once`)
  return problems
}

/** The questions still without a valid answer, in questionnaire order. */
export function unansweredQuestions(questionnaire: IndexQuestionnaire, answers: IndexAnswers): IndexQuestion[] {
  return questionnaire.factors.flatMap((factor) => factor.questions).filter((question) => answerTo(answers, question.key) === undefined)
}

/** A centre's ratings, factor by factor and overall, and what to work on next. */
export function scoreAssessment(questionnaire: IndexQuestionnaire, answers: IndexAnswers): IndexScore {
  const problems = questionnaireProblems(questionnaire)
  if (problems.length > 0) throw new Error(`The questionnaire cannot be scored: ${problems.join('; ')}`)

  const factors: FactorScore[] = []
  const recommendations: Recommendation[] = []
  for (const factor of questionnaire.factors) {
    let earned = 0
    let possible = 0
    let answered = 0
    for (const question of factor.questions) {
      const answer = answerTo(answers, question.key)
      possible += question.weight
      if (answer) {
        earned += question.weight * answerValues[answer]
        answered += 1
      }
      if (answer !== 'yes') {
        recommendations.push({
          factorKey: factor.key,
          factorTitle: factor.title,
          questionKey: question.key,
          question: question.text,
          text: question.recommendation,
          reason: answer ?? 'unanswered',
        })
      }
    }
    const fraction = earned / possible
    factors.push({
      key: factor.key,
      title: factor.title,
      rating: ratingFor(fraction),
      fraction,
      answered,
      questions: factor.questions.length,
    })
  }

  // From the unrounded fractions, so rounding happens once rather than twice.
  const totalWeight = sum(questionnaire.factors.map((factor) => factor.weight))
  const weightedFraction = sum(questionnaire.factors.map((factor, index) => factor.weight * factors[index].fraction))
  return {
    year: questionnaire.year,
    overall: ratingFor(weightedFraction / totalWeight),
    factors,
    recommendations,
    complete: factors.every((factor) => factor.answered === factor.questions),
  }
}

/**
 * One year's ratings beside the year before. Factors are matched by key, so a factor renamed
 * but keeping its key still compares; one added or dropped shows null on the side it is missing.
 */
export function compareYears(previous: IndexScore | null, current: IndexScore): YearComparison {
  const previousFactors = new Map(previous?.factors.map((factor) => [factor.key, factor]))
  const currentKeys = new Set(current.factors.map((factor) => factor.key))
  const kept = current.factors.map((factor) => {
    const before = previousFactors.get(factor.key)?.rating ?? null
    const change = difference(before, factor.rating)
    return { key: factor.key, title: factor.title, previous: before, current: factor.rating, change }
  })
  const dropped = (previous?.factors ?? [])
    .filter((factor) => !currentKeys.has(factor.key))
    .map((factor) => ({ key: factor.key, title: factor.title, previous: factor.rating, current: null, change: null }))
  const before = previous?.overall ?? null
  return {
    previousYear: previous?.year ?? null,
    currentYear: current.year,
    overall: { previous: before, current: current.overall, change: difference(before, current.overall) },
    factors: [...kept, ...dropped],
  }
}

/**
 * Nearest half, halves rounding up. The small allowance stops sums that are a half in exact
 * arithmetic but land just below it in floating point (3.2499999999999996) from rounding down.
 */
export function roundToHalf(value: number): number {
  return Math.floor(value * 2 + 0.5 + 1e-9) / 2
}

function ratingFor(fraction: number): number {
  return roundToHalf(1 + 4 * fraction)
}

/** The answer to a question, or undefined when it is missing or not one of the allowed answers. */
function answerTo(answers: IndexAnswers, key: string): IndexAnswer | undefined {
  if (!Object.hasOwn(answers, key)) return undefined
  const answer = answers[key]
  return indexAnswers.find((allowed) => allowed === answer)
}

function isPositiveWeight(weight: number): boolean {
  return typeof weight === 'number' && Number.isFinite(weight) && weight > 0
}

function difference(previous: number | null, current: number): number | null {
  return previous === null ? null : current - previous
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0)
}
