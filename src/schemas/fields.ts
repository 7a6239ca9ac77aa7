import { z } from 'zod'

/*
 * Pieces the input schemas share. Each schema in this folder is the one statement of what an
 * input may hold: the server action, the JSON endpoint and the domain function parse with it,
 * and the collection's field limits (maxLength) read the same constants.
 */

/** Text as people type it: line endings made \n, surrounding space trimmed. */
export const typedText = z
  .string()
  .default('')
  .transform((value) => value.replace(/\r\n?/g, '\n').trim())

const formatCount = (count: number) => count.toLocaleString('en-US')

/**
 * Trimmed text of at most `max` characters (and at least `min`, when given). `tooLong` may quote
 * the length typed; the default says the limit.
 */
export function boundedText({
  min = 0,
  max,
  required,
  tooShort,
  tooLong = () => `Use ${formatCount(max)} characters or fewer.`,
}: {
  min?: number
  max: number
  required?: string
  tooShort?: string
  tooLong?: (length: number) => string
}) {
  return typedText.superRefine((value, context) => {
    if (required && value.length === 0) context.addIssue({ code: 'custom', message: required })
    else if (value.length < min) context.addIssue({ code: 'custom', message: tooShort ?? required ?? `Write at least ${formatCount(min)} characters.` })
    else if (value.length > max) context.addIssue({ code: 'custom', message: tooLong(value.length) })
  })
}

export const emailMaxLength = 254
/**
 * The addresses Payload's email fields accept, so a form never passes what the collection then
 * refuses: no spaces or quotes, no two dots in a row, a local part that neither starts nor ends
 * with a dot, domain labels of letters, digits and inner hyphens, and a top-level domain of two
 * or more letters.
 */
const localPart = "[\\w!#$%&'*+/=?^`{|}~-](?:[\\w!#$%&'*+/=?^`{|}~.-]*[\\w!#$%&'*+/=?^`{|}~-])?"
const domainLabel = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?'
const emailPattern = new RegExp(`^(?!.*\\.\\.)${localPart}@${domainLabel}(?:\\.${domainLabel})*\\.[a-z]{2,}$`, 'i')

/** Whether `value` is an email address the platform accepts (see emailPattern). */
export const isEmailAddress = (value: string) => value.length <= emailMaxLength && emailPattern.test(value)

/** An email address, lowercased; `message` says what to do when it isn't one. */
export const emailAddress = (message: string) => typedText.transform((value) => value.toLowerCase()).refine(isEmailAddress, { message })

/** An optional email address: empty becomes null. */
export const optionalEmailAddress = (message: string) =>
  typedText
    .transform((value) => value.toLowerCase())
    .refine((value) => value === '' || isEmailAddress(value), { message })
    .transform((value) => value || null)

/** One of a list of [value, label] options. */
export const oneOf = <T extends string>(options: readonly (readonly [T, string])[], message: string) =>
  z.string({ error: message }).refine((value): value is T => options.some(([option]) => option === value), { message }) as unknown as z.ZodType<T>

/**
 * The first message for each field of a failed parse, keyed by the field's name (`form` for
 * the input as a whole): the shape every form on the site shows next to its fields.
 */
export function fieldErrors<K extends string>(error: z.ZodError): Partial<Record<K | 'form', string>> {
  const errors: Partial<Record<string, string>> = {}
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : 'form'
    errors[key] ??= issue.message
  }
  return errors as Partial<Record<K | 'form', string>>
}
