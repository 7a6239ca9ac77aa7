import type { Payload } from 'payload'

import { saveMentorOptIn, saveSeekerWishes } from '@/matching/preferences'

/*
 * What the demo student looks for, and two mentors' shared-experience choices, so the student's
 * suggestions show their reasons: Alex Rivera lets any student be matched on what they share
 * ("Shares your experience as a trans or non-binary person"); the demo Mentor, Jun Park, shares
 * being out at work but keeps how he describes himself hidden and matches only where it is
 * visible, so no student is matched on it.
 */

type Id = number | string

export async function seedMatching(payload: Payload, { student, mentor }: { student: Id; mentor: Id }): Promise<void> {
  const { docs: industries } = await payload.find({ collection: 'industries', where: { name: { equals: 'Technology' } }, depth: 0, limit: 1 })
  const wishes = await saveSeekerWishes(
    payload,
    { id: student as number, roles: ['career-candidate'] },
    {
      helpTopics: ['interviews', 'being-out-at-work'],
      industries: industries.map((industry) => industry.slug!),
      languages: ['en', 'es'],
      region: 'north-america-central',
      meetingFrequency: 'fortnightly',
      sharedExperience: ['trans-or-nonbinary'],
    },
  )
  if (!wishes.ok) throw new Error(`The demo student's wishes were refused: ${JSON.stringify(wishes.errors)}`)

  const { docs: alex } = await payload.find({ collection: 'users', where: { chosenName: { equals: 'Alex Rivera' } }, depth: 0, limit: 1, overrideAccess: true })
  const optIns = [
    { member: alex[0]?.id, input: { sharedExperience: ['trans-or-nonbinary', 'poc', 'first-generation'], matchOn: 'any-student' } },
    { member: mentor, input: { sharedExperience: ['out-at-work'], matchOn: 'when-visible' } },
  ]
  for (const { member, input } of optIns) {
    if (member == null) continue
    const saved = await saveMentorOptIn(payload, { id: member as number, roles: ['mentor'] }, input)
    if (!saved.ok) throw new Error(`A demo mentor's matching choices were refused: ${JSON.stringify(saved.errors)}`)
  }
}
