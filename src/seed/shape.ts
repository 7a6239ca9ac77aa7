import type { Payload } from 'payload'

import { inTransaction } from '@/lib/transaction'
import { refreshMentorLoad } from '@/mentorship/requests'
import { answerCheckIn } from '@/mentorship/shape'

import { demoPrograms } from './programs'

/*
 * A mentorship's shape on the demo: Lakeside Mentors' agreement template, and the demo student's
 * mentorship with the demo Mentor in it, accepted five weeks ago, its agreement confirmed by both
 * and the student's first check-in answered. The mentor has not answered theirs, so the
 * programme's health view shows one mentorship needing attention.
 */

type Id = number | string
const day = 24 * 60 * 60 * 1000

export async function seedMentorshipShape(payload: Payload, { student, mentor }: { student: Id; mentor: Id }): Promise<void> {
  const { docs: programs } = await payload.find({
    collection: 'programs',
    where: { slug: { equals: demoPrograms.lakeside.slug } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const lakeside = programs[0]
  const { docs: profiles } = await payload.find({
    collection: 'mentor-profiles',
    where: { user: { equals: mentor } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  if (!lakeside || !profiles[0]) return
  await payload.update({
    collection: 'programs',
    id: lakeside.id,
    data: {
      agreementTemplate: {
        goalsPrompt: 'What would you like from your Lakeside mentorship this term? Two or three goals, in your own words.',
        lengthWeeks: 16,
        terms:
          'We meet as agreed, tell each other early when a meeting cannot happen, keep what the other shares private, and keep to Lakeside Mentors’ Code of Conduct. Either of us can tell the Career Center if something worries us.',
        checkInEveryWeeks: 3,
      },
    },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })

  const acceptedAt = new Date(Date.now() - 35 * day)
  const request = await inTransaction(payload, async (req) => {
    // Accepted as the mentor's answer would: the collection's hook gives it its agreement and first check-in.
    const created = await payload.create({
      collection: 'mentorship-requests',
      data: {
        student: student as number,
        mentor: mentor as number,
        profile: profiles[0].id,
        program: lakeside.id,
        helpWith: 'interviews',
        message: 'I have my first technical interviews next month and would love to practise them with someone who has been through it.',
        status: 'accepted',
        createdAt: new Date(acceptedAt.getTime() - 2 * day).toISOString(),
        respondedAt: acceptedAt.toISOString(),
        expiresAt: new Date(acceptedAt.getTime() + 5 * day).toISOString(),
      },
      overrideAccess: true,
      req,
    })
    await refreshMentorLoad(payload, mentor, req)
    return created
  })
  const { docs: agreements } = await payload.find({
    collection: 'mentorship-agreements',
    where: { request: { equals: request.id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  if (agreements[0]) {
    await payload.update({
      collection: 'mentorship-agreements',
      id: agreements[0].id,
      data: {
        goals:
          'Feel ready for technical interviews: practise two mock interviews.\nFind an internship in data for next summer.\nLearn how people decide whether to be out at work.',
        meetingFrequency: 'fortnightly',
        how: 'video',
        studentConfirmedAt: new Date(acceptedAt.getTime() + 1 * day).toISOString(),
        mentorConfirmedAt: new Date(acceptedAt.getTime() + 2 * day).toISOString(),
      },
      overrideAccess: true,
    })
  }
  const answered = await answerCheckIn(payload, { id: student as number }, request.id, { mood: 'going-well', comment: 'The mock interview helped a lot.' })
  if (!answered.ok) throw new Error(`The demo check-in was refused: ${JSON.stringify(answered.errors)}`)
}
