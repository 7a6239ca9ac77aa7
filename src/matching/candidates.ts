import type { IdentityVisibility } from '@/access/visibility'

import type { ExperienceMatching, SharedExperience } from './options'
import { languageMaskOf, topicMaskOf, type CandidateMentor } from './rank'

type Id = number | string

/** A directory profile as read for matching (industries and skills populated). */
export interface ProfileForMatching {
  id: Id
  /** The account behind the profile. */
  user: Id
  kind: 'mentor' | 'connector'
  industries?: ReadonlyArray<{ id: Id; name: string }> | null
  skills?: ReadonlyArray<{ slug: string }> | null
  languages?: readonly string[] | null
  timeZone?: string | null
  availability: 'open' | 'full'
  capacity: number
  activeMentees?: number | null
  paused?: boolean | null
  pausedUntil?: string | null
  /*
   * The identity fields may come along with a profile read for an admin, but are never read here:
   * whether this seeker may see them arrives as `identityVisible`, decided by the access rules.
   */
  identities?: string | null
  identitiesVisibility?: IdentityVisibility | null
  pronouns?: string | null
  pronounsVisibility?: IdentityVisibility | null
}

/** The mentor's own choices about matching. */
export interface MatchingOptIns {
  /** The shared experiences the mentor says they have. */
  sharedExperience: readonly SharedExperience[]
  matchOn: ExperienceMatching
}

/** What the platform knows about this seeker and this mentor together. */
export interface SeekerView {
  /** May this seeker see the mentor's identity field (the answer of identityVisibleBy('identitiesVisibility'))? */
  identityVisible: boolean
  /** Accounts on the other side of a block with the seeker (accountsBlockedWith). */
  blockedWith: ReadonlySet<string>
  /** Profile ids of the programme's mentors, when the suggestions are for a programme. */
  programmeMentors?: ReadonlySet<string>
  typicalResponseHours: number | null
  now: Date
}

/** The shared experiences this seeker may be matched on: none unless the mentor's choice allows it. */
export function experiencesFor(optIns: MatchingOptIns, identityVisible: boolean): SharedExperience[] {
  const allowed = optIns.matchOn === 'any-student' || (optIns.matchOn === 'when-visible' && identityVisible)
  return allowed ? [...new Set(optIns.sharedExperience)].sort() : []
}

/**
 * A profile as the ranking may see it for one seeker. This is the one place that decides what a
 * ranking, and so a reason, can learn about a mentor: the identity text is never copied, and the
 * shared experiences only when the mentor's opt-in and the field's visibility allow it. Two
 * mentors alike except in what this seeker may not see give equal candidates.
 */
export function candidateFor(seekerId: Id, profile: ProfileForMatching, optIns: MatchingOptIns, view: SeekerView): CandidateMentor {
  const paused = Boolean(profile.paused) && (!profile.pausedUntil || new Date(profile.pausedUntil) > view.now)
  const capacityLeft = profile.capacity - (profile.activeMentees ?? 0)
  const account = String(profile.user)
  const skills = (profile.skills ?? []).map((skill) => skill.slug)
  const languages = [...(profile.languages ?? [])]
  return {
    id: String(profile.id),
    kind: profile.kind,
    industries: (profile.industries ?? []).map((industry) => ({ id: String(industry.id), name: industry.name })),
    skills,
    languages,
    topicMask: topicMaskOf(skills),
    languageMask: languageMaskOf(languages),
    timeZone: profile.timeZone || null,
    capacityLeft,
    status: paused ? 'paused' : profile.availability === 'full' || capacityLeft <= 0 ? 'full' : 'open',
    // Nobody is suggested to themselves.
    blockedWithSeeker: account === String(seekerId) || view.blockedWith.has(account),
    inProgramme: view.programmeMentors?.has(String(profile.id)) ?? false,
    typicalResponseHours: view.typicalResponseHours,
    sharedExperience: experiencesFor(optIns, view.identityVisible),
  }
}
