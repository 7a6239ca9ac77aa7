import type { Payload } from 'payload'

import { hasRole } from '@/access'
import { directoryNames } from '@/queries/mentors'
import { mentorKindOf } from '@/accounts/involvement'
import type { LanguageCode } from '@/lib/languages'
import type { HelpTopic } from '@/mentorship/topics'
import { fieldErrors } from '@/schemas/fields'
import {
  mentorOptInSchema,
  seekerWishesSchema,
  type MentorOptInFields,
  type MentorOptInInput,
  type SeekerWishesFields,
  type SeekerWishesInput,
} from '@/schemas/match-preferences'

import type { MatchPreference, User } from '../../payload-types'
import type { ExperienceMatching, MeetingFrequency, Region, SharedExperience } from './options'
import type { SeekerWishes } from './rank'

/*
 * A member's one match-preferences record (collections/MatchPreferences): read only by them and
 * by the ranking, written only here. The collection refuses every write through the API, so these
 * functions check who is asking themselves and then write with overrideAccess.
 */

type Id = number | string

/** What a member told the platform for matching, with empty defaults for what they have not said. */
export interface MatchPreferencesView {
  /** Whether they ever saved any. */
  saved: boolean
  helpTopics: HelpTopic[]
  industries: Array<{ id: string; slug: string; name: string }>
  languages: LanguageCode[]
  timeZone: string | null
  region: Region | null
  meetingFrequency: MeetingFrequency | null
  sharedExperience: SharedExperience[]
  matchOn: ExperienceMatching
}

export type SaveResult<F extends string> = { ok: true } | { ok: false; status: 400 | 403; errors: Partial<Record<F | 'form', string>> }

async function recordOf(payload: Payload, user: Id): Promise<MatchPreference | null> {
  const { docs } = await payload.find({
    collection: 'match-preferences',
    where: { user: { equals: user } },
    depth: 1,
    populate: { industries: { slug: true, name: true } },
    limit: 1,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

/** The member's preferences as a plain object (null and absent alike read as not said). */
export async function readPreferences(payload: Payload, user: Id): Promise<MatchPreferencesView> {
  const record = await recordOf(payload, user)
  return {
    saved: record !== null,
    helpTopics: (record?.helpTopics ?? []) as HelpTopic[],
    industries: (record?.industries ?? []).flatMap((industry) =>
      typeof industry === 'object' && industry ? [{ id: String(industry.id), slug: industry.slug ?? '', name: industry.name }] : [],
    ),
    languages: (record?.languages ?? []) as LanguageCode[],
    timeZone: record?.timeZone || null,
    region: (record?.region as Region | null | undefined) ?? null,
    meetingFrequency: (record?.meetingFrequency as MeetingFrequency | null | undefined) ?? null,
    sharedExperience: (record?.sharedExperience ?? []) as SharedExperience[],
    matchOn: (record?.matchOn as ExperienceMatching | null | undefined) ?? 'off',
  }
}

/**
 * Only what the ranking reads of a student's record (src/matching/suggest.ts), without joining the
 * industries in: their ids are enough, checked against the directory's names (cached) so that an
 * industry removed since counts for nothing, as it does when the record is read in full.
 */
export async function readWishes(payload: Payload, user: Id): Promise<SeekerWishes> {
  const { docs } = await payload.find({
    collection: 'match-preferences',
    where: { user: { equals: user } },
    select: { helpTopics: true, industries: true, languages: true, timeZone: true, region: true, meetingFrequency: true, sharedExperience: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const record = docs[0]
  const ids = (record?.industries ?? []).map((industry) => String(typeof industry === 'object' && industry ? industry.id : industry))
  // Read afresh when one is unknown: it may have been added within the cache's minute.
  let names = await directoryNames(payload)
  if (ids.some((id) => !names.industries.has(id))) names = await directoryNames(payload, true)
  return {
    helpTopics: (record?.helpTopics ?? []) as HelpTopic[],
    industries: ids.filter((id) => names.industries.has(id)),
    languages: (record?.languages ?? []) as LanguageCode[],
    timeZone: record?.timeZone || null,
    region: (record?.region as Region | null | undefined) ?? null,
    meetingFrequency: (record?.meetingFrequency as MeetingFrequency | null | undefined) ?? null,
    sharedExperience: (record?.sharedExperience ?? []) as SharedExperience[],
  }
}

/** Writes the member's one record: the existing one updated, or a new one. */
async function upsert(payload: Payload, user: Id, data: Partial<Omit<MatchPreference, 'id' | 'user' | 'createdAt' | 'updatedAt'>>): Promise<void> {
  const existing = await payload.find({ collection: 'match-preferences', where: { user: { equals: user } }, depth: 0, limit: 1, overrideAccess: true })
  const record = existing.docs[0]
  if (record) {
    await payload.update({ collection: 'match-preferences', id: record.id, data, overrideAccess: true })
    return
  }
  try {
    await payload.create({ collection: 'match-preferences', data: { ...data, user: user as number }, overrideAccess: true })
  } catch (error) {
    // Two saves at once: the other created the record (the user is unique), so update it.
    const again = await payload.find({ collection: 'match-preferences', where: { user: { equals: user } }, depth: 0, limit: 1, overrideAccess: true })
    if (!again.docs[0]) throw error
    await payload.update({ collection: 'match-preferences', id: again.docs[0].id, data, overrideAccess: true })
  }
}

async function industryIds(payload: Payload, slugs: string[]): Promise<{ ids: Id[]; unknown: boolean }> {
  if (slugs.length === 0) return { ids: [], unknown: false }
  const { docs } = await payload.find({ collection: 'industries', where: { slug: { in: slugs } }, select: { slug: true }, depth: 0, pagination: false })
  // Kept in the order the student chose them.
  const bySlug = new Map(docs.map((doc) => [doc.slug, doc.id]))
  return { ids: slugs.flatMap((slug) => (bySlug.has(slug) ? [bySlug.get(slug)!] : [])), unknown: bySlug.size !== slugs.length }
}

/** Saves what a Career Candidate looks for in a Mentor or Connector (/account/looking-for). */
export async function saveSeekerWishes(payload: Payload, user: Pick<User, 'id' | 'roles'>, input: SeekerWishesInput): Promise<SaveResult<SeekerWishesFields>> {
  if (!hasRole(user, 'career-candidate')) {
    return { ok: false, status: 403, errors: { form: 'Only Career Candidates say what they are looking for in a mentor.' } }
  }
  const parsed = seekerWishesSchema.safeParse(input)
  const errors = parsed.success ? {} : fieldErrors<SeekerWishesFields>(parsed.error)
  const industries = parsed.success ? await industryIds(payload, parsed.data.industries) : { ids: [], unknown: false }
  if (industries.unknown) errors.industries ??= 'Choose industries from the list.'
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, status: 400, errors }
  const { helpTopics, languages, timeZone, region, meetingFrequency, sharedExperience } = parsed.data
  await upsert(payload, user.id, { helpTopics, industries: industries.ids as number[], languages, timeZone, region, meetingFrequency, sharedExperience })
  return { ok: true }
}

/** Saves which experiences a Mentor or Connector shares and whether they may be matched on them (/account/profile). */
export async function saveMentorOptIn(payload: Payload, user: Pick<User, 'id' | 'roles'>, input: MentorOptInInput): Promise<SaveResult<MentorOptInFields>> {
  if (!mentorKindOf(user))
    return { ok: false, status: 403, errors: { form: 'Only Mentors and Connectors choose whether they are matched on shared experience.' } }
  const parsed = mentorOptInSchema.safeParse(input)
  if (!parsed.success) return { ok: false, status: 400, errors: fieldErrors<MentorOptInFields>(parsed.error) }
  await upsert(payload, user.id, { sharedExperience: parsed.data.sharedExperience, matchOn: parsed.data.matchOn })
  return { ok: true }
}
