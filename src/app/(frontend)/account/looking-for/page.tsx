import type { Metadata } from 'next'

import Link from 'next/link'

import { hasRole } from '@/access'
import { requireMember } from '@/accounts/session'
import { getPayloadClient } from '@/lib/payload'
import { readPreferences } from '@/matching/preferences'
import { timeZoneChoices } from '@/meetings/zone'
import { listDirectoryChoices } from '@/queries/mentors'
import { memberPageMetadata } from '@/site/metadata'

import { initialValues } from './form-values'
import { LookingForForm } from './LookingForForm'

export const metadata: Metadata = memberPageMetadata({
  title: 'What you’re looking for',
  description: 'What you would like help with, so that suggested mentors fit you.',
  path: '/account/looking-for',
})

export default async function LookingForPage() {
  const member = await requireMember('/account/looking-for')
  if (!hasRole(member, 'career-candidate')) {
    return (
      <>
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <Link href="/account">Your account</Link>
        </nav>
        <h1>What you’re looking for</h1>
        <p className="notice">
          This is for Career Candidates looking for a mentor. As a Mentor or Connector, say which experiences you share on{' '}
          <Link href="/account/profile">your directory profile</Link>.
        </p>
      </>
    )
  }
  const payload = await getPayloadClient()
  const [saved, choices] = await Promise.all([readPreferences(payload, member.id), listDirectoryChoices(payload)])

  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/account">Your account</Link>
      </nav>
      <h1>What you’re looking for</h1>
      <p className="lead">
        Tell us what you’d like from a mentor, and we suggest the Mentors and Connectors who fit best. Everything here is optional, and you can change it
        whenever you like.
      </p>
      <LookingForForm
        initial={initialValues(saved)}
        industries={choices.industries.map(({ name, slug }) => ({ value: slug, label: name }))}
        timeZones={timeZoneChoices(saved.timeZone)}
        guessTimeZone={!saved.timeZone && !saved.region}
      />
    </>
  )
}
