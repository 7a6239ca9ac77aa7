import { z } from 'zod'

import { isLanguageCode, type LanguageCode } from '@/lib/languages'
import {
  experienceMatching,
  isSharedExperience,
  meetingFrequencies,
  regions,
  type ExperienceMatching,
  type Region,
  type SharedExperience,
} from '@/matching/options'
import { isKnownTimeZone } from '@/meetings/zone'
import { helpTopics, type HelpTopic } from '@/mentorship/topics'

import { oneOf } from './fields'

/*
 * What a member tells the platform for matching (src/matching/preferences.ts): a Career
 * Candidate's wishes from /account/looking-for, a Mentor's or Connector's shared-experience opt-in
 * from /account/profile. Industries are slugs here; whether each exists is the database's to say.
 */

export const matchPreferenceLimits = {
  industries: 5,
  languages: 6,
} as const

/** A list from a form: one value, several, or none; repeats dropped. */
const list = z
  .preprocess((value) => (value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? value : [value]), z.array(z.string()))
  .transform((values) => [...new Set(values.map((value) => value.trim()).filter(Boolean))])

/** An optional choice from a form: empty becomes null. */
const optional = <T extends z.ZodType<string>>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' ? value.trim() : value) || null, schema.nullable())

const isHelpTopic = (value: string): value is HelpTopic => helpTopics.some(([topic]) => topic === value)
const isRegion = (value: string): value is Region => regions.some((region) => region.value === value)

export const seekerWishesSchema = z.object({
  helpTopics: list.refine((values): values is HelpTopic[] => values.every(isHelpTopic), { message: 'Choose topics from the list.' }),
  industries: list.refine((values) => values.length <= matchPreferenceLimits.industries, {
    message: `Choose up to ${matchPreferenceLimits.industries} industries.`,
  }),
  languages: list
    .refine((values): values is LanguageCode[] => values.every(isLanguageCode), { message: 'Choose languages from the list.' })
    .refine((values) => values.length <= matchPreferenceLimits.languages, { message: `Choose up to ${matchPreferenceLimits.languages} languages.` }),
  timeZone: optional(
    z.string().refine(isKnownTimeZone, { error: (issue) => `Choose your time zone from the list: “${String(issue.input)}” is not one we know.` }),
  ),
  region: optional(z.string().refine(isRegion, { message: 'Choose a region from the list.' })) as z.ZodType<Region | null>,
  meetingFrequency: optional(oneOf(meetingFrequencies, 'Choose how often you would like to meet from the list.')),
  sharedExperience: list.refine((values): values is SharedExperience[] => values.every(isSharedExperience), {
    message: 'Choose shared experiences from the list.',
  }),
})

/** The wishes as a form or a caller sends them: lists of values and optional choices. */
export type SeekerWishesInput = {
  helpTopics?: string[]
  industries?: string[]
  languages?: string[]
  timeZone?: string | null
  region?: string | null
  meetingFrequency?: string | null
  sharedExperience?: string[]
}
export type SeekerWishesFields = keyof z.output<typeof seekerWishesSchema>

export const mentorOptInSchema = z.object({
  sharedExperience: list.refine((values): values is SharedExperience[] => values.every(isSharedExperience), {
    message: 'Choose experiences from the list.',
  }),
  matchOn: z.preprocess((value) => value || 'off', oneOf(experienceMatching, 'Choose whether you may be matched on these.') as z.ZodType<ExperienceMatching>),
})

export type MentorOptInInput = { sharedExperience?: string[]; matchOn?: string | null }
export type MentorOptInFields = keyof z.output<typeof mentorOptInSchema>
