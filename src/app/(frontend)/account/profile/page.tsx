import type { Metadata } from 'next'

import Link from 'next/link'

import { memberPageMetadata } from '@/site/metadata'
import { mentorKindOf } from '@/accounts/involvement'
import { requireMember } from '@/accounts/session'
import { languageOptions, timeZones } from '@/lib/languages'
import { getPayloadClient } from '@/lib/payload'
import { readPreferences } from '@/matching/preferences'
import { richTextToPlain } from '@/lib/plain-text'
import { directoryProfileOf } from '@/organizations/affiliations'
import { listDirectoryChoices } from '@/queries/mentors'
import { toPhotoView } from '@/queries/photos'

import { DirectoryProfileForm } from './DirectoryProfileForm'
import { MatchingOptInForm } from './MatchingOptInForm'
import { PhotoForm } from './PhotoForm'

export const metadata: Metadata = memberPageMetadata({
  title: 'Your directory profile',
  description: 'What students see about you in the mentor directory, and who may see each part.',
  path: '/account/profile',
})

export default async function DirectoryProfilePage() {
  const member = await requireMember('/account/profile')
  const payload = await getPayloadClient()
  const profile = mentorKindOf(member) ? await directoryProfileOf(payload, member) : null
  if (!profile) {
    return (
      <>
        <h1>Your directory profile</h1>
        <p className="notice">
          Only Mentors and Connectors have a directory profile. <Link href="/account">Back to your account</Link>.
        </p>
      </>
    )
  }
  const [choices, populated, preferences] = await Promise.all([
    listDirectoryChoices(payload),
    payload.findByID({
      collection: 'mentor-profiles',
      id: profile.id,
      depth: 1,
      overrideAccess: false,
      user: member,
      populate: { industries: { slug: true }, skills: { slug: true } },
    }),
    readPreferences(payload, member.id),
  ])
  const slugs = (values: unknown[] | null | undefined) =>
    (values ?? []).map((value) => (typeof value === 'object' && value && 'slug' in value ? String(value.slug) : '')).filter(Boolean)

  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/account">Your account</Link>
      </nav>
      <h1>Your directory profile</h1>
      <p className="lead">
        What students see when they find you in the directory. Your chosen name, {member.chosenName}, is shown; your email address never is.{' '}
        <Link href={`/mentors/${profile.slug}`}>See your profile</Link>.
      </p>
      <p className="notice mt-4 flex flex-wrap items-center justify-between gap-2" data-testid="booking-hours-link">
        <span>Let students in your mentorships book a meeting with you, in hours you choose.</span>
        <Link href="/account/profile/availability" className="font-medium">
          Set your booking hours
        </Link>
      </p>
      <PhotoForm
        chosenName={member.chosenName}
        photo={toPhotoView(populated.photo)}
        visibility={typeof populated.photo === 'object' ? populated.photo?.visibility : undefined}
      />
      <DirectoryProfileForm
        initial={{
          headline: populated.headline ?? '',
          bio: richTextToPlain(populated.bio),
          industries: slugs(populated.industries),
          skills: slugs(populated.skills),
          location: populated.location ?? '',
          timeZone: populated.timeZone ?? '',
          languages: populated.languages ?? [],
          availability: populated.availability,
          capacity: String(populated.capacity),
          pronounsVisibility: populated.pronounsVisibility ?? 'members',
          identities: populated.identities ?? '',
          identitiesVisibility: populated.identitiesVisibility ?? 'hidden',
        }}
        industries={choices.industries.map(({ name, slug }) => ({ value: slug, label: name }))}
        skills={choices.skills.map(({ name, slug }) => ({ value: slug, label: name }))}
        languages={languageOptions.map(({ value, label }) => ({ value, label }))}
        timeZones={[...timeZones]}
        pronouns={member.pronouns ?? null}
      />
      <MatchingOptInForm
        initial={{ sharedExperience: preferences.sharedExperience, matchOn: preferences.matchOn }}
        identitiesAudience={identitiesAudience[populated.identitiesVisibility ?? 'hidden'] ?? identitiesAudience.hidden}
      />
    </>
  )
}

/** Who sees "How you describe yourself", as the matching choice explains it. */
const identitiesAudience: Record<string, string> = {
  public: 'everyone',
  members: 'signed-in members',
  contacts: 'only students whose request you accepted',
  hidden: 'nobody but you',
}
