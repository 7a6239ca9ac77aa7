import { z } from 'zod'

import { boundedText } from './fields'

export const profilePhotoLimits = { alt: 200, megabytes: 5 } as const

/** The types a photo may be, by its content; the form's `accept` lists the same. */
export const profilePhotoTypes = ['image/jpeg', 'image/png', 'image/webp'] as const

/** The photo form's text: the alternative text (empty means "Photo of <chosen name>"). */
export const profilePhotoSchema = z.object({
  alt: boundedText({ max: profilePhotoLimits.alt, tooLong: (length) => `Keep the description to 200 characters (it has ${length}).` }),
})

export const defaultPhotoAlt = (chosenName: string) => `Photo of ${chosenName}`
