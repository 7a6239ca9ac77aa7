import { z } from 'zod'

import { identityVisibilities, type IdentityVisibility } from '@/access'
import { isLanguageCode, isTimeZone, type LanguageCode } from '@/lib/languages'

import { boundedText } from './fields'

export const directoryProfileLimits = {
  headline: 140,
  bio: 3000,
  location: 120,
  identities: 200,
  capacity: { min: 1, max: 20 },
  industries: 5,
  skills: 10,
} as const

const visibility = (message: string) =>
  z.string({ error: message }).refine((value): value is IdentityVisibility => (identityVisibilities as readonly string[]).includes(value), { message })

/**
 * What a Mentor or Connector edits on /account/profile. Industries and skills are slugs here;
 * whether each exists is the database's to say (src/directory/edit-profile.ts).
 */
export const directoryProfileSchema = z.object({
  headline: boundedText({ max: directoryProfileLimits.headline, tooLong: (length) => `Keep the headline to 140 characters (it has ${length}).` }),
  bio: boundedText({ max: directoryProfileLimits.bio, tooLong: (length) => `Keep the introduction to 3,000 characters (it has ${length}).` }),
  location: boundedText({ max: directoryProfileLimits.location }),
  timeZone: z
    .string()
    .default('')
    .refine((value) => value === '' || isTimeZone(value), { message: 'Choose a time zone from the list.' }),
  languages: z
    .array(z.string())
    .default([])
    .transform((codes) => [...new Set(codes)])
    .refine((codes): codes is LanguageCode[] => codes.every(isLanguageCode), { message: 'Choose languages from the list.' }),
  availability: z.enum(['open', 'full'], { error: 'Say whether you are open to new students.' }),
  capacity: z.coerce
    .number({ error: 'Enter a whole number from 1 to 20.' })
    .int({ error: 'Enter a whole number from 1 to 20.' })
    .min(directoryProfileLimits.capacity.min, { error: 'Enter a whole number from 1 to 20.' })
    .max(directoryProfileLimits.capacity.max, { error: 'Enter a whole number from 1 to 20.' }),
  pronounsVisibility: visibility('Choose who may see your pronouns.'),
  identities: boundedText({ max: directoryProfileLimits.identities }),
  identitiesVisibility: visibility('Choose who may see how you describe yourself.'),
  industries: z.array(z.string()).default([]),
  skills: z.array(z.string()).default([]),
})
