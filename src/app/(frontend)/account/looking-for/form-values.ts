import type { MatchPreferencesView } from '@/matching/preferences'

/*
 * The "What you're looking for" form as typed: each field as it was sent, so a refused save shows
 * exactly what the student chose, and the same values as saveSeekerWishes reads them.
 */

export interface WishesValues {
  helpTopics: string[]
  industries: string[]
  languages: string[]
  timeZone: string
  region: string
  meetingFrequency: string
  sharedExperience: string[]
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim()
const all = (form: FormData, name: string) => form.getAll(name).map(String)

export function valuesOf(form: FormData): WishesValues {
  return {
    helpTopics: all(form, 'helpTopics'),
    industries: all(form, 'industries'),
    languages: all(form, 'languages'),
    timeZone: text(form, 'timeZone'),
    region: text(form, 'region'),
    meetingFrequency: text(form, 'meetingFrequency'),
    sharedExperience: all(form, 'sharedExperience'),
  }
}

/** The form's starting values: what is saved (industries by slug), or nothing chosen. */
export function initialValues(saved: MatchPreferencesView): WishesValues {
  return {
    helpTopics: [...saved.helpTopics],
    industries: saved.industries.map((industry) => industry.slug),
    languages: [...saved.languages],
    timeZone: saved.timeZone ?? '',
    region: saved.region ?? '',
    meetingFrequency: saved.meetingFrequency ?? '',
    sharedExperience: [...saved.sharedExperience],
  }
}
