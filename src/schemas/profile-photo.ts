import { z } from 'zod'

import { identityVisibilities } from '@/access/visibility'

import { boundedText } from './fields'

export const profilePhotoLimits = { alt: 200, megabytes: 5 } as const

/** The types a photo may be, by its content; the form's `accept` lists the same. */
export const profilePhotoTypes = ['image/jpeg', 'image/png', 'image/webp'] as const

/**
 * The photo form: the alternative text (empty means "Photo of <chosen name>") and who sees the
 * photo, chosen from the same audiences as the profile's pronouns and identities.
 */
export const profilePhotoSchema = z.object({
  alt: boundedText({ max: profilePhotoLimits.alt, tooLong: (length) => `Keep the description to 200 characters (it has ${length}).` }),
  visibility: z.enum(identityVisibilities, { error: 'Choose who may see your photo.' }).default('public'),
})

export const defaultPhotoAlt = (chosenName: string) => `Photo of ${chosenName}`
