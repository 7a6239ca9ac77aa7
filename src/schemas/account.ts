import { z } from 'zod'

import { boundedText, emailAddress } from './fields'

export const accountLimits = { chosenName: 80, pronouns: 40, password: { min: 10, max: 1000 } } as const

export const chosenNameSchema = boundedText({ max: accountLimits.chosenName, required: 'Enter the name you want shown on the platform.' })
export const pronounsSchema = boundedText({ max: accountLimits.pronouns })

/** The name and pronouns a member edits on /account. */
export const accountProfileSchema = z.object({ chosenName: chosenNameSchema, pronouns: pronounsSchema })

/** A new password: long enough to resist guessing; longer than any passphrase a person types, so hashing stays cheap. */
export const newPasswordSchema = z
  .string()
  .default('')
  .superRefine((value, context) => {
    if (value.length < accountLimits.password.min) {
      context.addIssue({ code: 'custom', message: `Use at least ${accountLimits.password.min} characters; a short sentence works well.` })
    } else if (value.length > accountLimits.password.max) {
      context.addIssue({ code: 'custom', message: `Use ${accountLimits.password.max} characters or fewer.` })
    }
  })

/** Sign-up's own fields (the role and policy acceptances are checked against the database). */
export const signUpSchema = z
  .object({
    chosenName: chosenNameSchema,
    email: emailAddress('Enter an email address like name@example.org.'),
    password: newPasswordSchema,
    pronouns: pronounsSchema,
  })
  .superRefine((value, context) => {
    if (value.password.toLowerCase() === value.email) {
      context.addIssue({ code: 'custom', path: ['password'], message: 'Choose a password that is not your email address.' })
    }
  })
