import { z } from 'zod'

import { programSides, type ProgramSide } from '@/programs/options'

import type { Program } from '../../payload-types'
import { boundedText, emailAddress, oneOf, typedText } from './fields'

/*
 * Joining a programme: what the join form sends (one side, an institution address, the answers
 * to the registration questions, the agreements ticked at the versions shown, an invitation),
 * and the answers' schema built from the programme's own questions.
 */

export const answerMaxLength = 2000
export const shortAnswerMaxLength = 500

export const programSideSchema = oneOf(programSides, 'Choose whether you join as a mentor or as a mentee.')

export const institutionEmailSchema = emailAddress('Enter your address at the institution, for example name@lakeside.edu.')

/** One agreement as the form showed it: its id, the version printed beside the box, and whether it was ticked. */
const shownAgreement = z.object({
  id: z.string().min(1),
  version: z.coerce.number().int().min(0).catch(0),
  accepted: z.boolean(),
})

export const joinProgramSchema = z.object({
  side: programSideSchema,
  institutionEmail: typedText,
  /** Question id → the typed answer, the one choice, or the several choices. */
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])).default({}),
  agreements: z.array(shownAgreement).max(50).default([]),
})

export type JoinProgramInput = z.input<typeof joinProgramSchema>

export type Question = NonNullable<Program['questions']>[number]

/** The questions one side is asked when joining: those for that side and those for everyone. */
export const questionsFor = (questions: Program['questions'], side: ProgramSide): (Question & { id: string })[] =>
  (questions ?? []).filter(
    (question): question is Question & { id: string } => Boolean(question.id) && (question.askOf === side || question.askOf === 'everyone'),
  )

const asList = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])

/**
 * The answers to one side's questions, as stored: a short answer trimmed, a choice one of its
 * choices, several choices one per line in the order the programme lists them. Errors are keyed
 * `answer.<question id>`, the name of the question's control on the form.
 */
export function answersSchema(questions: (Question & { id: string })[]) {
  return z.record(z.string(), z.union([z.string(), z.array(z.string())])).transform((answers, context) => {
    const stored: { questionId: string; question: string; answer: string; shareWithMentor: boolean }[] = []
    for (const question of questions) {
      const path = [`answer.${question.id}`]
      const given = asList(answers[question.id])
      const choices = question.choices ?? []
      let answer = ''
      if (question.kind === 'short-text') {
        const parsed = boundedText({
          max: shortAnswerMaxLength,
          required: question.required ? 'Please answer this question.' : undefined,
          tooLong: (length) => `Keep this to ${shortAnswerMaxLength} characters (it has ${length}).`,
        }).safeParse(given[0] ?? '')
        if (!parsed.success) {
          context.addIssue({ code: 'custom', path, message: parsed.error.issues[0].message })
          continue
        }
        answer = parsed.data
      } else if (question.kind === 'choice') {
        const picked = (given[0] ?? '').trim()
        if (picked && !choices.includes(picked)) {
          context.addIssue({ code: 'custom', path, message: 'Choose one of the answers listed.' })
          continue
        }
        if (!picked && question.required) {
          context.addIssue({ code: 'custom', path, message: 'Please choose one answer.' })
          continue
        }
        answer = picked
      } else {
        const picked = given.map((value) => value.trim()).filter(Boolean)
        if (picked.some((value) => !choices.includes(value))) {
          context.addIssue({ code: 'custom', path, message: 'Choose only from the answers listed.' })
          continue
        }
        if (picked.length === 0 && question.required) {
          context.addIssue({ code: 'custom', path, message: 'Please choose at least one answer.' })
          continue
        }
        answer = choices.filter((choice) => picked.includes(choice)).join('\n')
      }
      if (answer.length > answerMaxLength) {
        context.addIssue({ code: 'custom', path, message: `Keep this to ${answerMaxLength} characters.` })
        continue
      }
      if (answer) stored.push({ questionId: question.id, question: question.label, answer, shareWithMentor: Boolean(question.shareWithMentor) })
    }
    return stored
  })
}

/**
 * The join form's fields as FormData holds them: `side`, `institutionEmail`, `answer.<id>` (a
 * checkbox group repeats its name), `agreement.<id>.version` (hidden) and `agreement.<id>.accept`.
 */
export function joinInputFromForm(form: FormData): JoinProgramInput {
  const answers: Record<string, string | string[]> = {}
  const agreements = new Map<string, { id: string; version: string; accepted: boolean }>()
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string') continue
    const answer = /^answer\.(.+)$/.exec(name)
    if (answer) {
      const id = answer[1]
      const previous = answers[id]
      answers[id] = previous === undefined ? value : [...asList(previous), value]
      continue
    }
    const agreement = /^agreement\.([^.]+)\.(version|accept)$/.exec(name)
    if (agreement) {
      const [, id, part] = agreement
      const entry = agreements.get(id) ?? { id, version: '', accepted: false }
      if (part === 'version') entry.version = value
      else entry.accepted = true
      agreements.set(id, entry)
    }
  }
  return {
    side: String(form.get('side') ?? ''),
    institutionEmail: String(form.get('institutionEmail') ?? ''),
    answers,
    agreements: [...agreements.values()].map((entry) => ({ ...entry, version: Number(entry.version) })),
  }
}
