import { describe, expect, it } from 'vitest'

import { defaultQuestionnaire } from '@/career-center-index/questionnaire'
import {
  type IndexAnswers,
  type IndexFactor,
  type IndexQuestion,
  type IndexQuestionnaire,
  compareYears,
  indexAnswerLabels,
  indexAnswers,
  questionnaireProblems,
  roundToHalf,
  scoreAssessment,
  unansweredQuestions,
} from '@/career-center-index/scoring'

function question(key: string, weight: number): IndexQuestion {
  return { key, text: `Does your centre do ${key}?`, weight, recommendation: `Start doing ${key}.` }
}

function factor(key: string, title: string, weight: number, questions: IndexQuestion[]): IndexFactor {
  return { key, title, weight, questions }
}

/** Unequal weights on purpose, so the hand-computed examples below test the weighting. */
const questionnaire2026: IndexQuestionnaire = {
  year: 2026,
  factors: [
    factor('policies', 'Policies', 2, [question('policies-nondiscrimination', 3), question('policies-published', 1), question('policies-reviewed', 2)]),
    factor('training', 'Staff training', 1, [question('training-onboarding', 2), question('training-refresher', 1)]),
    factor('events', 'Events', 1, [question('events-pride', 1), question('events-panels', 1), question('events-partners', 2)]),
  ],
}

function questionKeys(questionnaire: IndexQuestionnaire): string[] {
  return questionnaire.factors.flatMap((each) => each.questions).map((each) => each.key)
}

const allQuestionKeys = questionKeys(questionnaire2026)

function answerEverything(answer: 'yes' | 'partly' | 'no'): IndexAnswers {
  return Object.fromEntries(allQuestionKeys.map((key) => [key, answer]))
}

/*
 * Worked by hand:
 *   Policies (weight 2): yes×3 + no×1 + partly×2 = 3 + 0 + 1 = 4 of 6 → 0.6667 → 1 + 4×0.6667 = 3.67 → 3.5
 *   Staff training (1):  partly×2 + no×1        = 1 + 0     = 1 of 3 → 0.3333 → 2.33 → 2.5
 *   Events (1):          yes×1 + (none)×1 + partly×2 = 1 + 0 + 1 = 2 of 4 → 0.5 → 3.0
 *   Overall: (2×0.6667 + 1×0.3333 + 1×0.5) / 4 = 0.5417 → 1 + 4×0.5417 = 3.17 → 3.0
 */
const mixedAnswers2026: IndexAnswers = {
  'policies-nondiscrimination': 'yes',
  'policies-published': 'no',
  'policies-reviewed': 'partly',
  'training-onboarding': 'partly',
  'training-refresher': 'no',
  'events-pride': 'yes',
  'events-partners': 'partly',
}

describe('Career Center Index scoring', () => {
  it('offers yes, partly and not yet as answers', () => {
    expect(indexAnswers).toEqual(['yes', 'partly', 'no'])
    expect(indexAnswers.map((answer) => indexAnswerLabels[answer])).toEqual(['Yes', 'Partly', 'Not yet'])
  })

  it('rates a centre that has answered nothing at 1 everywhere and asks it to answer every question', () => {
    const score = scoreAssessment(questionnaire2026, {})

    expect(score.year).toBe(2026)
    expect(score.overall).toBe(1)
    expect(score.factors.map((each) => [each.key, each.rating, each.answered, each.questions])).toEqual([
      ['policies', 1, 0, 3],
      ['training', 1, 0, 2],
      ['events', 1, 0, 3],
    ])
    expect(score.recommendations.map((each) => each.questionKey)).toEqual(allQuestionKeys)
    expect(score.recommendations.every((each) => each.reason === 'unanswered')).toBe(true)
    expect(score.complete).toBe(false)
    expect(unansweredQuestions(questionnaire2026, {}).map((each) => each.key)).toEqual(allQuestionKeys)
  })

  it('rates a centre that meets everything at 5 with nothing left to recommend', () => {
    const score = scoreAssessment(questionnaire2026, answerEverything('yes'))

    expect(score.overall).toBe(5)
    expect(score.factors.map((each) => each.rating)).toEqual([5, 5, 5])
    expect(score.factors.map((each) => each.fraction)).toEqual([1, 1, 1])
    expect(score.recommendations).toEqual([])
    expect(score.complete).toBe(true)
  })

  it('rates a centre that partly meets everything at 3 and recommends every question as partly met', () => {
    const score = scoreAssessment(questionnaire2026, answerEverything('partly'))

    expect(score.overall).toBe(3)
    expect(score.factors.map((each) => each.rating)).toEqual([3, 3, 3])
    expect(score.recommendations).toHaveLength(allQuestionKeys.length)
    expect(score.recommendations.every((each) => each.reason === 'partly')).toBe(true)
    expect(score.complete).toBe(true)
  })

  it('weights questions and factors when a centre gives mixed answers', () => {
    const score = scoreAssessment(questionnaire2026, mixedAnswers2026)

    expect(score.factors.map((each) => [each.key, each.rating])).toEqual([
      ['policies', 3.5],
      ['training', 2.5],
      ['events', 3],
    ])
    expect(score.factors[0].fraction).toBeCloseTo(4 / 6)
    expect(score.factors[1].fraction).toBeCloseTo(1 / 3)
    expect(score.factors[2].fraction).toBeCloseTo(2 / 4)
    expect(score.factors.map((each) => each.answered)).toEqual([3, 2, 2])
    expect(score.overall).toBe(3)
    expect(score.complete).toBe(false)
    expect(unansweredQuestions(questionnaire2026, mixedAnswers2026).map((each) => each.key)).toEqual(['events-panels'])
  })

  it('recommends each question not fully met, in questionnaire order, saying why', () => {
    const { recommendations } = scoreAssessment(questionnaire2026, mixedAnswers2026)

    expect(recommendations.map((each) => [each.questionKey, each.reason])).toEqual([
      ['policies-published', 'no'],
      ['policies-reviewed', 'partly'],
      ['training-onboarding', 'partly'],
      ['training-refresher', 'no'],
      ['events-panels', 'unanswered'],
      ['events-partners', 'partly'],
    ])
    expect(recommendations[0]).toEqual({
      factorKey: 'policies',
      factorTitle: 'Policies',
      questionKey: 'policies-published',
      question: 'Does your centre do policies-published?',
      text: 'Start doing policies-published.',
      reason: 'no',
    })
  })

  it('treats answers that are not yes, partly or no as unanswered', () => {
    const untrusted = {
      'policies-nondiscrimination': 'YES',
      'policies-published': 'maybe',
      'policies-reviewed': 1,
      'training-onboarding': null,
      'training-refresher': true,
      'events-pride': ['yes'],
      'events-panels': { answer: 'yes' },
      'events-partners': '',
    } as unknown as IndexAnswers

    const score = scoreAssessment(questionnaire2026, untrusted)

    expect(score).toEqual(scoreAssessment(questionnaire2026, {}))
    expect(score.factors.map((each) => each.answered)).toEqual([0, 0, 0])
    expect(score.recommendations.every((each) => each.reason === 'unanswered')).toBe(true)
    expect(unansweredQuestions(questionnaire2026, untrusted)).toHaveLength(allQuestionKeys.length)
  })

  it('ignores answers to questions the questionnaire does not ask', () => {
    const answers = { ...answerEverything('yes'), 'outreach-clubs': 'no', 'made-up': 'partly' } as IndexAnswers

    const score = scoreAssessment(questionnaire2026, answers)

    expect(score).toEqual(scoreAssessment(questionnaire2026, answerEverything('yes')))
    expect(score.factors.map((each) => each.answered)).toEqual([3, 2, 3])
  })

  describe('rounding to halves', () => {
    it('rounds to the nearest half, halves going up', () => {
      expect([1, 1.24, 1.25, 2.24, 2.25, 2.74, 2.75, 4.74, 4.75, 5].map(roundToHalf)).toEqual([1, 1, 1.5, 2, 2.5, 2.5, 3, 4.5, 5, 5])
    })

    it('rounds a half up even when floating point lands just below it', () => {
      expect(1 + 4 * 0.5625).toBe(3.25)
      expect(roundToHalf(1 + 4 * 0.5625)).toBe(3.5)
      expect(roundToHalf(3.2499999999999996)).toBe(3.5)

      // Weights 0.3 yes, 0.3 partly, 0.2 no: 0.45 of 0.8 = 0.5625 → 3.25, which floating point makes 3.2499999999999996.
      const decimalWeights: IndexQuestionnaire = {
        year: 2026,
        factors: [factor('policies', 'Policies', 1, [question('a', 0.3), question('b', 0.3), question('c', 0.2)])],
      }
      const score = scoreAssessment(decimalWeights, { a: 'yes', b: 'partly', c: 'no' })
      expect(score.factors[0].rating).toBe(3.5)
      expect(score.overall).toBe(3.5)
    })

    it('rounds the overall rating once, from the unrounded factor fractions', () => {
      // A: yes×3 + partly×3 + no×2 = 4.5 of 8 = 0.5625 → 3.25 → 3.5.  B: yes×1 + no×1 = 0.5 → 3.0.
      // Overall: (0.5625 + 0.5) / 2 = 0.53125 → 3.125 → 3.0, where averaging the rounded ratings would give 3.5.
      const twoFactors: IndexQuestionnaire = {
        year: 2026,
        factors: [factor('a', 'A', 1, [question('a1', 3), question('a2', 3), question('a3', 2)]), factor('b', 'B', 1, [question('b1', 1), question('b2', 1)])],
      }
      const score = scoreAssessment(twoFactors, { a1: 'yes', a2: 'partly', a3: 'no', b1: 'yes', b2: 'no' })

      expect(score.factors.map((each) => each.rating)).toEqual([3.5, 3])
      expect(score.overall).toBe(3)
    })
  })

  describe('comparing years', () => {
    /** The year before: training had another title, outreach was dropped in 2026 and events added. */
    const questionnaire2025: IndexQuestionnaire = {
      year: 2025,
      factors: [
        factor('policies', 'Policies', 1, [question('policies-nondiscrimination', 2), question('policies-published', 1)]),
        factor('training', 'Training', 1, [question('training-onboarding', 1)]),
        factor('outreach', 'Outreach', 1, [question('outreach-clubs', 1)]),
      ],
    }

    /*
     * Policies: partly×2 + no×1 = 1 of 3 → 2.33 → 2.5.  Training: no → 1.  Outreach: yes → 5.
     * Overall: (0.3333 + 0 + 1) / 3 = 0.4444 → 2.78 → 3.0
     */
    const answers2025: IndexAnswers = {
      'policies-nondiscrimination': 'partly',
      'policies-published': 'no',
      'training-onboarding': 'no',
      'outreach-clubs': 'yes',
    }

    it('scores each year against its own questionnaire', () => {
      const score2025 = scoreAssessment(questionnaire2025, answers2025)

      expect(score2025.year).toBe(2025)
      expect(score2025.factors.map((each) => [each.key, each.rating])).toEqual([
        ['policies', 2.5],
        ['training', 1],
        ['outreach', 5],
      ])
      expect(score2025.overall).toBe(3)
      expect(score2025.complete).toBe(true)
    })

    it('matches factors by key, showing the change where both years have them and null where one does not', () => {
      const comparison = compareYears(scoreAssessment(questionnaire2025, answers2025), scoreAssessment(questionnaire2026, mixedAnswers2026))

      expect(comparison.previousYear).toBe(2025)
      expect(comparison.currentYear).toBe(2026)
      expect(comparison.overall).toEqual({ previous: 3, current: 3, change: 0 })
      expect(comparison.factors).toEqual([
        { key: 'policies', title: 'Policies', previous: 2.5, current: 3.5, change: 1 },
        { key: 'training', title: 'Staff training', previous: 1, current: 2.5, change: 1.5 },
        { key: 'events', title: 'Events', previous: null, current: 3, change: null },
        { key: 'outreach', title: 'Outreach', previous: 5, current: null, change: null },
      ])
    })

    it('shows no previous ratings or changes in a centre’s first year', () => {
      const comparison = compareYears(null, scoreAssessment(questionnaire2026, mixedAnswers2026))

      expect(comparison.previousYear).toBeNull()
      expect(comparison.currentYear).toBe(2026)
      expect(comparison.overall).toEqual({ previous: null, current: 3, change: null })
      expect(comparison.factors).toEqual([
        { key: 'policies', title: 'Policies', previous: null, current: 3.5, change: null },
        { key: 'training', title: 'Staff training', previous: null, current: 2.5, change: null },
        { key: 'events', title: 'Events', previous: null, current: 3, change: null },
      ])
    })
  })

  describe('checking a questionnaire', () => {
    it('finds nothing wrong with a well-formed questionnaire', () => {
      expect(questionnaireProblems(questionnaire2026)).toEqual([])
    })

    it('catches factor keys and question keys used twice, even across factors', () => {
      const duplicated: IndexQuestionnaire = {
        year: 2026,
        factors: [
          factor('policies', 'Policies', 1, [question('shared', 1), question('policies-published', 1)]),
          factor('policies', 'Policies again', 1, [question('shared', 1)]),
        ],
      }

      expect(questionnaireProblems(duplicated)).toEqual(['Factor key "policies" is used more than once', 'Question key "shared" is used more than once'])
    })

    it('catches weights that are zero, negative or not finite numbers', () => {
      const badWeights: IndexQuestionnaire = {
        year: 2026,
        factors: [
          factor('zero', 'Zero', 0, [question('zero-question', 0), question('negative', -1)]),
          factor('infinite', 'Infinite', Infinity, [question('not-a-number', Number.NaN)]),
        ],
      }

      expect(questionnaireProblems(badWeights)).toEqual([
        'Factor "zero" needs a weight above zero (it is 0)',
        'Question "zero-question" needs a weight above zero (it is 0)',
        'Question "negative" needs a weight above zero (it is -1)',
        'Factor "infinite" needs a weight above zero (it is Infinity)',
        'Question "not-a-number" needs a weight above zero (it is NaN)',
      ])
    })

    it('catches a factor with no questions, a questionnaire with no factors and an impossible year', () => {
      const emptyFactor: IndexQuestionnaire = { year: 2026, factors: [factor('empty', 'Empty', 1, [])] }
      expect(questionnaireProblems(emptyFactor)).toEqual(['Factor "empty" has no questions'])

      expect(questionnaireProblems({ year: 1999, factors: [] })).toEqual([
        'The year must be a whole number from 2000 to 2100 (it is 1999)',
        'The questionnaire has no factors',
      ])
      expect(questionnaireProblems({ ...questionnaire2026, year: 2026.5 })).toEqual(['The year must be a whole number from 2000 to 2100 (it is 2026.5)'])
    })

    it('refuses to score against a questionnaire with problems, naming them', () => {
      const emptyFactor: IndexQuestionnaire = { year: 2026, factors: [factor('empty', 'Empty', 1, [])] }

      expect(() => scoreAssessment(emptyFactor, {})).toThrow('Factor "empty" has no questions')
    })
  })

  describe('the 2026 questionnaire', () => {
    it('is well formed, with the eight factors of three questions each', () => {
      expect(questionnaireProblems(defaultQuestionnaire)).toEqual([])
      expect(defaultQuestionnaire.year).toBe(2026)
      expect(defaultQuestionnaire.factors.map((each) => each.key)).toEqual([
        'policies',
        'staff-training',
        'inclusive-forms-and-pronouns',
        'lgbtq-resources',
        'employer-partnerships',
        'events',
        'confidentiality',
        'assessment-and-improvement',
      ])
      for (const each of defaultQuestionnaire.factors) {
        expect(each.questions).toHaveLength(3)
        expect([1, 2]).toContain(each.weight)
      }
    })

    it('asks each question of the centre and pairs it with a recommendation', () => {
      for (const each of defaultQuestionnaire.factors.flatMap((indexFactor) => indexFactor.questions)) {
        expect(each.key).toMatch(/^[a-z]+(-[a-z]+)+$/)
        expect(each.text).toMatch(/^Does your centre .+\?$/)
        expect([1, 2, 3]).toContain(each.weight)
        expect(each.recommendation.length).toBeGreaterThan(20)
      }
    })

    it('can be scored from nothing answered to everything met', () => {
      const everyKey = questionKeys(defaultQuestionnaire)

      expect(scoreAssessment(defaultQuestionnaire, {}).recommendations).toHaveLength(24)
      const allMet = scoreAssessment(defaultQuestionnaire, Object.fromEntries(everyKey.map((key) => [key, 'yes'])))
      expect(allMet.overall).toBe(5)
      expect(allMet.complete).toBe(true)
    })
  })
})
