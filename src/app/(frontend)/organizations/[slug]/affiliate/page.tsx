import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'

import { memberPageMetadata } from '@/site/metadata'
import { mentorKindOf } from '@/accounts/involvement'
import { getSignedInMember } from '@/accounts/session'
import { isSameId } from '@/access'
import { getPayloadClient } from '@/lib/payload'
import { directoryProfileOf, pendingRequest } from '@/organizations/affiliations'
import { getOrganization } from '@/queries/organizations'

import { NarrowPage } from '@/components/page/NarrowPage'
import { Alert, AlertDescription } from '@/components/ui/alert'

import { AffiliateForm } from './AffiliateForm'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return memberPageMetadata({
    title: 'Ask to be listed with an organisation',
    description: 'Ask an organisation to list you among its Mentors and Connectors.',
    path: `/organizations/${encodeURIComponent((await params).slug)}/affiliate`,
  })
}

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
  const title = `Be listed with ${organization.name}`
  const pageBack = { href: `/organizations/${organization.slug}`, label: organization.name }

  if (!mentorKindOf(member)) {
    return (
      <NarrowPage title={title}>
        <p className="m-0">Only Mentors and Connectors appear in the directory with an organisation. {back}.</p>
      </NarrowPage>
    )
  }
  const profile = await directoryProfileOf(payload, member)
  if (profile && isSameId(profile.organization, organization.id)) {
    return (
      <NarrowPage title={title}>
        <p className="m-0" role="status">
          You are listed with {organization.name}. {back}.
        </p>
      </NarrowPage>
    )
  }
  if (sent || (await pendingRequest(payload, member, organization.id))) {
    return (
      <NarrowPage title={title}>
        <p className="m-0" role="status">
          Your request is with {organization.name}. You will get an email when they answer. {back}.
        </p>
      </NarrowPage>
    )
  }
  return (
    <NarrowPage
      back={pageBack}
      lead={`${organization.name}’s representatives will see your chosen name, ${member.chosenName}, and your note. Your email address is not shared.`}
      title={title}
    >
      {profile?.organization != null && (
        <Alert className="notice" variant="info">
          <AlertDescription>If they approve, you will be listed with {organization.name} instead of your current organisation.</AlertDescription>
        </Alert>
      )}
      <AffiliateForm slug={organization.slug} organizationName={organization.name} />
    </NarrowPage>
  )
}
