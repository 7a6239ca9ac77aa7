import type { Metadata } from 'next'

import Link from 'next/link'

import { memberPageMetadata } from '@/site/metadata'
import { mentorKindOf } from '@/accounts/involvement'
import { requireMember } from '@/accounts/session'
import { getPayloadClient } from '@/lib/payload'
import { defaultAvailability } from '@/meetings/availability'
import { meetingPlaceOf, scheduleOf } from '@/meetings/book'
import { isKnownTimeZone, timeZoneChoices } from '@/meetings/zone'
import { directoryProfileOf } from '@/organizations/affiliations'

import { AvailabilityForm } from './AvailabilityForm'
import { initialValues } from './form-values'

export const metadata: Metadata = memberPageMetadata({
  title: 'Your booking hours',
  description: 'When students in your mentorships may book a meeting with you, and how you meet.',
  path: '/account/profile/availability',
})

export default async function AvailabilityPage() {
  const member = await requireMember('/account/profile/availability')
  const payload = await getPayloadClient()
  const profile = mentorKindOf(member) ? await directoryProfileOf(payload, member) : null
  if (!profile) {
    return (
      <>
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <Link href="/account">Your account</Link>
        </nav>
        <h1>Your booking hours</h1>
        <p className="notice">
          Booking hours are for Mentors and Connectors: students in a mentorship with them book meetings in these hours. To book a meeting with your Mentor,
          open your accepted request from <Link href="/account/requests">your requests</Link>.
        </p>
      </>
    )
  }
  const saved = scheduleOf(profile)
  const knownZone = [saved?.timeZone, profile.timeZone, member.timeZone].find((zone) => isKnownTimeZone(zone))
  const schedule = saved ?? defaultAvailability(knownZone ?? 'UTC')

  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/account">Your account</Link> / <Link href="/account/profile">Your directory profile</Link>
      </nav>
      <h1>Your booking hours</h1>
      <p className="lead">When students may book a meeting with you, and how you meet.</p>
      <div className="mt-4 max-w-[65ch] rounded-lg border border-border bg-muted px-4 py-3 text-sm">
        <p className="m-0 font-medium">What students see</p>
        <ul className="m-0 mt-1 flex flex-col gap-1 ps-5">
          <li>Only students in an accepted mentorship with you can book, from the request’s page. Nobody else sees your hours.</li>
          <li>They see your free times on their own clock, with yours beside it, and pick one of the lengths you offer.</li>
          <li>Your video link, call arrangement or place is shown only to the two of you in each meeting, never on your profile.</li>
          <li>
            You both get an email with a calendar invitation; you can move or cancel from{' '}
            <Link href="/account/meetings" className="underline">
              your meetings
            </Link>
            .
          </li>
        </ul>
      </div>
      <AvailabilityForm initial={initialValues(schedule, meetingPlaceOf(profile))} timeZones={timeZoneChoices(schedule.timeZone)} guessTimeZone={!knownZone} />
    </>
  )
}
