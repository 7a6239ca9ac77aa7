import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'

import { mentorKindOf } from '@/accounts/involvement'
import { getSignedInMember } from '@/accounts/session'
import { isSameId } from '@/access'
import { getPayloadClient } from '@/lib/payload'
import { directoryProfileOf, pendingRequest } from '@/organizations/affiliations'
import { getOrganization } from '@/queries/organizations'

import { AffiliateForm } from './AffiliateForm'

export const metadata: Metadata = { title: 'Ask to be listed with an organisation', robots: { index: false } }

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ sent?: string }> }

export default async function AffiliatePage({ params, searchParams }: Props) {
  const { slug } = await params
  const organization = await getOrganization(slug)
  if (!organization) notFound()
  const member = await getSignedInMember()
  if (!member) redirect(`/signin?next=/organizations/${organization.slug}/affiliate`)
  const payload = await getPayloadClient()
  const { sent } = await searchParams
  const back = <Link href={`/organizations/${organization.slug}`}>Back to {organization.name}</Link>

  const heading = <h1>Be listed with {organization.name}</h1>
  if (!mentorKindOf(member)) {
    return (
      <>
        {heading}
        <p>Only Mentors and Connectors appear in the directory with an organisation. {back}.</p>
      </>
    )
  }
  const profile = await directoryProfileOf(payload, member)
  if (profile && isSameId(profile.organization, organization.id)) {
    return (
      <>
        {heading}
        <p role="status">
          You are listed with {organization.name}. {back}.
        </p>
      </>
    )
  }
  if (sent || (await pendingRequest(payload, member, organization.id))) {
    return (
      <>
        {heading}
        <p role="status">
          Your request is with {organization.name}. You will get an email when they answer. {back}.
        </p>
      </>
    )
  }
  return (
    <>
      {heading}
      <p className="lead">
        {organization.name}’s representatives will see your chosen name, {member.chosenName}, and your note. Your email address is not shared.
      </p>
      {profile?.organization != null && (
        <p className="notice">If they approve, you will be listed with {organization.name} instead of your current organisation.</p>
      )}
      <AffiliateForm slug={organization.slug} organizationName={organization.name} />
    </>
  )
}
